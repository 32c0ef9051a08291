/** The client over the web door: `POST /api/<op>` with a bearer token, events over Server-Sent Events. */
import { DossierError, eventSchemas, opNames, type EventName, type EventPayload } from '../../shared/contract';
import { toDossierError } from './errors';
import type { DossierClient } from './types';

export interface HttpClientOptions {
  /** Base URL of the server ('' for same origin). */
  baseUrl: string;
  token: string | null;
  fetch?: typeof fetch;
  /** Factory for the event stream (tests pass their own; browsers use EventSource). */
  eventSource?: (url: string) => EventSource;
  /** Team libraries: called when the server no longer knows the session (expired, signed out). */
  onUnauthorized?: () => void;
}

export function createHttpClient(options: HttpClientOptions): DossierClient {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;

  const dispatch = (event: string, data: string) => {
    if (!(event in eventSchemas)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    const name = event as EventName;
    const parsed = eventSchemas[name].safeParse(payload);
    if (!parsed.success) return;
    for (const listener of listeners.get(name) ?? []) listener(parsed.data);
  };

  const ensureStream = () => {
    if (source || (typeof EventSource === 'undefined' && !options.eventSource)) return;
    const url = `${options.baseUrl}/api/events?token=${encodeURIComponent(options.token ?? '')}`;
    source = options.eventSource ? options.eventSource(url) : new EventSource(url);
    for (const name of Object.keys(eventSchemas)) {
      source.addEventListener(name, (e) => dispatch(name, (e as MessageEvent<string>).data));
    }
    // Servers that send unnamed messages wrap them as {event|type, payload|data}.
    source.onmessage = (e: MessageEvent<string>) => {
      try {
        const msg = JSON.parse(e.data) as { event?: string; type?: string; payload?: unknown; data?: unknown };
        const name = msg.event ?? msg.type;
        if (name) dispatch(name, JSON.stringify(msg.payload ?? msg.data));
      } catch {
        /* not ours */
      }
    };
  };

  const client: Record<string, unknown> = {
    door: 'http',
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const l = listener as (payload: unknown) => void;
      set.add(l);
      ensureStream();
      return () => {
        set.delete(l);
      };
    },
  };
  for (const name of opNames) {
    client[name] = async (req: unknown) => {
      let response: Response;
      try {
        response = await doFetch(`${options.baseUrl}/api/${name}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          },
          body: JSON.stringify(req ?? {}),
        });
      } catch (error) {
        throw new DossierError('internal', `Dossier's server cannot be reached (${error instanceof Error ? error.message : String(error)}). Is \`dossier serve\` still running?`);
      }
      let body: unknown = null;
      const text = await response.text();
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        body = { message: text.slice(0, 300) };
      }
      if (!response.ok) {
        if (response.status === 401 && options.onUnauthorized) {
          options.onUnauthorized();
          throw new DossierError('forbidden', 'Your session has ended; sign in again.');
        }
        if (response.status === 401) throw new DossierError('forbidden', 'This page has no valid access token. Open the address printed by `dossier serve` again.');
        throw toDossierError(body, `${name} failed with HTTP ${response.status}`);
      }
      return body;
    };
  }
  return client as unknown as DossierClient;
}
