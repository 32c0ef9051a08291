/**
 * The object the preload exposes as `window.dossier`, built without electron so it can be tested
 * under Node: one function per contract op (each answering an IpcResult envelope), plus `on`.
 * Nothing else: no ipcRenderer, no event objects, no generic send.
 */
import { eventSchemas, opNames, type ApiError, type EventName, type EventPayload, type OpName, type Req, type Res } from '../../shared/contract';

export const IPC_CHANNEL_PREFIX = 'dossier:';
export const IPC_EVENT_CHANNEL = 'dossier:event';

export function ipcChannel(op: OpName): string {
  return `${IPC_CHANNEL_PREFIX}${op}`;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** The type of `window.dossier` for the renderer. */
export type DossierBridge = { readonly [K in OpName]: (req: Req<K>) => Promise<IpcResult<Res<K>>> } & {
  /** Subscribes to a main-process event; returns the unsubscribe function. */
  readonly on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
};

export interface BridgeTransport {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  /** Subscribes to the event channel; the listener gets (event name, payload) only. */
  subscribe(listener: (name: unknown, payload: unknown) => void): () => void;
}

const eventNames = new Set(Object.keys(eventSchemas));

export function buildBridge(transport: BridgeTransport): DossierBridge {
  const bridge: Record<string, unknown> = {};
  for (const op of opNames) {
    bridge[op] = (req: unknown) => transport.invoke(ipcChannel(op), req ?? {}) as Promise<IpcResult<unknown>>;
  }
  bridge.on = (event: unknown, listener: unknown) => {
    if (typeof event !== 'string' || !eventNames.has(event)) throw new TypeError(`unknown event ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    return transport.subscribe((name, payload) => {
      if (name === event) (listener as (p: unknown) => void)(payload);
    });
  };
  return Object.freeze(bridge) as DossierBridge;
}
