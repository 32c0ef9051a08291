/**
 * When two names denote the same actor. News writes a person in full once ("Trade Commissioner Maria
 * Lindqvist") and by surname afterwards ("Lindqvist said"); another outlet may only ever use the
 * surname. So a one-word name matches a longer name that ends with (or, for names written surname
 * first, starts with) that word. Organisations match when equal up to case, "the" and punctuation.
 */

const keys = new Map<string, string>();

export function nameKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = computeKey(name);
    if (keys.size > 50_000) keys.clear();
    keys.set(name, key);
  }
  return key;
}

function computeKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether two names (canonical or as written) can denote the same actor. */
export function sameName(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const xs = x.split(' ');
  const ys = y.split(' ');
  if (xs.length === ys.length) return false;
  const [short, long] = xs.length < ys.length ? [xs, ys] : [ys, xs];
  // "Lindqvist" ~ "Maria Lindqvist"; "Wang" ~ "Wang Wenbin"; never one common word for a name of three.
  if (short.length !== 1 || short[0]!.length < 3 || long.length > 3) return false;
  return long[long.length - 1] === short[0] || long[0] === short[0];
}

/** Whether any name of `a` is the same actor as a name of `b`. */
export function shareName(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameName(x, y)));
}
