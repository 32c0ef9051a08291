/**
 * MIME messages (e-mail, and the MHTML of saved web pages) parsed with postal-mime: headers decoded,
 * quoted-printable and base64 undone, parts decoded from their charsets. Parsing is bounded by
 * postal-mime's own limits (nesting, part count, header size), set here.
 */
import iconv from 'iconv-lite';
import PostalMime, { type Email } from 'postal-mime';
import { FormatProblem } from './problem';

export type { Email } from 'postal-mime';

const LIMITS = {
  maxNestingDepth: 64,
  maxPartCount: 2000,
  maxHeadersSize: 2 * 1024 * 1024,
  maxRfc822NestingDepth: 4,
};

/** Parses a MIME message; a message that breaks postal-mime's limits or cannot be parsed is a FormatProblem. */
export async function readMime(bytes: Uint8Array, what: string): Promise<Email> {
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, { ...LIMITS, attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    const e = error as { code?: string; message?: string };
    const reason = e.code?.startsWith('EMAX') ? `it is built beyond sane limits (${e.message ?? e.code})` : (e.message ?? String(error));
    throw new FormatProblem('parse-error', `The ${what} could not be read: ${reason}.`, { cause: error });
  }
  if (email.subject) email.subject = repairC1(email.subject);
  if (email.text) email.text = repairC1(email.text);
  if (email.html) email.html = repairC1(email.html);
  return email;
}

let c1Table: Map<string, string> | undefined;

/**
 * Node 20's TextDecoder decodes windows-1252 as Latin-1, leaving curly quotes and dashes (0x80–0x9F) as
 * C1 control characters. Those never occur in real text, so they are mapped to what windows-1252 means,
 * as the WHATWG Encoding Standard does for every Latin-1 label.
 */
export function repairC1(text: string): string {
  if (!/[\u0080-\u009f]/.test(text)) return text;
  if (!c1Table) {
    c1Table = new Map();
    for (let b = 0x80; b <= 0x9f; b++) c1Table.set(String.fromCharCode(b), iconv.decode(Buffer.from([b]), 'windows-1252'));
  }
  const table = c1Table;
  return text.replace(/[\u0080-\u009f]/g, (c) => table.get(c) ?? c);
}

/** The value of the first header named `key` (lower case), unfolded. */
export function headerOf(email: Email, key: string): string | null {
  return email.headers.find((h) => h.key === key)?.value.trim() || null;
}
