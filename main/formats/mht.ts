/**
 * Saved web pages in one file (.mht / .mhtml, "Save as single file"): a MIME multipart/related message
 * whose HTML part is the page. That part, decoded, goes to the HTML reader; the address the page was saved
 * from is its URL when the page does not declare one. (The message's Date is when the page was saved, not
 * when it was published, so it is not used as the article's date.)
 */
import type { ParsedArticle } from '../../shared/model';
import { decodeText } from './decode';
import { parseHtml, type HtmlOptions } from './html';
import { headerOf, readMime } from './mime';
import { FormatProblem } from './problem';

export async function parseMht(bytes: Uint8Array, fileName: string, options: HtmlOptions = {}): Promise<ParsedArticle> {
  decodeText(bytes.subarray(0, 64 * 1024));
  const email = await readMime(bytes, 'saved web page');
  const html = email.html ?? '';
  if (html.trim() === '') {
    throw new FormatProblem('parse-error', 'The saved page holds no HTML part (it is not a web page saved as a single file).');
  }
  const article = parseHtml({ text: html, encoding: 'MHTML', warnings: [] }, fileName, options);
  const savedFrom = headerOf(email, 'snapshot-content-location') ?? headerOf(email, 'content-location');
  return {
    ...article,
    format: 'mht',
    url: article.url ?? (savedFrom && /^https?:\/\//i.test(savedFrom) ? savedFrom : null),
  };
}
