/**
 * "Open original": the desktop app opens the file in the system's default program; in a browser (or when
 * the desktop shell cannot), the file is saved as a download, never shown in the page.
 */
import type { DossierClient } from '../client';
import { base64ToBytes, saveBlob } from '../app/download';

export async function openOriginal(api: DossierClient, id: string): Promise<'opened' | 'downloaded'> {
  if (api.door === 'ipc') {
    const result = await api.openOriginal({ id });
    if (result.opened) return 'opened';
  }
  const file = await api.getOriginal({ id });
  saveBlob(file.name, new Blob([base64ToBytes(file.base64)], { type: file.mediaType }));
  return 'downloaded';
}
