/**
 * Entities as a way in: the people, organisations and places of the library (from the analysis,
 * counted in the index), most mentioned first, narrowed by kind and by name as one types; choosing
 * one shows its page. Keyboard: type to filter, ↓/↑ move in the list, Enter opens.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { EntityKind } from '../../shared/analysis';
import type { EntitySummary } from '../../shared/entities';
import { useApi, useEvent } from '../app/api-context';
import { plural } from '../app/format';
import { errorMessage } from '../client';
import { EntityPage, type EntityPageActions } from './EntityPage';

const KINDS: { kind: EntityKind | null; label: string }[] = [
  { kind: null, label: 'All' },
  { kind: 'person', label: 'People' },
  { kind: 'organization', label: 'Organisations' },
  { kind: 'place', label: 'Places' },
];
export const KIND_LABEL: Record<EntityKind, string> = { person: 'person', organization: 'organisation', place: 'place' };
const PAGE = 200;
const FILTER_DEBOUNCE_MS = 120;

export interface EntitiesViewProps extends EntityPageActions {
  /** The entity shown first (the last one chosen, when coming back to the view). */
  initial?: { kind: EntityKind; name: string } | null;
  onChoose?(entity: { kind: EntityKind; name: string }): void;
}

export function EntitiesView({ initial, onChoose, ...actions }: EntitiesViewProps) {
  const api = useApi();
  const [kind, setKind] = useState<EntityKind | null>(null);
  const [filter, setFilter] = useState('');
  const [list, setList] = useState<{ total: number; entities: EntitySummary[]; analysing: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [chosen, setChosen] = useState<{ kind: EntityKind; name: string } | null>(initial ?? null);
  const [refresh, setRefresh] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const listId = useId();

  useEvent('indexProgress', (p) => p.phase === 'ready' && setRefresh((n) => n + 1));
  useEvent('libraryChanged', () => setRefresh((n) => n + 1));

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.listEntities({ kind: kind ?? undefined, filter, limit: PAGE }).then(
        (r) => {
          if (!live) return;
          setList(r);
          setFailure(null);
          setActive((a) => Math.min(a, Math.max(0, r.entities.length - 1)));
        },
        (e) => live && setFailure(errorMessage(e)),
      );
    }, FILTER_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, kind, filter, refresh]);

  const entities = list?.entities ?? [];
  const open = (e: EntitySummary | undefined) => {
    if (!e) return;
    setChosen({ kind: e.kind, name: e.name });
    onChoose?.({ kind: e.kind, name: e.name });
  };
  const move = (e: KeyboardEvent, delta: number) => {
    e.preventDefault();
    setActive((a) => Math.max(0, Math.min(entities.length - 1, a + delta)));
    listRef.current?.focus();
  };
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  return (
    <div className="entities-view">
      <section className="entity-list-pane" aria-label="Entities">
        <div className="entity-tools">
          <div role="radiogroup" aria-label="Kind" className="entity-kinds">
            {KINDS.map((k) => (
              <button key={k.label} type="button" role="radio" aria-checked={kind === k.kind} onClick={() => setKind(k.kind)}>
                {k.label}
              </button>
            ))}
          </div>
          <input
            type="search"
            aria-label="Filter entities by name"
            placeholder="Filter by name — e.g. yel, sao paulo"
            value={filter}
            onChange={(e) => {
              setFilter(e.target.value);
              setActive(0);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') move(e, 0);
              else if (e.key === 'Enter') open(entities[active]);
            }}
          />
        </div>
        <p className="muted entity-count" aria-live="polite">
          {failure ? (
            <span className="error">The entities could not be listed: {failure}</span>
          ) : list ? (
            <>
              {plural(list.total, kind ? KIND_LABEL[kind] : 'entity', kind ? `${KIND_LABEL[kind]}s` : 'entities')}
              {list.total > entities.length ? ` (the ${entities.length} most mentioned shown; filter to find others)` : ''}
              {list.analysing ? ' — the analysis is still running, more will come' : ''}
            </>
          ) : (
            'Loading…'
          )}
        </p>
        {list && list.total === 0 && !failure && (
          <p className="empty">
            {filter.trim() ? 'No entity has these words in its name.' : list.analysing ? 'The analysis is finding people, organisations and places…' : 'No people, organisations or places found in this library.'}
          </p>
        )}
        <ul
          ref={listRef}
          id={listId}
          className="entity-list"
          role="listbox"
          aria-label="People, organisations and places"
          tabIndex={0}
          aria-activedescendant={entities[active] ? `${listId}-${active}` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' || e.key === 'j') move(e, 1);
            else if (e.key === 'ArrowUp' || e.key === 'k') move(e, -1);
            else if (e.key === 'Home') move(e, -entities.length);
            else if (e.key === 'End') move(e, entities.length);
            else if (e.key === 'Enter') {
              e.preventDefault();
              open(entities[active]);
            }
          }}
        >
          {entities.map((e, i) => (
            <li
              key={`${e.kind}:${e.name}`}
              id={`${listId}-${i}`}
              data-index={i}
              role="option"
              aria-selected={chosen?.kind === e.kind && chosen.name === e.name}
              aria-label={`${e.name}, ${KIND_LABEL[e.kind]}: ${plural(e.count, 'article')}`}
              className={`entity-row${i === active ? ' active' : ''}`}
              onClick={() => {
                setActive(i);
                open(e);
              }}
            >
              <span className={`entity-dot entity-${e.kind}`} aria-hidden="true" />
              <span className="entity-name">{e.name}</span>
              <span className="facet-count">{e.count.toLocaleString('en')}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="entity-page-pane" aria-label="Entity">
        {chosen ? (
          <EntityPage key={`${chosen.kind}:${chosen.name}`} kind={chosen.kind} name={chosen.name} {...actions} />
        ) : (
          <p className="empty">Choose a person, organisation or place to see its articles, the quotes by and about it, and the timeline events it is in.</p>
        )}
      </section>
    </div>
  );
}
