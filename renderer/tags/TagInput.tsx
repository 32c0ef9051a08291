/** A text input for a tag name, with completion from the library's tags (native datalist) and validation. */
import { forwardRef, useId, useState } from 'react';
import { TagNameSchema } from '../../shared/contract';
import { useTags } from './tags-context';

interface Props {
  label: string;
  onSubmit(name: string): Promise<boolean> | boolean | void;
  placeholder?: string;
  /** Names not to offer (e.g. tags the article already has). */
  exclude?: readonly string[];
  initialValue?: string;
  autoFocus?: boolean;
}

export const TagInput = forwardRef<HTMLInputElement, Props>(function TagInput({ label, onSubmit, placeholder, exclude, initialValue, autoFocus }, ref) {
  const { tags } = useTags();
  const listId = useId();
  const errorId = useId();
  const [value, setValue] = useState(initialValue ?? '');
  const [error, setError] = useState<string | null>(null);
  const excluded = new Set(exclude ?? []);
  return (
    <form
      className="tag-input"
      onSubmit={async (e) => {
        e.preventDefault();
        const parsed = TagNameSchema.safeParse(value);
        if (!parsed.success) {
          setError(value.trim() ? (parsed.error.issues[0]?.message ?? 'not a valid tag') : 'type a tag name');
          return;
        }
        setError(null);
        const ok = await onSubmit(parsed.data);
        if (ok !== false) setValue('');
      }}
    >
      <input
        ref={ref}
        type="text"
        aria-label={label}
        placeholder={placeholder ?? label}
        list={listId}
        value={value}
        autoComplete="off"
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setValue('');
            setError(null);
            e.currentTarget.blur();
          }
        }}
      />
      <datalist id={listId}>
        {tags
          .filter((t) => !excluded.has(t.name))
          .map((t) => (
            <option key={t.name} value={t.name} />
          ))}
      </datalist>
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </form>
  );
});
