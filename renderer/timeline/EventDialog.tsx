/** Edit an event (or a draft): title, description, dates and precision, approximate, actors, place, tags. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { DialogFooter } from './DialogFooter';
import { EventDateSchema, type EventDraft, type EventPrecision } from '../../shared/timeline';

export type EventEdit = Pick<EventDraft, 'title' | 'description' | 'date' | 'actors' | 'place' | 'tags'>;

const PRECISIONS: EventPrecision[] = ['day', 'datetime', 'week', 'month', 'quarter', 'year', 'range'];

export interface EventDialogProps {
  heading: string;
  initial: EventEdit;
  /** A remark above the form (e.g. where the date came from, or that one is needed). */
  note?: string | null;
  submitLabel: string;
  onSubmit(edit: EventEdit): Promise<void> | void;
  onCancel(): void;
  /** Fields of the caller's shown above the event's (e.g. which timeline to add it to). */
  extra?: ReactNode;
}

const splitList = (s: string) =>
  s
    .split(/[;,]/)
    .map((x) => x.trim())
    .filter(Boolean);

export function EventDialog({ heading, initial, note, submitLabel, onSubmit, onCancel, extra }: EventDialogProps) {
  const [title, setTitle] = useState(initial.title);
  const [description, setDescription] = useState(initial.description);
  const [start, setStart] = useState(initial.date.start);
  const [end, setEnd] = useState(initial.date.end);
  const [precision, setPrecision] = useState<EventPrecision>(initial.date.precision);
  const [approximate, setApproximate] = useState(initial.date.approximate);
  const [actors, setActors] = useState(initial.actors.join(', '));
  const [place, setPlace] = useState(initial.place ?? '');
  const [tags, setTags] = useState(initial.tags.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!start.trim()) return setError('give the date of the event (YYYY-MM-DD)');
    const date = EventDateSchema.safeParse({ ...initial.date, start: start.trim(), end: (end || start).trim(), precision, approximate });
    if (!date.success) return setError(date.error.issues[0]?.message ?? 'invalid date');
    if (!title.trim()) return setError('an event needs a title');
    setBusy(true);
    try {
      await onSubmit({ title: title.trim(), description, date: date.data, actors: splitList(actors), place: place.trim() || null, tags: splitList(tags) });
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="tl-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form className="tl-dialog" role="dialog" aria-modal="true" aria-label={heading} onSubmit={submit}>
        <h2>{heading}</h2>
        {note ? (
          <p className="tl-dialog-note" role="note">
            {note}
          </p>
        ) : null}
        {extra}
        <label>
          Title
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} autoFocus />
        </label>
        <label>
          Description
          <textarea value={description} rows={3} onChange={(e) => setDescription(e.target.value)} />
        </label>
        <div className="tl-dialog-row">
          <label>
            Start
            <input type="text" value={start} onChange={(e) => setStart(e.target.value)} placeholder="YYYY-MM-DD" />
          </label>
          <label>
            End
            <input type="text" value={end} onChange={(e) => setEnd(e.target.value)} placeholder="YYYY-MM-DD" />
          </label>
          <label>
            Precision
            <select value={precision} onChange={(e) => setPrecision(e.target.value as EventPrecision)}>
              {PRECISIONS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          <label className="tl-check">
            <input type="checkbox" checked={approximate} onChange={(e) => setApproximate(e.target.checked)} />
            Approximate
          </label>
        </div>
        {initial.date.text ? <p className="muted">Date from “{initial.date.text}”{initial.date.value ? ` (${initial.date.value})` : ''}</p> : null}
        <label>
          Actors (comma separated)
          <input type="text" value={actors} onChange={(e) => setActors(e.target.value)} />
        </label>
        <div className="tl-dialog-row">
          <label>
            Place
            <input type="text" value={place} onChange={(e) => setPlace(e.target.value)} />
          </label>
          <label>
            Tags (comma separated)
            <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
          </label>
        </div>
        <DialogFooter error={error} busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
      </form>
    </div>
  );
}
