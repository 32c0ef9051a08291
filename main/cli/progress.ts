/** A one-line progress bar on a terminal; silent when output is not a TTY (CI, pipes). */
import type { IndexProgress } from '../../shared/contract';
import { stripControls, writeTrusted } from './terminal';

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): { update(p: IndexProgress): void; done(): void } {
  const tty = stream.isTTY === true;
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      if (!tty || p.phase === 'ready') return;
      const now = Date.now();
      if (now - last < 80) return;
      last = now;
      const width = 30;
      const ratio = p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      const filled = Math.round(ratio * width);
      const bar = p.total > 0 ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${p.done}/${p.total}` : `${p.done}`;
      const label = p.current ? ` ${stripControls(p.current)}` : '';
      const columns = stream.columns ?? 100;
      writeTrusted(stream, `\r${`${p.phase.padEnd(9)} ${bar}${label}`.slice(0, columns - 1).padEnd(columns - 1)}`);
      drawn = true;
    },
    done() {
      if (drawn) writeTrusted(stream, `\r${' '.repeat((stream.columns ?? 100) - 1)}\r`);
      drawn = false;
    },
  };
}
