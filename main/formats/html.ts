/**
 * Saved web pages: the main text by Readability on a linkedom document (fast), metadata from the page's
 * own declarations, and the content as sanitised HTML for the reader.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ParsedArticle } from '../../shared/model';
import { creditedEditors, publisherFromAuthors, readByline, readClosingCredits, readCreditSentence, readLabelledCredit, readOpeningCredit, withoutStaffBesidePeople, type HeaderInfo } from './byline';
import { isCompanyTail } from './companies';
import { completeFromDateline, inDatelineTime } from './dateline';
import type { DecodedText } from './decode';
import { releaseSource, separateFurniture } from './furniture';
import { blocksOf } from './html-blocks';
import { isOnlyDates } from './dates';
import { describeDamage, escapeHtml, markupParagraphs } from './html-markup';
import { fullerSiteName, readHtmlMetadata, type HtmlMetadata } from './html-metadata';
import { withoutWirePrefix } from './headline-labels';
import { PAGE_WRAPPER, squash, withoutEditors } from './html-page';
import { FormatProblem } from './problem';
import { sanitizeHtml } from './sanitize';
import { assembleArticle, collapseSpaces, titleFromFileName, wordsOf, type Block } from './text-blocks';

/**
 * Deeper markup than this is not a real article page (news pages nest 20 to 60 levels): Readability and
 * DOMPurify slow down badly with depth, so such a page is read as plain text instead.
 */
const MAX_READABLE_DEPTH = 150;

/** Readability output shorter than this (in characters) is not trusted as the article; the page body is used. */
const MIN_ARTICLE_CHARS = 80;

/** "By", "By:", "Words by": a credit's label without the names. */
const BARE_BY_LABEL = /^(?:(?:story|words|written|reported)\s+)?by\s*:?$/i;

/** How many blocks at the top of the content may be the article header's (headline, byline, dates, role). */
const MAX_HEADER_BLOCKS = 8;

/** The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]! : null;
}

export interface HtmlOptions {
  /** Produce the sanitised `html` (default true). Costly (DOMPurify on jsdom); text and metadata do not need it. */
  withHtml?: boolean;
}

export function parseHtml(decoded: DecodedText, fileName: string, options: HtmlOptions = {}): ParsedArticle {
  const warnings = [...decoded.warnings];
  const source = decoded.text;
  const damage = describeDamage(source);
  if (damage) warnings.push(damage);

  const document = withCrawlerView(loadDocument(source));
  const depth = nestingDepth(document.documentElement);
  // Past the depth limit only the declared metadata is read: walking the page's markup would overflow the stack.
  const meta = readHtmlMetadata(document, { readPage: depth <= MAX_READABLE_DEPTH });
  if (depth > MAX_READABLE_DEPTH) {
    warnings.push(`The page's markup is nested more than ${MAX_READABLE_DEPTH} levels deep; it was read as plain text.`);
    return plainTextArticle(meta, source, fileName, decoded.encoding, warnings, options);
  }

  let contentHtml: string | null = null;
  let readabilityByline: string | null = null;
  try {
    // Readability rewrites the document it reads; the metadata was taken above, and the fallback re-parses.
    // Navigation is never the article's text, but Readability keeps it when its class says "article".
    // (Not the page itself, whose class may name a theme option: "has-breadcrumb", "breadcrumb-mobile-hidden".)
    for (const el of Array.from(document.querySelectorAll('nav, [role="navigation" i], [class*="breadcrumb" i]'))) {
      if (PAGE_WRAPPER.test(el.tagName) || (!el.matches('nav, [role="navigation" i]') && (el.textContent ?? '').length > MAX_BOX_CHARS)) continue;
      el.remove();
    }
    removeFurnitureBoxes(document);
    withoutHiddenLabelClasses(document);
    withParagraphItemsUnwrapped(document);
    const article = new Readability(document, { keepClasses: false }).parse();
    if (article?.content && (article.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) {
      contentHtml = article.content;
      readabilityByline = article.byline ?? null;
    }
  } catch (err) {
    warnings.push(`The main text could not be isolated (${err instanceof Error ? err.message : String(err)}); the whole page was read.`);
  }
  if (contentHtml === null) contentHtml = bodyWithoutChrome(withCrawlerView(loadDocument(source)));

  const html = options.withHtml === false ? null : sanitizeHtml(contentHtml);
  // Text comes from the content itself (its walker skips what the sanitiser drops), so it is the same either way.
  const { document: contentDoc } = parseHTML(`<!DOCTYPE html><html><head></head><body>${contentHtml}</body></html>`);
  const found = blocksOf(contentDoc.body as unknown as Element);

  const title = meta.title ?? titleFromFileName(fileName);
  // The article header often opens the content too: the headline, and the byline and date lines read above.
  // What precedes the headline there (a kicker, the site's name) is not the article's text either.
  let blocks = found.blocks;
  const headline = blocks.slice(0, MAX_HEADER_BLOCKS).findIndex((b) => b.kind === 'heading' && sameText(withoutWirePrefix(b.text), title));
  if (headline >= 0) blocks = blocks.slice(headline + 1);
  // A header block may hold several of those lines, one per <br> ("Headline<br>By Jane Roe<br>Published: ...").
  // A byline's label left alone where the names were links set apart ("<div>By</div><a>Jane Roe</a>").
  const isHeaderLine = (line: string) => meta.headerKeys.has(squash(line)) || sameText(line, title) || BARE_BY_LABEL.test(line.trim()) || isTrailTo(line, title);
  blocks = blocks.filter((b, k) => k >= MAX_HEADER_BLOCKS || !b.text.split('\n').filter((l) => l.trim() !== '').every(isHeaderLine));
  // A live blog's entry headlines, as its JSON-LD lists them, head its posts: no words of its text.
  if (meta.entryHeadlines.size > 0) blocks = blocks.filter((b) => b.kind !== 'heading' || !meta.entryHeadlines.has(squash(b.text)));

  const header: HeaderInfo = { authors: meta.authors, publisher: meta.publisher, publishedAt: meta.publishedAt, modifiedAt: meta.fallbackDate };
  if (readabilityByline && header.authors.length === 0) {
    // (A box of labelled credits, "Authors: Jane Roe, John Doe" over "Editor: Ann Poe": its writers' line.)
    const labelled = readabilityByline.split('\n').map(readLabelledCredit).find((a) => a !== null);
    const credit = labelled ? { authors: labelled, publisher: null } : readByline(readabilityByline, { labelRequired: false });
    if (credit) {
      // Readability takes a JSON-LD author even when it is the outlet itself ("author": the broadcaster's name).
      const outlets = new Set([meta.publisher, meta.shownPublisher].filter((n): n is string => !!n).map(squash));
      header.authors = credit.authors.filter((a) => !outlets.has(squash(a)));
      header.publisher ??= credit.publisher;
    }
  }
  // Byline and date lines left at the top of the content belong to the header, not the body.
  const { body, captions, boilerplate } = separateFurniture(blocks, header, found.captions);
  // A distributed press release's issuer, named by its closing "SOURCE Acme Corp" line, over the distributor's site.
  header.publisher = releaseSource([...boilerplate, ...body.slice(-3).map((b) => b.text)]) ?? header.publisher;
  const opening = body.filter((b) => b.kind === 'body').slice(0, 3).map((b) => b.text);
  completeFromDateline(header, opening, captions);
  // A UTC stamp on a page that names no zone of its own: the day in the US state its dateline names.
  header.publishedAt = inDatelineTime(header.publishedAt, opening) ?? header.publishedAt;
  // A credit's outlet ("Gazette", from "Jane Roe, Gazette Correspondent") when the page declares none: in full if the page shows it so.
  if (meta.publisher === null) header.publisher = fullerSiteName(header.publisher, meta.shownPublisher);
  header.publisher ??= meta.shownPublisher;
  // The publishing company the metadata or a copyright line names ("Harbour Sentinel Media LLC", a JSON-LD author
  // Organization) where the logo names the paper ("Harbour Sentinel"): the paper.
  const brand = meta.shownPublisher;
  if (header.publisher && brand && header.publisher !== brand && header.publisher.startsWith(`${brand} `) && isCompanyTail(header.publisher.slice(brand.length + 1))) header.publisher = brand;
  // Without a byline, the credits that close the story name its authors, or the reporter's opener of its first paragraph.
  if (header.authors.length === 0) {
    const paragraphs = body.filter((b) => b.kind === 'body');
    const closing = paragraphs.slice(-2).reverse();
    // (Or a credit in sentences the page set apart after the story, "This story was reported by Jane Roe, ...".)
    header.authors = closing.map((b) => readClosingCredits(b.text)).find((a) => a !== null) ?? (paragraphs[0] ? readOpeningCredit(paragraphs[0].text) : null) ?? boilerplate.map(readCreditSentence).find((a) => a !== null) ?? [];
  }
  // The people a credit line around the story names as its translators or editors did not write it.
  header.authors = withoutEditors(header.authors, [...body.filter((b) => b.kind === 'body').map((b) => b.text), ...boilerplate].flatMap(creditedEditors));
  // "By Jane Roe and Gazette Staff": the staff account beside a named writer is the outlet, not a second author.
  header.publisher ??= publisherFromAuthors(header.authors);
  header.authors = withoutStaffBesidePeople(header.authors);

  if (body.length === 0) {
    if (meta.title === null) throw new FormatProblem('empty', 'The page has no readable text.');
    warnings.push('The page has a title but no readable article text.');
  }

  return assembleArticle({
    format: 'html',
    title,
    authors: header.authors,
    publisher: header.publisher ?? publisherFromAuthors(header.authors),
    publishedAt: header.publishedAt ?? header.modifiedAt,
    blocks: body,
    captions,
    boilerplate,
    fileTags: [],
    url: meta.url,
    html,
    encoding: decoded.encoding,
    warnings,
  });
}

/**
 * The deepest element nesting under `root` (counting stops past MAX_READABLE_DEPTH), without recursion:
 * the page may be deeper than the call stack.
 */
function nestingDepth(root: Element | null): number {
  if (!root) return 0;
  let max = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (depth > max) max = depth;
    if (max > MAX_READABLE_DEPTH) return max;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return max;
}

/** The page as plain paragraphs from its markup, for pages too deep for Readability and DOMPurify. */
function plainTextArticle(
  meta: HtmlMetadata,
  source: string,
  fileName: string,
  encoding: string,
  warnings: string[],
  options: HtmlOptions,
): ParsedArticle {
  const blocks: Block[] = markupParagraphs(source).map((text) => ({ text, kind: 'body' }));
  if (blocks.length === 0 && meta.title === null) throw new FormatProblem('empty', 'The page has no readable text.');
  const html = options.withHtml === false ? null : blocks.map((b) => `<p>${escapeHtml(b.text)}</p>`).join('\n');
  return assembleArticle({
    format: 'html',
    title: meta.title ?? titleFromFileName(fileName),
    authors: meta.authors,
    publisher: meta.publisher ?? meta.shownPublisher,
    publishedAt: meta.publishedAt ?? meta.fallbackDate,
    blocks,
    captions: [],
    boilerplate: [],
    fileTags: [],
    url: meta.url,
    html,
    encoding,
    warnings,
  });
}

/**
 * A single-page app saved before its script ran (a forum, a headless-CMS site) shows its content only in the
 * <noscript> view it serves to crawlers and script-less browsers: when the rest of the body has next to no text, that
 * view is the page, and its elements take the <noscript>'s place.
 */
function withCrawlerView(document: Document): Document {
  const views = Array.from(document.querySelectorAll('body noscript'));
  if (views.length === 0 || !document.body) return document;
  const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().length;
  if (Math.max(...views.map(textOf)) < MIN_ARTICLE_CHARS) return document;
  const shell = document.body.cloneNode(true) as Element;
  for (const el of Array.from(shell.querySelectorAll('script, style, noscript, template'))) el.remove();
  if (textOf(shell) >= MIN_ARTICLE_CHARS) return document;
  for (const view of views) view.replaceWith(...Array.from(view.childNodes));
  return document;
}

function loadDocument(source: string): Document {
  // linkedom needs a whole document: a bare fragment would become the document element itself.
  const whole = /<html[\s>]/i.test(source) ? source : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  const { document } = parseHTML(whole);
  lowerCaseAttributeNames(document as unknown as Document);
  return document as unknown as Document;
}

/**
 * HTML attribute names are case-insensitive ("<A HREF=...>" in pages written before 2005), but linkedom keeps
 * them as written, so `getAttribute('href')` and `[href]` selectors would miss them. One pass, without recursion.
 */
function lowerCaseAttributeNames(document: Document): void {
  for (const el of document.querySelectorAll('*')) {
    for (const attr of Array.from(el.attributes)) {
      const lower = attr.name.toLowerCase();
      if (lower === attr.name) continue;
      el.removeAttribute(attr.name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, attr.value);
    }
  }
}

/** Comment threads as blogs and CMSs mark them (WordPress, Disqus): never the article, whatever their size. */
const COMMENT_THREADS =
  '#comments, #respond, #disqus_thread, .comments-area, .comment-list, .commentlist, .comment-respond, ' +
  // The same threads named in Polish, Czech, Slovak and Indonesian ("komentarze", "komentáře", "komentar"), German and Nordic ("kommentare"), Turkish ("yorumlar"),
  // Czech and Slovak ("diskuze", "diskusia"), Hungarian ("hozzászólások").
  '[class*="komentar" i], [id*="komentar" i], [class*="kommentar" i], [id*="kommentar" i], [class*="yorumlar" i], [id*="yorumlar" i], [class*="diskuz" i], [id*="diskuz" i], [class*="diskusi" i], [id*="diskusi" i], [class*="hozzaszolas" i], [id*="hozzaszolas" i]';
/**
 * Cookie and consent banners, newsletter, sign-up and subscription boxes, author bio and contributor notes: small boxes, so
 * a large match is a wrapper (a "tag-cookies" article). (Not the gated paragraphs a paywall marks, "paywall-content":
 * the story's own text, which the saved page holds.)
 */
const SMALL_BOXES =
  '[class*="cookie" i], [id*="cookie" i], [data-testid*="cookie" i], [class*="consent" i], [id*="consent" i], [class*="gdpr" i], [class*="newsletter" i], [class*="signup" i], [class*="sign-up" i], [class*="subscription-widget" i], [class*="paywall" i]:not([class*="paywall-content" i]):not([class*="paywall__content" i]):not([class*="paywalled" i]), [class*="abonnement" i], ' +
  '[class*="author-bio" i], [class*="author-box" i], [class*="autorenbox" i], [class*="contributor-bio" i], [class*="contributors" i], [class*="about-author" i], [class~="post-author" i], [class*="author-card" i], ' +
  // A writer's biography in any plugin's author box ("m-a-box-bio", "writer_bio", "bio").
  '[class$="-bio" i], [class$="_bio" i], [class~="bio" i], ' +
  // A fact-check's verdict box (the claim, the rating, "In short"), which the text sets out at length.
  '[class*="verdict" i], ' +
  // Links to the previous and next posts ("Previous Post: <headline>").
  '[class*="prevnext" i], [class*="prev-next" i], [class*="post-navigation" i], [class*="post-nav" i], [class~="nav-previous" i], [class~="nav-next" i], ' +
  // The player that reads the story aloud ("Listen to this article · 4 min", "Voiced by artificial intelligence").
  '[class*="audioplayer" i], [class*="audio-player" i], [class*="listen-to-article" i], ' +
  // A fact box beside the story ("Factbox", the Nordic "Fakta", "faktaboks", "faktaruta"): key figures the text sets out.
  '[class*="factbox" i], [class*="fact-box" i], [class*="fakta" i], ' +
  // The box of an article's publication and update dates with its change history ("Published ... Last updated ... show all updates").
  '[class*="published-dates" i], [class*="change-history" i], [class*="update-history" i]';
const MAX_BOX_CHARS = 600;
/** A pull quote: WordPress's block, or a quotation box any system marks as one ("article__pullquote", "pull-quote"). */
const PULL_QUOTE = '.wp-block-pullquote, blockquote[class*="pullquote" i], aside[class*="pullquote" i], [class*="pull-quote" i]';
/**
 * Cards that block editors insert into a story and that are never its text, whatever their size: Ghost's link
 * preview (bookmark), call-to-action, sign-up and product cards; WordPress's pull quote (a quotation the text
 * already gives) and donation blocks (Newspack's, GiveWP's).
 */
const EDITOR_CARDS =
  `.kg-bookmark-card, .kg-cta-card, .kg-signup-card, .kg-product-card, ${PULL_QUOTE}, ` +
  '[class*="wp-block-newspack-blocks-donate" i], [class*="donate-block" i], [class*="wp-block-give" i], ' +
  // The appendix scholarly site generators (Quarto, Distill) set under a post: reuse licence, BibTeX, "cite this work as".
  '#quarto-appendix, d-appendix, .appendix-bottom';
/**
 * A box the writer sets beside the story with a block editor's coloured group ("How to vote", "Key dates"): a
 * heading and a few lines on a background. Small: a whole coloured section is a layout choice.
 */
const COLOURED_GROUP = '.wp-block-group.has-background';
/** Headings of lists of links to other articles: "Related", "More on this story", "Most read", "À lire aussi". */
const LINK_LIST_HEADING =
  /^(?:related(?: (?:stories|articles|posts|coverage|content|links|topics|reading))?|more on this (?:story|topic)|more (?:from|in|on) .{1,40}|more (?:galleries|videos|photos|pictures|stories|articles|episodes|podcasts)|read (?:next|more)|you (?:may|might) also like|recommended(?: for you)?|most (?:read|popular|viewed)|latest(?: news| stories)?|see also|also read|read also|sur le même sujet|à lire aussi|lesen sie auch|mehr zum thema|te puede interesar|lea también|leggi anche)$/i;

/** Of those, the headings that can head nothing but other stories ("Read also", "You may also like"). */
const OTHER_STORIES_HEADING = /^(?:read also|also read|see also|more on this (?:story|topic)|you (?:may|might) also like|most (?:read|popular|viewed)|à lire aussi|lesen sie auch|lea también|leggi anche)$/i;
/** How long a headline in such a list can be. */
const MAX_LISTED_HEADLINE = 160;

/** Whether the box holds only the heading and one list of short lines: headlines, as a list of other stories has them. */
function isHeadlineList(box: Element, heading: Element): boolean {
  const rest = Array.from(box.children).filter((el) => el !== heading);
  if (rest.length !== 1 || !/^(?:UL|OL)$/i.test(rest[0]!.tagName)) return false;
  const items = Array.from(rest[0]!.children);
  return items.length > 0 && items.every((li) => /^LI$/i.test(li.tagName) && collapseSpaces(li.textContent ?? '').length <= MAX_LISTED_HEADLINE);
}

/** Whether a pull quote's words stand in the page's text too (a pull quote may also be the only place a quotation is). */
function repeatsText(document: Document, el: Element): boolean {
  // (Without its opening quotation mark: the text's own quotation may open earlier, "... there. The question is ...".)
  const quoted = (el.querySelector('p, blockquote') ?? el).textContent?.replace(/\s+/g, ' ').trim().replace(/^["“‘'„«]+/, '').slice(0, 60) ?? '';
  if (quoted.length < 20) return true;
  const page = (document.body?.textContent ?? '').replace(/\s+/g, ' ');
  const first = page.indexOf(quoted);
  return first >= 0 && page.indexOf(quoted, first + 1) >= 0;
}

/**
 * Removes, before Readability runs, the boxes it would keep inside the article: comment threads, cookie and
 * newsletter boxes, and a list of links under a "Related"-like heading (its text nearly all link text, or
 * headlines alone under a heading such as "Read also").
 */
/** The fewest words of a quotation that a paragraph's repeating them shows it was pulled from there. */
const MIN_PULLED_WORDS = 6;

/** Whether a blockquote's words stand, in order, within one paragraph outside it, with few words between them. */
function isPulledFromParagraph(document: Document, quote: Element): boolean {
  const pulled = wordsOf(quote.textContent ?? '');
  if (pulled.length < MIN_PULLED_WORDS || quote.querySelector('blockquote, figure, iframe')) return false;
  for (const p of Array.from(document.querySelectorAll('p'))) {
    if (quote.contains(p)) continue;
    const text = wordsOf(p.textContent ?? '');
    if (text.length < pulled.length) continue;
    // (Every word of the quotation, in order, within a stretch at most twice its length.)
    for (let start = text.indexOf(pulled[0]!); start >= 0; start = text.indexOf(pulled[0]!, start + 1)) {
      let k = 0;
      let at = start;
      while (k < pulled.length && at < text.length && at - start < pulled.length * 2) if (text[at++] === pulled[k]) k++;
      if (k === pulled.length) return true;
    }
  }
  return false;
}

/**
 * Drupal's field template marks a field whose label is not shown "field--label-hidden" (or "label-hidden"); Readability
 * reads "hidden" in a class as a hidden box and scores it down, so a story body of Paragraphs items loses all but one
 * of them. The token says nothing of the field's own text: it is dropped before Readability runs.
 */
function withoutHiddenLabelClasses(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('[class*="label-hidden"]'))) {
    el.setAttribute('class', (el.getAttribute('class') ?? '').split(/\s+/).filter((token) => !/(?:^|-)label-hidden$/.test(token)).join(' '));
  }
}

/**
 * Drupal's Paragraphs module sets each text item of a story in four wrappers of its own (item, paragraph, column,
 * formatted-text field), with items of ads, related links and fact boxes between them. Readability keeps the one item
 * it scores best, whose wrappers hold none of the others: each text item is replaced by what its formatted text holds,
 * so that the story's paragraphs stand side by side as they read.
 */
function withParagraphItemsUnwrapped(document: Document): void {
  for (const item of Array.from(document.querySelectorAll('[class*="field--type-entity-reference-revisions"] > .field__item'))) {
    const text = item.querySelector('.text-formatted');
    if (text && text.querySelector('p')) item.replaceWith(...Array.from(text.childNodes));
  }
}

function removeFurnitureBoxes(document: Document): void {
  galleryCaptionsAsText(document);
  markCaptions(document);
  for (const el of Array.from(document.querySelectorAll(COMMENT_THREADS))) if (!PAGE_WRAPPER.test(el.tagName)) el.remove();
  // A photo credit set beside the caption inside the figure ("Image source, Agency"): neither caption nor text.
  for (const el of Array.from(document.querySelectorAll('figure [class*="credit" i], figure [class*="copyright" i]'))) if (!el.closest('figcaption') && !el.querySelector('img, figcaption')) el.remove();
  // A figure around an embed (a chart, a map, a video player) holds the embed's title, notes and credits, not the story's text.
  for (const el of Array.from(document.querySelectorAll('figure'))) if (el.querySelector('iframe, embed, object') && !el.querySelector('p p, figure figure')) el.remove();
  for (const el of Array.from(document.querySelectorAll(EDITOR_CARDS))) if (!PAGE_WRAPPER.test(el.tagName) && (!el.matches(PULL_QUOTE) || repeatsText(document, el))) el.remove();
  // A quotation set apart whose words a paragraph of the story gives, in order, with words between ("..., she says.
  // ..."): a pull quote, whatever its markup calls it.
  for (const el of Array.from(document.querySelectorAll('blockquote'))) if (el.isConnected && isPulledFromParagraph(document, el)) el.remove();
  for (const el of Array.from(document.querySelectorAll(COLOURED_GROUP))) {
    if ((el.textContent ?? '').length <= MAX_BOX_CHARS && el.querySelector('h2, h3, h4, h5, h6, strong:first-child') && !el.querySelector('.wp-block-post-content, .entry-content')) el.remove();
  }
  for (const el of Array.from(document.querySelectorAll(SMALL_BOXES))) {
    if (PAGE_WRAPPER.test(el.tagName) || (el.textContent ?? '').length > MAX_BOX_CHARS) continue;
    el.remove();
  }
  for (const heading of Array.from(document.querySelectorAll('h2, h3, h4'))) {
    const box = heading.parentElement;
    if (!box || !heading.isConnected || !LINK_LIST_HEADING.test(collapseSpaces(heading.textContent ?? ''))) continue;
    // The dates beside the links ("Published 2 May 2023") are part of the list, not text of its own.
    const dates = Array.from(box.querySelectorAll('span, time, small')).filter((el) => isOnlyDates(collapseSpaces(el.textContent ?? '')));
    const dateChars = dates.reduce((n, el) => n + collapseSpaces(el.textContent ?? '').length, 0);
    const text = collapseSpaces(box.textContent ?? '').length - collapseSpaces(heading.textContent ?? '').length - dateChars;
    const linked = Array.from(box.querySelectorAll('a')).reduce((n, a) => n + collapseSpaces(a.textContent ?? '').length, 0);
    // (Or, under a heading that can only announce other stories, a list of their headlines without links.)
    if (text > 0 && (linked >= 0.8 * text || (OTHER_STORIES_HEADING.test(collapseSpaces(heading.textContent ?? '')) && isHeadlineList(box, heading)))) box.remove();
  }
}

/** How many captioned pictures in a row make a gallery. */
const MIN_GALLERY_FIGURES = 3;

/**
 * A gallery (captioned pictures one after another, nothing between them) tells its story in the captions: they
 * become paragraphs, without their photo credits and slide counters, so that Readability, which drops boxes of
 * images, keeps them. The captions of pictures set between paragraphs stay captions.
 */
function galleryCaptionsAsText(document: Document): void {
  const containers = new Set(Array.from(document.querySelectorAll('figure')).flatMap((f) => (f.parentElement ? [f.parentElement as Element] : [])));
  for (const container of containers) {
    for (const run of captionedFigureRuns(container)) {
      if (run.length < MIN_GALLERY_FIGURES) continue;
      for (const figure of run) {
        const caption = figure.querySelector('figcaption')!;
        for (const credit of Array.from(caption.querySelectorAll('[class*="credit" i], [class*="copyright" i]'))) credit.remove();
        const paragraph = document.createElement('p');
        paragraph.textContent = collapseSpaces(caption.textContent ?? '');
        figure.replaceWith(paragraph);
      }
    }
  }
}

/** The runs of adjacent captioned <figure> children of an element (text between them other than white space ends a run). */
function captionedFigureRuns(container: Element): Element[][] {
  const runs: Element[][] = [[]];
  for (const node of Array.from(container.childNodes)) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() === '') continue;
    if (node.nodeType === 8) continue;
    const el = node.nodeType === 1 ? (node as Element) : null;
    if (el && el.tagName.toLowerCase() === 'figure' && el.querySelector('figcaption')) runs[runs.length - 1]!.push(el);
    else if (runs[runs.length - 1]!.length > 0) runs.push([]);
  }
  return runs;
}

/**
 * A class naming a caption: "video-caption", "Figure-caption", "pie" (Spanish), "legende", "legenda" (Portuguese,
 * Romanian, Italian), "bildunterschrift", "billedtekst" (Danish), "bildtext", "photo-desc", "foto-opis" (Polish).
 */
const CAPTION_CLASS = /(?:^|[-_])(?:caption|pie|legende?|legenda|bildunterschrift|billedtekst|bildetekst|bildtext|(?:photo|foto|image|img|picture)[-_]?(?:desc|description|opis|text))$/i;

/** Captions marked only by their class become <figcaption>, so that they are read as captions, not as paragraphs. */
function markCaptions(document: Document): void {
  for (const el of Array.from(document.querySelectorAll('[class]'))) {
    const tag = el.tagName.toLowerCase();
    if (!/^(?:p|div|span)$/.test(tag) || el.closest('figcaption') || el.querySelector('div, p, ul, ol, table, h1, h2, h3, h4, figure')) continue;
    if (!(el.getAttribute('class') ?? '').split(/\s+/).some((c) => CAPTION_CLASS.test(c))) continue;
    const caption = document.createElement('figcaption');
    caption.append(...Array.from(el.childNodes));
    el.replaceWith(caption);
  }
}

/** The page body without scripts and site chrome, for pages where Readability finds no article. */
function bodyWithoutChrome(document: Document): string {
  const body = (document.body ?? document.documentElement)?.cloneNode(true) as Element | null;
  if (!body) return '';
  for (const el of Array.from(body.querySelectorAll('script, style, noscript, template, nav, header, footer, aside, form'))) el.remove();
  return body.innerHTML;
}

/** A breadcrumb trail that ends in the page's own headline: "Home > News > <headline>", "Accueil › Monde › <headline>". */
function isTrailTo(line: string, title: string): boolean {
  const parts = line.trim().split(/\s+[>›»/]\s+/);
  return parts.length >= 2 && sameText(parts[parts.length - 1]!, title) && parts.slice(0, -1).every((p) => p !== '' && p.split(/\s+/).length <= MAX_TRAIL_WORDS);
}
/** The longest step of a breadcrumb trail before the headline ("Regional News"). */
const MAX_TRAIL_WORDS = 4;

function sameText(a: string, b: string): boolean {
  return collapseSpaces(a).toLowerCase() === collapseSpaces(b).toLowerCase();
}
