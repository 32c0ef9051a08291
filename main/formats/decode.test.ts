import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { FormatProblem } from './problem';
import { TempFolder } from './temp-files.test-helper';

const folder = new TempFolder();
afterAll(() => folder.remove());

const ARTICLE = 'Café “quotes” — naïve\r\n\r\nSecond paragraph, façade.\r\nSame paragraph.\r\rOld Mac paragraph.\n';
const BODY = 'Second paragraph, façade. Same paragraph.\n\nOld Mac paragraph.';

function problemOf(fn: () => unknown): FormatProblem {
  try {
    fn();
  } catch (err) {
    if (err instanceof FormatProblem) return err;
    throw err;
  }
  throw new Error('expected a FormatProblem');
}

describe('decoding', () => {
  it('reads UTF-8 and normalises CRLF and CR newlines', () => {
    const a = folder.parse('utf8.txt', Buffer.from(ARTICLE, 'utf8'));
    expect(a.encoding).toBe('utf-8');
    expect(a.title).toBe('Café “quotes” — naïve');
    expect(a.text).toBe(BODY);
    expect(a.text).not.toMatch(/\r/);
    expect(a.warnings).toEqual([]);
  });

  it('strips a UTF-8 byte-order mark', () => {
    const a = folder.parse('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE, 'utf8')]));
    expect(a.encoding).toBe('utf-8 (BOM)');
    expect(a.title).toBe('Café “quotes” — naïve');
  });

  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = folder.parse('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ARTICLE, 'utf-16le')]));
    expect(le.encoding).toBe('utf-16le');
    expect(le.title).toBe('Café “quotes” — naïve');
    const be = folder.parse('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ARTICLE, 'utf-16be')]));
    expect(be.encoding).toBe('utf-16be');
    expect(be.text).toBe(BODY);
  });

  it('recognises UTF-16 LE without a byte-order mark instead of calling it binary', () => {
    const a = folder.parse('le-nobom.txt', iconv.encode(ARTICLE, 'utf-16le'));
    expect(a.encoding).toBe('utf-16le');
    expect(a.title).toBe('Café “quotes” — naïve');
  });

  it('reads legacy Windows-1252 (curly quotes, é, €) when the bytes are not UTF-8', () => {
    const bytes = iconv.encode('Prices in “euros”\n\nThe café charged €5 for a crème brûlée.\n', 'windows-1252');
    expect(bytes.includes(0x93)).toBe(true);
    const a = folder.parse('legacy.txt', bytes);
    expect(a.encoding).toBe('windows-1252');
    expect(a.title).toBe('Prices in “euros”');
    expect(a.text).toBe('The café charged €5 for a crème brûlée.');
    expect(a.warnings).toEqual([]);
  });

  it('keeps mostly-UTF-8 text with a few bad bytes as UTF-8, replaces them and warns', () => {
    const bytes = Buffer.concat([
      Buffer.from('Naïve title\n\nA café in Zürich ', 'utf8'),
      Buffer.from([0xff]),
      Buffer.from(' served crêpes.\n', 'utf8'),
    ]);
    const a = folder.parse('bad-utf8.txt', bytes);
    expect(a.encoding).toBe('utf-8');
    expect(a.text).toBe('A café in Zürich \uFFFD served crêpes.');
    expect(a.warnings).toEqual(['1 invalid UTF-8 byte was replaced with \uFFFD.']);
  });

  it('rejects an empty file and a file of blank space', () => {
    const empty = problemOf(() => folder.parse('empty.txt', new Uint8Array()));
    expect(empty.code).toBe('empty');
    expect(empty.partial).toBe(false);
    expect(problemOf(() => folder.parse('blank.md', ' \n\r\n\t\n')).code).toBe('empty');
  });

  it('rejects binary content named .txt', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const p = problemOf(() => folder.parse('photo.txt', png));
    expect(p.code).toBe('binary');
    expect(p.message).toMatch(/PNG image/);

    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    expect(problemOf(() => folder.parse('random.txt', random)).code).toBe('binary');

    const nul = Buffer.from('Looks like text\n\nbut\u0000has\u0000NULs', 'utf8');
    expect(problemOf(() => folder.parse('nul.txt', nul)).message).toMatch(/NUL/);
  });

  it('rejects control-character soup without NUL bytes', () => {
    const soup = Buffer.alloc(2000);
    for (let i = 0; i < soup.length; i++) soup[i] = i % 3 === 0 ? 0x01 + (i % 7) : 0x41 + (i % 26);
    expect(problemOf(() => folder.parse('soup.txt', soup)).code).toBe('binary');
  });

  it('tolerates a stray control character in long text', () => {
    const text = `Title\n\n${'Plain words in a row. '.repeat(50)}\u0007end.\n`;
    expect(folder.parse('bell.txt', text).text).toContain('\u0007end.');
  });
});
