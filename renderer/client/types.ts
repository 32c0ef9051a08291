/** The renderer's view of the API: every contract op plus event subscription. */
import type { DossierApi, EventName, EventPayload } from '../../shared/contract';

export type Unsubscribe = () => void;

/** Every contract op (timelines included), served by the same doors. */
export interface DossierClient extends DossierApi {
  /** Subscribe to a pushed event; returns a function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): Unsubscribe;
  /** Which door the client talks through (shown in the status bar). */
  readonly door: 'ipc' | 'http';
}

/** The envelope the Electron IPC door answers with. */
export type IpcEnvelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };

/** The object the Electron preload exposes as `window.dossier`. */
export type PreloadBridge = {
  [K in keyof DossierApi]: (req: Parameters<DossierApi[K]>[0]) => Promise<IpcEnvelope<Awaited<ReturnType<DossierApi[K]>>>>;
} & {
  on(event: EventName, listener: (payload: unknown) => void): Unsubscribe | void;
};
