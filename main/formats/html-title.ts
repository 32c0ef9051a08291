/**
 * The headline of a web page. Page titles are built by templates as "Headline | Section | Site",
 * "Site - Headline", "Site: Headline", "Headline | by Author | Publication | Medium"; JSON-LD and og:title often
 * repeat the same suffixes. The site's part is dropped when the page names its site elsewhere (og:site_name,
 * application-name, JSON-LD publisher or WebSite, logo or home link, copyright holder, the domain), when
 * another title of the page is the same text without it, or when the page shows the headline alone as a heading.
 */
import { CUT_OFF, hasWirePrefix, withoutWirePrefix } from './headline-labels';
import { collapseSpaces } from './text-blocks';

/** Separators templates put between a headline and the site or section name (Chinese sites' "_" too, between Han characters or quotation marks). */
const SEPARATOR = /\s+[|–—·•»~/]\s+|\s+-{1,2}\s+|\s*\|\s*|\s+::\s+|(?<=[\p{Script=Han}”」』）])_(?=[\p{Script=Han}])/gu;
/** A section label beside the headline: "World", "Business", "Science & Health". */
const MAX_SECTION_WORDS = 3;

interface Part {
  text: string;
  start: number;
  end: number;
}

export interface TitleEvidence {
  /** Candidate titles in order of trust (JSON-LD headline, og:title, twitter:title, ..., <title>). */
  candidates: string[];
  /** Headings shown on the page. */
  headings: string[];
  /** The page's <h1> headings outside its furniture. */
  mainHeadings?: string[];
  /** Names the page gives its site. */
  siteNames: string[];
  /** The page's host name ("www.valleyherald.example"), if known. */
  host: string | null;
}

export function chooseTitle(evidence: TitleEvidence): string | null {
  const candidates = [...new Set(evidence.candidates.map((c) => untruncated(withoutWirePrefix(collapseSpaces(c)), evidence.headings)).filter((c) => c !== ''))];
  if (candidates.length === 0) return null;
  const isSite = siteMatcher(evidence.siteNames, evidence.host);
  // A heading with a wire prefix is the story's headline as the agency sent it; a page title that does not
  // resemble it is the terminal's or feed's ("Wire | Story 1342 | SLUG").
  const wire = evidence.headings.map(collapseSpaces).find((h) => hasWirePrefix(h) && isHeadlineLike(withoutWirePrefix(h)));
  if (wire && !candidates.some((c) => resembles(c, withoutWirePrefix(wire)))) return withoutWirePrefix(wire);
  const headings = new Set(evidence.headings.map((h) => collapseSpaces(h).toLowerCase()));

  const stripped = candidates.map((c) => withoutSiteParts(c, isSite));
  // A headline the page also shows as a heading is the headline, whatever else the template added.
  for (const title of stripped) {
    if (headings.has(title.toLowerCase()) && !isSite(title)) return title;
    const run = partsOf(title);
    for (let len = run.length - 1; len >= 1; len--) {
      for (let i = 0; i + len <= run.length; i++) {
        const text = title.slice(run[i]!.start, run[i + len - 1]!.end);
        // Not a section label that happens to be a heading too: the run must outweigh the parts left out.
        const words = text.split(/\s+/).length;
        const others = run.filter((_, k) => k < i || k >= i + len).map((p) => p.text.split(/\s+/).length);
        if (headings.has(text.toLowerCase()) && !isSite(text) && (words > MAX_SECTION_WORDS || others.every((n) => n < words))) return text;
      }
    }
  }
  // "Harbour Notes #87: Headline", "Site :: View topic - Headline": a title that holds a shown headline after
  // a colon or a separator is that headline with the template's additions.
  for (const title of stripped) {
    const inside = evidence.headings.find((h) => isHeadlineLike(h) && !isSite(h) && endsTitle(title, collapseSpaces(h)));
    if (inside) return collapseSpaces(inside);
  }
  // The one <h1> of the article, a headline in its own right, over a metadata title it does not match: the
  // metadata title is then a rewrite for search engines and social cards.
  const main = (evidence.mainHeadings ?? []).map(collapseSpaces).filter((h) => isHeadlineLike(h) && !isSite(h));
  // (Also one it resembles: a reworded or longer headline is still the one the reader sees; but not one that is
  // the metadata title behind a label, "Live: Headline", "Watch: Headline".)
  if (main.length === 1) {
    const shown = main[0]!;
    const key = (t: string) => t.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
    const labelled = stripped.some((t) => key(shown).endsWith(key(t)) && /^\S+(?:\s\S+)?\s*[:|–—-]\s*$/.test(shown.slice(0, shown.length - t.length)));
    // (The same headline in the metadata with straight quotation marks is the h1's as the page spells it.)
    if (!labelled) return shown;
  }
  // Another title of the page that is a run of this one's parts is this one without its additions.
  let best = stripped[0]!;
  // A page whose one <h1> is its logo, or that has none (a template that sets the story's headline as an <h2>): the first heading that
  // words the metadata title's story as the page shows it ("Fishermen stay ashore over fuel shortage" for the SEO
  // title "Fuel shortage: fishermen stay ashore").
  if (main.length === 0) {
    const shownStory = evidence.headings.map(collapseSpaces).find((h) => isHeadlineLike(h) && !isSite(h) && resembles(h, best));
    // (A heading that holds the metadata title whole, with a badge beside it, "... Featured", is no rewrite of it.)
    if (shownStory && !shownStory.toLowerCase().includes(best.toLowerCase()) && !best.toLowerCase().includes(shownStory.toLowerCase())) return shownStory;
  }
  for (const other of stripped.slice(1)) {
    if (other.length < best.length && isRunOf(other, best)) best = other;
  }
  // A title that is only the site's name ("<title>Valley Herald</title>" on a hand-built page) names no story.
  return sectionPageTitle(best, candidates, stripped) || isSite(best) ? (shownHeadline(evidence, isSite) ?? best) : best;
}


/**
 * A metadata headline cut to a length limit (schema.org validators warn past 110 characters, so CMSs truncate
 * and add an ellipsis) is the start of the headline the page shows in full: that heading stands for it.
 */
function untruncated(candidate: string, headings: string[]): string {
  if (!CUT_OFF.test(candidate)) return candidate;
  const start = candidate.replace(CUT_OFF, '').toLowerCase();
  if (start.split(/\s+/).length <= MAX_SECTION_WORDS) return candidate;
  const full = headings.map(collapseSpaces).find((h) => h.length > start.length && h.toLowerCase().startsWith(start));
  return full ?? candidate;
}

/**
 * A template's page title names the site and a section or view, not the story ("Gazette - News", "Print -
 * Outlet"): what is left once the site's name is dropped is a section label.
 */
function sectionPageTitle(best: string, candidates: string[], stripped: string[]): boolean {
  const k = stripped.indexOf(best);
  return !isHeadlineLike(best) && k >= 0 && candidates[k] !== best;
}

/** The headline the page shows: its one <h1>, else its first heading long enough to be a headline. */
function shownHeadline(evidence: TitleEvidence, isSite: (text: string) => boolean): string | null {
  const usable = (h: string) => isHeadlineLike(h) && !isSite(h);
  const main = (evidence.mainHeadings ?? []).map(collapseSpaces).filter(usable);
  if (main.length === 1) return main[0]!;
  return evidence.headings.map(collapseSpaces).find(usable) ?? null;
}

/** A headline, not a label: more words than a section name. */
function isHeadlineLike(text: string): boolean {
  return text.split(/\s+/).length > MAX_SECTION_WORDS + 1;
}

/** Whether `title` is `headline` after a prefix ending in a colon or a template separator ("Notes #3: Headline"). */
function endsTitle(title: string, headline: string): boolean {
  const t = title.toLowerCase();
  const h = headline.toLowerCase();
  if (t === h || !t.endsWith(h)) return false;
  return /(?::|\s[|–—·•»~/-]{1,2}|\s::)\s*$/.test(title.slice(0, title.length - headline.length));
}

/** Two headlines that share most of their words (a title and a heading edited apart by a word or two). */
function resembles(a: string, b: string): boolean {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2));
  const x = words(a);
  const y = words(b);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared >= 0.6 * Math.min(x.size, y.size);
}

/** The parts of a title between template separators, with their offsets. */
function partsOf(title: string): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push({ text: title.slice(from, m.index).trim(), start: from, end: m.index });
    from = m.index + m[0].length;
  }
  parts.push({ text: title.slice(from).trim(), start: from, end: title.length });
  return parts.filter((p) => p.text !== '');
}

function isRunOf(short: string, long: string): boolean {
  const parts = partsOf(long);
  const key = short.toLowerCase();
  for (let i = 0; i < parts.length; i++) {
    for (let j = i; j < parts.length; j++) {
      if (long.slice(parts[i]!.start, parts[j]!.end).toLowerCase() === key) return true;
    }
  }
  // "Site: Headline" -> "Headline".
  return long.toLowerCase().endsWith(`: ${key}`);
}

/**
 * The title without its site parts: known site names at either end ("| The Gazette", "Gazette - "), a
 * "Site: " prefix, author credits ("| by Jane Doe"), then, once the title has shown itself to be a template's
 * parts, section labels beside a longer headline.
 */
function withoutSiteParts(title: string, isSite: (text: string) => boolean): string {
  let text = title;
  const colon = /^([^:]{2,60}):\s+(.+)$/.exec(text);
  if (colon && isSite(colon[1]!)) text = colon[2]!;
  let parts = partsOf(text);
  let dropped = false;
  const droppable = (p: Part) => isSite(p.text) || /^by\s+\p{Lu}/u.test(p.text);
  while (parts.length > 1 && droppable(parts[parts.length - 1]!)) {
    parts = parts.slice(0, -1);
    dropped = true;
  }
  while (parts.length > 1 && droppable(parts[0]!)) {
    parts = parts.slice(1);
    dropped = true;
  }
  if (dropped && parts.length > 1) {
    const words = (p: Part) => p.text.split(/\s+/).length;
    const longest = parts.reduce((a, b) => (words(b) > words(a) ? b : a));
    if (parts.every((p) => p === longest || words(p) <= MAX_SECTION_WORDS)) parts = [longest];
  }
  return parts.length === 0 ? text : text.slice(parts[0]!.start, parts[parts.length - 1]!.end).trim();
}

/** Whether a title part names the site: one of its names, or its domain spelt out ("Valley Herald" for valleyherald.example). */
function siteMatcher(siteNames: string[], host: string | null): (text: string) => boolean {
  const squash = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
  const keys = new Set<string>();
  for (const name of siteNames) {
    const key = squash(name);
    if (key.length >= 2) {
      keys.add(key);
      keys.add(key.replace(/^the/, ''));
    }
  }
  const hostLabel = host ? host.toLowerCase().replace(/^www\d*\./, '').split('.')[0]! : null;
  if (hostLabel && hostLabel.length >= 4) {
    keys.add(hostLabel.replace(/[^a-z0-9]/g, ''));
  }
  return (text: string) => {
    const key = squash(text);
    return key.length >= 2 && (keys.has(key) || keys.has(key.replace(/^the/, '')));
  };
}
