import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu';

const calls: string[] = [];
const actions = {
  openLibrary: () => calls.push('open'),
  importFiles: () => calls.push('import'),
  openRecent: (root: string) => calls.push(`recent ${root}`),
  clearRecent: () => calls.push('clear'),
};
type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void; enabled?: boolean };

describe('application menu', () => {
  it('has File (open, import, recent), Edit, View and Window menus', () => {
    const template = buildMenuTemplate({ actions, recentLibraries: ['/home/me/China'], platform: 'linux', development: false }) as Item[];
    const file = template[0]!;
    expect(file.label).toBe('&File');
    const labels = file.submenu!.map((i) => i.label ?? i.role);
    expect(labels).toEqual(['Open Library…', 'Import Files…', 'Recent Libraries', undefined, 'quit']);
    file.submenu![0]!.click!();
    file.submenu![1]!.click!();
    const recent = file.submenu![2]!.submenu!;
    expect(recent[0]!.label).toContain('China');
    recent[0]!.click!();
    recent[2]!.click!();
    expect(calls).toEqual(['open', 'import', 'recent /home/me/China', 'clear']);
    expect(template.map((i) => i.role ?? i.label)).toEqual(['&File', 'editMenu', '&View', 'windowMenu', '&Help']);
    expect(template[4]!.submenu!.map((i) => i.role)).toEqual(['about']);
    // No developer tools in release builds.
    expect(JSON.stringify(template)).not.toContain('toggleDevTools');
  });

  it('shows an empty recent list, the app menu on macOS, and dev tools in development', () => {
    const template = buildMenuTemplate({ actions, recentLibraries: [], platform: 'darwin', development: true }) as Item[];
    expect(template[0]!.role).toBe('appMenu');
    expect(template.map((i) => i.role ?? i.label)).not.toContain('&Help');
    expect(template[1]!.submenu![2]!.submenu).toEqual([{ label: 'No Recent Libraries', enabled: false }]);
    expect(JSON.stringify(template)).toContain('toggleDevTools');
  });
});
