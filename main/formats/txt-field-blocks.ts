/**
 * A story under a block of labelled fields, as many tools write one: a clipping report ("Publication:\tThe Gazette",
 * "Headline:\t...", "Byline:\t..."), an agency's routing block ("FROM:  NAME, Court", "FILED:  14.03.24 16:20",
 * "CATCHLINE:", "SUGGESTED HEADLINE: ..."), a feed reader's saved item ("Feed:", "Title:", "Author:", "Date:",
 * "Link:"), a library database's record ("Author/Byline:", "Section:", "Word Count:"). Whatever the tool, the labels
 * name the same four things: the headline, the writers, the article's date and the outlet. Every other field (the
 * report's own date, the page, the tone, the word count, the desk's notes) is the tool's, and so are the lines
 * around the block. The block is rewritten into export fields above the story's paragraphs.
 */
import { readByline, readHeaderLine, withAuthorsAdded } from './byline';
import { isCompanyName } from './companies';
import { datelineDayNear } from './dateline';
import { findPublicationDate, withNumericDatesResolved } from './dates';
import { classifyName, displayName, isKnownOrganisation, isPlaceName, isUrl } from './names';
import { writesDayFirst } from './numeric-dates';
import { isStoryLine } from './prose';
import { splitSiteSuffix } from './site-suffix';
import { collapseSpaces } from './text-blocks';
import { fields, ParagraphLines, withoutEditionNote, withParagraphs } from './txt-fields';

/** "Label: value", "Label:\tvalue", "Label\tvalue", "LABEL:      value": a label of a few words, then its value. */
const FIELD_LINE = /^([\p{L}][\p{L} /&.'’()-]{0,34}?)(?:[ \t]*:[ \t]*|\t+)(\S.*)$/u;

// (The labels of reference managers' reports as they are localised too: German "Titel", "Autor", "Zeitung", French "Titre",
// "Auteur", Spanish "Título", "Periódico".)
const TITLE_LABEL = /^(?:title|titel|titre|título|titolo|headline|suggested (?:headline|head|title)|hed|article title|story title|article headline|story headline)$/;
const AUTHOR_LABEL = /^(?:authors?|autor(?:en|in|es)?|auteurs?|autori|by-?line|author\s*\/\s*by-?line|by-?line\s*\/\s*author|journalists?|reporters?|writers?|written by|correspondents?|by|author\(s\))$/;
/** The article's date; a report's, an export's or an access date has a label of its own ("Date prepared", "Accessed"). */
const DATE_LABEL = /^(?:date|published|publication date|date published|pub(?:lication)?\.? date|issue date|dated|filed|first filed|first published|created|first created|date created|posted|release date|date of publication|article date)$/;
const PUBLISHER_LABEL = /^(?:publication|source|newspaper|zeitung|zeitschrift|periódico|giornale|paper|outlet|publisher|feed|journal|publication title|source title|masthead|media outlet|publication name)$/;
/** An agency's copy names its story by a slug: then "FROM:" is the reporter who files it, not a mail's sender. */
const SLUG_LABEL = /^(?:catch ?line|slug|keywords?|words|word count|characters|palavras-chave|palabras clave|mots-clés|schlagwörter|palavras|caracteres|mots|signes)$/;

/** A reference manager's field for what kind of item a record is: "Item Type" (Zotero), "Reference Type" (EndNote). */
const ITEM_TYPE_LABEL = /^(?:item type|reference type|document type|type|dokumententyp|type de document|tipo de documento)$/;
/** Hard-wrapped copy breaks its lines at 80 characters or less (agency wires at 69, mail at 72 to 78). */
const MAX_WRAPPED_LINE = 100;
/** How far below the block a pasted page's headline and its header lines may stand. */
const MAX_NOTE_LINES = 8;

/** The time a subscriber's system received an agency item: no publication date, but near it ("Received: ... UTC"). */
const RECEIPT_LABEL = /^(?:received|time received|date received|rcvd|arrived|sent|enviado|envoyé|gesendet|recibido|recebido|reçu)$/;
/** The place a paper is published in, after its name in a library database's record: "(Port Ellis, Fiji)". */
const PLACE_OF_PUBLICATION = /\s*\(\p{Lu}[\p{L}\p{M}.'’ -]*(?:,\s*\p{Lu}[\p{L}\p{M}.'’ -]*){0,2}\)$/u;

/** A name of capitalised words: "Sugiharto", "Dewi Anggraini", "Nguyễn Văn An". */
const ONE_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}$/u;

/** An agency's copyright line under its item: "COPYRIGHT © AGENCY 2026", "(c) 2026 Agency". */
function isRightsLine(line: string): boolean {
  return line.length <= 120 && /^(?:copyright\b|©|\(c\)\s)/i.test(line);
}

/**
 * The agency an item's service banner names ("ACME ENGLISH SERVICE", "ACME NEWS AGENCY (ANA) - WORLD WIRE"), without
 * the service its subscriber takes and the initials it goes by; null for a line that names no service.
 */
export function agencyOfServiceBanner(line: string): string | null {
  const text = line.trim();
  if (text.length > 80 || /\d/.test(text) || !/^\p{Lu}[\p{L}&'’. ()-]+$/u.test(text) || !SERVICE_NAME.test(text)) return null;
  const agency = text.replace(SERVICE_NAME, '').replace(/\s*\(\p{Lu}{2,8}\)$/u, '').trim();
  if (agency === '') return null;
  // ("ANA - ACME NEWS AGENCY": the initials the agency goes by, then its name.)
  const initials = /^(\p{Lu}{2,6})\s+[-–—]\s+\p{Lu}/u.exec(agency);
  if (initials) return initials[1]!;
  return agency !== agency.toUpperCase() || /^\p{Lu}{2,5}$/u.test(agency) ? agency : displayName(agency);
}

/** A time stamp in UTC: "2026-03-04T20:12:05Z", "2026-03-04 20:12 UTC", "04.03.26 20:12 GMT". */
const UTC_STAMP = /\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:Z|UTC|GMT|[+-]00:?00)$/i;
/** A desk's note under a wire headline on what a version adds or changes: "(Adds comment in paragraph 5)". */
const DESK_NOTE = /^\((?:adds|updates|recasts|changes|corrects|fixes|writes through|rewrites|new throughout|refiles|repeats)\b[^()]*\)$/i;
/** A news service after an agency's name in its banner: "ENGLISH SERVICE", "NEWS SERVICE", "FRENCH WIRE" (not a bare "Wire", which names outlets: "Summit Wire"). */
const SERVICE_NAME = /\s+(?:[-–—|]\s+)?(?:(?:(?:english|french|spanish|arabic|russian|portuguese|german|world|international|foreign|national|regional|economic|business|financial|general|news)\s+)+service|(?:english|french|spanish|arabic|russian|portuguese|german)\s+(?:wire|newswire|desk|feed))$/i;

/** A feed's name after the outlet's: "The Gazette - Latest News", "The Gazette | Top Stories". */
const FEED_SUFFIX = /\s+[-–—|:]\s+(?:(?:latest|top|all|breaking|local|world|national)\s+)*(?:news|stories|headlines|articles|posts|updates|feed|rss)$/i;


/** Where the tool's copy ends and its own lines follow: "--- END OF CLIPPING NO. 7 ---", "ENDS", "Links:", "Citation (MLA)". */
/** An end mark is a short line; longer lines are not tested (which also bounds the pattern's work). */
const MAX_END_LINE = 120;
const END_LINE = /^(?:-{2,}\s*)?(?:end of (?:clipping|article|story|document|record|text|item)\b.*?|ends?|-+\s*ends?\s*-+|links:|(?:source )?citation\b.{0,40}|cite this(?: article| document| item| record)?(?:\s*\([^)]{1,30}\))?:?|how to cite(?: this)?:?)(?:\s*-{2,})?$/i;
/** A marker opening the story's text in a report: "[FULL TEXT]", "Full text:", "TEXT:", "Article text:". */
const TEXT_MARK = /^\[?(?:full text|article text|text|story|body)\]?:?$/i;

/** A verb of speech closing what stands before a colon: the words after it are what was said. */
const SPEECH_BEFORE_COLON = /\b(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|replied|replies|warned|warns|stated|states|explained|explains)(?: \p{L}+)?$/u;

function fieldOf(line: string): { label: string; value: string } | null {
  const m = FIELD_LINE.exec(line.trim());
  if (!m || m[1]!.trim().split(/\s+/).length > 4 || isUrl(m[1]!)) return null;
  const label = m[1]!.trim().toLowerCase().replace(/\s+/g, ' ');
  const value = m[2]!.trim();
  const known = TITLE_LABEL.test(label) || AUTHOR_LABEL.test(label) || DATE_LABEL.test(label) || PUBLISHER_LABEL.test(label);
  // A long value after an unknown label is a sentence with a colon (a dateline "LONDON: ...", a quote), not a field;
  // so is speech ("Police said: ...", "The mayor told reporters: “...”").
  if (!known && (value.length > 160 || SPEECH_BEFORE_COLON.test(label) || /^["“‘']/.test(value))) return null;
  return { label, value };
}

/**
 * "14.03.24" (a dotted date with a two-digit year is written day first) -> "2024-03-14"; "08/07/2024" in the order
 * the whole copy writes its dates (the log's own "Tuesday 9 July 2024" tells a British one), which the fields alone
 * may not tell; other dates as written.
 */
function dateValue(value: string, dayFirst: boolean | null = null): string {
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{2})(?!\d)/.exec(value.trim());
  if (dotted && Number(dotted[1]) <= 31 && Number(dotted[2]) <= 12) return `20${dotted[3]}-${dotted[2]!.padStart(2, '0')}-${dotted[1]!.padStart(2, '0')}`;
  const plain = value.replace(/\s*\((?:mon|tues|wednes|thurs|fri|satur|sun)day\)\s*$/i, '');
  return dayFirst === null ? plain : withNumericDatesResolved(plain, dayFirst ? 'day-first' : 'month-first');
}

function authorsOf(value: string, routing: boolean): string[] {
  // "NAME; Staff Writer", "NAME, Kirkbrae Sheriff Court" (a routing block's reporter and the court she covers).
  const names = value.split(';')[0]!.trim();
  // "Sugiharto, Jane Roe": a field of names only, a one-word name among them a person's (Indonesian and Burmese writers
  // often have one name), where another is a full person's name.
  const listed = names.split(/\s*(?:,|&|\band\b)\s*/).filter((n) => n !== '');
  if (!routing && listed.length > 1 && listed.some((n) => n.includes(' ') && classifyName(n) === 'person') && listed.every((n) => ONE_NAME.test(n) && (n.includes(' ') ? classifyName(n) === 'person' : !isKnownOrganisation(n) && !isPlaceName(n)))) {
    return listed.map((n) => displayName(n));
  }
  const credit = readByline(`By ${routing ? names.split(',')[0]!.trim() : names}`);
  return credit?.authors ?? [];
}

/**
 * The story under a field block: null unless the lines above its first paragraph hold three or more fields, one of
 * them the headline's or the writer's.
 */
export function unwrapFieldBlock(lines: string[]): string | null {
  // YAML front matter ("---" over "title: ...") is the Markdown reader's.
  if (/^(?:---|\+\+\+)$/.test(lines.find((l) => l.trim() !== '')?.trim() ?? '')) return null;
  const limit = Math.min(lines.length, 60);
  let body = -1;
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!.trim();
    if (line === '' || fieldOf(line)) continue;
    if (isStoryLine(line)) {
      body = i;
      break;
    }
  }
  if (body < 0) return null;
  const head = lines.slice(0, body).map((l) => l.trim());
  const found = head.map(fieldOf);
  const labelled = found.filter((f) => f !== null);
  if (labelled.length < 3) return null;
  const names = labelled.some((f) => TITLE_LABEL.test(f.label) || AUTHOR_LABEL.test(f.label));
  const cites = labelled.some((f) => PUBLISHER_LABEL.test(f.label)) && labelled.some((f) => DATE_LABEL.test(f.label));
  // (Or an agency's routing block, whose headline stands under it: "Slug: ...", "Words: 268".)
  const routing = labelled.some((f) => SLUG_LABEL.test(f.label));
  if (!names && !cites && !routing) return null;
  // A mail's header ("From:", "Subject:") is read by the mail reader.
  if (labelled.some((f) => f.label === 'subject')) return null;
  const dayFirst = writesDayFirst(lines.join('\n'));
  let title: string | null = null;
  let published: string | null = null;
  let source: string | null = null;
  let authors: string[] = [];
  // A date field's value, as the copy writes its dates, when it holds a publication date.
  const publicationValue = (value: string): string | null => {
    const written = dateValue(value, dayFirst);
    return findPublicationDate(written) ? written : null;
  };
  const reference = labelled.some((f) => ITEM_TYPE_LABEL.test(f.label));
  for (const f of labelled) {
    if (TITLE_LABEL.test(f.label)) title ??= f.value;
    else if (AUTHOR_LABEL.test(f.label) || (routing && f.label === 'from')) {
      // A tool's export may give each writer a field of her own ("Author: Jane Roe", "Author: John Doe").
      // (A reference manager writes each one surname first: "Author	Roe, Jane".)
      // (Or all of them in one field, set apart by semicolons: "Roe, Jane; Doe, John", the way of any database's record.)
      const listed = f.value.split(/\s*;\s*/);
      const inverted = reference || listed.length > 1 ? listed.map((name) => /^([^,]+),\s*([^,]+)$/.exec(name)) : [];
      const names = inverted.length > 0 && inverted.every((m) => m !== null) ? inverted.map((m) => displayName(`${m![2]!.trim()} ${m![1]!.trim()}`)) : authorsOf(f.value, routing);
      authors = withAuthorsAdded(authors, names);
    } else if (DATE_LABEL.test(f.label) && f.label !== 'date') published ??= publicationValue(f.value);
    else if (PUBLISHER_LABEL.test(f.label) && !isUrl(f.value)) source ??= withoutEditionNote(f.value.replace(FEED_SUFFIX, '').replace(PLACE_OF_PUBLICATION, '')) || null;
  }
  // A library database's document names the paper "From:" and its owner "Publisher:" ("From: The Harbour Times (Port
  // Ellis, Fiji)" over "Publisher: Harbour Newspapers Ltd."): the paper, without the place it is published in.
  const paper = routing ? undefined : labelled.find((f) => f.label === 'from' && !/@/.test(f.value) && classifyName(f.value.replace(PLACE_OF_PUBLICATION, '')) !== 'person');
  if (paper && (source === null || isCompanyName(source))) source = withoutEditionNote(paper.value.replace(PLACE_OF_PUBLICATION, '')) || source;
  // A bare "Date:" after the labels that say publication ("Published:", "Publication date:"), which may sit in another block.
  for (const f of labelled) if (f.label === 'date') published ??= publicationValue(f.value);
  // Unlabelled lines between the fields: the headline right above a writer's field, the date on a line of its own,
  // the outlet's name right above that date.
  for (let i = 0; i < head.length; i++) {
    const line = head[i]!;
    if (line === '' || found[i]) continue;
    const next = head[i + 1] ?? '';
    const nextField = found[i + 1];
    const date = line.length <= 40 ? findPublicationDate(line) : null;
    // A byline under the block's fields ("By NAME"): the writers, not an outlet over its date.
    const byline = /^by\s+\p{Lu}/iu.test(line) ? readByline(line) : null;
    if (byline) {
      if (authors.length === 0) authors.push(...byline.authors);
      continue;
    }
    if (date && date.end - date.start >= line.length - 12) {
      published ??= line;
      continue;
    }
    if (title === null && nextField && AUTHOR_LABEL.test(nextField.label) && /\p{L}/u.test(line) && line.split(/\s+/).length >= 3) title = line;
    if (source === null && next !== '' && !found[i + 1] && next.length <= 40 && findPublicationDate(next) && /^\p{Lu}/u.test(line) && line.length <= 60) source = line;
  }
  // A reference manager's report (Zotero, EndNote, Mendeley): the item's title is the heading over its type's field.
  const heading = head.findIndex((l) => l !== '');
  if (title === null && heading >= 0 && !found[heading] && found[heading + 1] && ITEM_TYPE_LABEL.test(found[heading + 1]!.label)) title = head[heading]!;
  // A headline under the block, right above the story: the last headline-shaped line after the last field.
  const lastField = found.findLastIndex((f) => f !== null);
  if (title === null && lastField >= 0) {
    // (Past the rule that closes the block: "------".)
    // (Nor a desk's note on what the version adds, "(Adds comment from ministry in paragraph 5)".)
    const under = head.slice(lastField + 1).filter((l) => l !== '' && !TEXT_MARK.test(l) && !/^by\s+\p{Lu}/iu.test(l) && !/^[-=_*~]{5,}$/.test(l) && !DESK_NOTE.test(l));
    const line = under.at(-1);
    if (under.length === 1 && line && line.split(/\s+/).length >= 3 && line.length <= 200 && !/[.:;,]$/.test(line) && !findPublicationDate(line)) title = line;
  }
  if (title === null) return null;
  // A tool's "Title:" field over the saved page, whose own headline recurs under the fields with its credit and date
  // lines: the page is read as a page, the fields being the tool's header.
  const bare = (splitSiteSuffix(title)?.headline ?? title).trim().toLowerCase();
  const lastLabelled = found.findLastIndex((f) => f !== null && TITLE_LABEL.test(f.label));
  // (Not a clipping's "Full text:" under its fields, where the headline recurs right over the story's paragraphs.)
  const recurs = lastLabelled < 0 ? -1 : head.findIndex((l, k) => k > lastLabelled && !found[k] && l.toLowerCase() === bare);
  if (bare.length >= 20 && recurs >= 0 && head.slice(recurs + 1).some((l) => l !== '' && readHeaderLine(l) !== null)) return null;
  // An agency's copy opens with the agency's nameplate: its own copy's publisher.
  const nameplate = head.find((l) => l !== '');
  if (routing && source === null && nameplate && !fieldOf(nameplate) && nameplate.length <= 80 && !/\d/.test(nameplate) && /^\p{Lu}[\p{L}&'’. ()-]+$/u.test(nameplate)) {
    source = agencyOfServiceBanner(nameplate) ?? /^(\p{Lu}{2,6})\s+[-–—]\s+\p{Lu}/u.exec(nameplate)?.[1] ?? (nameplate === nameplate.toUpperCase() ? displayName(nameplate) : nameplate);
  }
  // The page pasted into the record's note under a line of the reader's own ("Full text copied from the page:"): the
  // story starts under the page's headline and its credit and date lines, and the page's own date is the outlet's.
  const pasted = lines.findIndex((l, k) => k > lastField && k < body + MAX_NOTE_LINES && l.trim().toLowerCase() === bare);
  if (pasted >= 0) {
    let k = pasted + 1;
    let pageDate: string | null = null;
    for (; k < lines.length && k <= pasted + MAX_NOTE_LINES; k++) {
      const line = lines[k]!.trim();
      if (line === '') continue;
      const info = readHeaderLine(line);
      if (info === null || isStoryLine(line)) break;
      if (info.publishedAt) pageDate ??= line;
    }
    body = Math.max(body, k);
    if (pageDate !== null) published = pageDate;
  }
  const gathered = new ParagraphLines();
  for (let i = body; i < lines.length; i++) {
    const line = lines[i]!.trim();
    // A rule under the story closes it: the tool's notes follow ("Comms response: ...", "Internal use only").
    if ((line.length <= MAX_END_LINE && END_LINE.test(line)) || (/^[-=_*~]{5,}$/.test(line) && !gathered.empty)) break;
    if (line === '') gathered.end();
    else if ((fieldOf(line) && !isStoryLine(line)) || isRightsLine(line)) {
      // A field under the story ("Reporter: Jane Roe", "Editor: John Doe") stands on its own line, not in a paragraph;
      // so does the rights line under it, which no hard wrap joins to the story's last line.
      gathered.end();
      gathered.add(line);
      gathered.end();
    } else if (!TEXT_MARK.test(line)) {
      gathered.add(line);
      // (A copy without blank lines: a line longer than any hard wrap that ends a sentence is a paragraph of its own.)
      if (line.length > MAX_WRAPPED_LINE && /[.!?…"”»’)]$/u.test(line)) gathered.end();
    }
  }
  gathered.end();
  const paragraphs = gathered.paragraphs.map(collapseSpaces);
  // An agency item dated by a UTC stamp (its filing time, or when it was received) and a yearless dateline: the
  // dateline's day, the local one.
  const stamp = published ?? labelled.find((f) => RECEIPT_LABEL.test(f.label))?.value ?? null;
  if (stamp && paragraphs[0] && (published === null || UTC_STAMP.test(published))) published = datelineDayNear(paragraphs[0], stamp)?.value ?? published;
  // The tool's fields after the story ("Remarks:", "Record Number:", "Filed under:"), and the agency's credit lines
  // among them, whose reporters wrote it ("Reporter: Jane Roe, John Doe" over "Editor: Ann Poe").
  let end = paragraphs.length;
  while (end > 1 && (fieldOf(paragraphs[end - 1]!) || isRightsLine(paragraphs[end - 1]!)) && !isStoryLine(paragraphs[end - 1]!)) end--;
  for (const field of paragraphs.splice(end).map(fieldOf)) {
    if (field && authors.length === 0 && AUTHOR_LABEL.test(field.label)) authors = authorsOf(field.value, false);
  }
  // (One "Author:" field per writer: a one-word name stays a person's, not read as an outlet in a list of names.)
  return withParagraphs(fields([['Title', title], ...authors.map((a): [string, string] => ['Author', a]), ['Published', published], ['Source', source]]), paragraphs);
}
