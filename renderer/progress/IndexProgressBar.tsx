/** Shown while the library is scanned and indexed: phase, count and the file being processed. */
import { useEffect, useState } from 'react';
import type { IndexProgress } from '../../shared/contract';
import { useApi, useEvent } from '../app/api-context';

const PHASES: Record<IndexProgress['phase'], string> = {
  scanning: 'Scanning the folder',
  reading: 'Reading articles',
  indexing: 'Indexing',
  analysing: 'Analysing',
  saving: 'Saving the index',
  ready: 'Ready',
};

export function IndexProgressBar() {
  const api = useApi();
  const [progress, setProgress] = useState<IndexProgress | null>(null);
  useEffect(() => {
    api.indexStatus({}).then(setProgress, () => undefined);
  }, [api]);
  useEvent('indexProgress', setProgress);
  // Events can be missed (a reconnecting stream, a phase that ends without a "ready"): while the
  // bar shows, ask for the status now and then so it never sticks.
  const busy = progress !== null && progress.phase !== 'ready';
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => api.indexStatus({}).then(setProgress, () => undefined), 2000);
    return () => clearInterval(timer);
  }, [api, busy]);

  if (!progress || progress.phase === 'ready') return null;
  const known = progress.total > 0;
  return (
    <div className="index-progress">
      <div
        role="progressbar"
        aria-label="Indexing the library"
        aria-valuemin={0}
        aria-valuemax={known ? progress.total : undefined}
        aria-valuenow={known ? progress.done : undefined}
        aria-valuetext={`${PHASES[progress.phase]}${known ? `: ${progress.done} of ${progress.total}` : ''}`}
        className={`bar${known ? '' : ' indeterminate'}`}
      >
        <div className="bar-fill" style={{ width: known ? `${(100 * progress.done) / progress.total}%` : undefined }} />
      </div>
      <span className="index-progress-text">
        {PHASES[progress.phase]}
        {known && ` ${progress.done.toLocaleString('en')} / ${progress.total.toLocaleString('en')}`}
        {progress.current && <span className="muted"> — {progress.current}</span>}
        {progress.message && <span className="muted"> — {progress.message}</span>}
      </span>
    </div>
  );
}
