/**
 * What only a team library has: a database handler for every op, members and sessions,
 * attribution, concurrent edits that merge or are refused (never lost), and `team push` that can
 * be killed (the pushing process, or the database itself) and run again without losing or
 * duplicating anything.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { opNames } from '../../shared/contract';
import { startTestCluster, type TestCluster } from './cluster';
import { openDb } from './db';
import { migrate } from './migrate';
import { pushLibrary } from './push';
import { handlers, openTeamLibrary, type TeamLibrary } from './service';
import { createTestDatabase, pgAvailable, stopOwnCluster, TEST_HASH_COST, type TestDatabase } from './testing/databases';
import { addUser, hashPassword, verifyPassword } from './users';
import { writeLibrary } from '../bench/generate-articles';

const REPO = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(REPO, 'resources', 'sample-library');

it('has a database handler for every operation of the contract, and no other', () => {
  expect(Object.keys(handlers).sort()).toEqual([...opNames].sort());
});

it('hashes passwords with salted scrypt and checks them', async () => {
  const hash = await hashPassword('correct horse battery');
  expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
  expect(hash).not.toBe(await hashPassword('correct horse battery'));
  expect(await verifyPassword('correct horse battery', hash)).toBe(true);
  expect(await verifyPassword('correct horse batterY', hash)).toBe(false);
});

describe.skipIf(!pgAvailable)('a team library with two members', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0).reverse()) await c();
  });
  afterAll(async () => {
    await stopOwnCluster();
  });

  async function setup(): Promise<{ dir: string; database: TestDatabase; library: TeamLibrary; alice: Awaited<ReturnType<typeof addUser>>; bob: Awaited<ReturnType<typeof addUser>> }> {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-team-'));
    await fs.cp(SAMPLE, dir, { recursive: true });
    const database = await createTestDatabase();
    const alice = await addUser(database.db, 'alice', 'correct horse battery', 'Alice', TEST_HASH_COST);
    const bob = await addUser(database.db, 'bob', 'staple battery horse', 'Bob', TEST_HASH_COST);
    await pushLibrary(dir, database.db, { user: alice });
    const library = await openTeamLibrary(database.url);
    cleanup.push(async () => {
      await library.close();
      await database.drop();
      await fs.rm(dir, { recursive: true, force: true });
    });
    return { dir, database, library, alice, bob };
  }

  it('signs members in with their password only, and out again', async () => {
    const { library } = await setup();
    expect(await library.sessions.login('alice', 'wrong password!')).toBeNull();
    expect(await library.sessions.login('nobody', 'correct horse battery')).toBeNull();
    const session = await library.sessions.login('Alice', 'correct horse battery');
    expect(session?.user.displayName).toBe('Alice');
    expect((await library.sessions.resolve(session!.token))?.name).toBe('alice');
    expect(await library.sessions.resolve(`${session!.token}x`)).toBeNull();
    await library.sessions.logout(session!.token);
    expect(await library.sessions.resolve(session!.token)).toBeNull();
  });

  it('attributes every change and shows it in the activity feed', async () => {
    const { library, database, alice, bob } = await setup();
    const asAlice = library.serviceFor(alice);
    const asBob = library.serviceFor(bob);
    const { hits } = await asAlice.search({ query: 'airbus', limit: 2 });
    await asAlice.tagArticles({ ids: [hits[0]!.article.id], add: ['deal'] });
    await asBob.tagArticles({ ids: [hits[1]!.article.id], add: ['deal'] });
    const { rows } = await database.db.query<{ article_id: string; name: string }>('SELECT t.article_id, u.name FROM article_tags t JOIN users u ON u.id = t.added_by ORDER BY u.name');
    expect(rows).toEqual([
      { article_id: hits[0]!.article.id, name: 'alice' },
      { article_id: hits[1]!.article.id, name: 'bob' },
    ]);
    const timeline = await asBob.createTimeline({ name: 'Deals' });
    const feed = await asAlice.activity({ limit: 10 });
    expect(feed.items.slice(0, 3).map((i) => [i.user, i.op])).toEqual([
      ['Bob', 'createTimeline'],
      ['Bob', 'tagArticles'],
      ['Alice', 'tagArticles'],
    ]);
    expect(feed.items[0]!.timelineId).toBe(timeline.id);
    // Undo is per member: Alice's undo takes back Alice's change, not Bob's newer one.
    await asAlice.undoTagChange({});
    expect((await asAlice.getArticle({ id: hits[0]!.article.id })).tags).toEqual([]);
    expect((await asAlice.getArticle({ id: hits[1]!.article.id })).tags).toEqual(['deal']);
  });

  it('attributes corrections, notes and saved searches, undoes per member, and keeps each member\'s history private', async () => {
    const { library, database, alice, bob } = await setup();
    const asAlice = library.serviceFor(alice);
    const asBob = library.serviceFor(bob);
    const { hits } = await asAlice.search({ query: 'airbus', limit: 2 });
    const [first, second] = hits.map((h) => h.article.id) as [string, string];
    await asAlice.setArticleMetadata({ id: first, set: { title: 'Alice corrected this' } });
    await asBob.setArticleMetadata({ id: second, set: { title: 'Bob corrected this' } });
    await asAlice.setArticleNote({ articleId: first, note: 'Alice was here' });
    await asBob.setArticleNote({ articleId: first, note: 'Bob rewrote it' });
    await asAlice.saveSearch({ name: 'Airbus', query: 'airbus' });
    await asBob.saveSearch({ name: 'Boeing', query: 'boeing' });
    const corrected = await database.db.query<{ id: string; name: string }>('SELECT a.id, u.name FROM articles a JOIN users u ON u.id = a.corrected_by ORDER BY u.name');
    expect(corrected.rows).toEqual([
      { id: first, name: 'alice' },
      { id: second, name: 'bob' },
    ]);
    const saved = await database.db.query<{ name: string; by: string }>('SELECT s.name, u.name AS by FROM saved_searches s JOIN users u ON u.id = s.created_by ORDER BY s.name');
    expect(saved.rows).toEqual([
      { name: 'Airbus', by: 'alice' },
      { name: 'Boeing', by: 'bob' },
    ]);
    const feed = await asBob.activity({ limit: 6 });
    expect(feed.items.map((i) => [i.user, i.op])).toEqual([
      ['Bob', 'saveSearch'],
      ['Alice', 'saveSearch'],
      ['Bob', 'setArticleNote'],
      ['Alice', 'setArticleNote'],
      ['Bob', 'setArticleMetadata'],
      ['Alice', 'setArticleMetadata'],
    ]);
    // Each member's undo takes back their own latest change of that kind.
    await asAlice.undoMetadataChange({});
    expect((await asAlice.getArticle({ id: first })).title).not.toBe('Alice corrected this');
    expect((await asAlice.getArticle({ id: second })).title).toBe('Bob corrected this');
    await asAlice.undoSearchChange({});
    expect((await asBob.listSavedSearches({ counts: false })).searches.map((x) => x.name)).toEqual(['Boeing']);
    // Alice's note was rewritten by Bob since: her undo leaves his text alone.
    await asAlice.undoNoteChange({});
    expect((await asBob.getNotes({ articleId: first })).note).toBe('Bob rewrote it');
    await asBob.undoNoteChange({});
    expect((await asBob.getNotes({ articleId: first })).note).toBe('Alice was here');
    // The history is each member's own, and clearing it is not in the team's feed.
    await asAlice.recordSearch({ query: 'secret alice query' });
    await asBob.recordSearch({ query: 'bob query' });
    expect((await asAlice.searchHistory({})).entries.map((e) => e.query)).toEqual(['secret alice query']);
    expect((await asBob.searchHistory({})).entries.map((e) => e.query)).toEqual(['bob query']);
    await asAlice.clearSearchHistory({});
    expect((await asBob.searchHistory({})).entries).toHaveLength(1);
    expect((await asBob.activity({ limit: 50 })).items.map((i) => i.op)).not.toContain('clearSearchHistory');
    // Bob's undo does not bring back Alice's history.
    await asBob.undoSearchChange({});
    expect((await asAlice.searchHistory({})).entries).toEqual([]);
    await asAlice.undoSearchChange({});
    expect((await asAlice.searchHistory({})).entries.map((e) => e.query)).toEqual(['secret alice query']);
  });

  it('keeps corrections and notes when a push rewrites the articles', async () => {
    const { dir, library, database, alice } = await setup();
    const asAlice = library.serviceFor(alice);
    const { hits } = await asAlice.search({ query: '"lethal weaponry"' });
    const id = hits[0]!.article.id;
    await asAlice.setArticleMetadata({ id, set: { title: 'Quetzalcoatl report', publishedAt: { value: '1999' } } });
    await asAlice.setArticleNote({ articleId: id, note: 'kept through pushes' });
    // As if pushed by an older Dossier: the next push rewrites every row.
    await database.db.query('UPDATE articles SET search_version = 2');
    const report = await pushLibrary(dir, database.db, { user: alice });
    expect(report.articles.written).toBe(61);
    expect((await asAlice.search({ query: 'quetzalcoatl after:1999 before:1999' })).hits.map((h) => h.article.id)).toEqual([id]);
    expect((await asAlice.getArticle({ id })).title).toBe('Quetzalcoatl report');
    expect((await asAlice.search({ query: 'note:pushes' })).total).toBe(1);
  });

  it('signs articles stored before migration 002 when the schema is brought up to date', async () => {
    const { database, library } = await setup();
    const before = await database.db.query<{ id: string; copy_text: string; copy_bands: string[] }>('SELECT id, copy_text, copy_bands FROM articles ORDER BY id');
    // As an older Dossier left them: no signatures, no originals.
    await database.db.query('UPDATE articles SET copy_text = NULL, copy_shingles = NULL, copy_sketch = NULL, copy_bands = NULL');
    await database.db.query('DELETE FROM article_originals');
    const id = before.rows[0]!.id;
    await expect(library.serviceFor(null).getOriginal({ id })).rejects.toThrow(/holds the text of .*, not its original file/);
    const logged: string[] = [];
    await migrate(database.db, { log: (line) => logged.push(line) });
    expect(logged.at(-1)).toMatch(/computed the duplicate signatures of 61 article/);
    const after = await database.db.query<{ id: string; copy_text: string; copy_bands: string[] }>('SELECT id, copy_text, copy_bands FROM articles ORDER BY id');
    expect(after.rows).toEqual(before.rows);
  });

  it('merges concurrent edits of one timeline and refuses, with a clear conflict, what would overwrite', async () => {
    const { library, alice, bob } = await setup();
    const asAlice = library.serviceFor(alice);
    const asBob = library.serviceFor(bob);
    const timeline = await asAlice.createTimeline({ name: 'Tanker' });
    const { hits } = await asAlice.search({ query: 'tanker', limit: 1 });
    const draft = await asAlice.proposeEvent({ articleId: hits[0]!.article.id, start: 0, end: 30 });
    const other = await asAlice.proposeEvent({ articleId: hits[0]!.article.id, start: 60, end: 120 });
    const added = await asAlice.addEvents({ timelineId: timeline.id, events: [draft, { ...other, title: 'Second' }], mergeDuplicates: false });
    const [one, two] = added.added as [string, string];
    // Both edit at once, many times over, each a different event: every edit lands.
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => [
        asAlice.updateEvent({ timelineId: timeline.id, eventId: one, patch: { description: `alice ${i}` } }),
        asBob.updateEvent({ timelineId: timeline.id, eventId: two, patch: { description: `bob ${i}` } }),
        asBob.tagArticles({ ids: [hits[0]!.article.id], add: [`t${i}`] }),
      ]).flat(),
    );
    const after = await asAlice.getTimeline({ id: timeline.id });
    expect(after.events.find((e) => e.id === one)?.description).toBe('alice 5');
    expect(after.events.find((e) => e.id === two)?.description).toBe('bob 5');
    expect(after.version).toBe(1 + 1 + 12);
    expect((await asAlice.getArticle({ id: hits[0]!.article.id })).tags).toHaveLength(6);
    // Same field, from the same starting point: the second is refused, the first stays.
    await asAlice.updateEvent({ timelineId: timeline.id, eventId: one, patch: { title: 'Alice title' }, base: { title: draft.title } });
    await expect(asBob.updateEvent({ timelineId: timeline.id, eventId: one, patch: { title: 'Bob title' }, base: { title: draft.title } })).rejects.toMatchObject({ code: 'conflict' });
    // An edit of an event someone deleted meanwhile: a conflict naming who changed the timeline.
    await asAlice.deleteEvents({ timelineId: timeline.id, eventIds: [two] });
    const refused = await asBob.updateEvent({ timelineId: timeline.id, eventId: two, patch: { title: 'Gone' } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'not-found' });
    const final = await asBob.getTimeline({ id: timeline.id });
    expect(final.events.map((e) => e.title)).toEqual(['Alice title']);
  });
});

describe.skipIf(!pgAvailable)('team push', () => {
  let cluster: TestCluster | undefined;
  afterAll(() => cluster?.stop());

  async function counts(url: string) {
    const db = openDb(url, { max: 1 });
    try {
      const { rows } = await db.query<{ articles: number; ids: number; tags: number; timelines: number; lexicon: number }>(
        `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(DISTINCT id) FROM articles)::int AS ids,
                (SELECT count(*) FROM article_tags)::int AS tags, (SELECT count(*) FROM timelines)::int AS timelines,
                (SELECT coalesce(sum(df), 0) FROM lexicon)::int AS lexicon`,
      );
      return rows[0]!;
    } finally {
      await db.end();
    }
  }

  /** Runs `dossier team push` as a child; resolves with its output once it printed `articles N/…` with N >= `killAt` (then kills it) or exited. */
  function runPush(dir: string, url: string, killAt?: number): Promise<{ code: number | null; out: string; killed: boolean }> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [path.join(REPO, 'main', 'cli', 'bin.mjs'), 'team', 'push', dir, '--db', url, '--batch', '50'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let killed = false;
      const onData = (d: Buffer) => {
        out += d.toString();
        const m = [...out.matchAll(/articles (\d+)\//g)].pop();
        if (killAt !== undefined && !killed && m && Number(m[1]) >= killAt) {
          killed = true;
          child.kill('SIGKILL');
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => resolve({ code, out, killed }));
    });
  }

  it('killed mid-push (the pusher, then the database), run again: nothing lost, nothing twice', async () => {
    cluster = await startTestCluster();
    const url = cluster.urlOf('postgres');
    const db = openDb(url, { max: 2 });
    await migrate(db, { libraryName: 'Push test' });
    await db.end();
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-push-'));
    try {
      await writeLibrary(dir, 300, 7);
      await fs.cp(path.join(SAMPLE, 'worldtribune'), path.join(dir, 'worldtribune'), { recursive: true });
      // A library with tags and a timeline of its own (through the local service).
      const { createDossierService } = await import('../api/service');
      const local = await createDossierService({ root: dir, watch: false, analyseInBackground: false });
      await local.ready();
      const some = (await local.listArticles({ limit: 20 })).items.map((a) => a.id);
      await local.tagArticles({ ids: some, add: ['checked'] });
      const tl = await local.createTimeline({ name: 'Local work' });
      await local.close();

      const first = await runPush(dir, url, 100);
      expect(first.killed).toBe(true);
      const partial = await counts(url);
      expect(partial.articles).toBeGreaterThan(0);
      expect(partial.articles).toBeLessThan(301);

      // Now the database dies under the push; the push fails, saying so.
      const second = runPush(dir, url);
      await new Promise((r) => setTimeout(r, 1500));
      cluster.crash();
      const failed = await second;
      cluster.start();
      expect(failed.code === 0 ? 'finished before the crash' : 'failed').toBeTruthy();

      const third = await runPush(dir, url);
      expect(third.code).toBe(0);
      expect(third.out).toMatch(/articles: 301 in the library/);
      const full = await counts(url);
      expect(full.articles).toBe(301);
      expect(full.ids).toBe(301);
      expect(full.tags).toBe(20);
      expect(full.timelines).toBe(1);
      const again = await runPush(dir, url);
      expect(again.out).toMatch(/0 written, 301 already there/);
      const same = await counts(url);
      expect(same).toEqual(full);
      // The search dictionary counts each article once, however often it was pushed.
      const check = openDb(url, { max: 1 });
      const { rows } = await check.query<{ expected: number }>(`SELECT coalesce(sum(cardinality(tsvector_to_array(tsv))), 0)::int AS expected FROM articles`);
      await check.end();
      expect(same.lexicon).toBe(rows[0]!.expected);
      const library = await openTeamLibrary(url, { listen: false });
      expect((await library.serviceFor(null).getTimeline({ id: tl.id })).name).toBe('Local work');
      await library.close();
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
