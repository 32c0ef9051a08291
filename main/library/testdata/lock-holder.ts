/**
 * Takes the lock of a data file and keeps it until killed (multi-process tests of data-file.ts).
 *   node --import tsx lock-holder.ts FILE
 * Prints "locked" once it holds the lock.
 */
import { withDataFileLock } from '../data-file';

await withDataFileLock(process.argv[2]!, async () => {
  process.stdout.write('locked\n');
  await new Promise(() => setInterval(() => {}, 1000));
});
