/**
 * Reading dropped or chosen files in the browser for `importFiles`: base64 encoding, folder
 * traversal (drag-and-drop of directories), and batching under the request limits. Files that
 * cannot be sent are reported, never dropped silently.
 */
export interface FileToImport {
  name: string;
  base64: string;
}

export interface LocalProblem {
  name: string;
  message: string;
}

/** The contract's per-request limits (importFiles): at most 1000 files, 70 M base64 chars each. */
export const MAX_FILES_PER_REQUEST = 1000;
export const MAX_BASE64_PER_FILE = 70_000_000;
/** Keep each request well below the web door's 72 MB body limit. */
export const MAX_BASE64_PER_REQUEST = 60_000_000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export async function readAsImport(file: File, name = file.name): Promise<FileToImport> {
  return { name, base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) };
}

/** Group files into requests that respect the limits; files too large on their own become problems. */
export function batchFiles(files: readonly FileToImport[]): { batches: FileToImport[][]; problems: LocalProblem[] } {
  const batches: FileToImport[][] = [];
  const problems: LocalProblem[] = [];
  let current: FileToImport[] = [];
  let size = 0;
  for (const f of files) {
    if (f.base64.length > MAX_BASE64_PER_FILE) {
      problems.push({ name: f.name, message: `${f.name} is too large to import (${Math.round((f.base64.length * 3) / 4 / 1024 / 1024)} MB; the limit is 50 MB).` });
      continue;
    }
    if (current.length > 0 && (current.length >= MAX_FILES_PER_REQUEST || size + f.base64.length > MAX_BASE64_PER_REQUEST)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(f);
    size += f.base64.length;
  }
  if (current.length > 0) batches.push(current);
  return { batches, problems };
}

/** Minimal shapes of the (webkit) File System entries a drop exposes. */
interface Entry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  fullPath: string;
}
interface FileEntry extends Entry {
  file(success: (f: File) => void, failure: (e: unknown) => void): void;
}
interface DirectoryEntry extends Entry {
  createReader(): { readEntries(success: (entries: Entry[]) => void, failure: (e: unknown) => void): void };
}

/** All files in a drop, walking into folders; names keep their folder path for messages. */
export async function filesFromDrop(items: DataTransferItemList | null, fallback: FileList | null): Promise<{ files: { file: File; name: string }[]; problems: LocalProblem[] }> {
  const files: { file: File; name: string }[] = [];
  const problems: LocalProblem[] = [];
  const entries: Entry[] = [];
  for (const item of items ? Array.from(items) : []) {
    const entry = item.kind === 'file' ? (item as DataTransferItem & { webkitGetAsEntry?: () => Entry | null }).webkitGetAsEntry?.() : null;
    if (entry) entries.push(entry);
  }
  if (entries.length === 0) {
    for (const file of fallback ? Array.from(fallback) : []) files.push({ file, name: file.name });
    return { files, problems };
  }
  const walk = async (entry: Entry): Promise<void> => {
    const name = entry.fullPath.replace(/^\//, '') || entry.name;
    if (entry.isFile) {
      try {
        files.push({ file: await new Promise<File>((res, rej) => (entry as FileEntry).file(res, rej)), name });
      } catch (e) {
        problems.push({ name, message: `${name} could not be read: ${e instanceof Error ? e.message : String(e)}` });
      }
    } else if (entry.isDirectory) {
      const reader = (entry as DirectoryEntry).createReader();
      // readEntries returns the folder in chunks until an empty one.
      for (;;) {
        let chunk: Entry[];
        try {
          chunk = await new Promise<Entry[]>((res, rej) => reader.readEntries(res, rej));
        } catch (e) {
          problems.push({ name, message: `The folder ${name} could not be read: ${e instanceof Error ? e.message : String(e)}` });
          break;
        }
        if (chunk.length === 0) break;
        for (const child of chunk) if (!child.name.startsWith('.')) await walk(child);
      }
    }
  };
  for (const entry of entries) await walk(entry);
  return { files, problems };
}
