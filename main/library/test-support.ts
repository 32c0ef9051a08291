/** Helpers for the library's tests: real temporary folders and polling waits. */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function tempFolder(prefix = 'dossier-lib-'): { dir: string; write(rel: string, content: string | Uint8Array): string; cleanup(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write(rel, content) {
      const abs = path.join(dir, rel);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, content);
      return abs;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Polls `check` until it returns a truthy value or `timeoutMs` passes (then throws with `what`).
 * The default is generous: a loaded CI machine is slow, and a test proves behaviour, not speed.
 */
export async function waitFor<T>(what: string, check: () => T | Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A small news article as plain text. */
export function articleText(title: string, body = 'The committee met on Tuesday and agreed on the plan.'): string {
  return `${title}\n\nBy Jane Reporter\n\n${body}\n\nA second paragraph with more words about ${title.toLowerCase()}.\n`;
}
