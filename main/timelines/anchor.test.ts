import { describe, expect, it } from 'vitest';
import { capturePassage, reanchor } from './anchor';

const text = 'Alpha beta. The minister resigned on Monday after the vote. Gamma delta.';
const start = text.indexOf('The minister');
const end = text.indexOf('vote.') + 5;

describe('re-anchoring passages', () => {
  it('captures the quote with context', () => {
    const p = capturePassage(text, start, end);
    expect(p.quote).toBe('The minister resigned on Monday after the vote.');
    expect(p.before).toBe('Alpha beta. ');
    expect(p.after).toBe(' Gamma delta.');
  });

  it('keeps a passage that did not move', () => {
    const p = capturePassage(text, start, end);
    expect(reanchor(p, text)).toEqual({ passage: p, status: 'ok' });
  });

  it('follows a passage moved by an insertion before it', () => {
    const p = capturePassage(text, start, end);
    const edited = 'A new first paragraph.\n\n' + text;
    const r = reanchor(p, edited);
    expect(r.status).toBe('moved');
    expect(edited.slice(r.passage.start, r.passage.end)).toBe(p.quote);
  });

  it('chooses among repeated quotes by context', () => {
    const repeated = 'He said: "No comment." Later, at the summit, he said: "No comment." The end.';
    const second = repeated.lastIndexOf('"No comment."');
    const p = capturePassage(repeated, second, second + 13);
    const edited = 'Intro. ' + repeated;
    const r = reanchor(p, edited);
    expect(r.status).toBe('moved');
    expect(r.passage.start).toBe(second + 7);
  });

  it('refuses to guess between repeats with identical context', () => {
    const twice = 'x. The same words here. y. The same words here. z.';
    const p = { start: 3, end: 23, quote: 'The same words here.', before: '', after: '' };
    expect(reanchor(p, twice).status).toBe('source-changed');
  });

  it('finds a passage again after whitespace and punctuation changes', () => {
    const p = capturePassage(text, start, end);
    const edited = 'Alpha beta.  The  minister resigned on Monday, after the vote! Gamma delta.';
    const r = reanchor(p, edited);
    expect(r.status).toBe('moved');
    expect(r.passage.quote).toBe('The  minister resigned on Monday, after the vote!');
  });

  it('marks the source changed (and keeps the old offsets) when the passage is gone', () => {
    const p = capturePassage(text, start, end);
    const r = reanchor(p, 'Alpha beta. Something else entirely happened. Gamma delta.');
    expect(r.status).toBe('source-changed');
    expect(r.passage).toEqual(p);
  });

  it('does not pin a short quote to another mention without its context', () => {
    const t = 'One source described it as "tense." Others disagreed.';
    const s = t.indexOf('tense');
    const p = capturePassage(t, s, s + 5);
    const r = reanchor(p, 'A different story. The mood was tense at the border.');
    expect(r.status).toBe('source-changed');
  });
});
