/**
 * Which links Dossier hands to a browser: the desktop app's main process before shell.openExternal,
 * and the reader before it offers to open a link from a saved page. Pure.
 */

/**
 * Whether a URL may be opened outside Dossier: http(s) only, no user:password@, a real host name
 * (not empty, not a bare word, not a local or numeric loopback address). Anything else is dropped.
 */
export function isSafeExternalUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  if (host === '' || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return false;
  if (host.startsWith('[')) return false; // IPv6 literal: not a site anyone links to from an article
  if (/^[0-9.]+$/.test(host) || /^0x/i.test(host)) return false; // numeric / hex IPv4 forms
  // A real host name has a dot and a plausible top-level label.
  const labels = host.split('.');
  const tld = labels.at(-1) ?? '';
  return labels.length >= 2 && labels.every((label) => label.length > 0) && /^(xn--[a-z0-9-]+|[a-z]{2,63})$/.test(tld);
}

export type LinkTarget = { kind: 'in-page' } | { kind: 'external'; url: string } | { kind: 'refused'; reason: string };

/**
 * What a click on a link of a saved page means. `#section` stays in the page; a relative link is
 * resolved against the page's original address (unknown: it cannot be followed); the result must
 * pass isSafeExternalUrl to be offered at all.
 */
export function linkTarget(href: string, pageUrl: string | null): LinkTarget {
  const raw = href.trim();
  if (raw.startsWith('#')) return { kind: 'in-page' };
  let url: URL;
  try {
    url = pageUrl ? new URL(raw, pageUrl) : new URL(raw);
  } catch {
    return { kind: 'refused', reason: pageUrl ? 'it is not a valid address' : 'it is relative to the page’s original address, which is unknown' };
  }
  const absolute = url.toString();
  if (!isSafeExternalUrl(absolute)) return { kind: 'refused', reason: `Dossier opens only web addresses (http and https) of real sites, not “${absolute.slice(0, 80)}”` };
  return { kind: 'external', url: absolute };
}
