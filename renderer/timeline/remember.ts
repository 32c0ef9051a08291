/** The timeline last chosen in each library, kept in the browser's storage (it survives reloads and restarts). */
const KEY = 'dossier.timeline.current';

function read(): Record<string, string> {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function rememberedTimeline(library: string): string | null {
  return read()[library] ?? null;
}

export function rememberTimeline(library: string, id: string | null): void {
  try {
    const all = read();
    if (id) all[library] = id;
    else delete all[library];
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Storage refused (private mode, quota): the choice holds for this session only.
  }
}
