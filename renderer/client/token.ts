/**
 * The web door's token arrives once in the page URL fragment (`#token=…`). We keep it in
 * sessionStorage (so a reload keeps working) and strip it from the URL so it is not left in
 * history, bookmarks or screenshots.
 */
export const TOKEN_STORAGE_KEY = 'dossier.token';

export interface TokenEnv {
  location: { hash: string; pathname: string; search: string };
  history: { replaceState(data: unknown, unused: string, url?: string): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/** Read the token from the fragment (preferred) or storage; remove it from the URL. */
export function takeToken(env: TokenEnv): string | null {
  const hash = env.location.hash.replace(/^#/, '');
  const params = new URLSearchParams(hash);
  const fromHash = params.get('token');
  if (fromHash) {
    env.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(null, '', env.location.pathname + env.location.search + (rest ? `#${rest}` : ''));
    return fromHash;
  }
  return env.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}
