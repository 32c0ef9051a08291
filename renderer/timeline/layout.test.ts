import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../shared/timeline';
import { applyFilters, DAY, fitView, HOUR, lanes, listRows, MAX_MS_PER_PX, MIN_MS_PER_PX, NO_FILTERS, place, prepare, priorityIds, priorityLabelPx, ticks, timeAt, YEAR, zoomAt } from './layout';

const at = '2026-01-01T00:00:00.000Z';
function ev(id: string, start: string, end = start, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    description: '',
    date: { start, end, precision: start === end ? 'day' : 'range', approximate: false, value: null, text: null },
    actors: [],
    place: null,
    tags: [],
    sources: [],
    origin: 'manual',
    dateFrom: 'sources',
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

describe('timeline geometry', () => {
  it('zooms around the pointer and clamps from hours to centuries', () => {
    const view = fitView(Date.UTC(2023, 0, 1), Date.UTC(2023, 11, 31), 1000);
    const t = timeAt(view, 300);
    const zoomed = zoomAt(view, 0.5, 300);
    expect(timeAt(zoomed, 300)).toBeCloseTo(t, -1);
    expect(zoomAt(view, 1e-9, 0).msPerPx).toBe(MIN_MS_PER_PX);
    expect(zoomAt(view, 1e9, 0).msPerPx).toBe(MAX_MS_PER_PX);
  });

  it('labels ticks at a unit that fits the scale', () => {
    const base = { start: Date.UTC(2023, 1, 23), width: 1000 };
    expect(ticks({ ...base, msPerPx: HOUR / 100 }).unit).toBe('1 hour');
    expect(ticks({ ...base, msPerPx: DAY / 100 }).unit).toBe('1 day');
    expect(ticks({ ...base, msPerPx: (30 * DAY) / 100 }).unit).toBe('1 month');
    expect(ticks({ ...base, msPerPx: YEAR / 50 }).unit).toBe('5 year');
    expect(ticks({ ...base, msPerPx: MAX_MS_PER_PX }).unit).toMatch(/year/);
    const days = ticks({ ...base, msPerPx: DAY / 100 });
    expect(days.major[0]!.label).toBe('23 Feb');
    expect(days.major.length).toBeGreaterThanOrEqual(10);
    expect(days.minor.length).toBeGreaterThan(days.major.length);
  });

  it('filters by text, actor, tag, source and dates', () => {
    const events = prepare([
      ev('a', '2023-02-18', '2023-02-19', { actors: ['Blinken'], tags: ['diplomacy'], title: 'Munich warning' }),
      ev('b', '2023-02-23', '2023-02-23', { actors: ['Yellen'] }),
      ev('c', '2022-02-23', '2023-02-23', {
        sources: [
          {
            articleId: 'x',
            articleTitle: 'T',
            publisher: 'WorldTribune',
            publishedAt: null,
            url: null,
            contentHash: null,
            passage: { start: 0, end: 1, quote: 'dual-use goods', before: '', after: '' },
            status: 'ok',
            path: null,
            date: null,
            reading: null,
            merge: null,
            copies: [],
            candidateKey: null,
          },
        ],
      }),
    ]);
    const ids = (f: Partial<typeof NO_FILTERS>) => applyFilters(events, { ...NO_FILTERS, ...f }).map((p) => p.event.id);
    expect(ids({})).toEqual(['c', 'a', 'b']);
    expect(ids({ text: 'munich' })).toEqual(['a']);
    expect(ids({ text: 'dual-use' })).toEqual(['c']);
    expect(ids({ actor: 'Yellen' })).toEqual(['b']);
    expect(ids({ tag: 'diplomacy' })).toEqual(['a']);
    expect(ids({ source: 'WorldTribune' })).toEqual(['c']);
    expect(ids({ from: '2023-02-20' })).toEqual(['c', 'b']);
    expect(ids({ to: '2023-02-18' })).toEqual(['c', 'a']);
    expect(lanes(events, 'actor').map((l) => l.key)).toEqual(['(no actor)', 'Blinken', 'Yellen']);
    expect(listRows(events).filter((r) => r.kind === 'heading')).toHaveLength(3);
  });

  it('draws a bounded number of elements for 5,000 events at any zoom', () => {
    const many: TimelineEvent[] = [];
    for (let i = 0; i < 5000; i++) many.push(ev(String(i), new Date(Date.UTC(2000, 0, 1) + i * 3 * DAY).toISOString().slice(0, 10)));
    const events = prepare(many);
    const wide = fitView(events[0]!.start, events[events.length - 1]!.end, 1200);
    const far = place(events, wide, 8);
    expect(far.placed.length).toBeLessThanOrEqual(8 * Math.ceil(1200 / 14) + 8);
    expect(far.placed.length + far.clusters.reduce((n, c) => n + c.count, 0)).toBe(5000);
    const close = place(events, { ...wide, msPerPx: DAY / 50, start: Date.UTC(2010, 0, 1) }, 8);
    expect(close.clusters).toEqual([]);
    expect(close.placed.length).toBeGreaterThan(0);
    expect(close.placed.length).toBeLessThan(20);
  });

  it('always places and labels the selected and the most-reported event, however crowded the day', () => {
    const source = (publisher: string) => ({
      articleId: publisher,
      articleTitle: 'T',
      publisher,
      publishedAt: null,
      url: null,
      contentHash: null,
      passage: { start: 0, end: 1, quote: 'q', before: '', after: '' },
      status: 'ok' as const,
      candidateKey: null,
      path: null,
      date: null,
      reading: null,
      merge: null,
      copies: [],
    });
    const crowd: TimelineEvent[] = [];
    for (let i = 0; i < 30; i++) crowd.push(ev(`e${i}`, '2023-03-14', '2023-03-14', { sources: [source(`Outlet ${i}`)] }));
    crowd.push(ev('most', '2023-03-14', '2023-03-14', { title: 'Minister warns shipping firms', sources: ['A', 'B', 'C', 'D'].map(source) }));
    const events = prepare(crowd);
    const view = fitView(Date.UTC(2023, 2, 1), Date.UTC(2023, 2, 31), 900);
    const priority = priorityIds(events, 'e29');
    expect([...priority].sort()).toEqual(['e29', 'most']);
    const { placed, clusters } = place(events, view, 2, priority);
    for (const id of ['most', 'e29']) {
      const item = placed.find((p) => p.p.event.id === id)!;
      expect(item.priority).toBe(true);
      expect(item.labelRoom).toBeGreaterThanOrEqual(priorityLabelPx(item.p.event.title) - 20);
    }
    // The two share the spot in two rows; nothing else overlaps them.
    expect(placed.filter((p) => p.priority).map((p) => p.row)).toEqual([0, 1]);
    expect(placed.length + clusters.reduce((n, c) => n + c.count, 0)).toBe(events.length);
  });
});
