/**
 * Formats that wrap a story when it is saved as text from somewhere other than a page: a feed's item copied
 * from its XML (RSS 2.0 <item>, Atom <entry>), subtitles (WebVTT, SubRip), a chat export ("[03/02/2024, 18:20]
 * Name: ..." on every message) and a Teletext page (a "P150 SERVICE 150 Tue 4 Mar 08:15:22" header row, fastext
 * links at the foot). Each is rewritten into the shapes the plain-text reader knows: export fields ("Title:",
 * "Author:", "Published:", "Source:") above the story's paragraphs, the wrapper left out. Some copies only need
 * their wrapper's marks taken out of the page's own text: a text-mode browser's link numbers and link list, a shared
 * document's comment anchors and comments, a browser's print running lines, an outliner's bullets around a pasted page.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { findPublicationDate, withNumericDatesResolved } from './dates';
import { decodeTextReferences } from './entities';
import { blocksOf } from './html-blocks';
import { classifyName, isUrl } from './names';
import { siteOfPageTitle } from './site-suffix';
import { blankLineParagraphs } from './text-blocks';
import { isAppChrome, isArticleTool } from './txt-lines';
import { unwrapAppCopy } from './txt-apps';
import { unwrapFieldBlock } from './txt-field-blocks';
import { isListItem, NOTE_RULE, pastedAfterIntro, pastedBetweenMarkers, pastedIntoOutline, pastedIntoThread, pastedUnderNoteHeading, unwrapTranslation, withoutQuoteMarks } from './txt-pastes';
import { fields, longestMessage, withoutEditionNote, withParagraphs } from './txt-fields';

export interface Unwrapped {
  /** The story as plain text, with export fields above it. */
  text: string;
  /** False when the wrapper gave no headline and the first line is the story's (a subtitle cue): no title line to read. */
  headed: boolean;
}

/** The story inside a known wrapper, as plain text with export fields; null when the text has no such wrapper. */
export function unwrapCopy(text: string): Unwrapped | null {
  const subtitles = unwrapSubtitles(text);
  if (subtitles) return { text: subtitles, headed: /^Title:/m.test(subtitles) };
  // A story quoted in a reply or pasted into a thread's comment: the pasted part, then its own wrapper if any.
  const pasted = withoutQuoteMarks(text) ?? pastedIntoThread(text) ?? pastedIntoOutline(text) ?? pastedUnderNoteHeading(text);
  const copy = pasted ?? text;
  // A post introducing a story it pastes, or a reader's translation, when no wrapper (a chat's, an app's) holds the text.
  const other =
    unwrapFeedItem(copy) ?? unwrapOneNotePage(copy) ?? unwrapDatabasePage(copy) ?? unwrapExpandedRecord(copy) ?? unwrapChatExport(copy) ?? unwrapCsvChatExport(copy) ?? unwrapMessageBlocks(copy) ?? unwrapTeletextPage(copy) ?? unwrapAppCopy(copy) ?? unwrapFieldBlock(copy.replace(/\r\n?/g, '\n').split('\n')) ?? unwrapArchiveDocumentView(copy) ?? withoutLinkNumbers(copy) ?? withoutDocumentComments(copy) ?? withoutPrintRunningLines(copy) ?? pastedBetweenMarkers(copy) ?? pasted ?? pastedAfterIntro(text) ?? unwrapTranslation(text, citedOutletAndDate);
  return other === null ? null : { text: other, headed: true };
}

// ---------------------------------------------------------------------------------------------------------------
// OneNote pages

/** The line OneNote writes under what was pasted from a web page: "Pasted from <https://...>". */
const ONENOTE_PASTED_FROM = /^pasted from\s*<(https?:\/\/[^>\s]+)>\s*$/i;
/** OneNote's page header under its title: the day and the time the page was made, on lines of their own. */
const ONENOTE_TIME = /^\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?$/;

/**
 * A OneNote page copied as text: the page's title (the note-taker's), the day and time it was made, then what was
 * pasted into it, closed by OneNote's "Pasted from <address>" line; the note-taker's own lines after it are not the
 * story. The pasted part is the text, and its address is kept as the last line for the date it may carry.
 */
function unwrapOneNotePage(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const pastedAt = lines.findIndex((l) => ONENOTE_PASTED_FROM.test(l.trim()));
  if (pastedAt < 0) return null;
  const head = lines.slice(0, pastedAt).map((l) => l.trim());
  const filled = head.map((l, k) => ({ l, k })).filter((x) => x.l !== '');
  // The title, the day it was made and the time: the three lines OneNote sets above a page.
  if (filled.length < 4 || !findPublicationDate(filled[1]!.l) || filled[1]!.l.length > 40 || !ONENOTE_TIME.test(filled[2]!.l)) return null;
  const pasted = head.slice(filled[2]!.k + 1).join('\n').trim();
  return pasted === '' ? null : `${pasted}\n\n${ONENOTE_PASTED_FROM.exec(lines[pastedAt]!.trim())![1]}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Notes-database pages (Notion, Coda, Anytype, Capacities)

/** The properties a research database gives a page, each name on a line of its own over its value. */
const PROPERTY_NAME = /^(?:source|url|link|original url|created|created time|created at|created on|created by|last edited(?: time| by| on)?|date added|tags?|status|type|category|categories|topics?|project|area|region|country|authors?|date|published|publication|outlet|language|priority|rating|name|kind|size|modified|added|comment|label)$/i;
/** The lines a document manager sets over its inspector's properties: the group's path, the inspector's tab ("Info"). */
const MAX_LINES_OVER_PROPERTIES = 3;
/** Properties that say the page is a clipping: where it came from, or when the note-taker made it. */
const CLIPPING_PROPERTY = /^(?:source|url|link|original url|created|created time|created at|created on|date added)$/i;
/** A toggle's triangle, opening a line the note-taker folds a list under. */
const TOGGLE = '▸▶►▾▼';
/** A callout or toggle the note-taker adds: a line opening with an emoji or a toggle's triangle. */
const NOTE_MARK = new RegExp(`^[\\p{Extended_Pictographic}${TOGGLE}]`, 'u');
/** The toggle's line itself: its triangle, then its title ("▸ Notes"). */
const TOGGLE_LINE = new RegExp(`^[${TOGGLE}]\\s*\\S`, 'u');
/** Lines a page's own callouts and divider may take before the pasted story starts. */
const MAX_NOTE_LINES = 4;

/**
 * A page of a notes database copied as text (or a document manager's record with its inspector): the note-taker's page
 * title, the page's properties (each name over its
 * value: "Source" / "Harbour Times", "Created" / "March 3, 2027 9:10 AM", "Tags" / "ports"), perhaps a callout and a
 * divider, then the pasted story, and perhaps a toggle of the note-taker's own list after it. The title, the callout
 * and the toggle are the note-taker's, and the page's creation time is when the story was saved: none is the story's.
 * The source, author and date properties become export fields, and the page's link the last line (for the date it
 * may carry).
 */
function unwrapDatabasePage(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l !== '');
  if (first < 0 || PROPERTY_NAME.test(lines[first]!)) return null;
  // (Or a document manager's inspector copied with the document, DEVONthink's or a reference tool's: the group's path and
  // the inspector's tab over its properties, "Name" / "Kind" / "Size" / "Created" / "URL".)
  let k = first + 1;
  while (k < first + MAX_LINES_OVER_PROPERTIES && lines[k] !== '' && !PROPERTY_NAME.test(lines[k] ?? '')) k++;
  const properties = new Map<string, string>();
  while (k + 1 < lines.length && PROPERTY_NAME.test(lines[k]!) && lines[k + 1] !== '' && !PROPERTY_NAME.test(lines[k + 1]!)) {
    properties.set(lines[k]!.toLowerCase(), lines[k + 1]!);
    k += 2;
  }
  if (properties.size < 2 || ![...properties.keys()].some((name) => CLIPPING_PROPERTY.test(name))) return null;
  // The callouts and the divider under the properties.
  let start = k;
  for (let j = k, seen = 0; j < lines.length && seen < MAX_NOTE_LINES; j++) {
    if (lines[j] === '') continue;
    seen++;
    if (NOTE_RULE.test(lines[j]!)) start = j + 1;
    else if (NOTE_MARK.test(lines[j]!) && start === j) start = j + 1;
    else if (!NOTE_MARK.test(lines[j]!)) break;
  }
  // A toggle of the note-taker's list closing the page.
  let end = lines.length;
  const toggle = lines.findLastIndex((l) => TOGGLE_LINE.test(l));
  if (toggle > start && lines.slice(toggle + 1).every((l) => l === '' || isListItem(l))) end = toggle;
  const story = lines.slice(start, end).join('\n').trim();
  if (story === '') return null;
  const property = (...names: string[]) => names.map((n) => properties.get(n)).find((v) => v !== undefined) ?? null;
  // (A source given as the story's address is its link, not its outlet.)
  const source = property('source', 'publication', 'outlet');
  const sourceIsLink = source !== null && isUrl(source) && !/\s/.test(source);
  const link = property('url', 'link', 'original url') ?? (sourceIsLink ? source : null);
  const header = fields([
    ['Source', sourceIsLink ? null : source],
    ['Author', property('author', 'authors')],
    ['Published', property('published', 'date')],
  ]);
  return [...header, ...(header.length > 0 ? [''] : []), story, ...(link ? ['', link] : []), ''].join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// A press archive's document view (Europresse, Retriever, and their like), copied with the search around it

/**
 * The navigator of a press archive's result list over the document it shows: "Document 3 sur 27", "Träff 2 av 14",
 * "Treffer 2 von 14", "Hit 2 of 14", "Result 2 of 14", perhaps between its "Previous" and "Next" links.
 */
const HIT_NAVIGATOR = /(?:^|[|«‹<\s])(?:document|dokument|träff|treff|treffer|hit|result|résultat|resultado|risultato|artikel|article|artículo)\s+\d+\s+(?:of|sur|av|von|de|di|van|af|z|из|от)\s+\d+(?=$|[|»›>\s])/iu;
/**
 * The navigator's count alone ("3 af 9", "3 of 9"), as Infomedia sets it between its "‹ Forrige" and "Næste ›" links: a
 * navigator only under such a link.
 */
const BARE_HIT_COUNT = /^\d{1,4}\s+(?:of|sur|av|von|de|di|van|af|z|из|от)\s+\d{1,5}$/iu;
const PREVIOUS_HIT_LINK = /^[‹«<←]\s*(?:previous|prev|forrige|föregående|edellinen|précédent|vorherige|zurück|anterior|precedente|vorige|poprzedni)$/iu;
const NEXT_HIT_LINK = /^(?:next|næste|neste|nästa|seuraava|suivant|nächste|weiter|siguiente|próximo|successivo|volgende|następny)\s*[›»>→]$/iu;
/** The lines over the navigator a view may hold: the archive's menu, the search's terms and period, the hit list. */
const MAX_VIEW_LINES = 60;
/** The tool rows under the navigator before the document (its "Previous / Next" links, "Print  Save  Export"). */
const MAX_VIEW_TOOL_LINES = 4;

/**
 * A document of a press archive, copied out of its viewer with the search around it: the archive's menu, the search's
 * terms and period ("Période : 08/01/2029 - 14/01/2029": the search's days, not the story's), the hit list of other
 * headlines, the navigator ("Document 3 sur 27") and its tool rows. The document under them (its source, date, page,
 * headline, credit and text) is read as a page; what stands over it is the archive's. Null where no navigator stands
 * near the top over a blank line.
 */
function unwrapArchiveDocumentView(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const navigator = lines.slice(0, MAX_VIEW_LINES).findIndex((l) => l.trim().length <= 80 && HIT_NAVIGATOR.test(l.trim()));
  if (navigator < 0) return unwrapBareCountView(lines);
  // (The document opens after the blank line that closes the navigator's tool rows.)
  const blank = lines.findIndex((l, k) => k > navigator && l.trim() === '');
  if (blank < 0 || blank - navigator > MAX_VIEW_TOOL_LINES + 1) return null;
  const document = lines.slice(blank + 1).join('\n').trim();
  return document === '' ? null : `${document}\n`;
}

/** The archive's own stamps under a document: when it was loaded into the archive and fetched from it ("Indlæst i Infomedia: ..."). */
const ARCHIVE_STAMP = /^(?:indlæst|inläst|hentet|hämtad|loaded|load-date|indexed|fetched|retrieved|downloaded)(?:\s+(?:i|into|in|fra|från|from)\s+\S+)?\s*:\s*\d/iu;

/**
 * The same view where the navigator is its count alone under a "previous" link ("‹ Forrige" / "3 af 9" / "Næste ›"), its
 * tools ("Gem", "Udskriv", "Download PDF") a line each after the "next" link: the document opens after them and ends
 * where the archive's stamps and notices start.
 */
function unwrapBareCountView(lines: readonly string[]): string | null {
  const previousLine = (k: number) => lines.slice(0, k).findLast((l) => l.trim() !== '')?.trim() ?? '';
  const navigator = lines.slice(0, MAX_VIEW_LINES).findIndex((l, k) => BARE_HIT_COUNT.test(l.trim()) && PREVIOUS_HIT_LINK.test(previousLine(k)));
  if (navigator < 0) return null;
  let start = navigator + 1;
  for (let tools = 0; start < lines.length && tools <= MAX_VIEW_TOOL_LINES; start++) {
    const line = lines[start]!.trim();
    if (line === '') continue;
    if (!NEXT_HIT_LINK.test(line) && !isArticleTool(line) && !isAppChrome(line)) break;
    tools++;
  }
  const stamp = lines.findIndex((l, k) => k > start && ARCHIVE_STAMP.test(l.trim()));
  const document = lines.slice(start, stamp < 0 ? undefined : stamp).join('\n').trim();
  return document === '' ? null : `${document}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Records of a spreadsheet database (Airtable, Baserow, NocoDB, SeaTable), expanded and copied as text

/** The field a media log keeps the story's text in, its name on a line of its own. */
const FULL_TEXT_FIELD = /^(?:full text|article text|story text|text|body|body text|content|article)$/i;
/** The fields of a media log's record that describe the article it keeps. */
const ARTICLE_FIELD = {
  title: /^(?:headline|title|article title|story title|article headline)$/i,
  outlet: /^(?:outlet|source|publication|newspaper|media outlet|masthead)$/i,
  author: /^(?:authors?|by-?line|reporters?|journalists?|writers?)$/i,
  published: /^(?:pub(?:lication)?\.? date|published|date published|publication date|first published|published at)(?:\s*\((?:utc|gmt|local)\))?$/i,
  link: /^(?:url|link|article url|article link|source url|web address)$/i,
};
/** The note-taker's own fields: when and by whom the record was made, its status, its tags and links to other records. */
const LOG_FIELD =
  /^(?:record|item|name|date seen|seen|date added|added|added by|logged|logged by|created|created by|created time|last modified|last modified by|modified|status|tags?|topics?|category|priority|assignee|assigned to|reviewer|province|district|region|country|township|county|state|language|sentiment|tone|linked records?|attachments?|notes?)$/i;
/** The fields under the story that close it: the note-taker's notes, attachments, links, comments and the record's history. */
const RECORD_END_FIELD = /^(?:notes?|attachments?|linked records?|comments?|activity|revision history|record history|last modified(?: time| by)?|add a comment|leave a comment|write a comment)$/i;
/** How far down an expanded record's fields may reach before its text field. */
const MAX_RECORD_LINES = 80;

/**
 * A media log's record expanded and copied as text: the base's chrome, the record's fields, each name on a line of its
 * own over its value ("Outlet" / "The Harbour Times", "Date seen" / "3/14/2028", "Logged by" / "Jane Roe"), then a full
 * text field holding the pasted story, then the note-taker's notes, attachments and comments. The article's own fields
 * (headline, outlet, author, publication date, link) become export fields; the note-taker's (when the record was made,
 * who logged it, the record's own name) are none of the story's. A publication date the log keeps in UTC is the
 * outlet's day only where the pasted story gives none of its own.
 */
function unwrapExpandedRecord(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const textAt = lines.slice(0, MAX_RECORD_LINES).findIndex((l) => FULL_TEXT_FIELD.test(l));
  if (textAt < 0) return null;
  const isField = (l: string) => LOG_FIELD.test(l) || Object.values(ARTICLE_FIELD).some((f) => f.test(l));
  const values = new Map<keyof typeof ARTICLE_FIELD, { label: string; value: string }>();
  let logFields = 0;
  for (let k = 0; k < textAt - 1; k++) {
    const label = lines[k]!;
    const value = lines[k + 1]!;
    if (!isField(label) || value === '' || isField(value) || FULL_TEXT_FIELD.test(value)) continue;
    const kind = (Object.keys(ARTICLE_FIELD) as (keyof typeof ARTICLE_FIELD)[]).find((f) => ARTICLE_FIELD[f].test(label));
    if (kind) {
      if (!values.has(kind)) values.set(kind, { label, value });
    } else logFields++;
    k++;
  }
  // (A record of the article, with the log's own fields beside it: not a page whose story opens with "Text" or "Content".)
  if (logFields < 1 || !(values.has('outlet') || values.has('link')) || values.size < 2) return null;
  const end = lines.findIndex((l, k) => k > textAt && RECORD_END_FIELD.test(l));
  const story = lines.slice(textAt + 1, end < 0 ? undefined : end).join('\n').trim();
  if (story === '') return null;
  const published = values.get('published');
  const inUtc = published !== undefined && (/\((?:utc|gmt)\)/i.test(published.label) || /(?:utc|gmt|z)$/i.test(published.value));
  const storyDated = story.split('\n').slice(0, MAX_RECORD_STORY_HEAD).some((l) => l.length <= 80 && findPublicationDate(l) !== null);
  const link = values.get('link')?.value;
  const header = fields([
    ['Title', values.get('title')?.value],
    ['Author', values.get('author')?.value],
    ['Published', inUtc && storyDated ? null : published?.value],
    ['Source', values.get('outlet')?.value],
  ]);
  return [...header, '', story, ...(link && isUrl(link) ? ['', link] : []), ''].join('\n');
}
/** The pasted story's own header lines, where its date may stand. */
const MAX_RECORD_STORY_HEAD = 8;

/** A cited original: "Outlet (Marathi daily), city edition, page 3, 9 February 2024" -> the outlet and the date. */
function citedOutletAndDate(citation: string): { outlet: string | null; date: string | null } {
  const found = findPublicationDate(citation);
  const first = withoutEditionNote(citation.split(/,\s+/)[0]!);
  const outlet = /^\p{Lu}/u.test(first) && first.length <= 60 && !/\d{4}/.test(first) ? first : null;
  return { outlet, date: found ? citation.slice(found.start, found.end) : null };
}

// ---------------------------------------------------------------------------------------------------------------
// Feed items

/** A feed's <item> or <entry> as the text opens with it (after an XML declaration or the feed's own tags). */
const FEED_ITEM = /<(item|entry)\b[^>]*>([\s\S]*?)<\/\1>/;

function unwrapFeedItem(text: string): string | null {
  if (!/^\uFEFF?\s*</.test(text)) return null;
  const item = FEED_ITEM.exec(text);
  if (!item) return null;
  const inner = item[2]!;
  const title = elementText(inner, 'title');
  const body = elementText(inner, 'content:encoded') ?? elementText(inner, 'content') ?? elementText(inner, 'description') ?? elementText(inner, 'summary');
  if (title === null || body === null) return null;
  // The feed's own title (a whole feed pasted) or the item's <source> names the outlet.
  const channel = text.slice(0, item.index);
  const feedTitle = /<(?:channel|feed)\b/.test(channel) ? elementText(channel, 'title') : null;
  const source = elementText(inner, 'source') ?? (feedTitle === null ? null : outletOfFeedTitle(feedTitle));
  const link = /<link\b[^>]*\bhref="([^"]+)"/.exec(inner)?.[1] ?? elementText(inner, 'link');
  const header = fields([
    ['Title', title],
    ['Author', elementText(inner, 'dc:creator') ?? feedAuthor(inner)],
    ['Published', elementText(inner, 'pubDate') ?? elementText(inner, 'dc:date') ?? elementText(inner, 'published') ?? elementText(inner, 'updated')],
    ['Source', source],
    ['URL', link],
  ]);
  return [...header, '', ...htmlParagraphs(body).flatMap((p) => [p, ''])].join('\n');
}

/** The text of the first <name> element: a CDATA section as it is, other content with its references decoded. */
function elementText(xml: string, name: string): string | null {
  const m = new RegExp(`<${name.replace(':', '\\:')}(?:\\s[^>]*)?>([\\s\\S]*?)</${name.replace(':', '\\:')}>`).exec(xml);
  if (!m) return null;
  const raw = m[1]!.trim();
  const cdata = /^<!\[CDATA\[([\s\S]*?)\]\]>$/.exec(raw);
  return cdata ? cdata[1]!.trim() : decodeTextReferences(raw).trim();
}

/** "The Gazette - World", "The Gazette | Politics": a feed's title names the outlet, then the section it carries. */
function outletOfFeedTitle(title: string): string {
  const first = title.split(/\s+[-–—|:>»]\s+/)[0]!.trim();
  return first !== title && classifyName(first) === 'outlet' ? first : title;
}

/** RSS's "jane@example.org (Jane Roe)" and Atom's <author><name>Jane Roe</name></author>: the name. */
function feedAuthor(xml: string): string | null {
  const atom = /<author\b[^>]*>\s*<name>([\s\S]*?)<\/name>/.exec(xml);
  if (atom) return decodeTextReferences(atom[1]!).trim();
  const rss = elementText(xml, 'author');
  if (rss === null) return null;
  return /\(([^()]+)\)\s*$/.exec(rss)?.[1]?.trim() ?? (rss.includes('@') ? null : rss);
}

/** The paragraphs of an item's body: HTML (once unescaped) read by the HTML reader's block walker, or plain text. */
function htmlParagraphs(body: string): string[] {
  if (!/<\/?[a-z][^>]*>/i.test(body)) return blankLineParagraphs(body);
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  return blocksOf(document.body as unknown as Element).blocks.map((b) => b.text.trim()).filter((p) => p !== '');
}

// ---------------------------------------------------------------------------------------------------------------
// Subtitles

const CUE_TIMING = /^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\b/;

/** NOTE fields that say who made the report, when it aired and for whom; a programme's name is not its outlet. */
const NOTE_FIELDS: Record<string, string> = {
  title: 'Title', headline: 'Title', reporter: 'Author', correspondent: 'Author', author: 'Author', by: 'Author',
  broadcast: 'Published', aired: 'Published', date: 'Published', published: 'Published',
  source: 'Source', channel: 'Source', network: 'Source', broadcaster: 'Source', publisher: 'Source', outlet: 'Source',
};

/**
 * WebVTT ("WEBVTT" header, NOTE/STYLE blocks, cues) or SubRip (numbered cues): each cue's lines joined into one
 * paragraph, without cue numbers and timings; "Key: value" lines of a NOTE block become export fields.
 */
function unwrapSubtitles(text: string): string | null {
  if (!text.includes('-->')) return null;
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/).map((b) => b.split('\n').map((l) => l.trim()).filter((l) => l !== '')).filter((b) => b.length > 0);
  const vtt = /^\uFEFF?WEBVTT\b/.test(blocks[0]?.[0] ?? '');
  const cues = blocks.filter((b) => b.some((l) => CUE_TIMING.test(l)));
  if (!vtt && (cues.length < 2 || cues.length < blocks.length * 0.8)) return null;
  const header: [string, string | null][] = [];
  const paragraphs: string[] = [];
  for (const block of vtt ? blocks.slice(1) : blocks) {
    if (/^NOTE\b/.test(block[0]!)) {
      for (const line of [block[0]!.replace(/^NOTE\s*/, ''), ...block.slice(1)]) {
        const field = /^([\p{L} ]{2,20}?)\s*:\s*(.+)$/u.exec(line);
        const name = field ? NOTE_FIELDS[field[1]!.toLowerCase()] : undefined;
        if (name && !header.some(([n]) => n === name)) header.push([name, field![2]!]);
      }
      continue;
    }
    if (/^(?:STYLE|REGION)\b/.test(block[0]!)) continue;
    const timing = block.findIndex((l) => CUE_TIMING.test(l));
    if (timing < 0) continue;
    const words = block.slice(timing + 1).map(withoutCueMarkup).filter((l) => l !== '');
    if (words.length > 0) paragraphs.push(words.join(' '));
  }
  if (paragraphs.length === 0) return null;
  return withParagraphs(fields(header), paragraphs);
}

/** "<v Jane Roe>", "<i>", "<c.yellow>", "<00:00:01.000>", SubRip's "{\an8}": styling and timing inside a cue. */
function withoutCueMarkup(line: string): string {
  return line.replace(/<[^>]*>|\{\\[^}]*\}/g, '').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Chat exports

/** "[03/02/2024, 18:20] Name: " (WhatsApp's iOS export) or "03/02/2024, 18:20 - Name: " (its Android export). */
const CHAT_PREFIX = /^\u200e?(?:\[\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]|\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\s+-)\s+([^:]{1,60}):\s?(.*)$/;
/** "[Jane Roe] [5:48 PM] ...": a message of a chat saved from KakaoTalk's desktop app, its sender and time in brackets. */
const BRACKETED_CHAT_PREFIX = /^\[([^\]]{1,60})\]\s+\[\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?\]\s?(.*)$/;
/** The line a chat export sets between days: "--------------- Thursday, June 15, 2028 ---------------". */
const CHAT_DAY_DIVIDER = /^-{3,}\s*\S.{0,60}?\s*-{3,}$/;

/** What the chat app itself writes as a message: forward labels, omitted media, deleted messages, its security note. */
const CHAT_NOTE = /^(?:forwarded(?: many times)?|<?(?:media|image|video|audio) omitted>?|this message was deleted|messages and calls are end-to-end encrypted\b.*)$/i;

interface Message {
  sender: string;
  lines: string[];
}

/**
 * A chat export: the story is the longest message with the messages its sender posted right before and after
 * it (a forwarded headline, credit and text often come as several); the other messages, the senders, the chat's
 * times and its title line are the chat's, not the story's.
 */
function unwrapChatExport(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const messages: Message[] = [];
  for (const line of lines) {
    const m = CHAT_PREFIX.exec(line) ?? BRACKETED_CHAT_PREFIX.exec(line);
    if (m) messages.push({ sender: m[1]!.trim(), lines: [m[2]!] });
    else if (messages.length > 0 && !CHAT_DAY_DIVIDER.test(line.trim())) messages[messages.length - 1]!.lines.push(line);
  }
  if (messages.length < 2) return null;
  const content = messages.filter((m) => !CHAT_NOTE.test(m.lines.join('\n').trim()));
  if (content.length === 0) return null;
  const size = (m: Message) => m.lines.join(' ').split(/\s+/).length;
  let longest = 0;
  content.forEach((m, k) => {
    if (size(m) > size(content[longest]!)) longest = k;
  });
  let from = longest;
  let to = longest + 1;
  const sender = content[longest]!.sender;
  while (from > 0 && content[from - 1]!.sender === sender) from--;
  while (to < content.length && content[to]!.sender === sender && size(content[to]!) > 20) to++;
  return content
    .slice(from, to)
    .map((m) => m.lines.join('\n').trim())
    .join('\n');
}

/** A chat history exported as comma-separated rows: the column of the messages' text, and the column of their senders. */
const CSV_MESSAGE_COLUMN = /^(?:message|message text|text|content|body)$/i;
const CSV_SENDER_COLUMN = /^(?:sender|sender name|from|author|name|user|user ?name|display name)$/i;
/** A row that stands for a picture or a sticker sent, not for text: "Photo message", "Sticker message", "<image>". */
const CSV_MEDIA_ROW = /^(?:<?(?:photo|sticker|video|voice|audio|image|gif|file|media)(?: message| omitted)?>?)$/i;

/**
 * A chat history exported as CSV (Viber's and Telegram tools' "Date,Time,Sender Name,Message" rows), each message a
 * row and a long one a quoted field over many lines: the story is the longest message, with the link its sender
 * posted right before it kept as the last line; the other rows, the senders and the times are the chat's.
 */
function unwrapCsvChatExport(text: string): string | null {
  const head = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  const delimiter = [',', ';', '\t'].find((d) => head.split(d).length >= 3);
  if (delimiter === undefined) return null;
  const columns = head.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
  const textColumn = columns.findIndex((c) => CSV_MESSAGE_COLUMN.test(c));
  const senderColumn = columns.findIndex((c) => CSV_SENDER_COLUMN.test(c));
  if (textColumn < 0 || senderColumn < 0) return null;
  let rows: string[][];
  try {
    rows = parseCsv(text, { delimiter, bom: true, relax_column_count: true, skip_empty_lines: true, from_line: 2 }) as string[][];
  } catch {
    return null;
  }
  const messages = rows.map((row) => ({ sender: row[senderColumn] ?? '', text: (row[textColumn] ?? '').trim() })).filter((m) => m.text !== '' && !CSV_MEDIA_ROW.test(m.text));
  if (messages.length < MIN_MESSAGES) return null;
  const story = longestMessage(messages, (m) => [m.text]);
  if (story.text.split(/\s+/).length < MIN_CHAT_STORY_WORDS) return null;
  const before = messages[messages.indexOf(story) - 1];
  const link = before && before.sender === story.sender && isUrl(before.text) && !/\s/.test(before.text) ? before.text : null;
  return `${story.text}\n${link ? `\n${link}\n` : ''}`;
}

/** A message's time on the line under it, as a desktop chat app copies it: "08:51", "9:05 PM". */
const MESSAGE_TIME = /^\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?$/;
/** How many messages a copy of a chat shows at least. */
const MIN_MESSAGES = 3;

/**
 * A chat copied out of a desktop app that sets each message apart (Zalo's, Viber's): the sender's name over the
 * message, its time on the line under it, a blank line between messages. The story is the longest message; the
 * names, the times, the other messages and the app's day labels are the chat's.
 */
function unwrapMessageBlocks(text: string): string | null {
  const blocks = text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.split('\n').map((l) => l.trim()).filter((l) => l !== ''));
  const messages = blocks.filter((b) => b.length >= 3 && MESSAGE_TIME.test(b.at(-1)!) && b[0]!.length <= 40 && !/[.!?:]$/.test(b[0]!));
  if (messages.length < MIN_MESSAGES) return null;
  const story = longestMessage(messages.map((m) => m.slice(1, -1)), (m) => m);
  return story.join(' ').split(/\s+/).length >= MIN_CHAT_STORY_WORDS ? `${story.join('\n')}\n` : null;
}
/** A message that is a story has a few paragraphs' words. */
const MIN_CHAT_STORY_WORDS = 150;

// ---------------------------------------------------------------------------------------------------------------
// Teletext

/** The header row of a Teletext page: "P150  VALEVIEW 150 Tue 4 Mar 08:15:22" (page, service, page, date, clock). */
const TELETEXT_HEADER = /^P?(\d{3})\s+(.+?)\s+\1\s+(.*?)\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?$/;
/** A row of short items set apart by wide gaps with page numbers: fastext links ("Sport 300  Tides 460"), a banner ("VALEVIEW   LOCAL NEWS   150"). */
function isPageLinkRow(line: string): boolean {
  const items = line.split(/\s{2,}/);
  return items.length >= 2 && items.every((item) => item.length <= 30 && item.split(' ').length <= 4) && items.some((item) => /(?:^|\s)[1-8]\d{2}$/.test(item));
}
/** A service's name with the page's date, closing the page: "ValeView Text 04/03/25". */
const TELETEXT_FOOTER = /^(\p{Lu}[\p{L}&' -]{1,40}?)\s+(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$/u;

/**
 * A Teletext page: without its header row, banner and fastext rows; the headline, set in capitals on one or two
 * rows, put in the case the story writes its words in; the service named by the footer (or the header), the date
 * by the footer (Teletext is a European service: day first).
 */
function unwrapTeletextPage(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l !== '');
  const header = first < 0 ? null : TELETEXT_HEADER.exec(lines[first]!);
  if (!header) return null;
  let service = header[2]!.trim();
  let date: string | null = null;
  const rest: string[] = [];
  for (const line of lines.slice(first + 1)) {
    const footer = TELETEXT_FOOTER.exec(line);
    if (footer) {
      service = footer[1]!.trim();
      const year = footer[4]!.length === 2 ? `20${footer[4]}` : footer[4]!;
      date = withNumericDatesResolved(`${footer[2]}/${footer[3]}/${year}`, 'day-first');
      continue;
    }
    if (isPageLinkRow(line)) continue;
    rest.push(line);
  }
  const start = rest.findIndex((l) => l !== '');
  let end = start;
  while (end < rest.length && rest[end] !== '' && !/\p{Ll}/u.test(rest[end]!)) end++;
  if (start < 0 || end === start) return null;
  // Rows are at most 40 columns wide: a paragraph's rows are one paragraph.
  const body = blankLineParagraphs(rest.slice(end).join('\n')).join('\n\n');
  const title = inTextCase(rest.slice(start, end).join(' '), body);
  return [...fields([['Title', title], ['Source', service], ['Published', date]]), '', body].join('\n');
}

/**
 * A headline in capitals in the case the text writes its words: "STORM HITS ELLAND COAST" over a story that
 * writes "Elland" and "storm" reads "Storm hits Elland coast". Words the story does not use are lower case.
 */
export function inTextCase(capitals: string, story: string): string {
  const cased = new Map<string, string>();
  // Words inside sentences only: a capital after a full stop says nothing about the word.
  for (const m of story.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const before = story.slice(Math.max(0, m.index - 4), m.index).trimEnd();
    if (before === '' || /[.!?:"“‘]$/.test(before)) continue;
    const word = m[0];
    const key = word.toLowerCase();
    if (!cased.has(key) || /^\p{Ll}/u.test(word)) cased.set(key, word);
  }
  let firstWord = true;
  return capitals.replace(/\p{L}[\p{L}'’-]*/gu, (word) => {
    const known = cased.get(word.toLowerCase());
    let out = known ?? word.toLowerCase();
    if (firstWord) out = out.charAt(0).toUpperCase() + out.slice(1);
    firstWord = false;
    return out;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Text-mode browser dumps

/** A link's number before its words ("[12]Jane Roe", "[14]£640,000"), as lynx and elinks number links. */
const LINK_NUMBER = /\[\d{1,4}\](?=\S)/g;
/** The list of numbered link targets a dump ends with: "References", "Visible links", "Hidden links:". */
const LINK_LIST_LABEL = /^(?:references|visible links:?|hidden links:?|links:)$/i;
const LINK_LIST_ITEM = /^\s*\d{1,4}\.\s+(?:[a-z][\w+.-]*:\S*|\S+\.\S+)$/i;

/**
 * A text-mode browser's dump of a page (lynx -dump, elinks, w3m with numbered links): the link numbers, the
 * page's link-rel line ("#[1]Feed [2]Comments"), image placeholders ("[IMG]", "[INLINE]") and the closing
 * list of link targets are the browser's, not the page's; the left margin it indents every line with goes.
 * Null when the text is not such a dump (a few numbered links, and the list of their targets at the end).
 */
export function withoutLinkNumbers(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const label = lines.findLastIndex((l) => LINK_LIST_LABEL.test(l.trim()));
  if (label < 0) return null;
  const targets = lines.slice(label + 1).filter((l) => l.trim() !== '');
  if (targets.length < 3 || !targets.every((l) => LINK_LIST_ITEM.test(l))) return null;
  const page = lines.slice(0, label);
  if ((page.join('\n').match(LINK_NUMBER)?.length ?? 0) < 3) return null;
  const out = page
    .filter((l) => !/^\s*#\[\d{1,4}\]/.test(l) && !/^\s*(?:\[\d{1,4}\])?\[(?:IMG|INLINE|LINK|BUTTON|EMBED|iframe)\]/i.test(l))
    .map((l) => l.replace(LINK_NUMBER, '').replace(/\[(?:IMG|INLINE)\]\s*/g, '').trim());
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Word-processor documents with comments

/** A comment in the list a document's plain-text download ends with: "[a]Worth checking ...", "[ab]...". */
const COMMENT_ITEM = /^\[([a-z]{1,3})\]\S/;

/**
 * A shared document downloaded as plain text (Google Docs and its kin) with its readers' comments: each
 * comment's anchor ("[a]", "[b]") glued where it was made, the comments listed at the end, each after its
 * anchor. The anchors and the comments are the readers', not the story's; so is the document's own title
 * (and a note under it) above a pasted story that opens with its headline and credit. Null when the text has
 * no such list of comments.
 */
export function withoutDocumentComments(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  // The list: the comments at the end, each opening with its anchor (a long one going on over more lines).
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (COMMENT_ITEM.test(line)) start = i;
    else if (line !== '' && !(i > 0 && lines[i - 1]!.trim() !== '' && i + 1 === start)) break;
  }
  const anchors = lines.slice(start).map((l) => COMMENT_ITEM.exec(l.trim())?.[1]).filter((a): a is string => a !== undefined);
  if (anchors.length < 2) return null;
  const page = lines.slice(0, start);
  // Each comment's anchor is glued to the words it is about.
  const glued = (a: string) => new RegExp(String.raw`\S\[${a}\]`).test(page.join('\n'));
  if (!anchors.every(glued)) return null;
  const mark = new RegExp(String.raw`(?<=\S)\[(?:${anchors.join('|')})\]`, 'g');
  const cleaned = page.map((l) => l.replace(mark, ''));
  // The document's title and note above the story: a first block of a line or two, then a block whose
  // opening lines hold a credit ("By Jane Roe").
  const blocks = cleaned.join('\n').split(/\n\s*\n/);
  const first = blocks[0]!.split('\n').filter((l) => l.trim() !== '');
  const second = (blocks[1] ?? '').split('\n').slice(0, 5);
  if (blocks.length > 2 && first.length <= 3 && second.some((l) => /^[Bb]y\s+\p{Lu}/u.test(l.trim()))) return blocks.slice(1).join('\n\n');
  return cleaned.join('\n');
}

// ---------------------------------------------------------------------------------------------------------------
// Pages printed from a browser

/** The browser's header on each printed page: the date and time of printing, then the page's title. */
const PRINT_HEADER = /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s+(\S.*)$/;
/** The browser's footer on each printed page: the page's address and the page counter ("1/2", "1 of 2"). */
const PRINT_FOOTER = /^(?:[a-z][\w+.-]*:\/\/\S+|about:blank)\s+(?:page\s+)?(\d{1,3})\s*(?:\/|of)\s*(\d{1,3})$/i;

/**
 * Text copied out of a page a browser printed to PDF: every page opens with the date and time it was printed
 * and the page's title ("09/04/2024, 21:17 Headline | Site"), and closes with the page's address and a
 * "1/2" counter. Those running lines are the browser's: they go (the print date is not the story's); the site
 * named after the title's bar is kept as the source. Null unless the text has such a footer.
 */
export function withoutPrintRunningLines(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const footers = lines.filter((l) => PRINT_FOOTER.test(l.trim()));
  if (footers.length === 0) return null;
  const headers = lines.map((l) => PRINT_HEADER.exec(l.trim())?.[1]).filter((t): t is string => t !== undefined);
  // The same header repeats on every page; a lone dated line with one footer is a page's own.
  if (headers.length === 0 || (footers.length > 1 && headers.length < footers.length - 1)) return null;
  const pageTitle = headers[0]!;
  const site = siteOfPageTitle(pageTitle);
  const kept = lines.filter((l) => !PRINT_FOOTER.test(l.trim()) && PRINT_HEADER.exec(l.trim())?.[1] !== pageTitle);
  return [...(site ? [`Source: ${site}`] : []), ...kept].join('\n');
}
