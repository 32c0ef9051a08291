import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { App, type Account } from './app/App';
import { ApiProvider } from './app/api-context';
import { createClient } from './client';
import { createHttpClient } from './client/http';
import { LoginScreen, type SignedIn } from './team/LoginScreen';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Dossier: #root element missing from index.html');

/** Where a team member's session token is kept: this tab only, like the local token. */
const SESSION_KEY = 'dossier.session';

interface TeamMode {
  library: string;
  user: SignedIn['user'] | null;
}

/** Asks the web door whether it serves a team library (sign-in) or a local one (token in the address). */
async function teamMode(): Promise<TeamMode | null> {
  if ((window as { dossier?: unknown }).dossier) return null; // the desktop app
  const token = sessionStorage.getItem(SESSION_KEY);
  try {
    const res = await fetch('/auth/session', { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    if (!res.ok) return null;
    const body = (await res.json()) as { mode?: string; library?: string; user?: SignedIn['user'] | null };
    return body.mode === 'team' ? { library: body.library ?? 'Team library', user: body.user ?? null } : null;
  } catch {
    return null;
  }
}

function TeamApp({ mode }: { mode: TeamMode }) {
  const [session, setSession] = useState<SignedIn | null>(() => {
    const token = sessionStorage.getItem(SESSION_KEY);
    return token && mode.user ? { token, user: mode.user } : null;
  });
  const [notice, setNotice] = useState<string | null>(null);
  const signOut = (message: string | null) => {
    const token = session?.token;
    sessionStorage.removeItem(SESSION_KEY);
    setSession(null);
    setNotice(message);
    if (token && message === null) void fetch('/auth/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => {});
  };
  if (!session) {
    return (
      <LoginScreen
        library={mode.library}
        notice={notice}
        onSignedIn={(s) => {
          sessionStorage.setItem(SESSION_KEY, s.token);
          setSession(s);
        }}
      />
    );
  }
  const account: Account = { name: session.user.displayName, signOut: () => signOut(null) };
  const client = createHttpClient({ baseUrl: '', token: session.token, onUnauthorized: () => signOut('Your session has ended; sign in again.') });
  return (
    <ApiProvider key={session.token} client={client}>
      <App account={account} />
    </ApiProvider>
  );
}

void teamMode().then((mode) => {
  createRoot(root).render(
    <StrictMode>
      {mode ? (
        <TeamApp mode={mode} />
      ) : (
        <ApiProvider client={createClient()}>
          <App />
        </ApiProvider>
      )}
    </StrictMode>,
  );
});
