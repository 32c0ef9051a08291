/** "Import files" button and the whole-window drop zone (files and folders). */
import { useEffect, useRef, useState } from 'react';
import { DRAG_TYPE } from '../search/ResultsList';
import { filesFromDrop } from './read-files';
import { useImport } from './use-import';

export function ImportControls() {
  const { state, run } = useImport();
  const [dragging, setDragging] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const isFileDrag = (e: DragEvent) => !!e.dataTransfer && e.dataTransfer.types.includes('Files') && !e.dataTransfer.types.includes(DRAG_TYPE);
    const enter = (e: DragEvent) => {
      if (!isFileDrag(e)) return;
      depth.current++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!isFileDrag(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!isFileDrag(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!isFileDrag(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      void filesFromDrop(e.dataTransfer!.items, e.dataTransfer!.files).then(({ files, problems }) => run(files, problems));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [run]);

  return (
    <>
      <label className="button import-button" title="Import .txt, .md, .html, .pdf, .eml or .mht files (or drop files and folders anywhere)">
        Import files
        <input
          type="file"
          multiple
          className="visually-hidden"
          accept=".txt,.md,.markdown,.html,.htm,.pdf,.eml,.mht,.mhtml,text/plain,text/markdown,text/html,application/pdf,message/rfc822"
          disabled={state.busy}
          onChange={(e) => {
            const list = Array.from(e.target.files ?? []);
            e.target.value = '';
            void run(list.map((file) => ({ file, name: file.name })));
          }}
        />
      </label>
      {state.busy && (
        <div className="import-progress" role="progressbar" aria-label="Importing" aria-valuemin={0} aria-valuemax={state.total} aria-valuenow={state.done}>
          Importing {state.done} / {state.total}…
        </div>
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop files or folders to import them into the library</p>
        </div>
      )}
    </>
  );
}
