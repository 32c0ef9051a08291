/**
 * Whether a line of a plain-text copy is running prose, not a line of its header (headline, credit, date,
 * standfirst, tagline, field) or of a page's furniture. Two strengths, for two places:
 * - in a site's header (`isProse`), whose standfirsts, taglines and share texts are often sentences of ten words or
 *   more: only a long line, or a long sentence with a lower-case word, is prose there. Ending the search for the
 *   story's headline at a shorter sentence would lose a headline set below it (a school paper's tagline "The student
 *   paper of Harbourside High since 1990, written by its pupils." over the headline);
 * - under lines of fields ("Title: ...", "Source: ..."), where no other sentence stands (`isStoryLine`): a shorter
 *   line, or any sentence of ten words, is the story's first paragraph.
 */

/** Lines longer than any header line (headline, credit, date): prose however they end, and never matched against a header pattern. */
export const MAX_HEADER_LINE = 200;
/** A sentence longer than this, with a word in lower case, is prose even in a site's header. */
const HEADER_SENTENCE = 90;
/** Under field lines, a line this long is prose however it ends, and so is a sentence of this many words. */
const STORY_LINE = 160;
const STORY_SENTENCE_WORDS = 10;
/** The full stops of other scripts: the danda and double danda, the ideographic stops, the Arabic and Urdu ones, the Ethiopic, the Armenian. */
export const OTHER_SCRIPT_STOPS = '।॥。！？؟۔።։';
/** A sentence's end: its stop (or another script's), then perhaps a closing quotation mark or bracket. */
const SENTENCE_END = new RegExp(`[.!?${OTHER_SCRIPT_STOPS}]["”’)»]?$`, 'u');
/** A word in lower case, or in a script without capitals (Devanagari, Arabic, Hebrew, Chinese), whose words all count. */
const UNCAPITALISED_WORD = /\s[\p{Ll}\p{Lo}]/u;

/** A paragraph of running prose among a site's header lines: long, or a sentence of some length. */
export function isProse(text: string): boolean {
  if (text.length > MAX_HEADER_LINE) return true;
  return text.length > HEADER_SENTENCE && SENTENCE_END.test(text) && UNCAPITALISED_WORD.test(text);
}

/** A line of a story's prose under lines of fields: a long one, or a sentence of ten words or more. */
export function isStoryLine(line: string): boolean {
  const text = line.trim();
  return text.length >= STORY_LINE || (text.split(/\s+/).length >= STORY_SENTENCE_WORDS && SENTENCE_END.test(text));
}
