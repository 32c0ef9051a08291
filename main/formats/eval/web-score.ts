/**
 * Scores the web-page reader against a folder of pages with expected metadata (`NAME.html` + `NAME.json`,
 * see main/formats/testdata/README.md; `NAME.txt` pages go through the plain-text reader): title exact match, publication date, authors, publisher, and
 * main-text precision/recall/F1 over word tokens (a bag of words, as web-extraction benchmarks count it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedArticle } from '../../../shared/model';
import { parseArticle } from '../index';

export interface ExpectedPage {
  shape?: string;
  title: string;
  /** "YYYY-MM-DD", "YYYY-MM" or "YYYY" (as precise as the page allows), or null when the page has no date. */
  publishedAt: string | null;
  authors: string[];
  /** One name, or the acceptable names when a page names two (a platform and a publication). */
  publisher: string | string[] | null;
  text: string[];
}

export interface PageScore {
  name: string;
  titleOk: boolean;
  dateOk: boolean;
  authorsOk: boolean;
  publisherOk: boolean;
  text: { precision: number; recall: number; f1: number };
  expected: ExpectedPage;
  found: { title: string; publishedAt: string | null; authors: string[]; publisher: string | null } | null;
  error: string | null;
}

export interface WebSummary {
  pages: number;
  title: number;
  date: number;
  authors: number;
  publisher: number;
  /** Mean of the per-page text F1 (and P, R). */
  textPrecision: number;
  textRecall: number;
  textF1: number;
}

/** The figures a set's score must not fall below. */
export type WebFloor = Pick<WebSummary, 'title' | 'date' | 'authors' | 'publisher' | 'textF1'>;

/** Pages read by their extension (`parseArticle`): web pages, and plain text saved from news sites. */
const PAGE = /\.(html?|txt)$/i;

/** The `.html` (or `.txt`) pages of a folder that have an expected `.json` beside them, sorted by name. */
export function webCases(folder: string): { name: string; html: Uint8Array; expected: ExpectedPage }[] {
  return readdirSync(folder)
    .filter((f) => PAGE.test(f))
    .sort()
    .flatMap((file) => {
      const stem = file.replace(PAGE, '');
      let expected: ExpectedPage;
      try {
        expected = JSON.parse(readFileSync(join(folder, `${stem}.json`), 'utf8')) as ExpectedPage;
      } catch {
        return [];
      }
      return [{ name: file, html: new Uint8Array(readFileSync(join(folder, file))), expected }];
    });
}

export function scoreFolder(folder: string): { pages: PageScore[]; summary: WebSummary } {
  const pages = webCases(folder).map(({ name, html, expected }) => {
    let parsed: ParsedArticle | null = null;
    let error: string | null = null;
    try {
      parsed = parseArticle(html, name, { withHtml: false });
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    return scorePage(name, parsed, expected, error);
  });
  return { pages, summary: summarize(pages) };
}

export function scorePage(name: string, parsed: ParsedArticle | null, expected: ExpectedPage, error: string | null = null): PageScore {
  const found = parsed && {
    title: parsed.title,
    publishedAt: parsed.publishedAt?.value ?? null,
    authors: parsed.authors,
    publisher: parsed.publisher,
  };
  return {
    name,
    titleOk: !!found && norm(found.title) === norm(expected.title),
    dateOk: !!found && sameDate(found.publishedAt, expected.publishedAt),
    authorsOk: !!found && sameNames(found.authors, expected.authors),
    publisherOk: !!found && samePublisher(found.publisher, expected.publisher),
    text: tokenF1(parsed?.text ?? '', expected.text.join('\n')),
    expected,
    found,
    error,
  };
}

export function summarize(pages: PageScore[]): WebSummary {
  const n = pages.length || 1;
  const share = (ok: (p: PageScore) => boolean) => pages.filter(ok).length / n;
  const mean = (f: (p: PageScore) => number) => pages.reduce((s, p) => s + f(p), 0) / n;
  return {
    pages: pages.length,
    title: share((p) => p.titleOk),
    date: share((p) => p.dateOk),
    authors: share((p) => p.authorsOk),
    publisher: share((p) => p.publisherOk),
    textPrecision: mean((p) => p.text.precision),
    textRecall: mean((p) => p.text.recall),
    textF1: mean((p) => p.text.f1),
  };
}

/** Titles compare with white space collapsed; quotes, case and accents must match. */
function norm(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A found date is right when it names the same day (or month, or year, as precise as the expectation). */
function sameDate(found: string | null, expected: string | null): boolean {
  if (expected === null) return found === null;
  return found !== null && found.slice(0, expected.length) === expected;
}

function nameKey(s: string): string {
  return norm(s).toLowerCase();
}

function sameNames(found: string[], expected: string[]): boolean {
  const a = [...new Set(found.map(nameKey))].sort();
  const b = [...new Set(expected.map(nameKey))].sort();
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function samePublisher(found: string | null, expected: string | string[] | null): boolean {
  if (expected === null) return found === null;
  const options = (Array.isArray(expected) ? expected : [expected]).map(nameKey);
  return found !== null && options.includes(nameKey(found));
}

/** Word tokens: letters and digits, lower-cased. */
function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Bag-of-words precision, recall and F1 of `found` against `expected`. */
export function tokenF1(found: string, expected: string): { precision: number; recall: number; f1: number } {
  const want = new Map<string, number>();
  for (const t of tokens(expected)) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(found);
  let overlap = 0;
  for (const t of got) {
    const k = want.get(t) ?? 0;
    if (k > 0) {
      overlap++;
      want.set(t, k - 1);
    }
  }
  const expectedCount = tokens(expected).length;
  const precision = got.length ? overlap / got.length : expectedCount ? 0 : 1;
  const recall = expectedCount ? overlap / expectedCount : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
