/**
 * PDFs for the benchmarks: generated articles typeset in two columns (title block, running heads, page
 * numbers), with the typesetter of the PDF test fixtures. Needs pdf-lib, a development dependency: the
 * benchmarks run from the sources.
 */
import { readFile, unlink, writeFile } from 'node:fs/promises';
import type { ParsedArticle } from '../../shared/model';
import { articlePath, fileToArticle, type GeneratedArticle } from './generate-articles';

/** A two-column PDF of one or more generated articles (the first gives the title; the others are sections). */
export async function articlesToPdf(articles: readonly GeneratedArticle[]): Promise<Uint8Array> {
  const { twoColumnPdf } = await import('../testdata/pdf/make-pdfs');
  const [first] = articles;
  if (!first) throw new Error('no article to typeset');
  const paragraphs: string[] = [];
  articles.forEach((a, i) => {
    if (i > 0) paragraphs.push(`# ${a.title}`);
    paragraphs.push(...a.text.split('\n\n'));
  });
  return twoColumnPdf({
    title: first.title,
    authors: first.authors,
    date: first.publishedAt,
    dateLine: first.publishedAt,
    paragraphs,
    runningHead: `${first.publisher} · ${first.title}`.slice(0, 90),
    metadata: true,
  });
}

/** Where the bench library keeps an article written as a PDF. */
export function pdfPath(dir: string, index: number, id: string): string {
  return articlePath(dir, index, id).replace(/\.txt$/, '.pdf');
}

/** Turns `count` of the library's plain-text articles, evenly spread, into PDFs of the same text; returns their ids. */
export async function convertToPdfs(dir: string, ids: readonly string[], count: number): Promise<Set<string>> {
  const chosen = new Set<string>();
  const step = ids.length / Math.min(count, ids.length);
  for (let k = 0; k < Math.min(count, ids.length); k++) {
    const i = Math.floor(k * step);
    const id = ids[i]!;
    const txt = articlePath(dir, i, id);
    const article = fileToArticle(id, await readFile(txt, 'utf8'));
    await writeFile(pdfPath(dir, i, id), await articlesToPdf([article]));
    await unlink(txt);
    chosen.add(id);
  }
  return chosen;
}

/** A PDF read by Dossier, in the shape the bench indexes. */
export function pdfArticle(id: string, parsed: ParsedArticle): GeneratedArticle {
  return {
    id,
    title: parsed.title,
    authors: parsed.authors,
    publisher: parsed.publisher ?? '',
    publishedAt: parsed.publishedAt?.value ?? '',
    text: parsed.text,
    entities: [], // the bench indexes the generator's entities by id
    tags: [],
  };
}
