/**
 * Builds cldr-date-words.ts: the month and weekday names of the world's languages written with spaces between words,
 * so that a date line in a language the hand-made table of dates.ts does not list ("8 ਨਵੰਬਰ 2029", "11 Hydref 2029",
 * "9 հոկտեմբերի 2029") is read all the same.
 *
 * Data: the Unicode CLDR, as the ICU of the Node.js that runs this script carries it (`process.versions.cldr`): the long
 * month names in their two contexts (the form beside a day, "novembris" or "listopada", and the form alone, "novembris"
 * or "listopad"), and the long weekday names, of the Gregorian calendar. Abbreviations are left out (many are words:
 * "mar", "set", "mei"), and so are languages written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Burmese,
 * Tibetan), whose dates other patterns read, and English, French, German, Spanish, Italian, Portuguese and Dutch, whose
 * dates dates.ts reads by hand (their weekdays opening a town's top bar, "Moncton, vendredi 11 février", are read apart
 * from a credit's). The derived file is committed, as a module (every loader the
 * project runs under reads it as code; not all of them read JSON): the reader does not depend on the ICU data of the
 * runtime it runs in (Electron's is smaller than Node's).
 *
 *     npx tsx main/formats/cldr-date-words-build.ts      # rewrites cldr-date-words.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DATE_WORDS_FILE = fileURLToPath(new URL('./cldr-date-words.ts', import.meta.url));

export interface CldrDateWords {
  source: string;
  licence: string;
  /** Language code -> the twelve months (each a list of its forms, lower case) and the seven weekdays (Monday first). */
  languages: Record<string, { months: string[][]; weekdays: string[] }>;
}

/**
 * The languages asked for: CLDR's languages written with spaces between words, in the order their names win where two
 * languages give one word different months (an earlier language's reading is kept).
 */
const LANGUAGES =
  `sv nb nn da fi et lv lt pl cs sk sl hr bs sr mk bg ro hu el tr az uz kk ky tg tk tt ru uk be hy ka
  he yi ar fa ur ps ku ckb sd ks ug hi mr ne sa bn as or pa gu ta te kn ml si dv id ms jv su fil ceb vi mi haw to sm
  sw rw rn lg so om am ti ha yo ig ff wo bm ee ln lu sg xh zu st tn sn nd af mg kab kea pcm ca gl eu ast oc br cy ga gd
  gv kw fy lb rm sc ia eo fo is kl se qu chr cv os ce mn`.split(/\s+/);

/**
 * A word the reader can match: letters (and the marks, apostrophes, hyphens, joiners and spaces inside them), no figure;
 * in Latin, Cyrillic or Greek letters, three at least (two-letter names there are words of other languages too), in
 * other scripts two ("ਮਈ", May).
 */
function isWord(name: string): boolean {
  const shortest = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}]/u.test(name) ? 3 : 2;
  return name.length >= shortest && !/\d/u.test(name) && /^[\p{L}\p{M}][\p{L}\p{M}'’ .\u200c\u200d-]*[\p{L}\p{M}]$/u.test(name);
}

function clean(name: string, language: string): string {
  return name.normalize('NFC').toLocaleLowerCase(language).replace(/\.$/, '').trim();
}

export function buildDateWords(): CldrDateWords {
  const languages: CldrDateWords['languages'] = {};
  for (const language of LANGUAGES) {
    const options = { timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' } as const;
    // (Only a language the runtime's ICU knows: another falls back to the default locale's English names.)
    if (new Intl.DateTimeFormat(language, options).resolvedOptions().locale.split('-')[0] !== language) continue;
    const withDay = new Intl.DateTimeFormat(language, { ...options, day: 'numeric', month: 'long', year: 'numeric' });
    const alone = new Intl.DateTimeFormat(language, { ...options, month: 'long' });
    const weekday = new Intl.DateTimeFormat(language, { ...options, weekday: 'long' });
    const months: string[][] = [];
    for (let m = 0; m < 12; m++) {
      const date = new Date(Date.UTC(2029, m, 11));
      const forms = [withDay.formatToParts(date).find((p) => p.type === 'month')?.value ?? '', alone.format(date)].map((n) => clean(n, language));
      months.push([...new Set(forms.filter(isWord))]);
    }
    // (8 October 2029 is a Monday.)
    const weekdays = Array.from({ length: 7 }, (_, k) => clean(weekday.format(new Date(Date.UTC(2029, 9, 8 + k))), language)).filter(isWord);
    // (A language whose months are numbered, "tháng 11", gives no names: its dates are numeric.)
    if (months.filter((forms) => forms.length > 0).length >= 10) languages[language] = { months, weekdays };
  }
  const versions = process.versions as Record<string, string | undefined>;
  return {
    source: `Unicode CLDR ${versions.cldr ?? '?'} (ICU ${versions.icu ?? '?'}, Node.js ${process.version}), Gregorian long month and weekday names`,
    licence: 'Unicode License v3 (https://www.unicode.org/license.txt)',
    languages,
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const words = buildDateWords();
  const header = '/** Generated by cldr-date-words-build.ts from the Unicode CLDR (see there); do not edit by hand. */\n';
  writeFileSync(DATE_WORDS_FILE, `${header}import type { CldrDateWords } from './cldr-date-words-build';\n\nexport const CLDR_DATE_WORDS: CldrDateWords = ${JSON.stringify(words, null, 1)};\n`);
  console.log(`${Object.keys(words.languages).length} languages -> ${DATE_WORDS_FILE}`);
}
