/**
 * Article metadata from a saved web page: JSON-LD, <meta> tags (Open Graph, article:*, Dublin Core, citation_*,
 * Parse.ly, Sailthru), the markup (rel=author, itemprop, hAtom, <time>), the visible header lines around the
 * headline and, as last resorts, the URL's date and the copyright line. Read before Readability runs, because
 * Readability rewrites the document.
 *
 * Publication dates follow the ranking htmldate uses: declared publication dates first (JSON-LD datePublished,
 * publication meta tags, markup that says "published"), then the date in the URL, the <time> of the article
 * header and "Published ..." lines near the headline; modification dates (dateModified, article:modified_time,
 * "Updated ...") and the copyright year only when nothing else dates the page.
 */
import anyAscii from 'any-ascii';
import { withinEditDistance } from '../../shared/edit-distance';
import { foldAccents } from '../../shared/fold';
import type { PublishedDate } from '../../shared/model';
import { escapeRegExp } from '../../shared/regexp';
import { sortCredits, type HeaderInfo } from './byline';
import { numericDateOrder, parsePublicationDate, withNumericDatesResolved, type NumericDateOrder } from './dates';
import { decodeMetadataText } from './entities';
import { embeddedJsonPublished, readJsonLd } from './html-jsonld';
import { articleHeader, isShownOnPage, labelledCreditNames, withShownApostrophes, authorLinkNames, labelledFieldNames, creditBoxWriters, isCreditedEditor, headerTimes, isCreditedPhotographer, ownFirstPublication, propertyTableWriters, labelledDateCells, markedCredits, markedPublicationDates, mastheadDate, readPageEvidence, shownBylines, sidebarAuthorCard, squash, withoutEditors, withoutPhotographers, writerNoteAuthors, writersOverPhotographers } from './html-page';
import { chooseTitle } from './html-title';
import { inRegionalTime, regionOfTag } from './regional-time';
import { classifyName, hasPersonNameShape, isCaselessScriptName, isKnownWord, isPlaceName, isUrl, NAME_PARTICLE, PATRONYMIC_INITIAL_NAME, publisherOfCollectiveByline } from './names';
import { collapseSpaces } from './text-blocks';

export interface HtmlMetadata {
  title: string | null;
  authors: string[];
  /** The publisher the page declares, or an outlet its credits name. */
  publisher: string | null;
  /** The site name the page only shows (logo, home link, copyright holder): weaker than a dateline's agency. */
  shownPublisher: string | null;
  publishedAt: PublishedDate | null;
  /** Squashed lines of the article header (credits, dates) that the content may repeat. */
  headerKeys: Set<string>;
  /** Squashed headlines of a live blog's entries, which head its posts in the content. */
  entryHeadlines: Set<string>;
  /** A modification date or the copyright year: the date only when the content has none either. */
  fallbackDate: PublishedDate | null;
  url: string | null;
}

/** Meta tags that declare the publication date, most specific first. */
const PUBLISHED_META = [
  'article:published_time', 'datepublished', 'og:published_time', 'article:published', 'article.published',
  'parsely-pub-date', 'sailthru.date', 'citation_publication_date', 'citation_date', 'citation_online_date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date', 'originalpublicationdate',
  'cxenseparse:recs:publishtime', 'analyticsattributes.articledate', 'og:article:published_time', 'date',
];
/**
 * Meta tags that declare when the item was created: the publication where nothing else dates it, but a draft's day
 * where the page marks its publication (Plone's "published Dec 22" over a created date of the day before).
 */
const CREATED_META = ['dc.date.created', 'dcterms.created'];
/** Meta tags that declare a modification: never the publication date while another date exists. */
const MODIFIED_META = ['article:modified_time', 'datemodified', 'og:updated_time', 'dc.date.modified', 'dcterms.modified', 'last-modified', 'lastmod', 'sailthru.lastmodified'];
/** Author metas, standard and of particular CMSs and analytics tags (cXense on Polopoly/Atex and Escenic sites, Shareaholic). */
const AUTHOR_META = [
  'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name', 'dable:author',
  'cxenseparse:author', 'cxenseparse:recs:author', 'article.author', 'shareaholic:article_author_name',
];
const TITLE_META = ['og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'citation_title', 'dc.title', 'dcterms.title', 'title', 'headline'];

const NO_PAGE_EVIDENCE: ReturnType<typeof readPageEvidence> = { headings: [], mainHeadings: [], brandNames: [], copyright: null };

/** `readPage: false` reads only what the page declares (meta tags, JSON-LD), not its visible markup. */
export function readHtmlMetadata(document: Document, options: { readPage?: boolean } = {}): HtmlMetadata {
  const readPage = options.readPage ?? true;
  const meta = metaTags(document);
  const all = (...keys: string[]) => keys.flatMap((key) => meta.get(key) ?? []).map((v) => collapseSpaces(decodeMetadataText(v))).filter((v) => v !== '');
  const first = (...keys: string[]) => all(...keys)[0] ?? null;
  const ld = readJsonLd(document);

  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? null;
  const url = [canonical, first('og:url'), ld.url].find((u): u is string => !!u && /^https?:\/\//i.test(u.trim()))?.trim() ?? null;
  const page = readPage ? readPageEvidence(document, hostOf(url)) : NO_PAGE_EVIDENCE;

  // Publisher and site names.
  // A web address in og:site_name ("https://www.example.com") names no one: the page's other names are better.
  // The JSON-LD publisher gives way to og:site_name where only the latter is the name the page shows (its title, its
  // logo, its copyright line): a site builder's plugin may declare the agency that made the site ("Website by ...").
  const shownNames = [document.title ?? '', ...page.brandNames, page.copyright?.holder ?? ''].map(squash).filter((k) => k !== '');
  const shown = (name: string | null) => !!name && shownNames.some((k) => k.includes(squash(name)));
  const ogSite = first('og:site_name');
  // (Not a blog engine its template names as the publisher, Dotclear's "dc.publisher".)
  const declaredPublisher = () => all('dc.publisher', 'dcterms.publisher', 'citation_publisher', 'citation_journal_title').find((name) => !isBlogHost(name)) ?? null;
  const ldSite = ld.publisher && ogSite && !shown(ld.publisher) && shown(ogSite) ? null : ld.publisher;
  const declaredSite = [ldSite, ogSite, first('application-name'), first('apple-mobile-web-app-title')].map((s) => (s && isUrl(s) ? null : s));
  const siteNames = [...declaredSite, ...ld.siteNames, declaredPublisher(), ...page.brandNames, page.copyright?.holder ?? null].filter(
    (s): s is string => !!s,
  );

  // Title.
  const documentTitle = collapseSpaces(decodeMetadataText(document.querySelector('title')?.textContent ?? ''));
  const title = chooseTitle({
    candidates: [ld.headline, ...TITLE_META.map((k) => first(k)), documentTitle].filter((t): t is string => !!t),
    headings: page.headings,
    mainHeadings: page.mainHeadings,
    siteNames,
    host: hostOf(url),
  }) ?? (page.headings[0] ?? null);

  // Authors: people from JSON-LD, then from meta tags, then from the page; outlets named on the way are publishers.
  // A credit that is the site's own name (a blog's account, "Studio Fenwick") is the outlet, not a person.
  const outlets: string[] = [];
  // (With or without its article: an account named "Bandar Standard" on "The Bandar Standard".)
  const siteKeys = new Set(declaredSite.concat(ld.siteNames).filter((s): s is string => !!s).flatMap((s) => [squash(s), squash(s.replace(/^the\s+/i, ''))]));
  // "Kabar Timur" where og:site_name is "KabarTimur.example": the site's name spelt out.
  for (const name of declaredSite) {
    const label = name ? domainLabel(name) : null;
    if (label) siteKeys.add(squash(label));
  }
  // A credit the JSON-LD declares an Organization ("Quarterly Staff") is no person where a meta tag repeats it.
  const organisations = new Set(ld.credits.filter((c) => c.type === 'organization').map((c) => squash(c.name)));
  const people = (names: string[]) => {
    outlets.push(...names.filter((n) => siteKeys.has(squash(n))));
    return names.filter((n) => !siteKeys.has(squash(n)) && !organisations.has(squash(n)));
  };
  let authors: string[] = [];
  const ldPeople = ld.credits.filter((c) => c.type !== 'organization').map((c) => c.name);
  // "Gazette Newsroom" declared as an Organization: the publication of the collective credit.
  outlets.push(...ld.credits.filter((c) => c.type === 'organization').map((c) => publisherOfCollectiveByline(c.name) ?? c.name));
  const fromLd = sortCredits(ldPeople);
  authors = people(fromLd.authors);
  outlets.push(...fromLd.outlets);
  // Declared credits that are only the outlet's staff account ("Gazette Staff" listed as a Person) give way to
  // a writer the page names; they stay the credit when the page names no one.
  let staffOnly: string[] = [];
  const deferStaff = () => {
    if (authors.length > 0 && authors.every((a) => publisherOfCollectiveByline(a) !== null)) [staffOnly, authors] = [authors, []];
  };
  deferStaff();
  if (authors.length === 0) {
    const citation = meta.get('citation_author') ?? [];
    // (Highwire Press tags write a name family name first, "Roe, Jane": the name as a byline writes it.)
    if (citation.length > 0) authors = citation.map((c) => collapseSpaces(decodeMetadataText(c)).replace(/^([^,]+),\s*([^,]+)$/u, '$2 $1'));
  }
  if (authors.length === 0) {
    const declared = [...all(...AUTHOR_META), ...labelledTwitterAuthor(all)].filter((v) => !isUrl(v));
    const fromMeta = sortCredits(declared);
    authors = people(fromMeta.authors);
    outlets.push(...fromMeta.outlets);
    if (staffOnly.length === 0) deferStaff();
    else if (authors.every((a) => publisherOfCollectiveByline(a) !== null)) authors = [];
  }
  const order = pageDateOrder(document, meta) ?? (readPage ? orderAgreeingWithStamp(document, title, [ld.datePublished, ...PUBLISHED_META.flatMap((k) => meta.get(k) ?? [])]) : null);
  const { lines: header, below, keys: headerKeys, editors, yearless, posters, wordsWriters, byWriters } = readPage ? articleHeader(document, title, order) : { lines: [], below: 0, keys: new Set<string>(), editors: [], yearless: null, posters: [], wordsWriters: [], byWriters: [] };
  // (The credits the page marks by class, read once: here where the metadata names no writer, and below for spellings.)
  const marked = readPage ? markedCredits(document) : { authors: [], outlets: [] };
  if (authors.length === 0 && readPage) {
    authors = people(marked.authors);
    outlets.push(...marked.outlets);
    // (A staff account marked as the author gives way to a writer the header names, as a declared one does.)
    if (authors.length > 0 && authors.every((a) => publisherOfCollectiveByline(a) !== null)) [staffOnly, authors] = [staffOnly.length > 0 ? staffOnly : authors, []];
  }
  for (const line of header) {
    if (authors.length === 0 && line.authors.length > 0) authors = people(line.authors);
    if (line.publisher) outlets.push(line.publisher);
  }
  // (The byline elements before the header's lines: a line may run on into the next element, "Jane Roe Politics".)
  // (Read only where there are writers to compare them with.)
  // (And a writer's card in the sidebar, which may spell the name as the metadata does not: "’Mamosa" for "'Mamosa".)
  const bylines = readPage && authors.length > 0 ? shownBylines(document) : [];
  const shownCredits = readPage && authors.length > 0 ? [...bylines, ...header.map((l) => l.authors), sidebarAuthorCard(document)] : [];
  if (authors.length > 0 && readPage) authors = withCoAuthorsShown(authors, shownCredits, organisations);
  if (readPage) authors = withoutPhotographers(authors, document);
  // (Or all of them photographers, the page's credit line naming the writer: the site's account was the photographer's.)
  if (readPage) authors = writersOverPhotographers(authors, document) ?? authors;
  // A name as the page shows it, where the metadata folds its letters ("Cutajar" for "Ċutajar", "O'Keefe" for "O’Keefe"),
  // or in full, where the metadata drops a middle name or a second surname ("Ana Roe" for "Ana María Roe").
  // (Or transliterated another way, "Sargsian" for "Sargsyan": the same given name, a surname a letter or two apart.)
  // (Or with its words in another order or one abbreviated: "R. Meenakshi Sundaram" for "Meenakshi Sundaram R".)
  // (Or with the second surname a byline shows and the metadata drops, "Ana Roe Díaz" for "Ana Roe", the whole name one
  // run of text: not a place run on from the next element, "<a>Ana Roe</a> <span>Sevilla</span>". On a page in a
  // language whose names carry two, any word; on others, a word that names no place, as a post-name or a suffix does:
  // "Marie Roe Ngoy", "John Roe Jr.")
  const twoSurnames = /^(?:es|pt|ca|gl)\b/i.test(document.documentElement?.getAttribute('lang') ?? '');
  const addsName = (n: string) => twoSurnames || !isPlaceName(n.trim().split(/\s+/).at(-1)!);
  // (The names the page marks as its credits or links to writers' pages count too: a byline of one name, "<a
  // href="/staff/jane-roe/">Jane Roe Jr.</a>".)
  const markedNames = readPage && authors.length > 0 ? [...marked.authors, ...authorLinkNames(document), ...labelledFieldNames(document)] : [];
  const spellings = [...shownCredits.flat(), ...markedNames];
  // (And, read only where no other spelling is the writer's, the labelled credit lines without a credit's class, under
  // the story or over it: "Текст: Алеся Ждановіч, фота: ..." for the metadata's "Алеся Жданович".)
  let labelled: string[] | null = null;
  const labelledSpellings = () => (labelled ??= readPage ? labelledCreditNames(document) : []);
  // (A word the byline adds is a name's, not a common word's, "Jane Roe Staff", unless a generational suffix.)
  const addsNameWord = (n: string) => addsName(n) && (!isKnownWord(lastWord(n)) || GENERATIONAL_SUFFIX.test(lastWord(n)));
  // (Or in the script the page is written in, where the metadata transliterates it: "Оксана Роєва" for "Oksana Roieva";
  // an Amharic byline's "by" set on the name aside, "በሰላማዊት ..." for "Selamawit ...".)
  // (Or without the middle name the metadata adds: "Ana Roe" for "Ana Maria Roe", the byline's given and family names.)
  // (Or with the father's initial a Mongolian byline sets before the given name: "B.Saran" for "Saran Bold".)
  // (Or the given name in the form the byline uses, a short form or the local language's: "Xosé Roe" for "José Roe".)
  // (Or the second surname by its initial, "Ana Roe D." for "Ana Roe Díaz".)
  // (Or with the double surname the byline hyphenates where the metadata keeps one half: "Ana Doe-Roe" for "Ana Roe".)
  // (Or the byline's Chinese name, family name first, where the metadata adds an English given name and turns it round:
  // "Leong Sio Wa" for "Vanessa Sio Wa Leong".)
  // (Or without the last name the metadata adds, "Abeba Roe" for "Abeba Roe Doe", as an Ethiopian or Eritrean writer
  // signs with her own and her father's name and the metadata adds her grandfather's: one element's whole text; or a name
  // a credit line reads on a page in a language whose names carry two surnames, the writer signing with the first,
  // "Por Ana Roe y Luis Doe" for "Luis Doe Díaz".)
  authors = authors.map(
    (a) =>
      spellings.find((n) => n !== a && closedUpName(n) === closedUpName(a) && markedLetters(n) >= markedLetters(a)) ??
      spellings.find((n) => isFullerName(n, a)) ??
      spellings.find((n) => isRespelledName(n, a)) ??
      spellings.find((n) => isRewrittenName(n, a)) ??
      spellings.find((n) => holdsName(n, a) && addsNameWord(n) && isOneElementsText(document, n)) ??
      spellings.find((n) => isTransliteratedName(n, a)) ??
      spellings.map(withoutGluedBy).find((n) => n !== null && isTransliteratedName(n, a)) ??
      spellings.find((n) => holdsName(a, n) && isSameEnds(a, n)) ??
      spellings.find((n) => isLeadingNames(n, a) && (isOneElementsText(document, n) || (twoSurnames && shownCredits.some((credit) => credit.includes(n))))) ??
      spellings.find((n) => isHyphenatedSurname(n, a)) ??
      spellings.find((n) => isWithoutAddedGivenName(n, a)) ??
      spellings.find((n) => isPatronymicInitialName(n, a)) ??
      spellings.find((n) => isRegivenName(n, a)) ??
      spellings.find((n) => isInitialledSurname(n, a)) ??
      (spellings.includes(a) || isShownOnPage(a, document) ? undefined : labelledSpellings().find((n) => isRespelledName(n, a) || isTransliteratedName(n, a))) ??
      a,
  );
  // (A name the metadata writes in Latin letters and the page shows nowhere, beside writers spelled in the page's own
  // script: a transliterated photographer or editor the JSON-LD lists too, "Omar Doe" beside the byline's "حيدر رو".)
  if (readPage && authors.some((a) => !LATIN_NAME.test(a))) authors = authors.filter((a) => !LATIN_NAME.test(a) || isShownOnPage(a, document));
  // The writers the header under the headline credits, where the metadata names none of them (the editor, the account of
  // a photographer or of the newsroom that posted it): the page's byline is the story's.
  // (Names the page marks as its byline, by class or by a link to the writer's page; any name, where the metadata gives
  // only the newsroom's account.)
  const collective = authors.length > 0 && authors.every((a) => publisherOfCollectiveByline(a) !== null);
  const bylineNames = new Set([...bylines.flat(), ...markedNames]);
  // (A writer the metadata names, an Amharic "by" set on the name aside.)
  const bare = (name: string) => {
    const without = withoutGluedBy(name);
    return without !== null && authors.includes(without) ? without : name;
  };
  const headerWriters = people(header.flatMap((line) => line.authors))
    .filter((name) => publisherOfCollectiveByline(name) === null && (collective || bylineNames.has(name)))
    .map(bare);
  if (readPage && headerWriters.length > 0 && authors.length > 0 && !authors.some((a) => headerWriters.some((w) => isSamePerson(w, a)))) authors = headerWriters;
  // (Or the writers the page's byline elements name, each also marked as a credit, where the metadata's author is in none
  // of them: the night editor or the account that published the story, named elsewhere on the page if at all.)
  // (Not a photographer the page credits for its pictures, set in the byline as the post's account.)
  const markedBylines = people([...new Set(bylines.flat())]).filter((name) => marked.authors.includes(name) && publisherOfCollectiveByline(name) === null && !isCreditedPhotographer(name, document));
  if (readPage && markedBylines.length > 0 && authors.length > 0 && !authors.some((a) => bylines.flat().some((w) => isSamePerson(w, a)))) authors = markedBylines;
  // (Or with the apostrophe-like letter the page's text writes where the metadata types a straight one: "Gʻayrat" for "G'ayrat".)
  if (readPage) authors = authors.map((a) => withShownApostrophes(a, document));
  // (Or the writers a "By" line under the headline names, where the page shows the metadata's author nowhere: the account
  // that posted the story, named only in the JSON-LD a theme writes while it hides its own author field.)
  if (readPage && byWriters.length > 0 && authors.length > 0 && authors.every((a) => !isShownOnPage(a, document)) && !byWriters.some((w) => authors.some((a) => isSamePerson(w, a)))) authors = people(byWriters);
  // (Or the writers a credit for the words names, "Texto de Ana Roe", where the metadata names only the account a "Posted
  // by" line shows: a site's owner posting a contributor's story.)
  if (wordsWriters.length > 0 && posters.length > 0 && authors.length > 0 && authors.every((a) => posters.some((p) => isSamePerson(p, a))) && !wordsWriters.some((w) => posters.some((p) => isSamePerson(p, w)))) authors = people(wordsWriters);
  // (Or where the page credits the metadata's author as the story's editor, "Edited by Ann Poe" at its foot: the blog's
  // owner, whose account the metadata names.)
  if (readPage && wordsWriters.length > 0 && authors.length > 0 && authors.every((a) => isCreditedEditor(a, document)) && !wordsWriters.some((w) => authors.some((a) => isSamePerson(w, a)))) authors = people(wordsWriters);
  // (Or with the second surname a box of labelled credits adds at the end, "Text: Ana Roe Díaz", where the metadata has
  // "Ana Roe": Spanish and Portuguese names carry two. Only a labelled credit, whose line ends with the name.)
  const box = readPage ? creditBoxWriters(document) : { writers: [], editors: [] };
  authors = authors.map((a) => box.writers.find((n) => hasSecondSurnameAdded(n, a)) ?? a);
  // A box of labelled credits the page sets apart ("Reporting: Jane Roe · Editing: John Doe"), where nothing else names a writer.
  if (authors.length === 0 && readPage) authors = people(box.writers);
  // Or a table of the page's properties, as pages built from a notes database show them ("Authors | Jane Roe").
  if (authors.length === 0 && readPage) authors = people(propertyTableWriters(document));
  // An opinion piece that names its writer only after the text ("Jane Roe" / "The writer is ...").
  if (authors.length === 0 && readPage) authors = people(writerNoteAuthors(document));
  // Analytics tags that carry the credit where nothing the page shows does (Parse.ly's page JSON, Chartbeat's config).
  if (authors.length === 0) {
    const tagged = sortCredits(analyticsAuthors(document, all('parsely-page', 'parsely-metadata')));
    authors = people(tagged.authors);
    outlets.push(...tagged.outlets);
  }
  if (authors.length === 0) authors = staffOnly;
  // "Reported By: A | Edited By: B": the editor a JSON-LD author list also names did not write the story.
  const withEditors = authors;
  authors = withoutEditors(authors, editors);
  // "Author: Jane Roe" / "Editor: John Doe" in a box of credits, where the metadata names the editor as the author.
  if (readPage && authors.length > 0) {
    const editorKeys = new Set(box.editors.map(squash));
    if (box.writers.length > 0 && authors.every((a) => editorKeys.has(squash(a)))) authors = people(box.writers);
    // (And an editor the metadata lists beside the writers, "Por A y B · Edición: C" with the authors A, B and C.)
    else if (authors.some((a) => !editorKeys.has(squash(a)))) authors = authors.filter((a) => !editorKeys.has(squash(a)));
  }
  // (And the co-writer the byline shows beside the others, where the metadata had listed the editor instead; never an
  // editor a credit line names, "Written by A · Edited by B".)
  if (readPage && authors.length > 0 && authors.length < withEditors.length) {
    const dropped = new Set([...editors, ...box.editors, ...withEditors.filter((a) => !authors.includes(a))].map(squash));
    authors = withCoAuthorsShown(authors, shownCredits.map((names) => names.filter((n) => !dropped.has(squash(n)))), organisations);
  }

  const shownPublisher = page.brandNames[0] ?? page.copyright?.holder ?? null;
  // A bare domain as the site's name ("KabarTimur.example") gives way to the same name written out ("Kabar Timur").
  // (And a blog host declared as the site, "LiveJournal", to the name of the journal the page shows as its home link.)
  // (Or, on a host whose journals live at "/@name", the name of the link to the journal the page's address is in.)
  const onBlogHost = declaredSite.some((s) => !!s && isBlogHost(s));
  const journal = !onBlogHost ? null : shownPublisher && !isBlogHost(shownPublisher) ? shownPublisher : readPage ? journalOfHandle(document, url) : null;
  const declared = declaredSite.find((s): s is string => !!s && !domainLabel(s) && !isBlogHost(s)) ?? journal ?? declaredSite.find((s): s is string => !!s && !domainLabel(s)) ?? declaredSite.find((s): s is string => !!s) ?? null;
  const declaredLabel = declared ? domainLabel(declared) : null;
  const spelledOut = declaredLabel ? [...siteNames, ...outlets].find((n) => !domainLabel(n) && squash(n) === squash(declaredLabel)) : undefined;
  const publisher =
    spelledOut ??
    declared ??
    ld.siteNames[0] ??
    declaredPublisher() ??
    fullerSiteName(outlets[0] ?? null, shownPublisher);

  const entryHeadlines = new Set(ld.entryHeadlines.map(squash));
  return { title, authors, publisher, shownPublisher, headerKeys, entryHeadlines, ...datesOf(document, meta, ld, header, below, yearless, url, title, page, readPage, order), url };
}

/**
 * The hosts of blogs and journals that declare their own name as each page's site (og:site_name "LiveJournal"), not the
 * name of the journal or paper that writes there.
 */
const BLOG_HOSTS = /^(?:livejournal|dreamwidth|teletype|dotclear|blogger|blogspot|tumblr|medium|telegraph|telegra\.ph|hashnode|svbtle|over-blog|overblog|canalblog|e-monsite|wix|weebly|jimdo)$/i;
function isBlogHost(name: string): boolean {
  return BLOG_HOSTS.test(name.trim());
}

/** The name a blog host's page gives the journal of its address's "/@name" ("https://host.example/@harbour_courier/story"), from a link to it. */
function journalOfHandle(document: Document, url: string | null): string | null {
  const handle = /\/@([\w.-]+)/.exec(url ?? '')?.[1];
  if (!handle) return null;
  for (const link of document.querySelectorAll('a[href*="/@"]')) {
    if (!new RegExp(`/@${escapeRegExp(handle)}/?$`, 'i').test(link.getAttribute('href') ?? '')) continue;
    const name = collapseSpaces(link.textContent ?? '');
    if (name !== '' && name.length <= 60 && !isBlogHost(name)) return name;
  }
  return null;
}

/** A name without its accents and with plain apostrophes, for telling a folded spelling of it. */
function foldedName(name: string): string {
  return foldAccents(name).replace(/[‘’ʼ`]/g, "'").replace(HOOKED_LETTER, (c) => HOOKED_LETTERS[c]!).toLowerCase();
}
/** A name in Latin letters alone. */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\s.'’‘ʻ-]+$/u;
/** The hooked letters of Hausa and Fula ("Ɗan", "Ɓello", "Ƙasim", "Ƴusuf"), which metadata types as plain letters. */
const HOOKED_LETTERS: Record<string, string> = { Ɓ: 'B', ɓ: 'b', Ɗ: 'D', ɗ: 'd', Ƙ: 'K', ƙ: 'k', Ƴ: 'Y', ƴ: 'y' };
const HOOKED_LETTER = /[ƁɓƊɗƘƙƳƴ]/g;

/** A name's folded words. */
function foldedWords(name: string): string[] {
  return foldedName(name).split(/\s+/);
}

/** A name folded and without the full stops of its abbreviations, which the metadata may drop: "muh rizal" for "Muh. Rizal". */
function undottedName(name: string): string {
  // (And without the apostrophe of an elided article, which metadata folded to plain letters drops: "Nic a' Bhàird".)
  return foldedName(name).replace(/(?<=\p{L}{2,})\.(?=\s)/gu, '').replace(/(?<=\s\p{L})'(?=\s)/gu, '');
}

/**
 * A name folded and closed up, without its dots: "fatimaalroe" for "Fatima Al Roe", as metadata may write a particle and its
 * surname as one word ("AlRoe"), drop the dots of initials ("Jane KC" for "Jane K.C.") or hyphenate given names the byline spaces.
 */
function closedUpName(name: string): string {
  return undottedName(name).replace(/[\s'.-]+/g, '');
}

/** Whether `shown` is `declared` spelled another way: the same given name(s), a surname at most two letters apart. */
function isRespelledName(shown: string, declared: string): boolean {
  const a = foldedWords(shown);
  const b = foldedWords(declared);
  if (a.length !== b.length || a.length < 2 || a.slice(0, -1).join(' ') !== b.slice(0, -1).join(' ')) return false;
  const x = a[a.length - 1]!;
  const y = b[b.length - 1]!;
  return x !== y && Math.min(x.length, y.length) >= 5 && withinEditDistance(x, y, 2) && classifyName(shown) === 'person';
}

/** Whether some run of text is `name` whole, perhaps after a byline's label ("Por Ana Roe Díaz"), not a name and a place set in two elements. */
function isOneElementsText(document: Document, name: string): boolean {
  const key = collapseSpaces(name);
  for (const el of Array.from(document.querySelectorAll('body *'))) {
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== 3) continue;
      const raw = node.textContent ?? '';
      if (raw.length >= key.length && collapseSpaces(raw).replace(/^(?:por|by|de|di|par|per)\s+/i, '') === key) return true;
    }
  }
  return false;
}

/**
 * How many marks a spelling carries that a folded one drops: letters outside ASCII, apostrophes, hyphens, dots.
 * The page's spelling of a name wins over the metadata's unless it has fewer (an author box that folds "Máire").
 * (Not spaces: a byline may close up what the metadata spaces, "Abdallah" for "Abd Allah", as Arabic names are written both ways.)
 */
function markedLetters(name: string): number {
  return (name.match(/[^\x00-\x7F]|['’.-]/g) ?? []).length;
}

/**
 * Whether `full` holds every word of `short`, in order, with at most three more: "Ana Roe de la Torre" for "Ana Roe",
 * "Ma. Ana Dela Roe-Doe" for "Ana Doe" (a Filipino "Ma." and a compound surname whose last part the metadata keeps).
 */
function holdsName(full: string, short: string): boolean {
  const f = foldedWords(full);
  const s = foldedWords(short);
  if (s.length < 2 || f.length <= s.length || f.length > s.length + 3) return false;
  let at = 0;
  for (const [k, word] of s.entries()) {
    const last = k === s.length - 1;
    // (Before the first name, only an abbreviated one: "Ma.", "Md.", not a label's word, "About Ana Doe".)
    while (at < f.length && f[at] !== word && !(last && f[at]!.split('-').at(-1) === word)) {
      if (k === 0 && !f[at]!.endsWith('.')) return false;
      at++;
    }
    if (at === f.length) return false;
    at++;
  }
  return classifyName(full) === 'person';
}

/**
 * Whether `shown` is `declared` in another grammatical case, as a Greek byline gives it after its article ("Της Ελένης
 * Ρόε" for "Ελένη Ρόε"): word for word, the same stem (all but the last two letters of the shorter word).
 */
function isInflectedName(shown: string, declared: string): boolean {
  const a = foldedName(shown).replace(/^(?:της|του|των)\s+/u, '').split(/\s+/);
  const b = foldedWords(declared);
  if (a.length !== b.length || a.length < 2) return false;
  return a.every((word, k) => {
    const other = b[k]!;
    const stem = Math.max(3, Math.min(word.length, other.length) - 2);
    return word.length >= stem && other.length >= stem && word.slice(0, stem) === other.slice(0, stem);
  });
}

/** Whether `shown` holds every word of `declared` but one, in any order (three words at least): "Leong Sio Wa" of "Vanessa Sio Wa Leong". */
function isWithoutAddedGivenName(shown: string, declared: string): boolean {
  const s = foldedWords(shown);
  const d = foldedWords(declared);
  return s.length >= 3 && d.length === s.length + 1 && new Set(s).size === s.length && s.every((word) => d.includes(word)) && !s.every((word, k) => d[k] === word);
}

/** Whether `shown` is `declared` with a hyphenated surname of which the metadata keeps one half: "Ana Doe-Roe" for "Ana Roe". */
function isHyphenatedSurname(shown: string, declared: string): boolean {
  const s = foldedWords(shown);
  const d = foldedWords(declared);
  const halves = s.at(-1)!.split('-');
  return s.length === d.length && s.length >= 2 && halves.length === 2 && halves.includes(d.at(-1)!) && s.slice(0, -1).every((word, k) => d[k] === word);
}

/** Whether `shown` is `declared` without its last word: "Abeba Roe" of "Abeba Roe Doe" (two words at least). */
function isLeadingNames(shown: string, declared: string): boolean {
  const s = foldedWords(shown);
  const d = foldedWords(declared);
  return s.length >= 2 && d.length === s.length + 1 && s.every((word, k) => d[k] === word);
}

/** Whether two names open with the same given name and close with the same family name: "Ana Roe" and "Ana Maria Roe". */
function isSameEnds(a: string, b: string): boolean {
  const x = foldedWords(a);
  const y = foldedWords(b);
  return x[0] === y[0] && x.at(-1) === y.at(-1);
}

/** The Amharic "በ" ("by") a byline sets on the writer's name, "በሰላማዊት ተስፋዬ": the name without it, or null where none is set. */
function withoutGluedBy(name: string): string | null {
  return /^በ\p{Script=Ethiopic}/u.test(name) ? name.slice(1) : null;
}

/**
 * Whether one name is the other written in Latin letters ("Oksana Melnychuk" for "Оксана Мельничук"): word for word
 * the same once both are in Latin letters, up to what romanisation systems spell differently (y, i or j; h or g; kh or
 * h; ou or u; a soft sign's apostrophe) and a letter or two besides.
 */
function isTransliteratedName(shown: string, declared: string): boolean {
  const latin = (name: string) => /^[\p{Script=Latin}\s.'’-]+$/u.test(name);
  if (latin(shown) === latin(declared)) return false;
  const key = (name: string) =>
    anyAscii(name)
      .toLowerCase()
      .replace(/['’`]/g, '')
      .replace(/kh/g, 'h')
      .replace(/o[uy]/g, 'u')
      .replace(/[yj]/g, 'i')
      .replace(/g/g, 'h')
      .replace(/(\p{L})\1/gu, '$1')
      .split(/\s+/);
  const a = key(shown);
  const b = key(declared);
  const wordForWord = (x: string[], y: string[]) => x.length >= 2 && x.length === y.length && x.every((word, k) => word[0] === y[k]![0] && withinEditDistance(word, y[k]!, word.length >= 5 ? 2 : 1));
  if (wordForWord(a, b)) return true;
  // (Or romanised through Russian, which has no "h": "Ovanesyan" for "Hovhannisyan", "Akopyan" for "Hakobyan".)
  const withoutH = (words: string[]) => words.map((word) => word.replace(/h/g, ''));
  if (wordForWord(withoutH(a), withoutH(b))) return true;
  // (An abjad, Arabic or Hebrew script, writes no short vowels, and its words may part where the Latin spelling joins them,
  // "ماہ گل" for "Mahgul": the same consonants in the same order, the vowel letters and "w", "y" aside; and the "son of"
  // a Malay or Arab name holds, "بن", which the metadata may drop; "ظ" is "dh" or "z" as the language has it.)
  const skeleton = (name: string) => anyAscii(name.replace(/(?<![\p{L}])(?:bin|binti|ibn|بن|بنت)(?![\p{L}])/giu, ' ')).toLowerCase().replace(/dh/g, 'z').replace(/[^a-z]/g, '').replace(/[aeiouwy]/g, '').replace(/(\p{L})\1/gu, '$1');
  return /^[\p{Script=Arabic}\p{Script=Hebrew}\s\u200c]+$/u.test(shown) && skeleton(shown).length >= 5 && skeleton(shown) === skeleton(declared);
}

/**
 * Whether `shown` is a Mongolian name as bylines write it, the father's initial closed up to the given name, for
 * `declared` written in the Western way: "B.Saran" for "Saran Bold" (or "Bold Saran").
 */
function isPatronymicInitialName(shown: string, declared: string): boolean {
  const m = PATRONYMIC_INITIAL_NAME.exec(shown.trim());
  const words = foldedWords(declared);
  if (!m || words.length !== 2) return false;
  const [initial, given] = [foldedName(m[1]!), foldedName(m[2]!)];
  return words.some((w, k) => w === given && words[1 - k]!.startsWith(initial));
}

/**
 * Whether `shown` gives the same family name as `declared` with another given name: the short form a writer goes by
 * ("Jemp" for "Jean-Pierre") or the given name in the local language ("Xosé" for "José"), word for word after it.
 */
function isRegivenName(shown: string, declared: string): boolean {
  const a = foldedWords(shown);
  const b = foldedWords(declared);
  // (Not the given name in another grammatical case, "Ελένης" for "Ελένη": the same name, which the metadata gives as it is.)
  return a.length >= 2 && a.length === b.length && a[0] !== b[0] && isSameFamilyName(a.slice(1), b.slice(1)) && !isInflectedName(shown, declared) && classifyName(shown) === 'person';
}

/**
 * Whether two family names are one, word for word, a particle before the surname perhaps in the page's language ("fan der
 * Meer", West Frisian, for the Dutch "van der Meer"): the last word the same, the words before it the same or short
 * particles.
 */
function isSameFamilyName(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.at(-1) === b.at(-1) && a.every((word, k) => word === b[k] || (k < a.length - 1 && NAME_PARTICLE.test(word) && NAME_PARTICLE.test(b[k]!)));
}

/**
 * Whether `shown` gives the last of `declared`'s surnames by its initial, as Latin American bylines shorten a second
 * surname: "Ana Roe D." for "Ana Roe Díaz".
 */
function isInitialledSurname(shown: string, declared: string): boolean {
  const a = foldedWords(shown);
  const b = foldedWords(declared);
  const initial = /^(\p{L})\.$/u.exec(a.at(-1) ?? '');
  return a.length >= 3 && a.length === b.length && !!initial && b.at(-1)!.length > 1 && b.at(-1)!.startsWith(initial[1]!) && a.slice(0, -1).join(' ') === b.slice(0, -1).join(' ');
}

/** Whether a name the page shows and one the metadata declares are the same person's, written either way. */
function isSamePerson(shown: string, declared: string): boolean {
  return closedUpName(shown) === closedUpName(declared) || holdsName(shown, declared) || holdsName(declared, shown) || isFullerName(shown, declared) || isRespelledName(shown, declared) || isRewrittenName(shown, declared) || isInflectedName(shown, declared) || isTransliteratedName(shown, declared) || isPatronymicInitialName(shown, declared);
}

/** A generational suffix after a name: "Jr.", "Sr.", "II", "III". */
const GENERATIONAL_SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** The last word of a name, in lower case. */
function lastWord(name: string): string {
  return name.trim().split(/\s+/).at(-1)!.toLowerCase();
}

/** "Ana Roe Díaz" for "Ana Roe": the same words and one more at the end, a person's name. */
function hasSecondSurnameAdded(full: string, short: string): boolean {
  const f = foldedWords(full);
  const s = foldedWords(short);
  return s.length >= 2 && f.length === s.length + 1 && s.every((word, k) => f[k] === word) && classifyName(full) === 'person';
}

/**
 * Whether `shown` is `declared` with its words in another order ("R. Meenakshi Sundaram" for "Meenakshi Sundaram R", a
 * South Indian initial set first or last), or with one word abbreviated as the byline sets it ("Nurul Huda Hj Ahmad"
 * for "Nurul Huda Haji Ahmad"); or a Hungarian woman's name, family name first, where Slovak or Czech metadata writes it
 * with their feminine "-ová" ("Szabó Réka" for "Réka Szabóová").
 */
function isRewrittenName(shown: string, declared: string): boolean {
  // (A given name's syllables hyphenated or not, as Korean names are romanised: "Kim Ji-woo" for "Jiwoo Kim".)
  const a = undottedName(shown).replace(/[.-]/g, '').split(/\s+/);
  const b = undottedName(declared)
    .replace(/[.-]/g, '')
    .split(/\s+/)
    .map((word) => (word.endsWith('ova') && !a.includes(word) && a.includes(word.slice(0, -3)) ? word.slice(0, -3) : word));
  if (a.length !== b.length || a.length < 2 || a.join(' ') === b.join(' ')) return false;
  if ([...a].sort().join(' ') === [...b].sort().join(' ')) return true;
  const differing = a.map((word, k) => [word, b[k]!] as const).filter(([x, y]) => x !== y);
  return differing.length === 1 && (isAbbreviatedWord(differing[0]![0], differing[0]![1]) || isAbbreviatedWord(differing[0]![1], differing[0]![0])) && classifyName(shown) === 'person';
}

/** Whether `short` (two or three letters) abbreviates `long`: its first letter, then letters of it in order ("hj" for "haji"). */
function isAbbreviatedWord(short: string, long: string): boolean {
  if (short.length < 2 || short.length > 3 || long.length < 4 || short[0] !== long[0]) return false;
  let at = 1;
  for (const letter of short.slice(1)) {
    at = long.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether `full` is `short` with more names between its first and last ("Ana María Roe" for "Ana Roe"), or with its
 * first name where `short` gives its initial ("Jonah Q. Roe" for "J. Roe").
 */
function isFullerName(full: string, short: string): boolean {
  const f = foldedWords(full);
  const s = foldedWords(short);
  if (s.length < 2 || f.length <= s.length || f.length > s.length + 2 || f[f.length - 1] !== s[s.length - 1]) return false;
  const sameFirst = f[0] === s[0] || (/^\p{L}\.$/u.test(s[0]!) && f[0]!.length > 2 && f[0]!.startsWith(s[0]!.slice(0, 1)));
  return sameFirst && classifyName(full) === 'person';
}

/**
 * The declared authors, or the credit the page shows when it names them all and more people besides: CMSs whose
 * metadata carries only the primary author (Ghost's primary_author in JSON-LD and twitter:data1, WordPress's post
 * author beside Co-Authors Plus, a single author meta) still show every co-author in the byline. The others must be
 * people's full names (not an agency's initials, not an outlet the JSON-LD types as an organisation).
 */
function withCoAuthorsShown(declared: string[], shown: string[][], organisations: Set<string>): string[] {
  // (Compared with their letters folded: the metadata may spell "Cutajar" what the page spells "Ċutajar".)
  // (Or transliterated, where the page writes the names in its own script: "Ελένη Ροΐδου" for "Eleni Roidou".)
  const key = (name: string) => squash(foldedName(name));
  const same = (shownName: string, declaredName: string) => key(shownName) === key(declaredName) || isTransliteratedName(shownName, declaredName);
  for (const all of shown) {
    // (Without the outlet's staff the byline adds, "A and B, Gazette Staff".)
    const names = all.filter((n) => publisherOfCollectiveByline(n) === null);
    if (names.length <= declared.length || names.length > MAX_SHOWN_CO_AUTHORS) continue;
    if (!declared.every((d) => names.some((n) => same(n, d)))) continue;
    const others = names.filter((n) => !declared.some((d) => same(n, d)));
    // (A name in a script without capitals has no capitals' shape: the name reader's own test of it counts.)
    if (others.every((n) => n.split(/\s+/).length >= 2 && (hasPersonNameShape(n) || isCaselessScriptName(n)) && classifyName(n) === 'person' && !organisations.has(squash(n)))) return names;
  }
  return declared;
}
const MAX_SHOWN_CO_AUTHORS = 6;

/** Small words left out of a name's initials ("The Deccan Meridian" -> "DM"). */
const NOT_IN_INITIALS = /^(?:the|of|and|&|de|do|da|di|del|la|le)$/i;

/**
 * The outlet a credit names, or the site's shown name when the credit is a short form of it: its last words
 * ("Gazette" of "The Dunmore County Gazette"), its news service's initials ("DMNS": Deccan Meridian News
 * Service, for "The Deccan Meridian"), or the call sign both start with ("KWLR News" of "KWLR Community Radio").
 */
export function fullerSiteName(credited: string | null, shown: string | null): string | null {
  if (!credited || !shown) return credited;
  const words = (text: string) => text.split(/\s+/).filter((w) => w !== '');
  const mine = words(credited);
  const theirs = words(shown);
  if (theirs.length <= mine.length && credited.length >= shown.length) return credited;
  const lowerTheirs = theirs.map((w) => w.toLowerCase());
  if (mine.every((w) => lowerTheirs.includes(w.toLowerCase()))) return shown;
  const initials = theirs.filter((w) => !NOT_IN_INITIALS.test(w)).map((w) => w[0]!.toUpperCase()).join('');
  if (mine.length === 1 && /^\p{Lu}{2,6}$/u.test(credited) && initials.length >= 2 && credited.startsWith(initials)) return shown;
  const callSign = /^\p{Lu}{3,5}$/u;
  if (callSign.test(mine[0]!) && mine[0] === theirs[0]) return shown;
  return credited;
}

function datesOf(
  document: Document,
  meta: Map<string, string[]>,
  ld: ReturnType<typeof readJsonLd>,
  header: HeaderInfo[],
  below: number,
  yearless: string | null,
  url: string | null,
  title: string | null,
  page: ReturnType<typeof readPageEvidence>,
  readPage: boolean,
  order: NumericDateOrder | null,
): { publishedAt: PublishedDate | null; fallbackDate: PublishedDate | null } {
  const parse = (value: string | null | undefined) =>
    value ? parsePublicationDate(withNumericDatesResolved(value.replace(/^(\d{4})\/(\d{2})\/(\d{2})$/, '$1-$2-$3'), order)) : null;
  const firstOf = (values: (string | null | undefined)[]) => {
    for (const v of values) {
      const d = parse(v);
      if (d) return d;
    }
    return null;
  };
  const times = readPage ? headerTimes(document, title) : { published: null, publishedText: null, modified: null };
  const urlDate = dateInUrl(url);
  const appState = embeddedJsonPublished(document, title);
  const metaPublished = PUBLISHED_META.flatMap((k) => meta.get(k) ?? []);
  // (The labelled date cells of tables and meta columns count as marked too, and as shown.)
  const cells = readPage ? labelledDateCells(document) : [];
  const marked = readPage ? [...markedPublicationDates(document), ...cells] : [];
  const metaCreated = CREATED_META.flatMap((k) => meta.get(k) ?? []);
  // A JSON-LD datePublished that both the article header's <time> and the meta tags contradict, giving one other instant
  // between them: a draft's or a template's stamp, not the publication's.
  const instant = (d: PublishedDate | null) => (d?.precision === 'datetime' ? Date.parse(d.value) : NaN);
  const [ldTime, metaTime, headerTime] = [instant(parse(ld.datePublished)), instant(firstOf(metaPublished)), instant(parse(times.published))];
  const ldOutvoted = metaTime === headerTime && !Number.isNaN(metaTime) && !Number.isNaN(ldTime) && ldTime !== metaTime;
  const published =
    (ldOutvoted ? null : parse(ld.datePublished)) ??
    firstOf(metaPublished) ??
    firstOf(marked) ??
    firstOf(metaCreated) ??
    parse(appState.own) ??
    (urlDate?.precision === 'day' ? urlDate : null) ??
    parse(times.published) ??
    header.find((h) => h.publishedAt)?.publishedAt ??
    parse(appState.first) ??
    (readPage && urlDate?.precision !== 'day' ? mastheadDate(document, title) : null) ??
    urlDate;
  // (Or a labelled publication date cell beside the story, as its meta column shows it.)
  // (Or a day the markup marks as the publication's without a time: a CMS writes that day in the outlet's own zone. So do
  // the meta tags that give a day alone beside a stamp, "citation_publication_date", "dcterms.date".)
  const dayOnly = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);
  const shown = header.find((h) => h.publishedAt)?.publishedAt ?? firstOf(cells) ?? firstOf(marked.filter(dayOnly)) ?? firstOf(metaPublished.filter(dayOnly));
  const modified = parse(ld.dateModified) ?? firstOf(MODIFIED_META.flatMap((k) => meta.get(k) ?? [])) ?? parse(times.modified) ?? header.find((h) => h.modifiedAt)?.modifiedAt ?? null;
  // An event listing's visible dates are the event's and its copyright year the site's: only a declared date dates it.
  if (ld.isEventListing) return { publishedAt: parse(ld.datePublished) ?? firstOf(metaPublished) ?? firstOf(metaCreated), fallbackDate: null };
  const copyright = page.copyright ? parsePublicationDate(page.copyright.year) : null;
  // The same instant declared elsewhere with the page's own offset ("...T23:30:00-02:30" for "...T02:00:00Z") gives the local day.
  const declared = [...metaPublished, ...marked, ...metaCreated, times.published, ld.coverageStart].map(parse);
  const local = published ? (declared.find((d) => d && sameInstantWithOffset(published, d)) ?? published) : null;
  // A note on the page that the story first came out on an earlier day ("first published on Tuesday, March 7"): the
  // dates declared are an update's, which the site moved forward.
  const noted = readPage ? ownFirstPublication(document) : null;
  // (A note's day without its year is in the year of the date it corrects.)
  const firstNoted = noted === null ? null : (parse(noted) ?? (local ? parsePublicationDate(`${noted} ${local.value.slice(0, 4)}`) : null));
  if (firstNoted && local && firstNoted.value.slice(0, 10) < local.value.slice(0, 10)) return { publishedAt: firstNoted, fallbackDate: modified ?? copyright };
  if (shown && local && localDayDiffers(local, shown)) return { publishedAt: shown, fallbackDate: modified ?? copyright };
  // (Or the day the header's <time> element itself shows, its datetime that instant in UTC: "<time datetime="...T01:40Z">
  // September 10</time>", a theme writing the day in the outlet's zone.)
  const timeShows = !shown && local && times.published && parse(times.published)?.value === local.value ? parsePublicationDate(times.publishedText ?? '') : null;
  if (timeShows?.precision === 'day' && local && localDayDiffers(local, timeShows)) return { publishedAt: timeShows, fallbackDate: modified ?? copyright };
  // (Or a stamp near midnight in a neighbouring zone's offset, beside the day a line under the headline shows: not a top
  // bar's today over it.)
  const shownBelow = header.slice(0, below).find((h) => h.publishedAt)?.publishedAt ?? null;
  if (shownBelow && local && isNeighbouringZoneDay(local, shownBelow)) return { publishedAt: shownBelow, fallbackDate: modified ?? copyright };
  // A page that shows when it was first published and when it was updated, and declares the update's day as its
  // datePublished (a "display date" some CMSs move forward with each update): the shown first publication.
  const shownUpdate = header.find((h) => h.modifiedAt)?.modifiedAt ?? null;
  if (shown && shownUpdate && local && shown.value.slice(0, 10) < local.value.slice(0, 10) && shownUpdate.value.slice(0, 10) === local.value.slice(0, 10)) return { publishedAt: shown, fallbackDate: modified ?? copyright };
  // A day declared without a time, the day after the publication stamp the page shows with its time in the article's
  // header ("2027-03-09" beside "Published: 08.03.2027 18:30"): papers that date a web story by the next morning's
  // print edition declare that edition's day; the stamp is when the story went up.
  const timed = parse(times.published);
  if (shown && local?.precision === 'day' && timed?.precision === 'datetime' && timed.value.slice(0, 10) === shown.value.slice(0, 10) && Date.parse(`${local.value}T00:00:00Z`) - Date.parse(`${shown.value.slice(0, 10)}T00:00:00Z`) === 86_400_000) return { publishedAt: shown, fallbackDate: modified ?? copyright };
  // A day shown without its year ("Mar 12") beside a UTC stamp of the day before or after: the outlet's day, in the
  // stamp's year (or the next or last, across New Year).
  if (!shown && local && yearless) {
    const year = Number(local.value.slice(0, 4));
    const day = [year, year + 1, year - 1].map((y) => parsePublicationDate(`${yearless} ${y}`)).find((d) => d?.precision === 'day' && localDayDiffers(local, d));
    if (day) return { publishedAt: day, fallbackDate: modified ?? copyright };
  }
  // A permalink's day beside a UTC stamp of the day before or after ("/2025/04/24/" and "2025-04-23T23:10:00Z"): CMSs
  // build permalinks in the site's own time zone, so that is the outlet's day.
  if (!shown && local && urlDate?.precision === 'day' && (localDayDiffers(local, urlDate) || isNeighbouringZoneDay(local, urlDate))) return { publishedAt: urlDate, fallbackDate: modified ?? copyright };
  // A UTC stamp with no local time shown beside it: the outlet's day, where the page declares its region.
  const regional = local && !shown ? inRegionalTime(local, pageRegion(document, meta)) : null;
  return { publishedAt: regional ?? local, fallbackDate: modified ?? copyright };
}

/** A slashed all-numeric date either order could read ("10/12/2026"). */
const AMBIGUOUS_SLASHED_DATE = /\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|1[0-2])\/(?:\d{4}|\d{2})\b/;

/**
 * The order of a page's numeric dates where its locale does not settle it (a bare "en"): the order under which the
 * header's date is the day of the page's machine time stamp, or the local day next to it, and the other order's is
 * not ("10/12/2026 12:20 AM" beside "2026-12-09T21:20:00Z" is 10 December, three hours ahead of UTC, not 12 October).
 */
function orderAgreeingWithStamp(document: Document, title: string | null, stamps: readonly (string | null | undefined)[]): NumericDateOrder | null {
  const stamp = stamps.map((v) => (v ? parsePublicationDate(v) : null)).find((d) => d?.precision === 'datetime');
  if (!stamp || !AMBIGUOUS_SLASHED_DATE.test(document.body?.textContent ?? '')) return null;
  const agrees = (order: NumericDateOrder) => {
    const shown = articleHeader(document, title, order).lines.find((h) => h.publishedAt)?.publishedAt;
    return !!shown && (shown.value.slice(0, 10) === stamp.value.slice(0, 10) || localDayDiffers(stamp, shown));
  };
  const dayFirst = agrees('day-first');
  return dayFirst === agrees('month-first') ? null : dayFirst ? 'day-first' : 'month-first';
}

/** The region a page declares in its language tags (<html lang="en-NP">, og:locale "en_NP", Content-Language). */
function pageRegion(document: Document, meta: Map<string, string[]>): string | null {
  for (const tag of pageLanguageTags(document, meta)) {
    const region = regionOfTag(tag);
    if (region) return region;
  }
  return null;
}

/** Whether `other` is the UTC time stamp `utc` written with a local offset other than zero. */
export function sameInstantWithOffset(utc: PublishedDate, other: PublishedDate): boolean {
  if (utc.precision !== 'datetime' || other.precision !== 'datetime' || !/(?:Z|[+-]00:?00)$/i.test(utc.value) || !/[+-](?!00:?00)\d{2}:?\d{2}$/.test(other.value)) return false;
  const a = Date.parse(utc.value);
  const b = Date.parse(other.value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return !Number.isNaN(a) && a === b;
}

/**
 * Whether a UTC time stamp ("2024-03-04T00:12:09Z") falls on the day after or before the date the page shows
 * in its header ("Published: Mar. 3, 2024 at 6:12 PM CST"): the shown day is the outlet's local date.
 */
export function localDayDiffers(declared: PublishedDate, shown: PublishedDate): boolean {
  // (A stamp without a zone, "2025-01-28T21:40:00", is the server's clock, which publishing systems keep in UTC.)
  const naive = /T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.test(declared.value);
  if (declared.precision !== 'datetime' || !(naive || /(?:Z|[+-]00:?00)$/i.test(declared.value))) return false;
  // "Posted 2025-01-28 21:40" beside "2025-01-29T01:40:00Z": the shown wall-clock time is the same instant at a
  // real time-zone offset (whole quarter hours, at most 14 hours), on the local day before or after.
  if (shown.precision === 'datetime' && /T\d{2}:\d{2}(?::\d{2})?$/.test(shown.value)) {
    const offset = Date.parse(naive ? `${declared.value}Z` : declared.value) - Date.parse(`${shown.value}Z`);
    return shown.value.slice(0, 10) !== declared.value.slice(0, 10) && offset !== 0 && Math.abs(offset) <= 14 * 3_600_000 && offset % 900_000 === 0;
  }
  if (shown.precision !== 'day') return false;
  // Only a real offset (UTC-12 to UTC+14) moves the day: a stamp of 07:45Z is the next day nowhere, so a shown next
  // day is another date (the update's, shown alone).
  const gap = daysBetween(declared, shown);
  const minutes = clockMinutes(declared);
  if (gap === 1) return minutes + 14 * 60 >= 24 * 60;
  if (gap === -1) return minutes < 12 * 60;
  return false;
}

/** How many days `shown`'s day lies after `declared`'s (each as written, whatever its offset). */
function daysBetween(declared: PublishedDate, shown: PublishedDate): number {
  return (Date.parse(`${shown.value.slice(0, 10)}T00:00:00Z`) - Date.parse(`${declared.value.slice(0, 10)}T00:00:00Z`)) / 86_400_000;
}

/** The minutes after midnight of a time stamp's clock, as written ("...T22:35:00+03:00" is 1355). */
function clockMinutes(stamp: PublishedDate): number {
  return Number(stamp.value.slice(11, 13)) * 60 + Number(stamp.value.slice(14, 16));
}

/** How far apart the zones of one country or region run at most (a capital's and an island's, a server's and a province's). */
const MAX_NEIGHBOURING_ZONE_GAP_MINUTES = 3 * 60;

/**
 * Whether a stamp with another zone's offset ("2029-02-19T00:50:00-03:00", a capital's, or a hosting platform's server
 * time) falls near midnight on the day after or before the day the page shows: the shown day is the outlet's own, a zone
 * or two away. Only within a few hours of midnight: a stamp at midday is on the shown day or the page shows another date.
 */
function isNeighbouringZoneDay(declared: PublishedDate, shown: PublishedDate): boolean {
  if (shown.precision === 'month' || declared.precision !== 'datetime' || !/[+-]\d{2}:?\d{2}$/.test(declared.value) || /[+-]00:?00$/.test(declared.value)) return false;
  const gap = daysBetween(declared, shown);
  const minutes = clockMinutes(declared);
  if (gap === 1) return minutes >= 24 * 60 - MAX_NEIGHBOURING_ZONE_GAP_MINUTES;
  if (gap === -1) return minutes < MAX_NEIGHBOURING_ZONE_GAP_MINUTES;
  return false;
}

/** "/2021/06/14/slug", "/news/2018/05/07/", "/2023-02-23/", "/20230223/": the date a permalink carries. */
export function dateInUrl(url: string | null): PublishedDate | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const day = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/._-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/._-]|$)/.exec(path);
  if (day) return parsePublicationDate(`${day[1]}-${day[2]!.padStart(2, '0')}-${day[3]!.padStart(2, '0')}`);
  const month = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?:\/|$)/.exec(path);
  return month ? parsePublicationDate(`${month[1]}-${month[2]}`) : null;
}

/** The name part of a bare domain ("KabarTimur.example", "www.kabartimur.example" -> "KabarTimur"), else null. */
function domainLabel(text: string): string | null {
  const m = /^(?:https?:\/\/)?(?:www\d*\.)?([\p{L}\p{N}-]+)(?:\.[\p{L}\p{N}-]+)+\/?$/u.exec(text.trim());
  return m && m[1]!.length >= 4 ? m[1]! : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

/**
 * How the page writes all-numeric dates, from the locale it declares: <html lang>, og:locale, or the
 * Content-Language a server or CMS wrote into the page ("pt-BR": "12/03/2024" is 12 March).
 */
export function pageDateOrder(document: Document, meta: Map<string, string[]>): NumericDateOrder | null {
  for (const tag of pageLanguageTags(document, meta)) {
    const order = numericDateOrder(tag);
    if (order) return order;
  }
  return null;
}

/** The language tags a page declares, in order of trust: <html lang>, og:locale, Content-Language, language metas. */
function pageLanguageTags(document: Document, meta: Map<string, string[]>): (string | null | undefined)[] {
  const httpLanguage = document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  return [document.documentElement?.getAttribute('lang'), meta.get('og:locale')?.[0], httpLanguage, meta.get('language')?.[0], meta.get('dc.language')?.[0]];
}

/** All <meta> values by lower-cased name/property/itemprop, in page order. */
function metaTags(document: Document): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const el of document.querySelectorAll('meta')) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = map.get(key) ?? [];
      list.push(content);
      map.set(key, list);
    }
  }
  return map;
}

/** Chartbeat's `_sf_async_config.authors = "Jane Roe,John Doe"`. */
const CHARTBEAT_AUTHORS = /_sf_async_config\.authors\s*=\s*(["'])([^"'\n]{3,200})\1/;

/**
 * The authors analytics tags declare: the "author"/"authors" of Parse.ly's page JSON meta and Chartbeat's
 * authors string (comma-separated). Strings only; sorted into people and outlets by the caller.
 */
export function analyticsAuthors(document: Document, parselyJson: string[]): string[] {
  const names: string[] = [];
  for (const raw of parselyJson) {
    try {
      const data = JSON.parse(raw) as { author?: unknown; authors?: unknown };
      for (const value of [data.author, data.authors].flat()) if (typeof value === 'string') names.push(value);
    } catch {
      // Not JSON: nothing declared.
    }
  }
  if (names.length > 0) return names;
  for (const script of document.querySelectorAll('script:not([src])')) {
    const m = CHARTBEAT_AUTHORS.exec(script.textContent ?? '');
    if (m) return m[2]!.split(/\s*,\s*/).filter((n) => n !== '');
  }
  return [];
}

/** The label Yoast and other SEO plugins give the writer in Twitter's label/data pairs, in the plugin's languages. */
const WRITTEN_BY_LABEL = /^(?:written by|author|escrito por|geschrieben von|écrit par|scritto da|geschreven door|napisane przez|skrevet af|skrivet av|ditulis oleh)$/i;

/** `twitter:label1 = "Written by"`, `twitter:data1 = "Jane Roe"`: the writer an SEO plugin declares beside the reading time. */
function labelledTwitterAuthor(all: (...keys: string[]) => string[]): string[] {
  const names: string[] = [];
  for (let i = 1; i <= 4; i++) {
    const label = all(`twitter:label${i}`)[0];
    const value = all(`twitter:data${i}`)[0];
    if (label && value && WRITTEN_BY_LABEL.test(label.trim())) names.push(value);
  }
  return names;
}
