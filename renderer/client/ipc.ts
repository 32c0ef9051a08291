/** The client over Electron IPC: `window.dossier`, exposed by the preload with contextBridge. */
import { DossierError, eventSchemas, opNames, type EventName, type EventPayload } from '../../shared/contract';
import { toDossierError } from './errors';
import type { DossierClient, IpcEnvelope, PreloadBridge } from './types';

export function createIpcClient(bridge: PreloadBridge): DossierClient {
  const client: Record<string, unknown> = {
    door: 'ipc',
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) {
      const off = bridge.on(event, (payload) => {
        const parsed = eventSchemas[event].safeParse(payload);
        if (parsed.success) listener(parsed.data as EventPayload<E>);
      });
      return typeof off === 'function' ? off : () => undefined;
    },
  };
  for (const name of opNames) {
    client[name] = async (req: unknown) => {
      const call = (bridge as unknown as Record<string, ((r: unknown) => Promise<IpcEnvelope<unknown>>) | undefined>)[name];
      if (typeof call !== 'function') throw new DossierError('not-found', `${name} is not available in this version of the desktop app`);
      const envelope = await call(req ?? {});
      if (envelope && typeof envelope === 'object' && 'ok' in envelope) {
        if (envelope.ok) return envelope.value;
        throw toDossierError(envelope.error, `${name} failed`);
      }
      throw toDossierError(null, `${name}: the desktop door answered in an unknown shape`);
    };
  }
  return client as unknown as DossierClient;
}
