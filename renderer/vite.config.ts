import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is one static bundle served by both doors (app:// in Electron, the web door in a
// browser). Relative base so it works from either; no inline scripts (CSP script-src 'self').
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  // Shown in the About box.
  define: { __DOSSIER_VERSION__: JSON.stringify(version) },
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Keep assets as files: an inlined data: module would not be 'self'.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});
