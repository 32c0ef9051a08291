/**
 * What the visible page says about an article, for when its metadata is missing or wrong: the headings, the
 * names the site gives itself (logo, home link, copyright holder), the lines around the headline (byline,
 * "Published ..." lines, date headers), the credits marked up as such (rel=author, itemprop=author, byline and
 * author classes, hAtom) and the dates marked up as publication dates. Page furniture (navigation, sidebars,
 * comments, related links, share bars) is left out: its dates and names belong to other articles or readers.
 */
import { creditedEditors, emptyHeader, isPictureCredit, mergeHeader, readByline, readClosingCredits, readHeaderLine, readLabelledCredit, readSwahiliCredit, type HeaderInfo } from './byline';
import type { PublishedDate } from '../../shared/model';
import { escapeRegExp } from '../../shared/regexp';
import { findPublicationDate, isDayAndMonth, isTodayBar, parsePublicationDate, withNumericDatesResolved, type NumericDateOrder } from './dates';
import { classifyName, displayName, hasPersonNameShape, nameWithRole } from './names';
import { FIRST_PUBLISHED } from './first-published';
import { isWriterNote, NAMED_WRITER_NOTE } from './furniture';
import { collapseSpaces } from './text-blocks';
import { isHeadlineBadge } from './headline-labels';

/**
 * Where other articles', readers' and the site's own names and dates live. (Not Elementor's "elementor-widget"
 * wrappers: that page builder sets every element of a page, the headline and byline too, in one.) A wiki's "infobox" is
 * the box floated beside the article (related stories, a place's facts), as an aside is.
 */
const FURNITURE =
  'script, style, noscript, template, nav, aside, form, [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="sidebar" i], [id*="sidebar" i], [class*="widget" i]:not([class*="elementor-widget" i]), [class*="newsletter" i], [class~="promo" i], [class*="promo-" i], [class$="-promo" i], [class*="-promo " i], [class*="promo_" i], [class*="promotion" i], [class*="promoted-" i], [class*="promobox" i], [class*="recirc" i], [class*="popular" i], [class*="trending" i], [class*="breadcrumb" i], [class*="more-" i], [class*="latest" i], [class*="topbar" i], [class~="infobox" i]';
/** The elements that wrap a whole page or its article: never furniture, whatever their class says. */
export const PAGE_WRAPPER = /^(?:html|body|main|article)$/i;
/** Author boxes: a biography (furniture) when long, the byline itself when a short credit line ("Jane Roe | Health Reporter"). */
const AUTHOR_BOX = '[class*="author-box" i], [class*="author-bio" i]';

/** How many lines after the headline (and before it) may still be byline or date lines. */
const LINES_AFTER_HEADLINE = 8;
const LINES_BEFORE_HEADLINE = 3;
/** How far above the headline a date line labelled as the publication's may stand (a meta column set before it). */
const LABELLED_LINES_BEFORE_HEADLINE = 8;
/** The label of a publication date: "Posted:", "Published", "First published on". */
const PUBLISHED_LABEL = /^(?:first )?(?:posted|published)\b/i;
const MAX_BRAND_WORDS = 6;
const MAX_KICKER_WORDS = 3;
/**
 * The summary under a headline, by the names CMSs give it: standfirst, dek, excerpt, subtitle, chapô or
 * chapeau (French), ingress (Nordic), "article-lead" and "ArticleHead__lead" (a bare "lead" is as often the first paragraph),
 * spot (Turkish), balazo (Mexican), subheading (Korean CMSs set the dek as an <h4 class="subheading">), perex
 * (Czech, Slovak), leadin (Naviga), sapo and a "description" paragraph (Vietnamese CMSs), șapou (Romanian), manchet (Danish),
 * entradilla (Spanish), bajada (Chilean, Argentine), entrada (Portuguese), linha fina (Brazilian), Vorspann (German), muhtasari (Swahili), povzetek (Slovenian), sažetak
 * (Croatian, Bosnian), a post's "__descr" (Tilda).
 */
const STANDFIRST =
  '[class*="perex" i], [class~="sapo" i], [class$="-sapo" i], p[class~="description" i], '+
  '[class*="sapou" i], [class*="manchet" i], [class*="entradilla" i], [class~="entrada" i], [class*="__entrada" i], [class$="-entrada" i], [class*="bajada" i], [class*="linha-fina" i], [class*="vorspann" i], [class~="leadin" i], [class*="-leadin" i], [class*="_leadin" i], [class*="muhtasari" i], [class*="povzetek" i], [class*="sazetak" i], '+
  '[class*="standfirst" i], [data-gu-name="standfirst"], [class*="dek" i], [class*="__descr" i], [class*="excerpt" i], [class*="subtitle" i], [class*="sub-title" i], [class*="summary" i], [id*="summary" i], [class*="chapo" i], [class*="chapeau" i], [class*="ingress" i], [class*="subheadline" i], [class*="sub-heading" i], [data-qa*="subheadline" i], [class*="subtitulo" i], [class*="lead-paragraph" i], [class$="-lead" i], [class$="__lead" i], [class~="spot" i], [class$="-spot" i], [class*="subheading" i], [class~="balazo" i]';
/** A line of the summary between a headline and its byline (a dek, a bullet) is short. */
const MAX_SUMMARY_LINE = 250;
/**
 * The heading of a box of summary bullets under a headline: "What you need to know", "Key points", "In brief",
 * "At a glance", "Highlights", and the same in other languages ("Muhtasari", "Resumo", "En bref", "Das Wichtigste in Kürze").
 */
const SUMMARY_BOX_HEADING =
  /^(?:what you need to know|what to know|key (?:points|takeaways|facts)|takeaways|in brief|at a glance|(?:story )?highlights|in short|quick read|summary|tl;?dr|muhtasari|resumo|resumen|en bref|l['’]essentiel|das wichtigste(?: in kürze)?|in breve|in het kort|kort fortalt|i korthet|w skrócie)\s*:?$/i;
/** A summary set in lines or bullets holds a few of them. */
const MAX_SUMMARY_BOX = 4 * MAX_SUMMARY_LINE;
const SUMMARY_LINE_BREAKS = 'br, li';
/** A credit line without "By" ("Jane Doe", "Business reporter, NBN News") is short. */
const MAX_CREDIT_LINE = 80;
/** The longest line read as a day shown without its year ("Mar 12", "12 March · 3 min read"). */
const MAX_YEARLESS_LINE = 40;

export interface PageEvidence {
  /** Texts of h1-h3 and of elements styled as headlines, in page order. */
  headings: string[];
  /** Texts of the <h1> elements outside page furniture: the article's own headline on most pages. */
  mainHeadings: string[];
  /** Names the page shows for its site: logo and home-link text, site-title and masthead elements. */
  brandNames: string[];
  copyright: { year: string; holder: string | null } | null;
}

/** Text set large with the <font> tag of pages built before CSS (print views, old CMSs): a headline without a heading element. */
const LARGE_FONT = 'font[size="5"], font[size="6"], font[size="7"], font[size="+2"], font[size="+3"], font[size="+4"]';

/** `host` is the page's own (from its canonical URL): a link to that host's root is a home link too. */
export function readPageEvidence(document: Document, host: string | null = null): PageEvidence {
  const headings: string[] = [];
  // (And Mambo's and Joomla 1's "contentheading" cell.)
  for (const el of document.querySelectorAll(`h1, h2, h3, [class*="headline" i], [class*="title" i], [class~="contentheading" i], ${LARGE_FONT}`)) {
    if (el.closest('head')) continue;
    const text = headlineText(el);
    if (text && text.length <= 300) headings.push(text);
  }

  const brandNames: string[] = [];
  const addBrand = (text: string | null | undefined) => {
    const name = collapseSpaces(text ?? '');
    if (name && name.split(' ').length <= MAX_BRAND_WORDS && !/^(?:home|homepage|home page|start|index|main|back|menu|logo|skip to .*)$/i.test(name)) brandNames.push(name);
  };
  // The home link first (its text or logo), then elements styled as the site's name; one line each.
  const homeLinks = (selector: string) => {
    const found = Array.from(document.querySelectorAll(selector));
    if (!host || !selector.startsWith('a[')) return found;
    // "https://www.example.com/" on example.com: the absolute home link of blogs (Blogger, old themes).
    const home = Array.from(document.querySelectorAll('a[href^="http" i]')).filter((a) => isRootOf(a.getAttribute('href') ?? '', host));
    return [...found, ...home];
  };
  for (const selector of ['a[href="/"], a[rel~="home" i]', '[class*="site-title" i], [class*="site-name" i], [class~="reader-domain" i]', '[class*="logo" i], [class*="brand" i], [class*="masthead" i]']) {
    for (const el of homeLinks(selector)) {
      if (el.closest('[class*="comment" i]') || el.querySelector('p, div, li, ul, h1, h2, h3, h4')) continue;
      const text = collapseSpaces(el.textContent ?? '');
      if (text) addBrand(text);
      else for (const img of el.querySelectorAll('img[alt]')) addBrand(img.getAttribute('alt'));
    }
  }
  // Not the site's banner (a logo set as <h1>): a <header> outside the article, or role=banner. (On a page without an
  // <article> or <main>, a <header> without the site's navigation or a link home, as a site builder sets it over the
  // story, is the story's.)
  const sectioned = !!document.querySelector('article, main');
  const isBanner = (header: Element) => sectioned || !!header.querySelector('nav, [role="navigation" i], a[href="/"], a[href="./"], a[href$="/index.html" i]');
  const inBanner = (el: Element) => !!el.closest('[role="banner" i]') || (!!el.closest('header') && !el.closest('article, main') && isBanner(el.closest('header')!));
  const mainHeadings = Array.from(document.querySelectorAll('body h1'))
    .filter((el) => !inFurniture(el) && !inBanner(el))
    .map(headlineText)
    .filter((t) => t !== '' && t.length <= 300);
  return { headings, mainHeadings, brandNames, copyright: copyrightOf(document) };
}

/** A heading's text without a badge element set before its words ("<h1><span>Live</span> Port strike ends</h1>"). */
/**
 * A heading's permalink anchor, as documentation and static-site generators set it after the heading's text (MkDocs,
 * Sphinx, Jekyll, Hugo): a link to the heading's own "#id" showing a mark alone ("¶", "§", "#", "🔗"), or a zero-width space
 * that only its hover style makes visible (VitePress).
 */
const PERMALINK_MARK = /^(?:¶|§|#|🔗|⚓|\u200b|)$/u;

export function headlineText(heading: Element): string {
  const nodes = Array.from(heading.childNodes).filter((n) => n.nodeType !== 3 || (n.textContent ?? '').trim() !== '');
  const anchor = nodes.at(-1);
  const permalink = nodes.length > 1 && anchor?.nodeType === 1 && (anchor as Element).tagName === 'A' && ((anchor as Element).getAttribute('href') ?? '').startsWith('#') && PERMALINK_MARK.test(collapseSpaces(anchor.textContent ?? ''));
  const text = heading.textContent ?? '';
  const whole = collapseSpaces(permalink ? text.slice(0, text.lastIndexOf(anchor!.textContent ?? '')) : text);
  const first = Array.from(heading.childNodes).find((n) => n.nodeType !== 3 || (n.textContent ?? '').trim() !== '');
  if (!first || first.nodeType !== 1) return whole;
  const badge = collapseSpaces(first.textContent ?? '');
  const rest = whole.slice(badge.length).trim();
  return badge !== '' && rest !== '' && whole.startsWith(badge) && isHeadlineBadge(badge) ? rest : whole;
}

function isRootOf(href: string, host: string): boolean {
  try {
    const url = new URL(href);
    return (url.pathname === '/' || url.pathname === '') && !url.search && url.hostname.replace(/^www\./, '') === host.replace(/^www\./, '');
  } catch {
    return false;
  }
}

/** "© 2016 Hillside Beekeepers.", "Copyright © 1996-2024 The Courier", "Chronicle © 2015": year and holder. */
function copyrightOf(document: Document): PageEvidence['copyright'] {
  const text = document.body?.textContent ?? '';
  const re = /(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(\d{4})(?:\s*[-–]\s*(\d{4}))?)?/gi;
  for (const m of text.matchAll(re)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 120);
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    let year = m[2] ?? m[1];
    let holder = after.split(/[.|·\n]|\ball rights\b|\bproudly\b/i)[0]!.replace(/^[\s,:-]+|[\s,]+$/g, '');
    if (!year) {
      const y = /^\s*[,:]?\s*(\d{4})\b/.exec(holder);
      if (!y) {
        const trailing = /(\d{4})\s*$/.exec(holder);
        if (!trailing) continue;
        year = trailing[1];
        holder = holder.slice(0, trailing.index);
      } else {
        year = y[1];
        holder = holder.slice(y[0].length);
      }
    }
    // "© 2003-2019 by Fenwick Parish Online": the holder after its "by".
    holder = holder.replace(/^[\s,:-]+|[\s,.]+$/g, '').replace(/^by\s+/i, '').replace(/\s+(?:\d{4}|or its affiliated companies.*)$/i, '');
    // "© Copyright 2024, Cedar Hollow Sentinel, Cedar Hollow, WI": the town and state after the holder are its address.
    holder = holder.replace(/,\s+[^,\d]+,\s*\p{Lu}{2}$/u, '');
    if (!holder) holder = before.split(/[|·\n]/).pop()!.trim();
    return { year: year!, holder: holder && holder.split(/\s+/).length <= MAX_BRAND_WORDS && /^\p{Lu}/u.test(holder) ? holder : null };
  }
  return null;
}

/** Whether an element is page furniture or inside it (a short author box is a byline, not furniture). */
function inFurniture(el: Element): boolean {
  if (inPageFurniture(el)) return true;
  // (Not the page itself, whose class may name a theme option: "tweak-blog-item-show-author-bio".)
  const box = el.closest(AUTHOR_BOX);
  return !!box && !PAGE_WRAPPER.test(box.tagName) && collapseSpaces(box.textContent ?? '').length > MAX_CREDIT_LINE;
}

/** Whether an element is inside navigation, a sidebar, comments or other furniture of the page (author boxes aside). */
function inPageFurniture(el: Element): boolean {
  // Layout classes on the page's wrappers ("<body class="one-sidebar">" in Drupal) do not make the page furniture.
  let furniture = el.closest(FURNITURE);
  while (furniture && (PAGE_WRAPPER.test(furniture.tagName) || holdsArticleBody(furniture))) furniture = furniture.parentElement?.closest(FURNITURE) ?? null;
  return !!furniture;
}

/** The longest text of a story's meta column: a credit, a date or two, a comment count. */
const MAX_META_COLUMN_CHARS = 600;

/**
 * Whether an element stands in the story's own meta column set as an `<aside>` beside it ("<aside class="meta-column">
 * Written by ... Published ..."): its credit is the story's, not a sidebar's. Short, and named for the story's metadata.
 */
function inMetaColumn(el: Element): boolean {
  const column = el.closest('aside[class*="meta" i]');
  return !!column && collapseSpaces(column.textContent ?? '').length <= MAX_META_COLUMN_CHARS && !inPageFurniture(column.parentElement ?? column);
}

/** The article's text as CMSs mark it: schema.org's articleBody, hAtom's entry-content, Blogger's post-body. */
const ARTICLE_BODY = '[itemprop~="articleBody" i], .entry-content, .post-body';
const holdsBody = new WeakMap<Element, boolean>();

/** ASP.NET WebForms' one server form, which wraps the whole page: it carries the __VIEWSTATE field. */
const WEBFORMS_PAGE_FORM = 'input[name="__VIEWSTATE" i]';

/**
 * Whether a furniture-classed element wraps the article itself: Blogger sets its posts inside a
 * "widget Blog" box, so that box is the page's main column, not a widget beside it; a WebForms page is one form.
 */
function holdsArticleBody(el: Element): boolean {
  let known = holdsBody.get(el);
  if (known === undefined) {
    // (Or the page's one headline: a layout wrapper classed "sidemenu nosidebar" holds the story, it is no sidebar.)
    // (Or the article's header inside its <article>, holding the page's only headline: a theme may class it "...-widget-...".)
    known = el.querySelector(ARTICLE_BODY) !== null || (el.tagName.toLowerCase() === 'form' && el.querySelector(WEBFORMS_PAGE_FORM) !== null) || (!el.matches('aside, nav') && (isPageHeadlineHolder(el) || isArticleHeadlineBox(el)));
    holdsBody.set(el, known);
  }
  return known;
}

/**
 * Whether an element inside the page's <article> holds the page's only <h1>, or stands in the <header> that does (the post's
 * info line beside its title, as a theme builds the header of widgets: "widget_core_item_info"): the article's header,
 * whatever its class.
 */
function isArticleHeadlineBox(el: Element): boolean {
  const document = el.ownerDocument;
  if (!document || el.closest('article') === null || countsOf(document).headlines !== 1) return false;
  return el.querySelector('h1') !== null || el.closest('article header')?.querySelector('h1') != null;
}

/** Whether an element holds the page's only <h1> and most of its paragraphs: the page's main column, whatever its class. */
function isPageHeadlineHolder(el: Element): boolean {
  const document = el.ownerDocument;
  if (!document) return false;
  const counts = countsOf(document);
  if (counts.headlines !== 1 || !el.querySelector('h1')) return false;
  return el.querySelectorAll('p').length * 2 > counts.paragraphs;
}
/** A page's number of <h1> and <p> elements, counted once (as holdsBody, for the document read for metadata). */
const pageCounts = new WeakMap<Document, { headlines: number; paragraphs: number }>();
function countsOf(document: Document): { headlines: number; paragraphs: number } {
  let counts = pageCounts.get(document);
  if (!counts) pageCounts.set(document, (counts = { headlines: document.querySelectorAll('h1').length, paragraphs: document.querySelectorAll('p').length }));
  return counts;
}

/** The furniture elements under `root`, for walkers that skip them. */
function furnitureUnder(root: Element): Set<Element> {
  const boxes = Array.from(root.querySelectorAll(AUTHOR_BOX)).filter(inFurniture);
  const furniture = Array.from(root.querySelectorAll(FURNITURE)).filter((el) => !PAGE_WRAPPER.test(el.tagName) && !holdsArticleBody(el));
  return new Set([...furniture, ...boxes]);
}

/** Elements that end a line of text. */
const LINE_BREAKING = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea', 'iframe', 'video', 'audio', 'canvas', 'object']);

/** A line of the page's text; `pieces` are the texts of its inline elements (and bare text) side by side. */
interface TextLine {
  text: string;
  heading: boolean;
  pieces: string[];
  parts?: string[];
}

/** The page's lines of text in reading order, inline elements spaced apart ("<span>By</span><a>Jane</a>" -> "By Jane"). */
function textLines(root: Element, skipped: ReadonlySet<Element>): TextLine[] {
  const lines: TextLine[] = [];
  let current = '';
  let heading = false;
  let pieces: string[] = [];
  const flush = () => {
    const text = collapseSpaces(current);
    if (text) lines.push({ text, heading, pieces: pieces.map(collapseSpaces).filter((p) => p !== '') });
    current = '';
    heading = false;
    pieces = [];
  };
  const walk = (el: Element, inHeading: boolean, inline: boolean) => {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType === 3) {
        current += node.textContent ?? '';
        if (!inline) pieces.push(node.textContent ?? '');
        if (inHeading && (node.textContent ?? '').trim()) heading = true;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.tagName.toLowerCase();
      if (NO_TEXT.has(tag) || skipped.has(child)) continue;
      if (LINE_BREAKING.has(tag)) {
        flush();
        walk(child, inHeading || /^h[1-6]$/.test(tag), false);
        flush();
      } else {
        const start = current.length + 1;
        current += ' ';
        walk(child, inHeading, true);
        if (!inline) pieces.push(current.slice(start));
        current += ' ';
      }
    }
  };
  walk(root, false, false);
  flush();
  return lines;
}

/**
 * What a header line's pieces say one by one, where the line as a whole reads as none ("<span>3 hours ago</span>
 * <span>05.11.2026, 02:10</span><span>2 318</span>", a view count after the date): the first piece that dates the
 * story or names its writers, a label ("Published:") read with the piece after it.
 */
function piecewiseHeaderLine(line: TextLine, order: NumericDateOrder | null): HeaderInfo | null {
  if (line.pieces.length < 2) return null;
  const merged = emptyHeader();
  for (let k = 0; k < line.pieces.length; k++) {
    const labelled = FIELD_LABEL.test(line.pieces[k]!) && k + 1 < line.pieces.length ? `${line.pieces[k]} ${line.pieces[++k]}` : line.pieces[k]!;
    const info = readHeaderLine(withNumericDatesResolved(labelled, order, { twoDigitYears: true }));
    if (info) mergeHeader(merged, info);
  }
  return merged.publishedAt || merged.modifiedAt || merged.authors.length > 0 ? merged : null;
}

export interface ArticleHeader {
  /** What each byline or date line around the headline says: those under it first, then those over it. */
  lines: HeaderInfo[];
  /** How many of `lines` stand under the headline. */
  below: number;
  /** A day shown without its year by the headline ("Mar 12", as blog builders print this year's posts), or null. */
  yearless: string | null;
  /** Lines of the header after the headline (credits, roles, dates), squashed: the content's copy of them is furniture. */
  keys: Set<string>;
  /** The people a credit line names as editors ("Edited By: Jane Roe"): no authors. */
  editors: string[];
  /** The account a "Posted by" line names ("Publicado por ..."): who put the story online, perhaps not its writer. */
  posters: string[];
  /** The writers a credit for the words names ("Text by ...", "Texto de ..."). */
  wordsWriters: string[];
  /** The writers a "By" line under the headline names. */
  byWriters: string[];
}

/** A credit for putting a story online: "Posted by", "Publicado por", "Publié par", "Pubblicato da", "Veröffentlicht von". */
const POSTED_BY_LABEL = /^(?:posted|published|submitted|uploaded|publicado|publicada|publié|publiée|pubblicato|veröffentlicht)\s+(?:by|por|par|da|von)\s/i;
/** A credit for the words: "Text by", "Words by", "Texto de", "Texte de", "Testo di", "Text:". */
const WORDS_BY_LABEL = /^(?:text|texto|texte|testo|tekst|words|story)\s*(?:by\s|de\s|por\s|par\s|di\s|von\s|:)/i;

/** Text with white space and punctuation removed, for comparing lines extracted by different walkers. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The authors a page lists, less the people its credit lines name as editors or translators ("Reported By: A |
 * Edited By: B"): they did not write the story. All of them when every one is so named (a page that credits
 * only its editor still names the person who answers for the story).
 */
export function withoutEditors(authors: string[], editors: readonly string[]): string[] {
  const editorKeys = new Set(editors.map(squash));
  const writers = authors.filter((a) => !editorKeys.has(squash(a)));
  return writers.length > 0 ? writers : authors;
}

/** Boxes of a story's credits, wherever the page sets them (often after the text). */
const CREDIT_BOX = '[class*="author" i], [class*="byline" i], [class*="credit" i], [class*="autor" i], [class*="firma" i], [class*="reporter" i], [class*="writer" i], [class*="editor" i]';
/** A box of credits holds a few short lines. */
const MAX_CREDIT_BOX_CHARS = 300;

/**
 * The writers a box of credits names where it also names an editor ("Author: Jane Roe" / "Editor: John Doe", set
 * after the text): for a page whose metadata gives the editor as its author.
 */
export function creditBoxWriters(document: Document): { writers: string[]; editors: string[] } {
  const writers: string[] = [];
  const editors: string[] = [];
  for (const box of Array.from(document.querySelectorAll(CREDIT_BOX))) {
    if (inFurniture(box) || box.closest('head') || collapseSpaces(box.textContent ?? '').length > MAX_CREDIT_BOX_CHARS) continue;
    // (Its parts may be inline elements the page's style sets apart, "<span>Por A y B</span><span>Edición: C</span>":
    // each child's text is a line too.)
    const lines = [...new Set([...textLines(box, new Set()).map((l) => l.text), ...Array.from(box.children).map((child) => collapseSpaces(child.textContent ?? '')).filter((t) => t !== '')])];
    const named = lines.flatMap(creditedEditors);
    if (named.length === 0 && !lines.some((l) => readLabelledCredit(l) !== null)) continue;
    editors.push(...named);
    // (A line may hold both, "Reporting: Jane Roe · Editing: John Doe": its writers' part.)
    for (const line of lines) writers.push(...(readLabelledCredit(line) ?? (creditedEditors(line).length === 0 ? (readByline(line)?.authors ?? []) : [])));
  }
  return { writers, editors };
}

/** A property table's label for the writers: "Author", "Authors", "Written by", "Autor", "Auteurs", "Penulis". */
const AUTHOR_PROPERTY = /^(?:authors?|by|written by|writers?|reporters?|autor(?:es|in|en)?|auteurs?|autori|penulis)\s*:?$/i;

/**
 * The writers a table of properties names in the row its header cell labels for them ("<tr><th>Authors</th><td>
 * <span>Jane Roe</span> <span>John Doe</span></td></tr>"), as pages published from a notes database set them.
 */
export function propertyTableWriters(document: Document): string[] {
  for (const row of Array.from(document.querySelectorAll('tr'))) {
    const label = row.querySelector('th');
    const value = row.querySelector('td');
    if (!label || !value || inFurniture(row) || !AUTHOR_PROPERTY.test(collapseSpaces(label.textContent ?? ''))) continue;
    // (Each person in an element of its own, or the cell's text as a credit.)
    const names = Array.from(value.children).map((child) => collapseSpaces(child.textContent ?? '')).filter((name) => name !== '');
    const credit = readByline(`By ${names.length > 1 ? names.join(' and ') : collapseSpaces(value.textContent ?? '')}`);
    if (credit && credit.authors.length > 0) return credit.authors;
  }
  return [];
}

/**
 * The article header: the lines just before and after the headline (the line that reads as the title, else
 * the first <h1>) that are bylines, credits, roles or date lines.
 */
export function articleHeader(document: Document, title: string | null, order: NumericDateOrder | null = null): ArticleHeader {
  const header: ArticleHeader = { lines: [], below: 0, yearless: null, keys: new Set(), editors: [], posters: [], wordsWriters: [], byWriters: [] };
  const body = document.body as Element | null;
  if (!body) return header;
  const lines = withFieldLabelsJoined(textLines(body, furnitureUnder(body)));
  const key = title ? squash(title) : null;
  // (The headline set as a heading, not a breadcrumb's last crumb or a ticker that repeats it above.)
  let at = key ? lines.findIndex((l) => l.heading && squash(l.text) === key) : -1;
  if (at < 0 && key) at = lines.findIndex((l) => squash(l.text) === key);
  if (at < 0) at = lines.findIndex((l) => l.heading);
  if (at < 0) return header;
  // The kicker just above the headline ("U.S.", "Small business", "LIVE") and a standfirst marked up as one.
  // (Over an issue or date line set just above the headline, "Issue 23 · January 2027", which is the header's too.)
  let k = at - 1;
  while (k > 0 && k >= at - 2 && lines[k]!.text.length <= MAX_CREDIT_LINE && readHeaderLine(lines[k]!.text)?.publishedAt) header.keys.add(squash(lines[k--]!.text));
  const kicker = lines[k]?.text;
  if (kicker && kicker.split(' ').length <= MAX_KICKER_WORDS && !/[!?:;,]$|\p{Ll}{2}\.$/u.test(kicker) && !/\d/.test(kicker)) header.keys.add(squash(kicker));
  const standfirsts = new Set(
    [...Array.from(body.querySelectorAll(STANDFIRST)), ...boldLeads(body)]
      .filter((el) => !inFurniture(el))
      // A dek set in lines ("<h4>First point<br>Second point</h4>") or a box of summary bullets under a heading
      // ("<h3>Key points</h3><ul><li>...</li></ul>"): each line as the walker sees it.
      .flatMap((el) => [el.textContent ?? '', ...(el.querySelector(SUMMARY_LINE_BREAKS) && (el.textContent ?? '').length <= MAX_SUMMARY_BOX ? textLines(el, new Set()).map((l) => l.text) : [])].map(squash))
      .filter((key) => key !== ''),
  );
  for (const line of lines.slice(at + 1, at + 1 + LINES_AFTER_HEADLINE)) if (standfirsts.has(squash(line.text))) header.keys.add(squash(line.text));
  let longLines = 0;
  // Short lines between the headline and a "By" line (a dek, summary bullets, a wire story's "(Adds ...)") are its summary.
  let summary: string[] | null = [];
  // Lines above the headline (a kicker's date, a site's top bar of today's date) count after those below it.
  const above: HeaderInfo[] = [];
  for (let i = Math.max(0, at - LABELLED_LINES_BEFORE_HEADLINE); i <= Math.min(lines.length - 1, at + LINES_AFTER_HEADLINE); i++) {
    if (i === at) continue;
    const text = lines[i]!.text;
    if (i < at - LINES_BEFORE_HEADLINE && !PUBLISHED_LABEL.test(text)) continue;
    // (Not a top bar's today, "Wednesday, 23 December 2026", which a page may set near its headline; a blog's date
    // header over its post is set as a heading.)
    if (i < at && !lines[i]!.heading && isTodayBar(text)) continue;
    const info = readHeaderLine(withNumericDatesResolved(text, order, { twoDigitYears: true })) ?? (i > at ? readSwahiliCredit(text) : null) ?? piecewiseHeaderLine(lines[i]!, order);
    if (!info && text.length <= MAX_YEARLESS_LINE && isDayAndMonth(text)) header.yearless ??= text;
    header.editors.push(...creditedEditors(text));
    // The header ends where the story starts: a standfirst may come before the byline, a second long line may not.
    // (Summary points without a full stop, set as a list under the headline, are no story's sentences.)
    if (i > at && !info && text.length > MAX_CREDIT_LINE && /[.!?"”’)]$/.test(text) && ++longLines > 1) break;
    if (i > at && summary !== null) {
      if (info && info.authors.length > 0 && /^by\s/i.test(text)) {
        for (const line of summary) header.keys.add(squash(line));
        summary = null;
      } else if (info || text.length > MAX_SUMMARY_LINE || (lines[i]!.heading && !SUMMARY_BOX_HEADING.test(text))) summary = null;
      else summary.push(text);
    }
    // The content may set a labelled field's label and value apart, as the page does.
    const keys = [text, ...(lines[i]!.parts ?? [])].map(squash);
    if (info && POSTED_BY_LABEL.test(text)) header.posters.push(...info.authors);
    if (info && WORDS_BY_LABEL.test(text)) header.wordsWriters.push(...info.authors);
    if (info && i > at && /^by\s/i.test(text)) header.byWriters.push(...info.authors);
    if (info) {
      (i > at ? header.lines : above).push(info);
      if (i > at) for (const k of keys) header.keys.add(k);
    } else if (i > at && text.length <= MAX_CREDIT_LINE && (readByline(text, { labelRequired: false }) || classifyName(text) === 'role' || CREDIT_FIELD_LABEL.test(lines[i]!.parts?.[0] ?? ''))) {
      for (const k of keys) header.keys.add(k);
      // (A writer's name with her role after a comma, "Jane Roe, special correspondent in Westport", credits her.)
      const signed = nameWithRole(text);
      if (signed !== null) header.lines.push({ authors: [signed], publisher: null, publishedAt: null, modifiedAt: null });
    }
  }
  header.below = header.lines.length;
  header.lines.push(...above);
  return header;
}

/** A field's label on a line of its own ("Story by:", "Photos by:"), as Drupal and other CMSs set labelled fields. */
const FIELD_LABEL = /^\p{L}[\p{L}\p{M}'’ /-]{0,30}:$|^(?:posted|published|updated|modified|last (?:modified|updated))$/iu;

/** The label of a credit field that names no author ("Photos by:", "Graphics by:"): the field is the header's all the same. */
const CREDIT_FIELD_LABEL = /\bby\s*:$/i;

/**
 * Lines with a field's label joined to the value on the next line: a labelled field ("<div class="field__label">Story
 * by:</div><div class="field__item">Jane Roe</div>") is one credit or date line, read as its label says.
 */
function withFieldLabelsJoined(lines: TextLine[]): TextLine[] {
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next && !lines[i]!.heading && !next.heading && FIELD_LABEL.test(lines[i]!.text) && !FIELD_LABEL.test(next.text) && next.text.length <= MAX_CREDIT_LINE) {
      out.push({ text: `${lines[i]!.text} ${next.text}`, heading: false, pieces: [...lines[i]!.pieces, ...next.pieces], parts: [lines[i]!.text, next.text] });
      i++;
    } else out.push(lines[i]!);
  }
  return out;
}

/**
 * A paragraph classed "lead" set wholly in bold ("<p class="lead"><strong>...</strong></p>"): the standfirst as
 * Central European sites set it. A bare "lead" class in ordinary type is as often the first paragraph of the story.
 */
function boldLeads(body: Element): Element[] {
  return Array.from(body.querySelectorAll('p[class~="lead" i], div[class~="lead" i]')).filter((el) => {
    const bold = el.querySelector('strong, b');
    return !!bold && collapseSpaces(bold.textContent ?? '') === collapseSpaces(el.textContent ?? '') && bold.textContent!.trim() !== '';
  });
}

/** How many lines of the page, before the headline, may hold the masthead's date bar. */
const MASTHEAD_LINES = 60;

/**
 * The issue date a small paper's masthead shows above the headline ("Thursday, May 16, 2019 | Serving the
 * county since 1887 | Subscribe"): a part of a line, outside furniture, that is a whole date and nothing else.
 * A last resort: on a page with no other date it is the edition the story appeared in.
 */
export function mastheadDate(document: Document, title: string | null): PublishedDate | null {
  const body = document.body as Element | null;
  if (!body) return null;
  const lines = textLines(body, furnitureUnder(body)).slice(0, MASTHEAD_LINES);
  const key = title ? squash(title) : null;
  const at = key ? lines.findIndex((l) => squash(l.text) === key) : -1;
  for (const line of at >= 0 ? lines.slice(0, at) : lines) {
    for (const part of line.text.split(/\s+[|·•]\s+/)) {
      const date = parsePublicationDate(part);
      if (date?.precision === 'day') return date;
    }
  }
  return null;
}

/** The boxes about the writer that opinion pages set after the text. */
const WRITER_BOX = '[class*="author-box" i], [class*="author-bio" i], [class*="authorbox" i], [class*="author-info" i], [class*="about-author" i], [class*="author-note" i], [class*="writer-bio" i], [class*="columnist-bio" i], [class~="bio" i], [class$="-bio" i], [class$="_bio" i]';
/** "The writer, Jane Roe, is a ...": a note on the writer that names the writer inside it. */
const WRITER_NOTE_WITH_NAME = /^(?:the )?(?:writer|author|columnist), ([^,]{3,60}), (?:is|was)\b/i;
/** "Jane Roe is a professor of law at ...": a note on the writer that opens with the writer's name. */

/**
 * The writer an opinion piece names only after its text: the name alone on the line before the note on the
 * writer ("Jane Roe" / "The writer is a retired engineer. Views are personal."), in an author box or closing
 * the text, or the name that opens the note in an author box ("Jane Roe is a professor of law at ...").
 */
export function writerNoteAuthors(document: Document): string[] {
  const body = document.body as Element | null;
  if (!body) return [];
  // Author boxes are furniture of the text, but here they are what is read.
  const furniture = new Set(Array.from(body.querySelectorAll(FURNITURE)).filter((el) => !PAGE_WRAPPER.test(el.tagName) && !holdsArticleBody(el)));
  const lines = textLines(body, furniture);
  for (let i = 1; i < lines.length; i++) {
    // "Source: Jane Roe" under the story: the writer, as some West African sites credit one.
    if (/^source\s*:/i.test(lines[i]!.text)) {
      const source = readClosingCredits(lines[i]!.text);
      if (source) return source;
    }
    if (!isWriterNote(lines[i]!.text)) continue;
    const inside = WRITER_NOTE_WITH_NAME.exec(lines[i]!.text);
    const names = inside ? namesAlone(inside[1]!) : namesAlone(lines[i - 1]!.text);
    if (names) return names;
  }
  for (const box of body.querySelectorAll(WRITER_BOX)) {
    if (inPageFurniture(box)) continue;
    for (const line of textLines(box, new Set())) {
      const m = NAMED_WRITER_NOTE.exec(line.text);
      if (m && hasPersonNameShape(m[1]!) && classifyName(m[1]!) === 'person') return [displayName(m[1]!.trim())];
    }
  }
  return [];
}

/** "Jane Roe", "— Jane Roe", "By Jane Roe and John Doe": a line that is people's names and nothing else. */
function namesAlone(text: string): string[] | null {
  const line = text.replace(/^[\s—–-]+/, '').trim();
  if (line.length > MAX_CREDIT_LINE || /[\d.!?:;"“”]$/.test(line)) return null;
  const credit = readByline(line, { labelRequired: false });
  if (!credit || credit.publisher || credit.authors.length === 0 || credit.authors.length > 2) return null;
  return credit.authors.every((a) => a.split(/\s+/).length >= 2 && hasPersonNameShape(a)) ? credit.authors : null;
}

/** Names credited by the markup: rel=author links, itemprop=author, byline/author classes, hAtom .fn. */
/** Elements the page does not show: a credit kept there for machines (another script's spelling of the name) is none. */
const HIDDEN = '[hidden], [style*="display:none" i], [style*="display: none" i], [class~="hidden" i], [class~="d-none" i]';

/** The words that label a picture credit: "Photos", "Photographs", "Fotografia", "Camera", Faroese and Icelandic "Myndir". */
const PICTURE_WORDS = String.raw`(?:photos?|photographs?|photography|pictures?|images?|video|fotos?|fotograf(?:ia|ía|ie)|camera|cámara|myndir|mynd)`;
/** A picture credit's label set beside a name without a colon ("Fotografia", "Photos", "Camera"). */
const PICTURE_LABEL = new RegExp(String.raw`^${PICTURE_WORDS}(?:\s+by)?\s*:?$`, 'i');
/** The same label, then the photographer's name, as an author card's row reads: "Photographs Jane Roe". */
const PICTURE_LABEL_BEFORE_NAME = new RegExp(String.raw`^${PICTURE_WORDS}\s+\p{Lu}`, 'iu');
/** A card's label for the writer before the name: "Words Jane Roe", "Text: Jane Roe". */
const WORDS_LABEL = /^(?:words|text|story|texte|texto|testo|tekst)\s*:?\s+(?=\p{Lu})/u;
/** A credit's label alone, its name elsewhere: "Words", "Author", "By", "Par", "Auteur". */
const CREDIT_LABEL_ALONE = /^(?:words|text|story|authors?|by|par|por|von|di|door|av|af|auteurs?|autor(?:es|a)?|autore|written by|écrit par|escrito por)\s*:?$/i;

export function markedCredits(document: Document): { authors: string[]; outlets: string[] } {
  const authors: string[] = [];
  const outlets: string[] = [];
  const selectors = [
    'a[rel~="author" i]',
    '[itemprop~="author" i]',
    // Firefox's Reader View saves the credit line as "reader-credits".
    '[class*="byline" i], [class*="by-line" i], [data-component*="byline" i], [data-testid*="byline" i], [class~="reader-credits" i]',
    // The author's class in Finnish ("tekija", "toimittaja"), Swedish ("forfattare"), Hungarian ("szerzo") and Swahili ("mwandishi") themes.
    '[class*="author" i], [class*="autor" i], [class*="auteur" i], [class*="contributor" i], [class*="writer" i], [class*="tekija" i], [class*="toimittaja" i], [class*="forfattare" i], [class*="szerzo" i], [class*="mwandishi" i], .fn, address',
  ];
  for (const selector of selectors) {
    for (const el of document.querySelectorAll(selector)) {
      if ((inFurniture(el) && !inMetaColumn(el)) || el.closest('head') || el.closest(HIDDEN)) continue;
      // A name under a photographer's label ("<div>Fotos:</div><div class="autor">Jane Roe</div>"): no writer.
      if (el.parentElement && isPictureCredit(collapseSpaces(spacedText(el.parentElement)))) continue;
      // (Or under a label of its own, "<div>Photographs</div><div class="author-name">John Doe</div>".)
      const labelBefore = collapseSpaces(el.previousElementSibling?.textContent ?? '');
      if (PICTURE_LABEL.test(labelBefore)) continue;
      const named = el.querySelector('[itemprop="name"]');
      // ("Words" / "Jane Roe": a card's label for the writer, before the name, says whose the name is.)
      const text = collapseSpaces(spacedText(named ?? el)).replace(WORDS_LABEL, '');
      if (!text || text.length > 200 || CREDIT_LABEL_ALONE.test(text) || PICTURE_LABEL.test(text) || PICTURE_LABEL_BEFORE_NAME.test(text)) continue;
      let credit = readSwahiliCredit(text) ?? readByline(text, { labelRequired: false }) ?? headerCredit(text) ?? partsCredit(named ?? el);
      if (!credit) continue;
      // "<a>Jane Roe</a><div>Harbour Ledger</div>": a name or outlet read across the credit's parts is a name and an outlet.
      const read = [...credit.authors, ...(credit.publisher ? [credit.publisher] : [])];
      if (!named && read.some((a) => !childTexts(el).some((t) => t.includes(a)))) {
        const parts = partsCredit(el);
        if (parts && parts.authors.length > 0 && parts.authors.every((a) => a.split(/\s+/).length >= 2)) credit = parts;
      }
      authors.push(...credit.authors);
      if (credit.publisher) outlets.push(credit.publisher);
    }
    if (authors.length > 0) break;
  }
  if (authors.length === 0) authors.push(...attributeCredits(document), ...sidebarAuthorCard(document));
  if (authors.length === 0) authors.push(...authorProfiles(document));
  if (authors.length === 0) authors.push(...signedNames(document));
  return { authors: [...new Set(authors)], outlets };
}

/**
 * The writer's signature a site sets under the story, where nothing else credits a writer (the byline and the metadata
 * name the desk): "<p class="signature"><strong>Jane Roe</strong><br>Correspondent in Westport</p>". A full name, as a
 * profile card gives it: not initials ("J. R."), which sign for a writer the page names elsewhere.
 */
function signedNames(document: Document): string[] {
  for (const signature of document.querySelectorAll('[class~="signature" i]')) {
    if (inFurniture(signature) || signature.closest('head, li')) continue;
    const name = cardName(signature, false);
    if (name) return [name];
  }
  return [];
}

/** The name a writer's card sets in bold (or as its whole text), with the writer's role after it where `roleRequired`. */
function cardName(card: Element, roleRequired: boolean): string | null {
  const name = collapseSpaces(card.querySelector('strong, b')?.textContent ?? (roleRequired ? '' : spacedText(card)));
  const role = collapseSpaces(spacedText(card)).slice(name.length).trim().split(/\s*,\s*/)[0] ?? '';
  const roleFits = role === '' ? !roleRequired : classifyName(role) === 'role';
  return name.split(/\s+/).length >= 2 && hasPersonNameShape(name) && classifyName(name) === 'person' && roleFits ? displayName(name) : null;
}

/** A box of the post's writers' profiles ("md-post__authors", "post-authors"), one card a writer. */
const AUTHOR_PROFILES = '[class*="authors" i]';

/**
 * The writers a post's box of author profiles names, as blog themes and documentation blogs (Material for MkDocs) set
 * it beside the post: each card a name in bold, then the writer's role ("<strong>Jane Roe</strong><br>Reporter,
 * Westport"). Every card must read so: a box of other content is none.
 */
function authorProfiles(document: Document): string[] {
  for (const box of document.querySelectorAll(AUTHOR_PROFILES)) {
    if (box.closest('head, li, [class*="comment" i]')) continue;
    const names = Array.from(box.children).map((card) => cardName(card, true));
    if (names.length > 0 && names.every((n) => n !== null)) return names as string[];
  }
  return [];
}

/**
 * Links to a writer's page: rel="author", or a path of writers' pages ("/author/jane-roe", "/autor/", "/journalists/"), or
 * a profile of a blogging platform's "/@name" form (Hashnode, Medium), outside the share and follow rows.
 */
const AUTHOR_LINK =
  'a[rel~="author" i], a[href*="/author/" i], a[href*="/@" i], a[href*="/authors/" i], a[href*="/autor/" i], a[href*="/autores/" i], a[href*="/autori/" i], a[href*="/auteur/" i], a[href*="/auteurs/" i], a[href*="/journalist/" i], a[href*="/journalists/" i], a[href*="/reporter/" i], a[href*="/reporters/" i], a[href*="/staff/" i]';
/** The name element of a writer's card: its "author-name" class, or the link to the writer's page. */
const CARD_NAME = `[class*="author-name" i], [class*="authorname" i], ${AUTHOR_LINK}`;

/**
 * The writer a card in the sidebar names, where nothing in the article does ("<aside><h3>Author</h3><div
 * class="author-card">By <a class="author-name">Jane Roe</a> Business desk</div></aside>"): a single card, outside any
 * list, naming one person by full name. (A sidebar of several cards is the site's columnists.)
 */
export function sidebarAuthorCard(document: Document): string[] {
  const cards = Array.from(document.querySelectorAll('aside [class*="author" i]')).filter((el) => el.querySelector(CARD_NAME) && !el.closest('li') && !el.parentElement?.closest('[class*="author" i]'));
  if (cards.length !== 1) return [];
  const names = Array.from(cards[0]!.querySelectorAll(CARD_NAME)).map((el) => collapseSpaces(el.textContent ?? '')).filter((n) => n !== '');
  if (new Set(names).size !== 1) return [];
  const name = names[0]!;
  // (Sesotho given names open with an apostrophe, "’Mamosa": the name is told by what follows it.)
  const bare = name.replace(/^['’]/, '');
  return name.split(/\s+/).length >= 2 && hasPersonNameShape(bare) && classifyName(bare) === 'person' ? [displayName(name)] : [];
}

/** The attributes some CMSs (Polopoly/Atex, Escenic themes) give a byline block that shows only an avatar and a "Follow" button. */
const AUTHOR_DATA_ATTRIBUTES = ['data-author-name', 'data-authors', 'data-author', 'data-byline'];
/** The writer's picture in the byline block, whose alternative text is the writer's name where no text shows it. */
const AVATAR = '[class*="author" i] img[alt], [class*="byline" i] img[alt], img[class*="avatar" i][alt]';

/**
 * The writer named only in an attribute of the byline block (`data-author-name="Jane Roe"`, the alt text of
 * the writer's picture): people's names only (not ids, slugs or outlets), and not on a teaser of another story
 * (a list item or a link).
 */
function attributeCredits(document: Document): string[] {
  const selector = [...AUTHOR_DATA_ATTRIBUTES.map((a) => `[${a}]`), AVATAR].join(', ');
  for (const el of document.querySelectorAll(selector)) {
    if (inFurniture(el) || el.closest('head, li') || (el.closest('a') && !el.matches('img'))) continue;
    for (const attribute of [...AUTHOR_DATA_ATTRIBUTES, ...(el.matches('img') ? ['alt'] : [])]) {
      const value = collapseSpaces(el.getAttribute(attribute) ?? '');
      if (value === '' || value.length > MAX_CREDIT_LINE || /[\d/@_]/.test(value)) continue;
      const credit = readByline(value, { labelRequired: false });
      const names = credit?.authors ?? [];
      if (names.length > 0 && names.every((n) => n.split(/\s+/).length >= 2 && hasPersonNameShape(n) && classifyName(n) === 'person')) return names;
    }
  }
  return [];
}

function childTexts(el: Element): string[] {
  return Array.from(el.children).map((child) => collapseSpaces(spacedText(child)));
}

/**
 * A credit laid out as one element per field ("<span>Jane Roe</span><span>Wales correspondent</span>"): the
 * names of the parts that are credits, when every other part is a role or a header line (a date, "2 days ago").
 */
function partsCredit(el: Element): { authors: string[]; publisher: string | null } | null {
  const parts = Array.from(el.children).map((child) => collapseSpaces(spacedText(child))).filter((t) => t !== '');
  if (parts.length < 2) return null;
  const authors: string[] = [];
  let publisher: string | null = null;
  for (const part of parts) {
    const credit = readByline(part, { labelRequired: false });
    if (credit) {
      authors.push(...credit.authors);
      publisher ??= credit.publisher;
    } else if (classifyName(part) !== 'role' && !readHeaderLine(part)) return null;
  }
  return authors.length > 0 || publisher ? { authors, publisher } : null;
}

function headerCredit(text: string): { authors: string[]; publisher: string | null } | null {
  const info = readHeaderLine(text);
  return info && (info.authors.length > 0 || info.publisher) ? info : null;
}

/**
 * Dates the markup calls publication dates: itemprop=datePublished, <time pubdate>, hAtom "published", Plone's
 * "documentPublished", Mambo's and Joomla 1's "createdate" cell, and the RDFa properties of Dublin Core and schema.org
 * (Drupal's `<span property="dc:date dc:created" content="...">`).
 */
const PUBLICATION_DATE_MARKUP =
  '[itemprop="datePublished" i], time[pubdate], .published, [class*="publish" i] time, time[class*="publish" i], .documentPublished, .createdate, ' +
  '[property~="dc:date" i][content], [property~="dc:created" i][content], [property~="dcterms:created" i][content], [property~="dcterms:issued" i][content], [property~="datePublished" i][content], [property~="schema:datePublished" i][content]';

/**
 * "This story was first published on Tuesday, March 7, 2028", "This story was first posted online Nov. 15": the page's
 * note of when it first came out (not a story's sentence, "the video was first posted in June 2019").
 */
const OWN_FIRST_PUBLICATION = new RegExp(String.raw`\bthis\s+(?:story|article|report|post|piece|column)\s+(?:was\s+)?${FIRST_PUBLISHED}(?:\s+online)?(?:\s+on)?\s+(?!in\s)`, 'i');
const FIRST_PUBLISHED_PHRASE = new RegExp(FIRST_PUBLISHED, 'i');
/** The longest note of a first publication read. */
const MAX_NOTE_LENGTH = 300;

/**
 * The day a note on the page says the story first came out ("This story was first published on Tuesday, March 7, 2028
 * and has been updated with ..."), as sites that move an updated post's date forward set it, perhaps without its year
 * ("Nov. 15"); null where none does.
 * (Not "first published in The Gazette on ...": another outlet's day, a syndicated story's.)
 */
export function ownFirstPublication(document: Document): string | null {
  for (const p of Array.from(document.querySelectorAll('p'))) {
    // (Most paragraphs hold no such phrase: they are passed over before their text is collapsed.)
    const raw = p.textContent ?? '';
    if (!FIRST_PUBLISHED_PHRASE.test(raw)) continue;
    const text = collapseSpaces(raw);
    const note = text.length <= MAX_NOTE_LENGTH ? OWN_FIRST_PUBLICATION.exec(text) : null;
    if (!note) continue;
    const rest = text.slice(note.index + note[0].length);
    const date = findPublicationDate(rest);
    if (date && date.start <= MAX_WEEKDAY_LENGTH) return rest.slice(date.start, date.end);
    // (Or a day without its year, "first posted online Nov. 15 at 5:45 p.m.": the caller gives it the page's year.)
    const yearless = YEARLESS_DAY.exec(rest);
    if (yearless) return yearless[1]!;
  }
  return null;
}
/** A day and month without a year at the start of a note's date: "Nov. 15", "November 15", "15 November". */
const YEARLESS_DAY = /^(?:\p{Lu}\p{Ll}+day,?\s+)?(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}{2,8})(?!\d|,?\s+\d{4})/u;
/** Room for a weekday before the date ("Wednesday, "). */
const MAX_WEEKDAY_LENGTH = 12;

/** The label of a publication date in a table or a definition list ("Filed", "Date", "Published on"). */
const DATE_CELL_LABEL = /^(?:filed|date|dated|published(?: on)?|publication date|posted(?: on)?|release date|issued)\s*:?$/i;

export function markedPublicationDates(document: Document): string[] {
  const values: string[] = [];
  for (const el of document.querySelectorAll(PUBLICATION_DATE_MARKUP)) {
    if (inFurniture(el) || el.tagName.toLowerCase() === 'meta') continue;
    // (The microformats value-class pattern: a "value-title" inside the marked element holds the machine-readable date in its
    // title, `<strong class="published"><span class="value-title" title="2029-05-16"></span>Wednesday, May 16</strong>`.)
    const valueTitle = el.querySelector('.value-title[title]')?.getAttribute('title');
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title') ?? valueTitle ?? el.textContent;
    if (value && value.trim()) values.push(value.trim());
  }
  return values;
}

/**
 * The values of labelled publication dates in tables and definition lists: story header tables of wire terminals and
 * archives ("<tr><th>Filed</th><td>2024-07-24 13:42 GMT</td></tr>"), and the meta column or box some sites set
 * beside the story ("<aside><dl><dt>Posted:</dt><dd>Sat, 7 Nov 2026 11:52 PM</dd></dl></aside>"), which counts even
 * in a sidebar: a rail of other stories dates its links without such labels.
 */
export function labelledDateCells(document: Document): string[] {
  const values: string[] = [];
  for (const label of document.querySelectorAll('th, td, dt')) {
    const value = label.nextElementSibling;
    if (!value || !/^(?:td|dd)$/i.test(value.tagName) || !DATE_CELL_LABEL.test(collapseSpaces(label.textContent ?? ''))) continue;
    if (label.closest(LINK_RAILS) || (inFurniture(label) && !label.closest('aside'))) continue;
    values.push(collapseSpaces(value.textContent ?? ''));
  }
  // "<div class="card__date"><span class="screen-reader-text">Published on </span>Thursday, 12 November 2026</div>".
  for (const el of document.querySelectorAll('[class*="date" i], [class*="publish" i], time')) {
    const m = /^(?:first )?(?:published|posted)(?: on)?\s*:?\s+(.{6,60})$/i.exec(collapseSpaces(el.textContent ?? ''));
    if (!m || el.closest(LINK_RAILS) || (inFurniture(el) && !el.closest('aside, [class*="sidebar" i]'))) continue;
    values.push(m[1]!);
  }
  return values;
}
/** Lists of links to other stories and comment threads, whose dates are theirs. */
const LINK_RAILS = 'li, [class*="comment" i], [id*="comment" i], [class*="related" i], [class*="popular" i]';

/**
 * The first <time datetime> after the headline, outside furniture: the article header's date, with the text the element
 * shows. A time marked or labelled as an update is returned apart.
 */
export function headerTimes(document: Document, title: string | null): { published: string | null; publishedText: string | null; modified: string | null } {
  const key = title ? collapseSpaces(title).toLowerCase() : null;
  const headlines = Array.from(document.querySelectorAll('h1, h2, h3')).filter((el) => !inFurniture(el));
  // Without a headline on the page, the article header cannot be told apart: any time outside furniture will do.
  let afterHeadline = !headlines.some((el) => (key ? collapseSpaces(el.textContent ?? '').toLowerCase() === key : el.tagName.toLowerCase() === 'h1'));
  let published: string | null = null;
  let publishedText: string | null = null;
  let modified: string | null = null;
  for (const el of document.querySelectorAll('h1, h2, h3, time[datetime]')) {
    const tag = el.tagName.toLowerCase();
    if (tag !== 'time') {
      const text = collapseSpaces(el.textContent ?? '').toLowerCase();
      if (!afterHeadline && (key ? text === key : tag === 'h1')) afterHeadline = true;
      continue;
    }
    if (!afterHeadline || inFurniture(el)) continue;
    const value = el.getAttribute('datetime')!.trim();
    const label = `${el.getAttribute('class') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''} ${collapseSpaces(el.parentElement?.textContent ?? '').slice(0, 20)}`;
    if (/updat|modif|edited/i.test(label)) modified ??= value;
    else {
      published = value;
      publishedText = collapseSpaces(el.textContent ?? '');
      break;
    }
  }
  return { published, publishedText, modified };
}

/**
 * The writers of a header that gives each a card of their own ("<div class="signature"><a>Jeanne Roy</a><span>à
 * Québec</span></div>" twice): the names of sibling cards of one class, each read as a credit, outside furniture.
 */
function authorCards(document: Document): string[] {
  for (const card of document.querySelectorAll(AUTHOR_CARD)) {
    const parent = card.parentElement;
    const cls = card.getAttribute('class');
    if (!parent || !cls || inFurniture(card)) continue;
    const cards = Array.from(parent.children).filter((c) => c.getAttribute('class') === cls);
    if (cards.length < 2 || cards.length > MAX_AUTHOR_CARDS) continue;
    // The card's name element or link, when it has one: the role or bureau beside it ("Nagoya Bureau") is no name.
    const nameOf = (c: Element) => collapseSpaces((c.querySelector('[class*="name" i]') ?? c.querySelector('a[href]'))?.textContent ?? '') || collapseSpaces(spacedText(c));
    // (Not a card labelled for the pictures, "Photographs" over the photographer's name.)
    const writers = cards.filter((c) => !PICTURE_LABEL_BEFORE_NAME.test(collapseSpaces(spacedText(c))));
    const names = writers.map((c) => readByline(nameOf(c), { labelRequired: false })?.authors ?? []);
    if (names.every((n) => n.length === 1)) return names.map((n) => n[0]!);
  }
  return [];
}

/** The text of a link's parent without the link's own: the label set beside the name. */
function labelBeside(link: Element): string {
  const parent = link.parentElement;
  return parent ? collapseSpaces((parent.textContent ?? '').replace(link.textContent ?? '', ' ')) : '';
}

/** How many levels above a writer's link its group's element may stand ("<div class="card"><a>" in a list of cards). */
const AUTHOR_LINK_LEVELS = 3;
/** A group of writers' links is a short credit, not a rail or a page of columnists. */
const MAX_AUTHOR_GROUP_CHARS = 400;

/**
 * The names of each small group of links to writers' pages, wherever the page sets it (a meta column or a sidebar
 * beside the story: "<dt>Authors:</dt><dd><a rel="author">Jane Roe</a>, <a rel="author">John Doe</a></dd>"). The
 * metadata reads them only as the co-authors of a writer it names itself.
 */
function authorLinkGroups(document: Document): string[][] {
  const lists: string[][] = [];
  const seen = new Set<Element>();
  for (const link of Array.from(document.querySelectorAll(AUTHOR_LINK))) {
    if (link.closest('head, [class*="comment" i], [id*="comment" i]')) continue;
    let group: Element | null = link.parentElement;
    for (let level = 1; group && level < AUTHOR_LINK_LEVELS && group.querySelectorAll(AUTHOR_LINK).length < 2; level++) group = group.parentElement;
    if (!group || seen.has(group) || PAGE_WRAPPER.test(group.tagName)) continue;
    seen.add(group);
    const links = Array.from(group.querySelectorAll(AUTHOR_LINK));
    if (links.length < 2 || links.length > MAX_AUTHOR_CARDS || collapseSpaces(group.textContent ?? '').length > MAX_AUTHOR_GROUP_CHARS) continue;
    // (Not a photographer's link under a picture credit's label: "<span>Fotografia</span> <a href="/autor/...">".)
    const writers = links.filter((a) => !(a.parentElement && a.parentElement !== group && (isPictureCredit(collapseSpaces(spacedText(a.parentElement))) || PICTURE_LABEL.test(labelBeside(a)))));
    const names = [...new Set(writers.map((a) => collapseSpaces(a.textContent ?? '')).filter((n) => n !== ''))];
    if (names.every((n) => classifyName(n) === 'person')) lists.push(names);
  }
  return lists;
}

/**
 * The names of a credit set as a labelled field, its label and its value in elements of their own (Drupal's "field__label"
 * over "field__item", a definition list): "<div class="field__label">Автор</div><div class="field__item">Весна Роева</div>".
 * The label must be a credit's, read as a byline's ("Author:", "Автор:", "Συντάκτης:").
 */
export function labelledFieldNames(document: Document): string[] {
  const names: string[] = [];
  for (const label of document.querySelectorAll('[class*="label" i], dt, th')) {
    const value = label.nextElementSibling;
    const labelText = collapseSpaces(label.textContent ?? '').replace(/\s*:$/, '');
    if (!value || labelText === '' || labelText.length > MAX_FIELD_LABEL || inFurniture(label)) continue;
    const name = collapseSpaces(value.textContent ?? '');
    if (name === '' || name.length > MAX_CREDIT_LINE) continue;
    const credit = readByline(`${labelText}: ${name}`);
    if (credit && credit.authors.length > 0 && !/\s/.test(labelText.replace(/\s+by$/i, ''))) names.push(...credit.authors);
  }
  return [...new Set(names)];
}
/** The longest label of such a field ("Autorzy", "Συντάκτης", "Written by"). */
const MAX_FIELD_LABEL = 20;

/** The names on links to writers' pages outside furniture, one each: how the page spells its writers. */
export function authorLinkNames(document: Document): string[] {
  const names = Array.from(document.querySelectorAll(AUTHOR_LINK))
    .filter((link) => !link.closest('head') && !inFurniture(link))
    .map((link) => collapseSpaces(link.textContent ?? ''));
  return [...new Set(names)].filter((name) => name !== '' && name.length <= MAX_CREDIT_LINE && classifyName(name) === 'person');
}

const AUTHOR_CARD = '[class*="author" i]:not([class*="author-box" i]):not([class*="author-bio" i]), [class*="signature" i], [class*="contributor" i]';
const MAX_AUTHOR_CARDS = 6;

/** Text with a space at every element boundary ("<span>By</span><a>Jane</a>" -> "By Jane"). */
function spacedText(el: Element): string {
  let out = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toLowerCase();
      if (tag === 'script' || tag === 'style' || tag === 'button' || tag === 'img' || (node as Element).matches(HIDDEN)) continue;
      out += ` ${tag === 'br' ? '\n' : spacedText(node as Element)} `;
    }
  }
  return out;
}

/** Elements that hold the byline itself (not a whole header with dates and share buttons), or the credits line under the story. */
const BYLINE_ELEMENT = '[class*="byline" i], [class*="author-name" i], [class*="authors" i], [class*="author-list" i], [rel~="author" i], [itemprop~="author" i], [class~="author" i][class~="vcard" i], [class~="signature" i], [class*="sinatura" i], [class~="firma" i], [class*="firma__" i], [class~="credits" i], [class$="-credits" i]';

/** A photographer's role beside a name on a byline card: "Fotograf", "Photographer", "Photographe", "Fotógrafo". */
const PHOTOGRAPHER_ROLE = /^(?:fotograf|fotografo|fotografa|fotógrafo|fotógrafa|photographer|photographe|photojournalist|photos?|foto)$/i;

/** The most elements a credit line holds ("<span>Reporting by</span> <a>Jane Roe</a><span>; photography by</span> <a>John Doe</a>"). */
const MAX_CREDIT_LINE_PARTS = 8;

/**
 * The texts of the page's short lines that may be credit lines without a credit's class, their parts spaced apart (a
 * label and its name may touch, "<div>Photography by</div><a>John Doe</a>"): not a picture's caption (a writer may take
 * the story's photos too, "Photo by Jane Roe"), nor furniture, nor a container of many elements, whose text is not read
 * (that would walk the page again for each).
 */
function* creditLineTexts(document: Document): Generator<string> {
  for (const line of document.querySelectorAll('p, span, div, li')) {
    if (line.childElementCount > MAX_CREDIT_LINE_PARTS || inFurniture(line) || line.closest('figure, figcaption, [class*="caption" i]')) continue;
    if ((line.textContent ?? '').length > MAX_CREDIT_LINE) continue;
    const text = collapseSpaces(spacedText(line));
    if (text.length <= MAX_CREDIT_LINE) yield text;
  }
}

/**
 * The writers the page's short labelled credit lines name, wherever they stand ("Текст: Ирина Роева, фото: Андрес Поэ"
 * under the story, without a credit's class): how the page spells them.
 */
export function labelledCreditNames(document: Document): string[] {
  const names = new Set<string>();
  for (const text of creditLineTexts(document)) for (const name of readLabelledCredit(text) ?? []) names.add(name);
  return [...names];
}

/**
 * The writers less those whose byline card names them as the photographer ("Jane Roe" / "Fotograf"): the metadata
 * may list every person credited. All of them when every one is so named.
 */
export function withoutPhotographers(authors: string[], document: Document): string[] {
  if (authors.length < 2) return authors;
  const photographers = new Set<string>();
  // (Each name's patterns built once, not again for every line of the page.)
  const pictureLabelled = new Map(authors.map((name) => [name, pictureCreditOf(name)]));
  const pictureBy = new Map(authors.map((name) => [name, new RegExp(String.raw`(?<!\p{L})${PICTURE_WORDS}\s+by\s*:?\s*${escapeRegExp(name)}`, 'iu')]));
  // (And the credit lines some pages set apart, "Words by ..." over "Photos by ...".)
  for (const card of document.querySelectorAll('[class*="byline" i], [class*="author" i], [class~="signature" i], [class*="credit-line" i], [class~="credits" i]')) {
    if (inFurniture(card)) continue;
    const text = collapseSpaces(spacedText(card));
    if (text.length > MAX_CREDIT_LINE) continue;
    for (const name of authors) if (text.startsWith(name) && PHOTOGRAPHER_ROLE.test(text.slice(name.length).replace(/^[\s,|·–-]+/, '').trim())) photographers.add(name);
    // ("Words Jane Roe · Photographs John Doe": a name under a picture label in the byline, with or without a colon.)
    for (const name of authors) if (pictureLabelled.get(name)!.test(text)) photographers.add(name);
  }
  // (Or a short credit line without such a class, as styled-components pages set it: "Reporting by Jane Roe; photography
  // by John Doe"; or labelled, "Texto: Jane Roe · Fotos: John Doe", where the name is not among the line's writers.)
  for (const text of creditLineTexts(document)) {
    if (photographers.size === authors.length) break;
    const by = /\bby\b/i.test(text);
    const lineWriters = by ? [] : readLabelledCredit(text);
    if (!by && lineWriters === null) continue;
    for (const name of authors) if ((by ? pictureBy : pictureLabelled).get(name)!.test(text) && !lineWriters!.includes(name)) photographers.add(name);
  }
  // A name the metadata lists that the page shows only under a picture ("Photo: Jane Roe / Outlet"), nowhere else.
  const captions = Array.from(document.querySelectorAll('figcaption, [class*="caption" i], [class*="credit" i]'));
  const credited = authors.filter((name) => captions.some((c) => new RegExp(`(?:photo(?:graph)?s?|pictures?|images?|fotos?)\\s*(?:by\\b|:)\\s*${escapeRegExp(name)}`, 'i').test(collapseSpaces(c.textContent ?? ''))));
  if (credited.length > 0 && document.body) {
    const rest = document.body.cloneNode(true) as Element;
    for (const el of Array.from(rest.querySelectorAll('figcaption, [class*="caption" i], [class*="credit" i], script, style, noscript, template'))) el.remove();
    const shown = collapseSpaces(rest.textContent ?? '');
    for (const name of credited) if (!shown.includes(name)) photographers.add(name);
  }
  const writers = authors.filter((a) => !photographers.has(a));
  return writers.length > 0 ? writers : authors;
}

/**
 * The writers a labelled credit line names where the metadata's authors are the photographers it names ("Story: Jane
 * Roe | Photos: John Doe" under a page whose metadata gives "John Doe": the site's account was the photographer's);
 * null where no such line does.
 */
/** A credit of `name` for pictures, with or without "by" or a colon: "Fotos: Jane Roe", "Photo by Jane Roe", "Photographs Jane Roe". */
function pictureCreditOf(name: string): RegExp {
  return new RegExp(String.raw`(?<!\p{L})${PICTURE_WORDS}(?:\s+by)?\s*:?\s*${escapeRegExp(name)}`, 'iu');
}

/** The page's text, its spaces collapsed, read once per page. */
function pageText(document: Document): string {
  let text = pageTexts.get(document);
  if (text === undefined) pageTexts.set(document, (text = collapseSpaces(document.body?.textContent ?? '')));
  return text;
}
const pageTexts = new WeakMap<Document, string>();

/** An apostrophe or a letter written like one: the Uzbek and Hawaiian ʻ, the ʼ, curly and straight quotation marks. */
const APOSTROPHE_LIKE = /['ʻʼ’‘`]/gu;

/**
 * `name` with its apostrophes as the page's text writes them, where the metadata types them straight: "Gʻayrat
 * Toʻxtasinov" for "G'ayrat To'xtasinov" (the Uzbek letter ʻ), "Kaʻiulani Roe" (the Hawaiian ʻokina). Or where the
 * metadata drops them: "Fa‘asavalu" for "Faasavalu", the glottal stop of Samoan and Hawaiian names between two vowels. The
 * name itself where the page does not show it otherwise.
 */
export function withShownApostrophes(name: string, document: Document): string {
  if (!/['`]/.test(name)) {
    if (!/[aeiou]{2}/i.test(name) || isShownOnPage(name, document)) return name;
    const dropped = new RegExp(escapeRegExp(name).replace(/([aeiou])(?=[aeiou])/gi, "$1[ʻʼ’‘']?"), 'u');
    return dropped.exec(pageText(document))?.[0] ?? name;
  }
  const pattern = new RegExp(name.split(APOSTROPHE_LIKE).map(escapeRegExp).join("['ʻʼ’‘`]"), 'u');
  return pattern.exec(pageText(document))?.[0] ?? name;
}

/** Whether the page's text shows `name` anywhere, its scripts and styles aside (a JSON-LD block in the body is no text). */
export function isShownOnPage(name: string, document: Document): boolean {
  let shown = shownTexts.get(document);
  if (shown === undefined) {
    const rest = document.body?.cloneNode(true) as Element | undefined;
    for (const el of Array.from(rest?.querySelectorAll('script, style, noscript, template') ?? [])) el.remove();
    shownTexts.set(document, (shown = collapseSpaces(rest?.textContent ?? '')));
  }
  return shown.includes(name);
}
const shownTexts = new WeakMap<Document, string>();

/** Whether the page credits `name` for its pictures anywhere ("Fotos: Jane Roe", "Photo by Jane Roe"). */
export function isCreditedPhotographer(name: string, document: Document): boolean {
  return pictureCreditOf(name).test(pageText(document));
}

/** Whether the page credits `name` as the story's editor anywhere ("Edited by Jane Roe", "Editing: Jane Roe"). */
export function isCreditedEditor(name: string, document: Document): boolean {
  return new RegExp(String.raw`(?<!\p{L})(?:edited by|editing by|editing|editor)\s*:?\s*${escapeRegExp(name)}(?!\p{L})`, 'iu').test(pageText(document));
}

export function writersOverPhotographers(authors: readonly string[], document: Document): string[] | null {
  const credits = authors.map((name) => new RegExp(String.raw`(?<!\p{L})${PICTURE_WORDS}(?:\s+by)?\s*:\s*${escapeRegExp(name)}`, 'iu'));
  // (The page's text read once first: most pages credit no metadata author for the pictures.)
  const page = authors.length > 0 ? pageText(document) : '';
  if (authors.length === 0 || !credits.every((credit) => credit.test(page))) return null;
  for (const text of creditLineTexts(document)) {
    if (!credits.every((credit) => credit.test(text))) continue;
    const writers = readLabelledCredit(text);
    if (writers && writers.every((w) => !authors.includes(w))) return writers;
  }
  return null;
}

/**
 * The names each byline element outside furniture shows, one list per element whose whole text is a credit
 * ("<h4 class="author-name"><a>Jane Roe</a>, <a>John Doe</a></h4>"), in page order.
 */
export function shownBylines(document: Document): string[][] {
  const lists: string[][] = [authorCards(document), ...authorLinkGroups(document)].filter((names) => names.length > 1);
  for (const el of document.querySelectorAll(BYLINE_ELEMENT)) {
    if (inFurniture(el) || el.closest('head') || el.closest(HIDDEN)) continue;
    const text = collapseSpaces(spacedText(el));
    if (!text || text.length > MAX_CREDIT_LINE) continue;
    const credit = readSwahiliCredit(text) ?? readByline(text, { labelRequired: false });
    if (credit && credit.authors.length > 0) lists.push(credit.authors);
  }
  return lists;
}
