/**
 * The web door: the same UI and API as the desktop app, served on 127.0.0.1 only, to a browser
 * that knows the per-run token.
 *
 * Defences, in the order each request meets them:
 *  1. Host must be 127.0.0.1:PORT or localhost:PORT (a DNS-rebinding page has another Host): 421.
 *  2. An Origin header, when present, must be this server's own origin; a cross-site
 *     Sec-Fetch-Site is refused too: 403. No CORS header is ever sent, so no other origin can read.
 *  3. Every /api route needs the token (Authorization: Bearer; for the EventSource route only,
 *     `?token=`), compared in constant time, BEFORE any body is read or the service touched: 401.
 *  4. Payloads are size-limited, parsed, and validated with the contract's zod schema: 413 / 400.
 * The URL handed to the user carries the token in the fragment (#token=), which browsers never
 * send to the server, so it does not end up in request lines or logs.
 *
 * Team mode (`team` option, `dossier serve --db`): there is no per-run token; each person signs in
 * at /auth/login with their name and password and gets a session token of their own, sent the
 * same way (bearer header, `?token=` for events), and every operation runs as that member. The
 * door listens on 127.0.0.1 unless given another address, which it then serves only over TLS
 * (`tls`), accepting as Host that address and the names its certificate is for.
 */
import { createHash, randomBytes, timingSafeEqual, X509Certificate } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { eventSchemas, type ApiError, type EventName, type OpName } from '../../shared/contract';
import { dispatch, httpStatusOf, isOpName } from '../api/dispatch';
import type { DoorService as DossierService } from '../api/service-types';
import { readStaticFile, securityHeaders } from './static-files';

export interface ServerOptions {
  service: DossierService;
  /** 0 or absent: any free port. */
  port?: number;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Display name of the library (shown in logs; the absolute path is never sent to the browser). */
  libraryName: string;
  log?: (line: string) => void;
  /** Team mode: members sign in; each request runs as its member. */
  team?: TeamDoor;
  /** Address to listen on (default 127.0.0.1). Any other than a loopback address needs `tls`. */
  host?: string;
  /** Certificate and key (PEM) to serve HTTPS. */
  tls?: { cert: string | Buffer; key: string | Buffer };
}

/** What the door needs of a team library (main/team): sessions, and the contract as one member. */
export interface TeamDoor {
  sessions: {
    login(name: string, password: string): Promise<{ token: string; user: TeamMember } | null>;
    resolve(token: string): Promise<TeamMember | null>;
    logout(token: string): Promise<void>;
  };
  serviceFor(user: TeamMember): DossierService;
}
export interface TeamMember {
  id: number;
  name: string;
  displayName: string;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|localhost)$/;

/** Whether serving on `host` reaches beyond this machine (and so needs TLS). */
export function isLoopback(host: string): boolean {
  return LOOPBACK.test(host);
}

/** Host header values a browser may send for this server: the address, plus the certificate's names. */
function allowedHosts(host: string, port: number, tls: ServerOptions['tls']): Set<string> {
  const names = new Set<string>();
  if (host === '127.0.0.1' || host === 'localhost') names.add('127.0.0.1').add('localhost');
  else names.add(host.includes(':') ? `[${host}]` : host);
  if (tls) {
    const san = new X509Certificate(tls.cert).subjectAltName ?? '';
    for (const part of san.split(',')) {
      const [kind, value] = part.trim().split(':', 2) as [string, string | undefined];
      if (value && (kind === 'DNS' || kind === 'IP Address')) names.add(value.toLowerCase());
    }
  }
  return new Set([...names].map((n) => `${n}:${port}`));
}

export interface RunningServer {
  /** http://127.0.0.1:PORT/#token=TOKEN */
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** Total body size allowed for importFiles (70 MB of base64 plus JSON framing). */
export const IMPORT_BODY_LIMIT = 72 * 1024 * 1024;
/** Every other op: enough for tagArticles on 100 000 ids. */
export const DEFAULT_BODY_LIMIT = 4 * 1024 * 1024;
/**
 * Ops the web door refuses: it serves the one library it was started on, and a web page must never make
 * the machine open files in other programs (the page downloads the original with getOriginal instead).
 */
const REFUSED_OPS: readonly OpName[] = ['openLibrary', 'openOriginal'];
const HEARTBEAT_MS = 25_000;

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = randomBytes(32).toString('base64url');
  const tokenDigest = digest(token);
  const log = options.log ?? (() => {});
  const eventStreams = new Set<http.ServerResponse>();
  let port = 0;

  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.test(host) && !options.tls) throw new Error(`serving on ${host} (not this machine only) needs a TLS certificate and key (--tls-cert FILE --tls-key FILE)`);
  const scheme = options.tls ? 'https' : 'http';
  let hosts = new Set<string>();
  const onRequest = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((error) => {
      log(`web door: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) sendError(res, { code: 'internal', message: 'internal error' });
      else res.destroy();
    });
  };
  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, onRequest) : http.createServer(onRequest);
  server.headersTimeout = 30_000;
  server.requestTimeout = 10 * 60_000;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const requestHost = (req.headers.host ?? '').toLowerCase();
    if (!hosts.has(requestHost)) {
      return sendError(res, { code: 'forbidden', message: 'wrong Host header: use the address Dossier printed' }, 421);
    }
    const ownOrigin = `${scheme}://${requestHost}`;
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== ownOrigin) {
      return sendError(res, { code: 'forbidden', message: 'cross-origin requests are refused' });
    }
    const fetchSite = req.headers['sec-fetch-site'];
    if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
      return sendError(res, { code: 'forbidden', message: 'cross-site requests are refused' });
    }
    const rawUrl = req.url ?? '';
    if (!rawUrl.startsWith('/')) return sendError(res, { code: 'invalid-request', message: 'bad request target' });
    const url = new URL(rawUrl, ownOrigin);

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return handleApi(req, res, url);
    if (url.pathname.startsWith('/auth/')) return handleAuth(req, res, url);

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, { code: 'invalid-request', message: 'method not allowed' }, 405, { Allow: 'GET, HEAD' });
    }
    const found = await readStaticFile(options.staticDir, url.pathname);
    if (!found) return sendError(res, { code: 'not-found', message: 'no such file' });
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': found.contentType,
      'Content-Length': found.body.length,
      // Hashed asset names may be cached; index.html must not be, or a rebuilt UI would load stale chunks.
      'Cache-Control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : found.body);
  }

  /** Team mode: sign in, sign out, and who is signed in. Token mode: says there is no sign-in. */
  async function handleAuth(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const team = options.team;
    if (url.pathname === '/auth/session' && req.method === 'GET') {
      if (!team) return sendJson(res, 200, { mode: 'token', user: null });
      const presented = bearerToken(req.headers.authorization);
      const user = presented ? await team.sessions.resolve(presented) : null;
      return sendJson(res, 200, { mode: 'team', library: options.libraryName, user: user && { name: user.name, displayName: user.displayName } });
    }
    if (!team) return sendError(res, { code: 'not-found', message: 'this library has no sign-in: open the address Dossier printed' });
    if (req.method !== 'POST') return sendError(res, { code: 'invalid-request', message: 'use POST' }, 405, { Allow: 'POST' });
    if (url.pathname === '/auth/logout') {
      const presented = bearerToken(req.headers.authorization);
      req.resume();
      if (presented) await team.sessions.logout(presented);
      return sendJson(res, 200, { ok: true });
    }
    if (url.pathname !== '/auth/login') return sendError(res, { code: 'not-found', message: 'no such route' });
    const body = await readBody(req, 16 * 1024);
    let credentials: { name?: unknown; password?: unknown } = {};
    try {
      if (body !== 'too-large') credentials = JSON.parse(body.toString('utf8')) as typeof credentials;
    } catch {
      // answered below
    }
    if (typeof credentials.name !== 'string' || typeof credentials.password !== 'string') {
      return sendError(res, { code: 'invalid-request', message: 'send {"name": …, "password": …} as JSON' });
    }
    const session = await team.sessions.login(credentials.name, credentials.password);
    if (!session) return sendError(res, { code: 'forbidden', message: 'wrong name or password' }, 401);
    log(`web door: ${session.user.name} signed in`);
    return sendJson(res, 200, { token: session.token, user: { name: session.user.name, displayName: session.user.displayName } });
  }

  /** The service a request may use: the library (token mode) or its member's view (team mode); null refuses it. */
  async function serviceOf(presented: string | null): Promise<DossierService | null> {
    if (presented === null) return null;
    if (options.team) {
      const user = await options.team.sessions.resolve(presented);
      return user ? options.team.serviceFor(user) : null;
    }
    return timingSafeEqual(digest(presented), tokenDigest) ? options.service : null;
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const isEvents = url.pathname === '/api/events';
    const presented = bearerToken(req.headers.authorization) ?? (isEvents ? url.searchParams.get('token') : null);
    const service = await serviceOf(presented);
    if (service === null) {
      req.resume();
      // The body (possibly a large upload) is discarded unread and the connection closed.
      const message = options.team ? 'not signed in (or the session expired): sign in again' : 'missing or wrong token: open the address Dossier printed';
      return sendError(res, { code: 'forbidden', message }, 401, {
        'WWW-Authenticate': 'Bearer',
        Connection: 'close',
      });
    }
    if (isEvents) {
      if (req.method !== 'GET') return sendError(res, { code: 'invalid-request', message: 'method not allowed' }, 405, { Allow: 'GET' });
      return openEventStream(req, res);
    }
    const op = decodeSegment(url.pathname.slice('/api/'.length));
    if (!isOpName(op)) {
      req.resume();
      return sendError(res, { code: 'not-found', message: `unknown operation: ${JSON.stringify(op).slice(0, 80)}` });
    }
    if (req.method !== 'POST') {
      req.resume();
      return sendError(res, { code: 'invalid-request', message: 'use POST' }, 405, { Allow: 'POST' });
    }
    const contentType = (req.headers['content-type'] ?? 'application/json').split(';')[0]!.trim().toLowerCase();
    if (contentType !== 'application/json') {
      req.resume();
      return sendError(res, { code: 'invalid-request', message: 'send the payload as application/json' }, 415);
    }
    const limit = op === 'importFiles' ? IMPORT_BODY_LIMIT : DEFAULT_BODY_LIMIT;
    const body = await readBody(req, limit);
    if (body === 'too-large') {
      return sendError(res, { code: 'invalid-request', message: `payload larger than ${Math.round(limit / 1024 / 1024)} MB` }, 413, {
        Connection: 'close',
      });
    }
    let payload: unknown = {};
    if (body.length > 0) {
      try {
        payload = JSON.parse(body.toString('utf8'));
      } catch (error) {
        return sendError(res, { code: 'invalid-request', message: `malformed JSON: ${(error as Error).message}` });
      }
    }
    const result = await dispatch(service, op, payload, { refuse: REFUSED_OPS, log });
    if (!result.ok) return sendError(res, result.error);
    let value = result.value;
    // The absolute root of the library is for local doors only.
    if (op === 'libraryInfo' && value && typeof value === 'object') value = { ...value, root: null };
    sendJson(res, 200, value);
  }

  function openEventStream(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write(': dossier events\n\n');
    const unsubscribes = (Object.keys(eventSchemas) as EventName[]).map((name) =>
      options.service.on(name, (payload) => {
        res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`);
      }),
    );
    const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    eventStreams.add(res);
    const cleanup = () => {
      clearInterval(heartbeat);
      for (const unsubscribe of unsubscribes) unsubscribe();
      eventStreams.delete(res);
    };
    req.on('close', cleanup);
    res.on('close', cleanup);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(host, port, options.tls);
  log(`web door for "${options.libraryName}" listening on ${host}:${port}${options.tls ? ' (TLS)' : ''}`);
  const shownHost = host.includes(':') ? `[${host}]` : host;

  let closed: Promise<void> | undefined;
  return {
    url: options.team ? `${scheme}://${shownHost}:${port}/` : `${scheme}://${shownHost}:${port}/#token=${token}`,
    token,
    port,
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeIdleConnections();
        // Give in-flight requests a moment, then drop whatever is left (e.g. a stuck upload).
        setTimeout(() => server.closeAllConnections(), 2_000).unref();
      });
      return closed;
    },
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!done) reject(error);
    });
  });
}

function sendJson(res: http.ServerResponse, status: number, value: unknown, extraHeaders: Record<string, string> = {}): void {
  const body = JSON.stringify(value ?? null);
  res.writeHead(status, {
    ...securityHeaders(),
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendError(res: http.ServerResponse, error: ApiError, status = httpStatusOf[error.code], extraHeaders: Record<string, string> = {}): void {
  sendJson(res, status, error, extraHeaders);
}
