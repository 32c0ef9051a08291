/**
 * Where Dossier keeps its own data for a library, the layout of that folder, and the README that
 * explains it to whoever opens it (a user, a sync tool, a git history).
 *
 * Normally the data lives in `.dossier/` inside the library. A library that cannot be written (a
 * mounted archive, a colleague's read-only share) keeps it in the user's data folder instead:
 * `<user data>/libraries/<hash of the library's real path>/`, where the user data folder is the one
 * the desktop app passes (Electron's userData), else `$XDG_DATA_HOME/dossier` (`~/.local/share/dossier`).
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const DATA_DIR_NAME = '.dossier';

/** The files and folders of a data folder (`dir`: `<library>/.dossier` or its stand-in in the user data folder). */
export function dataPaths(dir: string) {
  return {
    dir,
    readme: path.join(dir, 'README.md'),
    manifest: path.join(dir, 'manifest.json'),
    tags: path.join(dir, 'tags.json'),
    index: path.join(dir, 'index'),
    analysis: path.join(dir, 'analysis'),
    timelines: path.join(dir, 'timelines'),
  };
}

export const DATA_DIR_README = `# What is this folder?

Dossier keeps its own data for this library here. Your article files (everywhere outside this
folder) are only ever read by Dossier, never changed. Everything in here is plain text (JSON, and
Markdown for notes), written
atomically (a temporary file is written, flushed to disk and renamed over the old one), so the whole
library can be copied, synced or kept in git.

## Your work (keep it, back it up)

- \`tags.json\` — the tags you gave to articles, and tag colours. Articles are keyed by their Dossier
  id (16 hex characters, see \`manifest.json\` for which file has which id), so tags follow a file
  when it is renamed or moved.
- \`timelines/\` — the timelines you built, one file each.
- \`metadata.json\` — your corrections of articles' metadata (title, authors, publisher, publication
  date and its precision, URL), keyed by article id like the tags. They win over what Dossier reads
  from the files, everywhere (search, facets, timelines, exports); a field that is not in the file
  is not corrected, \`null\` means "none". You may edit it by hand (a date may be written as
  "2023-02-23"); Dossier keeps your edit and what it does not understand.
- \`notes/\` — your notes and highlights, one Markdown file per article (\`<article id>.md\`), made to
  be read and edited in Obsidian or any editor: YAML front matter (\`article\`, the article's \`title\`
  and \`file\`, and each highlight's place in the text: \`start\`/\`end\`, \`before\`/\`after\`,
  \`contentHash\`, \`color\`), then your note on the whole article, then one section per highlight,
  \`## Highlight <id>\`, holding the passage as a quote (\`> …\`) and your note on it. Edit them even
  while Dossier runs: Dossier applies its own changes to the file as it is then. See
  \`notes/README.md\`.

You may edit these files by hand, even while Dossier runs. Each change Dossier makes is applied to
the file as it is at that moment, so your edit (and the changes of another Dossier open on the same
library) is kept, never overwritten. What Dossier does not understand in them (a key it does not
know, a tag name or colour it cannot use) is kept as it is and listed under Problems; a file it
cannot read at all is never written over.

While Dossier writes one of these files it holds a lock: an empty folder named after the file with
\`.lock\` added (\`tags.json.lock\`, \`timelines/<id>.json.lock\`), there for a few milliseconds. A lock
left by a Dossier that was killed is taken over after a few seconds. A script that edits these files
while Dossier runs can take the same lock: \`mkdir tags.json.lock\` (retry while it exists), edit, then
\`rmdir tags.json.lock\`.

## Derived data (safe to delete: Dossier rebuilds it, which takes time on a large library)

- \`manifest.json\` — one entry per article file: its id, size, modification time, content hash
  (sha256) and the summary Dossier read from it (title, authors, publisher, date, word count,
  format, tags declared in the file), plus files Dossier skipped and why. It lets Dossier start
  without re-reading unchanged files. It also records which id each file has: if you delete it,
  ids are derived afresh from file contents, so edited files may get new ids and lose their tags.
- \`index/\` — the search index.
- \`analysis/\` — cached analysis of each article (dates, people, places, quotes), keyed by content.
- \`duplicates.json\` — a signature of each article's text (a hash of the normalised text and a MinHash
  sketch of its five-word phrases), keyed by content hash, with which Dossier recognises copies: the
  same article twice, or the same story republished with small edits.

Files and folders whose names start with a dot, \`node_modules\`, and this folder are not part of
the library. A file whose first line is \`<!-- dossier:ignore -->\` is not an article either.
`;

/** Where a library's data is kept, and why when not in the library itself. */
export interface DataLocation {
  /** The data folder: `<library>/.dossier`, or its stand-in in the user data folder. */
  dir: string;
  /** Whether `dir` is `<library>/.dossier`. */
  inLibrary: boolean;
  /** For the user, when the data is kept elsewhere: where and why. Null when it is in the library. */
  notice: string | null;
}

/** The per-user data folder of the command line: `$XDG_DATA_HOME/dossier`, else the platform's usual place. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.XDG_DATA_HOME && path.isAbsolute(env.XDG_DATA_HOME)) return path.join(env.XDG_DATA_HOME, 'dossier');
  if (process.platform === 'win32' && env.LOCALAPPDATA) return path.join(env.LOCALAPPDATA, 'dossier');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', 'dossier');
  return path.join(os.homedir(), '.local', 'share', 'dossier');
}

/** The stand-in data folder of a library that cannot be written: stable for the library's real path. */
export function userLibraryDataDir(userDataDir: string, realRoot: string): string {
  return path.join(userDataDir, 'libraries', createHash('sha256').update(realRoot).digest('hex').slice(0, 16));
}

/** Why a folder could not be written, in words. */
function whyNotWritable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EEXIST' || code === 'ENOTDIR'
    ? 'a file named .dossier is in the way'
    : code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EROFS'
        ? 'it is on a read-only disk'
        : (code ?? String(error));
}

/** Creates `dir` if needed and proves it can be written (a folder's permission bits do not tell: a read-only mount, ACLs). */
async function makeWritable(dir: string, mode?: number): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode });
  const probe = path.join(dir, `.write-test-${process.pid}-${randomBytes(4).toString('hex')}`);
  await fs.writeFile(probe, '', { flag: 'wx' });
  await fs.rm(probe, { force: true });
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Copies the user's work and the manifest (which holds the ids the tags refer to) from a library's
 * own, read-only `.dossier/` into its stand-in, once, so a colleague's tags and timelines come along.
 */
async function seedFrom(readOnly: string, dir: string): Promise<boolean> {
  const from = dataPaths(readOnly);
  const to = dataPaths(dir);
  if (!(await exists(from.dir)) || (await exists(to.manifest)) || (await exists(to.tags))) return false;
  let copied = false;
  for (const [source, target] of [
    [from.manifest, to.manifest],
    [from.tags, to.tags],
  ] as const) {
    const text = await fs.readFile(source).catch(() => undefined);
    if (text === undefined) continue;
    await writeFileAtomic(target, text);
    copied = true;
  }
  const timelines = await fs.readdir(from.timelines).catch(() => [] as string[]);
  for (const name of timelines.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
    const text = await fs.readFile(path.join(from.timelines, name)).catch(() => undefined);
    if (text === undefined) continue;
    await fs.mkdir(to.timelines, { recursive: true });
    await writeFileAtomic(path.join(to.timelines, name), text);
    copied = true;
  }
  return copied;
}

/**
 * Finds (and creates) the data folder of the library whose real path is `realRoot`: `.dossier/` in
 * the library when it can be written, else the library's folder in the user data folder (and as a
 * last resort a private temporary folder, gone after a restart). Logs once when the data is not kept
 * in the library.
 */
export async function resolveDataLocation(realRoot: string, options: { userDataDir?: string; log: (line: string) => void }): Promise<DataLocation> {
  const inLibrary = path.join(realRoot, DATA_DIR_NAME);
  let why: string;
  try {
    await makeWritable(inLibrary);
    await writeReadme(dataPaths(inLibrary).readme, DATA_DIR_README);
    return { dir: inLibrary, inLibrary: true, notice: null };
  } catch (error) {
    why = whyNotWritable(error);
  }
  const userDataDir = options.userDataDir ?? defaultUserDataDir();
  const dir = userLibraryDataDir(userDataDir, realRoot);
  let notice: string;
  try {
    await makeWritable(dir, 0o700);
    await writeReadme(dataPaths(dir).readme, `This folder holds Dossier's data for the library at\n\n    ${realRoot}\n\nwhich cannot be written (${why}).\n\n${DATA_DIR_README}`);
    const seeded = await seedFrom(inLibrary, dir).catch(() => false);
    notice =
      `The library folder cannot be written (${why}), so Dossier keeps its data for it (tags, timelines, search index) in ${dir}.` +
      (seeded ? ` It started from a copy of the tags and timelines in the library's own ${DATA_DIR_NAME} folder.` : '');
  } catch (error) {
    const temp = await fs.mkdtemp(path.join(os.tmpdir(), 'dossier-data-'));
    options.log(`dossier: cannot write ${dir} either (${whyNotWritable(error)})`);
    options.log(`dossier: the library folder cannot be written (${why}); Dossier keeps its data for it in ${temp} until the computer restarts`);
    return {
      dir: temp,
      inLibrary: false,
      notice: `Neither the library folder (${why}) nor ${dir} (${whyNotWritable(error)}) can be written, so Dossier keeps its data for this library (tags, timelines, search index) in a temporary folder that is lost when the computer restarts.`,
    };
  }
  options.log(`dossier: ${notice}`);
  return { dir, inLibrary: false, notice };
}

async function writeReadme(file: string, text: string): Promise<void> {
  // Rewritten when out of date, so the lock files and merge rules are explained in older libraries too.
  const current = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (current !== text) await writeFileAtomic(file, text);
}
