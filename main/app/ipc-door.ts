/**
 * The Electron IPC door without electron: what `ipcMain.handle('dossier:<op>')` does with a
 * call. It checks the sender frame (our app:// top frame only), validates the payload with the
 * contract, and always answers `{ok, value}` or `{ok:false, error}` instead of throwing (errors
 * thrown across IPC lose their code and leak stacks).
 *
 * Paths do not cross IPC: `openLibrary` from the renderer is honoured only for a folder main
 * already knows (the recent-libraries list it showed in its own dialog/menu); choosing a new
 * folder is done by main's File > Open Library… dialog.
 */
import { contract, type OpName } from '../../shared/contract';
import { dispatch, validateRequest, type DoorResult } from '../api/dispatch';
import type { DoorService as DossierService } from '../api/service-types';
export { IPC_CHANNEL_PREFIX, IPC_EVENT_CHANNEL, ipcChannel } from './bridge';
import { isTrustedSender, type SenderFrameInfo } from './security';

export interface IpcDoorOptions {
  /** The service of the library open right now (undefined while none is). */
  currentService(): DossierService | undefined;
  /** Opens a library main already knows about (e.g. from the recent list). */
  openKnownLibrary(root: string): Promise<unknown>;
  /** Folders the renderer may ask to open by path: the recent libraries. */
  knownLibraries(): readonly string[];
  log?: (line: string) => void;
}

export function createIpcDoor(options: IpcDoorOptions) {
  return async function handleIpcCall(sender: SenderFrameInfo | null | undefined, op: OpName, payload: unknown): Promise<DoorResult> {
    if (!isTrustedSender(sender)) {
      options.log?.(`IPC ${op} refused from ${sender?.url ?? 'an unknown frame'}`);
      return { ok: false, error: { code: 'forbidden', message: 'IPC is only accepted from the Dossier window' } };
    }
    if (!Object.prototype.hasOwnProperty.call(contract, op)) {
      return { ok: false, error: { code: 'not-found', message: 'unknown operation' } };
    }
    if (op === 'openLibrary') {
      const checked = validateRequest('openLibrary', payload);
      if (!checked.ok) return checked;
      const { path } = checked.request as { path: string };
      if (!options.knownLibraries().includes(path)) {
        return { ok: false, error: { code: 'forbidden', message: 'choose a new library with File > Open Library…' } };
      }
      try {
        await options.openKnownLibrary(path);
      } catch (error) {
        options.log?.(`opening ${path} failed: ${error instanceof Error ? error.message : String(error)}`);
        return { ok: false, error: { code: 'not-found', message: `could not open that library: ${error instanceof Error ? error.message : String(error)}` } };
      }
    }
    const service = options.currentService();
    if (!service) return { ok: false, error: { code: 'no-library', message: 'No library is open.' } };
    if (op === 'openLibrary') return dispatch(service, 'libraryInfo', {}, { log: options.log });
    return dispatch(service, op, payload, { log: options.log });
  };
}
