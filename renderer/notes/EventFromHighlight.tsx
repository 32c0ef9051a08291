/**
 * A highlight becomes a timeline event in one step: Dossier proposes the event for its passage
 * (proposeEvent: dated by the passage's own time expressions, else the article's date), the user
 * picks the timeline (or names a new one) in the event dialog and adds it (addEvents). An article
 * without a date is not given a guessed one: the user is asked for the article's date instead.
 */
import { useEffect, useState } from 'react';
import type { Highlight } from '../../shared/notes';
import type { EventDraft, TimelineSummary } from '../../shared/timeline';
import { useApi } from '../app/api-context';
import { useToasts } from '../app/toasts';
import { useAnnounceChange } from '../app/undo';
import { errorMessage } from '../client';
import { EventDialog } from '../timeline/EventDialog';

const NEW = '__new__';

interface Props {
  articleId: string;
  highlight: Highlight;
  /** The article has a publication date (when it has none and the passage names none, the user is asked for it). */
  articleDated: boolean;
  onClose(): void;
  /** Open the article's details on its date. */
  onAddDate(): void;
}

export function EventFromHighlight({ articleId, highlight, articleDated, onClose, onAddDate }: Props) {
  const api = useApi();
  const { notify } = useToasts();
  const announce = useAnnounceChange();
  const [draft, setDraft] = useState<EventDraft | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [undated, setUndated] = useState(false);
  const [timelines, setTimelines] = useState<TimelineSummary[]>([]);
  const [target, setTarget] = useState<string>(NEW);
  const [newName, setNewName] = useState('Notes');

  useEffect(() => {
    let live = true;
    Promise.all([api.proposeEvent({ articleId, start: highlight.passage.start, end: highlight.passage.end }), api.listTimelines({})]).then(
      ([proposed, list]) => {
        if (!live) return;
        const note = highlight.note.trim();
        const { dateSource, ...draft } = proposed;
        // Neither the passage nor its article gives a date: the user enters it (no placeholder is shown).
        setUndated(dateSource === 'none');
        const dated = dateSource === 'none' ? { ...draft, date: { ...draft.date, start: '', end: '' } } : draft;
        setDraft(note ? { ...dated, description: `${dated.description}\n\n${note}` } : dated);
        setTimelines(list.timelines);
        const latest = [...list.timelines].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
        setTarget(latest?.id ?? NEW);
      },
      (e) => live && setFailure(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [api, articleId, highlight]);

  if (failure) {
    return (
      <div className="tl-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        <div className="tl-dialog" role="dialog" aria-modal="true" aria-label="Cannot make an event">
          <h2>Cannot make an event yet</h2>
          <p role="alert">{failure}</p>
          <div className="tl-dialog-buttons">
            <button type="button" onClick={onClose} autoFocus={articleDated}>
              Close
            </button>
            {!articleDated && (
              <button
                type="button"
                className="primary"
                autoFocus
                onClick={() => {
                  onClose();
                  onAddDate();
                }}
              >
                Add the article’s date
              </button>
            )}
          </div>
        </div>
      </div>
    );
  }
  if (!draft) return null;

  const chooser = (
    <div className="tl-dialog-row">
      <label>
        Timeline
        <select value={target} onChange={(e) => setTarget(e.target.value)}>
          {timelines.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.eventCount})
            </option>
          ))}
          <option value={NEW}>New timeline…</option>
        </select>
      </label>
      {target === NEW && (
        <label>
          New timeline name
          <input type="text" value={newName} onChange={(e) => setNewName(e.target.value)} />
        </label>
      )}
    </div>
  );

  return (
    <EventDialog
      heading="New event from highlight"
      initial={draft}
      submitLabel="Add event"
      note={undated ? 'Neither the passage nor its article gives a date: enter the date of the event (or close this and add the article’s date).' : null}
      extra={chooser}
      onCancel={onClose}
      onSubmit={async (edit) => {
        if (target === NEW && !newName.trim()) throw new Error('Give the new timeline a name.');
        const timeline = target === NEW ? await api.createTimeline({ name: newName.trim() }) : timelines.find((t) => t.id === target)!;
        const res = await api.addEvents({ timelineId: timeline.id, events: [{ ...draft, ...edit }], mergeDuplicates: false });
        const undo = async () => {
          await api.undoTimelineChange({ changeId: res.changeId }).then(
            () => notify({ message: 'Event taken out of the timeline.' }),
            (e) => notify({ kind: 'error', message: `Could not undo: ${errorMessage(e)}` }),
          );
        };
        announce({ key: res.changeId, message: `Event “${edit.title}” added to the timeline “${timeline.name}”.`, undo });
        onClose();
      }}
    />
  );
}
