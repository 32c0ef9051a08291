/**
 * A story someone pasted into a conversation and saved with it: quoted in a reply e-mail (every line marked "> ",
 * under the replier's own header and note and an "On <date>, NAME wrote:" line), or pasted into a comment of a
 * forum thread (between the thread's votes, "Reply"/"Share" buttons, ages and user names). The conversation is
 * not the story: only the pasted part is kept, as it was before it was quoted or posted.
 */
import { isCreditLabel } from './byline';
import { findPublicationDate } from './dates';
import { FIRST_PUBLISHED } from './first-published';
import { classifyName } from './names';
import { isStoryLine } from './prose';
import { fields } from './txt-fields';

/** A quoting mark at the start of a line: "> ", "> > ", a bare ">" for a blank line. */
const QUOTE_MARK = /^[ \t]*>[ \t]?/;
/** "On Tue, 12 Mar 2024 at 21:58, NAME <address> wrote:", "NAME wrote:", "Le ... a écrit :". */
const ATTRIBUTION = /^(?:on\s.{4,160}\swrote|.{2,80}\swrote|le\s.{4,160}\sa écrit|am\s.{4,160}\sschrieb)\s*:\s*$/i;

/**
 * The quoted part of a reply, without its marks, when it holds the story: most of the text's sentences are
 * quoted. Marks of deeper quoting ("> > ") are taken off too. Null when the text quotes nothing of length.
 */
export function withoutQuoteMarks(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const quoted = lines.map((l) => QUOTE_MARK.test(l));
  const first = quoted.indexOf(true);
  if (first < 0) return null;
  const last = quoted.lastIndexOf(true);
  // The quoted run: every non-blank line between its first and last is marked.
  for (let i = first; i <= last; i++) if (!quoted[i] && lines[i]!.trim() !== '') return null;
  const inner = lines.slice(first, last + 1).map((l) => {
    let s = l;
    while (QUOTE_MARK.test(s)) s = s.replace(QUOTE_MARK, '');
    return s.trimEnd();
  });
  // The line saying whom the reply quotes, when the client quoted it too.
  const opening = inner.findIndex((l) => l.trim() !== '');
  const quotedAttribution = opening >= 0 && ATTRIBUTION.test(inner[opening]!.trim());
  if (quotedAttribution) inner.splice(0, opening + 1);
  const storyInside = inner.filter(isStoryLine).length;
  const storyOutside = lines.filter((l, i) => (i < first || i > last) && isStoryLine(l)).length;
  if (storyInside < 3 || storyOutside >= storyInside) return null;
  // Above the quote: the replier's header and note, and the line saying whom he quotes. Below it: his signature.
  const above = lines.slice(0, first).filter((l) => l.trim() !== '');
  if (above.length > 0 && !quotedAttribution && !ATTRIBUTION.test(above.at(-1)!.trim()) && !/^-{2,}.*-{2,}$/.test(above.at(-1)!.trim())) return null;
  return inner.join('\n');
}

/** The buttons, counters and labels of a forum thread around its posts and comments. */
const THREAD_CHROME = /^(?:reply|share|report|save|follow|give award|award|permalink|more replies|OP|•|·|sort by:?|best|top|new|controversial|search comments|upvote|downvote|vote|\d+(?:\.\d)?k?|\d+\s*(?:s|m|min|h|hr|hrs|d|w|mo|y)\.?(?:\s+ago)?|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+ago|level\s+\d+|\d+\s+(?:comments?|replies|points?|votes?))$/i;
/** The poster's line before what he pasted: "Article text for those without a subscription:", "Full story below:". */
const PASTE_INTRO = /^(?=.*\b(?:article|story|text|paywall|subscri\w*|pasted?|copied|full)\b).{8,120}:$/i;

/** A row of a comment's buttons: "permalink embed save report reply", "Like · Reply · 5h". */
function isButtonRow(line: string): boolean {
  const words = line.split(/\s*[·•|]\s*|\s+/).filter((w) => w !== '');
  return words.length >= 2 && words.length <= 8 && words.includes(words.find((w) => /^reply$/i.test(w)) ?? '\u0000') && words.every((w) => /^(?:permalink|embed|save|report|award|give|reply|share|parent|source|hide|flag|edit|like|\d+\s*[smhdwy])$/i.test(w));
}

function isPostHead(line: string): boolean {
  return line.length <= 80 && !/[.!?"”]$/.test(line) && /\b\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b/i.test(line);
}

/**
 * A story pasted into a comment of a thread: from the line after the poster's introduction (or the first line of
 * the pasted block) to the thread's next button or counter. Null when the text has no thread around a story.
 */
export function pastedIntoThread(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  // A post's or comment's head line with its age ("user 3 hours ago | next", "120 points by user 5 hours ago") is chrome too.
  const chrome = lines.map((l) => THREAD_CHROME.test(l.trim()) || isPostHead(l.trim()) || isButtonRow(l.trim()));
  // A thread: buttons to reply under its posts and their ages.
  const replies = lines.filter((l) => /^reply$/i.test(l.trim()) || isButtonRow(l.trim())).length;
  const ages = lines.filter((l) => isPostHead(l.trim()) || (isButtonRow(l.trim()) && /\d/.test(l)) || /^\d+\s*(?:s|m|min|h|hr|hrs|d|w|mo|y)\.?(?:\s+ago)?$|^\d+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago$/i.test(l.trim())).length;
  if (chrome.filter(Boolean).length < 2 || replies < 2 || ages < 1) return null;
  // The stretch between two pieces of chrome that holds the most sentences.
  let best: { start: number; end: number; story: number } | null = null;
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    if (i < lines.length && !chrome[i]) continue;
    const story = lines.slice(start, i).filter(isStoryLine).length;
    if (!best || story > best.story) best = { start, end: i, story };
    start = i + 1;
  }
  if (!best || best.story < 3) return null;
  const intro = lines.slice(best.start, best.end).findIndex((l) => PASTE_INTRO.test(l.trim()));
  let from = intro >= 0 && intro < 8 ? best.start + intro + 1 : best.start;
  // Without an introduction, the group's and the poster's names may open the post: the story starts at its headline,
  // the line above its byline.
  const byline = intro >= 0 ? -1 : lines.slice(from, from + 8).findIndex((l) => /^by\s+\p{Lu}/iu.test(l.trim()));
  if (byline > 0) {
    let headline = from + byline - 1;
    while (headline > from && lines[headline]!.trim() === '') headline--;
    if (lines[headline]!.trim() !== '') from = headline;
  } else if (intro < 0) {
    // No post opens the stretch: it is a page's story under its own header (and share buttons), the comments after it.
    from = 0;
  }
  return lines.slice(from, best.end).join('\n');
}

/** "Translated from Marathi by NAME.", "Translation: NAME", "Unofficial translation by NAME": a translator's note. */
const TRANSLATION_NOTE = /^(?:(?:an?\s+)?(?:unofficial\s+|machine\s+|rough\s+|english\s+)?translat(?:ed|ion)\b.{0,40}?\bby\s+\p{Lu}|translat(?:ion|or)\s*:\s*\p{Lu}|(?:this is an?\s+)?(?:unofficial|machine|rough)\s+translation\b)/iu;
/** What a translator adds after the story: a note, the original headline, the group's contact. */
const TRANSLATOR_END = /^(?:translator['’]s notes?|notes? (?:from|by) the translator|t\/n|original (?:headline|title|text|article|story)|translated by)\b/i;
/** The cited original above a translation: "Source: Outlet (Marathi daily), city edition, page 3, 9 February 2024". */
const SOURCE_CITATION = new RegExp(String.raw`^(?:source|original|(?:${FIRST_PUBLISHED}|published) in|from)\s*:\s*(.+)$`, 'i');

/**
 * A story translated by a reader and shared (in a forum, a newsletter, a mail): the translator's header, the cited
 * original and the translator's note go; the cited outlet and date become export fields; the translation's
 * headline starts the text. Null when no translator's note opens the text.
 */
export function unwrapTranslation(text: string, outletAndDate: (citation: string) => { outlet: string | null; date: string | null }): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  const note = lines.slice(0, 20).findIndex((l) => TRANSLATION_NOTE.test(l.trim()));
  if (note < 0) return null;
  let outlet: string | null = null;
  let date: string | null = null;
  for (const line of lines.slice(0, note + 3)) {
    const cited = SOURCE_CITATION.exec(line.trim());
    if (!cited) continue;
    ({ outlet, date } = outletAndDate(cited[1]!));
    break;
  }
  // The note may run over a line or two; the story starts after the next blank line.
  let start = note + 1;
  while (start < lines.length && lines[start]!.trim() !== '' && !SOURCE_CITATION.test(lines[start]!.trim())) start++;
  while (start < lines.length && (lines[start]!.trim() === '' || SOURCE_CITATION.test(lines[start]!.trim()))) start++;
  if (outlet === null && date === null) return null;
  const endAt = lines.findIndex((l, i) => i > start && TRANSLATOR_END.test(l.trim()));
  const story = lines.slice(start, endAt < 0 ? lines.length : endAt);
  const head = [outlet === null ? null : `Source: ${outlet}`, date === null ? null : `Published: ${date}`].filter((l) => l !== null);
  return [...head, '', ...story].join('\n');
}

/** The poster naming the paper he copies from: "From today's Sentinel:", "In this morning's Gazette:". */
const SOURCE_INTRO = /^(?:[Ff]rom|[Ii]n)\s+(?:today['’]s|this morning['’]s|yesterday['’]s|this week['’]s|the)\s+\p{Lu}.{1,40}:$/u;
/** What a forum, group or thread sets after a post: "Top", "Post by NAME » date", "Re: subject", "All reactions:". */
const AFTER_POST = /^(?:top|back to top|post by\s.+|posted by\s.+|re:\s.+|all reactions:?|like|comment|quote|report(?: post)?|\d+\s+comments?|\d+\s+repl(?:y|ies))$/i;

/**
 * A story someone pasted into a post of a forum or group, under his introduction ("Copying the article here for
 * those who can't get past the paywall:", "From today's Sentinel:"): from the headline under it, when a byline or a
 * date follows that headline, to the next post or the post's buttons. Null when no such introduction opens the text.
 */
export function pastedAfterIntro(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  // (Not a credit's label, "Author of the article:", with the names under it.)
  const intro = lines.slice(0, MAX_INTRO_LINE).findIndex((l) => (PASTE_INTRO.test(l.trim()) && !isCreditLabel(l)) || SOURCE_INTRO.test(l.trim()));
  // (Under the poster's own prose only when the introduction says it pastes: "Pasted from the Gazette:", as a
  // journal's entry sets it under the day's notes. A story's own sentence ending in a colon says no such thing.)
  if (intro < 0 || (lines.slice(0, intro).filter(isStoryLine).length > 1 && !PASTE_WORD.test(lines[intro]!))) return null;
  let first = intro + 1;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  // A nameplate and a section may sit over the headline: the byline or date comes within a few lines under it.
  const h = [0, 1, 2].map((k) => first + k).find((k) => isHeadlineLine(lines[k]?.trim() ?? '') && lines.slice(k + 1, k + 5).some((l) => isCreditOrStamp(l.trim())));
  if (h === undefined || lines.slice(first, h).some((l) => isStoryLine(l))) return null;
  let end = lines.length;
  let story = 0;
  for (let i = h; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (isStoryLine(line)) story++;
    else if (story > 0 && (AFTER_POST.test(line) || THREAD_CHROME.test(line) || NEXT_ENTRY.test(lines[i]!) || isNoteHeading(lines, i))) {
      end = i;
      break;
    }
  }
  return story >= 2 ? lines.slice(first, end).join('\n') : null;
}

/** How far down a post's introduction of a pasted story may stand. */
const MAX_INTRO_LINE = 30;
/** An introduction that says it pastes a copy: "Pasted from ...", "Copied from ...", "pasting the article here". */
const PASTE_WORD = /\b(?:past(?:ed|ing)|cop(?:ied|ying))\b/i;
/** The header fields of a journal's next entry, tab-set as journal apps export them: "\tDate:\t14 May 2028 at 08:02". */
const NEXT_ENTRY = /^\t\p{L}[\p{L} ]{1,20}:\t\S/u;

function isHeadlineLine(line: string): boolean {
  return line.split(/\s+/).length >= 3 && line.length <= 200 && !/[.:;]$/.test(line);
}

/** A byline, a publication stamp's label, or a short line that is a date: "By Jane Roe", "Posted ...", "12 May 2028 00:31". */
function isCreditOrStamp(line: string): boolean {
  return /^by\s+\p{Lu}/iu.test(line) || /^(?:published|posted|updated)\b/i.test(line) || (line.length <= MAX_STAMP_LINE && findPublicationDate(line) !== null);
}
const MAX_STAMP_LINE = 40;

/** A note-taker's heading after the story, over her list: "Questions for Monday:" / "- Ask the engineer ...". */
export function isNoteHeading(lines: readonly string[], i: number): boolean {
  return /^[^.!?]{3,60}:$/.test(lines[i]!.trim()) && isListItem(lines[i + 1] ?? '');
}

/** An item of a note-taker's list: "- Call the engineer", "• Check the figures", "2. Ask for the minutes". */
export function isListItem(line: string): boolean {
  return /^\s*(?:[-*•◦▪·]|\d{1,2}[.)])\s+\S/.test(line);
}

/**
 * A note-taker's mark where a pasted copy starts: "---------- pasted ----------", "--- begin paste ---", "=== paste start ===", "[pasted text]",
 * or naming the site it comes from, "------ pasted from gazette.example ------" (the site in its group).
 */
const PASTE_START = /^(?:-{2,}|={2,}|\[)\s*(?:begin(?:ning)?\s+(?:of\s+)?|start\s+(?:of\s+)?)?(?:paste|pasted|pasted text|copied text|copy|clipping|article text)(?:\s+from\s+(\S+))?(?:\s+(?:start|starts|begin|begins))?\s*(?:-{2,}|={2,}|\])$/i;
/** A start mark naming the outlet, then what follows: "--- The Harbour Post, story as published ---", "=== Gazette, full text ===". */
const OUTLET_PASTE_START = /^(?:-{2,}|={2,})\s*(\p{Lu}[^,–—=]{2,60}?),\s+(?:the\s+)?(?:story|article|full text|text|copy)\b[^-=]{0,30}?\s*(?:-{2,}|={2,})$/iu;
/** Its mark where the copy ends: "---------- end paste ----------", "--- end of pasted text ---", "------ end ------", "=== paste end ===". */
const PASTE_END = /^(?:-{2,}|={2,}|\[)\s*(?:end(?:\s+(?:of\s+)?(?:paste|pasted|pasted text|copied text|copy|clipping|article text))?|(?:paste|pasted text|copied text|copy|clipping|article text)\s+ends?)\s*(?:-{2,}|={2,}|\])$/i;
/** A horizontal rule as notes apps write one in Markdown: "---", "***", "___". */
export const NOTE_RULE = /^(?:-{3,}|\*{3,}|_{3,})$/;
/** How many lines a note's own head (title, tags, source, the day it was grabbed) takes at most, blank lines included. */
const MAX_NOTE_HEAD_LINES = 12;
/** A note's line naming where the copy comes from: "Source: The Gazette (Westport) – posted online Monday". */
const NOTE_SOURCE = /^source\s*:\s*(?:the\s+)?(\p{Lu}[\p{L}'’&. -]{1,50}?)(?=\s*(?:\(|[–—,;|]|$))/iu;

/**
 * A Markdown note's heading over the copy it keeps: "## Source text (pasted 13 Apr)", "## Pasted article", "### Full text",
 * "## Original text". Its level is in the first group.
 */
const PASTED_SECTION_HEADING = /^(#{1,6})\s+(?:source text|pasted(?: text| article| story| copy)?|article text|full text|original text|clipped text|text of the (?:article|story))\b.*$/i;

/** A Markdown heading; its level is in the first group. */
const MARKDOWN_HEADING = /^(#{1,6})\s/;

/**
 * The copy a Markdown note keeps under a heading that says so ("## Source text (pasted 13 Apr, 09:45)"), under the note's
 * front matter, title, links and own notes: the lines under that heading up to the next heading of its level or a
 * higher one. Null where no such heading stands over two lines of story.
 */
export function pastedUnderNoteHeading(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const at = lines.findIndex((l) => PASTED_SECTION_HEADING.test(l.trim()));
  if (at < 0) return null;
  const level = PASTED_SECTION_HEADING.exec(lines[at]!.trim())![1]!.length;
  const next = lines.findIndex((l, k) => k > at && (MARKDOWN_HEADING.exec(l)?.[1]!.length ?? Infinity) <= level);
  const copy = lines.slice(at + 1, next < 0 ? lines.length : next);
  return copy.filter(isStoryLine).length >= 2 ? `${copy.join('\n').trim()}\n` : null;
}

/**
 * A copy pasted into a note-taker's own document between marks ("---------- pasted ----------" ... "----------
 * end paste ----------"), or under a notes app's rule ("---"), under her title, date and notes: the copy between
 * the marks, with the outlet her "Source:" line names. Null without a start mark over a story, or without that line.
 */
export function pastedBetweenMarkers(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const marked = lines.findIndex((l) => PASTE_START.test(l.trim()) || OUTLET_PASTE_START.test(l.trim()));
  // (Or the rule a notes app sets under the note's own title, tags and "Source:" line, over what was pasted.)
  const ruled = marked >= 0 ? -1 : lines.findIndex((l, k) => k < MAX_NOTE_HEAD_LINES && NOTE_RULE.test(l.trim()));
  const start = marked >= 0 ? marked : ruled >= 0 && lines.slice(0, ruled).filter((l) => l.trim() !== '').length <= MAX_NOTE_HEAD_LINES / 2 ? ruled : -1;
  if (start < 0) return null;
  const end = lines.findIndex((l, k) => k > start && PASTE_END.test(l.trim()));
  const copy = lines.slice(start + 1, end < 0 ? lines.length : end);
  if (copy.filter(isStoryLine).length < 2) return null;
  // (Or marks at both ends under a note whose reference to the story names its outlet, "Roe, J. (2024). Headline. The
  // Gazette. https://...": the copy, with that outlet.)
  const referenced = end > marked && marked >= 0 ? lines.slice(0, marked).map(outletOfReference).find((o) => o !== null) : undefined;
  if (referenced) return [...fields([['Source', referenced]]), ...copy].join('\n');
  // (A start mark naming the outlet names the copy's source.)
  const markedOutlet = marked >= 0 ? OUTLET_PASTE_START.exec(lines[marked]!.trim())?.[1]?.trim() : undefined;
  if (markedOutlet !== undefined) return [...fields([['Source', markedOutlet]]), ...copy].join('\n');
  // (Without a "Source:" line the note's other lines may name the outlet, a reference list's entry: the whole copy is read.)
  const source = lines.slice(0, start).map((l) => NOTE_SOURCE.exec(l.trim())).find((m) => m !== null);
  // (A start mark that names the copy's site says the copy is the site's: its own nameplate and footer name the outlet. So
  // do marks at both ends, "=== paste start ===" ... "=== paste end ===".)
  if (!source && marked >= 0 && (PASTE_START.exec(lines[marked]!.trim())?.[1] !== undefined || end > marked)) return copy.join('\n');
  if (!source) return null;
  const outlet = `${/^source\s*:\s*the\s/i.test(source[0]) ? 'The ' : ''}${source[1]!.trim()}`;
  return [...fields([['Source', outlet]]), ...copy].join('\n');
}

/**
 * The outlet a reader's reference to the story names, in the styles of a reference list: APA "Roe, J., & Doe, A.
 * (2024, March 3). Headline. The Gazette. https://...", MLA 'Roe, Jane. "Headline." The Gazette, 3 Mar. 2024, ...'.
 */
export function outletOfReference(line: string): string | null {
  const text = line.trim().replace(/\s+(?:retrieved from\s+)?(?:https?:\/\/|www\.)\S+$/i, '');
  const apa = /^[^()]{2,200}\(\d{4}(?:,\s*\p{L}+\.?(?:\s+\d{1,2})?)?\)\.\s+.{10,250}?[.?!]\s+(\p{Lu}[^.]{1,60})\.?$/u.exec(text);
  if (apa && classifyName(apa[1]!) !== 'person') return apa[1]!.trim();
  const mla = /^[^"“]{2,120}\.\s+["“].{10,250}?[.?!]?["”]\s+(\p{Lu}[^,]{1,60}),\s+(?:\d{1,2}\s+\p{L}+\.?\s+)?\d{4}\b/u.exec(text);
  if (mla && classifyName(mla[1]!) !== 'person') return mla[1]!.trim();
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// Outliners

/** An outliner's block ("- text", indented by tabs or by two spaces a level), as Logseq, Roam and Workflowy copy them. */
const OUTLINE_BLOCK = /^([\t ]*)- (.*)$/;
/** A block's property or schedule line under it: "source:: https://...", "SCHEDULED: <2027-03-22 Mon>". */
const OUTLINE_PROPERTY = /^[\t ]*(?:[\p{L}\d_-]+::\s|(?:SCHEDULED|DEADLINE):\s*<)/u;
/** How much prose a group of sibling blocks must hold to be a pasted story, and how many blocks at least. */
const MIN_OUTLINE_STORY = 400;
const MIN_OUTLINE_BLOCKS = 3;

/**
 * A story pasted into an outliner's page (a journal page copied as text: every line a "- " block, nested by indent,
 * with "key:: value" properties): the children of one block, each of them a line of the page as pasted, where the
 * most prose stands, and the page's address if a property gives it; the page's other blocks (tasks, the reader's
 * notes) are not the story. Null for other text.
 */
export function pastedIntoOutline(text: string): string | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.trim() !== '');
  if (lines.length < MIN_OUTLINE_BLOCKS + 2) return null;
  const blocks: { depth: number; text: string; parent: number }[] = [];
  let outlined = 0;
  for (const line of lines) {
    const block = OUTLINE_BLOCK.exec(line);
    if (block) {
      const depth = block[1]!.replace(/ {2}/g, '\t').length;
      let parent = blocks.length - 1;
      while (parent >= 0 && blocks[parent]!.depth >= depth) parent = blocks[parent]!.parent;
      blocks.push({ depth, text: block[2]!.trim(), parent });
      outlined++;
    } else if (OUTLINE_PROPERTY.test(line)) outlined++;
  }
  if (outlined < lines.length * 0.9) return null;
  const groups = new Map<number, string[]>();
  for (const block of blocks) groups.set(block.parent, [...(groups.get(block.parent) ?? []), block.text]);
  const prose = (texts: string[]) => texts.filter((t) => t.length >= 120 && /[.!?"”»]$/.test(t)).reduce((sum, t) => sum + t.length, 0);
  const best = [...groups.values()].reduce<string[] | null>((a, b) => (a === null || prose(b) > prose(a) ? b : a), null);
  if (best === null || best.length < MIN_OUTLINE_BLOCKS || prose(best) < MIN_OUTLINE_STORY) return null;
  // (The page's address a property gives, "source:: https://...", kept as the last line for the outlet it names.)
  const address = lines.map((l) => /^[\t ]*[\p{L}\d_-]+::\s*(https?:\/\/\S+)$/u.exec(l)?.[1]).find((url) => url !== undefined);
  return [...best, ...(address ? [address] : [])].join('\n\n');
}
