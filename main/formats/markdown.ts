/**
 * Markdown articles: optional YAML front matter for metadata, then the body reduced to clean text
 * (headings and block quotes keep their kind; emphasis, links and code become plain text).
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import type { PublishedDate, ParsedArticle } from '../../shared/model';
import { publisherFromAuthors, splitAuthors, type HeaderInfo } from './byline';
import { completeFromDateline } from './dateline';
import { parsePublicationDate } from './dates';
import type { DecodedText } from './decode';
import { decodeStrictReferences } from './entities';
import { classifyName, publisherOfCollectiveByline } from './names';
import { isArticlePointer, separateFurniture } from './furniture';
import { siteAfterHeadline } from './site-suffix';
import { splitTomlFrontMatter, withoutShortcodes } from './static-site';
import { assembleArticle, collapseSpaces, titleFromFileName, type Block } from './text-blocks';

interface FrontMatter {
  title: string | null;
  authors: string[];
  publisher: string | null;
  publishedAt: PublishedDate | null;
  url: string | null;
  tags: string[];
}

export function parseMarkdown(decoded: DecodedText, fileName: string): ParsedArticle {
  const warnings = [...decoded.warnings];
  // A static site's content file: TOML front matter between "+++" lines, and shortcodes in the Markdown.
  const toml = splitTomlFrontMatter(decoded.text);
  const { yamlText, body: markdownBody } = toml ? { yamlText: null, body: toml.body } : splitFrontMatter(decoded.text, warnings);
  const meta = toml ? frontMatterOf(toml.data, warnings) : yamlText === null ? emptyFrontMatter() : readFrontMatter(yamlText, warnings);

  const collected = collectBlocks(new Lexer().lex(withoutShortcodes(withoutNoteSyntax(markdownBody))));
  // A rule near the end closes the story: what follows it ("Related: ...", a subscription prompt) is endnotes.
  const endnotes = endnotesAfterRule(collected);
  let blocks = collected.blocks.slice(0, collected.blocks.length - endnotes.length);

  let title = meta.title;
  const clipped: string[] = [];
  let siteName: string | null = null;
  const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
  if (title === null) {
    const h1 = collected.h1Index;
    if (h1 >= 0) {
      title = blocks[h1]!.text;
      blocks = blocks.filter((_, k) => k !== h1);
      // A web clipper's page title over the page itself: the page's own headline further down is the title.
      const page = pageHeadline(blocks, h1, title);
      if (page) {
        clipped.push(...blocks.slice(h1, page.at).map((b) => b.text));
        blocks = [...blocks.slice(0, h1), ...blocks.slice(page.at + 1)];
        title = page.headline;
        siteName = page.site;
      }
    }
  } else if (firstHeading === 0 && sameText(blocks[0]!.text, title)) {
    blocks = blocks.slice(1);
  }

  // A byline under the heading, as in plain text ("*By Jane Doe, March 3, 2021*").
  const header: HeaderInfo = { authors: meta.authors, publisher: meta.publisher, publishedAt: meta.publishedAt, modifiedAt: null };
  // "> **Read more:** [headline](url)": read-later exports set pointers to other stories as quotes.
  const pointers = blocks.filter((b) => b.kind === 'quote' && isArticlePointer(b.text));
  const { body, captions, boilerplate } = separateFurniture(blocks.filter((b) => !pointers.includes(b)), header, collected.captions);
  boilerplate.unshift(...clipped, ...pointers.map((b) => b.text));
  boilerplate.push(...endnotes.map((b) => b.text));
  completeFromDateline(header, body.filter((b) => b.kind === 'body').slice(0, 3).map((b) => b.text));

  return assembleArticle({
    format: 'md',
    title: title ?? titleFromFileName(fileName),
    authors: header.authors,
    publisher: header.publisher ?? siteName ?? publisherFromAuthors(header.authors),
    publishedAt: header.publishedAt ?? header.modifiedAt,
    blocks: body,
    captions,
    boilerplate,
    fileTags: meta.tags,
    url: meta.url,
    html: null,
    encoding: decoded.encoding,
    warnings,
  });
}

/** How many blocks under a clipped page's title its own headline may stand (excerpt, breadcrumbs, labels). */
const MAX_CLIP_PREAMBLE = 8;

/**
 * A web clipper saves the page's title as the first heading ("# Pier to reopen in May | The Gazette") and, in
 * MarkDownload's default template, the page's description under it as a quoted "Excerpt"; the page itself, with
 * its breadcrumbs and its own headline, follows. When a heading among the next blocks is that title (alone, or
 * followed by a bar or dash and the site's name), it is the headline: what stands between is the clipper's and the
 * page's furniture, and the name after the bar is the site's.
 */
function pageHeadline(blocks: readonly Block[], from: number, pageTitle: string): { at: number; headline: string; site: string | null } | null {
  const key = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();
  const whole = key(pageTitle);
  for (let k = from; k < Math.min(blocks.length, from + MAX_CLIP_PREAMBLE); k++) {
    const block = blocks[k]!;
    // A paragraph of prose before it: the note's own text, not a clipper's furniture (a quoted excerpt is).
    if (block.kind === 'body' && block.text.length > 80 && /[.!?]["”’)]?$/.test(block.text.trim())) return null;
    if (block.kind !== 'heading') continue;
    const headline = key(block.text);
    if (headline.length < 10 || !whole.startsWith(headline)) continue;
    const rest = pageTitle.trim().slice(block.text.trim().length);
    if (rest.trim() === '') return { at: k, headline: block.text.trim(), site: null };
    const site = siteAfterHeadline(rest);
    if (site !== null) return { at: k, headline: block.text.trim(), site };
  }
  return null;
}

/** How many blocks after the last rule may be endnotes; more is the story going on after a section break. */
const MAX_ENDNOTES = 3;

function endnotesAfterRule(collected: Collected): Block[] {
  const { blocks, lastRuleAt } = collected;
  if (lastRuleAt < 2 || blocks.length - lastRuleAt > MAX_ENDNOTES) return [];
  return blocks.slice(lastRuleAt);
}

function splitFrontMatter(text: string, warnings: string[]): { yamlText: string | null; body: string } {
  if (!/^---[ \t]*\n/.test(text)) return { yamlText: null, body: text };
  const end = /^(?:---|\.\.\.)[ \t]*$/m;
  const afterOpen = text.indexOf('\n') + 1;
  const rest = text.slice(afterOpen);
  const m = end.exec(rest);
  if (!m) {
    warnings.push('The front matter has no closing "---" line; it was read as text.');
    return { yamlText: null, body: text };
  }
  return { yamlText: rest.slice(0, m.index), body: rest.slice(m.index + m[0].length) };
}

function emptyFrontMatter(): FrontMatter {
  return { title: null, authors: [], publisher: null, publishedAt: null, url: null, tags: [] };
}

function readFrontMatter(yamlText: string, warnings: string[]): FrontMatter {
  const meta = emptyFrontMatter();
  let data: unknown;
  try {
    data = parseYaml(yamlText, { prettyErrors: false });
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
    warnings.push(`The front matter is not valid YAML (${reason}); it was ignored.`);
    return meta;
  }
  if (data === null || data === undefined) return meta;
  if (typeof data !== 'object' || Array.isArray(data)) {
    warnings.push('The front matter is not a set of "key: value" fields; it was ignored.');
    return meta;
  }
  return frontMatterOf(data as Record<string, unknown>, warnings);
}

/** The fields of a front matter (YAML or TOML) Dossier reads: title, authors, date, outlet, address and tags. */
function frontMatterOf(data: Record<string, unknown>, warnings: string[]): FrontMatter {
  const meta = emptyFrontMatter();
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data)) fields.set(key.toLowerCase().replace(/[-_\s]/g, ''), value);
  const pick = (...keys: string[]) => keys.map((k) => fields.get(k)).find((v) => v !== undefined && v !== null);

  const title = pick('title', 'headline');
  if (typeof title === 'string' || typeof title === 'number') meta.title = collapseSpaces(String(title)) || null;
  else if (title !== undefined) warnings.push('The front matter title is not text; it was ignored.');

  // Declared authors are kept as written, except an outlet ("author: Reuters"): the publisher if no field names one.
  let authorOutlet: string | null = null;
  for (const name of namesOf(pick('authors', 'author', 'by', 'creator', 'creators', 'byline'))) {
    if (classifyName(name) === 'outlet' && !publisherOfCollectiveByline(name)) authorOutlet ??= name;
    else meta.authors.push(name);
  }

  const date = pick('date', 'published', 'publishedat', 'publishdate', 'pubdate', 'datepublished', 'created');
  if (date !== undefined) {
    meta.publishedAt = parsePublicationDate(date);
    if (!meta.publishedAt) warnings.push(`The front matter date "${String(date)}" is not a date Dossier understands.`);
  }

  for (const value of [pick('url', 'link', 'canonical', 'canonicalurl'), pick('source', 'publisher', 'site', 'sitename', 'publication')]) {
    if (typeof value !== 'string' || value.trim() === '') continue;
    if (isWebUrl(value)) meta.url ??= value.trim();
    else meta.publisher ??= collapseSpaces(value);
  }
  const publisher = pick('publisher', 'publication', 'site', 'sitename');
  if (typeof publisher === 'string' && !isWebUrl(publisher)) meta.publisher = collapseSpaces(publisher);
  meta.publisher ??= authorOutlet;

  meta.tags = listOf(pick('tags', 'tag', 'keywords', 'categories', 'category'));
  return meta;
}

/** "[[Jane Roe]]", "[[State Water Board|water board]]": a notes app's wiki links, as the words they show. */
function withoutWikiLinks(text: string): string {
  return text.replace(/!?\[\[([^\]|\n]+)(?:\|([^\]\n]+))?\]\]/g, (_, target: string, alias: string | undefined) => (alias ?? target).trim());
}

/**
 * The syntax notes apps (Obsidian, Logseq) add to a clipped story, which Markdown itself lacks: wiki links (their
 * shown words), ==highlights== (their words), footnote marks ("[^1]") and the footnotes themselves (the note
 * taker's), and callouts ("> [!summary] Why I saved this" and their quoted lines: the note taker's own note).
 */
function withoutNoteSyntax(markdown: string): string {
  const lines = markdown.split('\n');
  const out: string[] = [];
  let callout = false;
  let footnote = false;
  for (const line of lines) {
    if (/^>\s*\[![\w-]+\][+-]?/.test(line)) {
      callout = true;
      continue;
    }
    if (callout && /^>/.test(line)) continue;
    callout = false;
    if (/^\[\^[^\]\s]+\]:/.test(line)) {
      footnote = true;
      continue;
    }
    // A footnote goes on in indented lines.
    if (footnote && /^\s{2,}\S/.test(line)) continue;
    footnote = false;
    out.push(withoutWikiLinks(line).replace(/==(\S(?:[^=\n]*\S)?)==/g, '$1').replace(/(?<=\S)\[\^[^\]\s]+\]/g, ''));
  }
  return out.join('\n');
}

function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return splitAuthors(withoutWikiLinks(value));
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object' && 'name' in value) return namesOf((value as { name: unknown }).name);
  return [];
}

function listOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(listOf);
  return [];
}

function isWebUrl(value: string): boolean {
  return /^https?:\/\/\S+$/i.test(value.trim());
}

/** Compares a heading with a front-matter title, ignoring case and emphasis markers. */
function sameText(a: string, b: string): boolean {
  const plain = (s: string) => collapseSpaces(s.replace(/[*_`]/g, '')).toLowerCase();
  return plain(a) === plain(b);
}

interface Collected {
  blocks: Block[];
  captions: string[];
  /** Index in `blocks` of the first level-1 heading, -1 if none. */
  h1Index: number;
  /** How many blocks came before the last thematic break ("---"), -1 if none. */
  lastRuleAt: number;
}

function collectBlocks(tokens: Token[]): Collected {
  const out: Collected = { blocks: [], captions: [], h1Index: -1, lastRuleAt: -1 };
  const walk = (list: Token[], quote: boolean) => {
    for (const token of list) {
      switch (token.type) {
        case 'heading': {
          const t = token as Tokens.Heading;
          if (t.depth === 1 && out.h1Index < 0 && !quote) out.h1Index = out.blocks.length;
          out.blocks.push({ text: inlineText(t.tokens), kind: 'heading' });
          break;
        }
        case 'paragraph': {
          const t = token as Tokens.Paragraph;
          const images = t.tokens.filter((x) => x.type === 'image') as Tokens.Image[];
          const onlyImages = images.length > 0 && t.tokens.every((x) => x.type === 'image' || (x.type === 'text' && x.raw.trim() === ''));
          if (onlyImages) {
            for (const img of images) {
              const caption = collapseSpaces(img.title || decodeStrictReferences(img.text));
              if (caption) out.captions.push(caption);
            }
          } else {
            const text = inlineText(t.tokens);
            // A linked picture (an author's avatar, a logo) has no words: no paragraph.
            if (text.trim() !== '') out.blocks.push({ text, kind: quote ? 'quote' : 'body' });
          }
          break;
        }
        case 'blockquote':
          walk((token as Tokens.Blockquote).tokens, true);
          break;
        case 'list':
          for (const item of (token as Tokens.List).items) walk(item.tokens, quote);
          break;
        case 'text': {
          // Text directly inside a tight list item.
          const t = token as Tokens.Text;
          out.blocks.push({ text: t.tokens ? inlineText(t.tokens) : decodeStrictReferences(t.text), kind: quote ? 'quote' : 'body' });
          break;
        }
        case 'code':
          out.blocks.push({ text: (token as Tokens.Code).text, kind: quote ? 'quote' : 'body' });
          break;
        case 'table': {
          const t = token as Tokens.Table;
          for (const row of [t.header, ...t.rows]) {
            out.blocks.push({ text: row.map((cell) => inlineText(cell.tokens)).join(' | '), kind: 'body' });
          }
          break;
        }
        case 'html': {
          const text = htmlToText((token as Tokens.HTML).text);
          if (text) out.blocks.push({ text, kind: quote ? 'quote' : 'body' });
          break;
        }
        case 'hr':
          if (!quote) out.lastRuleAt = out.blocks.length;
          break;
        default:
          // space, def: no text.
          break;
      }
    }
  };
  walk(tokens, false);
  return out;
}

/** Inline Markdown to plain text: the words of emphasis, links and code; images and markup dropped. */
function inlineText(tokens: Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        // A single newline inside a Markdown paragraph is a soft break: a space.
        out += t.tokens ? inlineText(t.tokens) : decodeStrictReferences(t.text).replace(/\n/g, ' ');
        break;
      }
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += inlineText((token as Tokens.Strong).tokens);
        break;
      case 'codespan':
        out += (token as Tokens.Codespan).text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        out += htmlToText((token as Tokens.HTML).text);
        break;
      case 'image':
        break;
      default:
        if ('text' in token && typeof token.text === 'string') out += decodeStrictReferences(token.text);
    }
  }
  return out;
}

function htmlToText(html: string): string {
  return decodeStrictReferences(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]*>/g, '')).trim();
}
