/** Entry of an index worker thread: serves a ShardHost over postMessage. */
import { parentPort } from 'node:worker_threads';
import { type HostRequest, ShardHost } from './shard-host';

const port = parentPort;
if (!port) throw new Error('index-worker must run in a worker thread');

const host = new ShardHost((progress) => port.postMessage({ kind: 'progress', progress }));

port.on('message', (message: { id: number; request: HostRequest }) => {
  host.handle(message.request).then(
    (result) => {
      const reply = result as { scores?: Float64Array; dates?: Int32Array } | null;
      const transfer = reply && typeof reply === 'object' && reply.scores && reply.dates ? [reply.scores.buffer as ArrayBuffer, reply.dates.buffer as ArrayBuffer] : [];
      port.postMessage({ kind: 'reply', id: message.id, result }, transfer);
    },
    (error: unknown) => port.postMessage({ kind: 'reply', id: message.id, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  );
});
