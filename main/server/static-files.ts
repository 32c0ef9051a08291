/**
 * Serving the built renderer (out/renderer) safely, shared by the web door and the Electron
 * `app://` protocol: request paths are resolved inside the static folder only (no `..`, no
 * encoded separators, no NUL, no dotfiles, no symlink escaping it), each file gets its proper
 * content type, and every response carries the same security headers.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * The renderer's Content-Security-Policy. Vite's production build has no inline script or style
 * (one module script and one stylesheet, both files), so neither 'unsafe-inline' nor 'unsafe-eval'
 * is allowed. React's `style={...}` props set styles through the CSSOM, which CSP does not block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self' about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every static response of both doors. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL pathname (still percent-encoded, as it arrives) to a file path inside `staticDir`,
 * or null when the path is malformed or tries to leave the folder. Pure: touches no disk.
 * "/" maps to index.html.
 */
export function resolveStaticPath(staticDir: string, urlPathname: string): string | null {
  if (!urlPathname.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  // "." and ".." are traversal; any other leading dot is a hidden file we never serve.
  if (segments.some((segment) => segment.startsWith('.') || segment.includes(':'))) return null;
  if (segments.length === 0) segments.push('index.html');
  const root = path.resolve(staticDir);
  const file = path.resolve(root, ...segments);
  if (!file.startsWith(root + path.sep)) return null;
  return file;
}

export type StaticFile = { file: string; body: Buffer; contentType: string };

/**
 * Reads the file a request path names, or undefined when there is none (or it is outside the
 * folder, including through a symlink). Paths without an extension fall back to index.html so
 * client-side routes load the app.
 */
export async function readStaticFile(staticDir: string, urlPathname: string): Promise<StaticFile | undefined> {
  const file = resolveStaticPath(staticDir, urlPathname);
  if (!file) return undefined;
  const found = await readInside(staticDir, file);
  if (found) return found;
  if (path.extname(file) === '') return readInside(staticDir, path.join(path.resolve(staticDir), 'index.html'));
  return undefined;
}

async function readInside(staticDir: string, file: string): Promise<StaticFile | undefined> {
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(staticDir), fs.realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return undefined;
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return undefined;
    return { file: realFile, body: await fs.readFile(realFile), contentType: contentTypeOf(realFile) };
  } catch {
    return undefined;
  }
}
