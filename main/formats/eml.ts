/**
 * E-mail messages (.eml): the subject is the title, the sender the author, the Date header the date; the
 * body is the plain-text part when there is one (quoted replies kept as quotes, the signature set apart),
 * else the text of the HTML part. Attachments are listed, not read.
 */
import { parseHTML } from 'linkedom';
import type { Attachment, ParsedArticle, PublishedDate } from '../../shared/model';
import { decodeText } from './decode';
import { blocksOf } from './html-blocks';
import { headerOf, readMime, type Email } from './mime';
import { FormatProblem } from './problem';
import { assembleArticle, collapseSpaces, titleFromFileName, type Block } from './text-blocks';

export async function parseEml(bytes: Uint8Array, fileName: string): Promise<ParsedArticle> {
  // A binary file named .eml is refused the way any text format refuses one.
  decodeText(bytes.subarray(0, 64 * 1024));
  if (!startsWithHeaders(bytes)) {
    throw new FormatProblem('parse-error', 'This file does not start with e-mail headers ("From:", "Subject:"…), so it is not an e-mail message.');
  }
  const email = await readMime(bytes, 'e-mail message');
  const warnings: string[] = [];

  let blocks: Block[];
  const boilerplate: string[] = [];
  if (email.text && email.text.trim() !== '') {
    const { body, signature } = splitSignature(email.text);
    blocks = plainTextBlocks(body);
    if (signature) boilerplate.push(signature);
  } else if (email.html && email.html.trim() !== '') {
    const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${email.html}</body></html>`);
    blocks = blocksOf(document.body as unknown as Element).blocks;
  } else {
    blocks = [];
  }
  const subject = collapseSpaces(email.subject ?? '');
  if (blocks.length === 0) {
    if (subject === '') throw new FormatProblem('empty', 'The message has neither a subject nor any text.');
    warnings.push('The message has no text body.');
  }

  return {
    ...assembleArticle({
      format: 'eml',
      title: subject || titleFromFileName(fileName),
      authors: sendersOf(email),
      publisher: null,
      publishedAt: sentAt(email),
      blocks,
      captions: [],
      boilerplate,
      fileTags: [],
      url: null,
      html: null,
      encoding: 'MIME',
      warnings,
    }),
    attachments: attachmentsOf(email),
  };
}

/** The first line is a header field ("Name: value") or an mbox "From " line. */
function startsWithHeaders(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF|^\s+/, '');
  return /^(?:[\x21-\x39\x3b-\x7e]+:|From )/.test(head);
}

function sendersOf(email: Email): string[] {
  const from = email.from;
  if (!from) return [];
  const mailboxes = from.group ? from.group : [from];
  return mailboxes.map((m) => collapseSpaces(m.name) || m.address || '').filter((n) => n !== '');
}

const MONTHS: Record<string, string> = { jan: '01', feb: '02', mar: '03', apr: '04', may: '05', jun: '06', jul: '07', aug: '08', sep: '09', oct: '10', nov: '11', dec: '12' };

/**
 * The Date header as the sender's clock read it ("Thu, 23 Feb 2023 08:05:00 -0500" is 2023-02-23 08:05 at
 * UTC-5, not the next day in Tokyo).
 */
export function sentAt(email: Email): PublishedDate | null {
  const raw = headerOf(email, 'date');
  const m = raw && /(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([+-])(\d{2})(\d{2}))?)?/.exec(raw);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    let year = Number(m[3]);
    if (year < 100) year += year < 50 ? 2000 : 1900;
    const day = Number(m[1]);
    if (month && day >= 1 && day <= 31) {
      const date = `${year}-${month}-${String(day).padStart(2, '0')}`;
      if (m[4] && m[7]) {
        const time = `${m[4].padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}`;
        return { value: `${date}T${time}${m[7]}${m[8]}:${m[9]}`, precision: 'datetime' };
      }
      return { value: date, precision: 'day' };
    }
  }
  // postal-mime's reading (UTC), when the header is in another shape.
  const iso = email.date && /^(\d{4}-\d{2}-\d{2})T/.exec(email.date);
  return iso ? { value: iso[1]!, precision: 'day' } : null;
}

/** The signature after the standard "-- " separator line, near the end of the message. */
function splitSignature(text: string): { body: string; signature: string | null } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 20); i--) {
    if (lines[i] === '-- ' || lines[i] === '--') {
      return { body: lines.slice(0, i).join('\n'), signature: lines.slice(i + 1).join('\n').trim() || null };
    }
  }
  return { body: lines.join('\n'), signature: null };
}

/**
 * Plain-text mail in paragraphs: blank lines separate them, lines quoted with ">" become quotes, and
 * hard-wrapped lines (the 72-column habit of mail) are joined, while short lines (an address) stay lines.
 */
function plainTextBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let run: string[] = [];
  let quoted = false;
  const flush = () => {
    if (run.some((l) => l.trim() !== '')) blocks.push({ text: joinWrapped(run), kind: quoted ? 'quote' : 'body' });
    run = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    const isQuote = /^\s*>/.test(line);
    const content = isQuote ? line.replace(/^(?:\s*>)+ ?/, '') : line;
    if (content.trim() === '' || isQuote !== quoted || /^\s*(?:[-*•]|\d{1,3}[.)])\s/.test(content)) {
      flush();
      quoted = isQuote;
    }
    if (content.trim() !== '') run.push(content);
  }
  flush();
  return blocks;
}

function joinWrapped(lines: string[]): string {
  const wrapped = lines.length > 1 && lines.slice(0, -1).every((l) => l.length >= 40);
  return lines.map((l) => l.trim()).join(wrapped ? ' ' : '\n');
}

function attachmentsOf(email: Email): Attachment[] {
  return email.attachments
    .filter((a) => !a.related)
    .map((a) => ({
      name: a.filename ? collapseSpaces(a.filename) : '(unnamed)',
      mediaType: a.mimeType,
      size: typeof a.content === 'string' ? a.content.length : a.content.byteLength,
    }));
}
