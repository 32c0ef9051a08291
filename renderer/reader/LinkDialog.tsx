/** Asks before a link from a saved page leaves Dossier: a new tab (web) or the system browser (desktop). */
import { useEffect, useRef } from 'react';
import type { LinkTarget } from '../../shared/external-url';

interface Props {
  /** The link being followed; null closes the dialog. */
  target: LinkTarget | null;
  /** True in the desktop app, where links open in the system's browser. */
  desktop: boolean;
  onClose(): void;
}

export function LinkDialog({ target, desktop, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (target && !dialog.open) dialog.showModal();
    if (!target && dialog.open) dialog.close();
  }, [target]);

  const open = (url: string) => {
    // In the desktop app the main process hands this to the system browser (setWindowOpenHandler).
    window.open(url, '_blank', 'noopener,noreferrer');
    onClose();
  };

  return (
    <dialog ref={ref} className="link-dialog" aria-labelledby="link-dialog-title" onClose={onClose}>
      {target?.kind === 'external' && (
        <>
          <h2 id="link-dialog-title">Open this link outside Dossier?</h2>
          <p className="path">{target.url}</p>
          <p className="muted">The article stays open here. {desktop ? 'The link opens in your web browser.' : 'The link opens in a new tab.'}</p>
          <div className="dialog-actions">
            <button type="button" onClick={() => open(target.url)} autoFocus>
              {desktop ? 'Open in browser' : 'Open in new tab'}
            </button>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </>
      )}
      {target?.kind === 'refused' && (
        <>
          <h2 id="link-dialog-title">This link cannot be opened</h2>
          <p>{target.reason}.</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose} autoFocus>
              Close
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
