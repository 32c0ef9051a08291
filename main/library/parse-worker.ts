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
// The readers build their word lists and patterns on first use; doing so before saying ready keeps that one-off
// cost out of the first file's time limit (which guards against files built to exhaust readers, not against startup).
const WARM_UP = new TextEncoder().encode('Warm-up headline\n\nBy Jane Roe\n\nA first paragraph of a story.\n');
interpret('warm-up.txt', { bytes: WARM_UP, size: WARM_UP.length, truncated: false, maxBytes: WARM_UP.length })
  .catch(() => undefined)
  .finally(() => port.postMessage({ ready: true }));
