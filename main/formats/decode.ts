/**
 * Bytes -> text: byte-order marks, UTF-8, legacy Windows-1252, binary detection, newline normalisation.
 * Node's TextDecoder('windows-1252') decodes as Latin-1 (0x93 -> U+0093), so legacy text goes through iconv-lite.
 */
import iconv from 'iconv-lite';
import { FormatProblem } from './problem';

export interface DecodedText {
  /** The text with newlines normalised to "\n" and no byte-order mark. */
  text: string;
  /** e.g. "utf-8", "utf-8 (BOM)", "utf-16le", "windows-1252". */
  encoding: string;
  warnings: string[];
}

export interface DecodeOptions {
  /** A charset the file declares about itself (HTML <meta charset>), used when the bytes are not UTF-8. */
  declaredCharset?: string | null;
}

/** Bytes inspected for NULs: git's heuristic, a binary file shows one early. */
const NUL_WINDOW = 8000;
/** Bytes inspected for other control characters. */
const CONTROL_WINDOW = 64 * 1024;

const MAGIC: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or a Word/OpenDocument file)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
];

export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  if (bytes.length === 0) throw new FormatProblem('empty', 'The file is empty.');

  const withBom = decodeByBom(bytes);
  const decoded = withBom ?? decodeWithoutBom(bytes, options.declaredCharset ?? null);
  let text = decoded.text;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (withBom) rejectBinaryText(text);
  if (text.includes('\u0000')) {
    text = text.replace(/\u0000/g, '');
    decoded.warnings.push('NUL characters in the text were removed.');
  }
  text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new FormatProblem('empty', 'The file contains only blank space, no text.');
  return { text, encoding: decoded.encoding, warnings: decoded.warnings };
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const { text, warnings } = decodeUtf8Lenient(bytes.subarray(3));
    return { text, encoding: 'utf-8 (BOM)', warnings };
  }
  if (b0 === 0xff && b1 === 0xfe) return { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'utf-16le', warnings: [] };
  if (b0 === 0xfe && b1 === 0xff) return { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'utf-16be', warnings: [] };
  return null;
}

function decodeWithoutBom(bytes: Uint8Array, declaredCharset: string | null): DecodedText {
  const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (magic) throw new FormatProblem('binary', `This file is ${magic.what}, not text.`);

  const utf16 = sniffUtf16WithoutBom(bytes);
  if (utf16) {
    const text = decodeUtf16(bytes, utf16);
    rejectBinaryText(text);
    return { text, encoding: `utf-16${utf16}`, warnings: [] };
  }

  const nulAt = bytes.subarray(0, NUL_WINDOW).indexOf(0);
  if (nulAt >= 0) throw new FormatProblem('binary', 'This file contains binary data (NUL bytes), not text.');
  if (tooManyControlBytes(bytes.subarray(0, CONTROL_WINDOW))) {
    throw new FormatProblem('binary', 'This file contains binary data (many control characters), not text.');
  }

  try {
    return { text: strictUtf8Decoder.decode(bytes), encoding: 'utf-8', warnings: [] };
  } catch {
    // Not valid UTF-8: decide below between UTF-8 with a few bad bytes and a legacy charset.
  }
  const survey = surveyUtf8(bytes);
  // A few bad bytes in text that is otherwise UTF-8: keep UTF-8 and say so.
  if (survey.multibyte > 0 && survey.multibyte >= survey.invalid) {
    const { text, warnings } = decodeUtf8Lenient(bytes);
    return { text, encoding: 'utf-8', warnings };
  }
  const legacy = legacyCharset(declaredCharset);
  return { text: iconv.decode(toBuffer(bytes), legacy), encoding: legacy, warnings: [] };
}

const utf8Decoder = new TextDecoder('utf-8');
const strictUtf8Decoder = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8Lenient(bytes: Uint8Array): { text: string; warnings: string[] } {
  const survey = surveyUtf8(bytes);
  const text = utf8Decoder.decode(bytes);
  const warnings =
    survey.invalid > 0
      ? [`${survey.invalid} invalid UTF-8 byte${survey.invalid === 1 ? ' was' : 's were'} replaced with \uFFFD.`]
      : [];
  return { text, warnings };
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  return iconv.decode(toBuffer(bytes), order === 'le' ? 'utf-16le' : 'utf-16be');
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** UTF-16 without a BOM shows as text with a NUL in every other byte (for Latin script). */
function sniffUtf16WithoutBom(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'be';
  return null;
}

/** Control bytes other than tab, newline, vertical tab, form feed, carriage return and escape. */
function isBinaryControl(c: number): boolean {
  return c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1b;
}

/** Text may hold a stray control character or two; binary data holds many. */
function tooManyControls(controls: number, sampleLength: number): boolean {
  return controls >= 4 && controls > sampleLength * 0.01;
}

function tooManyControlBytes(sample: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isBinaryControl(sample[i]!)) controls++;
  return tooManyControls(controls, sample.length);
}

function rejectBinaryText(text: string): void {
  const sampleLength = Math.min(text.length, CONTROL_WINDOW);
  let controls = 0;
  for (let i = 0; i < sampleLength; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || isBinaryControl(c)) controls++;
  }
  if (tooManyControls(controls, sampleLength)) {
    throw new FormatProblem('binary', 'This file contains binary data (many control characters), not text.');
  }
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes. */
export function surveyUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else {
      invalid++;
      i++;
      continue;
    }
    let cp = b & (0x3f >> need);
    let ok = i + need < n;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** The legacy charset to use when the bytes are not UTF-8: the declared one if we know it, else Windows-1252. */
function legacyCharset(declared: string | null): string {
  if (!declared) return 'windows-1252';
  const label = declared.trim().toLowerCase();
  // Per WHATWG, Latin-1 labels mean Windows-1252; a UTF-8 declaration on non-UTF-8 bytes is wrong, so fall back.
  if (label === 'iso-8859-1' || label === 'latin1' || label === 'us-ascii' || label === 'ascii' || label.startsWith('utf')) {
    return 'windows-1252';
  }
  return iconv.encodingExists(label) ? label : 'windows-1252';
}
