/**
 * File > Import Files…: main reads the files the user picked in its own dialog and hands them to
 * the service's importFiles op (validated like any other request). Files too large for one
 * request are reported, not half-imported.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { dispatch, type DoorResult } from '../api/dispatch';
import type { DoorService as DossierService } from '../api/service-types';

/** Per-file cap, matching the contract's 70 000 000 base64 characters. */
export const MAX_IMPORT_FILE_BYTES = Math.floor((70_000_000 / 4) * 3);

export async function importChosenFiles(service: DossierService, files: readonly string[], log?: (line: string) => void): Promise<{ result: DoorResult | null; skipped: string[] }> {
  const skipped: string[] = [];
  const payload: Array<{ name: string; base64: string }> = [];
  for (const file of files.slice(0, 1000)) {
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile()) {
        skipped.push(`${path.basename(file)}: not a file`);
        continue;
      }
      if (stat.size > MAX_IMPORT_FILE_BYTES) {
        skipped.push(`${path.basename(file)}: larger than ${Math.round(MAX_IMPORT_FILE_BYTES / 1e6)} MB`);
        continue;
      }
      payload.push({ name: path.basename(file), base64: (await fs.readFile(file)).toString('base64') });
    } catch (error) {
      skipped.push(`${path.basename(file)}: ${(error as Error).message}`);
    }
  }
  if (files.length > 1000) skipped.push(`${files.length - 1000} more files: import at most 1000 at a time`);
  if (payload.length === 0) return { result: null, skipped };
  return { result: await dispatch(service, 'importFiles', { files: payload }, { log }), skipped };
}
