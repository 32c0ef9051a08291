/**
 * JSON-LD as news sites publish it: one or several <script type="application/ld+json"> blocks, top-level arrays,
 * @graph (Yoast, Rank Math), @id references between nodes, authors as Person or Organization objects, arrays or
 * strings, and character references left inside strings by the CMS.
 */
import { decodeMetadataText } from './entities';
import { collapseSpaces } from './text-blocks';

type JsonObject = Record<string, unknown>;

/** One name given for an author, with whether the page typed it as a person or an organisation. */
export interface LdCredit {
  name: string;
  /** 'organization' when typed so (Organization, NewsMediaOrganization...), 'person' when typed Person, else unknown. */
  type: 'person' | 'organization' | 'unknown';
}

export interface LdArticle {
  headline: string | null;
  credits: LdCredit[];
  publisher: string | null;
  datePublished: string | null;
  dateModified: string | null;
  /** A live blog's coverageStartTime: its start, often written in the outlet's own offset beside a UTC datePublished. */
  coverageStart: string | null;
  /** The headlines of a live blog's entries (liveBlogUpdate): headings over its posts, not words of its text. */
  entryHeadlines: string[];
  url: string | null;
  /** Names the page gives itself: WebSite and Organization nodes, the article's publisher. */
  siteNames: string[];
  /** The page describes an event (a listing with start and end dates), not an article: its dates are the event's. */
  isEventListing: boolean;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting)$/;
/** Published items that are not articles but carry their own publication date: a podcast's or a programme's episode, a clip. */
const EPISODE_TYPE = /(?:Episode|Clip)$/;
const EVENT_TYPE = /Event$/;
const ORGANIZATION_TYPE = /(?:Organization|Organisation|Corporation|NewsMediaOrganization|Brand|WebSite)$/;

export function readJsonLd(document: Document): LdArticle {
  const result: LdArticle = { headline: null, credits: [], publisher: null, datePublished: null, dateModified: null, coverageStart: null, entryHeadlines: [], url: null, siteNames: [], isEventListing: false };
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    const parsed = parseJsonLoosely(script.textContent ?? '');
    if (parsed !== undefined) flattenNodes(parsed, nodes);
  }
  if (nodes.length === 0) return result;
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && Object.keys(node).length > 1) byId.set(node['@id'], node);
  const resolve = (v: unknown): unknown => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const id = (v as JsonObject)['@id'];
      if (typeof id === 'string' && !('name' in v)) return byId.get(id) ?? v;
    }
    return v;
  };

  for (const node of nodes) {
    if (typesOf(node).some((t) => ORGANIZATION_TYPE.test(t))) {
      const name = textOf(node.name);
      if (name) result.siteNames.push(name);
    }
  }

  // The article: a node typed as one (an embedded VideoObject or a BreadcrumbList is not), else an episode, else the WebPage.
  const isType = (re: RegExp) => (n: JsonObject) => typesOf(n).some((t) => re.test(t));
  const article = ownArticle(nodes.filter(isType(ARTICLE_TYPE)), document, resolve) ?? nodes.find(isType(EPISODE_TYPE)) ?? nodes.find(isType(/WebPage$/));
  result.isEventListing = !nodes.some(isType(ARTICLE_TYPE)) && !nodes.some(isType(EPISODE_TYPE)) && nodes.some(isType(EVENT_TYPE));
  if (!article) return result;

  result.headline = textOf(article.headline) ?? textOf(article.name);
  const credits = [...creditsOf(article.author, resolve), ...creditsOf(article.creator, resolve)];
  result.credits = credits.filter((c, i) => credits.findIndex((d) => d.name === c.name) === i);
  const publisher = resolve(Array.isArray(article.publisher) ? article.publisher[0] : article.publisher);
  result.publisher = typeof publisher === 'string' ? textOf(publisher) : textOf((publisher as JsonObject | undefined)?.name);
  if (result.publisher) result.siteNames.unshift(result.publisher);
  result.datePublished = textOf(article.datePublished) ?? textOf(article.dateCreated);
  result.dateModified = textOf(article.dateModified);
  result.coverageStart = textOf(article.coverageStartTime);
  const updates = article.liveBlogUpdate;
  for (const update of Array.isArray(updates) ? updates : updates ? [updates] : []) {
    const headline = update && typeof update === 'object' ? textOf((resolve(update) as JsonObject).headline) : null;
    if (headline) result.entryHeadlines.push(headline);
  }
  const page = resolve(article.mainEntityOfPage);
  const pageUrl = typeof page === 'string' ? page : (textOf((page as JsonObject | undefined)?.url) ?? textOf((page as JsonObject | undefined)?.['@id']));
  result.url = [textOf(article.url), pageUrl].find((u) => !!u && /^https?:\/\//i.test(u)) ?? null;
  if (!result.datePublished) {
    // Yoast puts the dates on the WebPage node too.
    const webPage = resolve(article.isPartOf) as JsonObject | undefined;
    if (webPage && typeof webPage === 'object') {
      result.datePublished = textOf(webPage.datePublished);
      result.dateModified ??= textOf(webPage.dateModified);
    }
  }
  return result;
}

/**
 * The page's own article among several article nodes (a graph that also describes the related stories the page
 * links to): the one whose address (url, mainEntityOfPage, @id) is the page's canonical or og:url address, else
 * the one that names a mainEntityOfPage, else the first.
 */
function ownArticle(articles: JsonObject[], document: Document, resolve: (v: unknown) => unknown): JsonObject | undefined {
  if (articles.length <= 1) return articles[0];
  const key = (u: string) => u.trim().replace(/[#?].*$/, '').replace(/\/+$/, '').replace(/^https?:\/\/(?:www\.)?/i, '').toLowerCase();
  const pageUrls = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ].filter((u): u is string => !!u && /^https?:\/\//i.test(u.trim())).map(key);
  const addresses = (node: JsonObject) => {
    const page = resolve(node.mainEntityOfPage);
    const pageUrl = typeof page === 'string' ? page : (textOf((page as JsonObject | undefined)?.url) ?? textOf((page as JsonObject | undefined)?.['@id']));
    return [textOf(node.url), pageUrl, textOf(node['@id'])].filter((u): u is string => !!u && /^https?:\/\//i.test(u)).map(key);
  };
  return articles.find((a) => addresses(a).some((u) => pageUrls.includes(u))) ?? articles.find((a) => a.mainEntityOfPage !== undefined) ?? articles[0];
}

/** Keys of app-state JSON that hold an item's publication date ("publishedDate", "published_at", "pubDate"), squashed. */
const PUBLISHED_KEY = /^(?:date)?(?:first)?(?:publish(?:ed)?|pub|publication)(?:date|at|time|on)?$/;
const TITLE_KEYS = ['headline', 'title', 'name'];

/**
 * The publication date in the app state a JavaScript site embeds in the page (Next.js `__NEXT_DATA__`, other
 * `<script type="application/json">` payloads, Inertia.js's `data-page` attribute, the App Router's flight rows): the date-published-like key of the object whose headline is the
 * page's title (`own`), and the first such key in the payload (`first`: usually the page's own item, which comes
 * before its related items, but not surely).
 */
export function embeddedJsonPublished(document: Document, title: string | null): { own: string | null; first: string | null } {
  const dated: { date: string; title: string | null }[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 12 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const node = value as JsonObject;
    // A date-like value only ("published": "yes" is a flag); the first publication over a later one ("first-published-at" before "published-at").
    const dates = Object.entries(node).flatMap(([key, v]) => {
      const squashed = key.replace(/[_-]/g, '').toLowerCase();
      const date = typeof v === 'string' && /\d{4}/.test(v) ? v : epochMilliseconds(v);
      return date && PUBLISHED_KEY.test(squashed) ? [{ date, first: squashed.includes('first') }] : [];
    });
    const chosen = dates.find((d) => d.first) ?? dates[0];
    if (chosen) {
      const named = TITLE_KEYS.map((k) => textOf(node[k])).find((t) => t !== null) ?? null;
      dated.push({ date: chosen.date, title: named });
    }
    for (const v of Object.values(node)) visit(v, depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/json" i]')) {
    const parsed = parseJsonLoosely(script.textContent ?? '');
    if (parsed !== undefined) visit(parsed, 0);
  }
  // Inertia.js (Laravel, Rails) renders its page object into the root element's data-page attribute.
  for (const root of document.querySelectorAll('[data-page]')) {
    const parsed = parseJsonLoosely(root.getAttribute('data-page') ?? '');
    if (parsed !== undefined) visit(parsed, 0);
  }
  for (const row of flightRows(document)) visit(row, 0);
  const key = title ? collapseSpaces(title).toLowerCase() : null;
  return { own: dated.find((d) => key !== null && d.title?.toLowerCase() === key)?.date ?? null, first: dated[0]?.date ?? null };
}

/** One chunk of the Next.js App Router's payload: `self.__next_f.push([1, "8:{...}\n"])`, the string a JSON literal. */
const FLIGHT_CHUNK = /self\.__next_f\.push\(\[\s*1\s*,\s*("(?:[^"\\]|\\.)*")\s*\]\)/g;

/**
 * The JSON rows of the React Server Components payload a Next.js App Router page streams in its scripts (no
 * __NEXT_DATA__ there): the chunks joined, then one "id:value" row a line, the values that are objects or arrays.
 */
function flightRows(document: Document): unknown[] {
  let payload = '';
  for (const script of document.querySelectorAll('script:not([src])')) {
    const source = script.textContent ?? '';
    if (!source.includes('__next_f')) continue;
    for (const m of source.matchAll(FLIGHT_CHUNK)) {
      try {
        payload += JSON.parse(m[1]!) as string;
      } catch {
        // A chunk that is no JSON string literal adds nothing.
      }
    }
  }
  const rows: unknown[] = [];
  for (const line of payload.split('\n')) {
    const m = /^[0-9a-z]+:([[{].*)$/i.exec(line);
    const parsed = m ? parseJsonLoosely(m[1]!) : undefined;
    if (parsed !== undefined) rows.push(parsed);
  }
  return rows;
}

/**
 * A time stamp in epoch milliseconds (Quintype's "first-published-at": 1709652780000) as an ISO time in UTC, when
 * it falls between 2001 and 2286 (13 digits); else null.
 */
export function epochMilliseconds(value: unknown): string | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{13}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 1e12 && n < 1e13 ? new Date(n).toISOString() : null;
}

/** JSON-LD as sites write it: sometimes with raw newlines in strings, HTML comments or trailing commas. */
function parseJsonLoosely(source: string): unknown {
  const text = source.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/<!\[CDATA\[|\/\/\]\]>\s*$/g, '');
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function flattenNodes(value: unknown, out: JsonObject[]): void {
  if (Array.isArray(value)) {
    for (const v of value) flattenNodes(v, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const node = value as JsonObject;
  out.push(node);
  if (node['@graph'] !== undefined) flattenNodes(node['@graph'], out);
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** A string value, white space collapsed and character references left by the CMS decoded. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return collapseSpaces(decodeMetadataText(value));
  if (typeof value === 'number') return String(value);
  return null;
}

function creditsOf(value: unknown, resolve: (v: unknown) => unknown): LdCredit[] {
  const v = resolve(value);
  if (typeof v === 'string') {
    const name = textOf(v);
    return name && !/^(?:https?:)?\/\//i.test(name) ? [{ name, type: 'unknown' }] : [];
  }
  if (Array.isArray(v)) return v.flatMap((x) => creditsOf(x, resolve));
  if (v && typeof v === 'object') {
    const node = v as JsonObject;
    const name = textOf(node.name);
    if (!name) return [];
    const types = typesOf(node);
    const type = types.some((t) => /Person$/.test(t)) ? 'person' : types.some((t) => ORGANIZATION_TYPE.test(t)) ? 'organization' : 'unknown';
    return [{ name, type }];
  }
  return [];
}
