/**
 * Correcting an article's metadata in the reader: which fields the user corrected (and what was
 * extracted), a prompt when the article has no date, and the form. Saving sets what differs from
 * the extracted values and clears corrections set back to them; each save can be undone (its toast,
 * or Ctrl/⌘+Z).
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { ArticleMetadata, CorrectedPrecision, MetadataField, MetadataPatch, MetadataValues } from '../../shared/metadata';
import { parseCorrectedDate, sameValue } from '../../shared/metadata';
import type { PublishedDate } from '../../shared/model';
import { useApi } from '../app/api-context';
import { formatAuthors, formatPublished } from '../app/format';
import { useToasts } from '../app/toasts';
import { useAnnounceChange } from '../app/undo';
import { errorMessage } from '../client';

const LABELS: Record<MetadataField, string> = { title: 'title', authors: 'authors', publisher: 'publisher', publishedAt: 'date', url: 'URL' };

/** A field's value as the reader shows it. */
function shown(field: MetadataField, values: Partial<MetadataValues>): string {
  const v = values[field];
  if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return 'none';
  if (field === 'authors') return formatAuthors(v as string[]);
  if (field === 'publishedAt') return formatPublished(v as PublishedDate);
  return String(v);
}

/** "Corrected by you: …" under the byline, and the prompt for an article without a date. */
export function CorrectionsNote({ metadata, onEdit }: { metadata: ArticleMetadata; onEdit(field?: MetadataField): void }) {
  const corrected = (Object.keys(LABELS) as MetadataField[]).filter((f) => f in metadata.corrected);
  return (
    <>
      {corrected.length > 0 && (
        <p className="corrections" aria-label="Corrected details">
          <span className="corrected-badge">Corrected by you</span>{' '}
          {corrected.map((f, i) => (
            <span key={f} className="corrected-field" data-field={f}>
              {i > 0 ? '; ' : ''}
              {LABELS[f]} <span className="muted">(extracted: {shown(f, metadata.extracted)})</span>
            </span>
          ))}
        </p>
      )}
      {!metadata.effective.publishedAt && (
        <p className="no-date" role="note">
          No publication date: dates such as “on Thursday” in this article cannot be placed on a timeline.{' '}
          <button type="button" onClick={() => onEdit('publishedAt')}>
            Add the date
          </button>
        </p>
      )}
    </>
  );
}

type DateChoice = CorrectedPrecision | 'none';
const DATE_CHOICES: { value: DateChoice; label: string; type: string; placeholder: string }[] = [
  { value: 'day', label: 'Day', type: 'date', placeholder: '2023-02-23' },
  { value: 'month', label: 'Month', type: 'month', placeholder: '2023-02' },
  { value: 'year', label: 'Year', type: 'number', placeholder: '2023' },
  { value: 'datetime', label: 'Day and time', type: 'datetime-local', placeholder: '2023-02-23T10:05' },
  { value: 'none', label: 'No date', type: 'hidden', placeholder: '' },
];

/** The form's fields for a date: its precision and its value as the matching input wants it. */
function dateFields(date: PublishedDate | null): { precision: DateChoice; value: string } {
  if (!date) return { precision: 'none', value: '' };
  const v = date.value;
  if (date.precision === 'year' || /^\d{4}$/.test(v)) return { precision: 'year', value: v.slice(0, 4) };
  if (date.precision === 'month' || /^\d{4}-\d{2}$/.test(v)) return { precision: 'month', value: v.slice(0, 7) };
  if (date.precision === 'datetime' && /T\d{2}:\d{2}/.test(v)) return { precision: 'datetime', value: v.slice(0, 16) };
  return { precision: 'day', value: v.slice(0, 10) };
}

/** A date typed for one precision, as the input of another wants it (as much of it as fits). */
function convertDate(value: string, to: DateChoice): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}:\d{2}))?/.exec(value.trim());
  if (!m || to === 'none') return value;
  const [, y, mo, d, time] = m;
  if (to === 'year') return y!;
  if (to === 'month') return mo ? `${y}-${mo}` : '';
  if (to === 'day') return d ? `${y}-${mo}-${d}` : '';
  return d ? `${y}-${mo}-${d}T${time ?? '00:00'}` : '';
}

export interface FormState {
  title: string;
  authors: string;
  publisher: string;
  precision: DateChoice;
  date: string;
  url: string;
}

export function formOf(values: MetadataValues): FormState {
  const date = dateFields(values.publishedAt);
  return { title: values.title, authors: values.authors.join('; '), publisher: values.publisher ?? '', precision: date.precision, date: date.value, url: values.url ?? '' };
}

/**
 * The form after the article's details changed while it was open (an undo finishing, another window,
 * a hand edit of the data file): the fields the user has not touched show the new values; what they
 * typed stays.
 */
export function followUntouched(form: FormState, fresh: FormState, touched: ReadonlySet<keyof FormState>): FormState {
  const next = { ...form };
  // A date and its precision are one field: a typed date keeps the precision it was typed for.
  const kept = (key: keyof FormState) => touched.has(key) || ((key === 'date' || key === 'precision') && (touched.has('date') || touched.has('precision')));
  for (const key of Object.keys(fresh) as (keyof FormState)[]) if (!kept(key)) (next as Record<string, unknown>)[key] = fresh[key];
  return next;
}

/** The values the form says, or the first problem with them. */
function valuesOf(form: FormState): { values: MetadataValues } | { error: string; field: MetadataField } {
  const title = form.title.trim();
  if (!title) return { error: 'An article needs a title.', field: 'title' };
  let publishedAt: PublishedDate | null = null;
  if (form.precision !== 'none') {
    const parsed = parseCorrectedDate(form.date, form.precision);
    if ('error' in parsed) return { error: form.date.trim() ? parsed.error : 'Give the date, or choose “No date”.', field: 'publishedAt' };
    publishedAt = parsed;
  }
  const url = form.url.trim() || null;
  if (url && !/^https?:\/\/\S+$/i.test(url)) return { error: 'A URL starts with http:// or https://.', field: 'url' };
  return {
    values: {
      title,
      authors: form.authors.split(';').map((a) => a.trim()).filter(Boolean),
      publisher: form.publisher.trim() || null,
      publishedAt,
      url,
    },
  };
}

/** What to send: corrections for fields that differ from the extracted values, clears for those set back to them. */
export function changesOf(metadata: ArticleMetadata, values: MetadataValues): { set: MetadataPatch; clear: MetadataField[] } {
  const set: MetadataPatch = {};
  const clear: MetadataField[] = [];
  for (const field of Object.keys(LABELS) as MetadataField[]) {
    const value = values[field];
    if (sameValue(value, metadata.extracted[field])) {
      if (field in metadata.corrected) clear.push(field);
    } else if (!(field in metadata.corrected) || !sameValue(value, metadata.corrected[field])) {
      (set as Record<string, unknown>)[field] = value;
    }
  }
  return { set, clear };
}

interface FormProps {
  metadata: ArticleMetadata;
  /** The field to put the cursor in first. */
  focus?: MetadataField;
  onDone(): void;
}

export function MetadataForm({ metadata, focus = 'title', onDone }: FormProps) {
  const api = useApi();
  const { notify } = useToasts();
  const announce = useAnnounceChange();
  const [form, setForm] = useState<FormState>(() => {
    const initial = formOf(metadata.effective);
    // Asked for the date of an undated article: ready to type a day.
    return focus === 'publishedAt' && initial.precision === 'none' ? { ...initial, precision: 'day' } : initial;
  });
  const [touched, setTouched] = useState<ReadonlySet<keyof FormState>>(() => new Set());
  const [error, setError] = useState<{ error: string; field: MetadataField } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<FormState>) => {
    setForm((f) => ({ ...f, ...patch }));
    setTouched((t) => new Set([...t, ...(Object.keys(patch) as (keyof FormState)[])]));
  };
  // The details changed underneath (the form stays mounted: remounting it would lose what was typed).
  const shownValues = useRef(metadata.effective);
  useEffect(() => {
    if (sameValue(shownValues.current, metadata.effective)) return;
    shownValues.current = metadata.effective;
    setForm((f) => followUntouched(f, formOf(metadata.effective), touched));
  }, [metadata.effective, touched]);
  const extracted = formOf(metadata.extracted);
  const corrected = (field: MetadataField) => field in metadata.corrected;
  const reset = (field: MetadataField) => {
    if (field === 'publishedAt') set({ precision: extracted.precision, date: extracted.date });
    else set({ [field]: extracted[field as 'title' | 'authors' | 'publisher' | 'url'] });
  };
  const resetButton = (field: MetadataField) =>
    corrected(field) ? (
      <button type="button" className="link-button" onClick={() => reset(field)} aria-label={`Use the extracted ${LABELS[field]}`}>
        Use extracted: {shown(field, metadata.extracted)}
      </button>
    ) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = valuesOf(form);
    if ('error' in checked) return setError(checked);
    const { set: patch, clear } = changesOf(metadata, checked.values);
    if (Object.keys(patch).length === 0 && clear.length === 0) return onDone();
    setBusy(true);
    try {
      const publishedAt = patch.publishedAt ? { publishedAt: { value: patch.publishedAt.value, precision: patch.publishedAt.precision } } : {};
      const res = await api.setArticleMetadata({ id: metadata.id, set: { ...patch, ...publishedAt }, clear });
      const undo = async () => {
        try {
          await api.undoMetadataChange({ changeId: res.changeId });
          notify({ message: 'Metadata correction undone.' });
        } catch (err) {
          notify({ kind: 'error', message: `Could not undo: ${errorMessage(err)}` });
        }
      };
      announce({ key: res.changeId, message: `Details of “${res.metadata.effective.title}” saved.`, undo });
      onDone();
    } catch (err) {
      setError({ error: errorMessage(err), field: 'title' });
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onDone();
    }
  };
  const choice = DATE_CHOICES.find((c) => c.value === form.precision)!;
  const invalid = (field: MetadataField) => (error?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': 'metadata-error' } : {});

  return (
    <form className="metadata-form" aria-label="Edit details" onSubmit={submit} onKeyDown={onKeyDown}>
      <label>
        Title
        <input type="text" value={form.title} onChange={(e) => set({ title: e.target.value })} autoFocus={focus === 'title'} {...invalid('title')} />
        {resetButton('title')}
      </label>
      <label>
        Authors <span className="muted">(separate with “;”)</span>
        <input type="text" value={form.authors} onChange={(e) => set({ authors: e.target.value })} autoFocus={focus === 'authors'} />
        {resetButton('authors')}
      </label>
      <label>
        Publisher <span className="muted">(empty: none)</span>
        <input type="text" value={form.publisher} onChange={(e) => set({ publisher: e.target.value })} autoFocus={focus === 'publisher'} />
        {resetButton('publisher')}
      </label>
      <fieldset className="metadata-date">
        <legend>Publication date</legend>
        <label>
          Precision
          <select
            value={form.precision}
            onChange={(e) => set({ precision: e.target.value as DateChoice, date: convertDate(form.date, e.target.value as DateChoice) })}
          >
            {DATE_CHOICES.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {form.precision !== 'none' && (
          <label>
            Date
            <input
              type={choice.type}
              value={form.date}
              placeholder={choice.placeholder}
              min={choice.type === 'number' ? 1000 : undefined}
              max={choice.type === 'number' ? 9999 : undefined}
              onChange={(e) => set({ date: e.target.value })}
              autoFocus={focus === 'publishedAt'}
              {...invalid('publishedAt')}
            />
          </label>
        )}
        {resetButton('publishedAt')}
      </fieldset>
      <label>
        URL
        <input type="url" value={form.url} placeholder="https://" onChange={(e) => set({ url: e.target.value })} autoFocus={focus === 'url'} {...invalid('url')} />
        {resetButton('url')}
      </label>
      {error && (
        <p id="metadata-error" className="error" role="alert">
          {error.error}
        </p>
      )}
      <p className="muted form-hint">Corrections are kept in Dossier’s data folder; the article file is not changed.</p>
      <div className="dialog-actions">
        <button type="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={busy}>
          Save details
        </button>
      </div>
    </form>
  );
}
