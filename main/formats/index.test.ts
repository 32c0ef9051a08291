import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FormatProblem, IGNORE_MARKER, formatOf, hasIgnoreMarker, isSupportedFile, parseArticle, problemCodeForWarning, readArticle } from './index';
import { TempFolder, goldDir, sampleLibraryDir } from './temp-files.test-helper';

const folder = new TempFolder();
afterAll(() => folder.remove());

describe('file names', () => {
  it('knows the supported extensions, in any case', () => {
    expect(formatOf('a.txt')).toBe('txt');
    expect(formatOf('dir/A.TXT')).toBe('txt');
    expect(formatOf('a.md')).toBe('md');
    expect(formatOf('a.markdown')).toBe('md');
    expect(formatOf('a.html')).toBe('html');
    expect(formatOf('C:\\lib\\a.HTM')).toBe('html');
    expect(formatOf('Report.PDF')).toBe('pdf');
    expect(formatOf('mail.eml')).toBe('eml');
    expect(formatOf('page.mht')).toBe('mht');
    expect(formatOf('page.MHTML')).toBe('mht');
    expect(isSupportedFile('notes.docx')).toBe(false);
    expect(isSupportedFile('Makefile')).toBe(false);
    expect(isSupportedFile('.txt')).toBe(false);
    expect(isSupportedFile('._article.txt')).toBe(false);
  });
});

describe('parseArticle', () => {
  it('dispatches on the extension', () => {
    const content = '# Heading\n\nBody <b>text</b>.\n';
    expect(folder.parse('same.txt', content).format).toBe('txt');
    // Plain text drops a Markdown-ish heading mark from its title but reads no markup in the body.
    expect(folder.parse('same.txt', content).title).toBe('Heading');
    expect(folder.parse('same.txt', content).text).toBe('Body <b>text</b>.');
    expect(folder.parse('same.md', content).title).toBe('Heading');
    expect(folder.parse('same.md', content).text).toBe('Body text.');
    expect(folder.parse('same.html', content).format).toBe('html');
  });

  it('throws an unsupported problem for other files', () => {
    try {
      parseArticle(new TextEncoder().encode('PK'), 'paper.docx');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(FormatProblem);
      expect((err as FormatProblem).code).toBe('unsupported');
      expect((err as FormatProblem).message).toBe('Dossier does not read ".docx" files.');
    }
  });

  it('leaves PDF and MIME files to readArticle, which reads every format', async () => {
    expect(() => parseArticle(new TextEncoder().encode('%PDF-1.7'), 'paper.pdf')).toThrow(/use readArticle/);
    const article = await readArticle(new TextEncoder().encode('Title\n\nBody text.\n'), 'a.txt');
    expect(article).toEqual(parseArticle(new TextEncoder().encode('Title\n\nBody text.\n'), 'a.txt'));
  });

  it('maps warnings to problem codes', () => {
    const bad = folder.parse('bad.txt', Buffer.concat([Buffer.from('Título\n\nAñadido ', 'utf8'), Buffer.from([0xc3]), Buffer.from(' fin.\n')]));
    expect(bad.warnings.map(problemCodeForWarning)).toEqual(['invalid-encoding']);
    const broken = folder.parse('broken.html', '<div><p>Some text that is here.</p>');
    expect(broken.warnings.map(problemCodeForWarning)).toEqual(['parse-error']);
  });
});

describe('documentation files', () => {
  it('the sample library README and the gold README are marked or outside the library', () => {
    const readme = new Uint8Array(readFileSync(join(sampleLibraryDir, 'README.md')));
    expect(hasIgnoreMarker(readme)).toBe(true);
    expect(new TextDecoder().decode(readme).split('\n')[0]).toBe(IGNORE_MARKER);
    const attribution = 'Fondazione Bruno Kessler, VU University Amsterdam, Universidad del País';
    for (const path of [join(sampleLibraryDir, 'README.md'), join(goldDir, 'README.md')]) {
      const text = readFileSync(path, 'utf8').replace(/\s+/g, ' ');
      expect(text).toContain(`© 2015 ${attribution} Vasco`);
      expect(text).toContain('CC BY 4.0');
      expect(text).toContain('http://creativecommons.org/licenses/by/4.0/');
    }
  });

  it('an ordinary article has no marker', () => {
    expect(hasIgnoreMarker(new TextEncoder().encode('Title\n\n<!-- dossier:ignore -->'))).toBe(false);
    expect(hasIgnoreMarker(new TextEncoder().encode('\uFEFF<!-- dossier:ignore -->\n# Doc'))).toBe(true);
  });
});
