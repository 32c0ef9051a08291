/**
 * The notes file of one article: Markdown with YAML front matter, made to be read (and edited) in
 * Obsidian or any text editor as well as by Dossier.
 *
 *     ---
 *     dossier: notes
 *     version: 1
 *     article: 3f2a9c0d1e2b4a5c          # the article's Dossier id (see ../manifest.json)
 *     title: The article's title         # written by Dossier, for reading
 *     file: folder/story.txt             # written by Dossier, for reading
 *     aliases: [The article's title]     # so Obsidian finds the note by the article's title
 *     highlights:                        # where each highlight is in the article's text
 *       - id: k7d2p1
 *         color: yellow
 *         start: 1203                    # character offsets in the article's text
 *         end: 1290
 *         before: "…about 40 characters before"
 *         after: "about 40 characters after…"
 *         contentHash: 8f0e…             # the article's content when the offsets were taken
 *         created: 2024-05-01T10:00:00.000Z
 *         updated: 2024-05-01T10:00:00.000Z
 *     ---
 *     # The article's title
 *
 *     The note on the article as a whole: everything before the first highlight.
 *
 *     ## Highlight k7d2p1
 *
 *     > the highlighted passage, exactly as in the article
 *
 *     The note on this passage.
 *
 * Each highlight is a section `## Highlight <id>`: its first block quote is the passage, the rest is
 * the note. The section is the highlight: deleting it deletes the highlight, and a section written
 * by hand (a new id and a quote) becomes one, found in the article by its quote. Everything Dossier
 * does not change is kept exactly as it is (comments, unknown keys, the user's own formatting); a
 * change rewrites only the part it changes.
 */
import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { HighlightIdSchema, type Highlight } from '../../shared/notes';
import type { Passage, SourceStatus } from '../../shared/timeline';

export const NOTES_FORMAT = 'notes';
export const NOTES_VERSION = 1;

/** The heading that starts a highlight's section. */
const SECTION = /^## Highlight ([a-z0-9]{4,24})[ \t]*$/;
const YAML_OPTIONS = { lineWidth: 0 } as const;

/** This is not a Dossier notes file, or one Dossier cannot read: say why; never write over it. */
export class NotesFormatError extends Error {
  constructor(
    message: string,
    /** True when the file is simply not a Dossier notes file (another note kept in the folder). */
    readonly foreign = false,
  ) {
    super(message);
    this.name = 'NotesFormatError';
  }
}

interface Section {
  id: string;
  /** The section's text as it is in the file (from its heading line to the next section). */
  raw: string;
  quote: string;
  note: string;
}

/** What the front matter says about a highlight (any of it may be missing in a hand-written file). */
interface Anchor {
  color: string | null;
  start: number | null;
  end: number | null;
  before: string;
  after: string;
  contentHash: string | null;
  status: SourceStatus;
  created: string | null;
  updated: string | null;
}

export interface HighlightInput {
  id: string;
  color: string;
  passage: Passage;
  contentHash: string | null;
  status: SourceStatus;
  note: string;
  createdAt: string | null;
  updatedAt: string | null;
}

const asString = (v: unknown): string | null => (typeof v === 'string' ? v : v instanceof Date ? v.toISOString() : null);
const asOffset = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null);

/** `text` as a block quote; a paragraph break inside the passage becomes an empty quote line. */
function quoteBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/** A note's lines, with any that would read as a section heading pushed off the margin. */
function safeNote(note: string): string {
  return note
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (SECTION.test(line) ? ` ${line}` : line))
    .join('\n')
    .trim();
}

function renderSection(id: string, quote: string, note: string): string {
  const body = safeNote(note);
  return `## Highlight ${id}\n\n${quoteBlock(quote)}\n${body ? `\n${body}\n` : ''}\n`;
}

/** The quote (first block quote) and the note (the rest) of a section's text after its heading. */
function readSection(id: string, raw: string): Section {
  const lines = raw.split('\n').slice(1);
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const quoted: string[] = [];
  while (i < lines.length && lines[i]!.startsWith('>')) {
    quoted.push(lines[i]!.replace(/^> ?/, ''));
    i++;
  }
  return { id, raw, quote: quoted.join('\n'), note: lines.slice(i).join('\n').trim() };
}

/** The preamble's title line ("# …", first non-blank line) and the article note (the rest). */
function splitPreamble(preamble: string): { titleLine: string | null; note: string } {
  const m = /^\s*(# [^\n]*)\n?/.exec(preamble);
  if (!m) return { titleLine: null, note: preamble.trim() };
  return { titleLine: m[1]!, note: preamble.slice(m[0].length).trim() };
}

export class NotesFile {
  private constructor(
    private front: Document,
    private preamble: string,
    private sections: Section[],
  ) {}

  /** A new, empty notes file for an article. */
  static create(articleId: string, info: { title: string; path: string }): NotesFile {
    const front = new Document({
      dossier: NOTES_FORMAT,
      version: NOTES_VERSION,
      article: articleId,
      title: info.title,
      file: info.path,
      aliases: info.title ? [info.title] : [],
      highlights: [],
    });
    return new NotesFile(front, info.title ? `# ${info.title}\n\n` : '', []);
  }

  /** Reads a notes file. Throws NotesFormatError when it is not one (or cannot be read). */
  static parse(text: string, name: string): NotesFile {
    const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const m = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(source);
    if (!m) throw new NotesFormatError(`${name} has no front matter (a first line "---"), so it is not a Dossier notes file`, true);
    const front = parseDocument(m[1] ?? '', { keepSourceTokens: false });
    if (front.errors.length) throw new NotesFormatError(`${name}: its front matter is not valid YAML (${front.errors[0]!.message.split('\n')[0]}); fix it — Dossier will not overwrite it`);
    if (!isMap(front.contents)) throw new NotesFormatError(`${name}: its front matter is not a set of "key: value" fields`, true);
    if (front.get('dossier') !== NOTES_FORMAT) throw new NotesFormatError(`${name} is not a Dossier notes file (no "dossier: notes" in its front matter)`, true);
    const version = front.get('version');
    if (version !== NOTES_VERSION) throw new NotesFormatError(`${name} has version ${JSON.stringify(version)}; this Dossier reads version ${NOTES_VERSION} — it will not overwrite it`);
    const highlights = front.get('highlights', true);
    if (highlights !== undefined && highlights !== null && !isSeq(highlights)) throw new NotesFormatError(`${name}: "highlights" is not a list; fix it — Dossier will not overwrite it`);
    const body = source.slice(m[0].length);
    const lines = body.split('\n');
    const sections: Section[] = [];
    let preambleEnd = lines.length;
    let open: { id: string; from: number } | null = null;
    const close = (to: number) => {
      if (open) sections.push(readSection(open.id, lines.slice(open.from, to).join('\n') + (to < lines.length ? '\n' : '')));
    };
    lines.forEach((line, i) => {
      const heading = SECTION.exec(line);
      if (!heading) return;
      if (open === null) preambleEnd = i;
      close(i);
      open = { id: heading[1]!, from: i };
    });
    close(lines.length);
    const preamble = lines.slice(0, preambleEnd).join('\n') + (preambleEnd < lines.length ? '\n' : '');
    return new NotesFile(front, preamble, sections);
  }

  /** The article id the front matter names (null when it names none or not a valid one). */
  get articleId(): string | null {
    const id = this.front.get('article');
    return typeof id === 'string' && /^[0-9a-f]{16}(-[0-9]+)?$/.test(id) ? id : null;
  }

  get note(): string {
    return splitPreamble(this.preamble).note;
  }

  setNote(note: string): void {
    const { titleLine } = splitPreamble(this.preamble);
    const body = safeNote(note);
    this.preamble = [titleLine, body].filter(Boolean).join('\n\n') + (titleLine || body ? '\n\n' : '');
  }

  /** Keeps the informational keys current: title and file, and the title among the aliases. */
  describe(info: { title: string; path: string }): void {
    if (this.front.get('title') !== info.title) this.front.set('title', info.title);
    if (this.front.get('file') !== info.path) this.front.set('file', info.path);
    const aliases = this.front.get('aliases', true);
    if (info.title && isSeq(aliases)) {
      if (!aliases.items.some((item) => String((item as { value?: unknown }).value ?? item) === info.title)) aliases.add(this.front.createNode(info.title));
    } else if (info.title && aliases === undefined) this.front.set('aliases', [info.title]);
  }

  /** The highlights, one per section, in the order of the file (anchoring data from the front matter). */
  highlights(): Highlight[] {
    return this.sections
      .filter((s) => HighlightIdSchema.safeParse(s.id).success)
      .map((s) => {
        const a = this.anchorOf(s.id);
        const start = a.start ?? 0;
        const end = a.end !== null && a.end >= start ? a.end : start + s.quote.length;
        return {
          id: s.id,
          color: a.color ?? 'yellow',
          passage: { start, end, quote: s.quote, before: a.before, after: a.after },
          // Offsets written by hand, or none at all: not trusted until found again by the quote.
          status: a.start === null || a.contentHash === null ? 'source-changed' : a.status,
          contentHash: a.contentHash,
          note: s.note,
          createdAt: a.created,
          updatedAt: a.updated,
        };
      });
  }

  /** Adds a highlight; its section goes before the first one that starts later in the text. */
  addHighlight(h: HighlightInput): void {
    if (this.sections.some((s) => s.id === h.id)) throw new Error(`a highlight ${h.id} is already in this file`);
    const all = this.highlights();
    const at = all.findIndex((x) => x.passage.start > h.passage.start);
    const raw = renderSection(h.id, h.passage.quote, h.note);
    const section = readSection(h.id, raw);
    const index = at < 0 ? this.sections.length : this.sections.findIndex((s) => s.id === all[at]!.id);
    this.ensureNewlineBefore(index);
    this.sections.splice(index, 0, section);
    this.setAnchor(h.id, h);
  }

  /** Changes what is given of a highlight. Returns false when there is no such highlight. */
  updateHighlight(id: string, change: Partial<Omit<HighlightInput, 'id' | 'createdAt'>>): boolean {
    const index = this.sections.findIndex((s) => s.id === id);
    if (index < 0) return false;
    const section = this.sections[index]!;
    const quote = change.passage?.quote ?? section.quote;
    const note = change.note ?? section.note;
    if (quote !== section.quote || note !== section.note) this.sections[index] = readSection(id, renderSection(id, quote, note));
    this.setAnchor(id, change);
    return true;
  }

  /** Removes a highlight (its section and its front matter entry); returns it as it was. */
  removeHighlight(id: string): Highlight | undefined {
    const found = this.highlights().find((h) => h.id === id);
    if (!found) return undefined;
    this.sections = this.sections.filter((s) => s.id !== id);
    this.dropAnchor(id);
    return found;
  }

  /** The file's text. Front matter entries whose section is gone (deleted by hand) are dropped. */
  toString(): string {
    const seq = this.front.get('highlights', true);
    if (isSeq(seq)) {
      const live = new Set(this.sections.map((s) => s.id));
      const orphan = (item: unknown) => isMap(item) && typeof item.get('id') === 'string' && !live.has(item.get('id') as string);
      seq.items = seq.items.filter((item) => !orphan(item));
    }
    const body = this.preamble + this.sections.map((s) => s.raw).join('');
    return `---\n${this.front.toString(YAML_OPTIONS)}---\n${body.replace(/\n*$/, '\n')}`;
  }

  /* ---------- front matter entries ---------- */

  private entries(): YAMLSeq {
    let seq = this.front.get('highlights', true);
    if (!isSeq(seq)) {
      this.front.set('highlights', this.front.createNode([]));
      seq = this.front.get('highlights', true);
    }
    return seq as YAMLSeq;
  }

  private entryOf(id: string): YAMLMap | undefined {
    const seq = this.front.get('highlights', true);
    if (!isSeq(seq)) return undefined;
    return seq.items.find((item): item is YAMLMap => isMap(item) && String(item.get('id')) === id);
  }

  private anchorOf(id: string): Anchor {
    const e = this.entryOf(id);
    const status = asString(e?.get('status'));
    return {
      color: asString(e?.get('color')),
      start: asOffset(e?.get('start')),
      end: asOffset(e?.get('end')),
      before: asString(e?.get('before')) ?? '',
      after: asString(e?.get('after')) ?? '',
      contentHash: asString(e?.get('contentHash')),
      status: status === 'moved' || status === 'source-changed' ? status : 'ok',
      created: asString(e?.get('created')),
      updated: asString(e?.get('updated')),
    };
  }

  private setAnchor(id: string, h: Partial<HighlightInput>): void {
    let entry = this.entryOf(id);
    if (!entry) {
      const seq = this.entries();
      const order = this.sections.map((s) => s.id);
      const node = this.front.createNode({ id }) as YAMLMap;
      // Entries in the order of the sections, for whoever reads the file.
      const after = seq.items.findIndex((item) => isMap(item) && order.indexOf(String(item.get('id'))) > order.indexOf(id));
      if (after < 0) seq.items.push(node);
      else seq.items.splice(after, 0, node);
      entry = node;
    }
    const set = (key: string, value: unknown) => {
      if (value === undefined) return;
      if (value === null) entry!.delete(key);
      else if (entry!.get(key) !== value) entry!.set(key, value);
    };
    set('color', h.color);
    if (h.passage) {
      set('start', h.passage.start);
      set('end', h.passage.end);
      set('before', h.passage.before);
      set('after', h.passage.after);
    }
    set('contentHash', h.contentHash);
    if (h.status !== undefined) set('status', h.status === 'ok' ? null : h.status);
    set('created', h.createdAt);
    set('updated', h.updatedAt);
  }

  private dropAnchor(id: string): void {
    const seq = this.front.get('highlights', true);
    if (isSeq(seq)) seq.items = seq.items.filter((item) => !(isMap(item) && String(item.get('id')) === id));
  }

  /** Sections are separated by a blank line; one written by hand may end without a newline. */
  private ensureNewlineBefore(index: number): void {
    const previous = index > 0 ? this.sections[index - 1] : undefined;
    if (previous) {
      if (!previous.raw.endsWith('\n\n')) previous.raw = previous.raw.replace(/\n*$/, '\n\n');
    } else if (this.preamble && !this.preamble.endsWith('\n\n')) this.preamble = this.preamble.replace(/\n*$/, '\n\n');
  }
}
