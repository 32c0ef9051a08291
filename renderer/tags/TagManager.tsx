/** The tag manager: every tag as a tree with counts; rename, merge, colour; click to filter the library. */
import { useState, type CSSProperties } from 'react';
import { plural } from '../app/format';
import { TagInput } from './TagInput';
import { tagTree, displayTag } from './tag-tree';
import { useTags } from './tags-context';

export function TagManager({ onFilter }: { onFilter(tag: string): void }) {
  const { tags, renameTag, mergeTags, setTagColor } = useTags();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const rows = tagTree(tags);
  const real = new Set(tags.map((t) => t.name));

  return (
    <section className="tag-manager" aria-label="Tag manager">
      <h2>Tags</h2>
      {rows.length === 0 ? (
        <p className="muted">No tags yet. Tag an article in the reader (“Add tag”, or press t), or select several results and tag them at once.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Tags with article counts</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Select for merge</span>
              </th>
              <th scope="col">Tag</th>
              <th scope="col">Articles</th>
              <th scope="col">Colour</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name} className={row.implicit ? 'implicit' : undefined}>
                <td>
                  {real.has(row.name) && (
                    <input
                      type="checkbox"
                      aria-label={`Select ${displayTag(row.name)} for merge`}
                      checked={checked.has(row.name)}
                      onChange={(e) => {
                        const next = new Set(checked);
                        if (e.target.checked) next.add(row.name);
                        else next.delete(row.name);
                        setChecked(next);
                      }}
                    />
                  )}
                </td>
                <th scope="row" className={`depth-${Math.min(row.depth, 5)}`}>
                  {renaming === row.name ? (
                    <TagInput
                      label={`New name for ${displayTag(row.name)}`}
                      placeholder={row.name}
                      initialValue={row.name}
                      autoFocus
                      onSubmit={async (to) => {
                        const ok = await renameTag(row.name, to);
                        if (ok) setRenaming(null);
                        return ok;
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="tag-link"
                      style={row.color ? ({ '--tag-color': row.color } as CSSProperties) : undefined}
                      title={`Show articles tagged ${row.name}`}
                      onClick={() => onFilter(row.name)}
                    >
                      <span className="tag-dot" aria-hidden="true" />
                      {row.label}
                    </button>
                  )}
                </th>
                <td>
                  {row.count.toLocaleString('en')}
                  {row.total !== row.count && <span className="muted"> ({row.total.toLocaleString('en')} with subtags)</span>}
                </td>
                <td>
                  <input
                    type="color"
                    aria-label={`Colour of ${displayTag(row.name)}`}
                    value={row.color ?? '#888888'}
                    onChange={(e) => void setTagColor(row.name, e.target.value)}
                  />
                  {real.has(row.name) && tags.find((t) => t.name === row.name)?.color && (
                    <button type="button" className="link-button" aria-label={`Clear colour of ${displayTag(row.name)}`} onClick={() => void setTagColor(row.name, null)}>
                      clear
                    </button>
                  )}
                </td>
                <td>
                  {renaming === row.name ? (
                    <button type="button" onClick={() => setRenaming(null)}>
                      Cancel
                    </button>
                  ) : (
                    !row.implicit && (
                      <button type="button" aria-label={`Rename ${displayTag(row.name)}`} onClick={() => setRenaming(row.name)}>
                        Rename
                      </button>
                    )
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {checked.size > 0 && (
        <div className="merge-bar" role="group" aria-label="Merge tags">
          <span>{plural(checked.size, 'tag')} selected: {[...checked].map(displayTag).join(', ')}</span>
          <TagInput
            label="Merge into"
            placeholder="Merge into tag…"
            onSubmit={async (into) => {
              const ok = await mergeTags([...checked].filter((t) => t !== into), into);
              if (ok) setChecked(new Set());
              return ok;
            }}
          />
          <button type="button" onClick={() => setChecked(new Set())}>
            Clear selection
          </button>
        </div>
      )}
    </section>
  );
}
