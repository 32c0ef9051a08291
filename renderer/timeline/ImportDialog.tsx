/** Where a CSV import goes: asked every time (the current timeline, another one, or a new one). */
import { useState, type FormEvent } from 'react';
import { DialogFooter } from './DialogFooter';
import type { TimelineSummary } from '../../shared/timeline';

export interface ImportDialogProps {
  fileName: string;
  timelines: TimelineSummary[];
  currentId: string | null;
  onImport(target: { timelineId: string } | { name: string }): Promise<void>;
  onCancel(): void;
}

export function ImportDialog({ fileName, timelines, currentId, onImport, onCancel }: ImportDialogProps) {
  const [mode, setMode] = useState<'existing' | 'new'>(timelines.length ? 'existing' : 'new');
  const [timelineId, setTimelineId] = useState(currentId ?? timelines[0]?.id ?? '');
  const [name, setName] = useState(fileName.replace(/\.csv$/i, ''));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (mode === 'new' && !name.trim()) return setError('give the new timeline a name');
    if (mode === 'existing' && !timelineId) return setError('choose a timeline');
    setBusy(true);
    try {
      await onImport(mode === 'new' ? { name: name.trim() } : { timelineId });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tl-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form className="tl-dialog" role="dialog" aria-modal="true" aria-label="Import CSV" onSubmit={submit}>
        <h2>Import “{fileName}”</h2>
        <p className="muted">Into which timeline should its events go?</p>
        {timelines.length ? (
          <label className="tl-check">
            <input type="radio" name="target" checked={mode === 'existing'} onChange={() => setMode('existing')} />
            Into the timeline
            <select aria-label="Import into timeline" value={timelineId} disabled={mode !== 'existing'} onChange={(e) => setTimelineId(e.target.value)}>
              {timelines.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} ({t.eventCount})
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="tl-check">
          <input type="radio" name="target" checked={mode === 'new'} onChange={() => setMode('new')} />
          Into a new timeline named
          <input type="text" aria-label="New timeline for the import" value={name} disabled={mode !== 'new'} onChange={(e) => setName(e.target.value)} />
        </label>
        <DialogFooter error={error} busy={busy} submitLabel="Import" onCancel={onCancel} />
      </form>
    </div>
  );
}
