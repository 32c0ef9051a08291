import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyKind, DuplicateIndex, groupCopies, resemblance, signatureOf, type ArticleFacts, type Signature } from './duplicates';

// An invented wire story, its republication with small edits, a trimmed version, and another outlet's own report.
const WIRE = `The harbour authority will close the northern pier to cargo ships from Monday, its director said on Tuesday, after inspectors found cracks in the concrete supports.

"We cannot take the risk of a collapse while ships are unloading," director Ana Ruiz told reporters at the port.

The closure is expected to last six weeks. Shipping companies will be asked to use the southern terminal, which has spare capacity after the end of the grain season.

Unions said they would meet the authority on Thursday to discuss the workers affected by the closure.

Repairs will cost about 4 million euros, according to an estimate published by the city council last month.`;

const REPUBLISHED = WIRE.replace('said on Tuesday', 'said Tuesday')
  .replace('is expected to last six weeks', 'should last about six weeks')
  .replace(/\n\nRepairs will cost[^\n]*$/, '\n\nThe authority did not say whether fees would change.');

const TRIMMED = WIRE.split('\n\n').slice(0, 3).join('\n\n');

const OWN_REPORT = `Port director Ana Ruiz announced on Tuesday that the northern pier would shut to cargo traffic next week.

Speaking at the port, Ruiz said: "We cannot take the risk of a collapse while ships are unloading."

Dock workers fear for their jobs. The union has called for talks, and several shipping lines are already rerouting to other ports along the coast.

The council has not yet said who will pay for the repairs, which engineers describe as urgent.`;

describe('duplicate signatures', () => {
  it('finds the same text whatever its line endings, spacing or curly quotes', () => {
    const a = signatureOf(WIRE);
    const b = signatureOf(WIRE.replace(/\n/g, '\r\n').replace(/"/g, '“').replace(/ {1}/g, '  '));
    expect(copyKind(a, b)).toEqual({ kind: 'exact', similarity: 1 });
  });

  it('takes a republication with small edits and a trimmed copy for near copies', () => {
    const wire = signatureOf(WIRE);
    const republished = copyKind(wire, signatureOf(REPUBLISHED));
    expect(republished?.kind).toBe('near');
    expect(republished!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(copyKind(wire, signatureOf(TRIMMED))?.kind).toBe('near');
  });

  it('keeps another outlet’s report of the same event apart, though it quotes the same sentence', () => {
    const wire = signatureOf(WIRE);
    const own = signatureOf(OWN_REPORT);
    expect(copyKind(wire, own)).toBeNull();
    expect(resemblance(wire, own)).toBeLessThan(0.2);
  });

  it('compares short texts only for exact equality', () => {
    expect(copyKind(signatureOf('Pier closed on Monday after cracks were found.'), signatureOf('Pier closed on Tuesday after cracks were found.'))).toBeNull();
  });
});

describe('groups of copies', () => {
  const texts: Record<string, string> = { wire: WIRE, again: WIRE, republished: REPUBLISHED, own: OWN_REPORT };
  const facts: ArticleFacts[] = [
    { id: 'again', contentHash: 'aaaa0001', path: 'imported/wire (2).txt', publishedAt: '2024-05-07' },
    { id: 'republished', contentHash: 'aaaa0002', path: 'daily/pier.txt', publishedAt: '2024-05-08' },
    { id: 'wire', contentHash: 'aaaa0003', path: 'wire/pier.txt', publishedAt: '2024-05-07' },
    { id: 'own', contentHash: 'aaaa0004', path: 'courier/pier.txt', publishedAt: '2024-05-07' },
  ];
  const sigs = new Map<string, Signature>(facts.map((f) => [f.contentHash, signatureOf(texts[f.id]!)]));

  it('groups every copy under the original: the earliest published, then not an import', () => {
    const groups = groupCopies(facts, (h) => sigs.get(h));
    expect(groups.groups).toHaveLength(1);
    const [group] = groups.groups;
    expect(group!.primary).toBe('wire');
    expect(group!.members.map((m) => [m.id, m.kind])).toEqual([
      ['wire', 'exact'],
      ['again', 'exact'],
      ['republished', 'near'],
    ]);
    expect(groups.primaryOf('republished')).toBe('wire');
    expect(groups.primaryOf('own')).toBe('own');
    expect(groups.groupOf('own')).toBeUndefined();
  });

  it('keeps signatures in .dossier/duplicates.json, by content hash, and forgets what left the library', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-duplicates-'));
    try {
      const index = await DuplicateIndex.open(dir);
      for (const f of facts) index.add(f.contentHash, texts[f.id]!);
      index.retainOnly(facts.filter((f) => f.id !== 'own').map((f) => f.contentHash));
      await index.save();
      const json = JSON.parse(await fs.readFile(path.join(dir, 'duplicates.json'), 'utf8'));
      expect(Object.keys(json.signatures).sort()).toEqual(['aaaa0001', 'aaaa0002', 'aaaa0003']);
      const reopened = await DuplicateIndex.open(dir);
      expect(reopened.has('aaaa0003')).toBe(true);
      expect(reopened.has('aaaa0004')).toBe(false);
      expect(reopened.groups(facts, 1).primaryOf('again')).toBe('wire');
      // A broken file is read as empty (derived data: rebuilt), never an error.
      await fs.writeFile(path.join(dir, 'duplicates.json'), '{ broken');
      expect((await DuplicateIndex.open(dir)).has('aaaa0003')).toBe(false);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
