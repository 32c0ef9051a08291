/**
 * The search box: a combobox with suggestions as you type (recent queries and saved searches that
 * start like the text, then words of the library completing the last one; debounced, arrow keys +
 * Enter to pick), the recent queries on ↓ in an empty box (or the `h` shortcut), live syntax
 * errors shown where they point, a syntax help popover, and the sort.
 */
import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import type { QueryError, Sort } from '../../shared/contract';
import { foldAccents } from '../../shared/fold';
import { QUERY_SYNTAX_HELP } from '../../shared/query';
import type { SavedSearch } from '../../shared/saved-searches';
import { useApi } from '../app/api-context';
import { useToasts } from '../app/toasts';
import { useUndo } from '../app/undo';
import { errorMessage } from '../client';
import { applySuggestion, currentWord } from './query-edit';
import { useSavedSearches } from './saved-searches-context';

export interface SearchBarHandle {
  focus(): void;
  /** Focuses the box and lists the recent queries. */
  openRecent(): void;
}

/** A suggestion: a whole query (recent or saved) replaces the text; a word completes the last one. */
type Suggestion =
  | { kind: 'recent'; text: string }
  | { kind: 'saved'; text: string; search: SavedSearch }
  | { kind: 'word'; text: string }
  | { kind: 'clear-history'; text: string };

const RECENT_SHOWN = 10;
const WHOLE_QUERIES_WHILE_TYPING = 3;
const sameStart = (value: string, typed: string) => foldAccents(value.toLowerCase()).startsWith(foldAccents(typed.toLowerCase()));

interface Props {
  query: string;
  onQuery(query: string): void;
  /** Enter: search now, even if the query did not change (re-runs it). */
  onSubmit(query: string): void;
  sort: Sort;
  onSort(sort: Sort): void;
  error: QueryError | null;
  /** A saved search picked from the suggestions. */
  onRunSaved(search: SavedSearch): void;
}

const TYPE_DEBOUNCE_MS = 200;
const SUGGEST_DEBOUNCE_MS = 120;

export const SearchBar = forwardRef<SearchBarHandle, Props>(function SearchBar({ query, onQuery, onSubmit, sort, onSort, error, onRunSaved }, ref) {
  const api = useApi();
  const saved = useSavedSearches();
  const { notify } = useToasts();
  const history = useUndo();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(query);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const listId = useId();
  const errorId = useId();
  const helpId = useId();
  const lastSent = useRef(query);

  /** The recent queries (newest first), ready to pick, and a way to clear them. */
  const showRecent = () => {
    setWantSuggestions(false);
    api.searchHistory({ limit: RECENT_SHOWN }).then(
      (r) => {
        const recent: Suggestion[] = r.entries.map((e) => ({ kind: 'recent', text: e.query }));
        setSuggestions(recent.length ? [...recent, { kind: 'clear-history', text: 'Clear recent searches' }] : []);
        setActive(recent.length ? 0 : -1);
        if (!recent.length) notify({ message: 'No recent searches yet: they are kept as you search (Enter).' });
      },
      (e) => notify({ kind: 'error', message: `Could not load recent searches: ${errorMessage(e)}` }),
    );
  };

  useImperativeHandle(ref, () => ({
    focus: () => {
      inputRef.current?.focus();
      inputRef.current?.select();
    },
    openRecent: () => {
      inputRef.current?.focus();
      showRecent();
    },
  }));

  // The query may change from outside (facet click, tag manager): follow it.
  useEffect(() => {
    if (query !== lastSent.current) {
      lastSent.current = query;
      setText(query);
    }
  }, [query]);

  // Debounced search while typing.
  useEffect(() => {
    if (text === lastSent.current) return;
    const timer = setTimeout(() => {
      if (text === lastSent.current) return; // already sent by Enter
      lastSent.current = text;
      onQuery(text);
    }, TYPE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onQuery]);

  // Debounced suggestions: whole queries (recent, saved) that start like the text, then words for the last one.
  const [wantSuggestions, setWantSuggestions] = useState(false);
  const savedSearches = saved.searches;
  useEffect(() => {
    const word = currentWord(text).replace(/^"/, '');
    const typed = text.trim();
    if (!wantSuggestions || (word.length < 2 && typed.length < 2)) {
      if (wantSuggestions) setSuggestions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      const fromSaved: Suggestion[] = savedSearches
        .filter((s) => sameStart(s.name, typed) || sameStart(s.query, typed))
        .slice(0, WHOLE_QUERIES_WHILE_TYPING)
        .map((s) => ({ kind: 'saved', text: s.query, search: s }));
      Promise.all([
        api.searchHistory({ prefix: typed, limit: WHOLE_QUERIES_WHILE_TYPING + 1 }).catch(() => ({ entries: [] })),
        word.length >= 2 ? api.suggest({ prefix: word, limit: 8 }).catch(() => ({ suggestions: [] })) : { suggestions: [] },
      ]).then(([recent, words]) => {
        if (!live) return;
        const seen = new Set([typed.toLowerCase(), ...fromSaved.map((s) => s.text.toLowerCase())]);
        const fromHistory: Suggestion[] = [];
        for (const e of recent.entries) {
          if (seen.has(e.query.toLowerCase()) || fromHistory.length >= WHOLE_QUERIES_WHILE_TYPING) continue;
          seen.add(e.query.toLowerCase());
          fromHistory.push({ kind: 'recent', text: e.query });
        }
        const fromWords: Suggestion[] = words.suggestions.filter((w) => w.toLowerCase() !== word.toLowerCase()).map((w) => ({ kind: 'word', text: w }));
        setSuggestions([...fromHistory, ...fromSaved, ...fromWords]);
        setActive(-1);
      });
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, text, wantSuggestions, savedSearches]);

  const commit = (value: string) => {
    lastSent.current = value;
    setText(value);
    onQuery(value);
  };
  const clearHistory = async () => {
    try {
      const r = await api.clearSearchHistory({});
      const message = `Cleared ${r.removed} recent search${r.removed === 1 ? '' : 'es'}.`;
      const undoThis = history.push({
        label: message,
        undo: async () => {
          await api.undoSearchChange({ changeId: r.changeId });
          notify({ message: 'Recent searches restored.' });
        },
      });
      notify({ message, action: { label: 'Undo', run: () => void undoThis() } });
    } catch (e) {
      notify({ kind: 'error', message: `Could not clear recent searches: ${errorMessage(e)}` });
    }
  };
  const pick = (suggestion: Suggestion) => {
    setSuggestions([]);
    setWantSuggestions(false);
    inputRef.current?.focus();
    if (suggestion.kind === 'clear-history') return void clearHistory();
    if (suggestion.kind === 'saved') {
      lastSent.current = suggestion.text;
      setText(suggestion.text);
      return onRunSaved(suggestion.search);
    }
    if (suggestion.kind === 'recent') {
      lastSent.current = suggestion.text;
      setText(suggestion.text);
      return onSubmit(suggestion.text);
    }
    commit(applySuggestion(text, suggestion.text));
  };

  const open = suggestions.length > 0;
  const errorAt = error ? Math.min(Math.max(error.position, 0), text.length) : 0;

  return (
    <div className="search-bar">
      <form
        role="search"
        className="search-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (open && active >= 0) pick(suggestions[active]!);
          else {
            lastSent.current = text;
            onSubmit(text);
            setSuggestions([]);
            setWantSuggestions(false);
          }
        }}
      >
        <div className="combobox">
          <input
            ref={inputRef}
            type="text"
            role="combobox"
            aria-label="Search"
            aria-expanded={open}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            placeholder='Search the library — e.g. "Wang Yi" source:WorldTribune after:2023'
            spellCheck={false}
            autoComplete="off"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setWantSuggestions(true);
            }}
            onBlur={() => setTimeout(() => setSuggestions([]), 150)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' && !open && !text.trim()) {
                e.preventDefault();
                showRecent();
              } else if (e.key === 'ArrowDown' && open) {
                e.preventDefault();
                setActive((a) => (a + 1) % suggestions.length);
              } else if (e.key === 'ArrowUp' && open) {
                e.preventDefault();
                setActive((a) => (a <= 0 ? suggestions.length - 1 : a - 1));
              } else if (e.key === 'Tab' && open && active >= 0) {
                e.preventDefault();
                pick(suggestions[active]!);
              } else if (e.key === 'Escape') {
                if (open) {
                  e.preventDefault();
                  e.stopPropagation();
                  setSuggestions([]);
                  setWantSuggestions(false);
                }
              }
            }}
          />
          <ul id={listId} role="listbox" aria-label="Suggestions" className="suggestions" hidden={!open}>
            {suggestions.map((s, i) => (
              <li
                key={`${s.kind}:${s.text}`}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={`suggestion-${s.kind}${i === active ? ' active' : ''}`}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(s);
                }}
              >
                {s.kind === 'saved' ? s.search.name : s.text}
                {s.kind === 'recent' && <span className="suggestion-kind"> recent</span>}
                {s.kind === 'saved' && <span className="suggestion-kind"> saved: {s.text}</span>}
              </li>
            ))}
          </ul>
        </div>
        <button
          type="button"
          className="icon-button help-button"
          aria-label="Search syntax"
          aria-expanded={helpOpen}
          aria-controls={helpId}
          onClick={() => setHelpOpen((o) => !o)}
        >
          ?
        </button>
        <label className="sort">
          <span>Sort</span>
          <select value={sort} onChange={(e) => onSort(e.target.value as Sort)}>
            <option value="relevance">Relevance</option>
            <option value="date-desc">Newest first</option>
            <option value="date-asc">Oldest first</option>
          </select>
        </label>
      </form>
      {error && (
        <div id={errorId} className="query-error" role="alert">
          <code className="query-echo" aria-hidden="true">
            {text.slice(0, errorAt)}
            <mark className="error-at">{text.slice(errorAt, errorAt + 1) || ' '}</mark>
            {text.slice(errorAt + 1)}
          </code>
          <span>
            {error.message} (at character {errorAt + 1})
          </span>
        </div>
      )}
      {helpOpen && (
        <div id={helpId} className="syntax-help" role="region" aria-label="Search syntax help">
          <pre>{QUERY_SYNTAX_HELP}</pre>
          <button type="button" onClick={() => setHelpOpen(false)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
});
