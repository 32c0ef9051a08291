/**
 * The bundled sample library is read-only (inside the app bundle or the source tree); users get
 * a writable copy on first run. The copy is made in a temp folder beside the target and renamed
 * into place, so an interrupted first run never leaves a half library that later runs trust.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const SAMPLE_LIBRARY_NAME = 'Sample Library';

/** Copies `bundledDir` to `targetDir` unless it exists. Returns whether a copy was made. */
export async function ensureSampleLibraryCopy(bundledDir: string, targetDir: string): Promise<boolean> {
  if (await exists(targetDir)) return false;
  const stat = await fs.stat(bundledDir).catch(() => undefined);
  if (!stat?.isDirectory()) throw new Error(`the bundled sample library is missing (${bundledDir})`);
  await fs.mkdir(path.dirname(targetDir), { recursive: true });
  const temp = `${targetDir}.partial-${process.pid}`;
  await fs.rm(temp, { recursive: true, force: true });
  // Dossier's own derived data (.dossier) is not copied: the copy builds its own index.
  await fs.cp(bundledDir, temp, {
    recursive: true,
    filter: (source) => path.basename(source) !== '.dossier',
  });
  await makeWritable(temp);
  try {
    await fs.rename(temp, targetDir);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true });
    if (await exists(targetDir)) return false; // another instance won the race
    throw error;
  }
  return true;
}

/** Files in an installed app bundle may be read-only; the user's copy must not be. */
async function makeWritable(dir: string): Promise<void> {
  await fs.chmod(dir, 0o755);
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await makeWritable(full);
    else if (entry.isFile()) await fs.chmod(full, 0o644);
  }
}

async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}
