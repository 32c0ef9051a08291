/** The tags of one article in the reader: chips with remove buttons and an "Add tag" input. */
import { forwardRef } from 'react';
import { TagChip } from './TagChip';
import { TagInput } from './TagInput';
import { useTags } from './tags-context';
import { displayTag } from './tag-tree';

export const ArticleTags = forwardRef<HTMLInputElement, { articleId: string; tags: readonly string[]; fileTags: readonly string[] }>(
  function ArticleTags({ articleId, tags, fileTags }, ref) {
    const { tagArticles } = useTags();
    const fromFile = new Set(fileTags);
    return (
      <div className="article-tags" role="group" aria-label="Tags">
        <ul className="tag-list">
          {tags.map((tag) => (
            <li key={tag}>
              <TagChip name={tag}>
                {fromFile.has(tag) ? (
                  <span className="tag-note" title="Declared in the file itself">
                    {' '}
                    (file)
                  </span>
                ) : (
                  <button
                    type="button"
                    className="tag-remove"
                    aria-label={`Remove tag ${displayTag(tag)}`}
                    onClick={() => void tagArticles([articleId], [], [tag])}
                  >
                    ×
                  </button>
                )}
              </TagChip>
            </li>
          ))}
        </ul>
        <TagInput ref={ref} label="Add tag" exclude={tags} onSubmit={(name) => tagArticles([articleId], [name], [])} />
      </div>
    );
  },
);
