/**
 * Scores the analysis against the gold corpus kept in the repository:
 * articles in resources/sample-library/{meantime-airbus,meantime-apple}/, gold in main/testdata/gold/.
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
import { addCounts as addTimexCounts, corpusDateLine, emptyCounts as emptyTimexCounts, scoreTimexes, type TimexCounts } from './timex-score';
import { addCounts, emptyCounts, scoreEntities, type Counts, type GoldEntity } from './entity-score';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const CORPUS_FOLDERS = ['meantime-airbus', 'meantime-apple'] as const;

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
  ms: number;
}

export interface FolderResult {
  folder: string;
  files: FileResult[];
  titleAccuracy: number;
  dateAccuracy: number;
  timex: TimexCounts;
  entities: { all: Counts; byKind: Record<'person' | 'organization' | 'place', Counts> };
}

export async function loadGold(folder: string, id: string): Promise<GoldFile> {
  return JSON.parse(await fs.readFile(path.join(REPO_ROOT, 'main/testdata/gold', folder, `${id}.gold.json`), 'utf8')) as GoldFile;
}

export async function corpusIds(folder: string): Promise<string[]> {
  const names = await fs.readdir(path.join(REPO_ROOT, 'main/testdata/gold', folder));
  return names.filter((n) => n.endsWith('.gold.json')).map((n) => n.slice(0, -'.gold.json'.length)).sort();
}

export async function evaluateFile(folder: string, id: string): Promise<FileResult> {
  const bytes = await fs.readFile(path.join(REPO_ROOT, 'resources/sample-library', folder, `${id}.txt`));
  const raw = bytes.toString('utf8');
  const gold = await loadGold(folder, id);
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
  const timex = scoreTimexes(gold.timexes, analysis.timexes, gold.annotatedUntil, { ignore: dateLine ? [dateLine] : [] });
  const scored = scoreEntities(gold.entities, analysis.entities, gold.annotatedUntil);
  return {
    folder,
    id,
    titleCorrect: normalize(parsed?.title ?? '') === normalize(gold.title),
    dateCorrect: parsedDate === (gold.publishedAt ?? null),
    parsedTitle: parsed?.title ?? null,
    parsedDate,
    fallback,
    timex,
    entities: { all: scored.all, byKind: scored.byKind },
    falsePositives: scored.falsePositives.map((e) => ({ kind: e.kind, text: raw.slice(e.start, e.end), start: e.start })),
    missed: scored.missed.map((g) => ({ kind: g.kind, text: g.text })),
    ms,
  };
}

export async function evaluateCorpus(folders: readonly string[] = CORPUS_FOLDERS): Promise<FolderResult[]> {
  const results: FolderResult[] = [];
  for (const folder of folders) {
    const files: FileResult[] = [];
    for (const id of await corpusIds(folder)) files.push(await evaluateFile(folder, id));
    results.push(summarizeFolder(folder, files));
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
export async function baselineEntityCounts(folder: string, id: string): Promise<Counts> {
  const nlp = (await import('compromise')).default;
  const bytes = await fs.readFile(path.join(REPO_ROOT, 'resources/sample-library', folder, `${id}.txt`));
  const raw = bytes.toString('utf8');
  const gold = await loadGold(folder, id);
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
