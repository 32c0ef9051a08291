import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { JSDOM } from 'jsdom';
import type { EventSource, Timeline, TimelineEvent } from '../../../shared/timeline';
import { csvToEvents, parseCsv, timelineToCsv } from './csv';
import { exportTimeline } from './index';
import { timelineToHtml } from './html';
import { timelineToMarkdown } from './markdown';
import { toTimelineJs } from './timelinejs';
import { validateTimelineJs } from './validate-timelinejs';

const at = '2026-01-01T00:00:00.000Z';

function event(id: string, over: Partial<TimelineEvent> & { date: TimelineEvent['date'] }): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    description: '',
    actors: [],
    place: null,
    tags: [],
    sources: [],
    origin: 'manual',
    dateFrom: 'sources',
    createdAt: at,
    updatedAt: at,
    ...over,
  };
}

const hostile = 'Wang <script>alert(1)</script> & "Co", said: =HYPERLINK("x")';
const timeline: Timeline = {
  id: 'test',
  name: 'Test <timeline>',
  description: 'A line, "quoted"\nand a second line',
  rejected: [],
  pending: [],
  formatVersion: 2,
  createdAt: at,
  updatedAt: at,
  version: 3,
  events: [
    event('a', {
      title: hostile,
      description: 'multi\r\nline, with "quotes"',
      date: { start: '2023-02-18', end: '2023-02-19', precision: 'range', approximate: false, value: '2023-W07-WE', text: 'over the weekend' },
      actors: ['Antony Blinken', 'A; B \\ C'],
      place: 'Munich',
      tags: ['diplomacy'],
      origin: 'extracted',
      sources: [
        {
          articleId: '948cae0baa0ab6c0',
          articleTitle: 'Report: China "weighing"',
          publisher: 'WorldTribune',
          publishedAt: '2023-02-23',
          url: 'https://example.org/a?x=1&y=2',
          contentHash: 'abc',
          passage: { start: 10, end: 20, quote: 'a formal warning', before: 'b, "4', after: 'x\ny' },
          status: 'ok',
          candidateKey: '948cae0baa0ab6c0:1:2',
          path: 'news/report.txt',
          date: null,
          reading: null,
          merge: null,
          copies: [],
        },
        {
          articleId: '00000000000000a2',
          articleTitle: 'Second',
          publisher: null,
          publishedAt: null,
          url: 'javascript:alert(1)',
          contentHash: null,
          passage: { start: 0, end: 3, quote: 'abc', before: '', after: '' },
          status: 'source-changed',
          candidateKey: null,
          path: null,
          date: null,
          reading: null,
          merge: null,
          copies: [],
        },
      ],
    }),
    event('b', { date: { start: '2023-02-23', end: '2023-02-23', precision: 'day', approximate: false, value: '2023-02-23', text: 'on Thursday' } }),
    event('c', { date: { start: '2022-02-23', end: '2023-02-23', precision: 'range', approximate: true, value: 'P1Y', text: 'over the past year' } }),
    event('d', { date: { start: '2023-01-01', end: '2023-03-31', precision: 'quarter', approximate: false, value: '2023-Q1', text: null } }),
    event('e', { date: { start: '2023-02-01', end: '2023-02-28', precision: 'month', approximate: false, value: null, text: null } }),
    event('f', { date: { start: '2020-01-01', end: '2020-12-31', precision: 'year', approximate: true, value: null, text: null } }),
    event('g', { date: { start: '2023-02-23T14:30', end: '2023-02-23T14:30', precision: 'datetime', approximate: false, value: null, text: null } }),
    event('h', { title: '-starts with a minus', date: { start: '-0044-03-15', end: '-0044-03-15', precision: 'day', approximate: false, value: null, text: null } }),
  ],
};

describe('TimelineJS3 export', () => {
  it('is valid by the format rules', () => {
    const doc = toTimelineJs(timeline);
    expect(validateTimelineJs(doc)).toEqual([]);
    expect(validateTimelineJs(JSON.parse(exportTimeline(timeline, 'timelinejs').content))).toEqual([]);
  });

  it('writes dates at their precision, ranges with end_date, and escapes text', () => {
    const doc = toTimelineJs(timeline);
    const byId = (id: string) => doc.events.find((e) => e.unique_id === `event-${id}`)!;
    expect(byId('a').start_date).toEqual({ year: 2023, month: 2, day: 18 });
    expect(byId('a').end_date).toEqual({ year: 2023, month: 2, day: 19 });
    expect(byId('b').end_date).toBeUndefined();
    expect(byId('d')).toMatchObject({ start_date: { year: 2023, month: 1 }, end_date: { year: 2023, month: 3 } });
    expect(byId('e').start_date).toEqual({ year: 2023, month: 2 });
    expect(byId('f').start_date).toEqual({ year: 2020 });
    expect(byId('g').start_date).toEqual({ year: 2023, month: 2, day: 23, hour: 14, minute: 30 });
    expect(byId('h').start_date).toEqual({ year: -44, month: 3, day: 15 });
    expect(byId('c').display_date).toContain('c.');
    expect(byId('a').group).toBe('diplomacy');
    expect(byId('a').text!.headline).not.toContain('<script>');
    expect(byId('a').text!.text).toContain('href="https://example.org/a?x=1&amp;y=2"');
    expect(byId('a').text!.text).not.toContain('javascript:');
    expect(doc.events.map((e) => e.unique_id)).toEqual(['event-h', 'event-f', 'event-c', 'event-d', 'event-e', 'event-a', 'event-b', 'event-g']);
  });

  it('has a validator that catches what TimelineJS would reject', () => {
    expect(validateTimelineJs({})).toContain('events must be an array');
    expect(validateTimelineJs({ events: [{ text: { headline: 'x' } }] })).toContain('events[0].start_date is required');
    expect(validateTimelineJs({ events: [{ start_date: { month: 2 } }] })).toContain('events[0].start_date.year is required');
    expect(validateTimelineJs({ events: [{ start_date: { year: 2023, month: 13 } }] })[0]).toMatch(/month 13 is out of range/);
    expect(validateTimelineJs({ events: [{ start_date: { year: 2023, month: 2, day: 29 } }] })[0]).toMatch(/does not exist/);
    expect(validateTimelineJs({ events: [{ start_date: { year: 2024, month: 2, day: 29 } }] })).toEqual([]);
    expect(validateTimelineJs({ events: [{ start_date: { year: 2023, day: 3 } }] })[0]).toMatch(/without month/);
    expect(validateTimelineJs({ events: [{ start_date: { year: '2023', month: '2' } }] })).toEqual([]);
    expect(validateTimelineJs({ events: [{ start_date: { year: 2023.5 } }] })[0]).toMatch(/integer/);
    expect(validateTimelineJs({ events: [{ start_date: { year: 2023, month: 5 }, end_date: { year: 2023, month: 4 } }] })[0]).toMatch(/before its start_date/);
    expect(validateTimelineJs({ events: [{ start_date: { year: 1 }, media: { caption: 'x' } }] })).toContain('events[0].media.url is required');
    expect(validateTimelineJs({ events: [{ start_date: { year: 1 }, unique_id: 'a' }, { start_date: { year: 2 }, unique_id: 'a' }] })[0]).toMatch(/used twice/);
    expect(validateTimelineJs({ events: [{ start_date: { year: 1 }, headline: 'x' }] })[0]).toMatch(/not a TimelineJS slide field/);
    expect(validateTimelineJs({ events: [], scale: 'galactic', title: { text: { headline: 'x' } } })).toEqual(['scale must be "human" or "cosmological"']);
    expect(validateTimelineJs({ events: [{ start_date: { year: 1 } }], eras: [{ start_date: { year: 1 } }] })).toContain('eras[0].end_date is required');
  });
});

describe('CSV export and import', () => {
  it('follows RFC 4180 quoting with a header and CRLF line ends', () => {
    const csv = timelineToCsv(timeline);
    expect(csv.split('\r\n')[0]).toBe('id,start,end,precision,approximate,date_value,date_text,title,description,actors,place,tags,origin,sources,sources_json,created_at,updated_at,date_from');
    expect(csv).toContain('"multi\r\nline, with ""quotes"""');
    expect(csv).toContain(",'-starts with a minus,"); // text a spreadsheet would run as a formula is defused
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(1 + timeline.events.length);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
  });

  it('round-trips every field', () => {
    const back = csvToEvents(timelineToCsv(timeline), () => 'new', at);
    expect(back.problems).toEqual([]);
    const sorted = (events: TimelineEvent[]) => [...events].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(back.events)).toEqual(sorted(timeline.events));
  });

  it('imports a hand-made sheet and reports bad rows without losing the good ones', () => {
    const sheet = 'Title,Start,End,Actors\n"Summit, day one",2023-05-01,2023-05-01,"Alice; Bob"\nBroken,not-a-date,,\nOpen ended,2023-06-01,,\n';
    const res = csvToEvents(sheet, (() => { let n = 0; return () => `id${++n}`; })(), at);
    expect(res.events.map((e) => [e.title, e.date.start, e.date.precision, e.actors])).toEqual([
      ['Summit, day one', '2023-05-01', 'day', ['Alice', 'Bob']],
      ['Open ended', '2023-06-01', 'day', []],
    ]);
    expect(res.problems).toHaveLength(1);
    expect(res.problems[0]).toMatch(/^row 3:/);
    expect(() => parseCsv('a,"b\n')).toThrow(/never closed/);
  });
});

describe('Markdown and HTML', () => {
  it('writes a dated chronology with footnotes', () => {
    const md = timelineToMarkdown(timeline);
    expect(md).toContain('# Test \\<timeline\\>');
    expect(md).toContain('## 18–19 Feb 2023');
    expect(md).toContain('## c. 23 Feb 2022 – 23 Feb 2023');
    expect(md).toMatch(/\*\*Wang \\<script\\>.*\[\^1\]\[\^2\]/);
    expect(md).toContain('[^1]: WorldTribune, “Report: China "weighing"”, 23 Feb 2023, file news/report.txt <https://example.org/a?x=1&y=2>: “a formal warning”');
    expect(md).toContain('[^2]: Unknown outlet, “Second”: “abc”');
    expect(md).not.toMatch(/948cae0baa0ab6c0|characters \d/); // no internal ids or offsets for people to read
    expect(md.indexOf('## 15 Mar -44')).toBeGreaterThan(0);
    expect(md.indexOf('## 15 Mar -44')).toBeLessThan(md.indexOf('## 18–19 Feb 2023'));
  });

  it('writes a self-contained, escaped HTML report without scripts', () => {
    const html = timelineToHtml(timeline);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toMatch(/<link|src=/);
    expect(html).not.toContain('javascript:');
    // Each citation links to the passage it cites; each note names outlet, headline, date and file.
    expect(html).toContain('<a href="#passage-1" title="the passage this cites">[1]</a>');
    expect(html).toContain('<blockquote id="passage-1">a formal warning</blockquote>');
    expect(html).toMatch(/<li id="note-1"><cite><a href="https:\/\/example.org\/a\?x=1&amp;y=2" rel="noopener noreferrer">WorldTribune, “Report: China &quot;weighing&quot;”, 23 Feb 2023<\/a><\/cite> <span class="meta">\(file news\/report.txt\)<\/span>/);
    expect(html).toContain('id="note-2"');
    expect(html).not.toContain('948cae0baa0ab6c0');
  });
});

/* ---------- a payload in every field of every format ---------- */

const PAYLOAD = `<img src=x onerror=alert(1)>"'&[x](javascript:alert(2))=HYPERLINK("http://evil")`;
const p = (field: string) => `${field} ${PAYLOAD}`;
const hostileDate = { start: '2023-02-18', end: '2023-02-19', precision: 'range' as const, approximate: true, value: `=cmd|' /C calc'!A0 ${PAYLOAD}`, text: p('date text') };
function hostileSource(n: number): EventSource {
  return {
    articleId: `=id${n}`,
    articleTitle: p('headline'),
    publisher: p('outlet'),
    publishedAt: p('published'),
    url: `javascript:alert(${n})`,
    path: p('path'),
    contentHash: p('hash'),
    passage: { start: 0, end: 5, quote: p('passage'), before: p('before'), after: p('after') },
    status: 'ok',
    candidateKey: p('key'),
    date: { ...hostileDate, start: '2023-02-17', end: '2023-02-17', precision: 'day' },
    reading: { headline: p('reading'), actor: p('actor'), action: p('action'), statement: true, quote: p('quote'), place: p('place'), actors: [p('actors')], people: [p('people')] },
    merge: { by: 'dossier', reasons: [p('reason')], at },
    copies: [{ articleId: '=copy', path: p('copy path'), publisher: p('copy outlet'), articleTitle: p('copy headline'), publishedAt: p('copy date') }],
  };
}
const hostileTimeline: Timeline = {
  id: 'hostile',
  name: p('name'),
  description: p('description'),
  rejected: [p('rejected')],
  pending: [{ query: p('query'), addedAt: at, candidates: 1 }],
  formatVersion: 2,
  createdAt: at,
  updatedAt: at,
  version: 1,
  events: [
    {
      id: `=1+1 ${PAYLOAD}`,
      title: p('title'),
      description: p('event description'),
      date: hostileDate,
      actors: [p('actor one'), p('actor two')],
      place: p('place'),
      tags: [p('tag')],
      sources: [hostileSource(1), hostileSource(2)],
      origin: 'extracted',
      dateFrom: 'sources',
      createdAt: at,
      updatedAt: at,
    },
  ],
};

/** Every string inside a JSON value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** Elements and attributes an HTML fragment would create, when a browser parses it. */
function dangerous(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const found: string[] = [];
  for (const el of doc.body.querySelectorAll('*')) {
    if (['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName)) found.push(el.tagName);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
      if (/^(href|src)$/i.test(attr.name) && !/^(https?:|#)/i.test(attr.value)) found.push(`${el.tagName}[${attr.name}=${attr.value}]`);
    }
  }
  return found;
}

describe('every export format with a payload in every field', () => {
  it('TimelineJS: every field TimelineJS inserts as HTML is escaped, ids are safe', () => {
    const doc = toTimelineJs(hostileTimeline);
    expect(validateTimelineJs(doc)).toEqual([]);
    const slide = doc.events[0]!;
    for (const html of [slide.text!.headline!, slide.text!.text!, slide.display_date!, slide.group!, doc.title!.text!.headline!, doc.title!.text!.text!]) {
      expect(html).not.toContain('<img');
      expect(dangerous(html)).toEqual([]);
    }
    expect(slide.display_date).toContain('&lt;img');
    expect(slide.group).toContain('&lt;img');
    expect(slide.unique_id).toMatch(/^event-[A-Za-z0-9-]+$/);
    for (const text of strings(doc)) expect(text).not.toMatch(/<img/);
  });

  it('Markdown: nothing in any field becomes HTML, an image or a link when rendered', () => {
    const md = timelineToMarkdown(hostileTimeline);
    for (const field of ['name', 'description', 'title', 'event description', 'actor one', 'place', 'date text', 'outlet', 'headline', 'published', 'path', 'passage', 'copy outlet', 'copy headline', 'copy path', 'copy date']) {
      expect(md).toContain(field);
    }
    const html = marked.parse(md, { async: false });
    expect(dangerous(html)).toEqual([]);
    expect(html).not.toContain('<img');
  });

  it('HTML: every field is text, no element or link comes from the data', () => {
    const html = timelineToHtml(hostileTimeline);
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('img, script, iframe')).toHaveLength(0);
    expect(dangerous(doc.body.innerHTML)).toEqual([]);
    expect(doc.title).toBe(p('name'));
    expect(doc.body.textContent).toContain(p('passage'));
    expect(doc.body.textContent).toContain(p('published'));
  });

  it('CSV: no cell in any column starts a formula, and the import gives every field back', () => {
    const csv = timelineToCsv(hostileTimeline);
    const rows = parseCsv(csv);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const back = csvToEvents(csv, () => 'new', at);
    expect(back.problems).toEqual([]);
    expect(back.events).toEqual(hostileTimeline.events);
  });
});
