/**
 * Labels set before a headline that are no words of it, one implementation for every reader: an agency's desk slugs
 * ("UPDATE 2-", "CORRECTED-UPDATE 1-"), the bracketed kind of story of East Asian outlets ("【速報】", "[속보]"), and the
 * labels of urgency or form before a separator ("BREAKING: ", "Live: ", "Just in - ").
 */

/**
 * The prefix wire agencies put on a headline for their clients' editors: words in capitals and an optional number,
 * perhaps a note in brackets, then a hyphen touching the headline; several may follow one another.
 */
const WIRE_PREFIX =
  /^(?:(?:UPDATE|WRAPUP|REFILE|RPT|REPEAT|CORRECTED|CORRECTION|EXCLUSIVE|INSIGHT|ANALYSIS|FACTBOX|FOCUS|FEATURE|PREVIEW|BREAKINGVIEWS|INTERVIEW|TIMELINE|EXPLAINER|GLOBAL MARKETS|GRAPHIC|COLUMN|SPECIAL REPORT)(?:\s+\d{1,2})?(?:\s\([A-Z ]+\))?-)+(?=\S)/;

/**
 * The label East Asian outlets set in brackets before a headline: "【速報】" (breaking), "【独自】" (exclusive),
 * "[속보]", "[단독]", "【视频】": a kind of story, not words of its headline.
 */
const BRACKETED_LABEL = /^(?:【[^】]{1,6}】|\[[\p{Script=Hangul}\p{Script=Han}]{1,4}\])\s*(?=\S)/u;

/**
 * Words of urgency that label a story: "Breaking", "Just in", "Developing", "Updated", "Exclusive", "Live updates", and
 * the live and breaking labels of other languages' sites ("Diretta", "En direct", "En vivo", "Ao vivo", "Liveticker",
 * "Na żywo", "Uživo", "Última hora", "Dernière minute", "Ultim'ora", "Eilmeldung").
 */
const URGENCY = String.raw`breaking(?:\s+news)?|just\s+in|developing(?:\s+story)?|updated?|exclusive|live(?:\s+updates?|\s+blog)?|(?:in\s+)?diretta|en\s+direct|en\s+vivo|ao\s+vivo|en\s+directo|directo|live-?ticker|na\s+żywo|uživo|última\s+hora|dernière\s+minute|ultim['’]ora|eilmeldung`;

/** The labels other languages' sites give their strip of latest news: "Lo último", "En continu", "Siste nytt". */
export const LATEST_NEWS_WORDS = String.raw`lo último|lo más reciente|última hora|últimas|dernière minute|en continu|ultim['’]ora|ultima ora|eilmeldung|laatste nieuws|senaste nytt|siste nytt|seneste nyt`;

/**
 * A breaking-news strip's or ticker's label on a line of its own ("BREAKING", "Just in", "Latest news", "Lo último"):
 * the line under it is the strip's item, another story's headline.
 */
const TICKER_LABEL = new RegExp(String.raw`^(?:${URGENCY}|${LATEST_NEWS_WORDS}|latest(?:\s+news)?|news\s*flash|trending(?:\s+now)?)\s*:?$`, 'iu');

export function isTickerLabel(text: string): boolean {
  return TICKER_LABEL.test(text.trim());
}

/** Labels of urgency or form before a separator: "BREAKING: ...", "Just in - ...", "Live: ...", "LIVE UPDATES | ...". */
const KICKER = new RegExp(String.raw`^(?:${URGENCY})\s*[:|–—-]\s+(?=\S)`, 'i');

/**
 * The words a badge set apart at the start of a headline says ("<h1><span class="badge">Live</span> Port strike
 * ends</h1>"): the kind or urgency of the story, not words of its headline. The element's edge separates it, as the
 * colon does in "Live: ...".
 */
const BADGE = new RegExp(String.raw`^(?:${URGENCY}|live\s+now|watch|video|listen|podcast|opinion|analysis|explainer|sponsored|premium|photos?|gallery|fact\s+check)$`, 'i');

/** The ellipsis a CMS, an SEO plugin or a breadcrumb puts where it cut a headline ("... says commissioner af..."). */
export const CUT_OFF = /\s*(?:\.{3}|…)$/;

/** Whether the text of an element leading a headline is such a badge. */
export function isHeadlineBadge(text: string): boolean {
  return BADGE.test(text.trim().replace(/[\s:|–—-]+$/, ''));
}

/** Whether a headline carries an agency's desk slug ("UPDATE 2-Port strike ends"). */
export function hasWirePrefix(headline: string): boolean {
  return WIRE_PREFIX.test(headline);
}

/** A headline without its wire prefix or bracketed label: "UPDATE 2-Port strike ends" -> "Port strike ends". */
export function withoutWirePrefix(headline: string): string {
  return headline.replace(WIRE_PREFIX, '').replace(BRACKETED_LABEL, '');
}

/** A headline without any label before it: "CORRECTED-Port strike ends", "Live: Port strike ends" -> "Port strike ends". */
export function withoutHeadlineLabels(headline: string): string {
  return withoutWirePrefix(headline).replace(KICKER, '');
}
