/**
 * "Pier to reopen in May | The Gazette": the site's name a page's title sets after the headline, past a bar or a
 * dash with spaces around it. The plain-text and Markdown readers meet such titles with no other word from the page
 * on who its site is (a tool's "Title:" field, a mail's subject, a share text, a clipper's page title, a browser's
 * print header). A web page's title, whose templates set more marks and parts ("Headline · Section » Site"), is
 * split by html-title.ts, which drops the parts that the page's own names for its site match.
 *
 * Two strengths. A line that may be a title or anything else is split only at its last bar or dash, with a headline
 * of 20 characters or more before it and a short name after it that has no dash or hyphen of its own ("Home - News"
 * and "Pier re-opens - May 2024" are no such titles). After a line known to be the page's title, or after its
 * headline, the site's name may be longer and hold a hyphen ("Harbour Post-Gazette").
 */

/** A headline of 20 characters or more, a bar or dash, and a site's name of 2 to 40 characters with none of its own. */
const SITE_SUFFIX = /^(.{20,})\s+[|–—-]\s+([^|–—-]{2,40})$/;
/** The longest line read for a site's name (which also bounds the pattern's work). */
const MAX_TITLE_WITH_SITE = 300;
/** A bar or dash, then a site's name of 2 to 60 characters that ends the title (a hyphen in it is the name's own). */
const SITE_AFTER = /\s+[|–—-]\s+([^|–—]{2,60})$/;

export interface SiteSuffix {
  /** The line before the bar or dash, as typed. */
  headline: string;
  site: string;
}

/** A line that may be "Headline | The Gazette", as its headline and its site's name: null for any other line. */
export function splitSiteSuffix(line: string): SiteSuffix | null {
  const m = line.length <= MAX_TITLE_WITH_SITE ? SITE_SUFFIX.exec(line) : null;
  return m ? { headline: m[1]!, site: m[2]!.trim() } : null;
}

/** The site's name in what a title has after a headline found elsewhere (" | The Gazette"): null if it is not one. */
export function siteAfterHeadline(rest: string): string | null {
  const m = SITE_AFTER.exec(rest);
  return m?.index === 0 ? m[1]!.trim() : null;
}

/** The site's name at the end of a line known to be a page's title ("Lido to open early | Ashby Post"), or null. */
export function siteOfPageTitle(title: string): string | null {
  return SITE_AFTER.exec(title)?.[1]!.trim() ?? null;
}
