/** Prints the index worker entry this process would run (spawn-worker.test.ts runs it with its own TMPDIR). */
import { workerEntry } from '../spawn-worker';

process.stdout.write(`${(await workerEntry()).href}\n`);
