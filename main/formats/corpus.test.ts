/** The readers against the gold: all 60 MEANTIME corpus articles of the sample library, and every library file's invariants. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParsedArticleSchema } from '../../shared/model';
import { isSupportedFile, parseArticle } from './index';
import { expectParagraphsTileText, goldDir, sampleLibraryDir } from './temp-files.test-helper';

interface CorpusGold {
  title: string;
  publishedAt: string | null;
}

const cases = ['meantime-airbus', 'meantime-apple'].flatMap((folder) =>
  readdirSync(join(goldDir, folder))
    .filter((name) => name.endsWith('.gold.json'))
    .map((name) => ({ folder, id: name.replace('.gold.json', '') })),
);

describe('MEANTIME corpus articles against their gold', () => {
  it('has all 60 gold files, each with its article in the sample library', () => {
    expect(cases).toHaveLength(60);
  });

  it.each(cases)('$folder/$id: title and publication date', ({ folder, id }) => {
    const gold = JSON.parse(readFileSync(join(goldDir, folder, `${id}.gold.json`), 'utf8')) as CorpusGold;
    const bytes = new Uint8Array(readFileSync(join(sampleLibraryDir, folder, `${id}.txt`)));
    const article = parseArticle(bytes, `${folder}/${id}.txt`);
    expect(article.title).toBe(gold.title);
    expect(article.publishedAt).toEqual(gold.publishedAt === null ? null : { value: gold.publishedAt, precision: 'day' });
    expect(article.authors).toEqual([]);
    expect(article.captions).toEqual([]);
    expect(article.boilerplate).toEqual([]);
    expect(article.text).not.toContain(gold.title);
    expect(article.warnings).toEqual([]);
  });
});

function libraryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? libraryFiles(path) : [path];
  });
}

describe('every article of the sample library', () => {
  const files = libraryFiles(sampleLibraryDir)
    .map((path) => relative(sampleLibraryDir, path))
    .filter((path) => isSupportedFile(path) && path !== 'README.md');

  it('are the 61 articles', () => {
    expect(files).toHaveLength(61);
  });

  it('parse to valid articles whose paragraph offsets slice the text', () => {
    for (const path of files) {
      const article = parseArticle(new Uint8Array(readFileSync(join(sampleLibraryDir, path))), path);
      expect(ParsedArticleSchema.parse(article), path).toEqual(article);
      const slices = expectParagraphsTileText(article);
      expect(slices.length, path).toBeGreaterThan(0);
      expect(article.wordCount, path).toBeGreaterThan(50);
    }
  });
});
