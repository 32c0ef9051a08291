/**
 * Analysis off the main thread. createAnalysisWorker() starts one worker thread (worker-entry.mjs -> this file)
 * and returns an `analyze` that:
 * - answers from the AnalysisCache first when given a content hash and a cache (an unchanged article is
 *   never analysed twice), and stores fresh analyses there;
 * - shares one job between concurrent calls for the same content hash;
 * - gives up on a job after `timeoutMs` (the worker is replaced, the call rejects) so one pathological
 *   article cannot stall the queue.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Analysis } from '../../shared/analysis';
import { analyze as analyzeNow, type AnalyzeInput } from './index';
import { AnalysisCache } from './cache';

const WORKER_MARK = 'dossier-analysis-worker';

interface Request {
  id: number;
  input: AnalyzeInput;
}
type Reply = { id: number; analysis: Analysis } | { id: number; error: string };

// Worker side.
if (!isMainThread && parentPort && (workerData as { role?: string } | undefined)?.role === WORKER_MARK) {
  const port = parentPort;
  port.on('message', (request: Request) => {
    let reply: Reply;
    try {
      reply = { id: request.id, analysis: analyzeNow(request.input) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
  // Load the gazetteers now, while the caller is still preparing its first article.
  setImmediate(() => analyzeNow({ text: 'Warm-up: Boeing said on Monday in Paris.', publishedAt: null }));
}

export interface WorkerAnalyzeInput extends AnalyzeInput {
  /** sha256 of the article file; with a cache, the analysis is looked up and stored under it. */
  contentHash?: string;
}

export interface AnalysisWorker {
  analyze(input: WorkerAnalyzeInput): Promise<Analysis>;
  close(): Promise<void>;
}

export interface AnalysisWorkerOptions {
  /** Cache folder (`<library>/.dossier/analysis`) or a cache; without one nothing is cached. */
  cache?: string | AnalysisCache;
  /** Longest time one analysis may take before the worker is restarted (default 60 s). */
  timeoutMs?: number;
}

interface Pending {
  resolve(analysis: Analysis): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

export function createAnalysisWorker(options: AnalysisWorkerOptions = {}): AnalysisWorker {
  const cache = typeof options.cache === 'string' ? new AnalysisCache(options.cache) : options.cache;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const pending = new Map<number, Pending>();
  const inFlight = new Map<string, Promise<Analysis>>();
  let nextId = 1;
  let closed = false;
  let worker: Worker | undefined;

  const failAll = (error: Error) => {
    for (const [id, job] of pending) {
      clearTimeout(job.timer);
      job.reject(error);
      pending.delete(id);
    }
  };

  const start = (): Worker => {
    // A packaged build bundles this worker as out/main/analysis-worker.js and says where (DOSSIER_WORKER_DIR).
    const bundled = process.env.DOSSIER_WORKER_DIR;
    const entry = bundled ? pathToFileURL(path.join(bundled, 'analysis-worker.js')) : new URL('./worker-entry.mjs', import.meta.url);
    const w = new Worker(entry, { workerData: { role: WORKER_MARK } });
    w.on('message', (reply: Reply) => {
      const job = pending.get(reply.id);
      if (!job) return;
      pending.delete(reply.id);
      clearTimeout(job.timer);
      if ('error' in reply) job.reject(new Error(`analysis failed: ${reply.error}`));
      else job.resolve(reply.analysis);
    });
    w.on('error', (error) => {
      if (worker === w) worker = undefined;
      failAll(error instanceof Error ? error : new Error(String(error)));
    });
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      if (!closed && pending.size > 0) failAll(new Error(`analysis worker stopped (exit code ${code})`));
    });
    w.unref();
    return w;
  };

  const runInWorker = (input: AnalyzeInput): Promise<Analysis> =>
    new Promise<Analysis>((resolve, reject) => {
      if (closed) return reject(new Error('analysis worker is closed'));
      worker ??= start();
      const id = nextId++;
      const current = worker;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`analysis took longer than ${timeoutMs} ms and was stopped`));
        // Replace the stuck worker; other jobs on it are retried by their callers' failure handling.
        if (worker === current) worker = undefined;
        void current.terminate();
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      current.ref();
      current.postMessage({ id, input: { text: input.text, publishedAt: input.publishedAt, title: input.title, articleId: input.articleId } });
    }).finally(() => {
      if (pending.size === 0) worker?.unref();
    });

  const analyze = async (input: WorkerAnalyzeInput): Promise<Analysis> => {
    const hash = input.contentHash;
    if (!hash || !cache) return runInWorker(input);
    const running = inFlight.get(hash);
    if (running) return running;
    const job = (async () => {
      const cached = await cache.get(hash);
      if (cached) return cached;
      const analysis = await runInWorker(input);
      await cache.put(hash, analysis).catch(() => {}); // a full disk costs a re-analysis later, nothing more
      return analysis;
    })().finally(() => inFlight.delete(hash));
    inFlight.set(hash, job);
    return job;
  };

  return {
    analyze,
    async close() {
      closed = true;
      failAll(new Error('analysis worker is closed'));
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
