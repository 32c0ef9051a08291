/**
 * Article metadata from a saved web page: JSON-LD (NewsArticle/Article, @graph, arrays), <meta> tags
 * (Open Graph, article:*, Dublin Core, citation_*), <time datetime>, <link rel=canonical>, <title>.
 * Read before Readability runs, because Readability rewrites the document.
 */
import type { PublishedDate } from '../../shared/model';
import { publisherFromAuthors, splitAuthors } from './byline';
import { parsePublicationDate } from './dates';
import { collapseSpaces } from './text-blocks';

export interface HtmlMetadata {
  title: string | null;
  authors: string[];
  publisher: string | null;
  publishedAt: PublishedDate | null;
  url: string | null;
}

type JsonObject = Record<string, unknown>;

export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = metaTags(document);
  const first = (...keys: string[]) => {
    for (const key of keys) {
      const value = meta.get(key)?.find((v) => v.trim() !== '');
      if (value) return collapseSpaces(value);
    }
    return null;
  };
  const ld = jsonLdArticle(document);

  const declaredTitle = ld.title ?? first('og:title', 'citation_title', 'dc.title', 'twitter:title', 'title', 'headline');

  let authors = ld.authors;
  if (authors.length === 0) {
    const citation = meta.get('citation_author') ?? [];
    authors = citation.length > 0 ? citation.map(collapseSpaces) : [];
  }
  if (authors.length === 0) {
    const named = first('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl');
    if (named && !/^https?:\/\//i.test(named)) authors = splitAuthors(named);
  }

  const publisher =
    ld.publisher ??
    first('og:site_name', 'citation_publisher', 'citation_journal_title', 'dc.publisher', 'application-name') ??
    publisherFromAuthors(authors);

  const title = declaredTitle ?? withoutSiteName(documentTitle(document), publisher);

  let publishedAt = ld.publishedAt;
  for (const key of [
    'article:published_time', 'datepublished', 'citation_publication_date', 'citation_date', 'dc.date.issued',
    'dc.date', 'dcterms.date', 'dcterms.issued', 'date', 'pubdate', 'publish-date', 'parsely-pub-date', 'sailthru.date',
    'og:published_time', 'article.published',
  ]) {
    if (publishedAt) break;
    for (const value of meta.get(key) ?? []) {
      publishedAt = parsePublicationDate(value.replace(/^(\d{4})\/(\d{2})\/(\d{2})$/, '$1-$2-$3'));
      if (publishedAt) break;
    }
  }
  publishedAt ??= timeElementDate(document);

  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const url = [canonical, first('og:url'), ld.url].find((u): u is string => !!u && /^https?:\/\//i.test(u.trim()))?.trim() ?? null;

  return { title, authors, publisher, publishedAt, url };
}

/** All <meta> values by lower-cased name/property/itemprop. */
function metaTags(document: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta')) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = map.get(key) ?? [];
      list.push(content);
      map.set(key, list);
    }
  }
  return map;
}

/** "China weighs arms | The Daily" -> "China weighs arms" when "The Daily" is the publisher. */
function withoutSiteName(title: string | null, publisher: string | null): string | null {
  if (!title || !publisher) return title;
  const parts = title.split(/\s+[|–—·•:-]\s+/);
  if (parts.length < 2) return title;
  const kept = parts.filter((part) => part.trim().toLowerCase() !== publisher.toLowerCase());
  return kept.length > 0 && kept.length < parts.length ? kept.join(' - ') : title;
}

function documentTitle(document: Document): string | null {
  const title = document.querySelector('title')?.textContent;
  if (title && title.trim()) return collapseSpaces(title);
  const h1 = document.querySelector('h1')?.textContent;
  return h1 && h1.trim() ? collapseSpaces(h1) : null;
}

function timeElementDate(document: Document): PublishedDate | null {
  const times = [
    ...document.querySelectorAll('time[itemprop="datePublished"], time[pubdate]'),
    ...document.querySelectorAll('time[datetime]'),
  ];
  for (const el of times) {
    const date = parsePublicationDate(el.getAttribute('datetime') ?? el.textContent ?? '');
    if (date) return date;
  }
  return null;
}

interface LdArticle {
  title: string | null;
  authors: string[];
  publisher: string | null;
  publishedAt: PublishedDate | null;
  url: string | null;
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting)$/;

function jsonLdArticle(document: Document): LdArticle {
  const result: LdArticle = { title: null, authors: [], publisher: null, publishedAt: null, url: null };
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    const parsed = parseJsonLoosely(script.textContent ?? '');
    if (parsed !== undefined) flattenNodes(parsed, nodes);
  }
  if (nodes.length === 0) return result;
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (v: unknown): unknown => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const id = (v as JsonObject)['@id'];
      if (typeof id === 'string' && Object.keys(v).length === 1) return byId.get(id) ?? v;
    }
    return v;
  };

  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? nodes.find((n) => typesOf(n).includes('WebPage'));
  if (!article) return result;

  result.title = textOf(article.headline) ?? textOf(article.name);
  result.authors = namesOf(article.author, resolve).concat(namesOf(article.creator, resolve)).filter((n, i, all) => all.indexOf(n) === i);
  const publisher = resolve(Array.isArray(article.publisher) ? article.publisher[0] : article.publisher);
  result.publisher = typeof publisher === 'string' ? collapseSpaces(publisher) : textOf((publisher as JsonObject | undefined)?.name);
  result.publishedAt = parsePublicationDate(textOf(article.datePublished) ?? textOf(article.dateCreated) ?? '');
  const main = resolve(article.mainEntityOfPage);
  result.url =
    textOf(article.url) ??
    (typeof main === 'string' ? main : textOf((main as JsonObject | undefined)?.['@id']) ?? textOf((main as JsonObject | undefined)?.url));
  return result;
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

function textOf(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return collapseSpaces(value);
  if (typeof value === 'number') return String(value);
  return null;
}

function namesOf(value: unknown, resolve: (v: unknown) => unknown): string[] {
  const v = resolve(value);
  if (typeof v === 'string') return /^https?:\/\//i.test(v) ? [] : splitAuthors(v);
  if (Array.isArray(v)) return v.flatMap((x) => namesOf(x, resolve));
  if (v && typeof v === 'object') {
    const name = textOf((v as JsonObject).name);
    return name ? [name] : [];
  }
  return [];
}
