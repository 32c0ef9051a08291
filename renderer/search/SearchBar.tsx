/**
 * The search box: a combobox with suggestions as you type (`suggest`, debounced, arrow keys +
 * Enter to pick), live syntax errors shown where they point, a syntax help popover, and the sort.
 */
import { forwardRef, useEffect, useId, useImperativeHandle, useRef, useState } from 'react';
import type { QueryError, Sort } from '../../shared/contract';
import { QUERY_SYNTAX_HELP } from '../../shared/query';
import { useApi } from '../app/api-context';
import { applySuggestion, currentWord } from './query-edit';

export interface SearchBarHandle {
  focus(): void;
}

interface Props {
  query: string;
  onQuery(query: string): void;
  /** Enter: search now, even if the query did not change (re-runs it). */
  onSubmit(query: string): void;
  sort: Sort;
  onSort(sort: Sort): void;
  error: QueryError | null;
}

const TYPE_DEBOUNCE_MS = 200;
const SUGGEST_DEBOUNCE_MS = 120;

export const SearchBar = forwardRef<SearchBarHandle, Props>(function SearchBar({ query, onQuery, onSubmit, sort, onSort, error }, ref) {
  const api = useApi();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(query);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [active, setActive] = useState(-1);
  const [helpOpen, setHelpOpen] = useState(false);
  const listId = useId();
  const errorId = useId();
  const helpId = useId();
  const lastSent = useRef(query);

  useImperativeHandle(ref, () => ({
    focus: () => {
      inputRef.current?.focus();
      inputRef.current?.select();
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

  // Debounced suggestions for the word being typed.
  const [wantSuggestions, setWantSuggestions] = useState(false);
  useEffect(() => {
    const word = currentWord(text).replace(/^"/, '');
    if (!wantSuggestions || word.length < 2) {
      setSuggestions([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api.suggest({ prefix: word, limit: 8 }).then(
        (r) => {
          if (!live) return;
          setSuggestions(r.suggestions.filter((s) => s.toLowerCase() !== word.toLowerCase()));
          setActive(-1);
        },
        () => live && setSuggestions([]),
      );
    }, SUGGEST_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, text, wantSuggestions]);

  const commit = (value: string) => {
    lastSent.current = value;
    setText(value);
    onQuery(value);
  };
  const pick = (suggestion: string) => {
    commit(applySuggestion(text, suggestion));
    setSuggestions([]);
    setWantSuggestions(false);
    inputRef.current?.focus();
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
              if (e.key === 'ArrowDown' && open) {
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
                key={s}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(s);
                }}
              >
                {s}
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
