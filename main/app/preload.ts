/**
 * The preload (sandboxed, bundled to one CommonJS file): exposes exactly one object,
 * `window.dossier`, holding the contract's ops and `on(event, cb)`.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildBridge, IPC_EVENT_CHANNEL } from './bridge';

const bridge = buildBridge({
  invoke: (channel, payload) => ipcRenderer.invoke(channel, payload),
  subscribe(listener) {
    // The IpcRendererEvent (with its sender) never reaches the page.
    const wrapped = (_event: IpcRendererEvent, name: unknown, payload: unknown) => listener(name, payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('dossier', bridge);
