/** Files the library could not read: a count badge in the top bar and a dialog listing each with its reason. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '../../shared/model';
import { useApi, useEvent } from '../app/api-context';
import { errorMessage } from '../client';

export function ProblemsButton() {
  const api = useApi();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const refresh = useCallback(() => {
    api.problems({}).then(
      (r) => {
        setProblems(r.problems);
        setFailure(null);
      },
      (e) => setFailure(errorMessage(e)),
    );
  }, [api]);
  useEffect(refresh, [refresh]);
  useEvent('problemsChanged', refresh);
  useEvent('libraryChanged', refresh);

  const count = problems.length;
  return (
    <>
      <button
        type="button"
        className={`problems-button${count ? ' has-problems' : ''}`}
        aria-label={`Problems (${count})`}
        aria-haspopup="dialog"
        onClick={() => {
          refresh();
          dialog.current?.showModal();
        }}
      >
        Problems <span className="badge">{count}</span>
      </button>
      <dialog ref={dialog} className="problems-dialog" aria-labelledby="problems-title">
        <h2 id="problems-title">Files that could not be read fully</h2>
        {failure && <p className="error">The list could not be loaded: {failure}</p>}
        {count === 0 ? (
          <p>No problems: every file in the library was read.</p>
        ) : (
          <ul className="problems" aria-label="Problems">
            {problems.map((p, i) => (
              <li key={`${p.path}-${i}`}>
                <span className="path">{p.path}</span> <span className="problem-code">{p.code}</span>
                {p.partial && <span className="muted"> (kept what could be read)</span>}
                <p>{p.message}</p>
              </li>
            ))}
          </ul>
        )}
        <form method="dialog">
          <button type="submit">Close</button>
        </form>
      </dialog>
    </>
  );
}
