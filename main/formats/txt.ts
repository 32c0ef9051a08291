/**
 * Plain-text articles, as people save news: a title, optional byline/date lines, then paragraphs separated by
 * blank lines. Around them, what a copy brings along: a browser's skip link and menu words, a section label or
 * the outlet's nameplate above the headline, a forwarded e-mail's header, export fields ("Title:", "Source:"),
 * a standfirst under the headline, and at the end wire credits, endnotes and a site footer. Captions and site
 * furniture are recognised by shape and kept out of the body.
 */
import type { ParsedArticle } from '../../shared/model';
import { emptyHeader, isHeaderNoise, mergeHeader, readByline, readHeaderLine, readWireCredits, type HeaderInfo } from './byline';
import { completeFromDateline, readDateline } from './dateline';
import { findPublicationDate } from './dates';
import type { DecodedText } from './decode';
import { classifyBlock, isBoilerplate } from './furniture';
import { classifyName, isUrl } from './names';
import { assembleArticle, titleFromFileName, type Block } from './text-blocks';

/** A first line longer than this is body text, not a title. */
const MAX_TITLE_LENGTH = 250;
/** How many non-blank lines before the title may be furniture (skip links, menus, labels, e-mail headers). */
const MAX_PREAMBLE_LINES = 40;
/** How many lines after the title may be byline, date, credit or standfirst lines. */
const MAX_HEADER_LINES = 12;
const MAX_STANDFIRST_LENGTH = 320;

export function parseTxt(decoded: DecodedText, fileName: string): ParsedArticle {
  const lines = decoded.text.split('\n').map((line) => line.trimEnd());
  const header: HeaderInfo = emptyHeader();
  const boilerplate: string[] = [];
  const captions: string[] = [];

  const lead = readPreamble(lines, header, boilerplate);
  let i = lead.next;
  let title = lead.title ?? lead.subject ?? titleFromFileName(fileName);
  if (lead.title === null) {
    const firstLine = unmark(lines[i] ?? '');
    if (firstLine !== '' && firstLine.length <= MAX_TITLE_LENGTH && !readHeaderLine(firstLine)) {
      title = firstLine;
      i++;
    }
  }
  i = readHeaderZone(lines, i, header, boilerplate);

  const blocks: Block[] = [];
  for (const group of paragraphGroups(lines.slice(i))) {
    for (const paragraph of splitFurniture(group)) {
      // A rule stays until trimEnding(), which reads it as the end of the story.
      const role = paragraph.furniture ? 'boilerplate' : RULE.test(paragraph.text.trim()) ? 'body' : classifyBlock(paragraph.text);
      if (role === 'caption') captions.push(paragraph.text);
      else if (role === 'boilerplate') boilerplate.push(paragraph.text);
      else blocks.push({ text: paragraph.text, kind: 'body' });
    }
  }
  dropSummaryBox(blocks, boilerplate);
  const ending = trimEnding(blocks, header, boilerplate);
  const body = ending.body;

  // A caption may sit in the header zone (kept as furniture there): both may date a yearless dateline.
  completeFromDateline(header, body.slice(0, 3).map((b) => b.text), [...captions, ...boilerplate]);
  header.publisher ??= publisherFromFooter(boilerplate) ?? ending.nameplate ?? publisherFromPrompt(boilerplate);

  return assembleArticle({
    format: 'txt',
    title,
    authors: header.authors,
    publisher: header.publisher,
    publishedAt: header.publishedAt ?? header.modifiedAt,
    blocks: body,
    captions,
    boilerplate,
    fileTags: [],
    url: null,
    html: null,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
  });
}

function skipBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

/** Markdown marks around a line: "# Title", "*By Jane Doe*", "**Published:** 3 May 2021" -> plain words. */
function unmark(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/(\*{1,2}|__)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}

/** The lines of a forwarded or exported e-mail's header block. */
const MAIL_FORWARD = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)$/i;
const MAIL_FIELD = /^(from|date|sent|subject|to|cc|bcc|reply-to)\s*:\s*(.*)$/i;
/** Fields of a read-later or notes export: "Title: ...", "Author: ...", "Source: ...". */
const EXPORT_FIELD = /^(title|headline|author|authors|byline|date|published|source|publication|publisher|outlet|url|link)\s*:\s*(.+)$/i;
/** Labels above a headline that are no part of it. */
const LEAD_LABEL = /^(?:skip to (?:the )?(?:main )?(?:content|navigation|article)|for immediate release|(?:press|news|media) release|view (?:this e-?mail |it )?(?:in|on) (?:your |a )?(?:browser|web)|view online|advertisement|menu|search|sign in|log in|subscribe)$/i;

interface Lead {
  /** Where the title (or, when `title` is known, the header) starts. */
  next: number;
  /** A title declared by a field ("Title: ..."). */
  title: string | null;
  /** A forwarded message's subject: the title when no line gives one. */
  subject: string | null;
}

/**
 * What comes before the headline: e-mail forward headers, export fields, skip links, menus (three or more
 * short lines in a row), and label lines (a section name, "OPINION", the outlet's nameplate) that sit right
 * above a line that can be the headline. A nameplate names the publisher.
 */
function readPreamble(lines: string[], header: HeaderInfo, boilerplate: string[]): Lead {
  const lead: Lead = { next: skipBlank(lines, 0), title: null, subject: null };
  let inMail = false;
  for (let seen = 0; seen < MAX_PREAMBLE_LINES; seen++) {
    const i = skipBlank(lines, lead.next);
    if (i >= lines.length) break;
    const line = unmark(lines[i]!);
    if (MAIL_FORWARD.test(line)) {
      inMail = true;
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    // A message saved from a mail client opens with its header fields, without a forward mark.
    if (!inMail && seen === 0 && /^from\s*:\s*\S/i.test(line) && MAIL_FIELD.test(unmark(lines[skipBlank(lines, i + 1)] ?? ''))) inMail = true;
    const mail = inMail ? MAIL_FIELD.exec(line) : null;
    if (mail) {
      const field = mail[1]!.toLowerCase();
      if (field === 'date' || field === 'sent') mergeHeader(header, readHeaderLine(`Date: ${mail[2]}`) ?? emptyHeader());
      // The sender's name, when it is an outlet's ("The Morning Note <news@...>"), is the publisher.
      const sender = field === 'from' ? /^"?([^"<]+?)"?\s*<[^>]+>$/.exec(mail[2]!.trim()) : null;
      if (sender && isNameplate(sender[1]!)) header.publisher ??= sender[1]!;
      if (field === 'subject') lead.subject = mail[2]!.replace(/^(?:(?:fwd?|re|tr|wg)\s*:\s*)+/i, '').trim() || null;
      lead.next = i + 1;
      continue;
    }
    inMail = false;
    const field = EXPORT_FIELD.exec(line);
    if (field && readExportField(field[1]!.toLowerCase(), field[2]!.trim(), header, lead)) {
      lead.next = i + 1;
      continue;
    }
    if (lead.title !== null) break;
    // A date or byline line above the headline ("Sun, 12 Mar, 2023 - 18:30", then the author's name).
    const above = readHeaderLine(line);
    if (above && i + 1 < lines.length) {
      mergeHeader(header, above);
      boilerplate.push(line);
      lead.next = i + 1;
      const k = skipBlank(lines, i + 1);
      const credit = k < lines.length && lines[k]!.trim().includes(' ') ? readByline(unmark(lines[k]!), { labelRequired: false }) : null;
      if (credit && !/[.!?]$/.test(lines[k]!.trim()) && skipBlank(lines, k + 1) < lines.length) {
        mergeHeader(header, { ...emptyHeader(), authors: credit.authors, publisher: credit.publisher });
        boilerplate.push(lines[k]!.trim());
        lead.next = k + 1;
      }
      continue;
    }
    if (LEAD_LABEL.test(line)) {
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    const published = /^[Pp]ublished in\s+(\p{Lu}.{1,60})$/u.exec(line);
    if (published) {
      header.publisher ??= published[1]!.trim();
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    const menu = menuRun(lines, i);
    if (menu > i) {
      const items = lines.slice(i, menu).map((l) => l.trim());
      header.publisher ??= items.find(isNameplate) ?? null;
      boilerplate.push(items.join(' | '));
      lead.next = menu;
      continue;
    }
    if (isLabelAboveHeadline(line, lines, i)) {
      if (isNameplate(line)) header.publisher ??= line;
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    break;
  }
  if (lead.title === null) lead.next = skipBlank(lines, lead.next);
  return lead;
}

function readExportField(field: string, value: string, header: HeaderInfo, lead: Lead): boolean {
  switch (field) {
    case 'title':
    case 'headline':
      if (lead.title !== null) return false;
      lead.title = value;
      return true;
    case 'source':
    case 'publication':
    case 'publisher':
    case 'outlet':
      if (!isUrl(value) && /^\p{Lu}/u.test(value)) header.publisher ??= value;
      return true;
    case 'url':
    case 'link':
      return isUrl(value) || /^\S+\.\S+$/.test(value);
    default: {
      const info = readHeaderLine(`${field}: ${value}`);
      if (!info) return false;
      mergeHeader(header, info);
      return true;
    }
  }
}

/** A short item of a menu: a few words, no sentence, no date ("World", "US Politics", "Sign In"). */
function isMenuItem(line: string): boolean {
  const text = line.trim();
  return text !== '' && text.length <= 30 && text.split(/\s+/).length <= 3 && !/[.,;?]$/.test(text) && !/\d{4}/.test(text);
}

/** The end of a run of three or more menu items on consecutive lines starting at `from`, or `from`. */
function menuRun(lines: string[], from: number): number {
  let end = from;
  while (end < lines.length && isMenuItem(lines[end]!)) end++;
  return end - from >= 3 ? end : from;
}

/** An outlet's nameplate: "The Harbour Times", "PORT ELLIS TRIBUNE" (two words or more: one word is a section). */
function isNameplate(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6 || /[\d.:!?]/.test(text)) return false;
  // Title case, as nameplates are set: "The Harbour Times", "Voice of the Valley".
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|for|on|in|&)$/.test(w))) return false;
  return classifyName(text) === 'outlet';
}

/**
 * A section label or nameplate above the headline: one word ("Science", "POLITICS"), a few words in capitals,
 * or an outlet's name, followed by a line that can itself be the headline (not a byline or date line).
 */
function isLabelAboveHeadline(line: string, lines: string[], i: number): boolean {
  if (line.length > 60 || /[.,;:!?]$/.test(line)) return false;
  const words = line.split(/\s+/);
  const label = words.length === 1 || (words.length <= 4 && !/\p{Ll}/u.test(line)) || isNameplate(line);
  if (!label) return false;
  const j = skipBlank(lines, i + 1);
  if (j >= lines.length) return false;
  const next = unmark(lines[j]!);
  // A headline does not end with a full stop; a line that does is the story's first paragraph.
  if (next.length > MAX_TITLE_LENGTH || next.endsWith('.')) return false;
  return !readHeaderLine(next) && !isBoilerplate(next);
}

/**
 * The lines between the headline and the story: byline and date lines, and when one of these is there, what
 * sits beside it: a standfirst right under the headline, a bare author or outlet line ("Jane Doe", "The
 * Gazette"), a role ("Senior Reporter"), reading times, share buttons. Returns where the body starts.
 */
function readHeaderZone(lines: string[], from: number, header: HeaderInfo, boilerplate: string[]): number {
  const zone: { index: number; text: string; kind: 'header' | 'credit' | 'noise' | 'standfirst' }[] = [];
  const credits: HeaderInfo[] = [];
  let i = from;
  let end = from;
  let strong = false;
  for (let n = 0; n < MAX_HEADER_LINES; n++) {
    const j = skipBlank(lines, i);
    if (j >= lines.length) break;
    const text = unmark(lines[j]!);
    if (SUMMARY_LABEL.test(text)) break;
    const info = readHeaderLine(text);
    if (info) {
      zone.push({ index: j, text, kind: 'header' });
      mergeHeader(header, info);
      strong = true;
      i = end = j + 1;
      continue;
    }
    // A bare credit line names a person or an outlet in two words or more ("Share" is no outlet).
    const bare = text.length <= 80 && !/[.!?]$/.test(text);
    const credit = bare && text.includes(' ') && !isBoilerplate(text) ? readByline(text, { labelRequired: false }) : null;
    if (!credit && (isHeaderNoise(text) || isBoilerplate(text) || (zone.length > 0 && isShortFurniture(text)))) {
      zone.push({ index: j, text, kind: 'noise' });
      // "4 min read", "Published 7 hours ago": only a header says these, so the lines beside them are credits.
      if (isHeaderNoise(text) && zone.some((z) => z.kind === 'credit')) strong = true;
    } else if (bare) {
      if (!credit && !isShortFurniture(text)) {
        if (zone.length > 0) break;
        zone.push({ index: j, text, kind: 'standfirst' });
      } else {
        zone.push({ index: j, text, kind: credit ? 'credit' : 'noise' });
        if (credit) credits.push({ ...emptyHeader(), authors: credit.authors, publisher: credit.publisher });
      }
    } else if (zone.length === 0 && text.length <= MAX_STANDFIRST_LENGTH) {
      zone.push({ index: j, text, kind: 'standfirst' });
    } else {
      break;
    }
    i = j + 1;
    if (strong) end = i;
  }
  // A press release's subhead: a standfirst followed by the dateline paragraph.
  const after = skipBlank(lines, i);
  if (!strong && zone.length === 1 && zone[0]!.kind === 'standfirst' && after < lines.length && readDateline(lines[after]!)) {
    strong = true;
    end = after;
  }
  if (!strong) {
    // Only reading times, ages and share buttons: furniture, whatever follows.
    const noise = zone.findIndex((z) => !(z.kind === 'noise' && (isHeaderNoise(z.text) || isBoilerplate(z.text))));
    const upTo = noise < 0 ? zone.length : noise;
    if (upTo === 0) return from;
    for (const line of zone.slice(0, upTo)) boilerplate.push(line.text);
    return zone[upTo - 1]!.index + 1;
  }
  for (const credit of credits) mergeHeader(header, credit);
  for (const line of zone) if (line.index < end && line.kind !== 'header') boilerplate.push(line.text);
  return end;
}

/** A few words that are no sentence: share buttons, counts, labels ("Share", "4", "Link Copied!", "∙ Paid"). */
function isShortFurniture(text: string): boolean {
  return isBoilerplate(text) || (text.length <= 30 && text.split(/\s+/).length <= 3 && !/[.,;?]$/.test(text));
}

/**
 * Lines grouped into paragraphs at blank lines. Without any blank line between paragraphs, each line is a
 * paragraph unless the lines are hard-wrapped. A list keeps one paragraph per item.
 */
function paragraphGroups(lines: string[]): string[][] {
  const first = lines.findIndex((line) => line.trim() !== '');
  const last = lines.findLastIndex((line) => line.trim() !== '');
  const inner = first < 0 ? [] : lines.slice(first, last + 1);
  const hasBlankSeparators = inner.some((line) => line.trim() === '') || looksHardWrapped(inner);
  const groups: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (!hasBlankSeparators || /^(?:[-*•–]\s|\d{1,3}[.)]\s)/.test(line)) {
      flush();
      groups.push([line]);
      continue;
    }
    current.push(line);
  }
  flush();
  return groups;
}

/** Lines cut at a fixed width (most between 40 and 100 characters), as e-mail and old text files are. */
function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const wrapped = lines.slice(0, -1).filter((line) => line.length >= 40 && line.length <= 100).length;
  return wrapped >= (lines.length - 1) * 0.8;
}

interface Piece {
  text: string;
  /** Known furniture whatever its words: an item of a list that opens with a furniture label. */
  furniture?: boolean;
}

/**
 * A group's lines joined into one paragraph (hard-wrapped text), after peeling caption or furniture lines
 * stuck to its start or end without a blank line between. Short lines that are not wrapped prose are a list:
 * one piece per line, all furniture when the list opens with a furniture label ("Share this:", "Topics",
 * "Media contact:").
 */
function splitFurniture(group: string[]): Piece[] {
  if (group.length === 1) return [{ text: group[0]! }];
  if (RULE.test(group[0]!)) return [{ text: group[0]! }, ...splitFurniture(group.slice(1))];
  const wrapped = group.slice(0, -1).every((line) => line.length >= 40);
  if (!wrapped) {
    const opensWithLabel = classifyBlock(group[0]!) === 'boilerplate' || /^\p{Lu}[^.!?]{0,40}:$/u.test(group[0]!);
    if (opensWithLabel || group.every(isMenuItem)) return [{ text: group.join(' | '), furniture: true }];
  }
  const head: Piece[] = [];
  const tail: Piece[] = [];
  let lo = 0;
  let hi = group.length;
  while (lo < hi - 1 && classifyBlock(group[lo]!) !== 'body') head.push({ text: group[lo++]! });
  while (hi - 1 > lo && classifyBlock(group[hi - 1]!) !== 'body') tail.unshift({ text: group[--hi]! });
  return [...head, { text: group.slice(lo, hi).join(' ') }, ...tail];
}

/** A rule that closes a story and opens its endnotes: "---", "___", "* * *", "###" (a press release's end), "--". */
const RULE = /^(?:-{2,}|_{3,}|={3,}|\*{3,}|(?:\* ){2}\*|#{3})$/;
/** How many paragraphs from the end a rule or a closing note may stand. */
const ENDING_WINDOW = 5;

/**
 * The story ends before what news text appends to it: wire credits ("Reporting by ...; Editing by ...", whose
 * reporters become the authors when no byline named them), endnotes after a rule, an author's bio ("Doe is a
 * professor ..."), a disclaimer, a correction, a reporter's contact line, a syndication note ("This article
 * first appeared in The Gazette on 3 May 2021", which dates the story and names its outlet), and any trailing
 * lines that are not sentences (link lists, nameplates, counts).
 */
function trimEnding(blocks: Block[], header: HeaderInfo, boilerplate: string[]): { body: Block[]; nameplate: string | null } {
  let nameplate: string | null = null;
  let end = blocks.length;
  const from = Math.max(1, blocks.length - ENDING_WINDOW);
  for (let k = from; k < blocks.length; k++) {
    const text = blocks[k]!.text;
    const credits = readWireCredits(text);
    if (credits) {
      if (header.authors.length === 0) header.authors = credits;
      end = Math.min(end, k);
      break;
    }
    if (RULE.test(text.trim()) || isEndnote(text, header)) {
      end = Math.min(end, k);
      break;
    }
  }
  // Trailing lines that are no sentence: a story ends with one.
  while (end > 1 && !/[.!?"”’)]$/.test(blocks[end - 1]!.text.trim())) end--;
  for (const block of blocks.slice(end)) {
    const text = block.text.trim();
    const syndication = /^(?:this (?:article|story|report) )?(?:was )?(?:first|originally) (?:appeared|published) (?:in|on|by) (.+?)(?: on (.+?))?\.?$/i.exec(text);
    if (syndication) {
      header.publisher ??= syndication[1]!.trim();
      if (syndication[2]) header.publishedAt ??= findPublicationDate(syndication[2])?.date ?? null;
    }
    if (isNameplate(text)) nameplate ??= text;
    if (!RULE.test(text)) boilerplate.push(block.text);
  }
  return { body: blocks.slice(0, end), nameplate };
}

function isEndnote(text: string, header: HeaderInfo): boolean {
  if (text.length > 300) return false;
  if (/^(?:corrections?|clarifications?)\s*:/i.test(text)) return true;
  if (/^the views (?:expressed|in this (?:article|column))\b/i.test(text)) return true;
  if (/^(?:contact|reach|e-?mail)\s+[^.]{2,60}\s+at\s+\S+@\S+/i.test(text)) return true;
  if (/^\p{Lu}[^.]{2,60}\s+(?:can|may) be (?:reached|contacted)\b/u.test(text)) return true;
  if (/^(?:this (?:article|story|report) )?(?:was )?(?:first|originally) (?:appeared|published) (?:in|on|by) \p{Lu}/iu.test(text)) return true;
  // A press release's closing credit: "SOURCE Acme Corp.".
  if (/^SOURCE\s+\p{Lu}/u.test(text) && text.length <= 80) return true;
  // An author's bio line: "Doe is a professor of economics at ...", "Jane Doe writes about ...".
  return header.authors.some((author) => {
    const surname = author.split(/\s+/).pop()!;
    return new RegExp(`^(?:${escape(author)}|${escape(surname)})\\s+(?:is|was|writes|covers|teaches|reports)\\b`).test(text);
  });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A box of bullet points summing up the story ("Key points:", "In brief:"), set above it: no part of the text. */
const SUMMARY_LABEL = /^(?:key points|in brief|in short|at a glance|highlights|summary|quick read|what you need to know|the big picture)\s*:?$/i;

function dropSummaryBox(blocks: Block[], boilerplate: string[]): void {
  const k = blocks.findIndex((b) => SUMMARY_LABEL.test(b.text.trim()));
  if (k < 0 || k > 2) return;
  let end = k + 1;
  while (end < blocks.length && /^[-*•–]\s/.test(blocks[end]!.text.trim())) end++;
  if (end === k + 1) return;
  boilerplate.push(...blocks.splice(k, end - k).map((b) => b.text));
}

/** The outlet a closing prompt names: "Thanks for reading The Weekly Note!", "Subscribe to The Gazette today.". */
function publisherFromPrompt(boilerplate: readonly string[]): string | null {
  for (const line of boilerplate) {
    const m = /\b(?:subscribe to|thanks for reading)\s+((?:The\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,4})/u.exec(line);
    if (m && isNameplate(m[1]!)) return m[1]!;
  }
  return null;
}

/** The rights holder of a copyright footer ("© 2023 The Gazette. All rights reserved.") is the publisher. */
function publisherFromFooter(boilerplate: readonly string[]): string | null {
  for (const line of boilerplate) {
    for (const item of line.split(/\s+\|\s+/)) {
      if (!/(?:©|\(c\)|\bcopyright\b)/i.test(item)) continue;
      const holder = item
        .replace(/.*?(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*/i, '')
        .replace(/\ball rights reserved\b.*$/i, '')
        .replace(/\b\d{4}(?:\s*[-–]\s*\d{4})?\b/g, ' ')
        .split(/\.\s|\s[|•·]\s|,\s/)[0]!
        .replace(/[\s.,]+$/, '')
        .replace(/^[\s,.-]+/, '')
        .trim();
      if (/^\p{Lu}/u.test(holder) && holder.split(/\s+/).length <= 8 && !/\d/.test(holder)) return holder;
    }
  }
  return null;
}
