/** Runs `dossier <command>` as a child process and waits for the address it prints. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const repo = path.resolve(__dirname, '..', '..', '..');
export const BIN = path.join(repo, 'main', 'cli', 'bin.mjs');

export interface CliProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the printed http://127.0.0.1:PORT/#token=… address. */
  url: Promise<string>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): CliProcess {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: repo, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/.exec(out);
      if (match) resolve(match[0]);
    });
    void exit.then(({ code }) => reject(new Error(`dossier exited (${code}) before printing an address\n${out}\n${err}`)));
  });
  url.catch(() => {});
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return { child, stdout: () => out, stderr: () => err, url, exit };
}
