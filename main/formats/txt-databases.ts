/**
 * Documents exported from the two big news databases as text, rewritten into export fields ("Title:", "Author:",
 * "Published:", "Source:") above the story's paragraphs, the database's own lines left out:
 *
 * - Factiva: two- and three-letter field codes at the start of a line ("HD" headline, "BY" byline, "PD"
 *   publication date, "SN" source name, "LP" lead paragraphs, "TD" text, "CO"/"IN"/"NS"/"RE"/"AN" index codes),
 *   a running "Page 1 of 2 © ... Factiva" line and a closing "Search Summary" table;
 * - Nexis Uni / LexisNexis: a download header (user, date and time, job number, search terms), then the
 *   headline, source, date and edition lines, named fields ("Section:", "Length: 421 words", "Byline:",
 *   "Dateline:", "Highlight:"), a "Body" label over the paragraphs, "Load-Date:" and "End of Document";
 * - ProQuest: "Title:", "Author:" (surname first), "Publication info:", then "Full text:" opening the story and
 *   the document's fields after it ("Publication title:", "Publication date:", "ProQuest document ID:", ...);
 * - EBSCOhost: a record's fields ("Title:", "Authors:" one surname-first name a line, "Source: Paper (Country).
 *   3/22/2024.", "Accession Number:", "Database:"), then the story, its headline repeated in capitals above it,
 *   and a closing "Copyright of <paper> is the property of ..." notice.
 *
 * Dates of the download, search or loading are the database's, not the story's, and are not read.
 */
import { readByline } from './byline';
import { findPublicationDate, withNumericDatesResolved } from './dates';
import { blankLineParagraphs } from './text-blocks';
import { fields, withParagraphs } from './txt-fields';

export function unwrapNewsDatabase(lines: string[]): string | null {
  return unwrapFactiva(lines) ?? unwrapNexis(lines) ?? unwrapProQuest(lines) ?? unwrapEbsco(lines);
}

function isoDate(text: string): string | null {
  return findPublicationDate(text)?.date.value ?? null;
}

/** The people a credit line names ("By Jane Roe", "Jane Roe, Transport Correspondent"), joined for an "Author:" field. */
function creditedPeople(value: string): string | null {
  const credit = readByline(/^by\b/i.test(value.trim()) ? value : `By ${value}`);
  return credit && credit.authors.length > 0 ? credit.authors.join(', ') : null;
}

/** Names in a library's order ("Roe, Jane"), each turned round and read as a credit; what names no one is left out. */
function libraryOrderPeople(names: readonly string[]): string[] {
  return names
    .map((name) => name.replace(/^([^,]+),\s*([^,]+)$/, '$2 $1').trim())
    .map((name) => creditedPeople(name))
    .filter((name): name is string => name !== null);
}

// ---------------------------------------------------------------------------------------------------------------
// Factiva

/**
 * Factiva's field codes: headline, column, section, byline, credit, word count, publication date, time, source
 * name and code, edition, page, volume, language, copyright, lead paragraphs, text, art (captions), contact,
 * reference, and the index codes after the story (company, industry, subject, region, publisher, accession).
 */
const CODES = 'HD|CLM|SE|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|ART|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN';
/** A code alone, or padded to four columns before its value ("HD  Headline", "IPD Planning"): "IN a word" is not one. */
const FACTIVA_CODE = new RegExp(`^(${CODES})(?:$|(?<=^[A-Z]{2})\\s{2,}(.*)$|(?<=^[A-Z]{3})\\s+(.*)$)`);
/** Codes whose block is the story's text. */
const FACTIVA_TEXT = new Set(['LP', 'TD']);

function unwrapFactiva(lines: string[]): string | null {
  const coded = lines.map((l) => FACTIVA_CODE.exec(l.trim()));
  const codes = new Set(coded.filter((m) => m !== null).map((m) => m![1]!));
  // A story's export has its headline, its text and at least two of the header codes.
  if (!codes.has('HD') || !(codes.has('LP') || codes.has('TD')) || ['BY', 'PD', 'SN', 'WC', 'AN', 'SC'].filter((c) => codes.has(c)).length < 2) return null;
  const values = new Map<string, string>();
  const text: string[] = [];
  let current: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const m = coded[i];
    if (m) {
      current = m[1]!;
      const value = m[2] ?? m[3] ?? '';
      if (FACTIVA_TEXT.has(current)) text.push('', value);
      else if (!values.has(current)) values.set(current, value);
      continue;
    }
    // The search summary table after the story, and Factiva's running lines.
    if (/^search summary$/i.test(line)) break;
    if (current === null) continue;
    if (FACTIVA_TEXT.has(current)) text.push(line);
    // A field's value wrapped onto the next lines (a long headline); a blank line ends it.
    else if (line === '') current = current === 'HD' || current === 'BY' ? null : current;
    else if (current === 'HD' || current === 'BY') values.set(current, `${values.get(current) ?? ''} ${line}`);
  }
  const paragraphs = blankLineParagraphs(text.join('\n'));
  if (paragraphs.length === 0) return null;
  const by = values.get('BY') ?? '';
  return withParagraphs(
    fields([
      ['Title', values.get('HD')],
      ['Author', creditedPeople(by)],
      ['Published', isoDate(values.get('PD') ?? '')],
      ['Source', values.get('SN') ?? values.get('PUB')],
    ]),
    paragraphs,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Nexis Uni / LexisNexis

/** The named fields of a Nexis document (above the body) and after it (below the body). */
const NEXIS_FIELD = /^(section|length|byline|dateline|highlight|edition|type|series|language|publication-type|subject|geographic|load-date|classification|graphic|correction-date|journal-code|notes|organization|person|industry|company|ticker|city|state|country):\s*(.*)$/i;
const NEXIS_LENGTH = /^length:\s*\d[\d,]*\s+words$/i;
const NEXIS_END = /^end of document$/i;
/** The download header's lines and the search summary ("User Name:", "Job Number:", "Search Terms:", "Narrowed by:"). */
const NEXIS_SEARCH_LINE = /^(?:(?:user name|date and time|job number|client\/matter|search terms|search type|narrowed by|content type|sources?|timeline|print request|time of request|send to)\s*:|documents?\s*\(\d+\)|\d{1,5}\s+of\s+\d{1,5}\s+documents?$|\d{1,3}\.\s)/i;

function unwrapNexis(lines: string[]): string | null {
  const trimmed = lines.map((l) => l.trim());
  const length = trimmed.findIndex((l) => NEXIS_LENGTH.test(l));
  if (length < 0 || !trimmed.some((l) => NEXIS_END.test(l) || /^load-date:/i.test(l))) return null;
  // "Body" labels the story; older LexisNexis copies ("LENGTH:", "BYLINE:" in capitals) start it after the fields.
  let bodyLabel = trimmed.findIndex((l, i) => i > length && /^body$/i.test(l));
  if (bodyLabel < 0) {
    bodyLabel = length;
    while (bodyLabel + 1 < trimmed.length && (NEXIS_FIELD.test(trimmed[bodyLabel + 1]!) || trimmed[bodyLabel + 1] === '')) bodyLabel++;
  }
  // The fields block: from the first field line above "Length:" down to "Body".
  let fieldsStart = length;
  while (fieldsStart > 0 && (NEXIS_FIELD.test(trimmed[fieldsStart - 1]!) || trimmed[fieldsStart - 1] === '')) fieldsStart--;
  const named = new Map<string, string>();
  for (const l of trimmed.slice(fieldsStart, bodyLabel)) {
    const m = NEXIS_FIELD.exec(l);
    if (m && !named.has(m[1]!.toLowerCase())) named.set(m[1]!.toLowerCase(), m[2]!);
  }
  // Above the fields: the copyright line, and above it the document's headline, source, date and edition lines.
  const top: string[] = [];
  for (let i = fieldsStart - 1; i >= 0; i--) {
    const l = trimmed[i]!;
    if (l === '') continue;
    // A table row of the search summary (columns apart by runs of spaces) or a download-header line ends the block.
    if (NEXIS_SEARCH_LINE.test(l) || / {3,}|\t/.test(l)) break;
    top.unshift(l);
  }
  const block = top.filter((l) => !/^copyright\b|^©|all rights reserved\.?$/i.test(l));
  const dateAt = block.findIndex((l) => isoDate(l) !== null && l.length <= 60);
  let title: string | null = null;
  let source: string | null = null;
  let published: string | null = null;
  // Older copies set the headline under the source and date (and edition) lines.
  const below = dateAt >= 0 ? block.slice(dateAt + 1).filter((l) => !/\bedition\b/i.test(l)) : [];
  if (dateAt === 1 && below.length > 0) {
    published = isoDate(block[1]!);
    source = block[0]!;
    title = below.join(' ');
  } else if (dateAt >= 1) {
    published = isoDate(block[dateAt]!);
    source = dateAt >= 2 ? block[dateAt - 1]! : null;
    title = block.slice(0, dateAt >= 2 ? dateAt - 1 : dateAt).join(' ');
  } else if (block.length > 0) {
    title = block[0]!;
  }
  const body: string[] = [];
  for (const l of trimmed.slice(bodyLabel + 1)) {
    if (NEXIS_END.test(l) || /^(?:load-date|classification|graphic|correction-date|notes):/i.test(l)) break;
    body.push(l);
  }
  const paragraphs = blankLineParagraphs(body.join('\n'));
  if (paragraphs.length === 0) return null;
  return withParagraphs(
    fields([['Title', title], ['Author', creditedPeople(named.get('byline') ?? '')], ['Published', published], ['Source', source]]),
    paragraphs,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// ProQuest

/** The fields of a ProQuest document record (before and after its full text). */
const PROQUEST_FIELD = /^(title|author|authors|publication info|abstract|links|subject|location|people|company \/ organization|identifier \/ keyword|publication title|publication year|publication date|year|section|publisher|place of publication|country of publication|publication subject|source type|language of publication|document type|proquest document id|document url|copyright|last updated|database|credit|caption|dateline|byline|pages|issn|e-issn|accession number|first page|volume|issue)\s*:\s*(.*)$/i;

const FULL_TEXT_LABEL = /^full text(?:\s*:\s*|$)/i;

/** The counter a multi-document export sets above each record. */
const EXPORT_COUNTER = /^document \d+ of \d+$/i;

function unwrapProQuest(lines: string[]): string | null {
  const trimmed = lines.map((l) => l.trim());
  // "Full text: The story..." in older exports; a "FULL TEXT" heading over it, and "DETAILS" over the fields, in newer.
  const full = trimmed.findIndex((l) => FULL_TEXT_LABEL.test(l));
  if (full < 0) return null;
  const named = new Map<string, string>();
  for (const l of trimmed) {
    const m = PROQUEST_FIELD.exec(l);
    if (m && !named.has(m[1]!.toLowerCase())) named.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  if (['publication title', 'publication date', 'proquest document id', 'document url', 'publication info', 'database'].filter((k) => named.has(k)).length < 2) return null;
  const body: string[] = [trimmed[full]!.replace(FULL_TEXT_LABEL, '')];
  for (const l of trimmed.slice(full + 1)) {
    if (PROQUEST_FIELD.test(l) || /^details$/i.test(l)) break;
    body.push(l);
  }
  const paragraphs = blankLineParagraphs(body.join('\n'));
  if (paragraphs.length === 0) return null;
  // "Roe, Jane; Doe, John": names set surname first, parted by semicolons. Newspaper records may carry the credit
  // as printed under "Byline:" instead.
  const authors = libraryOrderPeople((named.get('author') ?? named.get('authors') ?? named.get('byline') ?? '').split(/\s*;\s*/));
  // Without a "Title:" field the headline is the first line, below the export's "Document 3 of 12" counter.
  const title = named.get('title') ?? trimmed.find((l) => l !== '' && !EXPORT_COUNTER.test(l)) ?? null;
  const date = isoDate(named.get('publication date') ?? named.get('publication info') ?? '');
  // "The Wrenfield Star; Wrenfield": the place of publication follows the paper's name after a semicolon.
  const source = (named.get('publication title') ?? named.get('publication info'))?.split(';')[0]!.trim() ?? null;
  return withParagraphs(fields([['Title', title], ...authors.map((a): [string, string] => ['Author', a]), ['Published', date], ['Source', source]]), paragraphs);
}

// ---------------------------------------------------------------------------------------------------------------
// EBSCOhost

/** An EBSCOhost record's field labels. */
const EBSCO_FIELD = /^(record|title|authors?|source|document type|subject terms|geographic terms|company\/entity|people|reviews & products|abstract|lexile|full text word count|issn|accession number|persistent link to this record(?: \(permalink\))?|cut and paste|database|section|language|publication type|ntis)\s*:\s*(.*)$/i;

function unwrapEbsco(lines: string[]): string | null {
  const trimmed = lines.map((l) => l.trim());
  const named = new Map<string, string[]>();
  let current: string | null = null;
  let end = -1;
  for (let i = 0; i < trimmed.length; i++) {
    const l = trimmed[i]!;
    const m = EBSCO_FIELD.exec(l);
    if (m) {
      current = m[1]!.toLowerCase();
      named.set(current, [...(named.get(current) ?? []), m[2]!.trim()]);
      end = i;
    } else if (l === '') {
      // The fields end at the first blank line after them; the story follows.
      if (current !== null) break;
    } else if (current !== null) {
      // A field's further values, one a line (authors, subject terms).
      named.get(current)!.push(l);
      end = i;
    }
  }
  if (!named.has('accession number') || !named.has('source') || !(named.has('database') || /^ebscohost$/i.test(trimmed[0] ?? ''))) return null;
  const title = (named.get('title')?.[0] ?? '').replace(/\.$/, '');
  // "Gaborone Sentinel (Botswana). 3/22/2024.": the paper, the country in brackets, the date.
  const source = named.get('source')![0]!;
  const outlet = source.split(/\.\s|\s\(/)[0]!.trim().replace(/\.$/, '');
  // EBSCO writes numeric dates month first, as in the United States.
  const date = isoDate(withNumericDatesResolved(source, 'month-first'));
  const authors = libraryOrderPeople(named.get('authors') ?? named.get('author') ?? []);
  const body: string[] = [];
  for (const l of trimmed.slice(end + 1)) {
    if (/^copyright of\b/i.test(l)) break;
    body.push(l);
  }
  const paragraphs = blankLineParagraphs(body.join('\n'));
  // The headline repeated above the story, in capitals.
  if (paragraphs.length > 0 && paragraphs[0]!.toLowerCase().replace(/\.$/, '') === title.toLowerCase()) paragraphs.shift();
  if (paragraphs.length === 0) return null;
  return withParagraphs(fields([['Title', title], ...authors.map((a): [string, string] => ['Author', a]), ['Published', date], ['Source', outlet]]), paragraphs);
}
