import { describe, expect, it } from 'vitest';
import { FIRST_PUBLISHED, isSyndicationNote } from './first-published';

describe('first published', () => {
  it('knows the phrases in all their wordings', () => {
    const phrase = new RegExp(`^${FIRST_PUBLISHED}$`, 'i');
    for (const text of ['First published', 'originally published', 'Originally posted', 'first appeared', 'first  posted']) expect(phrase.test(text)).toBe(true);
    for (const text of ['published', 'first edition', 'originally written', 'last updated']) expect(phrase.test(text)).toBe(false);
  });

  it('knows a syndication note from a sentence of the story', () => {
    expect(isSyndicationNote('This article was originally published by The Lantern.')).toBe(true);
    expect(isSyndicationNote('This column first appeared in the Keldmoor Post.')).toBe(true);
    expect(isSyndicationNote('This story originally appeared in the Millbrook Sentinel and is republished with permission.')).toBe(true);
    expect(isSyndicationNote('The pier first appeared on maps of the harbour in 1820.')).toBe(false);
    expect(isSyndicationNote('This article looks at how the pier was first published on maps.')).toBe(false);
  });
});
