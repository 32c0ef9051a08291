// Starts the parse worker from TypeScript sources: tsx compiles the .ts modules on the fly.
// A bundled build starts its compiled parse-worker.js directly instead (see parse-pool.ts).
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
