/**
 * The sidebar's saved searches: each with how many articles it finds now; click to run it, rename
 * or delete it (a toast offers Undo). "Save" keeps the current query under a name (shortcut: s).
 */
import { forwardRef, useImperativeHandle, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Sort } from '../../shared/contract';
import type { SavedSearch } from '../../shared/saved-searches';
import { plural } from '../app/format';
import { useSavedSearches } from './saved-searches-context';

export interface SavedSearchesHandle {
  /** Opens the form that saves the current query, focused. */
  openSave(): void;
}

interface Props {
  query: string;
  sort: Sort;
  onRun(search: SavedSearch): void;
}

export const SavedSearches = forwardRef<SavedSearchesHandle, Props>(function SavedSearches({ query, sort, onRun }, ref) {
  const saved = useSavedSearches();
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const saveInput = useRef<HTMLInputElement>(null);
  const canSave = query.trim().length > 0;

  const openSave = () => {
    if (!canSave) return;
    setSaving(true);
    setName(query.trim().slice(0, 80));
    setTimeout(() => {
      saveInput.current?.focus();
      saveInput.current?.select();
    });
  };
  useImperativeHandle(ref, () => ({ openSave }));

  const submitSave = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    if (await saved.save(name.trim(), query.trim(), sort)) setSaving(false);
  };
  const submitRename = async (e: FormEvent, search: SavedSearch) => {
    e.preventDefault();
    if (!newName.trim() || newName.trim() === search.name) return setRenaming(null);
    if (await saved.rename(search, newName.trim())) setRenaming(null);
  };
  /** Escape leaves a form without the global handler taking it as "go back". */
  const cancelOn = (cancel: () => void) => (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    cancel();
  };

  return (
    <section className="saved-searches" aria-labelledby="saved-searches-title">
      <div className="saved-head">
        <h3 id="saved-searches-title">Saved searches</h3>
        <button type="button" className="link-button" disabled={!canSave} title={canSave ? 'Save this search (s)' : 'Type a search to save it'} onClick={openSave}>
          Save search
        </button>
      </div>
      {saving && (
        <form className="saved-form" aria-label="Save this search" onSubmit={submitSave}>
          <input ref={saveInput} type="text" aria-label="Name of the saved search" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} onKeyDown={cancelOn(() => setSaving(false))} />
          <button type="submit" disabled={!name.trim()}>
            Save
          </button>
          <button type="button" onClick={() => setSaving(false)}>
            Cancel
          </button>
        </form>
      )}
      {saved.failure && <p className="error">Saved searches could not be loaded: {saved.failure}</p>}
      {saved.searches.length === 0 && !saving ? (
        <p className="muted">Save a search to keep it here, with how many articles it finds.</p>
      ) : (
        <ul className="saved-list">
          {saved.searches.map((s) =>
            renaming === s.id ? (
              <li key={s.id}>
                <form className="saved-form" aria-label={`Rename ${s.name}`} onSubmit={(e) => void submitRename(e, s)}>
                  <input type="text" aria-label="New name" value={newName} maxLength={200} autoFocus onChange={(e) => setNewName(e.target.value)} onKeyDown={cancelOn(() => setRenaming(null))} />
                  <button type="submit">Rename</button>
                </form>
              </li>
            ) : (
              <li key={s.id} className="saved-item">
                <button
                  type="button"
                  className="facet saved-run"
                  aria-pressed={query.trim() === s.query}
                  aria-label={`${s.name}: ${s.error ? 'query error' : plural(s.count ?? 0, 'article')}`}
                  title={s.error ? `${s.query}\n${s.error}` : s.query}
                  onClick={() => onRun(s)}
                >
                  <span className="facet-value">{s.name}</span>
                  <span className={`facet-count${s.error ? ' error' : ''}`}>{s.error ? '!' : s.count === null ? '…' : s.count.toLocaleString('en')}</span>
                </button>
                <button
                  type="button"
                  className="icon-button saved-action"
                  aria-label={`Rename saved search ${s.name}`}
                  title="Rename"
                  onClick={() => {
                    setRenaming(s.id);
                    setNewName(s.name);
                  }}
                >
                  ✎
                </button>
                <button type="button" className="icon-button saved-action" aria-label={`Delete saved search ${s.name}`} title="Delete (undo in the message that follows)" onClick={() => void saved.remove(s)}>
                  ×
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
});
