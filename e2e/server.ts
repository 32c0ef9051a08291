/**
 * Runs the real `dossier serve DIR --port 0` as a child process and reads the address it prints.
 * Used by the fixtures; kept separate so a test can restart the server on the same folder.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ServeProcess {
  /** http://127.0.0.1:PORT/#token=TOKEN */
  url: string;
  origin: string;
  token: string;
  /** Everything the server wrote to stderr (progress, log lines), for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export async function startServe(libraryDir: string, timeoutMs = 60_000): Promise<ServeProcess> {
  const child: ChildProcess = spawn(process.execPath, [path.join(REPO, 'main', 'cli', 'bin.mjs'), 'serve', libraryDir, '--port', '0'], {
    cwd: REPO,
    // The user's own state (the search history) beside the library copy, never in the real home.
    env: { ...process.env, NO_COLOR: '1', DOSSIER_STATE_DIR: process.env.DOSSIER_STATE_DIR ?? path.join(path.dirname(libraryDir), 'state') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`dossier serve printed no address within ${timeoutMs} ms.\nstdout:\n${out}\nstderr:\n${err}`)), timeoutMs);
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dossier serve exited with ${code} before printing its address.\nstdout:\n${out}\nstderr:\n${err}`));
    });
  });
  const parsed = new URL(url);
  const token = new URLSearchParams(parsed.hash.slice(1)).get('token')!;
  let exited: Promise<void> | undefined;
  return {
    url,
    origin: parsed.origin,
    token,
    log: () => err,
    stop() {
      exited ??= new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill('SIGTERM');
      });
      return exited;
    },
  };
}

/** Waits until the library's first index is ready (indexStatus says so). */
export async function waitForIndex(server: ServeProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const res = await fetch(`${server.origin}/api/indexStatus`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    }).catch(() => null);
    if (res?.ok) {
      const status = (await res.json()) as { phase: string };
      last = status.phase;
      if (status.phase === 'ready') return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the index was not ready after ${timeoutMs} ms (last phase: ${last}).\n${server.log()}`);
}

/**
 * Waits until the background analysis has put the library's people, organisations and places into
 * the index (the entity list is complete and no longer growing).
 */
export async function waitForAnalysis(server: ServeProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const list = await callApi<{ total: number; analysing: boolean }>(server, 'listEntities', { limit: 1 }).catch(() => null);
    const status = await callApi<{ phase: string }>(server, 'indexStatus', {}).catch(() => null);
    last = JSON.stringify({ list, status });
    if (list && list.total > 0 && !list.analysing && status?.phase === 'ready') return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the analysis was not done after ${timeoutMs} ms (last: ${last}).\n${server.log()}`);
}

/** Calls one API op directly (for test setup and checks). */
export async function callApi<T>(server: ServeProcess, op: string, body: unknown): Promise<T> {
  const res = await fetch(`${server.origin}/api/${op}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${op}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
