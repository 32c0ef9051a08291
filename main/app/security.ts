/**
 * The Electron security checklist as pure, separately testable decisions. No electron import:
 * main/app/index.ts applies these to the real BrowserWindow, session and web contents.
 */

import { isSafeExternalUrl } from '../../shared/external-url';

export { isSafeExternalUrl };

/** The renderer's origin: a privileged custom scheme serving out/renderer (never file://). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges for protocol.registerSchemesAsPrivileged: a standard, secure origin that can use
 * fetch. corsEnabled lets Vite's `<script type="module" crossorigin>` load over the scheme; no
 * other origin can read app:// anyway (no Access-Control-Allow-Origin is ever sent, and remote
 * pages are never loaded).
 */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  allowServiceWorkers: false,
  bypassCSP: false,
  corsEnabled: true,
  stream: false,
} as const;

/** webPreferences for every window: the renderer gets no Node, its own JS world, the OS sandbox. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    spellcheck: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  } as const;
}

/** What to do when the page tries to navigate away or open a window: never in-app; maybe externally. */
export function decideNavigation(targetUrl: string): { allowInApp: false; openExternally: boolean } {
  return { allowInApp: false, openExternally: isSafeExternalUrl(targetUrl) };
}

export interface SenderFrameInfo {
  url: string;
  /** Whether the frame is the window's top frame (parent === null). */
  isMainFrame: boolean;
}

/** IPC is accepted only from the top frame of our own app:// page. */
export function isTrustedSender(frame: SenderFrameInfo | null | undefined): boolean {
  if (!frame || !frame.isMainFrame || typeof frame.url !== 'string') return false;
  try {
    const url = new URL(frame.url);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Permission requests (camera, notifications, geolocation, ...) and checks are all denied. */
export function permissionDecision(_permission: string): false {
  return false;
}

/** Sub-frames (e.g. an article preview) may show about:blank/srcdoc or our own pages, nothing else. */
export function decideFrameNavigation(targetUrl: string): { allowInApp: boolean } {
  if (targetUrl === 'about:blank' || targetUrl === 'about:srcdoc') return { allowInApp: true };
  try {
    const url = new URL(targetUrl);
    return { allowInApp: url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST };
  } catch {
    return { allowInApp: false };
  }
}

/**
 * Requests the renderer may make at all (session.webRequest): our app:// origin, inline data:
 * and blob: URLs, and devtools internals. Everything else, http(s) included, is cancelled:
 * nothing leaves the machine and no remote content is ever loaded.
 */
export function isAllowedRequestUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  return url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:';
}
