import { describe, expect, it } from 'vitest';
import type { EventDraft, EventSource } from '../../shared/timeline';
import { groupDuplicates, isDuplicate, mergeDrafts, similarity } from './merge';

function source(articleId: string, publishedAt: string | null, quote = 'q'): EventSource {
  return {
    articleId,
    articleTitle: `Article ${articleId}`,
    publisher: `Pub ${articleId}`,
    publishedAt,
    url: null,
    contentHash: 'h',
    passage: { start: 0, end: quote.length, quote, before: '', after: '' },
    status: 'ok',
    candidateKey: `${articleId}:0:x`,
  };
}

function draft(title: string, start: string, end: string, actors: string[], articleId: string, publishedAt: string | null = null): EventDraft {
  return {
    title,
    description: title,
    date: { start, end, precision: start === end ? 'day' : 'range', approximate: false, value: null, text: null },
    actors,
    place: null,
    tags: [],
    sources: [source(articleId, publishedAt)],
    origin: 'extracted',
  };
}

const a = draft('Blinken warns Wang Yi in Munich against arming Russia', '2023-02-18', '2023-02-19', ['Antony Blinken', 'Wang Yi'], 'a1', '2023-02-21');
const b = draft('In Munich, Blinken warned China’s Wang Yi not to arm Russia', '2023-02-18', '2023-02-18', ['Antony Blinken', 'Wang Yi'], 'b2', '2023-02-19');
const unrelated = draft('Yellen speaks on sanctions in Bengaluru', '2023-02-18', '2023-02-18', ['Janet Yellen'], 'c3', '2023-02-18');
const longRange = draft('Chinese companies sell dual-use goods to Russia', '2022-02-23', '2023-02-23', ['Wang Yi', 'Antony Blinken'], 'd4');

describe('duplicate events', () => {
  it('takes two reports of the same meeting for one event', () => {
    expect(similarity(a, b)).toBeGreaterThan(0.4);
    expect(isDuplicate(a, b)).toBe(true);
  });

  it('keeps different happenings on the same day apart', () => {
    expect(isDuplicate(a, unrelated)).toBe(false);
  });

  it('does not merge a day into a year-long span', () => {
    expect(isDuplicate(b, longRange)).toBe(false);
  });

  it('never merges two events of the same article', () => {
    const sameArticle = { ...b, sources: [source('a1', '2023-02-21', 'other')] };
    expect(isDuplicate(a, sameArticle)).toBe(false);
    expect(groupDuplicates([a, sameArticle])).toHaveLength(2);
  });

  it('groups reports and credits the first one', () => {
    const groups = groupDuplicates([a, unrelated, b, longRange]);
    expect(groups.map((g) => g.length).sort()).toEqual([1, 1, 2]);
    const merged = mergeDrafts(groups.find((g) => g.length === 2)!);
    expect(merged.sources.map((s) => s.articleId)).toEqual(['b2', 'a1']);
    expect(merged.title).toBe(b.title);
    // the narrowest date wins
    expect(merged.date.start).toBe('2023-02-18');
    expect(merged.date.end).toBe('2023-02-18');
  });

  it('keeps distinct events on neighbouring days apart', () => {
    const x = draft('Parliament passes the budget after a long night', '2023-03-01', '2023-03-01', ['Parliament'], 'p1');
    const y = draft('Storm floods the harbour district', '2023-03-02', '2023-03-02', ['Coast guard'], 'p2');
    expect(groupDuplicates([x, y])).toHaveLength(2);
  });
});
