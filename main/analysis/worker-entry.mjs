// Bootstrap for the analysis worker thread: lets Node load the TypeScript sources through tsx.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
