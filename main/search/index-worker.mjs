// Bootstrap of the index worker under plain Node: a worker cannot load TypeScript by itself,
// so register tsx first. The Electron build replaces this file with a bundled worker entry
// (see spawn-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import(new URL('./index-worker.ts', import.meta.url).href);
