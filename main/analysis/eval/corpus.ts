/**
 * Scores the analysis against gold corpora: the one kept in the repository (articles in
 * resources/sample-library/{meantime-airbus,meantime-apple}/, gold in main/testdata/gold/) and any folder of
 * `<name>.txt` + `<name>.gold.json` given on the command line (same format; a corpus without entity gold
 * has `entities: []` and is scored on time expressions only).
 *
 * How offsets are made comparable: gold offsets index the whole .txt file (title line + date line + body),
 * while analyze() reads the clean body (ParsedArticle.text). Each file is parsed with parseArticle, the body
 * is analysed with the gold publication date as anchor, and every body offset is mapped back to a file
 * offset by aligning the parsed paragraphs with the file text. The title and date line are not analysed:
 * they are metadata, scored as title/date accuracy (the corpus gold annotates no entity or time expression
 * in them either). If a file cannot be parsed, its body (after the title and date lines) is analysed as is.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, Entity, Timex } from '../../../shared/analysis';
import type { ParsedArticle } from '../../../shared/model';
import { parseArticle } from '../../formats/index';
import { analyze } from '../index';
import { addCounts as addTimexCounts, corpusDateLine, emptyCounts as emptyTimexCounts, pairTimexes, scoreTimexes, type TimexCounts } from './timex-score';
import { addCounts, emptyCounts, scoreEntities, type Counts, type GoldEntity } from './entity-score';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CORPUS_FOLDERS = ['meantime-airbus', 'meantime-apple'] as const;

/** Where a corpus folder's articles and gold files are. */
export interface CorpusSource {
  /** Shown in reports: the bundled folder's name, or the given folder's base name. */
  name: string;
  textDir: string;
  goldDir: string;
}

/** A folder of the bundled corpus (articles in the sample library, gold beside the tests). */
export function bundledSource(folder: string): CorpusSource {
  return { name: folder, textDir: path.join(REPO_ROOT, 'resources/sample-library', folder), goldDir: path.join(REPO_ROOT, 'main/testdata/gold', folder) };
}

/** Any folder holding `<name>.txt` beside `<name>.gold.json`. */
export function folderSource(dir: string): CorpusSource {
  const resolved = path.resolve(dir);
  return { name: path.basename(resolved), textDir: resolved, goldDir: resolved };
}

/**
 * Which half of a folder a file belongs to ('A' or 'B'): a fixed hash of its id (FNV-1a, parity), so that
 * rules can be developed on one half and checked on the other, the same way on every machine.
 */
export function halfOf(id: string): 'A' | 'B' {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % 2 === 0 ? 'A' : 'B';
}

export interface GoldFile {
  title: string;
  publishedAt: string | null;
  timexes: { text: string; type: string; value: string; start: number; end: number }[];
  entities: GoldEntity[];
  annotatedUntil: number;
}

export interface FileResult {
  folder: string;
  id: string;
  /** The fixed half of its folder the file belongs to (see halfOf). */
  half: 'A' | 'B';
  titleCorrect: boolean;
  dateCorrect: boolean;
  parsedTitle: string | null;
  parsedDate: string | null;
  /** The body was analysed from the raw file because parsing or alignment failed. */
  fallback: boolean;
  timex: TimexCounts;
  entities: { all: Counts; byKind: Record<'person' | 'organization' | 'place', Counts> };
  falsePositives: { kind: string; text: string; start: number }[];
  missed: { kind: string; text: string }[];
  /** Time expressions missed, spurious, or found with another value or type (for --verbose). */
  timexErrors: TimexError[];
  ms: number;
}

export interface TimexError {
  error: 'missed' | 'spurious' | 'value';
  /** Gold text (missed, value) or system text (spurious). */
  text: string;
  start: number;
  gold: string | null;
  system: string | null;
  /** The system's text when it differs from the gold span. */
  systemText?: string;
}

export interface FolderResult {
  folder: string;
  files: FileResult[];
  titleAccuracy: number;
  dateAccuracy: number;
  timex: TimexCounts;
  entities: { all: Counts; byKind: Record<'person' | 'organization' | 'place', Counts> };
}

const sourceOf = (folder: string | CorpusSource): CorpusSource => (typeof folder === 'string' ? bundledSource(folder) : folder);

export async function loadGold(folder: string | CorpusSource, id: string): Promise<GoldFile> {
  return JSON.parse(await fs.readFile(path.join(sourceOf(folder).goldDir, `${id}.gold.json`), 'utf8')) as GoldFile;
}

/** Ids of the gold files that have their article beside them, sorted. */
export async function corpusIds(folder: string | CorpusSource): Promise<string[]> {
  const source = sourceOf(folder);
  const names = await fs.readdir(source.goldDir);
  const texts = new Set(source.textDir === source.goldDir ? names : await fs.readdir(source.textDir));
  return names
    .filter((n) => n.endsWith('.gold.json'))
    .map((n) => n.slice(0, -'.gold.json'.length))
    .filter((id) => texts.has(`${id}.txt`))
    .sort();
}

export async function evaluateFile(folder: string | CorpusSource, id: string): Promise<FileResult> {
  const source = sourceOf(folder);
  const bytes = await fs.readFile(path.join(source.textDir, `${id}.txt`));
  const raw = bytes.toString('utf8');
  const gold = await loadGold(source, id);
  let parsed: ParsedArticle | null = null;
  try {
    parsed = parseArticle(new Uint8Array(bytes), `${id}.txt`);
  } catch {
    parsed = null;
  }
  const parsedDate = parsed?.publishedAt?.value.slice(0, 10) ?? null;
  const t0 = performance.now();
  const { analysis, fallback } = analyzeFileText(raw, parsed, gold.publishedAt);
  const ms = performance.now() - t0;

  const dateLine = corpusDateLine(raw);
  const timexOptions = { ignore: dateLine ? [dateLine] : [] };
  const timex = scoreTimexes(gold.timexes, analysis.timexes, gold.annotatedUntil, timexOptions);
  const paired = pairTimexes(gold.timexes, analysis.timexes, gold.annotatedUntil, timexOptions);
  const timexErrors: TimexError[] = [
    ...paired.missed.map((g): TimexError => ({ error: 'missed', text: g.text, start: g.start, gold: `${g.type} ${g.value}`, system: null })),
    ...paired.spurious.map((s): TimexError => ({ error: 'spurious', text: s.text, start: s.start, gold: null, system: `${s.type} ${s.value}` })),
    ...paired.pairs
      .filter((p) => p.gold.value !== p.system.value || p.gold.type !== p.system.type)
      .map((p): TimexError => ({ error: 'value', text: p.gold.text, start: p.gold.start, gold: `${p.gold.type} ${p.gold.value}`, system: `${p.system.type} ${p.system.value}`, systemText: p.system.text === p.gold.text ? undefined : p.system.text })),
  ].sort((a, b) => a.start - b.start);
  // A corpus that annotates no names (`entities: []`, e.g. TimeBank) scores time expressions only.
  const scored = scoreEntities(gold.entities, gold.entities.length ? analysis.entities : [], gold.annotatedUntil);
  return {
    folder: source.name,
    id,
    half: halfOf(id),
    titleCorrect: normalize(parsed?.title ?? '') === normalize(gold.title),
    dateCorrect: parsedDate === (gold.publishedAt ?? null),
    parsedTitle: parsed?.title ?? null,
    parsedDate,
    fallback,
    timex,
    entities: { all: scored.all, byKind: scored.byKind },
    falsePositives: scored.falsePositives.map((e) => ({ kind: e.kind, text: raw.slice(e.start, e.end), start: e.start })),
    missed: scored.missed.map((g) => ({ kind: g.kind, text: g.text })),
    timexErrors,
    ms,
  };
}

export async function evaluateCorpus(folders: readonly (string | CorpusSource)[] = CORPUS_FOLDERS): Promise<FolderResult[]> {
  const results: FolderResult[] = [];
  for (const folder of folders) {
    const source = sourceOf(folder);
    const files: FileResult[] = [];
    for (const id of await corpusIds(source)) files.push(await evaluateFile(source, id));
    results.push(summarizeFolder(source.name, files));
  }
  return results;
}

export function summarizeFolder(folder: string, files: FileResult[]): FolderResult {
  const byKind = { person: emptyCounts(), organization: emptyCounts(), place: emptyCounts() };
  let all = emptyCounts();
  let timex = emptyTimexCounts();
  for (const f of files) {
    all = addCounts(all, f.entities.all);
    for (const k of ['person', 'organization', 'place'] as const) byKind[k] = addCounts(byKind[k], f.entities.byKind[k]);
    timex = addTimexCounts(timex, f.timex);
  }
  const n = files.length || 1;
  return {
    folder,
    files,
    titleAccuracy: files.filter((f) => f.titleCorrect).length / n,
    dateAccuracy: files.filter((f) => f.dateCorrect).length / n,
    timex,
    entities: { all, byKind },
  };
}

/**
 * The out-of-the-box baseline for comparison: compromise's people(), organizations() and places() on the same
 * body text, offsets mapped the same way. Returns its entity counts for one file.
 */
export async function baselineEntityCounts(folder: string | CorpusSource, id: string): Promise<Counts> {
  const nlp = (await import('compromise')).default;
  const source = sourceOf(folder);
  const bytes = await fs.readFile(path.join(source.textDir, `${id}.txt`));
  const raw = bytes.toString('utf8');
  const gold = await loadGold(source, id);
  const bodyStart = rawBodyStart(raw);
  const body = raw.slice(bodyStart);
  const doc = nlp(body);
  const system: { start: number; end: number; kind: 'person' | 'organization' | 'place' }[] = [];
  const add = (kind: 'person' | 'organization' | 'place', matches: { offset: { start: number; length: number } }[]) => {
    for (const m of matches) system.push({ kind, start: bodyStart + m.offset.start, end: bodyStart + m.offset.start + m.offset.length });
  };
  add('person', doc.people().json({ offset: true }));
  add('organization', doc.organizations().json({ offset: true }));
  add('place', doc.places().json({ offset: true }));
  return scoreEntities(gold.entities, system, gold.annotatedUntil).all;
}

/** Analyses the file's body and returns the analysis with offsets into the whole file text. */
export function analyzeFileText(raw: string, parsed: ParsedArticle | null, publishedAt: string | null): { analysis: Analysis; fallback: boolean } {
  if (parsed && parsed.text) {
    const map = alignBody(raw, parsed);
    if (map) {
      const analysis = analyze({ text: parsed.text, publishedAt });
      const mapped = remap(analysis, map, raw);
      // Trust the alignment only if every mapped name and time expression reads the same in the file.
      const same = (a: { text: string }[], b: { text: string }[]) => a.every((x, i) => normalize(x.text) === normalize(b[i]!.text));
      if (same(analysis.entities, mapped.entities) && same(analysis.timexes, mapped.timexes)) return { analysis: mapped, fallback: false };
    }
  }
  const bodyStart = rawBodyStart(raw);
  const body = raw.slice(bodyStart);
  const analysis = analyze({ text: body, publishedAt });
  return { analysis: remap(analysis, (offset) => offset + bodyStart, raw), fallback: true };
}

/** Where the body starts in a corpus file: after the title line and the date line, if any. */
export function rawBodyStart(raw: string): number {
  const dateLine = corpusDateLine(raw);
  let from = dateLine ? dateLine.end : raw.indexOf('\n') + 1;
  while (from < raw.length && /\s/.test(raw[from]!)) from++;
  return from;
}

/**
 * Maps each offset of parsed.text to an offset of the raw file by walking both texts side by side
 * (paragraph by paragraph; white space may differ). Returns undefined when a paragraph cannot be found.
 */
function alignBody(raw: string, parsed: ParsedArticle): ((offset: number) => number) | undefined {
  const text = parsed.text;
  const map = new Int32Array(text.length + 1);
  // The body comes after the title line (which may begin with the same words as the first paragraph).
  let cursor = parsed.title && raw.trimStart().startsWith(parsed.title) ? raw.indexOf(parsed.title) + parsed.title.length : 0;
  for (const p of parsed.paragraphs) {
    const paragraph = text.slice(p.start, p.end);
    const probe = paragraph.slice(0, 60);
    const at = raw.indexOf(probe, cursor);
    if (at < 0) return undefined;
    let r = at;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i]!;
      while (r < raw.length && raw[r] !== ch && /\s/.test(raw[r]!) && !/\s/.test(ch)) r++;
      map[i] = Math.min(r, raw.length);
      if (r < raw.length && (raw[r] === ch || (/\s/.test(ch) && /\s/.test(raw[r]!)))) r++;
      else if (!/\s/.test(ch)) r++;
    }
    map[p.end] = r;
    cursor = r;
  }
  // Offsets between paragraphs map to the end of the previous one.
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    if (map[i]! > 0 || i === 0) last = map[i]!;
    else map[i] = last;
  }
  return (offset) => map[Math.max(0, Math.min(offset, text.length))]!;
}

function remap(analysis: Analysis, map: (offset: number) => number, raw: string): Analysis {
  const span = <T extends { start: number; end: number }>(x: T): T => {
    const start = map(x.start);
    const end = x.end > x.start ? map(x.end - 1) + 1 : start;
    return { ...x, start, end };
  };
  return {
    ...analysis,
    timexes: analysis.timexes.map((t: Timex) => ({ ...span(t), text: raw.slice(map(t.start), map(t.end - 1) + 1) })),
    entities: analysis.entities.map((e: Entity) => ({ ...span(e), text: raw.slice(map(e.start), map(e.end - 1) + 1) })),
    quotes: analysis.quotes.map(span),
    events: analysis.events.map((e) => ({ ...span(e), date: span(e.date) })),
  };
}

function normalize(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
