import { describe, expect, it } from 'vitest';
import { buildDateWords } from './cldr-date-words-build';
import { CLDR_DATE_WORDS as committed } from './cldr-date-words';

describe('cldr-date-words.ts (CLDR month and weekday names)', () => {
  it('holds twelve months and seven weekdays for each language, and names its source', () => {
    expect(committed.source).toMatch(/^Unicode CLDR \d+/);
    for (const [language, words] of Object.entries(committed.languages)) {
      expect(words.months, language).toHaveLength(12);
      expect(words.weekdays.length, language).toBeLessThanOrEqual(7);
    }
    expect(Object.keys(committed.languages)).toEqual(expect.arrayContaining(['cy', 'pa', 'hy', 'lv', 'gu']));
  });

  // (Only under the CLDR version the file was built from: another version may spell a month otherwise.)
  const sameCldr = committed.source.startsWith(`Unicode CLDR ${(process.versions as Record<string, string | undefined>).cldr ?? ''} `);
  it.skipIf(!sameCldr)('is what the build script makes of this runtime\'s CLDR, for the languages both know', () => {
    const built = buildDateWords().languages;
    const shared = Object.keys(committed.languages).filter((language) => language in built);
    expect(shared.length).toBeGreaterThan(100);
    for (const language of shared) expect(built[language], language).toEqual(committed.languages[language]);
  });
});
