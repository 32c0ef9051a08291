import { saveBlob } from '../app/download';

/** Saves text as a file through the browser's download (works in Electron's renderer too). */
export function downloadText(filename: string, content: string, mimeType: string): void {
  saveBlob(filename, new Blob([content], { type: `${mimeType};charset=utf-8` }));
}
