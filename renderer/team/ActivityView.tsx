/**
 * The activity feed: who changed what and when (tags, timelines, imports, pushes), newest first.
 * In a team library it is everyone's history; in a local library, the changes since it was opened.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ActivityItem } from '../../shared/contract';
import { useApi, useEvent } from '../app/api-context';
import { errorMessage } from '../client';

const PAGE = 50;

function when(iso: string): string {
  const d = new Date(iso);
  return `${d.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })} ${d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}

export function ActivityView({ onOpenTimeline }: { onOpenTimeline?: (id: string) => void } = {}) {
  const api = useApi();
  const [items, setItems] = useState<ActivityItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [more, setMore] = useState(false);

  const load = useCallback(
    async (before?: string) => {
      try {
        const res = await api.activity({ limit: PAGE, ...(before ? { before } : {}) });
        setItems((old) => (before && old ? [...old, ...res.items] : res.items));
        setMore(res.items.length === PAGE);
        setError(null);
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [api],
  );

  useEffect(() => {
    void load();
  }, [load]);
  // Someone changed the library (here or, in a team, elsewhere): show it.
  useEvent('libraryChanged', () => void load());

  return (
    <section className="activity-view" aria-labelledby="activity-title">
      <div className="activity-head">
        <h2 id="activity-title">Activity</h2>
        <button type="button" onClick={() => void load()}>
          Refresh
        </button>
      </div>
      {error && (
        <p role="alert" className="banner error">
          {error}
        </p>
      )}
      {items === null ? (
        <p className="muted">Loading…</p>
      ) : items.length === 0 ? (
        <p className="muted">No changes yet. Tagging, timeline edits and imports will be listed here.</p>
      ) : (
        <ol className="activity-list" aria-label="Changes, newest first">
          {items.map((item) => (
            <li key={item.id} className={item.undone ? 'undone' : undefined}>
              <time dateTime={item.at}>{when(item.at)}</time> <strong className="activity-user">{item.user ?? 'You'}</strong> <span className="activity-summary">{item.summary}</span>
              {item.undone && <span className="muted"> (undone)</span>}
              {item.timelineId && onOpenTimeline && (
                <>
                  {' '}
                  <button type="button" className="link-button" onClick={() => onOpenTimeline(item.timelineId!)}>
                    open timeline
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
      {more && (
        <button type="button" onClick={() => void load(items?.[items.length - 1]?.at)}>
          Older changes
        </button>
      )}
    </section>
  );
}
