/**
 * Entities as a way in, through the real service: the analysis runs in the background, its
 * canonical names and kinds reach the index, and the list, facets, `person:`/`place:` queries and
 * an entity's page follow from them.
 */
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { createDossierService } from '../api/service';
import type { DossierService } from '../api/service-types';

let service: DossierService | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await service?.close();
  service = undefined;
  await Promise.all(dirs.splice(0).map((d) => fs.rm(d, { recursive: true, force: true })));
});

const story = (title: string, date: string, body: string) => `${title}\n\nBy Jane Reporter, ${date}\n\n${body}\n`;

const FILES = {
  'yellen.txt': story(
    'Yellen rules out a default',
    'March 6, 2023',
    'Treasury Secretary Janet Yellen said on Monday that the United States would meet its obligations. "We will not default on our debt," Yellen told reporters in Washington. Officials from Burma attended the meeting.',
  ),
  'blinken.txt': story(
    'Blinken answers Yellen',
    'March 7, 2023',
    'Diplomats met in Bangkok on Tuesday to discuss Burma. "Janet Yellen is wrong about the sanctions," said Antony Blinken, the Secretary of State. The talks resumed in São Paulo on Wednesday.',
  ),
  'other.txt': story('Harvest news', 'March 8, 2023', 'Farmers in Kenya reported a good harvest on Wednesday.'),
};

async function open() {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-entities-'));
  const stateDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-state-'));
  dirs.push(root, stateDir);
  for (const [name, content] of Object.entries(FILES)) await fs.writeFile(path.join(root, name), content);
  service = await createDossierService({ root, stateDir, watch: false });
  await service.ready();
  await service.analysed();
  return service;
}

describe('entities through the service', () => {
  it('lists people, organisations and places with the number of articles of each', async () => {
    const s = await open();
    const all = await s.listEntities({});
    expect(all.analysing).toBe(false);
    expect(all.entities).toContainEqual({ kind: 'person', name: 'Janet Yellen', count: 2 });
    expect(all.entities).toContainEqual({ kind: 'place', name: 'Myanmar', count: 2 });
    expect(all.entities[0]!.count).toBe(2);
    const people = await s.listEntities({ kind: 'person' });
    expect(people.entities.every((e) => e.kind === 'person')).toBe(true);
    // The filter narrows as one types: words of the name, the last one a prefix, accents aside.
    expect((await s.listEntities({ filter: 'yel' })).entities.map((e) => e.name)).toEqual(['Janet Yellen']);
    expect((await s.listEntities({ filter: 'sao pau' })).entities.map((e) => e.name)).toEqual(['São Paulo']);
    expect((await s.listEntities({ kind: 'place', limit: 1, offset: 1 })).entities).toHaveLength(1);
  });

  it('finds articles by canonical name: place:Myanmar finds the articles that say "Burma"', async () => {
    const s = await open();
    const found = await s.search({ query: 'place:Myanmar' });
    expect(found.hits.map((h) => h.article.title).sort()).toEqual(['Blinken answers Yellen', 'Yellen rules out a default']);
    expect((await s.search({ query: 'person:"janet yellen" -person:blinken' })).hits.map((h) => h.article.title)).toEqual(['Yellen rules out a default']);
    expect((await s.search({ query: 'place:"sao paulo"' })).total).toBe(1);
    expect((await s.search({ query: 'harvest' })).facets.place).toEqual([{ value: 'Kenya', count: 1 }]);
    const facets = (await s.search({ query: 'burma' })).facets;
    expect(facets.person).toEqual(expect.arrayContaining([{ value: 'Janet Yellen', count: 2 }, { value: 'Antony Blinken', count: 1 }]));
  });

  // The gazetteer's alternate names (another branch) canonicalise "Bangalore" as "Bengaluru". With
  // them, `place:Bengaluru` finds an article that says "Bangalore"; until then the analysis keeps
  // "Bangalore" and there is nothing to prove.
  const bangalore = analyze({ text: 'Engineers in Bangalore met on Monday.', publishedAt: '2024-01-01', title: 'x' }).entities.find((e) => e.text === 'Bangalore');
  it.skipIf(bangalore?.canonical !== 'Bengaluru')('place:Bengaluru finds an article that says "Bangalore" (needs the gazetteer alternate names)', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-entities-'));
    dirs.push(root);
    await fs.writeFile(path.join(root, 'b.txt'), story('Tech hub grows', 'March 9, 2023', 'Engineers in Bangalore opened a new campus on Monday.'));
    service = await createDossierService({ root, stateDir: root, watch: false });
    await service.ready();
    await service.analysed();
    expect((await service.search({ query: 'place:Bengaluru' })).hits.map((h) => h.article.title)).toEqual(['Tech hub grows']);
  });

  it("shows an entity's page: articles, quotes by and about it, and timeline events involving it", async () => {
    const s = await open();
    const timeline = await s.createTimeline({ name: 'Debt' });
    const queue = await s.candidatesForQuery({ query: 'person:"Janet Yellen"', timelineId: timeline.id });
    const withYellen = queue.items.filter((i) => i.draft.actors.includes('Janet Yellen'));
    expect(withYellen.length).toBeGreaterThan(0);
    await s.addEvents({ timelineId: timeline.id, events: withYellen.map((i) => i.draft), keys: withYellen.flatMap((i) => i.keys) });

    const page = await s.getEntity({ kind: 'person', name: 'janet yellen' });
    expect(page.query).toBe('person:"janet yellen"');
    expect(page.articleCount).toBe(2);
    expect(page.articles.map((a) => a.title)).toEqual(['Blinken answers Yellen', 'Yellen rules out a default']);
    expect(page.quotesBy.map((q) => q.text)).toEqual([expect.stringMatching(/^We will not default on our debt/)]);
    expect(page.quotesAbout).toEqual([expect.objectContaining({ speaker: 'Antony Blinken', text: expect.stringMatching(/^Janet Yellen is wrong/), articleTitle: 'Blinken answers Yellen' })]);
    expect(page.events.length).toBe(withYellen.length);
    expect(page.events[0]).toMatchObject({ timelineId: timeline.id, timelineName: 'Debt', role: 'actor' });
    // Where the quote is: the reader can open the article there.
    const article = await s.getArticle({ id: page.quotesBy[0]!.articleId });
    expect(article.text.slice(page.quotesBy[0]!.start, page.quotesBy[0]!.end)).toContain('We will not default');

    const place = await s.getEntity({ kind: 'place', name: 'Myanmar' });
    expect(place.articleCount).toBe(2);
    expect(place.quotesBy).toEqual([]);
  });
});
