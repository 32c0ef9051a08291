/**
 * "First published", "Originally posted", "First appeared": the words that say a story came out before, somewhere
 * else or earlier, than the copy at hand. One phrase set for the readers that meet them: as a date label
 * ("Originally published: 3 May 2021", byline.ts) or a stamp after the story, a line naming the outlet ("First
 * published in The Gazette", txt-header-block.ts), a translator's cited original ("Originally published in: The
 * Gazette", txt-pastes.ts), and a syndication note ("This column first appeared in the Gazette."), which is the
 * page's furniture (furniture.ts) and names the story's outlet and date (txt.ts).
 */

/** "first published", "originally posted", "first appeared": a pattern's source, to be set inside a larger one. */
export const FIRST_PUBLISHED = String.raw`(?:first|originally)\s+(?:published|posted|appeared)`;

const SYNDICATION_NOTE = new RegExp(String.raw`^this (?:article|story|report|column|piece) (?:was )?${FIRST_PUBLISHED}\b`, 'i');

/** A note opening "This article was originally published by ...", "This story first appeared in ...". */
export function isSyndicationNote(text: string): boolean {
  return SYNDICATION_NOTE.test(text);
}
