/**
 * More wrappers a story is saved in as text, each rewritten into export fields ("Title:", "Author:",
 * "Published:", "Source:") above the story's paragraphs, the wrapper left out:
 *
 * - agency copy in the ANPA teletype format (ZCZC ... NNNN, a slug line, "^headline<" and "^By NAME=" lines);
 * - a news channel's post copied from Telegram Desktop ("Channel, [14.03.2024 21:12]" over the post);
 * - Slack messages pasted as text ("Name  10:42 AM" over each message), the story being the longest message;
 * - a task board's card copied whole (Trello's "in list ..." under the card's title, its members, labels and dates,
 *   the description holding the pasted story, then attachments, a checklist and the activity);
 * - an issue of a code-hosting site copied whole (GitHub's "NAME opened this issue", the story pasted into its first
 *   comment, the events and later comments after it);
 * - news-database exports (Factiva, Nexis Uni, ProQuest: see txt-databases.ts);
 * - a thread copied from a social network (an account's posts under its name and handle, with counters and counts);
 * - a feed reader's pane under its sidebar of feeds with unread counts;
 * - a broadcast newsroom's script (header fields, then CUE/VOICER/CLIP production labels around the words read);
 * - a broadcast-monitoring service's clip report (station, air date, headline and reporter fields, caption turns);
 * - a Kindle's "My Clippings.txt" (a sent-to-Kindle story's highlights among a book's);
 * - a newspaper page copied or scanned as narrow columns (a running head with the page number, indented
 *   paragraphs, end-of-line hyphens, pull quotes and jump lines, scan specks).
 */
import { readByline } from './byline';
import { findPublicationDate, withNumericDatesResolved } from './dates';
import { classifyName, displayName, isWebAddress } from './names';
import { writesDayFirst } from './numeric-dates';
import { JoinedLines } from './line-join';
import { isProse } from './prose';
import { blankLineParagraphs, wordsOf } from './text-blocks';
import { unwrapNewsDatabase } from './txt-databases';
import { isNoteHeading } from './txt-pastes';
import { fields, longestMessage, ParagraphLines, withParagraphs } from './txt-fields';
import { isAppChrome, vocabularyOfText } from './txt-lines';

/** The story inside one of the wrappers above, as export fields and paragraphs; null when the text has none of them. */
export function unwrapAppCopy(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\f/g, '\n').split('\n').map((l) => l.trimEnd());
  return unwrapNewsDatabase(lines) ?? unwrapKindleClippings(lines) ?? unwrapAnpaWire(lines) ?? unwrapTelegramPost(lines) ?? unwrapSlackPaste(lines) ?? unwrapTaskCard(lines) ?? unwrapIssuePage(lines) ?? unwrapSocialThread(lines) ?? unwrapFeedReaderPane(lines) ?? unwrapBroadcastScript(lines) ?? unwrapMonitoringClip(lines) ?? unwrapColumnPage(lines);
}

const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/u;
/** Emoji, their variation selectors and joiners, and bullet symbols opening a line: "🔴 ", "▪️ ", "✍️ ". */
const LEADING_SYMBOLS = /^(?:[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\uFE0F\u200D▪▫◾◽■□●○◆◇►▶•·➖➤→-]\s*)+/u;

/** "Reporting: Jane Roe", "Author - Jane Roe", "By Jane Roe" on a post's credit line (after its emoji). */
function creditName(line: string): string | null {
  const m = /^(?:reporting|reported by|reporter|author|words|text|by)\s*[:\-–—]?\s+(\p{Lu}.{1,60})$/iu.exec(line.replace(LEADING_SYMBOLS, '').trim());
  if (!m) return null;
  const credit = readByline(`By ${m[1]}`);
  return credit && credit.authors.length > 0 ? credit.authors.join(', ') : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Kindle clippings

/** The line under a clipping's document line: "- Your Highlight on page 12 | Location 170-172 | Added on ...". */
const CLIPPING_KIND = /^-\s*Your (Highlight|Note|Bookmark)\b/i;
const CLIPPING_END = /^={10}\s*$/;

/**
 * A Kindle's "My Clippings.txt": clippings one after another, each the document's line ("Title (Author)"), the kind,
 * place and time of the clipping, a blank line, the highlighted text, and a line of ten "=". The story is the document
 * with the most highlighted text (a sent-to-Kindle page's "Headline - Outlet (domain)"); the reader's notes and
 * bookmarks, the other documents' highlights and the times they were made (reading, not publication) are left out.
 */
function unwrapKindleClippings(lines: string[]): string | null {
  const clippings: { document: string; kind: string; text: string }[] = [];
  let entry: string[] = [];
  for (const line of [...lines, '==========']) {
    if (!CLIPPING_END.test(line)) {
      entry.push(line);
      continue;
    }
    const [document, kindLine, ...rest] = entry.filter((l, k) => k > 0 || l.trim() !== '').map((l) => l.replace(/^\uFEFF/, ''));
    entry = [];
    const kind = kindLine ? CLIPPING_KIND.exec(kindLine.trim()) : null;
    if (!document || !kind) continue;
    clippings.push({ document: document.trim(), kind: kind[1]!.toLowerCase(), text: rest.join('\n').trim() });
  }
  if (clippings.length < 2) return null;
  const highlighted = new Map<string, number>();
  for (const c of clippings) if (c.kind === 'highlight') highlighted.set(c.document, (highlighted.get(c.document) ?? 0) + c.text.length);
  const story = [...highlighted].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (story === undefined) return null;
  const paragraphs = clippings.filter((c) => c.document === story && c.kind === 'highlight' && c.text !== '').map((c) => c.text.replace(/\s+/g, ' '));
  // "Headline - Outlet (outlet.example)": the author's slot holds what sent the page; the outlet follows the headline.
  const title = story.replace(/\s*\([^()]*\)$/, '');
  const site = /^(.{12,}?)\s+[-–—|]\s+([^-–—|]{2,60})$/.exec(title);
  return withParagraphs(fields([['Title', site ? site[1]! : title], ['Source', site ? site[2]! : null]]), paragraphs);
}

// ---------------------------------------------------------------------------------------------------------------
// ANPA wire copy

/** "^Headline text<", "^By JANE ROE=": a line of ANPA copy with its start and end codes. */
const CARET_LINE = /^\^(.*?)[<=]\s*$/;
/** Transmission codes and marks: ZCZC, NNNN, END, a sequence number ("a0412"), the keyword/slug line ("r w BC-Dam-Release 04-18 0432"). */
const WIRE_CODE = /^(?:ZCZC.*|NNNN|END(?:IT)?|[a-z]\d{3,5}|(?:[a-z]\s+){1,3}[A-Z]{2}-\S+.*)$/;
/** The closing time stamp: "CNP-XX-04-18-24 1544EDT<" (agency, desk, month-day-year, time and zone). */
const WIRE_STAMP = /^[A-Z]{2,6}(?:-[A-Z]{1,4})?-(\d{2})-(\d{2})-(\d{2})\s+\d{4}[A-Z]{3}<?$/;
/** The staff line under the byline: "Continental News Press Writer=" names the agency. */
const AGENCY_ROLE = /\s+(?:Staff\s+|Special\s+|Chief\s+|Senior\s+)?(?:Writer|Correspondent|Reporter|Editor|Columnist)$/i;

function unwrapAnpaWire(lines: string[]): string | null {
  const carets = lines.filter((l) => CARET_LINE.test(l.trim()));
  if (carets.length < 2 || !lines.some((l) => WIRE_CODE.test(l.trim()) || WIRE_STAMP.test(l.trim()))) return null;
  let title: string | null = null;
  let source: string | null = null;
  let published: string | null = null;
  const authors: string[] = [];
  const gathered = new ParagraphLines();
  for (const raw of lines) {
    const line = raw.trim();
    const stamp = WIRE_STAMP.exec(line);
    if (stamp) {
      published = `20${stamp[3]}-${stamp[1]}-${stamp[2]}`;
      continue;
    }
    const caret = CARET_LINE.exec(line);
    if (caret) {
      gathered.end();
      const value = caret[1]!.trim();
      if (/^[A-Z]{2}-\S+,\d+$/.test(value) || /^Eds?\s*:/i.test(value)) continue;
      const byline = /^By\s/i.test(value) ? readByline(value) : null;
      if (byline && byline.authors.length > 0) authors.push(...byline.authors);
      else if (AGENCY_ROLE.test(value) && authors.length > 0) source ??= value.replace(AGENCY_ROLE, '').trim();
      else title ??= value;
      continue;
    }
    if (line === '' || WIRE_CODE.test(line)) {
      gathered.end();
      continue;
    }
    const distributed = /^\(Distributed by (.+?)\)$/i.exec(line);
    if (distributed) {
      gathered.end();
      source = distributed[1]!.trim();
      continue;
    }
    // The desk's initials ("cnp/lfo/dw") after the story.
    if (/^[a-z]{2,4}(?:\/[a-z]{1,4})+$/.test(line)) {
      gathered.end();
      continue;
    }
    // A paragraph opens with an indent.
    if (/^\s{2,}\S/.test(raw)) gathered.end();
    gathered.add(line);
  }
  gathered.end();
  if (title === null || gathered.paragraphs.length === 0) return null;
  return withParagraphs(fields([['Title', title], ...authors.map((a): [string, string] => ['Author', displayName(a)]), ['Published', published], ['Source', source]]), gathered.paragraphs);
}

// ---------------------------------------------------------------------------------------------------------------
// Telegram

/** Telegram Desktop's header of a copied post: "Channel Name, [14.03.2024 21:12]" (day first, dotted). */
const TELEGRAM_HEADER = /^(\S.{0,80}?),\s*\[(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}(?::\d{2})?\]$/;

function unwrapTelegramPost(lines: string[]): string | null {
  const first = lines.findIndex((l) => l.trim() !== '');
  const header = first < 0 ? null : TELEGRAM_HEADER.exec(lines[first]!.trim());
  if (!header) return null;
  // Several posts copied together: the longest is the story.
  const posts: { channel: string; date: string; lines: string[] }[] = [];
  for (const line of lines.slice(first)) {
    const h = TELEGRAM_HEADER.exec(line.trim());
    if (h) posts.push({ channel: h[1]!.trim(), date: `${h[4]}-${h[3]!.padStart(2, '0')}-${h[2]!.padStart(2, '0')}`, lines: [] });
    else posts.at(-1)!.lines.push(line.trim());
  }
  const post = longestMessage(posts, (p) => p.lines);
  let title: string | null = null;
  const authors: string[] = [];
  const paragraphs: string[] = [];
  for (const line of blankSeparated(post.lines)) {
    const plain = line.replace(LEADING_SYMBOLS, '').trim();
    const bold = /^\*\*(.+)\*\*$/.exec(plain);
    if (title === null && paragraphs.length === 0 && (bold || (plain.length <= 160 && !/[.!?]$/.test(plain)))) {
      title = (bold ? bold[1]! : plain).trim();
      continue;
    }
    const author = creditName(line);
    if (author) {
      authors.push(author);
      continue;
    }
    if (isPostFurniture(line, plain)) continue;
    paragraphs.push(plain.replace(/\*\*(.+?)\*\*/g, '$1').replace(/__(.+?)__/g, '$1'));
  }
  if (paragraphs.length === 0) return null;
  return withParagraphs(fields([['Title', title], ...authors.map((a): [string, string] => ['Author', a]), ['Published', post.date], ['Source', post.channel]]), paragraphs);
}

/** A block's lines, one paragraph per blank-separated block, each line of a block of short marked lines on its own. */
function blankSeparated(lines: string[]): string[] {
  const out: string[] = [];
  let block: string[] = [];
  const flush = () => {
    // Lines that open with an emoji or bullet are items of their own ("✍️ Reporting: ...", "📍 Place").
    const items: string[][] = [];
    for (const line of block) {
      if (items.length === 0 || LEADING_SYMBOLS.test(line) || /^#\S/.test(line)) items.push([line]);
      else items.at(-1)!.push(line);
    }
    out.push(...items.map((i) => i.join(' ')));
    block = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else block.push(line.trim());
  }
  flush();
  return out;
}

/**
 * What a channel post carries besides its story: a place pin, a link to the full story, hashtags, reaction
 * counts ("👍 214  😢 37"), the views and edit line ("👁 18.2K  edited 21:47").
 */
function isPostFurniture(line: string, plain: string): boolean {
  if (/https?:\/\/|\bt\.me\//.test(line) && plain.length <= 160) return true;
  if (/^#[\p{L}\d_]+(?:\s+#[\p{L}\d_]+)*$/u.test(plain)) return true;
  // Emoji with counts: reactions and views.
  if (EMOJI.test(line) && /^(?:[\p{Extended_Pictographic}\uFE0F\u200D]+\s*[\d.,]+[KkMm]?\s*)+(?:\s*edited\s+\d{1,2}:\d{2})?$/u.test(line.trim())) return true;
  if (/^(?:edited\s+)?\d{1,2}:\d{2}$/.test(plain)) return true;
  // A place pin: "📍 Port Ellis".
  return /^📍/u.test(line) && plain.split(/\s+/).length <= 5;
}

// ---------------------------------------------------------------------------------------------------------------
// Threads on social networks

/** An account's handle under its display name: "@desk@news.example.social" (Mastodon), "@paper.bsky.social", "@paper". */
const HANDLE = /^@[\w.-]{1,60}(?:@[\w-]+(?:\.[\w-]+)+)?$/;
/** A post's counts: "14 boosts · 22 favourites", "3 replies", "1.2K reposts  410 likes". */
const POST_COUNTS = /^(?:\d[\d,.]*[KkMm]?\s+(?:boosts?|favou?rites?|replies|reply|reposts?|likes?|quotes?|views?|bookmarks?)\s*[·•|]?\s*)+$/i;
/** A thread's counter after a post's words ("... 2/5", "🧵 1/5", "(3/7)") and the thread mark. */
const THREAD_COUNTER = /\s*(?:🧵\s*)?(?:\(?(\d{1,2})\s?\/\s?(\d{1,2})\)?)?\s*(?:🧵\s*)?$/u;

/** A post's words without the thread's counter: "2/5" goes, "open 24/7" stays (a counter never passes its total). */
function withoutThreadCounter(line: string): string {
  return line.replace(THREAD_COUNTER, (whole, n: string | undefined, total: string | undefined) => (n !== undefined && +n > +total! ? whole.replace(/🧵/gu, '').replace(/^\s*/, ' ') : '')).trim();
}
/** A web address alone on a line, with or without its scheme and path: a link and its card. */
const ADDRESS_LINE = /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/\S*)?$/i;
/** "Full story by @jane@social.example (Jane Roe)", "Reporting by Jane Roe", "Words: Jane Roe". */
const THREAD_CREDIT = /^(?:(?:the\s+)?full\s+(?:story|report|article)|story|reporting|report|words|written)\s+(?:by|:)\s+(.+?)(?:\s+(?:on|at|in)\s+(?:our|the)\s+(?:website|site|app)\b.*|[:.]?)$/i;

/**
 * A thread copied from a social network's web page (Mastodon, Bluesky, X): each post under the account's
 * display name and handle, with its time ("Oct 8, 2024, 07:30 · Edited · Web") and counts. An outlet's thread
 * tells a story post by post: the first post is the headline, the next ones its paragraphs (without their
 * "2/5" counters and hashtag lines), a closing post may credit the reporter and link the full story (its link
 * card is furniture). Replies from other accounts are not the story. Null unless one account posts at least
 * three times.
 */
function unwrapSocialThread(lines: string[]): string | null {
  const starts: { name: string; handle: string; at: number }[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && HANDLE.test(line.trim()) && lines[i - 1]!.trim() !== '' && !HANDLE.test(lines[i - 1]!.trim())) starts.push({ name: lines[i - 1]!.trim(), handle: line.trim().toLowerCase(), at: i });
  });
  if (starts.length < 3) return null;
  const account = starts[0]!.handle;
  const thread = starts.filter((p) => p.handle === account);
  if (thread.length < 3) return null;
  let title: string | null = null;
  let published: string | null = null;
  const authors: string[] = [];
  const paragraphs: string[] = [];
  for (const post of thread) {
    const next = starts.find((p) => p.at > post.at);
    // The post runs to the display name above the next post's handle.
    const body = lines.slice(post.at + 1, next ? next.at - 1 : lines.length).map((l) => l.trim());
    const words: string[] = [];
    for (const line of blankSeparated(body)) {
      // A link and its card (the site, the headline, the opening words) close the post.
      if (ADDRESS_LINE.test(line.split(' ')[0]!)) break;
      const stamp = findPublicationDate(line);
      if (stamp && line.length <= 60) {
        published ??= stamp.date.value;
        continue;
      }
      if (POST_COUNTS.test(line) || isPostFurniture(line, line) || isAppChrome(line)) continue;
      const text = withoutThreadCounter(line);
      if (text === '') continue;
      const credit = THREAD_CREDIT.exec(text);
      if (credit) {
        // "@jane@social.example (Jane Roe)": the name in brackets after the handle.
        const named = /\(([^()]+)\)/.exec(credit[1]!)?.[1] ?? credit[1]!.replace(/@\S+/g, '').trim();
        const person = creditName(`By ${named}`);
        if (person) authors.push(person);
        break;
      }
      words.push(text);
    }
    if (title === null && words.length > 0) title = words.shift()!;
    paragraphs.push(...words);
  }
  if (title === null || paragraphs.length === 0) return null;
  const owner = starts[0]!.name;
  const isPerson = classifyName(owner) === 'person';
  if (isPerson && authors.length === 0) authors.push(owner);
  return withParagraphs(fields([['Title', title], ...authors.map((a): [string, string] => ['Author', a]), ['Published', published], ['Source', isPerson ? null : owner]]), paragraphs);
}

// ---------------------------------------------------------------------------------------------------------------
// Feed readers

/** A sidebar row of a feed reader: a feed or smart feed and its unread count after a tab ("All Unread<TAB>212"). */
const SIDEBAR_ROW = /^(\S.{0,80}?)\t+\d[\d,]*$/;

/**
 * A select-all copy from a desktop feed reader (NetNewsWire, Reeder and their kin): the sidebar's feeds with
 * their unread counts, the timeline's rows, then the article pane: the feed's name ("Outlet — Section"), the
 * headline, the author's name and the date on lines of their own, the paragraphs and the article's address.
 * The pane opens at the last line naming a feed of the sidebar; the outlet is the feed's name before its
 * section. Null without a sidebar of counted rows.
 */
function unwrapFeedReaderPane(lines: string[]): string | null {
  const rows = lines.map((l) => SIDEBAR_ROW.exec(l.trimEnd())).filter((m) => m !== null);
  if (rows.length < 2) return null;
  const feeds = new Set(rows.map((m) => m![1]!.trim()));
  const pane = lines.findLastIndex((l) => feeds.has(l.trim()));
  if (pane < 0) return null;
  const feed = lines[pane]!.trim();
  // The headline under the feed's name, or (in readers that set the name under it) above it, when a credit or a
  // date line follows the name.
  const next = lines[pane + 1]?.trim() ?? '';
  const headlineAbove = next !== '' && (creditName(`By ${next}`) !== null || (findPublicationDate(next) !== null && next.length <= 60));
  const title = (headlineAbove ? lines[pane - 1] : next)?.trim() ?? '';
  if (title === '' || /[.!?]$/.test(title)) return null;
  let i = headlineAbove ? pane + 1 : pane + 2;
  const authors: string[] = [];
  let published: string | null = null;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const line = lines[i]!.trim();
    const date = findPublicationDate(line);
    if (date && line.length <= 60) published ??= date.date.value;
    else if (creditName(`By ${line}`) && !/[.!?]$/.test(line)) authors.push(creditName(`By ${line}`)!);
    else break;
  }
  const body = lines.slice(i).map((l) => l.trim());
  while (body.length > 0 && (body.at(-1) === '' || ADDRESS_LINE.test(body.at(-1)!))) body.pop();
  const paragraphs = blankLineParagraphs(body.join('\n'));
  if (paragraphs.length === 0) return null;
  const outlet = feed.split(/\s+[—–|:-]\s+/)[0]!.trim();
  return withParagraphs(fields([['Title', title], ...authors.map((a): [string, string] => ['Author', a]), ['Published', published], ['Source', outlet]]), paragraphs);
}

// ---------------------------------------------------------------------------------------------------------------
// Slack

/** A Slack message's header as pasted: "Jane Roe  10:42 AM" or "Jane Roe [10:42 AM]". */
const SLACK_HEADER = /^(\S.{0,60}?)(?:\s{2,}|\s+\[)(\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)\]?$/;

function unwrapSlackPaste(lines: string[]): string | null {
  const first = lines.findIndex((l) => l.trim() !== '');
  const opener = first < 0 ? null : SLACK_HEADER.exec(lines[first]!.trim());
  // The sender is a name: a few words, no digits.
  if (!opener || /\d/.test(opener[1]!) || opener[1]!.split(/\s+/).length > 5) return null;
  const messages: string[][] = [];
  for (const line of lines.slice(first)) {
    if (SLACK_HEADER.test(line.trim())) messages.push([]);
    else messages.at(-1)!.push(line.trim());
  }
  const story = longestMessage(messages, (m) => m);
  // A link's unfurl in any message: the outlet, the headline, a description and the domain, one per line.
  let outlet: string | null = null;
  let start = -1;
  for (const message of messages) {
    message.forEach((line, k) => {
      if (!isWebAddress(line) || k < 3 || outlet !== null) return;
      const headline = message[k - 2]!;
      const at = story.findIndex((l) => l === headline);
      if (at >= 0 && classifyName(message[k - 3]!) === 'outlet') {
        outlet = message[k - 3]!;
        start = at;
      }
    });
  }
  // Without an unfurl, a sharer's note ending with a colon opens the message.
  if (start < 0) start = story.findIndex((l) => l !== '' && !/:$/.test(l));
  let end = story.length;
  while (end > start && (story[end - 1] === '' || isSlackChrome(story[end - 1]!))) end--;
  const body = story.slice(start, end).map((l) => l.replace(/\s*\(edited\)$/, ''));
  if (body.length === 0) return null;
  return [...fields([['Source', outlet]]), '', ...body].join('\n');
}

/** "(edited)", reactions (":+1: 4  :100: 1"), a thread's "3 replies Last reply today at 11:15 AM". */
function isSlackChrome(line: string): boolean {
  return /^\(edited\)$/.test(line) || /^(?::[\w+-]+:\s*\d+\s*)+$/.test(line) || /^\d+\s+repl(?:y|ies)\b/i.test(line);
}

// ---------------------------------------------------------------------------------------------------------------
// Task boards

/** The line a board prints under a card's title: the list it is in ("in list To verify"). */
const CARD_LIST_LINE = /^in list\s+\S.{0,60}$/i;
/** The headings of a card's sections, alone on their lines. */
const CARD_SECTION = /^(?:members|labels|dates|due date|start date|notifications|watch|description|custom fields|attachments|checklist|activity|comments)$/i;
/** The sections after a card's description: none of them is the story. */
const AFTER_DESCRIPTION = /^(?:custom fields|attachments|checklist|activity|comments)$/i;

/**
 * A card of a task board copied whole: its title (the team's), "in list ...", the members', labels' and dates'
 * sections, then the description, which holds the pasted story (under the team's note on it), then the attachments,
 * the checklist and the activity, none of them the story's. The description, without its "Edit" button.
 */
function unwrapTaskCard(lines: string[]): string | null {
  const filled = lines.map((l) => l.trim());
  // (Under the card's title: at the top, or under the board's lists when the card was copied open over them.)
  const listLine = filled.findIndex((l, k) => k > 0 && CARD_LIST_LINE.test(l) && filled[k - 1] !== '');
  if (listLine < 0) return null;
  const description = filled.findIndex((l, k) => k > listLine && /^description$/i.test(l));
  if (description < 0 || filled.filter((l) => CARD_SECTION.test(l)).length < 3) return null;
  let end = filled.findIndex((l, k) => k > description && AFTER_DESCRIPTION.test(l));
  if (end < 0) end = filled.length;
  const body = filled.slice(description + 1, end);
  if (/^edit$/i.test(body[0] ?? '')) body.shift();
  // (The team's note over what it pasted, sentences set apart by a blank line, over the story's short header lines:
  // "Pasted from their site. Check the figures. — Jane".)
  // (Or one line of it ending with a colon over what it pasted: "Pasted from the Gazette, their site was down:".)
  if (body.length > 1 && /:$/.test(body[0]!) && wordsOf(body[0]!).length >= MIN_NOTE_WORDS) body.shift();
  const gap = body.indexOf('');
  const note = body.slice(0, Math.max(0, gap)).join(' ');
  const header = body.slice(gap + 1).find((l) => l !== '') ?? '';
  if (gap > 0 && gap <= MAX_CARD_NOTE_LINES && /[.!?]["”’)]?(?:\s|$)/.test(note) && wordsOf(note).length >= MIN_NOTE_WORDS && !isProse(header)) body.splice(0, gap + 1);
  return body.some((l) => l.length >= MIN_PASTED_STORY_LINE) ? `${body.join('\n').trim()}\n` : null;
}
/** The lines of a team's note over the story it pasted into a card, and its fewest words (no headline). */
const MAX_CARD_NOTE_LINES = 3;
const MIN_NOTE_WORDS = 8;
/** A card's description or an issue's comment that holds a story has a paragraph's line in it. */
const MIN_PASTED_STORY_LINE = 120;

// ---------------------------------------------------------------------------------------------------------------
// Issues of code-hosting sites

/** The line under an issue's title: "jane-roe opened this issue 3 days ago · 3 comments". */
const ISSUE_OPENED = /^\S{1,39} opened this issue\b/;
/** A comment's head: "jane-roe commented 3 days ago • edited", "jane-roe commented on Jul 12". */
const COMMENT_HEAD = /^\S{1,39} commented\b.{0,40}$/;
/** What closes a comment: the next commenter's handle, an event, its reactions, the comment box. */
const AFTER_COMMENT = /^(?:@\S{1,39}(?:\s+\S{1,39}\s+(?:added|removed|assigned|unassigned|mentioned|closed|reopened|linked|referenced|changed|requested)\b.*)?|\S{1,39} commented\b.*|[\p{Extended_Pictographic}\uFE0F]+\s*\d+|add a comment|write|preview)$/iu;
/** The source line a commenter sets over what she pasted: "Source: https://...". */
const SOURCE_LINK = /^source\s*:\s*(https?:\/\/\S+)$/i;

/**
 * An issue copied from a code-hosting site's page (GitHub's), as teams checking claims keep a story in one: its
 * title is the team's, the story is the first comment (its source link kept as the last line, for the date it may
 * carry), and the events and later comments are the team's.
 */
function unwrapIssuePage(lines: string[]): string | null {
  const filled = lines.map((l) => l.trim());
  const opened = filled.findIndex((l) => ISSUE_OPENED.test(l));
  if (opened < 0) return null;
  const head = filled.findIndex((l, k) => k > opened && COMMENT_HEAD.test(l));
  if (head < 0) return null;
  // (Or at the commenter's own list under its heading, "Claims to check:" over "1. ...".)
  let end = filled.findIndex((l, k) => k > head && (AFTER_COMMENT.test(l) || isNoteHeading(filled, k)));
  if (end < 0) end = filled.length;
  const body = filled.slice(head + 1, end);
  const source = body.length > 0 ? SOURCE_LINK.exec(body[0]!) : null;
  if (source) body.shift();
  return body.some((l) => l.length >= MIN_PASTED_STORY_LINE) ? `${[...body, ...(source ? ['', source[1]!] : [])].join('\n').trim()}\n` : null;
}

// ---------------------------------------------------------------------------------------------------------------
// Broadcast scripts

/** A production label of a radio or TV script: "CUE:", "VOICER IN:", "CLIP (Jane Roe, mayor) IN:", "SOT:", "DUR:". */
const SCRIPT_LABEL = /^(?:CUE|INTRO|LINK|VOICER|VOICE ?OVER|VO|CLIP|ACT(?:UALITY)?|SOT|PKG|PACKAGE|WRAP|INSERT|AUDIO|OUTCUE|OUT ?CUE|BACK ?ANNO|TAG|DUR|IN|OUT)\b[^:]{0,80}?:/;
/** The script's header fields and the end of its item. */
const SCRIPT_FIELD = /^([\p{L} ]{2,24}):\s*(.*)$/u;

function unwrapBroadcastScript(lines: string[]): string | null {
  const labels = lines.filter((l) => SCRIPT_LABEL.test(l.trim())).length;
  const first = lines.findIndex((l) => l.trim() !== '');
  if (labels < 2 || first < 0) return null;
  let end = first;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  const head = lines.slice(first, end).map((l) => l.trim());
  const known = head.filter((l) => /^(?:slug|bulletin|newsreader|presenter|reader|item|type|total dur|dur|reporter|web headline|headline|programme|show)\b/i.test(l)).length;
  if (known < 2) return null;
  let title: string | null = null;
  let published: string | null = null;
  const authors: string[] = [];
  let source: string | null = null;
  for (const line of head) {
    const field = SCRIPT_FIELD.exec(line);
    const name = field?.[1]!.toLowerCase().trim() ?? '';
    if (field && /headline$/.test(name)) title = field[2]!.trim();
    else if (field && /^(?:reporter|correspondent|by)$/.test(name)) authors.push(field[2]!.trim());
    else if (field && !/^(?:newsreader|presenter|reader|slug)$/.test(name)) published ??= findPublicationDate(field[2]!)?.date.value ?? null;
    else if (!field && source === null) source = stationOf(line);
  }
  const gathered = new ParagraphLines();
  for (const raw of lines.slice(end)) {
    const line = raw.trim();
    // "-- ENDS ITEM 2 --", "Next: ITEM 3": the item is over.
    if (/^-+\s*ENDS?\b/i.test(line) || /^next\s*:/i.test(line)) break;
    if (line === '') {
      gathered.end();
      continue;
    }
    if (SCRIPT_LABEL.test(line)) {
      gathered.end();
      // The words after a label ("CUE: Ferry fares ...") are read; in- and out-cues and durations are not.
      const spoken = line.replace(/^[^:]*:/, '').replace(/\b(?:IN|OUT|DUR)\s*:\s*(?:"[^"]*"|[\d'"′″:.]+)/g, '').replace(/^\s*(?:"[^"]*"|[\d'"′″:.]+)\s*/, '').trim();
      if (spoken !== '' && /\p{L}{2}/u.test(spoken)) gathered.add(spoken);
      continue;
    }
    gathered.add(line);
  }
  gathered.end();
  if (title === null || gathered.paragraphs.length === 0) return null;
  const station = source === null ? null : inCaseOf(source, gathered.paragraphs.join(' '));
  return withParagraphs(fields([['Title', title], ...authors.map((a): [string, string] => ['Author', a]), ['Published', published], ['Source', station]]), gathered.paragraphs);
}

// ---------------------------------------------------------------------------------------------------------------
// Broadcast-monitoring clips

/** A field of a monitoring service's clip report: "Station:    KXYZ-TV (Channel 4)", "Air Date: 03/05/2024". */
const CLIP_FIELD = /^([\p{L}/ ]{2,24}?)\s*:\s+(\S.*)$/u;
const CLIP_STATION = /^(?:station|channel|network|outlet|source|broadcaster|media outlet)$/i;
const CLIP_AIR_DATE = /^(?:air ?date|broadcast date|aired|date aired|air date\/time|date)$/i;
/** The speaker-change mark of closed captions (">>", and ">>>" for a new story). */
const CAPTION_TURN = /^>{2,3}\s*/;

/**
 * A broadcast-monitoring service's clip report of a TV or radio segment: the service's banner, a block of
 * fields (station, programme, air date and time, market, headline, reporter, anchor, audience figures), then
 * the transcript, closed-caption turns opening with ">>". The headline field is the title, the reporter the
 * author (anchors present, they do not file), the station the outlet; the service's own lines are furniture.
 */
function unwrapMonitoringClip(lines: string[]): string | null {
  const named = new Map<string, string>();
  let last = -1;
  // The first run of field lines (within the report's first lines) is the clip's.
  for (let i = 0; i < lines.length && i < 40; i++) {
    const field = CLIP_FIELD.exec(lines[i]!.trim());
    if (!field) {
      if (named.size >= 3) break;
      named.clear();
      continue;
    }
    const name = field[1]!.trim().toLowerCase();
    if (!named.has(name)) named.set(name, field[2]!.trim());
    last = i;
  }
  const keys = [...named.keys()];
  const station = keys.find((k) => CLIP_STATION.test(k));
  const airDate = keys.find((k) => CLIP_AIR_DATE.test(k));
  const headline = keys.find((k) => /^(?:headline|title|story|segment title)$/.test(k));
  const turns = lines.filter((l) => CAPTION_TURN.test(l.trim())).length;
  if (!station || !airDate || !headline || (turns < 2 && !keys.some((k) => /^(?:program|programme|show|air time|market|dma)$/.test(k)))) return null;
  const gathered = new ParagraphLines();
  for (const raw of lines.slice(last + 1)) {
    const line = raw.trim();
    // The service's closing lines: a rule, its copyright, the clip's address.
    if (/^[-=_]{5,}$/.test(line)) break;
    if (line === '' || CAPTION_TURN.test(line)) gathered.end();
    if (line === '') continue;
    // "Transcript (machine-generated from closed captions ...)": the service's note above the words.
    if (gathered.empty && /^transcript\b/i.test(line) && !CAPTION_TURN.test(line)) continue;
    gathered.add(line.replace(CAPTION_TURN, ''));
  }
  gathered.end();
  if (gathered.paragraphs.length === 0) return null;
  const order = writesDayFirst(lines.join('\n'));
  const date = findPublicationDate(withNumericDatesResolved(named.get(airDate)!, order === null ? null : order ? 'day-first' : 'month-first'));
  // "KVLR-TV (Channel 7, Lindell)": the station without its channel and city.
  const outlet = named.get(station)!.replace(/\s*\(.*\)\s*$/, '').trim();
  const reporters = keys.filter((k) => /^(?:reporter|reporters|correspondent|by)$/.test(k)).map((k) => named.get(k)!);
  return withParagraphs(
    fields([['Title', named.get(headline)], ...reporters.map((a): [string, string] => ['Author', a]), ['Published', date?.date.value], ['Source', outlet]]),
    gathered.paragraphs,
  );
}

/** "HARBOURSIDE FM NEWS — RUNNING ORDER / SCRIPT": the station whose newsroom wrote the script. */
function stationOf(line: string): string | null {
  const name = line.split(/\s+[—–|-]\s+/)[0]!.replace(/\s+(?:news(?:room)?|newsdesk)$/i, '').trim();
  if (name.split(/\s+/).length > 5 || !/^\p{Lu}/u.test(name) || /\b(?:running order|script|bulletin)\b/i.test(name)) return null;
  return name;
}

/** A name set in capitals, in the case the story writes it ("HARBOURSIDE FM" -> "Harbourside FM"). */
function inCaseOf(name: string, story: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.replace(/\p{L}[\p{L}'’-]*/gu, (word) => {
    const m = new RegExp(`(?<![\\p{L}])(${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})(?![\\p{L}])`, 'iu').exec(story);
    return m ? m[1]! : displayName(word);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Newspaper pages in columns

/** The longest running head read (a paper's name, its date and its page). */
const MAX_RUNNING_HEAD = 200;
/** A running head: the paper's name, the date and the page number, set apart by wide gaps ("THE GAZETTE  Tuesday, 9 April 2024    3"). */
function runningHead(line: string): { name: string; date: string } | null {
  // (A running head is short: a longer line, "a" and 50,000 spaces, would cost the patterns below quadratic work.)
  if (line.length > MAX_RUNNING_HEAD) return null;
  const m = /^(.+?)\s{3,}(?:page\s+)?[A-Z]?\d{1,3}$/i.exec(line.trim()) ?? /^(?:page\s+)?[A-Z]?\d{1,3}\s{3,}(.+)$/i.exec(line.trim());
  if (!m) return null;
  const rest = m[1]!.trim();
  const date = findPublicationDate(rest);
  if (!date) return null;
  const name = rest
    .slice(0, date.start)
    .replace(/[\s,|·•—–-]+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)?[\s,]*$/i, '')
    .trim();
  if (name === '' || classifyName(name) !== 'outlet') return null;
  return { name: displayName(name), date: date.date.value };
}

/** How many lines an e-paper viewer sets over the page it prints (its title, the edition's fields, the page's address). */
const MAX_VIEWER_LINES = 3;

/** A jump line or a pointer to another page: "Continued on Page 6", "(Photo on Page 12)", "See PARK, Page A4". */
const JUMP_LINE = /^\(?(?:continued|cont(?:'d|\.)?|turn to|see)\b.{0,30}\bpage\s+[A-Z]?\d{1,3}\)?$|^\((?:photos?|pictures?|map|chart|graphic|related stor(?:y|ies)|more)\b.{0,30}\bpage\s+[A-Z]?\d{1,3}\)$/i;
/** A role line under a column byline: "Transport reporter", "Courier Staff Writer". */
const ROLE_LINE = /^(?:[\p{L}'’-]+\s+){0,3}(?:reporter|writer|correspondent|editor|columnist|critic)$/iu;

/**
 * A newspaper page copied from an e-paper or read by OCR: a running head with the page number over narrow column
 * lines. The headline is the lines above the byline, joined; paragraphs open with an indent; line-end hyphens are
 * undone (a capital after one is a hyphenated name); pull quotes (indented lines repeating the story's words,
 * between blank lines) and jump lines are no text, nor scan specks ("|", "~", a line of dots and commas).
 */
function unwrapColumnPage(lines: string[]): string | null {
  // (Under an e-paper viewer's few header lines perhaps: its title, the edition's fields, the page's address.)
  const top = lines.flatMap((l, k) => (l.trim() !== '' ? [k] : [])).slice(0, MAX_VIEWER_LINES + 1);
  const first = top.find((k) => runningHead(lines[k]!) !== null) ?? -1;
  if (first < 0 || top.slice(0, top.indexOf(first)).some((k) => isProse(lines[k]!.trim()))) return null;
  const head = runningHead(lines[first]!)!;
  const rest = lines.slice(first + 1).map(withoutSpecks).filter((l): l is string => l !== null);
  const prose = rest.filter((l) => l.trim() !== '');
  const narrow = prose.filter((l) => l.trim().length <= 50).length;
  if (prose.length < 8 || narrow < prose.length * 0.8) return null;
  // The headline: the lines down to the byline, after a section label.
  let by = -1;
  for (let k = 0; k < Math.min(rest.length, 14) && by < 0; k++) {
    const line = rest[k]!.trim();
    if (/^by\s/i.test(line) ? readByline(line)?.authors.length : !/\p{Ll}/u.test(line) && /\p{Lu}{2}/u.test(line) && line.split(/\s+/).length >= 2 && ROLE_LINE.test((rest[k + 1] ?? '').trim())) by = k;
  }
  if (by < 1) return null;
  // (The headline's own lines: a strapline under it, after a blank line, is no part of it; a section label over it,
  // in capitals, neither.)
  const blocks: string[][] = [[]];
  for (const line of rest.slice(0, by).map((l) => l.trim())) {
    if (line !== '') blocks.at(-1)!.push(line);
    else if (blocks.at(-1)!.length > 0) blocks.push([]);
  }
  const filled = blocks.filter((b) => b.length > 0);
  if (filled.length > 1 && filled[0]!.length === 1 && !/\p{Ll}/u.test(filled[0]![0]!)) filled.shift();
  const titleLines = filled.length > 1 ? filled[0]! : filled.flat();
  // A section label in capitals over a headline that is not.
  if (titleLines.length > 1 && !/\p{Ll}/u.test(titleLines[0]!) && /\p{Ll}/u.test(titleLines[1]!)) titleLines.shift();
  const byline = readByline(/^by\s/i.test(rest[by]!.trim()) ? rest[by]!.trim() : `By ${rest[by]!.trim()}`);
  let from = by + 1;
  if (ROLE_LINE.test((rest[from] ?? '').trim())) from++;
  const body = withoutPullQuotes(rest.slice(from));
  const vocabulary = vocabularyOfText(body.join('\n'));
  const paragraphs: string[] = [];
  let current: JoinedLines | null = null;
  const flush = () => {
    if (current !== null) paragraphs.push(current.text);
    current = null;
  };
  for (const line of body) {
    const text = line.trim();
    // The page's other items under the story: a briefs column, an advertisement.
    if (paragraphs.length > 0 && PAGE_SECTION_HEADING.test(text)) break;
    if (JUMP_LINE.test(text)) continue;
    if (text === '') {
      // A blank line ends a paragraph only where a sentence ends.
      if (current !== null && /[.!?"”’)]$/.test(current.end)) flush();
      continue;
    }
    if (/^\s{2,}\S/.test(line)) flush();
    if (current === null) current = new JoinedLines(text, vocabulary);
    else current.add(text);
  }
  flush();
  if (paragraphs.length === 0) return null;
  return withParagraphs(fields([['Title', titleLines.join(' ')], ...(byline?.authors ?? []).map((a): [string, string] => ['Author', displayName(a)]), ['Published', head.date], ['Source', head.name]]), paragraphs);
}

/** A scanned line without its specks ("|", "~", "¦" set apart at an end); null for a line of nothing but specks. */
function withoutSpecks(line: string): string | null {
  if (line.trim() !== '' && !/[\p{L}\p{N}]/u.test(line)) return null;
  return line.replace(/^(\s*)[|~¦](?=\s)/, '$1 ').replace(/\s{2,}[|~¦,.'`]$/, '');
}

/** Blocks of indented lines between blank lines whose words the story itself says (a pull quote), left out with their blank lines. */
function withoutPullQuotes(lines: string[]): string[] {
  const out: string[] = [];
  let k = 0;
  while (k < lines.length) {
    // (Or set flush, in lines shorter than the column's, with the speaker's name in capitals under them.)
    const indented = k + 1 < lines.length && /^\s{2,}\S/.test(lines[k + 1]!);
    if (lines[k]!.trim() === '' && k + 1 < lines.length && lines[k + 1]!.trim() !== '') {
      let end = k + 1;
      while (end < lines.length && (indented ? /^\s{2,}\S/.test(lines[end]!) : lines[end]!.trim() !== '' && lines[end]!.trim().length <= MAX_PULL_QUOTE_LINE)) end++;
      const block = lines.slice(k + 1, end);
      const speaker = !indented && block.length > 1 && !/\p{Ll}/u.test(block.at(-1)!) ? 1 : 0;
      const words = wordsOf(block.slice(0, block.length - speaker).join(' '));
      const story = wordsOf([...lines.slice(0, k), ...lines.slice(end)].join(' '));
      if ((end >= lines.length || lines[end]!.trim() === '') && block.length <= 6 && words.length >= 3 && occurrences(story, words) >= 1) {
        k = end + 1;
        continue;
      }
    }
    out.push(lines[k]!);
    k++;
  }
  return out;
}

/** A page's heading over other items than the story, set in capitals: "IN BRIEF", "ADVERTISEMENT", "OBITUARIES". */
const PAGE_SECTION_HEADING = /^(?:(?:NEWS )?IN BRIEF|BRIEFS?|BRIEFLY|ADVERTISEMENT|ADVERTISING|CLASSIFIEDS|OBITUARIES|LETTERS|WEATHER)$/;

/** The longest line of a pull quote set flush: shorter than the column's lines. */
const MAX_PULL_QUOTE_LINE = 30;


/** How often `words` occur in a row in `story`. */
function occurrences(story: string[], words: string[]): number {
  let n = 0;
  for (let i = 0; i + words.length <= story.length; i++) if (words.every((w, j) => story[i + j] === w)) n++;
  return n;
}
