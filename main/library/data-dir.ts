/**
 * The layout of `.dossier/`, Dossier's own folder inside a library, and the README that explains it
 * to whoever opens the folder (a user, a sync tool, a git history).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from './atomic-write';

export const DATA_DIR_NAME = '.dossier';

export function dataPaths(root: string) {
  const dir = path.join(root, DATA_DIR_NAME);
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
  when it is renamed or moved. You may edit it by hand while Dossier runs: Dossier notices and
  reloads it instead of overwriting your edit.
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

## Derived data (safe to delete: Dossier rebuilds it, which takes time on a large library)

- \`manifest.json\` — one entry per article file: its id, size, modification time, content hash
  (sha256) and the summary Dossier read from it (title, authors, publisher, date, word count,
  format, tags declared in the file), plus files Dossier skipped and why. It lets Dossier start
  without re-reading unchanged files. It also records which id each file has: if you delete it,
  ids are derived afresh from file contents, so edited files may get new ids and lose their tags.
- \`index/\` — the search index.
- \`analysis/\` — cached analysis of each article (dates, people, places, quotes), keyed by content.

Files and folders whose names start with a dot, \`node_modules\`, and this folder are not part of
the library. A file whose first line is \`<!-- dossier:ignore -->\` is not an article either.
`;

/**
 * Creates `.dossier/` and its README when missing. Returns false (and says why) when the
 * library folder cannot be written, e.g. a read-only medium: the library then works from memory.
 */
export async function ensureDataDir(root: string, log: (line: string) => void): Promise<boolean> {
  const paths = dataPaths(root);
  try {
    await fs.mkdir(paths.dir, { recursive: true });
    const hasReadme = await fs.stat(paths.readme).then(
      () => true,
      () => false,
    );
    if (!hasReadme) await writeFileAtomic(paths.readme, DATA_DIR_README);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'a file of that name is in the way'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EROFS'
            ? 'the disk is read-only'
            : (code ?? String(error));
    log(`dossier: cannot write ${paths.dir} (${why}); tags and the manifest will be kept in memory only`);
    return false;
  }
}
