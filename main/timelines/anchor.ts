/**
 * Passages and re-anchoring. A source remembers the exact words of its passage and some context;
 * when the article's text changes, the passage is looked for again: exactly, then exactly with its
 * context (to choose among repeats), then with whitespace and punctuation ignored. A passage that
 * cannot be found with confidence is marked 'source-changed' and keeps its old offsets: an event is
 * never dropped, and never pinned to a place we are not sure of.
 */
import type { Passage, SourceStatus } from '../../shared/timeline';

export const CONTEXT_CHARS = 40;

/** The passage [start, end) of `text`, with context; offsets are clamped to the text. */
export function capturePassage(text: string, start: number, end: number): Passage {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    start: s,
    end: e,
    quote: text.slice(s, e),
    before: text.slice(Math.max(0, s - CONTEXT_CHARS), s),
    after: text.slice(e, e + CONTEXT_CHARS),
  };
}

export interface Reanchored {
  passage: Passage;
  status: SourceStatus;
}

/** Finds `passage` in `text` (the article's new text). */
export function reanchor(passage: Passage, text: string): Reanchored {
  if (passage.quote.length === 0) return { passage, status: 'source-changed' };

  // 1. Exact occurrences of the quote, chosen by context when repeated.
  const exact = occurrences(text, passage.quote).map((start) => ({ start, end: start + passage.quote.length }));
  const exactPick = pick(exact, passage, text);
  if (exactPick) return result(passage, text, exactPick.start, exactPick.end);
  if (exact.length > 1) return { passage, status: 'source-changed' };

  // 2. Whitespace- and punctuation-insensitive match (typography fixes, re-wrapped lines).
  const fuzzy = normalisedOccurrences(text, passage.quote);
  const fuzzyPick = pick(fuzzy, passage, text);
  if (fuzzyPick) return result(passage, text, fuzzyPick.start, fuzzyPick.end);
  return { passage, status: 'source-changed' };
}

function result(old: Passage, text: string, start: number, end: number): Reanchored {
  const passage = capturePassage(text, start, end);
  const status: SourceStatus = start === old.start && end === old.end && passage.quote === old.quote ? 'ok' : 'moved';
  return { passage, status };
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * One occurrence, or the one whose surroundings best match the remembered context.
 * Ties between several equally good places give nothing (we would be guessing).
 */
function pick(found: { start: number; end: number }[], passage: Passage, text: string): { start: number; end: number } | undefined {
  if (found.length === 0) return undefined;
  if (found.length === 1) {
    // A short quote found elsewhere with none of its context may be a different mention: do not guess.
    const only = found[0]!;
    const context = loose(passage.before + passage.after).length;
    if (loose(passage.quote).length >= 20 || context === 0 || contextScore(passage, text, only.start, only.end) >= Math.min(8, context)) return only;
    return undefined;
  }
  const scored = found.map((f) => ({ f, score: contextScore(passage, text, f.start, f.end) }));
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best && second && best.score > second.score) return best.f;
  return undefined;
}

/** Characters of remembered context that match around [start, end), compared without whitespace/punctuation. */
function contextScore(passage: Passage, text: string, start: number, end: number): number {
  const before = loose(passage.before);
  const after = loose(passage.after);
  const actualBefore = loose(text.slice(Math.max(0, start - CONTEXT_CHARS * 2), start));
  const actualAfter = loose(text.slice(end, end + CONTEXT_CHARS * 2));
  let b = 0;
  while (b < before.length && b < actualBefore.length && before[before.length - 1 - b] === actualBefore[actualBefore.length - 1 - b]) b++;
  let a = 0;
  while (a < after.length && a < actualAfter.length && after[a] === actualAfter[a]) a++;
  return a + b;
}

/** Lower case, letters and digits only. */
function loose(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

interface Token {
  text: string;
  start: number;
  end: number;
}

function tokens(s: string): Token[] {
  const out: Token[] = [];
  for (const m of s.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ text: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** Occurrences of the quote's word sequence in the text, mapped back to offsets in the text. */
function normalisedOccurrences(text: string, quote: string): { start: number; end: number }[] {
  const q = tokens(quote);
  if (q.length === 0) return [];
  const t = tokens(text);
  const out: { start: number; end: number }[] = [];
  // Leading/trailing punctuation of the quote (e.g. an opening quote mark) is kept if present in the text.
  const lead = q[0]!.start;
  const trail = quote.length - q[q.length - 1]!.end;
  for (let i = 0; i + q.length <= t.length; i++) {
    let ok = true;
    for (let j = 0; j < q.length; j++) {
      if (t[i + j]!.text !== q[j]!.text) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    let start = t[i]!.start;
    let end = t[i + q.length - 1]!.end;
    for (let k = 0; k < lead && start > 0 && !/[\p{L}\p{N}\s]/u.test(text[start - 1]!); k++) start--;
    for (let k = 0; k < trail && end < text.length && !/[\p{L}\p{N}\s]/u.test(text[end]!); k++) end++;
    out.push({ start, end });
  }
  return out;
}
