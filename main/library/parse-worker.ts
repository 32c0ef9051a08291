/**
 * Worker thread of the parse pool: turns file bytes into an Interpretation (CPU only, no I/O),
 * so heavy readers (HTML through jsdom, PDF through pdf.js) never stall the main thread.
 * Started through parse-worker.mjs when running from sources, or as a bundled file.
 */
import { parentPort } from 'node:worker_threads';
import { interpret, type ReadFacts } from './interpret';

export interface ParseJob extends ReadFacts {
  job: number;
  rel: string;
}

if (!parentPort) throw new Error('parse-worker must run in a worker thread');
const port = parentPort;
port.on('message', async (message: ParseJob) => {
  const { job, rel, ...facts } = message;
  let result;
  try {
    result = await interpret(rel, facts);
  } catch (error) {
    result = { kind: 'crash' as const, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage({ job, result });
});
port.postMessage({ ready: true });
