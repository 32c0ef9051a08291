/** Picks the door at start: Electron's preload bridge when present, else the web door. */
import { createHttpClient } from './http';
import { createIpcClient } from './ipc';
import { takeToken } from './token';
import type { DossierClient, PreloadBridge } from './types';

export type { DossierClient } from './types';
export { errorMessage } from './errors';

export function createClient(win: Window & { dossier?: PreloadBridge } = window): DossierClient {
  if (win.dossier) return createIpcClient(win.dossier);
  const token = takeToken({ location: win.location, history: win.history, sessionStorage: win.sessionStorage });
  return createHttpClient({ baseUrl: '', token });
}
