/**
 * The app:// protocol's request handling, without electron: map a request URL to a file of
 * out/renderer with the same path-traversal protection and headers as the web door, and the CSP
 * on every response (errors included).
 */
import { readStaticFile, securityHeaders } from '../server/static-files';
import { APP_HOST, APP_SCHEME } from './security';

export interface ProtocolAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export async function answerAppRequest(staticDir: string, requestUrl: string, method = 'GET'): Promise<ProtocolAnswer> {
  const headers = securityHeaders();
  const refuse = (status: number, text: string): ProtocolAnswer => ({ status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }, body: text });
  if (method !== 'GET' && method !== 'HEAD') return refuse(405, 'method not allowed');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse(400, 'bad url');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'not found');
  // URL parsing already removed "/../"; resolveStaticPath also refuses encoded forms.
  const found = await readStaticFile(staticDir, url.pathname);
  if (!found) return refuse(404, 'not found');
  return { status: 200, headers: { ...headers, 'Content-Type': found.contentType }, body: method === 'HEAD' ? '' : found.body };
}
