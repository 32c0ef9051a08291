/** About Dossier: version, licence, and the third-party data and code it ships (shared/notices.ts). */
import { forwardRef } from 'react';
import { DOSSIER_LICENCE, NOTICES } from '../../shared/notices';

declare const __DOSSIER_VERSION__: string | undefined;
const version = typeof __DOSSIER_VERSION__ === 'string' ? __DOSSIER_VERSION__ : '';

export const AboutDialog = forwardRef<HTMLDialogElement>(function AboutDialog(_props, ref) {
  return (
    <dialog ref={ref} className="about-dialog" aria-labelledby="about-title">
      <h2 id="about-title">About Dossier{version ? ` ${version}` : ''}</h2>
      <p>An offline research workbench for people who study the news. Free software under the {DOSSIER_LICENCE} licence.</p>
      <h3>Data and code from others</h3>
      <ul>
        {NOTICES.map((n) => (
          <li key={n.name}>
            <strong>{n.name}</strong>: {n.use}. {n.licence}, {n.copyright}. <span className="muted">{n.url}</span>
          </li>
        ))}
      </ul>
      <p className="muted">Other libraries Dossier uses are under MIT, ISC or BSD licences, named in their own package files.</p>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
});
