/**
 * The desktop app's own small state in userData: the last and recent libraries, and the window
 * bounds. Plain JSON, validated on read (a damaged file means defaults, never a crash), written
 * atomically.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../library/atomic-write';

export const MAX_RECENT = 10;

const BoundsSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(150).max(20000),
});
export type Bounds = z.infer<typeof BoundsSchema>;

const SettingsSchema = z.object({
  lastLibrary: z.string().nullable().catch(null),
  recentLibraries: z.array(z.string()).max(100).catch([]),
  window: z.object({ bounds: BoundsSchema, maximized: z.boolean() }).nullable().catch(null),
});
export type AppSettings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: AppSettings = { lastLibrary: null, recentLibraries: [], window: null };

export function settingsFile(userDataDir: string): string {
  return path.join(userDataDir, 'dossier-settings.json');
}

export async function loadSettings(userDataDir: string): Promise<AppSettings> {
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(await fs.readFile(settingsFile(userDataDir), 'utf8')));
    return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(userDataDir: string, settings: AppSettings): Promise<void> {
  await fs.mkdir(userDataDir, { recursive: true });
  await writeFileAtomic(settingsFile(userDataDir), JSON.stringify(settings, null, 2) + '\n');
}

/** The library just opened goes first; duplicates and overflow drop out. */
export function rememberLibrary(settings: AppSettings, root: string): AppSettings {
  return {
    ...settings,
    lastLibrary: root,
    recentLibraries: [root, ...settings.recentLibraries.filter((r) => r !== root)].slice(0, MAX_RECENT),
  };
}

export function forgetLibrary(settings: AppSettings, root: string): AppSettings {
  return {
    ...settings,
    lastLibrary: settings.lastLibrary === root ? null : settings.lastLibrary,
    recentLibraries: settings.recentLibraries.filter((r) => r !== root),
  };
}

export interface WorkArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Saved bounds if the window would still be visible on one of today's displays (a monitor may
 * have been unplugged), shrunk to fit it; otherwise undefined (let the OS place the window).
 */
export function fitBounds(saved: Bounds | undefined | null, workAreas: readonly WorkArea[]): Bounds | undefined {
  if (!saved) return undefined;
  for (const area of workAreas) {
    const overlapX = Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x);
    const overlapY = Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y);
    if (overlapX >= 100 && overlapY >= 50) {
      const width = Math.min(saved.width, area.width);
      const height = Math.min(saved.height, area.height);
      const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - width);
      const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - height);
      return { x, y, width, height };
    }
  }
  return undefined;
}
