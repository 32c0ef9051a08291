import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_HIT_RANGES, type Sort } from '../../shared/contract';
import type { ArticleSummary } from '../../shared/model';
import { createSearchEngine, type DossierSearchEngine } from './engine';
import type { IndexDoc, QueryContext } from './engine-types';

type Fixture = IndexDoc & { tags: string[] };

const DOCS: Fixture[] = [
  {
    id: 'a100000000000001',
    title: 'EU imposes new sanctions on Russia',
    text: 'The European Union imposed sanctions on Russian banks on Monday.\n\nTrade talks stalled in Brussels, and Beijing watched.',
    authors: ['Jane Smith'],
    publisher: 'Reuters',
    publishedAt: '2023-02-23',
    entities: [{ kind: 'organization', name: 'European Union' }],
    contentHash: 'h1',
    tags: ['region/europe', 'important'],
  },
  {
    id: 'a100000000000002',
    title: 'Talks on trade resume',
    text: 'Officials said trade would resume after the talks. The sanction was lifted quietly.',
    authors: ['John Doe'],
    publisher: 'Wall Street Journal',
    publishedAt: '2022-11',
    entities: [],
    contentHash: 'h2',
    tags: ['region/china'],
  },
  {
    id: 'a100000000000003',
    title: 'Beijing hosts climate summit',
    text: 'Xi Jinping welcomed leaders. Climate change dominated the summit in Beijing. Trade talks were not on the agenda.',
    authors: ['Li Wei'],
    publisher: 'The Guardian',
    publishedAt: '2021',
    entities: [{ kind: 'person', name: 'Xi Jinping' }],
    contentHash: 'h3',
    tags: ['region'],
  },
  {
    id: 'a100000000000004',
    title: 'Coal mine reopens',
    text: 'The coal mine in Shanxi reopened. Oil and gas prices rose.',
    authors: [],
    publisher: 'Wall Street Journal',
    publishedAt: '2023-06-01',
    entities: [],
    contentHash: 'h4',
    tags: [],
  },
  {
    id: 'a100000000000005',
    title: 'Blinken visits Kyiv',
    text: 'Antony Blinken met Ukrainian officials in Kyiv to discuss military aid. Prices of gas are rising.',
    authors: ['Sam Roe'],
    publisher: null,
    publishedAt: null,
    entities: [{ kind: 'person', name: 'Antony Blinken' }],
    contentHash: 'h5',
    tags: [],
  },
];

const [A1, A2, A3, A4, A5] = DOCS.map((d) => d.id) as [string, string, string, string, string];

function contextOf(docs: Fixture[]): QueryContext {
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    tagsOf: (id) => byId.get(id)?.tags ?? [],
    summaryOf: (id): ArticleSummary | undefined => {
      const d = byId.get(id);
      return d && { id, path: `${id}.txt`, format: 'txt', title: d.title, authors: d.authors, publisher: d.publisher, publishedAt: d.publishedAt ? { value: d.publishedAt, precision: 'day' } : null, wordCount: 10, tags: d.tags };
    },
    textOf: async (id) => byId.get(id)?.text,
  };
}

const docOf = ({ tags: _tags, ...doc }: Fixture): IndexDoc => doc;

let dir: string;
let engine: DossierSearchEngine | null = null;
const ctx = contextOf(DOCS);

async function open(workers = 0, log?: (line: string) => void): Promise<DossierSearchEngine> {
  engine = await createSearchEngine({ dir, workers, log, shards: 4 });
  return engine;
}

async function ids(query: string, sort: Sort = 'relevance'): Promise<string[]> {
  const r = await engine!.search({ query, sort, offset: 0, limit: 50 }, ctx);
  expect(r.error).toBeNull();
  expect(r.hits).toHaveLength(r.total);
  return r.hits.map((h) => h.article.id);
}
const sorted = async (query: string) => (await ids(query)).sort();

beforeEach(async () => {
  dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'dossier-search-')), '.dossier', 'index');
});
afterEach(async () => {
  await engine?.close();
  engine = null;
  await rm(path.dirname(path.dirname(dir)), { recursive: true, force: true });
});

describe('search engine (in process)', () => {
  beforeEach(async () => {
    await open();
    await engine!.update({ upsert: DOCS.map(docOf), remove: [] });
  });

  it('meets word forms through the stemmer', async () => {
    expect(await sorted('sanction')).toEqual([A1, A2]);
    expect(await sorted('sanctions')).toEqual([A1, A2]);
    expect(await sorted('imposing')).toEqual([A1]);
  });

  it('ignores stop words', async () => {
    expect(await ids('the')).toEqual([]);
    expect(await sorted('the sanctions of')).toEqual([A1, A2]);
  });

  it('requires every word by default', async () => {
    expect(await sorted('trade talks')).toEqual([A1, A2, A3]);
    expect(await sorted('trade beijing')).toEqual([A1, A3]);
  });

  it('verifies exact phrases against the text: co-occurring words are not enough', async () => {
    expect(await sorted('"trade talks"')).toEqual([A1, A3]);
    expect(await sorted('"the summit in Beijing"')).toEqual([A3]);
    expect(await sorted('"summit the"')).toEqual([]);
    expect(await sorted('"talks trade"')).toEqual([]);
  });

  it('excludes words and phrases', async () => {
    expect(await sorted('sanctions -russia')).toEqual([A2]);
    expect(await sorted('trade -"trade talks"')).toEqual([A2]);
    expect(await sorted('-sanctions prices')).toEqual([A4, A5]);
  });

  it('combines with OR and groups', async () => {
    expect(await sorted('coal OR blinken')).toEqual([A4, A5]);
    expect(await sorted('(coal OR blinken) gas')).toEqual([A4, A5]);
    expect(await sorted('prices (coal OR kyiv)')).toEqual([A4, A5]);
    expect(await sorted('the OR coal')).toEqual([A4]);
  });

  it('expands prefixes and fuzzy words', async () => {
    expect(await sorted('sanc*')).toEqual([A1, A2]);
    expect(await sorted('bei*')).toEqual([A1, A3]);
    expect(await sorted('blinkin~')).toEqual([A5]);
    expect(await sorted('sanctoins~2')).toEqual([A1, A2]);
  });

  it('filters by title, author and source (publisher), quoted or not', async () => {
    expect(await sorted('title:beijing')).toEqual([A3]);
    expect(await sorted('author:smith')).toEqual([A1]);
    expect(await sorted('author:"john doe"')).toEqual([A2]);
    expect(await sorted('author:"doe john"')).toEqual([]);
    expect(await sorted('source:"Wall Street Journal"')).toEqual([A2, A4]);
    expect(await sorted('source:reuters sanctions')).toEqual([A1]);
    expect(await sorted('-source:"Wall Street Journal" gas')).toEqual([A5]);
  });

  it('filters by tag, hierarchically', async () => {
    expect(await sorted('tag:region')).toEqual([A1, A2, A3]);
    expect(await sorted('tag:region/china')).toEqual([A2]);
    expect(await sorted('tag:Region/Europe')).toEqual([A1]);
    expect(await sorted('tag:reg')).toEqual([]);
    expect(await sorted('trade -tag:region/china')).toEqual([A1, A3]);
  });

  it('filters by date, inclusively, with coarse dates overlapping the bound', async () => {
    expect(await sorted('after:2023')).toEqual([A1, A4]);
    expect(await sorted('after:2023-06-01')).toEqual([A4]);
    expect(await sorted('before:2023-02-23')).toEqual([A1, A2, A3]);
    expect(await sorted('before:2022-10')).toEqual([A3]);
    expect(await sorted('after:2022-11-15 before:2022-11-20')).toEqual([A2]);
    expect(await sorted('after:2021-06 before:2021-06')).toEqual([A3]);
  });

  it('ranks title matches first and sorts by date both ways, undated last', async () => {
    const r = await ids('beijing');
    expect(r[0]).toBe(A3);
    expect(await ids('trade', 'date-asc')).toEqual([A3, A2, A1]);
    expect(await ids('trade', 'date-desc')).toEqual([A1, A2, A3]);
    expect(await ids('gas', 'date-desc')).toEqual([A4, A5]);
    expect(await ids('gas', 'date-asc')).toEqual([A4, A5]);
  });

  it('counts facets over the whole result set, not the page', async () => {
    const r = await engine!.search({ query: 'trade', sort: 'relevance', offset: 0, limit: 1 }, ctx);
    expect(r.total).toBe(3);
    expect(r.hits).toHaveLength(1);
    expect(r.facets.source).toEqual([
      { value: 'Reuters', count: 1 },
      { value: 'The Guardian', count: 1 },
      { value: 'Wall Street Journal', count: 1 },
    ]);
    expect(r.facets.year).toEqual([
      { value: '2023', count: 1 },
      { value: '2022', count: 1 },
      { value: '2021', count: 1 },
    ]);
    expect(r.facets.tag).toEqual(
      expect.arrayContaining([
        { value: 'region/europe', count: 1 },
        { value: 'region/china', count: 1 },
        { value: 'region', count: 1 },
        { value: 'important', count: 1 },
      ]),
    );
  });

  it('pages with offset and limit', async () => {
    const all = await ids('trade');
    const page = await engine!.search({ query: 'trade', sort: 'relevance', offset: 1, limit: 1 }, ctx);
    expect(page.hits.map((h) => h.article.id)).toEqual([all[1]]);
  });

  it('returns highlight ranges in the text and a snippet around them', async () => {
    const r = await engine!.search({ query: 'sanctions', sort: 'relevance', offset: 0, limit: 10 }, ctx);
    const hit = r.hits.find((h) => h.article.id === A1)!;
    const text = DOCS[0]!.text;
    expect(hit.ranges.map(([a, b]) => text.slice(a, b))).toEqual(['sanctions']);
    expect(hit.snippet.highlights.map(([a, b]) => hit.snippet.text.slice(a, b))).toEqual(['sanctions']);
    expect(hit.snippet.text).not.toContain('\n');
    const other = r.hits.find((h) => h.article.id === A2)!;
    expect(other.ranges.map(([a, b]) => DOCS[1]!.text.slice(a, b))).toEqual(['sanction']);
  });

  it('highlights a phrase as one range, and prefix expansions', async () => {
    const r = await engine!.search({ query: '"trade talks" OR sanc*', sort: 'relevance', offset: 0, limit: 10 }, ctx);
    const hit = r.hits.find((h) => h.article.id === A1)!;
    expect(hit.ranges.map(([a, b]) => DOCS[0]!.text.slice(a, b))).toEqual(['sanctions', 'Trade talks']);
    const a2 = r.hits.find((h) => h.article.id === A2)!;
    expect(a2.ranges.map(([a, b]) => DOCS[1]!.text.slice(a, b))).toEqual(['sanction']);
  });

  it('cuts long texts into a snippet around the best passage, with ellipses', async () => {
    const long: Fixture = {
      ...DOCS[3]!,
      id: 'a100000000000009',
      contentHash: 'h9',
      text: `${'Filler words about nothing in particular. '.repeat(40)}The ceasefire collapsed overnight. ${'More filler follows here. '.repeat(40)}`,
    };
    await engine!.update({ upsert: [docOf(long)], remove: [] });
    const r = await engine!.search({ query: 'ceasefire', sort: 'relevance', offset: 0, limit: 5 }, contextOf([...DOCS, long]));
    const s = r.hits[0]!.snippet;
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text.length).toBeLessThan(260);
    expect(s.highlights.map(([a, b]) => s.text.slice(a, b))).toEqual(['ceasefire']);
  });

  it('highlights at most MAX_HIT_RANGES hits of an article, plus one to say there are more', async () => {
    const many: Fixture = { ...DOCS[3]!, id: 'a10000000000000a', contentHash: 'ha', text: 'quota met. '.repeat(MAX_HIT_RANGES * 3) };
    await engine!.update({ upsert: [docOf(many)], remove: [] });
    const r = await engine!.search({ query: 'quota', sort: 'relevance', offset: 0, limit: 5 }, contextOf([...DOCS, many]));
    expect(r.hits[0]!.ranges).toHaveLength(MAX_HIT_RANGES + 1);
    expect(r.hits[0]!.ranges.at(-1)).toEqual([MAX_HIT_RANGES * 11, MAX_HIT_RANGES * 11 + 5]);
  });

  it('returns syntax errors with their position instead of throwing', async () => {
    const r = await engine!.search({ query: 'oil OR', sort: 'relevance', offset: 0, limit: 5 }, ctx);
    expect(r.error).toEqual({ message: '"OR" needs something after it', position: 4 });
    expect(r.total).toBe(0);
  });

  it('leaves articles the library no longer knows off the page', async () => {
    const partial = contextOf(DOCS.filter((d) => d.id !== A2));
    const r = await engine!.search({ query: 'sanctions', sort: 'relevance', offset: 0, limit: 5 }, partial);
    expect(r.hits.map((h) => h.article.id)).toEqual([A1]);
  });

  it('suggests completions, most frequent first', async () => {
    expect(await engine!.suggest('sanc', 5)).toEqual(expect.arrayContaining(['sanctions', 'sanction']));
    expect(await engine!.suggest('trade ta', 5)).toEqual(['trade talks']);
    expect(await engine!.suggest('the', 5)).not.toContain('the');
  });

  it('replaces and removes documents', async () => {
    await engine!.update({ upsert: [{ ...docOf(DOCS[3]!), text: 'The mine closed for good.', contentHash: 'h4b' }], remove: [A5] });
    expect(await sorted('gas')).toEqual([]);
    expect(await sorted('mine')).toEqual([A4]);
    expect(await sorted('blinken')).toEqual([]);
    const indexed = await engine!.indexed();
    expect(indexed.get(A4)).toBe('h4b');
    expect(indexed.has(A5)).toBe(false);
  });
});

describe('accent folding and entities', () => {
  const MORE: Fixture[] = [
    {
      id: 'c100000000000001',
      title: 'Café society in São Paulo',
      text: 'A café near the Praça da Sé served crème brûlée. Janet Yellen stopped by the CAFÉ on Monday.',
      authors: ['Zoë Müller'],
      publisher: 'Folha',
      publishedAt: '2024-05-02',
      entities: [
        { kind: 'place', name: 'São Paulo' },
        { kind: 'person', name: 'Janet Yellen' },
        { kind: 'organization', name: 'World Bank' },
      ],
      contentHash: 'c1',
      tags: [],
    },
    {
      id: 'c100000000000002',
      title: 'Cafe owners in Sao Paulo protest',
      text: 'The cafe owners of Sao Paulo marched. Yellen was not there. They met officials from Burma.',
      authors: ['Ana Lima'],
      publisher: 'Folha',
      publishedAt: '2024-05-03',
      // The analysis canonicalises: an article that says "Burma" names the place Myanmar.
      entities: [
        { kind: 'place', name: 'Sao Paulo' },
        { kind: 'person', name: 'Janet Yellen' },
        { kind: 'place', name: 'Myanmar' },
      ],
      contentHash: 'c2',
      tags: [],
    },
  ];
  const [C1, C2] = MORE.map((d) => d.id) as [string, string];
  const all = [...DOCS, ...MORE];
  const wide = contextOf(all);
  const find = async (query: string) => {
    const r = await engine!.search({ query, sort: 'relevance', offset: 0, limit: 50 }, wide);
    expect(r.error).toBeNull();
    return r.hits.map((h) => h.article.id).sort();
  };

  beforeEach(async () => {
    await open();
    await engine!.update({ upsert: all.map(docOf), remove: [] });
  });

  it('finds café for cafe and cafe for café, in words, prefixes, phrases and fields', async () => {
    expect(await find('cafe')).toEqual([C1, C2]);
    expect(await find('café')).toEqual([C1, C2]);
    expect(await find('caf*')).toEqual([C1, C2]);
    expect(await find('"creme brulee"')).toEqual([C1]);
    expect(await find('"sao paulo"')).toEqual([C1, C2]);
    expect(await find('"São Paulo"')).toEqual([C1, C2]);
    expect(await find('author:"zoe muller"')).toEqual([C1]);
    expect(await find('title:"cafe society"')).toEqual([C1]);
    expect(await find('brulee~')).toEqual([C1]);
  });

  it('highlights the accented original', async () => {
    const r = await engine!.search({ query: 'cafe "creme brulee"', sort: 'relevance', offset: 0, limit: 5 }, wide);
    const hit = r.hits.find((h) => h.article.id === C1)!;
    expect(hit.ranges.map(([a, b]) => MORE[0]!.text.slice(a, b))).toEqual(['café', 'crème brûlée', 'CAFÉ']);
  });

  it('suggests words as they are written', async () => {
    expect(await engine!.suggest('caf', 5)).toEqual(expect.arrayContaining(['café']));
  });

  it('filters by person, organisation and place: whole names quoted, words unquoted, accents and case ignored', async () => {
    expect(await find('person:"Janet Yellen"')).toEqual([C1, C2]);
    expect(await find('person:"janet yellen"')).toEqual([C1, C2]);
    expect(await find('person:yellen')).toEqual([C1, C2]);
    expect(await find('person:yel*')).toEqual([C1, C2]);
    expect(await find('person:"Yellen"')).toEqual([]);
    expect(await find('person:"Xi Jinping"')).toEqual([A3]);
    expect(await find('org:"world bank"')).toEqual([C1]);
    expect(await find('org:"European Union" sanctions')).toEqual([A1]);
    expect(await find('place:"sao paulo"')).toEqual([C1, C2]);
    expect(await find('place:Myanmar')).toEqual([C2]);
    // The kind matters: Janet Yellen is not a place.
    expect(await find('place:yellen')).toEqual([]);
    expect(await find('cafe -place:myanmar')).toEqual([C1]);
    expect(await find('person:blinken OR person:jinping')).toEqual([A3, A5]);
  });

  it('counts people, organisations and places among the results, spellings merged', async () => {
    const r = await engine!.search({ query: 'cafe', sort: 'relevance', offset: 0, limit: 1 }, wide);
    expect(r.facets.person).toEqual([{ value: 'Janet Yellen', count: 2 }]);
    expect(r.facets.place).toEqual([
      { value: expect.stringMatching(/^S[aã]o Paulo$/), count: 2 },
      { value: 'Myanmar', count: 1 },
    ]);
    expect(r.facets.organization).toEqual([{ value: 'World Bank', count: 1 }]);
  });

  it("lists the library's entities with the number of articles each, kept current", async () => {
    const list = await engine!.entities();
    expect(list.slice(0, 2)).toEqual([
      { kind: 'person', name: 'Janet Yellen', count: 2 },
      { kind: 'place', name: expect.stringMatching(/^S[aã]o Paulo$/), count: 2 },
    ]);
    expect(list).toContainEqual({ kind: 'person', name: 'Xi Jinping', count: 1 });
    await engine!.update({ upsert: [], remove: [C1] });
    const after = await engine!.entities();
    expect(after).toContainEqual({ kind: 'person', name: 'Janet Yellen', count: 1 });
    expect(after.some((e) => e.name === 'World Bank')).toBe(false);
  });

  it('keeps the most frequent entities of each kind when the results name many', async () => {
    const people = Array.from({ length: 50 }, (_, d): Fixture => ({
      ...MORE[0]!,
      id: `d${String(d).padStart(15, '0')}`,
      contentHash: `d${d}`,
      title: 'Crowded room',
      text: 'Everyone was in the crowded room.',
      // Person k is named by 50 - k articles.
      entities: Array.from({ length: d + 1 }, (_, k) => ({ kind: 'person' as const, name: `Person ${k}` })),
    }));
    await engine!.update({ upsert: people.map(docOf), remove: [] });
    const r = await engine!.search({ query: 'crowded', sort: 'relevance', offset: 0, limit: 1 }, contextOf([...all, ...people]));
    expect(r.facets.person).toEqual(Array.from({ length: 20 }, (_, k) => ({ value: `Person ${k}`, count: 50 - k })));
  });

  it('counts without a page', async () => {
    expect(await engine!.count('person:yellen', wide)).toEqual({ total: 2, error: null });
    expect(await engine!.count('tag:region', wide)).toEqual({ total: 3, error: null });
    expect((await engine!.count('oil OR', wide)).error).toMatchObject({ position: 4 });
    const before = engine!.revision();
    await engine!.update({ upsert: [], remove: [C2] });
    expect(engine!.revision()).toBeGreaterThan(before);
    expect(await engine!.count('person:yellen', wide)).toEqual({ total: 1, error: null });
  });

  it('keeps entities and accented forms across a save and reopen, in workers too', async () => {
    await engine!.close();
    await open(2);
    expect(await find('person:"janet yellen"')).toEqual([C1, C2]);
    expect(await find('place:myanmar cafe')).toEqual([C2]);
    expect(await find('"creme brulee"')).toEqual([C1]);
    expect(await engine!.suggest('caf', 5)).toEqual(expect.arrayContaining(['café']));
    expect((await engine!.entities()).find((e) => e.name === 'Janet Yellen')?.count).toBe(2);
  });
});

describe('search engine persistence', () => {
  it('saves, reopens and knows which documents it holds', async () => {
    await open();
    await engine!.update({ upsert: DOCS.map(docOf), remove: [] });
    await engine!.close();
    const files = (await readdir(dir)).sort();
    expect(files).toContain('manifest.json');
    expect(files.filter((f) => f.endsWith('.idx')).length).toBe(4);
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);

    const lines: string[] = [];
    await open(0, (l) => lines.push(l));
    expect(lines).toEqual([]);
    expect(await engine!.indexed()).toEqual(new Map(DOCS.map((d) => [d.id, d.contentHash])));
    expect(await sorted('"trade talks"')).toEqual([A1, A3]);
    expect(await sorted('tag:region/china')).toEqual([A2]);
  });

  it('re-saves only the shards that changed', async () => {
    await open();
    await engine!.update({ upsert: DOCS.map(docOf), remove: [] });
    await engine!.flush();
    const before = new Map<string, string>();
    for (const f of await readdir(dir)) if (f.endsWith('.idx')) before.set(f, (await readFile(path.join(dir, f))).toString('base64'));
    await engine!.update({ upsert: [{ ...docOf(DOCS[0]!), contentHash: 'h1b', text: 'Rewritten entirely.' }], remove: [] });
    await engine!.flush();
    let changed = 0;
    for (const f of await readdir(dir)) if (f.endsWith('.idx') && (await readFile(path.join(dir, f))).toString('base64') !== before.get(f)) changed++;
    expect(changed).toBe(1);
    await engine!.close();
    await open();
    expect((await engine!.indexed()).get(A1)).toBe('h1b');
    expect(await sorted('rewritten')).toEqual([A1]);
  });

  it('rebuilds a damaged shard, saying why in one log line', async () => {
    await open();
    await engine!.update({ upsert: DOCS.map(docOf), remove: [] });
    await engine!.close();
    engine = null;
    const shardFiles = (await readdir(dir)).filter((f) => f.endsWith('.idx')).sort();
    const victim = path.join(dir, shardFiles[0]!);
    const bytes = await readFile(victim);
    bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0xff;
    await writeFile(victim, bytes);

    const lines: string[] = [];
    await open(0, (l) => lines.push(l));
    const indexed = await engine!.indexed();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/shard-00\.idx: checksum mismatch/);
    const lost = DOCS.filter((d) => !indexed.has(d.id));
    expect(lost.length).toBeGreaterThan(0);
    // The caller re-feeds what is missing; everything is found again.
    await engine!.update({ upsert: lost.map(docOf), remove: [] });
    expect(await sorted('sanctions')).toEqual([A1, A2]);
    expect(await engine!.indexed()).toEqual(new Map(DOCS.map((d) => [d.id, d.contentHash])));
  });

  it('rebuilds from scratch when the manifest is unreadable or from other options', async () => {
    await open();
    await engine!.update({ upsert: DOCS.map(docOf), remove: [] });
    await engine!.close();
    engine = null;
    await writeFile(path.join(dir, 'manifest.json'), '{ not json');
    const lines: string[] = [];
    await open(0, (l) => lines.push(l));
    expect((await engine!.indexed()).size).toBe(0);
    expect(lines).toEqual(['search index: manifest is not valid JSON; rebuilding it from the library files']);
    await engine!.close();
    engine = null;

    const manifest = { formatVersion: 0, optionsHash: 'x', shardCount: 4 };
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    lines.length = 0;
    await open(0, (l) => lines.push(l));
    expect((await engine!.indexed()).size).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/index format 0 is not the current 2 \(accent folding; people, organisations and places by kind\); rebuilding/);
  });

  it('reports progress while indexing', async () => {
    await open();
    const seen: number[] = [];
    const many = Array.from({ length: 300 }, (_, i) => ({ ...docOf(DOCS[i % 5]!), id: `b${String(i).padStart(15, '0')}`, contentHash: `x${i}` }));
    await engine!.update({ upsert: many, remove: [] }, (p) => seen.push(p.done));
    expect(seen[seen.length - 1]).toBe(300);
    expect(seen.length).toBeGreaterThan(2);
  });
});

describe('search engine in worker threads', () => {
  it('indexes, searches, saves and reopens through index workers', async () => {
    await open(2);
    await engine!.update({ upsert: DOCS.map(docOf), remove: [] });
    expect(await sorted('"trade talks"')).toEqual([A1, A3]);
    expect(await sorted('tag:region -sanctions')).toEqual([A3]);
    expect(await sorted('sanc* after:2023')).toEqual([A1]);
    const stats = await engine!.stats();
    expect(stats.documents).toBe(5);
    await engine!.close();
    await open(1);
    expect(await engine!.indexed()).toEqual(new Map(DOCS.map((d) => [d.id, d.contentHash])));
    expect(await sorted('blinkin~')).toEqual([A5]);
  });

  it('also runs workers through the tsx bootstrap (index-worker.mjs)', async () => {
    process.env.DOSSIER_INDEX_WORKER_TSX = '1';
    try {
      await open(1);
      await engine!.update({ upsert: DOCS.map(docOf), remove: [] });
      expect(await sorted('"trade talks"')).toEqual([A1, A3]);
    } finally {
      delete process.env.DOSSIER_INDEX_WORKER_TSX;
    }
  });
});
