/** Actions on every selected result at once: tag, untag, compare. */
import { forwardRef } from 'react';
import { plural } from '../app/format';
import { TagInput } from './TagInput';
import { useTags } from './tags-context';

interface Props {
  ids: readonly string[];
  onClear(): void;
  onCompare(): void;
}

export const BulkBar = forwardRef<HTMLInputElement, Props>(function BulkBar({ ids, onClear, onCompare }, ref) {
  const { tagArticles } = useTags();
  return (
    <div className="bulk-bar" role="group" aria-label="Selected results">
      <span className="bulk-count">{plural(ids.length, 'selected result')}</span>
      <TagInput ref={ref} label="Add tag to selected" onSubmit={(name) => tagArticles([...ids], [name], [])} />
      <TagInput label="Remove tag from selected" onSubmit={(name) => tagArticles([...ids], [], [name])} />
      {ids.length >= 2 && ids.length <= 3 && (
        <button type="button" onClick={onCompare}>
          Compare selected
        </button>
      )}
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
});
