/**
 * Sign-in for a team library (`dossier serve --db`): name and password, sent to /auth/login;
 * the session token it returns is kept for this tab only (sessionStorage), like the local token.
 */
import { useState, type FormEvent } from 'react';

export interface SignedIn {
  token: string;
  user: { name: string; displayName: string };
}

export async function signIn(name: string, password: string, doFetch: typeof fetch = fetch): Promise<SignedIn> {
  let res: Response;
  try {
    res = await doFetch('/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, password }) });
  } catch {
    throw new Error('The Dossier server cannot be reached. Is it still running?');
  }
  const body = (await res.json().catch(() => ({}))) as Partial<SignedIn> & { message?: string };
  if (!res.ok || !body.token || !body.user) throw new Error(res.status === 401 ? 'Wrong name or password.' : (body.message ?? `Sign-in failed (HTTP ${res.status}).`));
  return { token: body.token, user: body.user };
}

export function LoginScreen({ library, onSignedIn, notice }: { library: string; onSignedIn(session: SignedIn): void; notice?: string | null }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(name, password));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };

  return (
    <main className="login-screen">
      <form className="login-form" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <h1 id="login-title">Dossier</h1>
        <p className="muted">
          Sign in to the team library <strong>{library}</strong>
        </p>
        {notice && <p className="banner">{notice}</p>}
        <label>
          Name
          <input name="name" autoComplete="username" autoFocus required value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && (
          <p role="alert" className="banner error">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
