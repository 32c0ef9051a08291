/**
 * The application menu as a plain template (electron's Menu.buildFromTemplate takes it as is).
 * Built from actions and the recent list so it can be tested without electron.
 */
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  openLibrary(): void;
  importFiles(): void;
  openRecent(root: string): void;
  clearRecent(): void;
}

export function buildMenuTemplate(options: {
  actions: MenuActions;
  recentLibraries: readonly string[];
  platform: NodeJS.Platform;
  /** Developer tools and reload only in development builds. */
  development: boolean;
}): MenuItemConstructorOptions[] {
  const { actions, recentLibraries, platform, development } = options;
  const isMac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] =
    recentLibraries.length === 0
      ? [{ label: 'No Recent Libraries', enabled: false }]
      : [
          ...recentLibraries.map((root) => ({ label: `${path.basename(root)} — ${root}`, click: () => actions.openRecent(root) })),
          { type: 'separator' as const },
          { label: 'Clear Recent', click: () => actions.clearRecent() },
        ];
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'Open Library…', accelerator: 'CmdOrCtrl+O', click: () => actions.openLibrary() },
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: () => actions.importFiles() },
        { label: 'Recent Libraries', submenu: recentItems },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...(development ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  );
  // macOS has About in the app menu; elsewhere it goes under Help (the panel lists licences and notices).
  if (!isMac) template.push({ label: '&Help', submenu: [{ role: 'about', label: 'About Dossier' }] });
  return template;
}
