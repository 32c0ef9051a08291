import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['main/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // Vitest runs cores - 1 files at once by default: one on a 2-core machine. Many files here wait on child
    // processes (the CLI, servers, PostgreSQL), so at least two at a time keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
