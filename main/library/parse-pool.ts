/**
 * A small pool of worker threads that parse article bytes, keeping the main thread free
 * (the HTML reader costs tens of milliseconds per page, a PDF up to seconds, and both take
 * a moment to load).
 *
 * A reader must not be able to hang or exhaust the library with one hostile file (a PDF bomb):
 * every job in a worker has a time limit, and while PDFs are being read the process's memory is
 * watched; past either bound the worker is terminated (a fresh one replaces it) and the file is
 * reported as a problem. Which of several PDFs read at once took the memory is found by reading
 * them again one at a time.
 *
 * Running from sources, workers start through `parse-worker.mjs`, which registers tsx and imports
 * `parse-worker.ts`. A bundler must emit the worker as its own entry, `parse-worker.js`, next to the
 * module that holds this code (or pass `workerUrl`). If no worker can start, parsing happens on the
 * main thread (PDFs then only within the reader's own page and time budget), with one log line saying so.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { interpret, type Interpretation, type ReadFacts } from './interpret';
import { formatBytes, problem } from './file-problems';

type WorkerResult = Interpretation | { kind: 'crash'; message: string };

interface Job {
  job: number;
  rel: string;
  facts: ReadFacts;
  resolve: (r: Interpretation) => void;
  /** Reads a PDF: watched for memory. */
  heavy: boolean;
  /** Suspected of a memory overrun while read beside others: read alone this time. */
  solo: boolean;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: Job | undefined;
  /** Process memory when the current job started. */
  rssAtStart: number;
  timer: NodeJS.Timeout | undefined;
}

export interface ParsePoolOptions {
  /** Number of workers; 0 parses on the main thread. Default: cores - 1, between 1 and 4 (more starve the main thread). */
  size?: number;
  workerUrl?: URL;
  log?: (line: string) => void;
  /**
   * Plain-text and Markdown files up to this size are parsed on the main thread (about a millisecond
   * each; a worker round trip would cost more, and a library of text files then needs no worker at all).
   * HTML, PDF and MIME files always go to a worker. Default 64 KB; 0 sends everything to workers.
   */
  inlineBelowBytes?: number;
  /** A job still running after this long is stopped and its file reported. Default 90 s (PDFs stop themselves at 60 s). */
  timeLimitMs?: number;
  /** Growth of the process's memory while PDFs are read beyond which their reading is stopped. Default 1.5 GB. */
  memoryBudgetBytes?: number;
}

const CHEAP_FORMATS = /\.(txt|md|markdown)$/i;
const HEAVY_FORMATS = /\.pdf$/i;
const MEMORY_CHECK_MS = 100;
/** Old-generation heap of one worker: enough for a 64 MB PDF or a 20 MB page, not for a bomb. */
const WORKER_HEAP_MB = 2048;

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
  private memoryWatch: NodeJS.Timeout | undefined;

  constructor(private readonly options: ParsePoolOptions = {}) {
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
    this.size = options.size ?? Math.max(1, Math.min(4, cores - 1));
    if (this.size === 0) this.fallback = true;
  }

  /** Parses one file's bytes (never rejects: failures come back as a 'skipped' interpretation). */
  parse(rel: string, facts: ReadFacts): Promise<Interpretation> {
    // A PDF cut at the read limit is refused on the spot: no need to send megabytes to a worker for that.
    const cheap = (facts.bytes.length <= (this.options.inlineBelowBytes ?? 64 * 1024) && CHEAP_FORMATS.test(rel)) || (facts.truncated && HEAVY_FORMATS.test(rel));
    if (cheap || this.fallback || this.closed) return interpretSafely(rel, facts);
    return new Promise((resolve) => {
      this.queue.push({ job: this.nextJob++, rel, facts, resolve, heavy: HEAVY_FORMATS.test(rel), solo: false });
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
    this.stopMemoryWatch();
    const slots = this.slots;
    this.slots = [];
    for (const job of this.queue.splice(0)) job.resolve(await interpretSafely(job.rel, job.facts));
    for (const slot of slots) {
      clearTimeout(slot.timer);
      if (slot.busy) slot.busy.resolve(await interpretSafely(slot.busy.rel, slot.busy.facts));
    }
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }

  private pump(): void {
    while (this.queue.length) {
      const index = this.queue.findIndex((job) => this.mayStart(job));
      if (index < 0) break;
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) break;
      if (this.fallback) break;
      const [job] = this.queue.splice(index, 1);
      this.run(slot, job!);
    }
    if (this.fallback) {
      for (const job of this.queue.splice(0)) void interpretSafely(job.rel, job.facts).then(job.resolve);
    }
    // Idle workers must not keep a finished CLI process alive.
    for (const s of this.slots) if (s.busy) s.worker.ref();
    else s.worker.unref();
  }

  /** A suspect PDF is read alone; while it is, no other PDF starts. */
  private mayStart(job: Job): boolean {
    if (!job.heavy) return true;
    const running = this.slots.filter((s) => s.busy?.heavy);
    if (running.some((s) => s.busy!.solo)) return false;
    return !job.solo || running.length === 0;
  }

  private run(slot: Slot, job: Job): void {
    slot.busy = job;
    slot.worker.ref();
    // Own copy of the bytes, so that transferring it cannot detach a shared Buffer pool.
    const bytes = new Uint8Array(job.facts.bytes);
    slot.ready.then(
      () => {
        if (slot.busy !== job) return;
        slot.rssAtStart = process.memoryUsage.rss();
        const limit = this.options.timeLimitMs ?? 90_000;
        slot.timer = setTimeout(() => {
          this.stop(slot, `reading it took longer than ${Math.round(limit / 1000)} s (the file may be damaged, or built to exhaust readers), so Dossier stopped`);
        }, limit);
        if (job.heavy) this.startMemoryWatch();
        slot.worker.postMessage({ job: job.job, rel: job.rel, ...job.facts, bytes }, [bytes.buffer]);
      },
      () => {},
    );
  }

  /** Terminates a slot's worker and reports its file (a fresh worker is started when needed). */
  private stop(slot: Slot, reason: string): void {
    const job = slot.busy;
    this.retire(slot);
    if (job) job.resolve({ kind: 'skipped', problem: problem(job.rel, 'parse-error', `Dossier could not read "${job.rel}": ${reason}.`) });
    if (!this.closed) this.pump();
  }

  private retire(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.busy = undefined;
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate().catch(() => 0);
  }

  private startMemoryWatch(): void {
    if (this.memoryWatch) return;
    this.memoryWatch = setInterval(() => this.checkMemory(), MEMORY_CHECK_MS);
    this.memoryWatch.unref();
  }

  private stopMemoryWatch(): void {
    clearInterval(this.memoryWatch);
    this.memoryWatch = undefined;
  }

  private checkMemory(): void {
    const heavy = this.slots.filter((s) => s.busy?.heavy && s.timer);
    if (heavy.length === 0) return this.stopMemoryWatch();
    const budget = this.options.memoryBudgetBytes ?? 1536 * 1024 * 1024;
    const growth = process.memoryUsage.rss() - Math.min(...heavy.map((s) => s.rssAtStart));
    if (growth <= budget) return;
    if (heavy.length === 1) {
      this.stop(heavy[0]!, `reading it needed more than ${formatBytes(budget)} of memory (the file may be damaged, or built to exhaust readers), so Dossier stopped`);
      return;
    }
    // Several PDFs at once: stop them all and read each again alone; the one that overruns alone is reported.
    const suspects = heavy.map((s) => s.busy!);
    for (const slot of heavy) this.retire(slot);
    for (const job of suspects.reverse()) this.queue.unshift({ ...job, job: this.nextJob++, solo: true });
    this.pump();
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl ?? defaultWorkerUrl(), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    let markReady!: () => void;
    let markFailed!: (e: unknown) => void;
    const ready = new Promise<void>((resolve, reject) => ((markReady = resolve), (markFailed = reject)));
    ready.catch(() => {});
    const slot: Slot = { worker, ready, busy: undefined, rssAtStart: 0, timer: undefined };
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
      clearTimeout(slot.timer);
      slot.timer = undefined;
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
      clearTimeout(slot.timer);
      this.slots = this.slots.filter((s) => s !== slot);
      const job = slot.busy;
      slot.busy = undefined;
      if (!started) {
        // The worker could not even start (no tsx, no bundled worker file): parse here from now on.
        if (!this.fallback) this.options.log?.(`dossier: parse workers unavailable (${error.message}); parsing on the main thread`);
        this.fallback = true;
        if (job) void interpretSafely(job.rel, job.facts).then(job.resolve);
      } else if (job) {
        // A reader crashed the worker (e.g. out of memory on a hostile file): report it, start a fresh worker.
        job.resolve({ kind: 'skipped', problem: problem(job.rel, 'parse-error', `Dossier could not read "${job.rel}": the reader failed (${error.message}).`) });
      }
      if (!this.closed) this.pump();
    });
    worker.on('exit', (code) => {
      clearTimeout(slot.timer);
      this.slots = this.slots.filter((s) => s !== slot);
      // Gone without an error event while reading (it was not retired by us): report the file, go on.
      const job = slot.busy;
      slot.busy = undefined;
      if (job) {
        job.resolve({ kind: 'skipped', problem: problem(job.rel, 'parse-error', `Dossier could not read "${job.rel}": the reader stopped (exit code ${code}).`) });
        if (!this.closed) this.pump();
      }
    });
    return slot;
  }
}

/** interpret() on this thread, never rejecting. */
async function interpretSafely(rel: string, facts: ReadFacts): Promise<Interpretation> {
  try {
    return await interpret(rel, facts);
  } catch (error) {
    return { kind: 'skipped', problem: problem(rel, 'parse-error', `Dossier could not read "${rel}" as an article: ${error instanceof Error ? error.message : String(error)}`) };
  }
}
