import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, fitBounds, forgetLibrary, loadSettings, MAX_RECENT, rememberLibrary, saveSettings, settingsFile } from './settings';

describe('app settings', () => {
  it('round-trips through an atomically written JSON file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-settings-'));
    try {
      expect(await loadSettings(dir)).toEqual(DEFAULT_SETTINGS);
      const settings = { ...rememberLibrary(DEFAULT_SETTINGS, '/a'), window: { bounds: { x: 10, y: 20, width: 800, height: 600 }, maximized: false } };
      await saveSettings(dir, settings);
      expect(await loadSettings(dir)).toEqual(settings);
      expect((await fs.readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('falls back to defaults (per field) on damaged files', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-settings-'));
    try {
      await fs.writeFile(settingsFile(dir), '{ not json');
      expect(await loadSettings(dir)).toEqual(DEFAULT_SETTINGS);
      await fs.writeFile(settingsFile(dir), JSON.stringify({ lastLibrary: '/a', recentLibraries: 'x', window: { bounds: { x: 'no' } } }));
      expect(await loadSettings(dir)).toEqual({ lastLibrary: '/a', recentLibraries: [], window: null });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('keeps recent libraries most-recent first, unique and bounded', () => {
    let s = DEFAULT_SETTINGS;
    for (let i = 0; i < 15; i++) s = rememberLibrary(s, `/lib${i}`);
    s = rememberLibrary(s, '/lib10');
    expect(s.lastLibrary).toBe('/lib10');
    expect(s.recentLibraries[0]).toBe('/lib10');
    expect(s.recentLibraries).toHaveLength(MAX_RECENT);
    expect(new Set(s.recentLibraries).size).toBe(MAX_RECENT);
    s = forgetLibrary(s, '/lib10');
    expect(s.lastLibrary).toBeNull();
    expect(s.recentLibraries).not.toContain('/lib10');
  });

  it('restores window bounds only where a display still shows them', () => {
    const display = { x: 0, y: 0, width: 1920, height: 1080 };
    expect(fitBounds({ x: 100, y: 100, width: 800, height: 600 }, [display])).toEqual({ x: 100, y: 100, width: 800, height: 600 });
    // A window left on an unplugged second monitor: let the OS place it.
    expect(fitBounds({ x: 2500, y: 100, width: 800, height: 600 }, [display])).toBeUndefined();
    // Bigger than today's screen: shrunk and moved inside it.
    expect(fitBounds({ x: -50, y: 0, width: 3000, height: 2000 }, [display])).toEqual({ x: 0, y: 0, width: 1920, height: 1080 });
    expect(fitBounds(null, [display])).toBeUndefined();
  });
});
