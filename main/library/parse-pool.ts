/**
 * A small pool of worker threads that parse article bytes, keeping the main thread free
 * (the HTML reader costs tens of milliseconds per page, and seconds to start).
 *
 * Running from sources, workers start through `parse-worker.mjs`, which registers tsx and imports
 * `parse-worker.ts`. A bundler must emit the worker as its own entry, `parse-worker.js`, next to the
 * module that holds this code (or pass `workerUrl`). If no worker can start, parsing happens on the
 * main thread, with one log line saying so.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { interpret, type Interpretation, type ReadFacts } from './interpret';
import { problem } from './file-problems';

type WorkerResult = Interpretation | { kind: 'crash'; message: string };

interface Job {
  job: number;
  rel: string;
  facts: ReadFacts;
  resolve: (r: Interpretation) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: Job | undefined;
}

export interface ParsePoolOptions {
  /** Number of workers; 0 parses on the main thread. Default: cores - 1, between 1 and 4 (more starve the main thread). */
  size?: number;
  workerUrl?: URL;
  log?: (line: string) => void;
  /**
   * Plain-text and Markdown files up to this size are parsed on the main thread (about a millisecond
   * each; a worker round trip would cost more, and a library of text files then needs no worker at all).
   * HTML always goes to a worker. Default 64 KB; 0 sends everything to workers.
   */
  inlineBelowBytes?: number;
}

const CHEAP_FORMATS = /\.(txt|md|markdown)$/i;

export function defaultWorkerUrl(): URL {
  // A packaged build bundles the worker as out/main/parse-worker.js and says where (DOSSIER_WORKER_DIR).
  const bundled = process.env.DOSSIER_WORKER_DIR;
  if (bundled) return pathToFileURL(path.join(bundled, 'parse-worker.js'));
  const fromSources = import.meta.url.endsWith('.ts');
  return new URL(fromSources ? './parse-worker.mjs' : './parse-worker.js', import.meta.url);
}

export class ParsePool {
  private readonly size: number;
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextJob = 1;
  private fallback = false;
  private closed = false;

  constructor(private readonly options: ParsePoolOptions = {}) {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    this.size = options.size ?? Math.max(1, Math.min(4, cores - 1));
    if (this.size === 0) this.fallback = true;
  }

  /** Parses one file's bytes (never rejects: failures come back as a 'skipped' interpretation). */
  parse(rel: string, facts: ReadFacts): Promise<Interpretation> {
    const cheap = facts.bytes.length <= (this.options.inlineBelowBytes ?? 64 * 1024) && CHEAP_FORMATS.test(rel);
    if (cheap || this.fallback || this.closed) return Promise.resolve(interpret(rel, facts));
    return new Promise((resolve) => {
      this.queue.push({ job: this.nextJob++, rel, facts, resolve });
      this.pump();
    });
  }

  /** Starts one worker ahead of need (it loads the readers, which takes a moment). */
  warm(): void {
    if (this.fallback || this.closed || this.slots.length) return;
    this.spawn().worker.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots;
    this.slots = [];
    for (const job of this.queue.splice(0)) job.resolve(interpret(job.rel, job.facts));
    for (const slot of slots) if (slot.busy) slot.busy.resolve(interpret(slot.busy.rel, slot.busy.facts));
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      if (this.fallback) break;
      const job = this.queue.shift()!;
      this.run(slot, job);
    }
    if (this.fallback) for (const job of this.queue.splice(0)) job.resolve(interpret(job.rel, job.facts));
    // Idle workers must not keep a finished CLI process alive.
    for (const s of this.slots) if (s.busy) s.worker.ref();
    else s.worker.unref();
  }

  private run(slot: Slot, job: Job): void {
    slot.busy = job;
    slot.worker.ref();
    // Own copy of the bytes, so that transferring it cannot detach a shared Buffer pool.
    const bytes = new Uint8Array(job.facts.bytes);
    slot.ready.then(
      () => slot.worker.postMessage({ job: job.job, rel: job.rel, ...job.facts, bytes }, [bytes.buffer]),
      () => {},
    );
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl ?? defaultWorkerUrl());
    let markReady!: () => void;
    let markFailed!: (e: unknown) => void;
    const ready = new Promise<void>((resolve, reject) => ((markReady = resolve), (markFailed = reject)));
    ready.catch(() => {});
    const slot: Slot = { worker, ready, busy: undefined };
    this.slots.push(slot);
    let started = false;
    worker.on('message', (message: { ready?: boolean; job?: number; result?: WorkerResult }) => {
      if (message.ready) {
        started = true;
        markReady();
        return;
      }
      const job = slot.busy;
      if (!job || job.job !== message.job) return;
      slot.busy = undefined;
      const result = message.result!;
      job.resolve(
        result.kind === 'crash'
          ? { kind: 'skipped', problem: problem(job.rel, 'parse-error', `Dossier could not read "${job.rel}" as an article: ${result.message}`) }
          : result,
      );
      this.pump();
    });
    worker.on('error', (error) => {
      markFailed(error);
      this.slots = this.slots.filter((s) => s !== slot);
      const job = slot.busy;
      slot.busy = undefined;
      if (!started) {
        // The worker could not even start (no tsx, no bundled worker file): parse here from now on.
        if (!this.fallback) this.options.log?.(`dossier: parse workers unavailable (${error.message}); parsing on the main thread`);
        this.fallback = true;
        if (job) job.resolve(interpret(job.rel, job.facts));
      } else if (job) {
        // A reader crashed the worker (e.g. out of memory on a hostile file): report it, start a fresh worker.
        job.resolve({ kind: 'skipped', problem: problem(job.rel, 'parse-error', `Dossier could not read "${job.rel}": the reader failed (${error.message}).`) });
      }
      if (!this.closed) this.pump();
    });
    worker.on('exit', () => {
      this.slots = this.slots.filter((s) => s !== slot);
    });
    return slot;
  }
}
