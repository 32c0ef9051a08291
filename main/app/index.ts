/**
 * The Electron main process: one window onto one library, served from app:// with the security
 * checklist applied (see security.ts for each decision, tested without electron). This is the
 * only module tree that imports electron.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell, type WebContents } from 'electron';
import { opNames, type EventName } from '../../shared/contract';
import { DOSSIER_LICENCE, noticesText } from '../../shared/notices';
import { createDossierService } from '../api';
import { answerAppRequest } from './app-protocol';
import { ipcChannel, IPC_EVENT_CHANNEL } from './bridge';
import { importChosenFiles } from './import-files';
import { createIpcDoor } from './ipc-door';
import { libraryFromArgs } from './launch-args';
import { LibrarySession } from './library-session';
import { buildMenuTemplate } from './menu';
import { bundledWorkerEnv } from './workers';
import { ensureSampleLibraryCopy, SAMPLE_LIBRARY_NAME } from './sample-library';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  decideFrameNavigation,
  decideNavigation,
  isAllowedRequestUrl,
  isSafeExternalUrl,
  permissionDecision,
  secureWebPreferences,
} from './security';
import { fitBounds, forgetLibrary, loadSettings, rememberLibrary, saveSettings, type AppSettings } from './settings';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(mainDir, '..', 'renderer');
const preloadPath = path.join(mainDir, '..', 'preload', 'index.cjs');
// Bundled worker entries (see electron.vite.config.ts): services spawn these instead of the tsx bootstraps.
Object.assign(process.env, bundledWorkerEnv(mainDir));

const log = (line: string) => console.log(`[dossier] ${line}`);

/**
 * "Open original": the file in its own program. A saved web page would open in a browser, where its
 * scripts run, so it is shown in its folder instead.
 */
async function openOriginalFile(absolutePath: string): Promise<string> {
  if (/\.(html?|mht|mhtml)$/i.test(absolutePath)) {
    shell.showItemInFolder(absolutePath);
    return '';
  }
  return shell.openPath(absolutePath);
}

// Tests (and portable setups) keep the app's state in a folder of their choosing.
if (process.env.DOSSIER_USER_DATA_DIR) app.setPath('userData', path.resolve(process.env.DOSSIER_USER_DATA_DIR));

// Must happen before the app is ready.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

let mainWindow: BrowserWindow | undefined;
let settings: AppSettings;
let saveQueue: Promise<void> = Promise.resolve();

function persistSettings(next: AppSettings): Promise<void> {
  settings = next;
  saveQueue = saveQueue.then(() => saveSettings(app.getPath('userData'), settings)).catch((error) => log(`saving settings failed: ${String(error)}`));
  return saveQueue;
}

const library = new LibrarySession({
  createService: (root) => createDossierService({ root, watch: true, revealRoot: true, log, openFile: openOriginalFile, userDataDir: app.getPath('userData') }),
  forward(event: EventName, payload: unknown) {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(IPC_EVENT_CHANNEL, event, payload);
  },
  async opened(root) {
    await persistSettings(rememberLibrary(settings, root));
    mainWindow?.setTitle(`${path.basename(root)} — Dossier`);
    refreshMenu();
  },
  log,
});

function sampleLibrarySource(): string {
  return app.isPackaged ? path.join(process.resourcesPath, 'sample-library') : path.join(app.getAppPath(), 'resources', 'sample-library');
}

async function openSampleLibrary(): Promise<void> {
  const target = path.join(app.getPath('userData'), SAMPLE_LIBRARY_NAME);
  if (await ensureSampleLibraryCopy(sampleLibrarySource(), target)) log(`copied the sample library to ${target}`);
  await library.open(target);
}

async function openLibraryOrReport(root: string): Promise<boolean> {
  try {
    await library.open(root);
    return true;
  } catch (error) {
    dialog.showErrorBox('Could not open the library', `${root}\n\n${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}

async function chooseLibrary(): Promise<void> {
  const result = await dialog.showOpenDialog(mainWindow!, { title: 'Open Library', properties: ['openDirectory', 'createDirectory'] });
  const root = result.filePaths[0];
  if (!result.canceled && root) await openLibraryOrReport(root);
}

async function chooseFilesToImport(): Promise<void> {
  const service = library.current();
  if (!service || !mainWindow) return;
  const result = await dialog.showOpenDialog(mainWindow, {
    title: 'Import Files',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm'] },
      { name: 'All Files', extensions: ['*'] },
    ],
  });
  if (result.canceled || result.filePaths.length === 0) return;
  const { result: answer, skipped } = await importChosenFiles(service, result.filePaths, log);
  const lines: string[] = [];
  if (answer?.ok) {
    const value = answer.value as { imported: unknown[]; problems: Array<{ path: string; message: string }> };
    lines.push(`${value.imported.length} file(s) imported.`);
    for (const problem of value.problems) lines.push(`${problem.path}: ${problem.message}`);
  } else if (answer) {
    lines.push(answer.error.message);
  }
  lines.push(...skipped);
  await dialog.showMessageBox(mainWindow, { type: skipped.length || (answer && !answer.ok) ? 'warning' : 'info', message: 'Import Files', detail: lines.join('\n') });
}

function refreshMenu(): void {
  const template = buildMenuTemplate({
    actions: {
      openLibrary: () => void chooseLibrary(),
      importFiles: () => void chooseFilesToImport(),
      openRecent: (root) => void openLibraryOrReport(root),
      clearRecent: () => void persistSettings({ ...settings, recentLibraries: library.currentRoot() ? [library.currentRoot()!] : [] }).then(refreshMenu),
    },
    recentLibraries: settings.recentLibraries,
    platform: process.platform,
    development: !app.isPackaged,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function registerIpc(): void {
  const door = createIpcDoor({
    currentService: () => library.current(),
    openKnownLibrary: (root) => library.open(root),
    knownLibraries: () => settings.recentLibraries,
    log,
  });
  for (const op of opNames) {
    ipcMain.handle(ipcChannel(op), (event, payload: unknown) => {
      const frame = event.senderFrame;
      const fromOurWindow = mainWindow !== undefined && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents;
      return door(fromOurWindow && frame ? { url: frame.url, isMainFrame: frame.parent === null } : null, op, payload);
    });
  }
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (decideNavigation(url).openExternally) void shell.openExternal(url);
  });
  contents.on('will-frame-navigate', (details) => {
    if (details.isMainFrame) return; // will-navigate above
    if (!decideFrameNavigation(details.url).allowInApp) details.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedRequestUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

async function createWindow(): Promise<BrowserWindow> {
  const areas = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = fitBounds(settings.window?.bounds, areas);
  const win = new BrowserWindow({
    ...(bounds ?? { width: 1280, height: 820 }),
    minWidth: 640,
    minHeight: 420,
    title: 'Dossier',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  });
  if (settings.window?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  let boundsTimer: NodeJS.Timeout | undefined;
  const rememberBounds = () => {
    if (win.isDestroyed()) return;
    const b = win.getNormalBounds();
    void persistSettings({ ...settings, window: { bounds: { x: b.x, y: b.y, width: b.width, height: b.height }, maximized: win.isMaximized() } });
  };
  const scheduleBounds = () => {
    clearTimeout(boundsTimer);
    boundsTimer = setTimeout(rememberBounds, 500);
  };
  win.on('resize', scheduleBounds);
  win.on('move', scheduleBounds);
  win.on('close', () => {
    clearTimeout(boundsTimer);
    rememberBounds();
  });
  await win.loadURL(APP_ENTRY_URL);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  ses.setDevicePermissionHandler(() => false);
  // Nothing leaves the machine: the renderer may load only app://, data: and blob: URLs.
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequestUrl(details.url) }));
  protocol.handle(APP_SCHEME, async (request) => {
    const answer = await answerAppRequest(rendererDir, request.url, request.method);
    const body = typeof answer.body === 'string' ? answer.body : Uint8Array.from(answer.body);
    return new Response(body, { status: answer.status, headers: answer.headers });
  });

  const licence = `© Dossier contributors. Free software under the ${DOSSIER_LICENCE} licence.`;
  // Linux's About panel has no credits field: the notices go under the copyright line there.
  app.setAboutPanelOptions(
    process.platform === 'linux'
      ? { applicationName: 'Dossier', applicationVersion: app.getVersion(), copyright: `${licence}\n\n${noticesText()}` }
      : { applicationName: 'Dossier', applicationVersion: app.getVersion(), copyright: licence, credits: noticesText() },
  );
  settings = await loadSettings(app.getPath('userData'));
  registerIpc();
  refreshMenu();
  mainWindow = await createWindow();
  mainWindow.on('closed', () => (mainWindow = undefined));

  const requested = libraryFromArgs(process.argv, process.cwd());
  const last = requested ?? settings.lastLibrary;
  const lastExists = last ? await fs.stat(last).then((s) => s.isDirectory(), () => false) : false;
  if (last && lastExists && (await openLibraryOrReport(last))) return;
  if (last && !lastExists && !requested) await persistSettings(forgetLibrary(settings, last));
  try {
    await openSampleLibrary();
  } catch (error) {
    dialog.showErrorBox('Could not open the sample library', error instanceof Error ? error.message : String(error));
  }
}

app.on('web-contents-created', (_event, contents) => hardenContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void Promise.all([library.close(), saveQueue]).finally(() => app.quit());
  });
  start().catch((error) => {
    log(`startup failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    dialog.showErrorBox('Dossier could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
