/**
 * Test support: real Articles read from real files (through the format readers), and an analysis of
 * the sample article written by hand from its gold reading, so timeline tests do not depend on the
 * analyser's accuracy (the gold test in gold.test.ts runs the real analyser when it is present).
 */
import { promises as fs, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Analysis, EventCandidate } from '../../shared/analysis';
import type { Article, Precision } from '../../shared/model';
import { parseArticle } from '../formats/index';
import { sha256 } from '../library/atomic-write';
import type { TimelineDeps } from './service';

export const SAMPLE_FILE = path.join(import.meta.dirname, 'fixtures', 'sample.txt');
export const SAMPLE_TEXT = readFileSync(SAMPLE_FILE, 'utf8');
export const SAMPLE_ID = '948cae0baa0ab6c0';

export async function tempDir(prefix = 'dossier-timeline-'): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), prefix));
}

/** An Article as the library would give it, read from `file` now. */
export async function articleFromFile(file: string, id: string, libraryRoot = path.dirname(file)): Promise<Article> {
  const bytes = await fs.readFile(file);
  const stat = await fs.stat(file);
  const parsed = parseArticle(bytes, path.basename(file));
  return { ...parsed, id, path: path.relative(libraryRoot, file).split(path.sep).join('/'), contentHash: sha256(bytes), size: stat.size, mtimeMs: stat.mtimeMs, tags: [] };
}

interface GoldCandidate {
  /** A phrase inside the sentence that holds the event. */
  anchor: string;
  cue: string;
  range: [string, string];
  precision: Precision;
  value: string;
  summary: string;
  actors: string[];
  place: string | null;
}

/** The five dated events of the sample's gold reading, as analysis candidates would describe them. */
export const SAMPLE_GOLD: GoldCandidate[] = [
  {
    anchor: 'dual-use goods that Chinese companies',
    cue: 'over the past year',
    range: ['2022-02-23', '2023-02-23'],
    precision: 'range',
    value: 'P1Y',
    summary: 'Chinese companies provide dual-use goods to Russia',
    actors: ['China', 'Russia'],
    place: null,
  },
  {
    anchor: 'the Wall Street Journal reported on Thursday',
    cue: 'on Thursday',
    range: ['2023-02-23', '2023-02-23'],
    precision: 'day',
    value: '2023-02-23',
    summary: 'The Wall Street Journal reports China is considering supplying lethal arms to Russia',
    actors: ['Wall Street Journal', 'China', 'Russia'],
    place: null,
  },
  {
    anchor: 'formal warning delivered over the weekend',
    cue: 'over the weekend',
    range: ['2023-02-18', '2023-02-19'],
    precision: 'range',
    value: '2023-W07-WE',
    summary: 'Western officials warn Wang Yi in Munich not to arm Russia',
    actors: ['Antony Blinken', 'James Cleverly', 'Wang Yi'],
    place: 'Munich',
  },
  {
    anchor: 'Janet Yellen on Thursday said',
    cue: 'on Thursday',
    range: ['2023-02-23', '2023-02-23'],
    precision: 'day',
    value: '2023-02-23',
    summary: 'Janet Yellen says the U.S. will keep warning Chinese officials about helping Russia evade sanctions',
    actors: ['Janet Yellen'],
    place: 'Bengaluru, India',
  },
  {
    anchor: 'asked on Wednesday whether',
    cue: 'on Wednesday',
    range: ['2023-02-22', '2023-02-22'],
    precision: 'day',
    value: '2023-02-22',
    summary: 'Wang Wenbin does not respond directly when asked whether China would supply lethal support',
    actors: ['Wang Wenbin'],
    place: null,
  },
];

/** [start, end) of the sentence around `at` (a sentence ends after a lowercase word's ".", "!" or "?", or at a line break). */
export function sentenceAround(text: string, at: number): [number, number] {
  const boundaries = [...text.matchAll(/(?<=[a-z0-9)][.!?]["”’]?)\s+(?=["“‘A-Z])|\n+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  let start = 0;
  let end = text.length;
  for (const [b0, b1] of boundaries) {
    if (b1 <= at) start = b1;
    else if (b0 >= at) {
      end = b0;
      break;
    }
  }
  return [start, end];
}

/** A hand-made analysis of (a possibly edited copy of) the sample: finds each gold event by its anchor phrase. */
export function sampleAnalysis(article: Article): Analysis {
  const text = article.text;
  const events: EventCandidate[] = [];
  const timexes: Analysis['timexes'] = [];
  for (const g of SAMPLE_GOLD) {
    const at = text.indexOf(g.anchor);
    if (at < 0) continue;
    const [start, end] = sentenceAround(text, at);
    const cueAt = text.indexOf(g.cue, at - 60 < start ? start : at - 60);
    const cueStart = cueAt >= start && cueAt < end ? cueAt : text.indexOf(g.cue, start);
    const date = { text: g.cue, start: cueStart, end: cueStart + g.cue.length, value: g.value, range: { start: g.range[0], end: g.range[1] }, precision: g.precision };
    events.push({ id: `${article.id}:${start}`, date, start, end, sentence: text.slice(start, end), summary: g.summary, actors: g.actors, place: g.place, quote: null });
    timexes.push({ text: g.cue, start: date.start, end: date.end, type: 'DATE', value: g.value, range: date.range, precision: g.precision });
  }
  const entities: Analysis['entities'] = [];
  for (const [name, kind] of [
    ['Antony Blinken', 'person'],
    ['James Cleverly', 'person'],
    ['Janet Yellen', 'person'],
    ['Munich', 'place'],
    ['CBS News', 'organization'],
  ] as const) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) entities.push({ text: name, start: i, end: i + name.length, kind, canonical: name });
  }
  timexes.sort((a, b) => a.start - b.start);
  return { version: 1, timexes, entities, quotes: [], events };
}

/** Timeline dependencies over real files: each call re-reads the file, as the library would after an edit. */
export function fileDeps(dataDir: string, files: Record<string, string>, analyse: (a: Article) => Analysis | Promise<Analysis> = sampleAnalysis): TimelineDeps {
  const article = async (id: string) => {
    const file = files[id];
    if (!file) return undefined;
    try {
      return await articleFromFile(file, id);
    } catch {
      return undefined;
    }
  };
  return {
    dataDir,
    article,
    analysis: async (id) => {
      const a = await article(id);
      if (!a) throw new Error(`no article ${id}`);
      return analyse(a);
    },
    searchIds: async (query) => {
      const out: string[] = [];
      for (const id of Object.keys(files)) {
        const a = await article(id);
        if (a && a.text.toLowerCase().includes(query.toLowerCase())) out.push(id);
      }
      return out;
    },
  };
}
