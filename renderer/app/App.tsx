/**
 * The shell: top bar (views, import, problems), index progress, and the views: Library
 * (saved searches + facets, search + results + reader), Compare, Tags, Notes, Entities, Timelines.
 * Owns the keyboard map and the one undo history (Ctrl/⌘+Z).
 */
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import type { EntityKind } from '../../shared/analysis';
import type { LibraryInfo, Sort } from '../../shared/contract';
import type { MetadataField } from '../../shared/metadata';
import { NotesView } from '../notes/NotesView';
import type { SavedSearch } from '../../shared/saved-searches';
import { typingQuery } from '../../shared/typing-query';
import { EntitiesView } from '../entities/EntitiesView';
import { CompareView, MAX_COMPARE } from '../compare/CompareView';
import { ImportControls } from '../import/ImportControls';
import { IndexProgressBar } from '../progress/IndexProgressBar';
import { ProblemsButton } from '../reader/ProblemsPanel';
import { Reader } from '../reader/Reader';
import { Facets } from '../search/Facets';
import { DRAG_TYPE, ResultsList, type ResultsListHandle } from '../search/ResultsList';
import { SearchBar, type SearchBarHandle } from '../search/SearchBar';
import { SavedSearches, type SavedSearchesHandle } from '../search/SavedSearches';
import { SavedSearchesProvider } from '../search/saved-searches-context';
import { facetFilter, toggleFilter } from '../search/query-edit';
import { useSearch } from '../search/use-search';
import { BulkBar } from '../tags/BulkBar';
import { TagManager } from '../tags/TagManager';
import { TagsProvider, useTags } from '../tags/tags-context';
import { TimelineView } from '../timeline';
import { errorMessage } from '../client';
import { ActivityView } from '../team/ActivityView';
import { AboutDialog } from './AboutDialog';
import { useApi, useEvent } from './api-context';
import { plural } from './format';
import { isTextField, KEY_MAP } from './keyboard';
import { ToastProvider, useToasts } from './toasts';
import { UndoProvider, useUndo } from './undo';

type View = 'library' | 'compare' | 'tags' | 'notes' | 'entities' | 'timelines' | 'activity';
const VIEWS: { id: View; label: string }[] = [
  { id: 'library', label: 'Library' },
  { id: 'compare', label: 'Compare' },
  { id: 'tags', label: 'Tags' },
  { id: 'notes', label: 'Notes' },
  { id: 'entities', label: 'Entities' },
  { id: 'timelines', label: 'Timelines' },
  { id: 'activity', label: 'Activity' },
];

/** The signed-in member of a team library (absent for a local library). */
export interface Account {
  name: string;
  signOut(): void;
}

export function App({ account }: { account?: Account } = {}) {
  return (
    <ToastProvider>
      <UndoProvider>
        <TagsProvider>
          <SavedSearchesProvider>
            <Shell account={account} />
          </SavedSearchesProvider>
        </TagsProvider>
      </UndoProvider>
    </ToastProvider>
  );
}

function Shell({ account }: { account?: Account }) {
  const api = useApi();
  const tags = useTags();
  const history = useUndo();
  const { notify } = useToasts();
  const [info, setInfo] = useState<LibraryInfo | null>(null);
  const [infoError, setInfoError] = useState<string | null>(null);
  const [view, setView] = useState<View>('library');
  const [query, setQuery] = useState('');
  /** The query is being typed (not committed by Enter or a click): its last word is searched as a prefix. */
  const [typing, setTyping] = useState(false);
  const [sort, setSort] = useState<Sort>('relevance');
  const [entityShown, setEntityShown] = useState<{ kind: EntityKind; name: string } | null>(null);
  const [timelineShown, setTimelineShown] = useState<string | undefined>(undefined);
  const [libraryVersion, setLibraryVersion] = useState(0);
  const [searchNonce, setSearchNonce] = useState(0);
  const [active, setActive] = useState(-1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [open, setOpen] = useState<{ id: string; hits: [number, number][]; edit?: { field: MetadataField; nonce: number } } | null>(null);
  const [compareIds, setCompareIds] = useState<string[]>([]);
  const [focusTagsOnOpen, setFocusTagsOnOpen] = useState(false);
  const [compareDragOver, setCompareDragOver] = useState(false);

  const searchRef = useRef<SearchBarHandle>(null);
  const savedRef = useRef<SavedSearchesHandle>(null);
  const resultsRef = useRef<ResultsListHandle>(null);
  const readerTagRef = useRef<HTMLInputElement>(null);
  const bulkTagRef = useRef<HTMLInputElement>(null);
  const readerPaneRef = useRef<HTMLDivElement>(null);
  const keysDialog = useRef<HTMLDialogElement>(null);
  const aboutDialog = useRef<HTMLDialogElement>(null);

  const searched = typing ? typingQuery(query) : query;
  const results = useSearch(searched, sort, `${libraryVersion}:${tags.version}:${searchNonce}`);

  const refreshInfo = useCallback(() => {
    api.libraryInfo({}).then(
      (i) => {
        setInfo(i);
        setInfoError(null);
      },
      (e) => setInfoError(errorMessage(e)),
    );
  }, [api]);
  useEffect(refreshInfo, [refreshInfo]);
  useEvent('libraryChanged', () => {
    setLibraryVersion((v) => v + 1);
    refreshInfo();
  });
  // Notes are searched too (note: and plain words): results follow them.
  useEvent('notesChanged', () => setLibraryVersion((v) => v + 1));
  useEvent('indexProgress', (p) => {
    if (p.phase === 'ready') {
      setLibraryVersion((v) => v + 1);
      refreshInfo();
    }
  });

  // A new query starts at the top with nothing selected.
  const onQuery = useCallback((q: string) => {
    setQuery(q);
    setTyping(false);
    setActive(-1);
  }, []);
  /** The search box's text while typing (debounced): results follow it, the last word as a prefix. */
  const onTyped = useCallback((q: string) => {
    setQuery(q);
    setTyping(true);
    setActive(-1);
  }, []);
  /** A query the user committed to (Enter, a recent query, a result opened from it) joins the history. */
  const remember = useCallback(
    (q: string) => {
      if (q.trim()) api.recordSearch({ query: q.trim() }).catch(() => {}); // the history is a convenience: never in the way
    },
    [api],
  );
  const runSaved = useCallback(
    (search: SavedSearch) => {
      onQuery(search.query);
      setSort(search.sort);
      setSearchNonce((n) => n + 1);
      setView('library');
    },
    [onQuery],
  );

  const openIndex = useCallback(
    (index: number) => {
      const hit = results.hitAt(index);
      if (!hit) return;
      setActive(index);
      setOpen({ id: hit.article.id, hits: hit.ranges });
      remember(searched);
    },
    [results, remember, searched],
  );

  const compareRef = useRef<string[]>([]);
  compareRef.current = compareIds;
  const addToCompare = useCallback(
    (ids: string[]) => {
      const current = compareRef.current;
      const merged = [...current.filter((id) => !ids.includes(id)), ...ids];
      const kept = merged.slice(-MAX_COMPARE);
      const dropped = merged.length - kept.length;
      const added = ids.filter((id) => !current.includes(id)).length;
      compareRef.current = kept;
      setCompareIds(kept);
      notify({
        message: `${added ? `Added ${plural(added, 'article')} to compare` : 'Already in compare'} (${kept.length} of ${MAX_COMPARE})${dropped ? `; the oldest ${dropped === 1 ? 'was' : 'were'} taken out` : ''}.`,
        action: { label: 'Show compare', run: () => setView('compare') },
      });
    },
    [notify],
  );

  useEffect(() => {
    if (focusTagsOnOpen && open) {
      const timer = setInterval(() => {
        if (readerTagRef.current) {
          readerTagRef.current.focus();
          setFocusTagsOnOpen(false);
          clearInterval(timer);
        }
      }, 30);
      return () => clearInterval(timer);
    }
  }, [focusTagsOnOpen, open]);

  // The keyboard map.
  const keyState = useRef({ view, active, open, selected, results, compareIds });
  keyState.current = { view, active, open, selected, results, compareIds };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = keyState.current;
      const target = e.target instanceof Element ? e.target : null;
      // Keys a component already handled (its own Escape, arrows in a list) are not ours.
      if (e.defaultPrevented || document.querySelector('dialog[open], [aria-modal="true"]')) return;
      if (e.key === 'Escape') {
        if (target && isTextField(target)) {
          (target as HTMLElement).blur();
          if (s.view === 'library') resultsRef.current?.focus();
          return;
        }
        if (s.view !== 'library') {
          setView('library');
          return;
        }
        if (s.open) {
          if (readerPaneRef.current?.contains(target)) resultsRef.current?.focus();
          else setOpen(null);
          return;
        }
        if (s.selected.size > 0) setSelected(new Set());
        return;
      }
      if (target && isTextField(target)) return;
      if (e.altKey) return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        // The latest change made here, whatever it was (tags, details, notes, saved searches, the history).
        void history.undoLast().then((undone) => {
          if (!undone) void tags.undo();
        });
        return;
      }
      if (e.ctrlKey || e.metaKey) return;
      const inLibrary = s.view === 'library';
      const move = (delta: number) => {
        e.preventDefault();
        setActive((a) => Math.max(0, Math.min(s.results.total - 1, a < 0 ? 0 : a + delta)));
        resultsRef.current?.focus();
      };
      switch (e.key) {
        case '/':
          e.preventDefault();
          setView('library');
          setTimeout(() => searchRef.current?.focus());
          return;
        case '?':
          e.preventDefault();
          keysDialog.current?.showModal();
          return;
        case 'h':
          e.preventDefault();
          setView('library');
          setTimeout(() => searchRef.current?.openRecent());
          return;
        case 's':
          if (!inLibrary) return;
          e.preventDefault();
          savedRef.current?.openSave();
          return;
        case 'e':
          e.preventDefault();
          setView('entities');
          return;
        case 'j':
        case 'k':
          if (inLibrary) move(e.key === 'j' ? 1 : -1);
          return;
        case 'ArrowDown':
        case 'ArrowUp':
          if (inLibrary && (target === document.body || target === null)) move(e.key === 'ArrowDown' ? 1 : -1);
          return;
        case 'Enter':
          if (inLibrary && (target === document.body || target === null) && s.active >= 0) {
            e.preventDefault();
            openIndex(s.active);
          }
          return;
        case 'x': {
          const hit = s.results.hitAt(s.active);
          if (!inLibrary || !hit) return;
          setSelected((sel) => {
            const next = new Set(sel);
            if (next.has(hit.article.id)) next.delete(hit.article.id);
            else next.add(hit.article.id);
            return next;
          });
          return;
        }
        case 't':
          if (!inLibrary) return;
          e.preventDefault();
          if (s.selected.size > 0) bulkTagRef.current?.focus();
          else if (s.open) readerTagRef.current?.focus();
          else if (s.active >= 0) {
            openIndex(s.active);
            setFocusTagsOnOpen(true);
          }
          return;
        case 'c': {
          e.preventDefault();
          const inReader = s.open && readerPaneRef.current?.contains(target);
          const hit = s.results.hitAt(s.active);
          const id = inReader || !hit || !inLibrary ? s.open?.id : hit.article.id;
          if (id) addToCompare([id]);
          return;
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [tags, history, openIndex, addToCompare]);

  const selectedIds = [...selected];
  const onCompareDrop = (e: DragEvent) => {
    setCompareDragOver(false);
    const raw = e.dataTransfer.getData(DRAG_TYPE);
    if (!raw) return;
    e.preventDefault();
    try {
      addToCompare(JSON.parse(raw) as string[]);
    } catch {
      /* not ours */
    }
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          Dossier{' '}
          <span className="library-name" title="Library">
            {info ? info.name : ''}
          </span>
        </h1>
        <nav aria-label="Views" className="views">
          {VIEWS.map((v) => (
            <button
              key={v.id}
              type="button"
              aria-current={view === v.id ? 'page' : undefined}
              className={`${view === v.id ? 'current' : ''}${v.id === 'compare' && compareDragOver ? ' drag-over' : ''}`}
              onClick={() => setView(v.id)}
              {...(v.id === 'compare'
                ? {
                    onDragOver: (e: DragEvent) => {
                      if (e.dataTransfer.types.includes(DRAG_TYPE)) {
                        e.preventDefault();
                        setCompareDragOver(true);
                      }
                    },
                    onDragLeave: () => setCompareDragOver(false),
                    onDrop: onCompareDrop,
                  }
                : {})}
            >
              {v.label}
              {v.id === 'compare' && compareIds.length > 0 && <span className="badge">{compareIds.length}</span>}
            </button>
          ))}
        </nav>
        <div className="topbar-tools">
          {account && (
            <span className="account">
              <span aria-label="Signed in as">{account.name}</span>
              <button type="button" onClick={account.signOut}>
                Sign out
              </button>
            </span>
          )}
          <span className="muted article-count">{info ? plural(info.articleCount, 'article') : ''}</span>
          <ImportControls />
          <ProblemsButton />
          <button type="button" className="icon-button" aria-label="Keyboard shortcuts" onClick={() => keysDialog.current?.showModal()}>
            ⌨
          </button>
          <button type="button" className="icon-button" aria-label="About Dossier" onClick={() => aboutDialog.current?.showModal()}>
            About
          </button>
        </div>
      </header>
      <IndexProgressBar />
      {infoError && (
        <p role="alert" className="banner error">
          {infoError}
        </p>
      )}
      <main className="main">
        {view === 'library' && (
          <div className={`library${open ? ' with-reader' : ''}`}>
            <div className="library-search">
              <SearchBar
                ref={searchRef}
                query={query}
                onQuery={onTyped}
                onSubmit={(q) => {
                  onQuery(q);
                  setSearchNonce((n) => n + 1);
                  remember(q);
                }}
                onRunSaved={runSaved}
                sort={sort}
                onSort={setSort}
                error={results.error}
              />
              <p className="result-count" aria-live="polite">
                {results.failure ? (
                  <span className="error">Search failed: {results.failure}</span>
                ) : results.error ? (
                  'No results: the query has an error.'
                ) : results.loading && results.total === 0 ? (
                  'Searching…'
                ) : (
                  <>
                    {query.trim() ? plural(results.total, 'result') : `${plural(results.total, 'article')} in the library, ${sort === 'date-asc' ? 'oldest' : 'newest'} first`}
                    {results.tookMs !== null && <span className="muted"> in {Math.round(results.tookMs)} ms</span>}
                    {searched !== query && (
                      <span className="muted typing-hint" title="Press Enter to search the word as typed">
                        {' '}
                        — as you type: <code>{searched}</code>
                      </span>
                    )}
                  </>
                )}
              </p>
            </div>
            <aside className="sidebar" aria-label="Saved searches and filters">
              <SavedSearches ref={savedRef} query={query} sort={sort} onRun={runSaved} />
              <Facets facets={results.facets} query={query} onToggle={(f) => onQuery(toggleFilter(query, f))} />
            </aside>
            <div className="results-pane">
              {selected.size > 0 && (
                <BulkBar
                  ref={bulkTagRef}
                  ids={selectedIds}
                  onClear={() => setSelected(new Set())}
                  onCompare={() => {
                    addToCompare(selectedIds);
                    setView('compare');
                  }}
                />
              )}
              <ResultsList
                ref={resultsRef}
                results={results}
                active={active}
                onActive={setActive}
                selected={selected}
                onSelectedChange={setSelected}
                onOpen={openIndex}
                openId={open?.id ?? null}
              />
              {!results.loading && results.total === 0 && !results.error && !results.failure && (
                <p className="empty">{query.trim() ? 'No articles match this search.' : 'The library is empty. Import files or add them to the folder.'}</p>
              )}
            </div>
            {open && (
              <div className="reader-pane" ref={readerPaneRef}>
                <Reader
                  ref={readerTagRef}
                  id={open.id}
                  hits={open.hits}
                  editRequest={open.edit ?? null}
                  onClose={() => {
                    setOpen(null);
                    resultsRef.current?.focus();
                  }}
                  onCompare={(id) => addToCompare([id])}
                  onOpenArticle={(id) => setOpen({ id, hits: [] })}
                />
              </div>
            )}
          </div>
        )}
        {view === 'compare' && (
          <CompareView
            ids={compareIds}
            onAdd={addToCompare}
            onRemove={(id) => setCompareIds((ids) => ids.filter((x) => x !== id))}
            onOpen={(id) => {
              setOpen({ id, hits: [] });
              setView('library');
            }}
          />
        )}
        {view === 'tags' && (
          <TagManager
            onFilter={(tag) => {
              onQuery(toggleFilter('', facetFilter('tag', tag)));
              setView('library');
            }}
          />
        )}
        {view === 'notes' && (
          <NotesView
            onOpen={(id, passage) => {
              setOpen({ id, hits: passage ? [[passage.start, passage.end]] : [] });
              setView('library');
            }}
            onSearch={(q) => {
              onQuery(q);
              setView('library');
            }}
          />
        )}
        {view === 'entities' && (
          <EntitiesView
            initial={entityShown}
            onChoose={setEntityShown}
            onSearch={(q) => {
              onQuery(q);
              setView('library');
            }}
            onOpenArticle={(id, hit) => {
              setOpen({ id, hits: hit ? [hit] : [] });
              setView('library');
            }}
            onOpenTimeline={(id) => {
              setTimelineShown(id);
              setView('timelines');
            }}
          />
        )}
        {view === 'timelines' && (
          <TimelineView
            key={timelineShown ?? 'latest'}
            initialTimelineId={timelineShown}
            api={api}
            onOpenSource={(id, start, end) => {
              setOpen({ id, hits: [[start, end]] });
              setView('library');
            }}
            onEditArticleDate={(id) => {
              setOpen({ id, hits: [], edit: { field: 'publishedAt', nonce: Date.now() } });
              setView('library');
            }}
          />
        )}
        {view === 'activity' && <ActivityView />}
      </main>
      <AboutDialog ref={aboutDialog} />
      <dialog ref={keysDialog} className="keys-dialog" aria-labelledby="keys-title">
        <h2 id="keys-title">Keyboard shortcuts</h2>
        <table>
          <tbody>
            {KEY_MAP.map((k) => (
              <tr key={k.keys}>
                <th scope="row">
                  <kbd>{k.keys}</kbd>
                </th>
                <td>{k.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </div>
  );
}
