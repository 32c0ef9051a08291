/**
 * Plain-text articles, as people save news: a title, optional byline/date lines, then paragraphs separated by
 * blank lines. Around them, what a copy brings along: a browser's skip link and menu words, a section label or
 * the outlet's nameplate above the headline, a forwarded e-mail's header, export fields ("Title:", "Source:"),
 * a standfirst under the headline, and at the end wire credits, endnotes and a site footer. Captions and site
 * furniture are recognised by shape and kept out of the body.
 */
import { escapeRegExp } from '../../shared/regexp';
import { CLOSED_LEGAL_FORM, COMPANY_WORD, DOTTED_LEGAL_FORM, isCompanyName, isCompanyTail, withoutCompanySuffix } from './companies';
import { foldAccents } from '../../shared/fold';
import type { ParsedArticle, PublishedDate } from '../../shared/model';
import { emptyHeader, isHeaderNoise, mergeHeader, readByline, readHeaderLine, readSwahiliCredit, readWireCredits, withAuthorsAdded, type HeaderInfo } from './byline';
import { completeFromDateline, inDatelineTime, readDateline } from './dateline';
import { utcStampOfLine } from './regional-time';
import { findPublicationDate, isOnlyDates, isTodayBar, relativeDayOffset, withAsciiDigits, withNumericDatesResolved } from './dates';
import type { DecodedText } from './decode';
import { classifyBlock, isBoilerplate, isCaption, isNoteOnWriter, isPictureDeskCredit, isViewsDisclaimer, reportersSignOff, siteOfFeedFooter, siteOfReprintNotice, type BlockRole } from './furniture';
import { dateInUrl } from './html-metadata';
import { parseMarkdown } from './markdown';
import { classifyName, displayName, isCompoundNameplate, isDeskCredit, isGivenName, isKnownOrganisation, isKnownWord, isPlaceName, isSpecialToLine, isUrl, isWebAddress, opensInLowerCase } from './names';
import { writesDayFirst } from './numeric-dates';
import { assembleArticle, titleFromFileName, type Block } from './text-blocks';
import { outletOfReference } from './txt-pastes';
import { findHeaderBlock, headerAboveProse, headlineShape, isBracketedSource, isLabelledSourceLink, isOverline, outletOfLabelledSource, outletOfSourceLine, PICTURE_ROLE_LINE } from './txt-header-block';
import { FIRST_PUBLISHED, isSyndicationNote } from './first-published';
import { CUT_OFF, isTickerLabel, withoutHeadlineLabels } from './headline-labels';
import { isProse, MAX_HEADER_LINE, OTHER_SCRIPT_STOPS } from './prose';
import { splitSiteSuffix } from './site-suffix';
import { withoutEditionNote } from './txt-fields';
import { agencyOfServiceBanner } from './txt-field-blocks';
import { unwrapCopy } from './txt-wrappers';
import {
  aboutHeadingSubject,
  breadcrumbOf,
  titleAtTrailEnd,
  isAppChrome,
  SITE_BUTTON,
  isWriterBio,
  isPlaceholder,
  isChapterLine,
  isArticleTool,
  isAppName,
  isCommentCount,
  isContactLabel,
  isContactLine,
  isCookiePrompt,
  isDisclaimer,
  isDownloadLink,
  isEndMark,
  endsPastedStory,
  isHomeCrumb,
  isMailFooter,
  isPageFooter,
  isConsentLine,
  isConsentText,
  isCopyDateLine,
  isPaywallMeter,
  isPlayerControl,
  isPressOfficeLine,
  isReaderPrompt,
  isSiteSwitch,
  isReadingTime,
  isStoryStatusNote,
  isTableRow,
  joinWrappedLines,
  vocabularyOfText,
  withEnglishDateLabels,
} from './txt-lines';

/** A first line longer than this is body text, not a title. */
const MAX_TITLE_LENGTH = 250;
/** How many non-blank lines before the title may be furniture (skip links, menus, labels, e-mail headers). */
const MAX_PREAMBLE_LINES = 40;
/** How many lines after the title may be byline, date, credit or standfirst lines. */
const MAX_HEADER_LINES = 12;
const MAX_STANDFIRST_LENGTH = 320;

export function parseTxt(saved: DecodedText, fileName: string): ParsedArticle {
  // A feed item, subtitles, a chat export, a Teletext page: the story without its wrapper, in the shapes read below.
  const unwrapped = unwrapCopy(saved.text);
  const decoded = unwrapped === null ? saved : { ...saved, text: unwrapped.text };
  // A read-later or notes tool's Markdown export saved as .txt: the Markdown reader knows its syntax.
  if (looksLikeMarkdown(decoded.text)) return { ...parseMarkdown(decoded, fileName), format: 'txt' };
  const lines = decoded.text.split('\n').map((line) => line.trimEnd());
  const header: HeaderInfo = emptyHeader();
  const boilerplate: string[] = [];
  const captions: string[] = [];
  const dayFirst = writesDayFirst(decoded.text);

  const lead = readPreamble(lines, header, boilerplate, dayFirst);
  // A tool's "Title:" field holds the page's title ("Headline | The Gazette"); when the page's own headline follows
  // under it, the header is read from there (its credit and date lines), and the suffix names the outlet.
  if (lead.title !== null && lead.subject === null && splitSiteSuffix(lead.title.trim()) !== null) {
    const below = headlineFurtherDown(lines, lead.next, lead.title, dayFirst);
    if (below.line > lead.next) {
      lead.subject = lead.title;
      lead.title = null;
    }
  }
  let i = lead.next;
  let title = lead.title ?? lead.subject ?? titleFromFileName(fileName);
  /** The line after the headline read by position (not from a tool's field or a mail's subject). */
  let afterHeadline: number | null = null;
  /** Whether a breaking-news strip's label stands right over that line: it may be the strip's item, not the headline. */
  let underTickerLabel = false;
  if (lead.title === null && unwrapped?.headed !== false) {
    if (!couldBeHeadline(unmark(lines[i] ?? ''))) i = skipToHeadlineAboveByline(lines, i, boilerplate);
    const { line: anchored, site } = headlineFurtherDown(lines, i, lead.subject, dayFirst);
    if (anchored > i) {
      // The name after the bar of a share line whose headline recurs ("Headline | The Gazette") is the site's.
      if (site && !isUrl(site)) header.publisher ??= site;
      const skipped = lines.slice(i, anchored).map((l) => unmark(l)).filter((l) => l !== '');
      // A nameplate among the skipped lines ("The Harbour Beacon" above the headline) names the outlet.
      // ("The Harbour Beacon | Island News": the nameplate with its tagline after a bar.)
      const plate = skipped.map((l) => l.split(/\s+\|\s+/)[0]!).find((l) => isNameplate(l) && !readLine(l, dayFirst));
      header.publisher ??= plate === undefined ? null : carriedOutlet(plate);
      header.publisher ??= siteNamedTwice(skipped) ?? null;
      boilerplate.push(...skipped);
      i = anchored;
    }
    const firstLine = unmark(lines[i] ?? '');
    // Under a mail's subject, a long sentence is the story's first paragraph: the subject is the headline.
    const opensStory = lead.subject !== null && /[.!?]["”’]?$/.test(firstLine) && firstLine.split(/\s+/).length >= 12;
    if (firstLine !== '' && firstLine.length <= MAX_TITLE_LENGTH && !readLine(firstLine, dayFirst) && !opensStory) {
      const headline = readHeadline(lines, i);
      afterHeadline = headline.next;
      underTickerLabel = isTickerLabel(unmark(lines.slice(0, i).findLast((l) => unmark(l) !== '') ?? ''));
      title = contentsHeadline(headline.text, lead.contents) ?? titleAtTrailEnd(headline.text) ?? headline.text;
      i = headline.next;
    }
  }
  title = withoutHeadlineLabels(title).replace(TRAILING_ICONS, '').replace(LEADING_ICONS, '') || title;
  // A reader app's or a share's page title over the story ("Headline | The Gazette"): the outlet's name is no word of it.
  const suffixed = afterHeadline !== null ? splitSiteSuffix(title) : null;
  if (suffixed && isNameplate(suffixed.site)) {
    title = suffixed.headline.trim();
    header.publisher ??= suffixed.site;
  }
  const permalink: { date: PublishedDate | null } = { date: null };
  i = readHeaderZone(lines, i, header, boilerplate, dayFirst, domainNamesOf(decoded.text), permalink, lead.above.publishedAt !== null);
  const source = title === titleFromFileName(fileName) ? 'file name' : afterHeadline === null && title === lead.subject ? 'subject' : 'copy';
  const publisherAbove = header.publisher;
  const block = readHeaderBlock(lines, i, title, source, afterHeadline, underTickerLabel, header, boilerplate, dayFirst);
  // A headline found by shape below the one first read (a top bar's line taken for it): its credit lines are read as a
  // header's are, when the block's own reading found no writer.
  let next = block.next;
  if (block.replacedAt !== null) {
    // (The nameplate among the page's lines over that headline names the outlet, as it does over a headline read by
    // position: not the agency a credit adds, "and Agency", which contributed.)
    const plate =
      lines.slice(i, block.replacedAt).map((l) => unmark(l)).find((l) => isNameplate(l) && !readLine(l, dayFirst) && !isSectionOfPage(lines, l)) ??
      siteNamedTwice(lines.slice(0, block.replacedAt).map((l) => unmark(l)));
    // (Where the block's credit, not the lines read before it, named the outlet.)
    if (plate && (header.publisher === null || header.publisher !== publisherAbove)) header.publisher = carriedOutlet(plate);
    // (Or the nameplate the lines above them named, read before the top bar's line taken for the headline.)
    else if (!plate && publisherAbove !== null && isNameplate(publisherAbove)) header.publisher = publisherAbove;
  }
  if (block.replacedAt !== null && header.authors.length === 0) {
    // (Read into a header of its own: only its writers are taken.)
    const under = emptyHeader();
    const read: string[] = [];
    const end = readHeaderZone(lines, skipBlank(lines, block.replacedAt + 1), under, read, dayFirst, domainNamesOf(decoded.text), { date: null }, true);
    header.authors = under.authors;
    // (Its header lines, a reading time or a share row under the credit, are no words of the story either.)
    if (end > next) {
      boilerplate.push(...read);
      next = end;
    }
  }
  title = block.title;
  i = next;
  const bodyStart = i;
  mergeHeader(header, lead.above);

  const vocabulary = vocabularyOfText(decoded.text);
  const blocks: Block[] = [];
  let about: string | null = null;
  let ended = false;
  let lastPiece: string | null = null;
  let credit: { at: number } | null = null;
  let linkList = false;
  // Where a "Comments" heading under the story opens the readers' comments, or a read-later app's "Highlights" heading
  // the reader's own: the story ends there.
  let endAt: number | null = null;
  let linkLabel = '';
  // A picture's credit closing the header ("Bild: Gazette/Jane Roe") over the one short sentence of its caption.
  let creditAbove = i > 0 && PHOTO_CREDIT_LINE.test(unmark(lines[i - 1]!).trim());
  // (Whether the copy sets its paragraphs apart by blank lines, which then part a caption from what is no caption.)
  const blankLined = lines.slice(i).some((l) => l.trim() === '');
  for (const group of paragraphGroups(lines.slice(i))) {
    if (creditAbove && group.length === 1 && isShortCaptionLine(group[0]!)) {
      captions.push(group[0]!);
      boilerplate.push(group[0]!);
      creditAbove = false;
      continue;
    }
    creditAbove = false;
    // The headlines a "Read also" label sets one a line under it, past a blank line: links, not a paragraph.
    if (linkList && group.length >= 2 && group.every((line) => isLinkTitle(line) && !isNameplate(line))) {
      boilerplate.push(...group);
      continue;
    }
    // A press release's closing "About <issuer>" section names who issues it.
    if (blocks.length >= 2) about ??= aboutHeadingSubject(group[0]!);
    for (const paragraph of splitFurniture(group, vocabulary)) {
      // After "ENDS" or "###" come notes to editors and contacts.
      // In a newsletter, the next item its table of contents lists starts after this story.
      // A press release's end matter: its distributor's note, its media contacts, its "About <issuer>" sections.
      // A writer's card after the story: one of its writers' names on a line of its own, then a line about them.
      // ("Jane Roe Jane Roe covers the council ...": the name's line run into the line about her, without a blank line.)
      const writerCard = blocks.length >= 2 && header.authors.some((a) => paragraph.text.trim() === a || paragraph.text.startsWith(`${a} ${a.split(' ')[0]} `));
      // A newsletter's or a feed's link to the whole story closes the part it gives ("Read the full story on ...").
      const excerptEnd = blocks.length >= 2 && paragraph.text.length <= MAX_LINE_READ && FULL_STORY_LINK.test(paragraph.text.trim());
      // A phone's or an app's mark under a story it sent ("Sent from the Gazette app"): a chat or a mail goes on after it.
      // (Or the pasted story's address under it, "Fuente: https://...", where a forum post or a note goes on after it.)
      const sentFrom = blocks.length >= 2 && (endsPastedStory(paragraph.text) || isLabelledSourceLink(paragraph.text));
      if (ended || writerCard || excerptEnd || sentFrom || (blocks.length > 0 && (isEndMark(paragraph.text) || contentsHeadline(paragraph.text, lead.contents) !== null)) || (blocks.length >= 2 && isReleaseEndMatter(paragraph.text))) {
        about ??= aboutHeadingSubject(paragraph.text);
        ended = true;
        boilerplate.push(paragraph.text);
        continue;
      }
      // A closing credit ("Story: Jane Roe", "Words by Jane Roe") ends the story; a social post's link card and comments
      // follow it. Whether it closes the story or opens it (under a standfirst and a caption) is known only at the end.
      const closing = blocks.length >= 2 && credit === null ? closingCredit(paragraph.text) : null;
      if (closing) {
        if (header.authors.length === 0) header.authors = closing;
        credit = { at: blocks.length };
        boilerplate.push(paragraph.text);
        continue;
      }
      // A picture's credit line ("Photo by NAME / Outlet"): the short line right above it is the picture's caption.
      // (Not over a credit for the story's pictures, "Photos: NAME", set apart by a blank line under the story's last
      // paragraph: a caption's credit is set right under it.)
      if (PHOTO_CREDIT_LINE.test(paragraph.text.trim())) {
        const above = blocks.at(-1);
        const storysPictures = blankLined && /^(?:photos|photographs|pictures|images|fotos|bilder)\b/i.test(paragraph.text.trim()) && !group.some((l) => l.trim() === above?.text.trim());
        if (above && lastPiece === above.text && above.text.length <= 200 && !storysPictures) captions.push(blocks.pop()!.text);
        boilerplate.push(paragraph.text);
        lastPiece = paragraph.text;
        continue;
      }
      // (A reading time the header's lines left under the credit, "Reading time 4 min".)
      if (isPlaceholder(paragraph.text) || isReadingTime(paragraph.text)) {
        boilerplate.push(paragraph.text);
        continue;
      }
      // An editor's note on the story's updates or corrections is the desk's, not the story's.
      if (blocks.length > 0 && isEditorsNote(paragraph.text.trim()) && paragraph.text.length <= 400) {
        boilerplate.push(paragraph.text);
        lastPiece = paragraph.text;
        continue;
      }
      lastPiece = paragraph.text;
      // (Or a link card of the story itself under it, its site's address over its headline: a chat's preview of the link.)
      const linkCard = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/?\s/i.test(paragraph.text) && paragraph.text.includes(title);
      if (endAt === null && blocks.length >= MIN_STORY_BEFORE_END && (COMMENTS_HEADING.test(paragraph.text.trim()) || isCommentCount(paragraph.text) || READER_NOTES_HEADING.test(paragraph.text.trim()) || linkCard)) endAt = blocks.length;
      // (Or an issue tracker's activity under the description a story was pasted into: its filter, "Show: All Comments
      // History", under its "Activity" heading.)
      if (endAt === null && blocks.length >= MIN_STORY_BEFORE_END && ISSUE_ACTIVITY_FILTER.test(paragraph.text.trim())) endAt = /^activity$/i.test(blocks.at(-1)!.text.trim()) ? blocks.length - 1 : blocks.length;
      // The headlines a "Read more" or "Related" label sets between paragraphs are links, not the story's lines.
      // (And the tags a "Tags:" label sets one per line.)
      // (Not a writer's name: the card about them that may follow ends the story.)
      const tag = TAGS_LABEL.test(linkLabel) && isMenuItem(paragraph.text) && !header.authors.includes(paragraph.text.trim());
      // (The outlet's nameplate closing the page is none of them.)
      if (linkList && ((isLinkTitle(paragraph.text) && !isNameplate(paragraph.text)) || tag)) {
        boilerplate.push(paragraph.text);
        continue;
      }
      linkList = LINK_LIST_LABEL.test(paragraph.text.trim()) || TAGS_LABEL.test(paragraph.text.trim());
      linkLabel = paragraph.text.trim();
      if (linkList) {
        boilerplate.push(paragraph.text);
        continue;
      }
      // The story's own credit and date line, kept under a caption or a link by a feed reader or a paste ("Par Jane Roe
      // et John Doe – Publié le ..."), before any paragraph: the outlet's own header, over the wrapper's stamp.
      // (A line, not a sentence: no dateline's paragraph, "WESTPORT, March 3, 2023 — Acme opened ...".)
      const own = blocks.length === 0 && paragraph.text.length <= MAX_OWN_CREDIT && !/[.!?"”]$/.test(paragraph.text.trim()) && !readDateline(paragraph.text) ? readLine(paragraph.text, dayFirst) : null;
      if (own && own.authors.length > 0 && own.publishedAt !== null) {
        if (own.authors.length >= header.authors.length) header.authors = own.authors;
        header.publishedAt = own.publishedAt;
        boilerplate.push(paragraph.text);
        continue;
      }
      // A rule stays until trimEnding(), which reads it as the end of the story.
      const role = paragraph.furniture || isCapitalsHeading(paragraph.text, blocks.length) || (blocks.length > 0 && isChapterLine(paragraph.text)) ? 'boilerplate' : RULE.test(paragraph.text.trim()) ? 'body' : roleOf(paragraph.text);
      if (role === 'caption') captions.push(paragraph.text);
      else if (role === 'boilerplate') {
        boilerplate.push(paragraph.text);
        // A syndication note the furniture took in still names the story's outlet and date.
        if (isSyndicationNote(paragraph.text.trim())) readSyndicationNote(paragraph.text, header);
      } else blocks.push({ text: paragraph.text, kind: 'body' });
    }
  }
  if (credit !== null && closesStory(blocks, credit.at)) boilerplate.push(...blocks.splice(credit.at).map((b) => b.text));
  if (endAt !== null) boilerplate.push(...blocks.splice(endAt).map((b) => b.text));
  dropSummaryBox(blocks, boilerplate);
  const ending = trimEnding(blocks, header, boilerplate);
  readFootCredits(linesAfterStory(lines, ending.body), header, dayFirst);
  const body = ending.body;

  // A caption may sit in the header zone (kept as furniture there): both may date a yearless dateline.
  // (So may the day a mail carrying the story was sent.)
  completeFromDateline(header, body.slice(0, 3).map((b) => b.text), [...captions, ...boilerplate, ...(lead.sentAt ? [lead.sentAt.value] : [])]);
  if (body.length > 0) header.publishedAt ??= releaseDateline(body[0]!.text);
  // "Published: Apr. 3, 2024 at 3:14 AM UTC" over "JOPLIN, Mo. -": the day in the state the dateline names.
  if (header.publishedAt?.precision === 'day') {
    const day = header.publishedAt.value;
    // (The cheap test first: few copies mark a time as UTC, and reading a date line is the costly part.)
    for (const line of lines.slice(0, MAX_PREAMBLE_LINES)) {
      const stamp = line.length <= MAX_LINE_READ ? utcStampOfLine(line, day) : null;
      if (!stamp || readLine(unmark(line), dayFirst)?.publishedAt?.value !== day) continue;
      const local = inDatelineTime(stamp, body.slice(0, 3).map((b) => b.text));
      if (local) header.publishedAt = { value: local.value.slice(0, 10), precision: 'day' };
      break;
    }
  }
  // A press release is published by its issuer: the name above the release label, or its closing "About" section.
  if (lead.release) header.publisher = lead.issuer ?? about ?? header.publisher;
  // A release dated only in its "Issued by" block at the end: the date line alone there.
  if (lead.release && header.publishedAt === null) header.publishedAt = issuedDateAtEnd(lines, dayFirst);
  // A reader's source line the story's furniture took in ("Source: The Gazette | 12 March 2024 | By Jane Roe").
  for (const line of boilerplate) {
    const source = closingSource(line);
    if (!source) continue;
    header.publisher ??= source.outlet;
    header.publishedAt ??= source.date;
    if (header.authors.length === 0) header.authors = source.authors;
  }
  // "By Jane Roe | Millbrook" over "MILLBROOK — ...": the place a credit names beside the writer is the dateline's, no outlet.
  // (The story's first paragraph may come after a share row or a caption the body still holds.)
  const datelinePlace = body.slice(0, 3).map((b) => readDateline(b.text)?.place).find((place) => place !== undefined);
  if (header.publisher !== null && datelinePlace !== undefined && foldAccents(datelinePlace.toLowerCase()) === foldAccents(header.publisher.toLowerCase())) header.publisher = null;
  const footer = publisherFromFooter(boilerplate);
  const topLines = lines.slice(0, MAX_PREAMBLE_LINES).map((l) => unmark(l).trim());
  if (header.publisher === null) {
    // A footer's rights holder that is the publishing company ("Harbour Publishing Co Ltd") gives way to the paper a
    // prompt or a picture credit names.
    // ("The Harbour Standard Media Pvt Ltd" under a page whose nameplate reads "The Harbour Standard": the paper.)
    // (Or set in capitals, "NEA MERI" over "Nea Meri Publishing S.A.": the paper's name as the footer spells it.)
    // (Or the company's name is the line's and company words alone, "Harbour" over "© Harbour Media LLC": the paper it is named for.)
    const ofCompany = (l: string) => footer!.name.toLowerCase().startsWith(`${l.toLowerCase()} `) && (isNameplate(l) || isAllCaps(l) || isCompanyTail(footer!.name.slice(l.length + 1)));
    const plateLine = footer?.company ? lines.slice(0, MAX_PREAMBLE_LINES).map((l) => unmark(l)).find((l) => l.length >= 3 && ofCompany(l) && !isSectionOfPage(lines, l)) : undefined;
    const plate = plateLine && isAllCaps(plateLine) ? footer!.name.slice(0, plateLine.length) : plateLine;
    // (Or the nameplate over the page, "IL MONTE" over a footer "© Editrice Titano S.p.A.": the company publishes the paper.)
    // (Or one word in capitals over the page that a footer's sentence opens with, "HAVPOSTEN" over "Havposten follows the
    // press code.": the paper naming itself.)
    const namedInFooter = (l: string) => /^\p{Lu}{4,}$/u.test(l) && boilerplate.some((b) => b.startsWith(`${displayName(l)} `));
    // (Or one word on a line of its own, a compound of a paper's noun, "Havposten", "Fjordbladet": a Nordic, German or
    // Dutch nameplate, as a press archive's document view names its source over the date.)
    const compoundPlate = () => topLines.find((l) => isCompoundNameplate(l) && !isSectionOfPage(lines, l));
    const topPlate = () => {
      const line = topLines.find((l) => isNameplate(l) && !readLine(l, dayFirst)) ?? plateOfCompany(lines, topLines, footer!.name, title, dayFirst) ?? mastheadAmongButtons(lines, topLines, title, dayFirst) ?? topLines.find(namedInFooter) ?? compoundPlate();
      return line === undefined ? null : asShownName(line);
    };
    // (A reprint notice naming the site by its address, "a hyperlink to harbourtimes.example is required": the nameplate
    // that address spells, where the page shows one.)
    const reprinted = (site: string | null) => (site !== null && (isUrl(site) || isWebAddress(site)) ? (topLines.find((l) => spelledByDomain(l, domainNamesOf(site))) ?? site) : site);
    const named = () => plate ?? publisherFromPrompt(boilerplate) ?? reprinted(firstOf(boilerplate, siteOfReprintNotice)) ?? publisherFromAcknowledgement(boilerplate) ?? publisherFromPictureCredit([...captions, ...boilerplate]) ?? (footer?.company ? topPlate() : null);
    header.publisher =
      publisherFromSourceLine(lines) ??
      // (A feed's footer line, "The post ... appeared first on The Gazette.", names the site.)
      firstOf(boilerplate, siteOfFeedFooter) ??
      (footer !== null && footer.company ? (named() ?? footer.name) : footer?.name) ??
      ending.nameplate ??
      named() ??
      publisherFromAddress(boilerplate) ??
      publisherFromReference(boilerplate) ??
      publisherSpelledInText(lines, domainNamesOf(decoded.text)) ??
      compoundPlate() ??
      null;
  }
  // The name the footer's copyright gives, set as a line of its own over the page too ("VOZ DEL SUR" over its tagline
  // "Periódico de Cienfuegos", "© 2027 Voz del Sur"): the page names itself twice, the outlet.
  if (header.publisher !== null) {
    const key = (l: string) => foldAccents(l.toLowerCase().trim());
    if (footer !== null && !footer.company && key(footer.name) !== key(header.publisher) && topLines.some((l) => key(l) === key(footer.name))) header.publisher = footer.name;
  }
  // A short form of the outlet's name, as a role or a picture credit gives it ("Beacon Reporter", "Photo: Jane Roe/Morning
  // Post"), where the nameplate over the page gives it in full ("KINGSTOWN BEACON"): the nameplate.
  if (header.publisher !== null) header.publisher = fullNameplate(header.publisher, topLines, dayFirst) ?? header.publisher;
  // A nameplate set in capitals ("LA VOZ DEL PUERTO") that a credit or a footer spells as written: that spelling.
  if (header.publisher !== null) header.publisher = carriedOutlet(header.publisher);
  if (header.publisher !== null && isAllCaps(header.publisher) && /[\s-]/.test(header.publisher)) {
    const spelled = new RegExp(`(?<!\\p{L})${escapeRegExp(header.publisher).replace(/\s+/g, '\\s+')}(?!\\p{L})`, 'giu');
    header.publisher = [...decoded.text.matchAll(spelled)].map((m) => m[0]).find((m) => /\p{Ll}/u.test(m)) ?? header.publisher;
  }
  // A link card or share line of the headline with the site's name ("Headline | The Gazette") over a breadcrumb's first
  // crumb, which may be a chat's team or a portal's section ("Monitoring Team > General").
  if (lead.crumbRoot !== undefined && header.publisher === lead.crumbRoot) header.publisher = siteOfSharedHeadline(lines, title) ?? header.publisher;
  // A nameplate in capitals ("WESTPORT LEDGER") as the footer spells it ("© Westport Ledger Publishing").
  const spelled = header.publisher && isAllCaps(header.publisher) ? publisherFromFooter(boilerplate) : null;
  if (spelled && spelled.name.toLowerCase().startsWith(header.publisher!.toLowerCase())) header.publisher = spelled.name.slice(0, header.publisher!.length);
  // "Correio do Vale – Edições Norte": the paper, then its publishing company after a dash.
  const company = header.publisher ? /^(.{3,60}?)\s+[–—-]\s+(.+)$/u.exec(header.publisher) : null;
  if (company && COMPANY_WORD.test(company[2]!) && !COMPANY_WORD.test(company[1]!)) header.publisher = company[1]!;
  // "Par Jane Roe et John Doe, La Gazette du Nord", where the page names itself "La Gazette du Nord": the outlet closing a
  // credit is no writer, whatever its name's shape.
  if (header.publisher !== null) {
    const outlet = foldAccents(header.publisher.toLowerCase());
    const writers = header.authors.filter((a) => foldAccents(a.toLowerCase()) !== outlet);
    // (Unless the outlet is its one writer's name, a blog named for her: "Jane Roe" by Jane Roe.)
    if (writers.length > 0 || !header.authors.every((a) => /^\p{Lu}/u.test(a) && classifyName(a) === 'person')) header.authors = writers;
  }

  // A relative stamp under the headline ("Yesterday, 23:50") over the top bar's today, which was read as the date.
  const relative = relativeStampDate(lines);
  if (relative && header.publishedAt?.value === relative.seen) header.publishedAt = relative.day;
  return assembleArticle({
    format: 'txt',
    title,
    authors: header.authors,
    publisher: header.publisher,
    publishedAt: header.publishedAt ?? header.modifiedAt ?? permalink.date ?? issueDate(lines, bodyStart, lead.sentAt, dayFirst) ?? lead.sentAt ?? relative?.day ?? storyAddressDate(decoded.text),
    blocks: body,
    captions,
    boilerplate,
    fileTags: [],
    url: null,
    html: null,
    encoding: decoded.encoding,
    warnings: decoded.warnings,
  });
}

/**
 * The header found by shape (txt-header-block.ts): its headline where the readers above found none, a line that is
 * no headline, or the headline with a label before it; its credit, date and outlet where they found none; and the
 * body starts under it when only short lines lie between.
 */
/** The fewest words and the most characters of a deck line under a headline. */
const MIN_DECK_WORDS = 6;
const MAX_DECK_CHARS = 320;

function readHeaderBlock(lines: string[], i: number, title: string, source: 'file name' | 'subject' | 'copy', afterHeadline: number | null, underTickerLabel: boolean, header: HeaderInfo, boilerplate: string[], dayFirst: boolean | null): { title: string; next: number; replacedAt: number | null } {
  const fromFileName = source === 'file name';
  const kept = { title, next: i, replacedAt: null };
  const readers = { read: (l: string) => readLine(l, dayFirst), isFurniture: (t: string) => isHeaderFurniture(t) || isBoilerplate(t) || isCommentCount(t) || LEAD_LABEL.test(t), isNameplate };
  // (A mail's own "Date:" field is no date line of the story's header: it is when the mail was sent.)
  const fields = mailHeaderEnd(lines);
  // (Nor is anything above a forward's mark: the forwarder's note and signature.)
  const forward = forwardMarkAfterNote(lines);
  const readable = lines.map((l, k) => (k < forward || (k < fields && /^(?:date|sent)\s*:/i.test(l.trim())) ? '' : l.length > MAX_LINE_READ ? l : unmark(l)));
  // (A copy pasted under a line naming its source, "Source: The Gazette — ...", in a mail, a wiki page or a note: its own
  // header under that line, where one is there, not the mail's subject and sender over it.)
  const sourceLine = readable.findIndex((l, k) => k >= i && k < i + MAX_PREAMBLE_LINES && (outletOfLabelledSource(l) !== null || isLabelledSourceLink(l)));
  const underSource = sourceLine >= 0 ? findHeaderBlock(readable.map((l, k) => (k <= sourceLine ? '' : l)), readers) : null;
  const block = underSource?.title && (underSource.authors.length > 0 || underSource.publishedAt !== null) ? underSource : findHeaderBlock(readable, readers);
  if (!block || block.title === null) {
    const near = header.publishedAt === null || header.authors.length === 0 ? headerAboveProse(lines, readers) : null;
    header.publishedAt ??= near?.publishedAt ?? null;
    if (header.authors.length === 0) header.authors = near?.authors ?? [];
    return kept;
  }
  // "NEW from me: Headline", "Watch – Headline": a label and a separator before the headline.
  const labelled = title.length > block.title.length && title.endsWith(block.title) && /[:|–—-]\s*$/.test(title.slice(0, -block.title.length));
  // A line read as the headline, then a label, a menu or a nameplate, then a headline with its credit or date right
  // under it (a breaking-news strip or a weather alert over the story): the one with the credit heads the story.
  const between = afterHeadline !== null && block.line >= afterHeadline ? lines.slice(afterHeadline, block.line).map((l) => unmark(l)).filter((l) => l !== '') : [];
  const under = unmark(lines[skipBlank(lines, block.headlineLine + 1)] ?? '');
  const underInfo = readLine(under, dayFirst);
  // (Or both under its deck or standfirst, past a photo's caption perhaps, when a menu's words lie between: the line
  // read as the headline is the page's, over its menu.)
  const menu = between.filter((l) => l.split(/\s+/).length <= 3 && headlineShape(l, true) < 0).length >= MIN_MENU_ITEMS;
  // (A credit line under the headline's standfirst counts as under the headline: "Headline" / "Standfirst." / "Jane Roe".)
  // (Or a labelled credit of a desk, "Prepared by: Regional desk", that names no one.)
  const isCredit = (line: string) => {
    const info = readLine(line, dayFirst);
    return (info ? info.authors.length > 0 || info.publishedAt !== null : (readByline(line, { labelRequired: false })?.authors.length ?? 0) > 0) || readByline(line) !== null;
  };
  // (Or under a deck without its full stop, "Buses will take the ring road – lorries the bypass", as some sites set it.)
  const deckUnder = !underInfo && under.split(/\s+/).length >= MIN_DECK_WORDS && under.length <= MAX_DECK_CHARS && readByline(under, { labelRequired: false }) === null;
  const underStandfirst = (block.standfirst !== null && isProse(under)) || deckUnder ? unmark(lines[skipBlank(lines, skipBlank(lines, block.headlineLine + 1) + 1)] ?? '') : null;
  const credited =
    (underInfo ? underInfo.authors.length > 0 || underInfo.publishedAt !== null : (readByline(under, { labelRequired: false })?.authors.length ?? 0) > 0) ||
    (underStandfirst !== null && isCredit(underStandfirst)) ||
    (menu && block.line === block.headlineLine && block.authors.length > 0 && block.publishedAt !== null);
  // (Not a credit line taken for a headline: "Staff Reporter and Harbour Wire".)
  // (A headline's first word may read as a body's name, "Councils in ...": the whole line names none.)
  const titleAsCredit = classifyName(block.title) === 'none' ? null : readByline(block.title, { labelRequired: false });
  const overBlock =
    between.length > 0 &&
    // (A desk's note in brackets, "(Adds quote from minister)", is no sentence of the story.)
    between.every((l) => l.length <= MAX_HEADER_LINE && !isProse(l) && (!endsSentence(l) || /^\(.*\)$/.test(l))) &&
    between.some((l) => l.split(/\s+/).length <= 3 && headlineShape(l, true) < 0) &&
    credited &&
    !titleAsCredit?.publisher &&
    !titleAsCredit?.authors.length;
  // ("Lethem traders say new hours are costing…", a breadcrumb's or a share's cut headline, over the whole one.)
  const cut = CUT_OFF.exec(title.trim());
  const completed = cut !== null && block.title.startsWith(title.trim().slice(0, cut.index).trimEnd());
  // (Or a story pasted under a line naming its source, "Source: The Gazette — gazette.example/...", below a mail's or a
  // note's own heading: the pasted story's headline, with its credit or date under it. Or under its address alone,
  // "Fuente: https://...", which names no outlet.)
  const sourced = between.map(outletOfLabelledSource).find((outlet) => outlet !== null) ?? null;
  const linked = between.some(isLabelledSourceLink);
  if (sourced !== null && credited) header.publisher = sourced;
  // (A ticker's item read as the headline, "17:05 Firefighters contain fire" or a line under "BREAKING", a mail's
  // greeting, or a Persian overline saying who told the news, gives way too.)
  // (Or a story's whole header, its credit and date under its headline, where the line read by position has neither under
  // it: a forum post's, an intranet page's or a course's own title over the story its text reproduces.)
  // (Not a nameplate over the credit, under the headline and its standfirst: "Le Courrier du Port" / "Par Jeanne Roe".)
  const wholeHeader = credited && block.authors.length > 0 && block.publishedAt !== null && header.authors.length === 0 && header.publishedAt === null && !isNameplate(block.title) && (afterHeadline === null || block.line - afterHeadline > MAX_DECK_LINES);
  const replaced = block.title !== title && (completed || (block.score >= MIN_BLOCK_SCORE && (fromFileName || wholeHeader || headlineShape(title, true) < 0 || labelled || overBlock || ((sourced !== null || linked) && credited) || isOverline(title) || isTickerItem(title) || underTickerLabel || GREETING.test(title))));
  // A deck line under the headline read as the block's headline (it is nearer the credit): the credit and date are the
  // headline's all the same, where the lines read so far found none.
  const deck = !replaced && block.title !== title && afterHeadline !== null && block.line >= afterHeadline && block.line - afterHeadline <= MAX_DECK_LINES;
  if (deck) {
    if (header.authors.length === 0) header.authors = block.authors;
    header.publishedAt ??= block.publishedAt;
    header.publisher ??= block.publisher;
  }
  if (block.title !== title && !replaced && !deck) return kept;
  // The credit and date by the headline outweigh those read around a line that is none.
  if (header.authors.length === 0 || (replaced && block.authors.length > 0)) header.authors = block.authors;
  if (header.publishedAt === null || (replaced && block.publishedAt !== null)) header.publishedAt = block.publishedAt;
  // (Not a section the page's menu lists, named after a credit's bar: "By Jane Roe | 18 July 2025 | Regions".)
  const section =
    block.publisher !== null &&
    ((!isNameplate(block.publisher) && lines.slice(0, MAX_PREAMBLE_LINES).some((l) => l.trim() === block.publisher && isMenuItem(l))) || isSectionOfPage(lines, block.publisher));
  if (!section && (header.publisher === null || (replaced && block.publisher !== null))) header.publisher = block.publisher;
  let next = i;
  // Only header lines are skipped (and the standfirst the block read through): a short sentence there is the story's
  // ("The vote was seven to two.").
  const isHeaderLine = (l: string, k: number) => k === block.standfirst || (l.length <= MAX_LINE_READ && !isProse(l.trim()) && !endsSentence(l.trim()));
  // (Under a mail's subject that is no headline, what comes before the story's headline is the mail's: a newsletter's
  // greeting, its editor's signature, a "TOP STORY" label.)
  // (Nor, over a headline the block put in place of the one read, are a page's tagline and a photo's caption: a line
  // or two of short prose among the menus and header lines are no story's.)
  const unread = lines.slice(i, block.end).filter((l, k) => !isHeaderLine(l, i + k));
  const pageLines = replaced && block.headlineLine >= i && unread.length <= MAX_SHORT_PROSE_LINES && unread.every((l) => l.length <= MAX_SHORT_PROSE);
  // (Nor, over a story's whole header that replaced the line read by position, the host page's lines: a forum post's or
  // an intranet page's own header and the poster's words.)
  if (block.end > i && ((replaced && (source === 'subject' || wholeHeader)) || pageLines || unread.length === 0)) {
    boilerplate.push(...lines.slice(i, block.end).map((l) => l.trim()).filter((l) => l !== '' && l !== block.title));
    next = block.end;
  }
  return { title: replaced ? block.title : title, next, replacedAt: replaced ? block.headlineLine : null };
}

/** The outlet a line of its own says the story appeared in or is read at ("Published in The Gazette, 15 May 2024"). */
function publisherFromSourceLine(lines: readonly string[]): string | null {
  for (const line of lines) {
    const outlet = line.length <= MAX_LINE_READ ? outletOfSourceLine(unmark(line), isNameplate) : null;
    if (outlet) return outlet;
  }
  return null;
}

/** The most lines of short prose (a tagline, a caption) that lie among a page's header lines, and their longest. */
const MAX_SHORT_PROSE_LINES = 2;
const MAX_SHORT_PROSE = 250;
/** The fewest items of a menu, one per line. */
const MIN_MENU_ITEMS = 3;

/** A day, in milliseconds. */
const DAY_MS = 86_400_000;

/**
 * A newsletter's issue line under its nameplate ("Monday 21 July 2025 | Issue 212") above the story, within a day of
 * the mail's header: the day where the outlet is, where the header stamps the sending machine's time (often UTC).
 */
/**
 * The day a relative stamp over the story names ("Yesterday, 23:50"), counted from the top bar's date, which is the day
 * the page was seen (`seen`); null without both.
 */
function relativeStampDate(lines: readonly string[]): { day: PublishedDate; seen: string } | null {
  const top = lines.slice(0, MAX_PREAMBLE_LINES).map((l) => unmark(l).trim());
  // (Most copies have no relative stamp: it is looked for before the top bar's date, which takes a date reader.)
  const offset = top.map(relativeDayOffset).find((o) => o !== null);
  if (offset === undefined || offset === null) return null;
  const bar = top.find((l) => isTodayBar(l));
  const seen = bar === undefined ? null : findPublicationDate(bar)?.date;
  if (!seen || seen.precision !== 'day') return null;
  const at = new Date(Date.parse(`${seen.value}T00:00:00Z`) - offset * 86_400_000);
  return { day: { value: at.toISOString().slice(0, 10), precision: 'day' }, seen: seen.value };
}

function issueDate(lines: readonly string[], end: number, sentAt: PublishedDate | null, dayFirst: boolean | null): PublishedDate | null {
  if (sentAt === null) return null;
  // (A mail's header fields end at its first blank line.)
  for (let k = lines.findIndex((l) => l.trim() === ''); k >= 0 && k < end; k++) {
    const line = unmark(lines[k]!);
    if (line === '' || line.length > MAX_HEADER_LINE) continue;
    const info = readLine(line, dayFirst);
    if (!info?.publishedAt || info.authors.length > 0 || info.publishedAt.precision !== 'day') continue;
    if (Math.abs(Date.parse(info.publishedAt.value) - Date.parse(sentAt.value)) <= DAY_MS) return info.publishedAt;
  }
  return null;
}

/** The least score of a header block whose headline replaces the one the readers of particular shapes found. */
const MIN_BLOCK_SCORE = 4.5;

function skipBlank(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return i;
}

/** Markdown marks around a line: "# Title", "*By Jane Doe*", "**Published:** 3 May 2021" -> plain words. */
function unmark(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+/, '')
    .replace(/(\*{1,2}|__)(\S(?:.*?\S)?)\1/g, '$2')
    // A whole line in italics, as chat apps and Markdown mark it: "_The Gazette | Jane Roe | 3 May 2024_".
    .replace(/^_(\S(?:.*\S)?)_$/, '$1')
    // An icon a channel post or a newsletter sets before a field ("🗞 Source: ...", "📍 Lagos").
    .replace(LEADING_ICONS, '')
    .trim();
}

/** A mail's subject as the headline it may be: without "Fwd:"/"Re:", alert labels and icons; null when nothing is left. */
function subjectHeadline(subject: string): string | null {
  return withoutHeadlineLabels(withoutAlertLabel(subject.replace(/^(?:(?:fwd?|re|tr|wg)\s*:\s*)+/i, '').replace(LEADING_ICONS, '').trim())).replace(TRAILING_ICONS, '') || null;
}

/** The lines of a forwarded or exported e-mail's header block. */
const MAIL_FORWARD = /^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:?)$/i;
const MAIL_FIELD = /^(from|date|sent|subject|to|cc|bcc|reply-to|attachments?)\s*:\s*(.*)$/i;
/** How many lines a mail's header fields take at most. */
const MAIL_HEADER_LINES = 8;

/** The line after the header fields a saved mail opens with (two or more, up to its first blank line), or 0. */
function mailHeaderEnd(lines: readonly string[]): number {
  let k = 0;
  while (k < lines.length && k < MAIL_HEADER_LINES && MAIL_FIELD.test(lines[k]!.trim())) k++;
  return k >= 2 && (lines[k] ?? '').trim() === '' ? k : 0;
}
/** Fields of a read-later or notes export: "Title: ...", "Author: ...", "Source: ...". */
const EXPORT_FIELD = /^(title|headline|author|authors|byline|date|published|source|publication|publisher|outlet|url|link)\s*:\s*(.+)$/i;
/**
 * The fields a clipping or read-later tool writes above or below what it saved: "Clipped from: <url>", "Notebook:",
 * "Tags:", "Added: <date>", "Open original: <url>". Their dates are when the story was saved, not published.
 */
const SAVE_FIELD = /^(?:clipped\s+(?:from|on|at)|saved(?:\s+(?:from|on|at))?|source\s+url|original\s+url|open\s+original|notebook|tags?|labels?|folder|added(?:\s+on)?|archived(?:\s+on)?|(?:prepared|compiled|collected)\s+by|last\s+edited)\s*:/i;
const SAVED_WITH = /^(?:(?:story|article|page|item)\s+)?(?:saved|clipped|exported|archived|captured)\s+(?:with|from|via|using|by)\s+\S.{0,40}$/i;
/** A tool's note of when it made or changed its copy, once its other fields show it is a clipping: "Created: 09/05/2024 21:10". */
const SAVE_TIME_FIELD = /^(?:created|updated|modified)(?:\s+on)?\s*:/i;
/** Labels above a headline that are no part of it. */
const LEAD_LABEL = /^(?:skip to (?:the )?(?:main )?(?:content|navigation|article)|skip to [\w ]{2,30}|for immediate release|(?:press|news|media) (?:release|statement|advisory|summary)|view (?:this e-?mail |it )?(?:in|on) (?:your |a )?(?:browser|web)|view online|advertisement|menu|search(?:\.{3}|…)?|sign in|log in|subscribe)$/i;

/** A label that says the text is a press release: "PRESS RELEASE", "For immediate release", "Media statement". */
const RELEASE_LABEL = /(?:release|statement|advisory|summary)$/i;
/** A printed page's running head: its section in capitals and its number, or the number alone. */
const PAGE_RUNNING_HEAD = /^(?:\p{Lu}[\p{Lu}&'’ -]{2,30}\s+\d{1,3}|\d{1,3}\s+\p{Lu}[\p{Lu}&'’ -]{2,30}|\d{1,3})$/u;
/** The fields a release sets under its label, other than its date: "Ref: PR/042/26", "Time: 1330hrs", "Embargoed until: ...". */
const RELEASE_FIELD = /^(?:ref(?:erence)?(?:\s+no\.?)?|our ref|time|embargo(?:ed)?(?: until)?|release no\.?|no\.)\s*:\s*\S/i;
/** The noun that ends a newspaper's, agency's or station's name: "The Harbour Times", "Ilora Tribune", "Valley Radio". */
const PAPER_NOUN = /\s(?:times|tribune|post|herald|news|gazette|journal|courier|mail|express|observer|chronicle|star|sun|echo|standard|telegraph|mirror|record|advertiser|argus|bulletin|beacon|sentinel|press|review|examiner|globe|guardian|independent|leader|mercury|register|dispatch|citizen|voice|today|monitor|inquirer|enquirer|nation|daily|weekly|radio|tv|online|wire|samachar|patrika|zeitung|tidende|courant|clarion|pioneer|packet|pilot|reporter|messenger|advocate|democrat|republican|ledger)$/i;

/** A link printed after a label: "View this email in your browser <https://...>", "Read online: https://...". */
const LINK_AFTER = /(?<!\s)\s*(?::\s*)?<?(?:https?:\/\/|www\.)\S+>?$/i;

/**
 * The label an alert or a newsletter sets before the headline in its subject: "News alert: ...", "Breaking news
 * alert: ...", "Sports update: ...", "Daily briefing | ...".
 */
function withoutAlertLabel(subject: string): string {
  return subject.replace(/^\[(?:[^\]]{2,30})\]\s*(?=\S)/, '').replace(/^(?:(?:breaking|news|local|sports?|weather|traffic|politics|business|election|live|urgent|daily|morning|evening)\s+){0,3}(?:news\s+)?(?:alert|update|flash|bulletin|briefing|news)s?\s*[:|–—-]\s+(?=\S)/i, '');
}

interface Lead {
  /** Where the title (or, when `title` is known, the header) starts. */
  next: number;
  /** A title declared by a field ("Title: ..."). */
  title: string | null;
  /** A forwarded message's subject: the title when no line gives one. */
  subject: string | null;
  /** Whether a release label ("FOR IMMEDIATE RELEASE", "News release") says the text is a press release. */
  release: boolean;
  /** The name set above a press release's labels ("NORTHMOOR UNIVERSITY"): who issues it. */
  issuer: string | null;
  /** The headlines a newsletter's table of contents lists ("In this issue:" and a numbered list). */
  contents: string[];
  /** When the mail that carries the story was sent: its date when the story gives none of its own. */
  sentAt: PublishedDate | null;
  /**
   * Date and credit lines above the headline: a site's top bar may show the day it was copied ("Thursday 20 November
   * 2025" over the nameplate) and a nameplate under it may read as a name, so they count only where the story's own
   * header, under its headline, gives no date or credit.
   */
  above: HeaderInfo;
  /** The first crumb of a breadcrumb trail over the headline, taken for the outlet ("Harbour Times > News"). */
  crumbRoot?: string;
}

/** The label of a newsletter's table of contents: "In today's edition:", "In this issue:", "Today's stories:". */
const CONTENTS_LABEL = /^(?:in (?:today['’]s|this|tonight['’]s|this week['’]s) (?:edition|issue|newsletter|briefing|email|e-mail)|(?:today['’]s|this week['’]s) (?:stories|headlines|top stories)|contents|inside|what['’]s inside|in this edition)\s*:?$/i;
const NUMBERED_ITEM = /^(?:\d{1,2}[.)]|[-*•])\s+(\S.*)$/;

/** A table of contents at line `i`: its label and two or more listed headlines. */
function tableOfContents(lines: string[], i: number): { items: string[]; end: number } | null {
  if (!CONTENTS_LABEL.test(unmark(lines[i]!))) return null;
  const items: string[] = [];
  let end = skipBlank(lines, i + 1);
  while (end < lines.length) {
    const m = NUMBERED_ITEM.exec(unmark(lines[end]!));
    if (!m) break;
    items.push(m[1]!.trim());
    end++;
  }
  return items.length >= 2 ? { items, end } : null;
}

/** A row of a newsletter's links: "View in browser | Add us to your contacts", every part a label or mail link. */
function isLabelRow(line: string): boolean {
  const parts = line.split(/\s+[|•·]\s+/);
  return parts.length >= 2 && parts.some((p) => LEAD_LABEL.test(p) || isMailFooter(p)) && parts.every((p) => p.split(/\s+/).length <= 6 && !/[.!?]$/.test(p));
}

/** "1. Storm closes pier" when the table of contents lists "Storm closes pier": the item's headline without its number. */
function contentsHeadline(line: string, contents: readonly string[]): string | null {
  const m = NUMBERED_ITEM.exec(line);
  return m && contents.includes(m[1]!.trim()) ? m[1]!.trim() : null;
}

/**
 * What comes before the headline: e-mail forward headers, export fields, skip links, menus (three or more
 * short lines in a row), and label lines (a section name, "OPINION", the outlet's nameplate) that sit right
 * above a line that can be the headline. A nameplate names the publisher.
 */
function readPreamble(lines: string[], header: HeaderInfo, boilerplate: string[], dayFirst: boolean | null): Lead {
  const lead: Lead = { next: skipBlank(lines, 0), title: null, subject: null, release: false, issuer: null, contents: [], sentAt: null, above: emptyHeader() };
  let labels: string[] = [];
  let inMail = false;
  let clipped = false;
  // A forwarded message under the forwarder's own header and note: the story starts at the forward mark.
  const forward = forwardMarkAfterNote(lines);
  if (forward > lead.next) {
    boilerplate.push(...lines.slice(lead.next, forward).map((l) => l.trim()).filter((l) => l !== ''));
    lead.next = forward;
  }
  for (let seen = 0; seen < MAX_PREAMBLE_LINES; seen++) {
    const i = skipBlank(lines, lead.next);
    if (i >= lines.length) break;
    const line = unmark(lines[i]!);
    if (MAIL_FORWARD.test(line)) {
      inMail = true;
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    // A message saved from a mail client opens with its header fields, without a forward mark.
    // (Its fields in the client's order: Thunderbird saves "Subject:" and "Date:" above "From:".)
    if (!inMail && seen === 0 && MAIL_FIELD.test(line) && MAIL_FIELD.test(unmark(lines[skipBlank(lines, i + 1)] ?? '')) && lines.slice(i, i + MAIL_HEADER_LINES).some((l) => /^from\s*:\s*\S/i.test(l.trim()))) inMail = true;
    const mail = inMail ? MAIL_FIELD.exec(line) : null;
    if (mail) {
      const field = mail[1]!.toLowerCase();
      if (field === 'date' || field === 'sent') lead.sentAt ??= readHeaderLine(`Date: ${mail[2]}`)?.publishedAt ?? null;
      // The sender's name, when it is an outlet's ("The Morning Note <news@...>"), is the publisher.
      const sender = field === 'from' ? /^"?([^"<]+?)"?\s*<[^>]+>$/.exec(mail[2]!.trim()) : null;
      // "Harbour Times Alerts <alerts@...>": the sender's name without the word for its alerts (a briefing's name is its own).
      const senderName = sender?.[1]!.trim().replace(/\s+(?:(?:news|breaking news|email|e-mail)\s+)?alerts?$/i, '');
      // ("Acme English Service <english@...>": an agency's service, which names the agency.)
      const service = senderName ? agencyOfServiceBanner(senderName) : null;
      if (service) header.publisher ??= service;
      else if (senderName && isNameplate(senderName)) header.publisher ??= senderName;
      if (field === 'subject') lead.subject = subjectHeadline(mail[2]!);
      lead.next = i + 1;
      continue;
    }
    inMail = false;
    // A clipping tool's fields, and the app's name with its tab row or section line under it.
    // "Story saved with FeedFlow", "Clipped with NoteKeeper", "Exported from ReadLater": the tool's own line.
    if (SAVE_FIELD.test(line) || (clipped && SAVE_TIME_FIELD.test(line)) || SAVED_WITH.test(line) || isCopyDateLine(line)) {
      clipped = true;
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    if (isAppName(line)) {
      // Its tab row or section line sit under it in a short block; in a longer one the next line may be the headline.
      let end = i + 1;
      while (end < lines.length && lines[end]!.trim() !== '') end++;
      if (end - i > 3) end = i + 1;
      boilerplate.push(...lines.slice(i, end).map((l) => l.trim()));
      lead.next = end;
      continue;
    }
    const contents = tableOfContents(lines, i);
    if (contents) {
      lead.contents.push(...contents.items);
      boilerplate.push(...lines.slice(i, contents.end).map((l) => l.trim()).filter((l) => l !== ''));
      lead.next = contents.end;
      continue;
    }
    // The page's address pasted above it (a notes app's or a chat's link): the copy's, not the story's.
    if (seen === 0 && isUrl(line)) {
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    if (isAppChrome(line) || isArticleTool(line) || isPlayerControl(line) || tabRow(line) || RULE.test(line) || isLabelRow(line) || (line.length <= 160 && LINK_AFTER.test(line) && LEAD_LABEL.test(line.replace(LINK_AFTER, '')))) {
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    const field = EXPORT_FIELD.exec(line);
    if (field && readExportField(field[1]!.toLowerCase(), field[2]!.trim(), header, lead)) {
      lead.next = i + 1;
      continue;
    }
    if (lead.title !== null) break;
    // A columnist's bio set above the column: the page's, not the story's.
    if (isWriterBio(line)) {
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    const skipped = readPageFurniture(lines, i, header, boilerplate, lead, dayFirst);
    if (skipped > i) {
      lead.next = skipped;
      continue;
    }
    // An outlet's logo, copied as its image's text ("The Gazette logo"): the outlet.
    const logo = /^(.{3,60}?)\s+logo$/i.exec(line);
    if (logo && isNameplate(logo[1]!)) {
      header.publisher ??= logo[1]!;
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    // A periodical's title with the day a news fetcher made the issue ("The Gazette [Sun, 10 Mar 2024]"): the outlet, not the story's date.
    const issue = /^(.{3,60}?)\s*\[([^\]]{6,40})\]$/.exec(line);
    if (issue && isNameplate(issue[1]!) && findPublicationDate(issue[2]!)) {
      header.publisher ??= issue[1]!;
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    // A date or byline line above the headline ("Sun, 12 Mar, 2023 - 18:30", then the author's name).
    const above = readLine(line, dayFirst);
    if (above && i + 1 < lines.length) {
      // ("Westport, Tuesday, 22 December 2026" opening the copy or a top bar's line: its town and today's date, no outlet.)
      if ((seen === 0 || isTodayBar(line)) && above.authors.length === 0 && above.publisher !== null && !above.publisher.includes(' ') && above.publishedAt !== null) above.publisher = null;
      mergeHeader(lead.above, above);
      boilerplate.push(line);
      lead.next = i + 1;
      const k = skipBlank(lines, i + 1);
      // (Not under a top bar's today: the line under it is the bar's, the weather, "Westport 2 °C".)
      const credit = k < lines.length && lines[k]!.trim().includes(' ') && !isTodayBar(line) ? readByline(unmark(lines[k]!), { labelRequired: false }) : null;
      // A headline can read as an outlet's name ("Harbour council to close pool from June"): not when a byline follows it.
      const below = unmark(lines[skipBlank(lines, k + 1)] ?? '');
      const named = credit && (credit.authors.length > 0 || !(/^by\s/i.test(below) && readByline(below)?.authors.length));
      if (credit && named && !/[.!?]$/.test(lines[k]!.trim()) && skipBlank(lines, k + 1) < lines.length) {
        mergeHeader(lead.above, { ...emptyHeader(), authors: credit.authors, publisher: credit.publisher });
        boilerplate.push(lines[k]!.trim());
        lead.next = k + 1;
      }
      continue;
    }
    // A top bar's town and today's date the header reader leaves unread ("Westport, samedi 9 janvier 2027"): the day the
    // page was seen, no headline and no date of the story.
    if (isTodayBar(line)) {
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    // An e-paper viewer's title over the page it prints ("The Gazette e-Paper"): the paper, no headline.
    const viewer = E_PAPER_TITLE.exec(line);
    if (viewer && isNameplate(viewer[1]!)) {
      header.publisher ??= viewer[1]!;
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    // An agency's service banner over its item ("ACME NEWS AGENCY - ENGLISH SERVICE"): the agency, no headline.
    const agency = agencyOfServiceBanner(line);
    if (agency) {
      header.publisher ??= agency;
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    // A release's reference, time and embargo fields under its label ("Ref: PR/042/26", "Time: 1330hrs"); a printed
    // page's running head ("NATIONAL 9", "12 BUSINESS") opening a copy out of an e-paper.
    if (LEAD_LABEL.test(line) || (lead.release && RELEASE_FIELD.test(line)) || (seen === 0 && PAGE_RUNNING_HEAD.test(line))) {
      boilerplate.push(line);
      if (RELEASE_LABEL.test(line)) lead.release = true;
      lead.next = i + 1;
      continue;
    }
    const published = /^[Pp]ublished in\s+(\p{Lu}.{1,60})$/u.exec(line);
    if (published) {
      header.publisher ??= published[1]!.trim();
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    const menu = menuRun(lines, i);
    if (menu > i) {
      const items = lines.slice(i, menu).map((l) => l.trim());
      // (Not the section the page is in, that the menu lists and the label over the headline repeats: "Island News".)
      header.publisher ??= items.find((item) => isNameplate(item) && !isSectionOfPage(lines, item)) ?? null;
      boilerplate.push(items.join(' | '));
      lead.next = menu;
      continue;
    }
    // A title bar: the outlet's nameplate over the edition's or the post's date ("The Harbour Times" / "20 Apr 2024"),
    // a paper's name by its last word (a headline in title case over the date is no nameplate).
    // (Or a nameplate set in capitals, "THE MORNING NOTE", a newsletter's over its issue's date.)
    if (isNameplate(line) && !line.includes(',') && (PAPER_NOUN.test(line) || (/^the\s/i.test(line) && !/\p{Ll}/u.test(line)))) {
      const k = skipBlank(lines, i + 1);
      const dated = k < lines.length ? readLine(unmark(lines[k]!), dayFirst) : null;
      if (dated && (dated.publishedAt || dated.modifiedAt) && dated.authors.length === 0) {
        header.publisher ??= line;
        boilerplate.push(line);
        lead.next = i + 1;
        continue;
      }
    }
    if (isLabelAboveHeadline(line, lines, i)) {
      if (isNameplate(line) && !isSectionOfPage(lines, line)) header.publisher ??= carriedOutlet(line);
      labels.push(line);
      boilerplate.push(line);
      lead.next = i + 1;
      continue;
    }
    // A letterhead's address, website and telephone lines over a release's label: the issuer's, not a headline.
    const label = releaseLabelAhead(lines, i);
    if (label > i) {
      boilerplate.push(...lines.slice(i, label).map((l) => l.trim()).filter((l) => l !== ''));
      lead.next = label;
      continue;
    }
    break;
  }
  if (lead.title === null) lead.next = skipBlank(lines, lead.next);
  if (lead.release) lead.issuer = labels.map(displayName).find((l) => l.includes(' ') && classifyName(l) !== 'place') ?? null;
  // A forward's own subject over the forwarded message's ("FW: <headline>" over "the canal story"): the one the text
  // repeats on a line of its own is the story's headline.
  const outer = forward > 0 ? lines.slice(0, forward).map((l) => /^subject\s*:\s*(.+)$/i.exec(unmark(l))?.[1]).find((v) => v !== undefined) : undefined;
  const outerSubject = outer ? subjectHeadline(outer) : null;
  const repeats = (subject: string | null) => subject !== null && lines.slice(forward).some((l) => unmark(l) === subject);
  if (outerSubject && repeats(outerSubject) && !repeats(lead.subject)) lead.subject = outerSubject;
  return lead;
}

/** The most lines of a letterhead (an address, a website, a telephone number) above a release's label. */
const MAX_LETTERHEAD_LINES = 5;

/** The line of a release's label ("PRESS RELEASE") a few short lines below line `from`, or `from`. */
function releaseLabelAhead(lines: readonly string[], from: number): number {
  let seen = 0;
  for (let k = from; k < lines.length && seen <= MAX_LETTERHEAD_LINES; k++) {
    const line = unmark(lines[k]!);
    if (line === '') continue;
    if (LEAD_LABEL.test(line) && RELEASE_LABEL.test(line)) return k;
    if (line.length > 100 || isProse(line) || /[.!?]$/.test(line)) return from;
    seen++;
  }
  return from;
}

/**
 * Page furniture above the headline that a browser or PDF viewer copies: a cookie prompt, a press release's
 * contact block ("Media Contact:" and its lines up to a blank line), the press office's line, a label and a date
 * set apart by a wide gap ("News release          17 February 2022"), a breadcrumb trail and the site's name
 * above it, and a nameplate line of parts ("THE HARBOUR NOTE | EVENING EDITION"). Returns the line after it, or
 * `i` when line `i` is none of these.
 */
function readPageFurniture(lines: string[], i: number, header: HeaderInfo, boilerplate: string[], lead: Lead, dayFirst: boolean | null): number {
  const line = unmark(lines[i]!);
  if (isCookiePrompt(line) || isPressOfficeLine(line) || isConsentLine(line) || isPaywallMeter(line) || isSiteSwitch(line) || /^(?:page|p\.)\s*[A-Z]?\d{1,3}$/i.test(line)) {
    boilerplate.push(line);
    return i + 1;
  }
  if (isContactLabel(line)) {
    let end = i + 1;
    while (end < lines.length && end - i <= 8 && lines[end]!.trim() !== '') end++;
    boilerplate.push(lines.slice(i, end).map((l) => l.trim()).join(' | '));
    return end;
  }
  const gap = /^(.+?)\s{3,}(.+)$/.exec(line);
  const gapInfo = gap && LEAD_LABEL.test(gap[1]!.trim()) ? readLine(gap[2]!, dayFirst) : null;
  if (gap && gapInfo) {
    if (RELEASE_LABEL.test(gap[1]!.trim())) lead.release = true;
    mergeHeader(header, gapInfo);
    boilerplate.push(gap[1]!.trim(), gap[2]!.trim());
    return i + 1;
  }
  const crumbs = breadcrumbOf(line);
  if (crumbs) {
    // ("Hawd Tribune — News / Hargeisa": the site's name, then its section after a dash.)
    const root = crumbs[0]!.replace(/\s+[—–]\s+\p{Lu}[\p{L}\s&'’-]{1,30}$/u, '');
    // (Not the account links, "Sign in / Join".)
    if (!isHomeCrumb(root) && !LEAD_LABEL.test(root) && (root.includes(' ') || isNameplate(root)) && header.publisher === null) {
      header.publisher = root;
      lead.crumbRoot = root;
    }
    boilerplate.push(line);
    return i + 1;
  }
  const k = skipBlank(lines, i + 1);
  // The site's name, set above its breadcrumb trail (and the menu rows between them).
  let crumb = k;
  while (crumb < lines.length && tabRow(unmark(lines[crumb]!))) crumb = skipBlank(lines, crumb + 1);
  // (A name, not a weather widget's "28°C" over the account links' "Sign in / Join".)
  if (crumb < lines.length && breadcrumbOf(unmark(lines[crumb]!)) && line.length <= 80 && /^[\p{Lu}\d]/u.test(line) && !/[.!?:]$/.test(line)) {
    header.publisher ??= line;
    boilerplate.push(line);
    return i + 1;
  }
  const nameplate = nameplateOfParts(line, k < lines.length ? unmark(lines[k]!) : '', dayFirst);
  if (nameplate) {
    header.publisher ??= nameplate;
    boilerplate.push(line);
    return i + 1;
  }
  return i;
}

/**
 * "THE QUARRY NOTE | MORNING EDITION" above a date: a newsletter's or site's nameplate line, made of label parts
 * one of which names the outlet. Set in capitals (or opening with the outlet's name in capitals), or above a date
 * line (a headline with the site name after a bar is neither).
 */
function nameplateOfParts(line: string, next: string, dayFirst: boolean | null): string | null {
  const parts = line.split(/\s+[|•·—–]\s+/);
  if (parts.length < 2 || line.length > 100) return null;
  if (!parts.every((p) => p.split(/\s+/).length <= 6 && !/[.!?,;:]$/.test(p))) return null;
  const outlet = parts.find(isNameplate);
  // "THE HARBOUR NOTE | Community": the outlet's name in capitals opening the line is a nameplate, whatever follows it.
  const capitalsFirst = outlet !== undefined && outlet === parts[0] && !/\p{Ll}/u.test(outlet);
  if (/\p{Ll}/u.test(line) && !capitalsFirst && !readLine(next, dayFirst)?.publishedAt) return null;
  return outlet ? displayName(outlet) : null;
}

/** Emoji and icons closing a line, with the dot or bar before them: "· 🌍", " 🚧🚜👇". */
const TRAILING_ICONS = /(?<![\s·•|])[\s·•|]*(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3])+\s*$/u;
/** A post's age printed as a part of a credit line: "Story by Jane Roe • 2d", "• 14h • 3 min read". */
const COMPACT_AGE = /(?<=\S)\s+[·•|]\s+\d{1,2}\s?(?:s|m|h|d|w|mo|y|min|mins|hr|hrs)(?=\s+[·•|]\s|\s*$)/gi;
/** A post's audience or view count after its date: "· Public", "· 12.3K Views". */
const POST_COUNTS = /(?<=\S)\s+[·•|]\s+(?:public|friends|shared with public|[\d.,]+[kKmM]?\s+views?)$/i;
/** A post's age alone: "2d", "14 h", "3w". */
const POST_AGE = /^\d{1,2}\s?(?:s|m|h|d|w|mo|y|min|mins|hr|hrs)$/i;
/** A social post's day without its year, as the sites print this year's posts: "April 21 at 9:05 AM", "Yesterday at 09:05". */
const YEARLESS_POST_DAY =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|yesterday|today) at \d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?$/i;

/** Emoji and icons opening a line: "🔴 ", "📰 ". */
const LEADING_ICONS = /^(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\uFE0F\u200D\u20E3])+\s*/u;

/** Longer than any header line with its icons and counts. */
const MAX_LINE_READ = 400;

/** A header line, read with the labels and numeric dates the header reader leaves to the caller. */
function readLine(raw: string, dayFirst: boolean | null): HeaderInfo | null {
  // (White space is one space in a header line, and a line far longer than one is none: both bound the patterns' work.)
  const line = raw.replace(/\s+/g, ' ');
  if (line.length > MAX_LINE_READ) return null;
  // A social post's date with the audience icon after it ("12 March 2024 at 16:05 · 🌍"): the icon says nothing.
  const text = line.replace(TRAILING_ICONS, '').replace(POST_COUNTS, '').replace(COMPACT_AGE, '').trim();
  if (text === '') return null;
  // A post's age or yearless day ("2d", "April 21 at 9:05 AM"), as social sites print it: a header line that dates nothing.
  if (POST_AGE.test(text) || YEARLESS_POST_DAY.test(text)) return emptyHeader();
  // (Two-digit years too, as a page's header line prints them: "23-11-26, 23:51", "19.05.25, 00:47".)
  // (Or a Swahili credit alone, "Na Jane Roe na John Doe", whose label is a word of other languages too.)
  return readHeaderLine(withNumericDatesResolved(withEnglishDateLabels(text), dayFirst === null ? null : dayFirst ? 'day-first' : 'month-first', { twoDigitYears: true })) ?? readSwahiliCredit(text);
}

function readExportField(field: string, value: string, header: HeaderInfo, lead: Lead): boolean {
  switch (field) {
    case 'title':
    case 'headline':
      if (lead.title !== null) return false;
      lead.title = value;
      return true;
    case 'source':
    case 'publication':
    case 'publisher':
    case 'outlet': {
      // A citation: "Outlet (Marathi daily), city edition, page 3, 9 February 2024" names the outlet first and dates the story.
      const cited = value.includes(', ') ? findPublicationDate(value) : null;
      const name = cited ? withoutEditionNote(value.split(/,\s+/)[0]!) : value;
      if (!isUrl(name) && /^\p{Lu}/u.test(name) && !(cited && /\d{4}/.test(name))) header.publisher ??= name;
      if (cited) header.publishedAt ??= cited.date;
      return true;
    }
    case 'url':
    case 'link':
      return isUrl(value) || /^\S+\.\S+$/.test(value);
    default: {
      const info = readHeaderLine(`${field}: ${value}`);
      if (!info) return false;
      // A tool's export gives each writer a field of her own ("Author: Jane Roe", "Author: John Doe").
      if (/^(?:author|authors|byline)$/.test(field)) {
        // ("Author: Sutrisno": under an author's label one word that names no body or place is a person's one name.)
        const one = info.authors.length === 0 && info.publisher !== null && /^\p{Lu}[\p{L}\p{M}'’-]{2,}$/u.test(info.publisher) && !isKnownOrganisation(info.publisher) && !isPlaceName(info.publisher);
        if (one) info.publisher = null;
        header.authors = withAuthorsAdded(header.authors, one ? [value.trim()] : info.authors);
      }
      mergeHeader(header, info);
      return true;
    }
  }
}

/** A short item of a menu: a few words, no sentence, no date ("World", "US Politics", "Sign In"). */
function isMenuItem(line: string): boolean {
  const text = line.trim();
  return text !== '' && text.length <= 30 && text.split(/\s+/).length <= 3 && !/[.,;?]$/.test(text) && !/\d{4}/.test(text);
}

/**
 * "Home  Latest  Local  Sport  Weather", "Español | Accessibility | Contact Us": three or more menu items on one
 * line, set apart by wide gaps or bars (none of them the outlet's name, which a nameplate line sets beside labels).
 */
function tabRow(line: string): boolean {
  if (line.length > MAX_LINE_READ) return false;
  const items = line.trim().split(/\s{2,}/);
  if (items.length >= MIN_MENU_ITEMS && items.every(isMenuItem)) return true;
  const parts = line.trim().split(/\s+[|•·]\s+/);
  return parts.length >= MIN_MENU_ITEMS && parts.every((p) => isMenuItem(p) && !isNameplate(p));
}

/**
 * "-----Original Message-----" or "---------- Forwarded message ---------" under the forwarder's note (and
 * header): the line of the mark, when header fields follow it within the first lines of the text; the line after a
 * rule under a signed note; or 0.
 */
function forwardMarkAfterNote(lines: string[]): number {
  let mark = 0;
  let greeted = false;
  for (let i = 0; i < Math.min(lines.length, MAX_PREAMBLE_LINES * 2); i++) {
    greeted ||= GREETING.test(lines[i]!.trim());
    if (MAIL_FORWARD.test(unmark(lines[i]!)) && MAIL_FIELD.test(unmark(lines[skipBlank(lines, i + 1)] ?? ''))) mark = i;
    // Outlook marks a forwarded or quoted message only by its header block ("From: ..." / "Sent: ..." / "To: ..." /
    // "Subject: ..."), under the forwarder's note and signature.
    else if (i > 0 && mark < i && isInnerMailHeader(lines, i)) mark = i;
    // A note that greets and signs off ("Hi Tom," ... "Best," / "Salma"), then a rule over the pasted story.
    // (Not the "--" that opens the signature itself.)
    else if (greeted && mark === 0 && PASTE_RULE.test(lines[i]!.trim()) && signedOffAbove(lines, i)) return skipBlank(lines, i + 1);
  }
  return mark;
}

/** A rule of three marks or more set between a note and what it passes on: "-----", "_____", "=====". */
const PASTE_RULE = /^(?:-{3,}|_{3,}|={3,}|\*{3,}|[—–─━]{3,})$/;

/** A mail's sign-off on a line of its own: "Best,", "Kind regards,", "Thanks!", "Cordialement,", "Saludos,". */
const SIGN_OFF = /^(?:best|all the best|best wishes|(?:kind |best |warm )?regards|thanks|thank you|many thanks|cheers|talk soon|cordialement|bien à (?:toi|vous)|saludos|un saludo|abraços|grüße|viele grüße|beste grüße|groeten|hälsningar|mvh|hilsen)\s*[,.!]?$/i;

/** Whether a sign-off stands a few lines over line `i` (with the signer's name between). */
function signedOffAbove(lines: readonly string[], i: number): boolean {
  const above = lines.slice(Math.max(0, i - 6), i).map((l) => l.trim()).filter((l) => l !== '');
  // (Or signed with a first name alone on the line over the rule, after a wish of the season: "Bon réveillon !" / "Jo".)
  return above.slice(-3).some((l) => SIGN_OFF.test(l)) || /^\p{Lu}\p{Ll}+$/u.test(above.at(-1) ?? '');
}

/** Whether a "From:" field at `i`, below some other text, opens a header block of its own ("Sent:" or "Date:", then "Subject:"). */
function isInnerMailHeader(lines: readonly string[], i: number): boolean {
  if (!/^from\s*:\s*\S/i.test(unmark(lines[i]!)) || lines.slice(0, i).every((l) => l.trim() === '' || MAIL_FIELD.test(unmark(l)))) return false;
  const fields = lines.slice(i + 1, i + MAIL_HEADER_LINES).map((l) => MAIL_FIELD.exec(unmark(l))?.[1]?.toLowerCase());
  return fields.some((f) => f === 'sent' || f === 'date') && fields.includes('subject');
}

/** The end of a run of three or more menu items on consecutive lines starting at `from`, or `from`. */
function menuRun(lines: string[], from: number): number {
  let end = from;
  while (end < lines.length && isMenuItem(lines[end]!)) end++;
  // (Not a headline wrapped over short lines, its later lines in lower case: "Ferry breakdown" / "leaves hundreds".)
  if (lines.slice(from + 1, end).some((l) => /^\p{Ll}{2,}\s/u.test(l.trim()))) return from;
  return end - from >= MIN_MENU_ITEMS ? end : from;
}

/** Whether line `k` has a menu's item right above or under it (no blank line between): it is one of the menu's. */
function isBesideMenuItem(lines: readonly string[], k: number): boolean {
  return [k - 1, k + 1].some((n) => n >= 0 && n < lines.length && lines[n]!.trim() !== '' && isMenuItem(lines[n]!));
}

/**
 * The site's name set as its nameplate and again as the root of its breadcrumb trail ("Glos Polski" over "Glos Polski ›
 * Kraków › News"), among `lines` (trimmed); undefined where no name is.
 */
function siteNamedTwice(lines: readonly string[]): string | undefined {
  const root = lines.map((l) => breadcrumbOf(l)?.[0]).find((r) => r !== undefined && !isHomeCrumb(r));
  if (root === undefined || !root.includes(' ')) return undefined;
  // (Set apart as a nameplate is, not one of a menu's items: a section, "Regional News", heads a trail too.)
  return lines.some((l, k) => l === root && !isBesideMenuItem(lines, k)) ? root : undefined;
}

/**
 * Whether `name` is the section the page is in: the lines over the story give it twice as a line of its own, once
 * among the menu's items and again (as the label over the headline, "Island News"), where a nameplate is set once.
 */
function isSectionOfPage(lines: readonly string[], name: string): boolean {
  const at: number[] = [];
  // (Case aside: the label over the headline is often set in capitals, "ISLAND NEWS".)
  const key = (l: string) => unmark(l).toLowerCase();
  // (Above the story's first paragraph: a list of other stories under it may name the outlet twice too.)
  for (let k = 0; k < Math.min(lines.length, MAX_PREAMBLE_LINES) && !isProse(unmark(lines[k]!)); k++) if (key(lines[k]!) === key(name)) at.push(k);
  return at.length >= 2 && at.some((k) => isBesideMenuItem(lines, k));
}

/** A section's heading that reads like an outlet's name: "Local News", "World News", "Breaking News". */
const SECTION_HEADING = /^(?:local|world|national|international|regional|general|breaking|latest|top|business|sports?|entertainment|politics|political|health|science|technology|tech|crime|education|weather|lifestyle|community)\s+news$/i;
/** An e-paper viewer's title: the paper's name, then "e-Paper", "E-Edition", "Digital Edition". */
const E_PAPER_TITLE = /^(.{3,60}?)\s+(?:e-?paper|e-?edition|digital (?:edition|replica)|replica edition)$/i;
/** A menu's link to the outlet's live stream: "Live TV", "Watch Live", "Live Radio". */
const LIVE_LINK = /^(?:(?:watch|listen)\s+)?live(?:\s+(?:tv|radio|stream|now|blog|updates))?$/i;
/** An outlet's nameplate: "The Harbour Times", "PORT ELLIS TRIBUNE" (two words or more: one word is a section). */
function isNameplate(line: string): boolean {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6 || /[\d.:!?]/.test(text) || isAppName(text) || SECTION_HEADING.test(text) || LIVE_LINK.test(text)) return false;
  // A tagline under the nameplate, "Westland's Independent Daily": a place's possessive opens no outlet's name.
  const possessive = /^(\p{L}[\p{L}-]+)['’]s$/u.exec(words[0]!);
  if (possessive && isPlaceName(possessive[1]!)) return false;
  // Title case, as nameplates are set: "The Harbour Times", "Voice of the Valley".
  // (Or with the linking words of other languages' nameplates: "Jornal do Sertão", "Diari del Port", "Corriere della Valle".)
  if (!words.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|for|on|in|&|de|del|della|di|da|do|dos|das|du|des|van|am)$/.test(w))) return isForeignNameplate(text);
  return classifyName(text) === 'outlet' || isForeignNameplate(text);
}

/**
 * "Le Réveil du Causse", "Il Corriere di Valdora", "Der Bote am Rhein": the definite article of French, Italian,
 * Spanish, German or Dutch opening a name, as "The" opens English nameplates (people are not named "Le ...").
 */
function isForeignNameplate(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 7) return false;
  // ("LE RÉVEIL DU CAUSSE": set in capitals, read as written in title case.)
  if (!/\p{Ll}/u.test(text)) {
    const shown = displayName(text);
    return /\p{Ll}/u.test(shown) && isForeignNameplate(shown);
  }
  if (!/^(?:Le|La|Les|L['’]\p{Lu}\S*|Il|Lo|El|Los|Las|Der|Die|Das|Het)$/u.test(words[0]!)) return false;
  return words.slice(1).every((w) => /^\p{Lu}/u.test(w) || /^(?:de|du|des|di|del|della|dello|degli|de la|d['’]\S+|am|im|vom|van|het|y|e|et|und|en)$/u.test(w));
}

/**
 * A section label or nameplate above the headline: one word ("Science", "POLITICS"), a few words in capitals,
 * or an outlet's name, followed by a line that can itself be the headline (not a byline or date line).
 */
function isLabelAboveHeadline(line: string, lines: string[], i: number): boolean {
  if (line.length > 60 || /[.,;:!?]$/.test(line)) return false;
  const words = line.split(/\s+/);
  const label = words.length === 1 || (words.length <= 4 && !/\p{Ll}/u.test(line)) || isNameplate(line);
  if (!label) return false;
  let j = skipBlank(lines, i + 1);
  // A nameplate may sit above the site's buttons ("Subscribe", "Log in"): what follows them decides.
  for (let n = 0; n < 5 && isNameplate(line) && j < lines.length && LEAD_LABEL.test(unmark(lines[j]!)); n++) j = skipBlank(lines, j + 1);
  if (j >= lines.length) return false;
  const next = unmark(lines[j]!);
  // A headline does not end with a full stop; a line that does is the story's first paragraph.
  if (next.length > MAX_TITLE_LENGTH || next.endsWith('.')) return false;
  return !readHeaderLine(next) && !isBoilerplate(next);
}

/**
 * The lines between the headline and the story: byline and date lines, and when one of these is there, what
 * sits beside it: a standfirst right under the headline, a bare author or outlet line ("Jane Doe", "The
 * Gazette"), a role ("Senior Reporter"), reading times, share buttons. Returns where the body starts.
 */
function readHeaderZone(lines: string[], from: number, header: HeaderInfo, boilerplate: string[], dayFirst: boolean | null, domains: readonly string[], permalink: { date: PublishedDate | null }, datedAbove: boolean): number {
  const zone: { index: number; text: string; kind: 'header' | 'credit' | 'noise' | 'standfirst' }[] = [];
  const credits: HeaderInfo[] = [];
  let i = from;
  let end = from;
  let strong = false;
  for (let n = 0; n < MAX_HEADER_LINES; n++) {
    const j = skipBlank(lines, i);
    if (j >= lines.length) break;
    const text = unmark(lines[j]!);
    if (SUMMARY_LABEL.test(text)) break;
    // "CITY, May 2, 2023 — Acme opened a plant.": the story's dateline paragraph, however short, is no date line.
    if (readDateline(text) && endsSentence(text)) break;
    // When the copy was made ("Retrieved 2 December 2024 from https://..."): no date of the story's.
    if (isCopyDateLine(text)) {
      zone.push({ index: j, text, kind: 'noise' });
      i = j + 1;
      if (strong) end = i;
      continue;
    }
    // A wiki's tagline under the page's title ("From OpenWire News, the free news source"): the wiki publishes the page.
    const wiki = WIKI_TAGLINE.exec(text);
    if (wiki) {
      zone.push({ index: j, text, kind: 'noise' });
      header.publisher ??= wiki[1]!.trim();
      i = j + 1;
      if (strong) end = i;
      continue;
    }
    const info = readLine(text, dayFirst) ?? infoStrip(text);
    if (info) {
      zone.push({ index: j, text, kind: 'header' });
      mergeHeader(header, info);
      strong = true;
      i = end = j + 1;
      continue;
    }
    // A newsletter's name over its tagline and "Subscribe" button (LinkedIn, Substack and Ghost copies): the outlet.
    const newsletter = newsletterNameplate(lines, j);
    if (newsletter) {
      for (let k = j; k < newsletter.end; k++) zone.push({ index: k, text: lines[k]!.trim(), kind: 'noise' });
      credits.push({ ...emptyHeader(), publisher: newsletter.name });
      i = newsletter.end;
      if (strong) end = i;
      continue;
    }
    // The outlet's name under its web address ("ostvalleypost.example" / "Ostvalley Post Online"): spelt by the domain,
    // even where it has a person's shape (a credit that already names an outlet is read as one below).
    if (text.length <= 60 && spelledByDomain(text, domains) && classifyName(text) !== 'outlet') {
      zone.push({ index: j, text, kind: 'credit' });
      credits.push({ ...emptyHeader(), publisher: text });
      i = j + 1;
      if (strong) end = i;
      continue;
    }
    // The story's own address under its headline or credit, as read-later tools print it: its path may carry the date.
    if (isUrl(text) && !/\s/.test(text)) {
      const day = dateInUrl(text);
      zone.push({ index: j, text, kind: 'noise' });
      if (day?.precision === 'day' && zone.some((z) => z.kind === 'credit')) {
        permalink.date ??= day;
        strong = true;
      }
      i = j + 1;
      if (strong) end = i;
      continue;
    }
    // Under a credited name, a photographer's role ("Jane Roe" / "Photographer"): she took the pictures, not an author.
    if (zone.at(-1)?.kind === 'credit' && credits.length > 0 && PICTURE_ROLE_LINE.test(text)) {
      credits.pop();
      zone.at(-1)!.kind = 'noise';
      zone.push({ index: j, text, kind: 'noise' });
      i = j + 1;
      if (strong) end = i;
      continue;
    }
    // Under a credited name, its profile line ("Health correspondent | Writing about hospitals"); a court's or
    // report's labelled fields ("On appeal from: ...", "Justices: ...") and neutral citation ("[2025] SCV 7").
    if ((zone.at(-1)?.kind === 'credit' && isProfileLine(text)) || isLabelledField(text) || NEUTRAL_CITATION.test(text)) {
      zone.push({ index: j, text, kind: 'noise' });
      i = j + 1;
      if (strong) end = i;
      continue;
    }
    // A bare credit line names a person or an outlet in two words or more ("Share" is no outlet).
    const bare = text.length <= 80 && !/[.!?]$/.test(text);
    // ("Copy Link", a share button, is no name.)
    // (Nor is a line of a story's first sentence that reads as "NAME in PLACE": an outlet's name has no words of prose
    // in lower case, "Vendors at the main market in East ...".)
    const read = bare && text.includes(' ') && !isBoilerplate(text) && !isArticleTool(text) && !isHomeTrail(text) ? readByline(text, { labelRequired: false }) : null;
    const credit = read && read.authors.length === 0 && read.publisher && !isNameShaped(read.publisher) ? null : read;
    if (!credit && (isHeaderFurniture(text) || isBoilerplate(text) || (zone.length > 0 && isShortFurniture(text)))) {
      zone.push({ index: j, text, kind: 'noise' });
      // "4 min read", "Published 7 hours ago": only a header says these, so the lines beside them are credits.
      if (isHeaderFurniture(text) && zone.some((z) => z.kind === 'credit')) strong = true;
    } else if (bare) {
      if (!credit && !isShortFurniture(text)) {
        // A standfirst comes first, or after the header's furniture only ("Listen to this story").
        if (zone.some((z) => z.kind !== 'noise')) break;
        zone.push({ index: j, text, kind: 'standfirst' });
      } else {
        // Under the writer's name, their role and the scheme they report for ("Reporter, Local Democracy Reporting Service"): no outlet.
        const role = credit !== null && credit.authors.length === 0 && ROLE_LINE.test(text) && (header.authors.length > 0 || credits.some((c) => c.authors.length > 0));
        zone.push({ index: j, text, kind: credit && !role ? 'credit' : 'noise' });
        if (credit && !role) credits.push({ ...emptyHeader(), ...outletAfterBar(text, credit, domains, header.publisher) });
        // "Jane Roe, Chief Reporter": a name with its job after a comma is a credit, with no date beside it.
        const job = /,\s*([^,]{3,60})$/.exec(text);
        if (credit && !role && credit.authors.length > 0 && job && classifyName(job[1]!) === 'role') strong = true;
      }
    } else if (zone.length === 0 && text.length <= MAX_STANDFIRST_LENGTH) {
      zone.push({ index: j, text, kind: 'standfirst' });
    } else {
      break;
    }
    i = j + 1;
    if (strong) end = i;
  }
  // A press release's subhead: a standfirst followed by the dateline paragraph.
  let after = skipBlank(lines, i);
  // A press release's bullet summary under its subhead.
  while (after < lines.length && /^(?:[-*•–▪]\s|\s*$)/.test(lines[after]!.trim())) after++;
  if (!strong && zone.length === 1 && zone[0]!.kind === 'standfirst' && after < lines.length && opensWithDateline(lines[after]!)) {
    for (let k = i; k < after; k++) if (lines[k]!.trim() !== '') boilerplate.push(lines[k]!.trim());
    strong = true;
    end = after;
  }
  // "NAME | Place" over a paragraph datelined from that place ("Place: ..."): the writer and where she files from.
  const filedFrom = credits.length === 1 ? credits[0]!.publisher : null;
  const opening = unmark(lines[skipBlank(lines, i)] ?? '');
  if (filedFrom && credits[0]!.authors.length > 0 && opening.startsWith(filedFrom) && /^\s*[:,—–-]\s/.test(opening.slice(filedFrom.length))) credits[0] = { ...credits[0]!, publisher: null };
  // A name alone under the headline, when the lines above it dated the story (a kiosk's title bar): the writer.
  if (!strong && zone.length === 1 && zone[0]!.kind === 'credit' && credits.length === 1 && credits[0]!.authors.length > 0 && !credits[0]!.publisher && (header.publishedAt || datedAbove)) {
    strong = true;
    end = zone[0]!.index + 1;
  }
  if (!strong) {
    // Only reading times, ages and share buttons: furniture, whatever follows.
    const noise = zone.findIndex((z) => !(z.kind === 'noise' && (isHeaderFurniture(z.text) || isBoilerplate(z.text))));
    const upTo = noise < 0 ? zone.length : noise;
    if (upTo === 0) return from;
    for (const line of zone.slice(0, upTo)) boilerplate.push(line.text);
    return zone[upTo - 1]!.index + 1;
  }
  // Writers credited on lines of their own, each perhaps with the outlet under the name ("Jane Roe" / "The Gazette" /
  // "John Doe" / "The Gazette"): all of them wrote the story.
  if (header.authors.length === 0) header.authors = credits.reduce<string[]>((all, credit) => withAuthorsAdded(all, credit.authors), []);
  for (const credit of credits) mergeHeader(header, credit);
  for (const line of zone) if (line.index < end && line.kind !== 'header') boilerplate.push(line.text);
  return end;
}

/**
 * A digital kiosk's or e-edition's info strip under the headline: the paper, the edition's date, the page and the
 * writer, in parts set apart by dots or bars, the name without "By" ("The Harbour Times · 20 Apr 2024 · 5 · Jane
 * Roe"). Read when one part is a date and the others are the paper's name, a page number, a section or a person.
 */
function infoStrip(text: string): HeaderInfo | null {
  if (text.length > 160) return null;
  const parts = text.split(/\s+[·•|]\s+/).map((p) => p.trim());
  if (parts.length < 3) return null;
  const info = emptyHeader();
  // A page named as one ("Page 5", "p. 5", "A4"): a bare number alone is too little to tell the strip by.
  let paged = false;
  for (const part of parts) {
    const date = findPublicationDate(part);
    if (date && date.start === 0 && date.end >= part.length - 1 && !info.publishedAt) info.publishedAt = date.date;
    else if (/^(?:p(?:age|\.)?\s*)?[A-Z]?\d{1,3}$/i.test(part)) paged = /\D/.test(part) || paged;
    else if (isNameplate(part)) info.publisher ??= part;
    else if (/^by\s/i.test(part) && readByline(part)?.authors.length) info.authors.push(...readByline(part)!.authors);
    else if (classifyName(part) === 'person' && part.split(/\s+/).length >= 2) info.authors.push(displayName(part));
    else if (!(part.split(/\s+/).length <= 3 && /^\p{Lu}/u.test(part) && !/[.!?]$/.test(part))) return null;
  }
  return (info.publishedAt || paged) && (info.publisher || info.authors.length > 0) ? info : null;
}

/**
 * "Jane Roe | Harbour Samachar": a credit whose part after the bar is the outlet (its nameplate, or the name its
 * web address spells), though it has a person's shape.
 */
function outletAfterBar(text: string, credit: { authors: string[]; publisher: string | null }, domains: readonly string[], known: string | null): { authors: string[]; publisher: string | null } {
  const parts = text.split(/\s+[|·•]\s+/);
  const last = parts.at(-1)!.trim();
  if (parts.length !== 2 || credit.authors.length !== 2 || credit.authors[1] !== displayName(last)) return credit;
  const key = last.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  if (!isNameplate(last) && !(key.length >= 5 && domains.includes(key)) && last.toLowerCase() !== known?.toLowerCase()) return credit;
  return { authors: credit.authors.slice(0, 1), publisher: credit.publisher ?? last };
}

/**
 * When no line dates the story, the day its own address carries ("Read more: https://.../2024/03/12/slug"): the
 * one day that every dated address in the copy agrees on (a share's link, a link card's), or null.
 */
function storyAddressDate(text: string): PublishedDate | null {
  const days = new Map<string, PublishedDate>();
  for (const m of text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) {
    const day = dateInUrl(m[0]);
    if (day?.precision === 'day') days.set(day.value, day);
  }
  return days.size === 1 ? [...days.values()][0]! : null;
}

/** A portal's line naming the outlet it carries the story from ("From The Gazette", "Provided by The Gazette"): the outlet. */
function carriedOutlet(line: string): string {
  // "The Gazette via Portal News": the outlet, not the portal that passes the story on.
  // ("4 THE HARBOUR POST", "THE HARBOUR POST 17": a printed page's folio, its page number beside the nameplate.)
  return line
    .replace(/^(?:[Ff]rom|[Pp]rovided by|[Pp]ublished by|[Cc]ourtesy of)\s+(?=\p{Lu})/u, '')
    .replace(/(\S)\s+via\s+\p{Lu}[\p{L}\d .&'’-]{1,40}$/u, '$1')
    .replace(/^\d{1,3}\s+(?=(?:\p{Lu}{2,}|THE|&)(?:\s+(?:\p{Lu}{2,}|OF|THE|&))+$)|(?<=^(?:\p{Lu}{2,}|THE|&)(?:\s+(?:\p{Lu}{2,}|OF|THE|&))+)\s+\d{1,3}$/u, '');
}

/** "From Wikipedia, the free encyclopedia", "From OpenWire News, the free news source you can write!": a wiki's tagline. */
const WIKI_TAGLINE = /^From (\p{Lu}[^,]{1,60}), the (?:free|open|collaborative|community|people['’]s)\b[^.!]{0,60}[.!]?$/u;

/** Whether every word of a name is capitalised, but for the particles names have: "Voice of the Valley", "Jane Roe". */
function isNameShaped(text: string): boolean {
  return text.split(/\s+/).every((w) => /^[\p{Lu}\d"“‘'(]/u.test(w) || /^(?:of|the|and|for|on|in|at|de|da|di|du|do|dos|la|le|van|von|der|den|y|e|&|[-–—|,·•])$/u.test(w));
}

/** A line naming a writer's job or reporting scheme: "Local Democracy Reporter", "Reporter, Local Democracy Reporting Service". */
const ROLE_LINE = /\b(?:reporter|correspondent|editor|writer|columnist|journalist|reporting service|reporting scheme)s?\b/i;

/** A paragraph opening with a dateline: an agency's ("LONDON, May 2 (Reuters) -") or a release's ("Tolverton, 14 May 2024 –"). */
function opensWithDateline(line: string): boolean {
  return !!readDateline(line) || releaseDateline(line) !== null;
}

/** The date of a release's dateline, a place in any case, a full date and a dash: "Tolverton, 14 May 2024 – ...". */
function releaseDateline(line: string): PublishedDate | null {
  // The place may name its country and the date its weekday: "Tolverton, Westland, Tuesday 14th May 2024 –".
  const place = /^\p{Lu}[\p{L}'’. -]{1,40}?,\s+(?:\p{Lu}[\p{L}'’. -]{1,30}?,\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?/u.exec(line.trim());
  const date = place ? findPublicationDate(line.trim().slice(place[0].length, place[0].length + 40)) : null;
  return date && date.start === 0 && /^\s*[–—-]\s/.test(line.trim().slice(place![0].length + date.end)) ? date.date : null;
}

/** A neutral citation of a judgment: "[2024] UKSC 12", "[2023] EWCA Civ 611". */
const NEUTRAL_CITATION = /^\[\d{4}\]\s+\p{Lu}{2,}(?:\s+\p{L}{2,6})?\s+\d{1,5}$/u;

/** "Justices: ...", "On appeal from: ...": a short label and a value that is no sentence. */
function isLabelledField(text: string): boolean {
  const m = /^(\p{Lu}[\p{L}' ]{1,30}?)\s*:\s+\S/u.exec(text);
  return !!m && m[1]!.split(/\s+/).length <= 4 && text.length <= 300 && !/[.!?"”]$/.test(text);
}

/**
 * "Westport: council votes to close the old pier after two years of talks": a headline led by its place or subject and a
 * colon, what follows a clause of six words or more, most in lower case (a field's value is a name, a list or a code).
 */
function isHeadlineAfterColon(text: string): boolean {
  const words = text.slice(text.indexOf(':') + 1).trim().split(/\s+/);
  return words.length >= 6 && words.filter((w) => /^\p{Ll}/u.test(w)).length >= words.length * 0.6;
}

/** A profile line under a name: what the person is and does, in parts ("Hydrologist | Writing about rivers"). */
function isProfileLine(text: string): boolean {
  const parts = text.split(/\s+[|·•]\s+/);
  return parts.length >= 2 && text.length <= 160 && parts.every((p) => p.length <= 80 && !/[.!?]$/.test(p));
}

/**
 * A newsletter's nameplate: its name, perhaps a tagline, and a "Subscribe" button, alone in a block of lines.
 * Returns the name and the line after the block.
 */
function newsletterNameplate(lines: string[], from: number): { name: string; end: number } | null {
  let end = from;
  while (end < lines.length && lines[end]!.trim() !== '' && end - from < 4) end++;
  const block = lines.slice(from, end).map((l) => l.trim());
  if (block.length < 2 || block.length > 3 || (end < lines.length && lines[end]!.trim() !== '')) return null;
  if (!/^(?:\+\s?)?subscribe(?:d| now| for free)?$/i.test(block[block.length - 1]!)) return null;
  const name = block[0]!;
  if (name.length > 60 || name.split(/\s+/).length > 6 || !/^\p{Lu}/u.test(name) || /[.!?:,;]$/.test(name)) return null;
  return { name, end };
}

/** The names of the web addresses a copy carries ("https://www.kellanbystar.example/..." -> "kellanbystar", "example"). */
function domainNamesOf(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?:https?:\/\/|(?<![\w@.])www\.|^)([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?=[/\s:]|$)/gim)) {
    for (const label of m[1]!.toLowerCase().split('.')) if (label !== 'www' && label.length >= MIN_DOMAIN_KEY) names.add(label.replace(/-/g, ''));
  }
  return [...names];
}

/** The site a line names after the headline it repeats ("Headline | The Gazette", a link card's title), or null. */
function siteOfSharedHeadline(lines: readonly string[], title: string): string | null {
  for (const line of lines) {
    const split = line.length <= MAX_LINE_READ && line.startsWith(title) ? splitSiteSuffix(line.trim()) : null;
    if (split && split.headline.trim() === title && isNameplate(split.site)) return split.site;
  }
  return null;
}

/** How many lines at a copy's end may hold the outlet's prompts and footer. */
const CLOSING_LINES = 30;

/**
 * The outlet's name as a line at the top of the copy writes it ("Copied from the Harbour Times site"), or a prompt
 * closing it, where a web address in the copy spells it (harbourtimes.example): a reader's note may be all that
 * names the outlet.
 */
function publisherSpelledInText(lines: readonly string[], domains: readonly string[]): string | null {
  if (domains.length === 0) return null;
  // (Over the story, or in the lines that close it: "Get Prensa del Istmo's news on WhatsApp".)
  for (const line of [...lines.slice(0, MAX_PREAMBLE_LINES), ...lines.slice(MAX_PREAMBLE_LINES).slice(-CLOSING_LINES)]) {
    if (line.length > MAX_LINE_READ) continue;
    // (A name's joining words in lower case: "Voz de la Costa", "Diário do Vale".)
    for (const m of line.matchAll(/(?:\bThe\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+(?:(?:de|del|de la|da|do|dos|das|di|du|des|of|the|y|e|et|and|&)\s+)?\p{Lu}[\p{L}'’&-]*)+/gu)) {
      const words = m[0].split(/\s+/);
      for (let a = 0; a < words.length - 1; a++) {
        for (let b = words.length; b >= a + 2; b--) {
          // (Without a possessive's "'s": "Pasted from the Harbour Post's site".)
          const span = words.slice(a, b).join(' ').replace(/['’]s$/u, '');
          // (A domain may leave out the name's joining words: "Héraut du Littoral" of heraut-littoral.example.)
          const keys = [domainKeyOf(span), domainKeyOf(span.replace(/\s(?:de|del|du|des|da|do|dos|das|di|la|le|el|of|the|y|e|et|and)\s/gi, ' '))];
          if (keys[0]!.length >= MIN_DOMAIN_KEY && span.replace(/^The\s+/, '').includes(' ') && keys.some((k) => domains.includes(k))) return span;
        }
      }
    }
  }
  return null;
}

/** "Kellanby Star" of kellanbystar.example, "The Harbour Post" of harbourpost.example: a name the domain spells. */
function spelledByDomain(text: string, domains: readonly string[]): boolean {
  if (!/^\p{Lu}/u.test(text) || /[.!?:,;]/.test(text) || text.split(/\s+/).length > 6) return false;
  // A person's own site spells the person ("Jane Roe" of janeroe.example): a name that opens with a given name is theirs.
  if (isGivenName(text.split(/\s+/)[0]!)) return false;
  const key = domainKeyOf(text);
  return key.length >= MIN_DOMAIN_KEY && domains.some((domain) => key === domain || key.startsWith(domain));
}

/** The shortest name a domain is taken to spell. */
const MIN_DOMAIN_KEY = 5;

/** A name as a web address would spell it: "The Harbour Times" -> "harbourtimes". */
function domainKeyOf(text: string): string {
  const lower = text.toLowerCase();
  // (Folding only where there is something to fold: most names are ASCII, and folding normalises the whole text.)
  return (/[^\x00-\x7f]/.test(lower) ? foldAccents(lower) : lower).replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** What only a header says: a reading time ("4 min read", "Lecture 2 min."), an age, a player's controls ("Listen"). */
function isHeaderFurniture(text: string): boolean {
  return isHeaderNoise(text) || isHomeTrail(text) || isReadingTime(text) || isPlayerControl(text) || isAppChrome(text) || isPaywallMeter(text) || isSiteSwitch(text) || isArticleTool(text) || isTickerItem(text);
}

/** A breadcrumb trail from the home page ("Home / Regions / Westport"): no writer's or outlet's name. */
function isHomeTrail(text: string): boolean {
  const crumbs = breadcrumbOf(text);
  return crumbs !== null && isHomeCrumb(crumbs[0]!);
}

/** "17:05 Firefighters contain brush fire": an item of a "Latest news" ticker, a headline after its time. No story's headline opens with a clock. */
function isTickerItem(text: string): boolean {
  return /^\d{1,2}[:.]\d{2}\s+\p{Lu}/u.test(text) && !isProse(text) && headlineShape(text.replace(/^\S+\s+/, '')) >= 0;
}

/** A few words that are no sentence: share buttons, counts, labels ("Share", "4", "Link Copied!", "∙ Paid"). */
function isShortFurniture(text: string): boolean {
  return isBoilerplate(text) || (text.length <= 30 && text.split(/\s+/).length <= 3 && !/[.,;?]$/.test(text));
}

/**
 * Lines grouped into paragraphs at blank lines. Without any blank line between paragraphs, each line is a
 * paragraph unless the lines are hard-wrapped. A list keeps one paragraph per item.
 */
function paragraphGroups(lines: string[]): string[][] {
  const first = lines.findIndex((line) => line.trim() !== '');
  const last = lines.findLastIndex((line) => line.trim() !== '');
  const inner = first < 0 ? [] : lines.slice(first, last + 1);
  const hasBlankSeparators = inner.some((line) => line.trim() === '') || looksHardWrapped(inner);
  const groups: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) groups.push(current);
    current = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    const listLine = /^(?:[-*•–]\s|\d{1,3}[.)]\s)/.test(line);
    // Without blank lines, a line that opens in lower case goes on from one that ends no sentence.
    const previous = groups.at(-1);
    if (!hasBlankSeparators && !listLine && previous && opensInLowerCase(line) && !endsSentence(previous.at(-1)!) && !RULE.test(previous.at(-1)!)) {
      previous.push(line);
      continue;
    }
    if (!hasBlankSeparators || listLine || isEndMark(line)) {
      flush();
      groups.push([line]);
      continue;
    }
    current.push(line);
  }
  flush();
  return groups.flatMap((group) => (isLinePerParagraph(group) ? group.map((line) => [line]) : [group]));
}

/**
 * Lines that are each a paragraph though no blank line parts them, as a word processor saves text: every line
 * but the last ends a sentence, and some are far longer than any wrapped line.
 */
function isLinePerParagraph(group: string[]): boolean {
  if (group.length < 2 || !group.some((line) => line.length > 120)) return false;
  if (group.slice(0, -1).every((line) => endsSentence(line) || line.endsWith(':'))) return true;
  // A page copied without its blank lines: paragraphs far longer than a wrapped line, each a whole sentence or
  // more, among the short lines of its credit, caption and share row (which are read as lines of their own).
  // (Among four or more, one may be a prompt without its full stop: "Get our stories in your inbox – sign up here".)
  const long = group.filter((line) => line.length > 120);
  const unended = long.filter((line) => !endsSentence(line)).length;
  return long.length >= 2 && (unended === 0 || (unended === 1 && long.length >= 4)) && !looksHardWrapped(group);
}

/** Lines cut at a fixed width (most between 40 and 100 characters), as e-mail and old text files are. */
function looksHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const wrapped = lines.slice(0, -1).filter((line) => line.length >= 40 && line.length <= 100).length;
  return wrapped >= (lines.length - 1) * 0.8;
}

interface Piece {
  text: string;
  /** Known furniture whatever its words: an item of a list that opens with a furniture label. */
  furniture?: boolean;
}

/**
 * A group's lines joined into one paragraph (hard-wrapped text), after peeling caption or furniture lines
 * stuck to its start or end without a blank line between. Short lines that are not wrapped prose are a list:
 * one piece per line, all furniture when the list opens with a furniture label ("Share this:", "Topics",
 * "Media contact:").
 */
function splitFurniture(group: string[], vocabulary: ReadonlySet<string>): Piece[] {
  if (group.length === 1) return [{ text: group[0]! }];
  if (RULE.test(group[0]!)) return [{ text: group[0]! }, ...splitFurniture(group.slice(1), vocabulary)];
  // A reader's comment under a social post: the commenter's name, the comment, its age and buttons ("2h  Like  Reply").
  const last = group.at(-1)!;
  if (group.length <= 5 && isAppChrome(last) && /\b(?:like|reply)\b/i.test(last) && classifyName(group[0]!) === 'person') return [{ text: group.join(' | '), furniture: true }];
  // A label over a list of tags or links, one per line, or a comments heading over the first comment: the label's own
  // line, so that the story's reading of such labels (tags and links one per line, the end of the story) sees it.
  const [label, ...rest] = group;
  if ((TAGS_LABEL.test(label!.trim()) || LINK_LIST_LABEL.test(label!.trim())) && rest.every((line) => isMenuItem(line) || isLinkTitle(line))) return group.map((line) => ({ text: line }));
  if (COMMENTS_HEADING.test(label!.trim())) return [{ text: label! }, ...splitFurniture(rest, vocabulary)];
  const wrapped = group.slice(0, -1).every((line) => line.length >= 40);
  if (!wrapped) {
    const opensWithLabel = roleOf(group[0]!) === 'boilerplate' || /^\p{Lu}[^.!?]{0,40}:$/u.test(group[0]!);
    // A facts table ("Case number:<TAB>...", "Filed:<TAB>..."), under its heading or not.
    const table = group.filter(isTableRow).length >= Math.max(2, group.length - 1);
    // A summary box: its label (perhaps with a tool's note, "AI generated") over a line per point, not a paragraph.
    const summary = SUMMARY_LABEL.test(group[0]!) && group.length >= 3 && group.every((line) => line.length <= MAX_SUMMARY_POINT);
    // A block of a case's or a report's fields ("Before: ...", "Judgment delivered: ..."), no sentence among them.
    const fields = group.filter(isLabelledField).length >= 2 && group.every((line) => !isProse(line));
    // A caption over its picture desk's credit ("Gazette Pictures").
    const captioned = group.length <= 3 && isPictureDeskCredit(group.at(-1)!) && group.every((line) => line.length <= MAX_LINE_READ && !isProse(line));
    // A photo credit on a line of its own over the one short sentence of its caption ("Photo: Jane Roe" over "The old
    // bridge at dusk."): a story's paragraph does not open under a photographer's name.
    const creditOverCaption = group.length === 2 && PHOTO_CREDIT_LINE.test(group[0]!.trim()) && isShortCaptionLine(group[1]!);
    if (creditOverCaption) return [{ text: group.join(' | '), furniture: true }];
    if (opensWithLabel || table || summary || captioned || fields || group.every(isMenuItem)) return [{ text: group.join(' | '), furniture: true }];
  }
  const head: Piece[] = [];
  const tail: Piece[] = [];
  let lo = 0;
  let hi = group.length;
  // (Over the story's first paragraph, the header's leftovers too: a reading time, a page's tools.)
  while (lo < hi - 1 && (roleOf(group[lo]!) !== 'body' || isHeaderFurniture(group[lo]!))) {
    const line = group[lo++]!;
    head.push(roleOf(line) === 'body' ? { text: line, furniture: true } : { text: line });
  }
  while (hi - 1 > lo && roleOf(group[hi - 1]!) !== 'body') tail.unshift({ text: group[--hi]! });
  return [...head, { text: joinWrappedLines(group.slice(lo, hi), vocabulary) }, ...tail];
}

/**
 * "Story: Jane Roe", "Words by Jane Roe", "Story and photos: Jane Roe", "JANE ROE - JOHN DOE": a credit closing the
 * story, with its authors.
 */
function closingCredit(text: string): string[] | null {
  // Wire credits ("Reporting by ...; Editing by ...") are read where the story ends, with all their parts.
  if (readWireCredits(text)) return null;
  // "JANE ROE - JOHN DOE": the writers' names in capitals signing off the story, as Vietnamese papers set them.
  const signed = text.trim();
  if (signed.length <= 80 && isAllCaps(signed) && !/[.!?:]$/.test(signed)) {
    const names = signed.split(/\s+[-–]\s+|\s*,\s*/).map((n) => displayName(n));
    // (Two or three names, none opening with a word of the language: not "ALSO READ", nor a caps line inside the story.)
    const words = (n: string) => n.split(/\s+/);
    if ((names.length === 2 || names.length === 3) && names.every((n) => words(n).length >= 2 && words(n).length <= 5 && !isKnownWord(words(n)[0]!.toLowerCase()) && classifyName(n) === 'person')) return names;
  }
  const m = /^(?:story|words|text|report|reporter|writer|author|story and (?:photos?|pictures)|words and (?:photos?|pictures))\s*(?:by\s*:?|:)\s*(\S.{2,80})$/i.exec(text.trim());
  if (!m || /[.!?]$/.test(m[1]!.replace(/\b\p{Lu}\.$/u, ''))) return null;
  const credit = readByline(`By ${m[1]}`);
  return credit && credit.authors.length > 0 ? credit.authors : null;
}

/**
 * Whether a "Story: NAME" credit after the first `at` blocks closes the story (what follows is a post's link card,
 * replies, a footer) rather than opening it under a standfirst and a caption: the story is the longer prose.
 */
function closesStory(blocks: readonly Block[], at: number): boolean {
  // Above it more than a standfirst and a caption could be: the story, whatever follows.
  if (at > 3 || blocks.slice(0, at).some((b) => b.text.length > 320)) return true;
  const prose = (part: readonly Block[]) => part.filter((b) => endsSentence(b.text.trim())).reduce((n, b) => n + b.text.length, 0);
  return prose(blocks.slice(0, at)) >= prose(blocks.slice(at));
}

/**
 * "The Harbour Post is published by Harbour Media Ltd, 12 Quay Street.": a footer's imprint, the paper and the company
 * that publishes it (a legal form or a company's word after the verb), not a sentence of the story.
 */
function isImprintSentence(text: string): boolean {
  const imprint = text.length <= MAX_IMPRINT_LENGTH ? PAPER_PUBLISHED_BY.exec(text) : null;
  return imprint !== null && isCompanyName(text.slice(imprint.index + imprint[0].length - 1).split(/,|\.\s/)[0]!);
}
/** The longest imprint sentence read. */
const MAX_IMPRINT_LENGTH = 240;

/** An ad slot's link to the outlet's ad sales: "Advertise with Harbour Media", "Advertise with us". */
const ADVERTISE_LINK = /^advertise (?:with|on|in) (?:us|\p{Lu}[^.!?]{0,40})$/iu;

/** A paragraph's role, with the furniture of copied pages the shared classifier leaves as body: page footers, mail footers. */
function roleOf(text: string): BlockRole {
  if (isImprintSentence(text)) return 'boilerplate';
  if (isPageFooter(text) || isMailFooter(text) || isPlayerControl(text) || isPaywallMeter(text) || isConsentText(text) || isReaderPrompt(text) || isSiteSwitch(text) || isArticleTool(text) || ADVERTISE_LINK.test(text.trim()) || isCommentCount(text) || isAppChrome(text) || isDownloadLink(text) || isContactLine(text)) return 'boilerplate';
  return classifyBlock(text);
}


/** The one short sentence a caption is, under its credit: a story's paragraph does not open under a photographer's name. */
function isShortCaptionLine(line: string): boolean {
  return line.trim().length <= 160 && !/[.!?]["”’]?\s+\p{Lu}/u.test(line.trim());
}

/**
 * A picture's credit on a line of its own: "Photo by Jane Roe / The Gazette", "Photo: Jane Roe", "Image credit: ...",
 * "Foto: Jane Roe", "Bild: Gazette/Jane Roe".
 */
const PHOTO_CREDIT_LINE = /^(?:photo(?:graph)?s?|pictures?|images?|fotos?|fotó|bild(?:er)?|kuva)(?:\s+(?:by|credit\s*:?)|\s*:)\s*\p{Lu}[^.]{1,80}$/iu;

/** A rule that closes a story and opens its endnotes: "---", "___", "* * *", "###" (a press release's end), "--". */
const RULE = /^(?:-{2,}|_{3,}|={3,}|[—–─━]{3,}|\*{3,}|(?:\* ){2}\*|#{3})$/;
/** "Originally published March 3, 2024 | Updated March 4": the story's first date, stamped after it. */
const FIRST_PUBLISHED_STAMP = new RegExp(String.raw`^${FIRST_PUBLISHED}\b`, 'i');
/** How many paragraphs from the end a rule or a closing note may stand. */
const ENDING_WINDOW = 5;
/** How many blocks from the end an agency's closing credits may stand (a wire page's trailing lists are long). */
const WIRE_CREDITS_WINDOW = 25;

/**
 * The story ends before what news text appends to it: wire credits ("Reporting by ...; Editing by ...", whose
 * reporters become the authors when no byline named them), endnotes after a rule, an author's bio ("Doe is a
 * professor ..."), a disclaimer, a correction, a reporter's contact line, a syndication note ("This article
 * first appeared in The Gazette on 3 May 2021", which dates the story and names its outlet), and any trailing
 * lines that are not sentences (link lists, nameplates, counts).
 */
function trimEnding(blocks: Block[], header: HeaderInfo, boilerplate: string[]): { body: Block[]; nameplate: string | null } {
  let nameplate: string | null = null;
  let end = blocks.length;
  // The last blocks of the story, counted from its last sentence: a page's trailing rows (reactions, comments,
  // "You may also like") do not push a source line or a credit out of reach.
  const lastSentence = afterLastSentence(blocks, blocks.length);
  // An agency's closing credits ("Reporting by ...; Writing by ...; Editing by ...") are distinctive enough to be
  // looked for further up, past a wire page's standards note, "Read Next" list and footer.
  for (let k = blocks.length - 1; k >= Math.max(1, blocks.length - WIRE_CREDITS_WINDOW); k--) {
    const credits = readWireCredits(blocks[k]!.text);
    if (!credits) continue;
    // "Additional reporting by ..." adds reporters the byline left out.
    header.authors = withAuthorsAdded(header.authors, credits);
    end = k;
    break;
  }
  const from = Math.max(1, Math.min(end, lastSentence) - ENDING_WINDOW);
  for (let k = from; k < end; k++) {
    const text = blocks[k]!.text;
    // "Originally published March 3, 2024 | Updated March 4": the story's first date, stamped after it.
    const stamp = FIRST_PUBLISHED_STAMP.test(text.trim()) && text.length <= 200 ? readHeaderLine(text) : null;
    if (stamp?.publishedAt && stamp.authors.length === 0) {
      header.publishedAt ??= stamp.publishedAt;
      end = Math.min(end, k);
      break;
    }
    if (RULE.test(text.trim()) || isEndnote(text, header)) {
      end = Math.min(end, k);
      break;
    }
  }
  // Trailing lines that are no sentence: a story ends with one.
  end = afterLastSentence(blocks, end);
  // A byline set under the story's last paragraph ("By Jane Roe, Staff Corr."), its role's abbreviation ending in a
  // full stop: the story's credit, not a sentence of it.
  const footByline = end > 1 ? closingByline(blocks[end - 1]!.text) : null;
  if (footByline) {
    if (header.authors.length === 0) header.authors = footByline;
    end--;
  }
  // A reporter's sign-off closing a broadcast story ("Jane Roe, Harbour FM News, Westport."), perhaps over the
  // station's links and its note on the bulletin: the story ends there.
  for (let k = end - 1; k >= Math.max(1, end - ENDING_WINDOW); k--) {
    const signOff = reportersSignOff(blocks[k]!.text);
    if (!signOff) continue;
    if (header.authors.length === 0) header.authors = [signOff.author];
    header.publisher ??= signOff.outlet;
    end = k;
    break;
  }
  for (const block of blocks.slice(end)) {
    const text = block.text.trim();
    const source = closingSource(text);
    if (source) {
      header.publisher ??= source.outlet;
      header.publishedAt ??= source.date;
      if (header.authors.length === 0) header.authors = source.authors;
    }
    readSyndicationNote(text, header);
    if (isNameplate(text)) nameplate ??= text;
    if (!RULE.test(text)) boilerplate.push(block.text);
  }
  return { body: blocks.slice(0, end), nameplate };
}

/** Where the blocks before `end` stop being furniture: after the last that ends a sentence (the first block at least). */
function afterLastSentence(blocks: readonly Block[], end: number): number {
  let k = end;
  while (k > 1 && !endsSentence(blocks[k - 1]!.text.trim())) k--;
  return k;
}

/** How many lines from the end a release's closing "Issued by" block may stand. */
const ISSUED_BLOCK_LINES = 15;

/** The date on a line of its own in the last lines of a release ("Issued by: ... / Maseru / 19/06/2026"), or null. */
function issuedDateAtEnd(lines: readonly string[], dayFirst: boolean | null): PublishedDate | null {
  for (const line of lines.slice(-ISSUED_BLOCK_LINES).reverse()) {
    const text = unmark(line);
    if (text === '' || text.length > MAX_HEADER_LINE || isProse(text)) continue;
    const info = readLine(text, dayFirst);
    if (info?.publishedAt && info.authors.length === 0 && isOnlyDates(text)) return info.publishedAt;
  }
  return null;
}

/** "By Jane Roe, Staff Corr.", "By JANE ROE.": a credit line alone, read when it names people and nothing else. */
function closingByline(text: string): string[] | null {
  const line = text.trim();
  if (line.includes('\n') || line.length > 120 || !/^by\s+\p{Lu}/iu.test(line)) return null;
  const credit = readByline(line);
  return credit && credit.authors.length > 0 && !/[!?]$/.test(line) ? credit.authors : null;
}

/**
 * The credit lines a copy sets under the story rather than above it (a reader app's or a printout's foot: "By Jane
 * Roe, Transport Correspondent", "Sunday 9 February 2025, 10:12 GMT", "Source: The Gazette"), read line by line up to
 * the first line that is none. They fill only what the header left unknown. An unlabelled date counts only beside a
 * credit or a source: alone under a story it may be a related item's.
 */
function readFootCredits(lines: readonly string[], header: HeaderInfo, dayFirst: boolean | null): void {
  const foot = emptyHeader();
  let labelledDate = false;
  let skipped = 0;
  for (const raw of lines) {
    const line = unmark(raw);
    // Wire credits ("Reporting by ...; Editing by ...") were read with the story's end.
    if (line === '' || readWireCredits(line)) continue;
    // A share row between the story and its date line ("Share this:", "Facebook", "Print").
    const nothingYet = foot.publishedAt === null && foot.authors.length === 0 && foot.publisher === null;
    if (nothingYet && skipped < MAX_FOOT_TOOLS && isShortFurniture(line) && !readLine(line, dayFirst)) {
      skipped++;
      continue;
    }
    const source = FOOT_SOURCE.exec(line)?.[1]!.trim() ?? null;
    const outlet = source !== null && isNameplate(source) ? source : outletOfSourceLine(line, isNameplate);
    if (outlet !== null) {
      foot.publisher ??= outlet;
      continue;
    }
    const info = readLine(line, dayFirst);
    if (!info) break;
    if (info.publishedAt && foot.publishedAt === null) labelledDate = PUBLISHED_LABEL.test(line);
    mergeHeader(foot, info);
  }
  if (!labelledDate && foot.authors.length === 0 && foot.publisher === null) foot.publishedAt = null;
  mergeHeader(header, foot);
}
/**
 * "Comments" in the languages copies come in, plural (a heading alone) and singular (beside a count); Slovene "Komentarji",
 * Haitian Creole "Kòmantè", Malagasy "Hevitra" ("opinions"), Faroese "Viðmerkingar", Mongolian "Сэтгэгдэл", Persian "نظرات کاربران" (and its form's "ارسال نظر"), Estonian "Kommentaarid", Malay "Komen",
 * Georgian "კომენტარები", Tigrinya "ርእይቶታት", Belarusian "Каментарыі", Hungarian "Hozzászólások", Tamil "கருத்துகள்", Tajik "Шарҳҳо", Kyrgyz "Пикирлер", Kazakh "Пікірлер", Papiamentu "Komentarionan", Armenian "Մեկնաբանություններ", Azerbaijani "Şərhlər", Afrikaans "Kommentaar", Latvian "Komentāri", Punjabi "ਟਿੱਪਣੀਆਂ", Tok Pisin "Ol Toktok"; the French "Réactions" only beside a count, as a story's own heading may be "Réactions".
 */
const COMMENTS_PLURAL = 'réagir à cet article|réagissez(?: à cet article)?|comments|comentarii|σχόλια|kommentare|kommentarer|kommentit|commentaires|comentarios|comentários|comentaris|commenti|reacties|komente|komentari|komentarji|komentarze|yorumlar|kòmantè|hevitra|viðmerkingar|komentarai|sharhi|kommentaarid|komen|კომენტარები|ርእይቶታት|каментарыі|hozzászólások|கருத்துகள்|сэтгэгдэл|шарҳҳо|пикирлер|пікірлер|komentarionan|մեկնաբանություններ|şərhlər|kommentaar|komentāri|ਟਿੱਪਣੀਆਂ|ol toktok|نظرات کاربران|نظرات|ارسال نظر|التعليقات|تعليقات';
const COMMENT_WORD = `comments?|maoni|comentarii|comentariu|σχόλια|σχόλιο|kommentare?|kommentarer|kommentit|commentaires?|comentarios?|comentários?|comentaris?|commenti|commento|reacties?|komente|komentar[ie]?|komentarji|komentarze|yorumlar?|kòmantè|hevitra|viðmerkingar|komentarai|sharhi|réactions?|kommentaarid?|komen|კომენტარები|ርእይቶታት|ርእይቶ|каментарыі|hozzászólások?|கருத்துகள்|сэтгэгдэл|шарҳҳо|шарҳ|пикирлер|пикир|пікірлер|komentario|komentarionan|մեկնաբանություններ|մեկնաբանություն|şərhlər|şərh|kommentaar|komentāri|ਟਿੱਪਣੀਆਂ|ol toktok|تعليقات|تعليق`;
/** The heading over readers' comments: "Comments", "Reader comments", "Comments (4)", "12 Comments", "Comentaris (2)". */
const COMMENTS_HEADING = new RegExp(
  `^(?:(?:reader(?:s['’])? )?(?:${COMMENTS_PLURAL})(?:\\s*\\(\\d+\\))?|\\d+ (?:${COMMENT_WORD})|(?:${COMMENT_WORD}) \\(\\d+\\))\\s*:?$|^\\d+ (?:comments?|responses?|replies|thoughts|reacties?|commentaires?|comentarios?|kommentare?) (?:on|to|op|sur|en|zu|a)\\s+["“«„]`,
  'i',
);
/** An issue tracker's filter over an issue's activity (Jira): "Show: All Comments History Work log". */
const ISSUE_ACTIVITY_FILTER = /^show\s*:\s*(?:all\s+)?(?:comments|history|activity|work log)\b/i;
/** A read-later or notes app's heading over the reader's highlights and notes: "Highlights (3)", "My notes". */
const READER_NOTES_HEADING = /^(?:(?:your |my )?(?:highlights|annotations)|my notes)(?:\s*\(\d+\))?\s*:?$/i;
/** How many paragraphs of story come before a comments heading that ends it (a count under the byline ends nothing). */
const MIN_STORY_BEFORE_END = 3;

/** A label over links to other stories set between paragraphs: "Read more", "Related:", "Also read". */
const LINK_LIST_LABEL = /^(?:read (?:more|also|next)|also read|more news|more (?:from|in) [^.!?:]{2,40}|paling popular|berita berkaitan|sponsored (?:articles?|stories|links)|related(?: (?:stories|articles|coverage|content|reading|links|topics))?|more on this(?: story)?|see also|recommended(?: for you)?|meest gelezen|lees ook|más información|lee también|lea también|te puede interesar|à lire aussi|lire aussi|leia também|leia mais|lesen sie auch|leggi anche|les også|læs også|läs också|most read|mest lest|mest leste|mest læst|mest læste|mest läst|mest lästa|luetuimmat|meistgelesen|les plus lus|lo más leído|más leídas|più letti|mais lidas|més llegides|najbolj brano|mest lisið|mest lesið|tengdar fréttir|ən çox oxunanlar|skaitomiausi|pi li|پربازدیدترین‌ها|پربازدیدترین ها|پربیننده‌ترین‌ها|llegiu també|llegeix també|الأكثر قراءة|الأكثر مشاهدة|اقرأ أيضا|اقرأ أيضاً)\s*:?$/i;

/** "Read the full story on harbourtimes.example <https://...>", "Continue reading at The Gazette", "Read the full story →", "Read more and have your say at gazette.example". */
const FULL_STORY_LINK = /^(?:read|continue reading)\s+(?:the\s+)?(?:(?:full|whole|rest of the|complete)?\s*(?:story|article|report)?\s*(?:on|at|in)\s+\S|more and (?:have your say|comment|join the conversation) (?:on|at)\s+\S|(?:full|whole|rest of the|complete)\s+(?:story|article|report|piece)\s*(?:[→›»]|\.{3}|…)?$)/i;

/** A label over the story's tags or topics, one per line: "Tags:", "Topics", "Related Topics". */
const TAGS_LABEL = /^(?:tags|topics|related topics|keywords|topik|filed under|(?:discover |read )?more (?:stories )?on|merki|برچسب‌ها|برچسب ها|teqlər|les mer om|läs mer om|læs mere om|lue lisää aiheesta|mehr zum thema|mots-clés|etiquetas|etiquetes|temas|etiketa|oznake|tagovi|الكلمات المفتاحية|كلمات مفتاحية|الوسوم|ਟੈਗ|ol tag)\s*:?$/i;

/**
 * "Editor's note: ...", or a note in the languages of the pages that says the story was updated or corrected ("Note:
 * This story was updated at 11:20", Albanian "Shënim: Artikulli u përditësua ...", Spanish "Nota: Esta nota fue actualizada").
 */
function isEditorsNote(text: string): boolean {
  if (/^editor['’]?s note\s*:/i.test(text)) return true;
  return /^(?:note|shënim|nota|hinweis|remarque|napomena|megjegyzés|uwaga|poznámka|huomautus|anmerkung)\s*:/i.test(text) && /(?:updat|përditës|actualiz|atualiz|aggiorn|aktualisiert|mis à jour|mise à jour|ažurir|frissít|zaktualiz|aktualiz|correct|corrig|korrig|bijgewerkt|oppdatert|opdateret|uppdaterad|päivit)/iu.test(text);
}

/** A linked headline: a line of three to twenty words that ends no sentence. */
function isLinkTitle(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).length;
  return words >= 3 && words <= 20 && !/[.!?:"”’)]$/.test(trimmed) && !isProse(trimmed);
}

/**
 * Where a press release's end matter starts: its distributor's note ("Distributed by Wire on behalf of Acme Ltd."),
 * its contacts' label ("Media contact:", "For more information, contact:") or an "About Acme Ltd:" section.
 */
function isReleaseEndMatter(text: string): boolean {
  const t = text.trim();
  if (t.length > 200) return false;
  // (The contacts' label alone, or with the first name after it: a paragraph that opens "Information: ..." goes on.)
  return (isContactLabel(t) && t.length <= MAX_CONTACT_LABEL) || /^distributed by .{2,60} on behalf of .{2,80}$/i.test(t) || aboutHeadingSubject(t) !== null;
}

const MAX_CONTACT_LABEL = 60;
/** How many lines (a standfirst, a second deck line) may lie between the headline and a deck line read as one. */
const MAX_DECK_LINES = 3;

/** How many short lines of tools (a share row) may lie between the story and its credit or date lines. */
const MAX_FOOT_TOOLS = 8;
/** The copy's lines under the story's last paragraph (found by its last words), as they were typed. */
function linesAfterStory(lines: readonly string[], body: readonly Block[]): string[] {
  const tail = body.at(-1)?.text.trim().split(/\s+/).slice(-4).join(' ');
  if (!tail) return [];
  for (let k = lines.length - 1; k >= 0; k--) {
    // (A wrapped paragraph's last line holds only the end of those words.)
    const line = unmark(lines[k]!).replace(/\s+/g, ' ');
    if (line.length >= 8 && (line.endsWith(tail) || tail.endsWith(line))) return lines.slice(k + 1);
  }
  return [];
}
/** "Source: The Gazette", a reader app's line naming the outlet it took the story from. */
const FOOT_SOURCE = /^source\s*:\s*(\S.{1,59})$/i;
/** A date line that says it dates the story's publication: "Published 3 May 2024", "Posted on ...". */
const PUBLISHED_LABEL = new RegExp(String.raw`^(?:${FIRST_PUBLISHED}|published|posted|date(?: of publication)?)\b`, 'i');

/** "This column first appeared in the Gazette on 3 May 2021.", also after a sentence naming its syndicate: the paper in group 1, the date in group 2. */
const SYNDICATION_CITATION = new RegExp(String.raw`(?:^|[.!?]\s+)(?:this (?:article|story|report|column|piece) )?(?:was )?${FIRST_PUBLISHED} (?:in|on|by) (.+?)(?: on (.+?))?\.?$`, 'i');

/**
 * What a syndication note says: the paper the story first appeared in is its publisher, whatever site or nameplate
 * carried the copy, and its date dates the story.
 */
function readSyndicationNote(text: string, header: HeaderInfo): void {
  const syndication = SYNDICATION_CITATION.exec(text);
  if (!syndication) return;
  // "... first appeared in the Gazette": a lower-case article is the sentence's, not the name's.
  const paper = syndication[1]!.trim().replace(/^the\s+(?=\p{Lu})/u, '');
  if (/^\p{Lu}/u.test(paper) && !/\d/.test(paper) && paper.length <= 60) header.publisher = paper;
  else header.publisher ??= paper;
  if (syndication[2]) header.publishedAt ??= findPublicationDate(syndication[2])?.date ?? null;
}

/**
 * Text that ends a sentence: a full stop, question or exclamation mark (or another script's full stop), a closing quote,
 * guillemet, corner bracket or bracket, or the two apostrophes typewriter and wire copy close a quotation with ("... he
 * said. ``It is over.''"), or one after a full stop ('... it is over.').
 */
const SENTENCE_STOP = new RegExp(`(?:[.!?"”’)${OTHER_SCRIPT_STOPS}»」』]|[.!?,']')$`, 'u');
export function endsSentence(text: string): boolean {
  return SENTENCE_STOP.test(text);
}

function isEndnote(text: string, header: HeaderInfo): boolean {
  if (text.length > 300) return false;
  if (/^(?:corrections?|clarifications?)\s*:/i.test(text)) return true;
  // A translator's credit after the story: "Translated from the Danish by NAME." (no author of it).
  if (/^\(?translated (?:from (?:the )?\p{L}+ )?(?:into \p{L}+ )?by \p{Lu}[^.]{1,60}\.?\)?$/iu.test(text)) return true;
  // A wiki page's closing lists and notes: "Sources", "External links", "This page was last edited on ...".
  if (/^(?:sources|references|external links|see also)\s*:?$/i.test(text) || /^this page was last (?:edited|modified) on\b/i.test(text) || /^retrieved from\s+["“]?https?:\/\//i.test(text)) return true;
  if (/^the views (?:expressed|in this (?:article|column))\b/i.test(text) || isViewsDisclaimer(text)) return true;
  if (isBracketedSource(text)) return true;
  if (isStoryStatusNote(text) || isDisclaimer(text)) return true;
  if (/^(?:contact|reach|e-?mail)\s+[^.]{2,60}\s+at\s+\S+@\S+/i.test(text)) return true;
  if (/^\p{Lu}[^.]{2,60}\s+(?:can|may) be (?:reached|contacted)\b/u.test(text)) return true;
  if (/(?:^|[.!?]\s+)(?:this (?:article|story|report|column|piece) )?(?:was )?(?:first|originally) (?:appeared|published) (?:in|on|by) (?:the )?\p{Lu}/iu.test(text)) return true;
  // A syndicate's note: "Chalk Talk is distributed by Acme Features.", "Syndicated by Acme Features".
  if (/^(?:[^.]{2,60}\s+is\s+)?(?:distributed|syndicated)\s+by\s+\p{Lu}/iu.test(text)) return true;
  if (closingSource(text)) return true;
  // A press release's closing credit: "SOURCE Acme Corp.".
  if (/^SOURCE\s+\p{Lu}/u.test(text) && text.length <= 80) return true;
  // An author's bio line: "Doe is a professor of economics at ...", "Jane Doe writes about ...".
  return isNoteOnWriter(text, header.authors);
}

/**
 * A source line a reader adds after a pasted story, with all it knows of the original: "(Source: The Gazette, 12
 * March 2024, by Jane Roe / https://...)", "Source: The Gazette, 12 March 2024". The outlet is the first part, the
 * date and the writers the parts that are one.
 */
function closingSource(text: string): { outlet: string | null; date: PublishedDate | null; authors: string[] } | null {
  const m = /^[([]?\s*source\s*:\s*(.+?)\s*[)\]]?$/i.exec(text.trim());
  if (!m || m[1]!.length > 300) return null;
  const parts = m[1]!.split(/\s*(?:,|;|\s\/\s|\s[|·•]\s)\s*/).filter((p) => p !== '' && !isUrl(p));
  if (parts.length < 2) return null;
  const first = parts[0]!;
  const outlet = /^\p{Lu}/u.test(first) && first.length <= 60 && !findPublicationDate(first) && !/^by\s/i.test(first) ? first : null;
  let date: PublishedDate | null = null;
  const authors: string[] = [];
  for (const part of parts.slice(1)) {
    const found = part.length <= 40 ? findPublicationDate(part) : null;
    if (found && found.end - found.start >= part.length - 10) date ??= found.date;
    else if (/^by\s+\p{Lu}/iu.test(part) && authors.length === 0) authors.push(...(readByline(part)?.authors ?? []));
  }
  if (outlet === null || (date === null && authors.length === 0)) return null;
  return { outlet, date, authors };
}

/** A box of bullet points summing up the story ("Key points:", "In brief:"), set above it: no part of the text. */
const SUMMARY_LABEL = /^(?:key points|in brief|in short|at a glance|highlights|summary|quick read|what you need to know|the big picture)\s*:?$/i;

/** The longest point of a summary box. */
const MAX_SUMMARY_POINT = 250;

function dropSummaryBox(blocks: Block[], boilerplate: string[]): void {
  const k = blocks.findIndex((b) => SUMMARY_LABEL.test(b.text.trim()));
  if (k < 0 || k > 2) return;
  let end = k + 1;
  while (end < blocks.length && /^[-*•–]\s/.test(blocks[end]!.text.trim())) end++;
  if (end === k + 1) return;
  boilerplate.push(...blocks.splice(k, end - k).map((b) => b.text));
}

/** The outlet a reader's reference to the story names (see outletOfReference), in the first line that gives one. */
function publisherFromReference(boilerplate: readonly string[]): string | null {
  return firstOf(boilerplate, outletOfReference);
}

/**
 * The outlet a closing prompt names: "Thanks for reading The Weekly Note!", "Subscribe to The Gazette today.", "Sign
 * up to the Harbour Times politics newsletter", "Sign up for the Harbour Times's free newsletter" (without the
 * newsletter's own name: "the Harbour Times Morning Briefing").
 */
function publisherFromPrompt(boilerplate: readonly string[]): string | null {
  for (const line of boilerplate) {
    const m = /\b(?:[Ss]ubscribe to|[Tt]hanks for reading|[Ss]ign (?:up|me up) (?:to|for)(?: the)?|[Gg]et the)\s+((?:The\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,4})/u.exec(line);
    if (!m) continue;
    const name = m[1]!.replace(NEWSLETTER_NAME, '').trim();
    if (isNameplate(name)) return name;
  }
  return null;
}
/** The words that name a newsletter after its outlet's name ("Morning Briefing", "Daily Digest", "Newsletter"). */
const NEWSLETTER_NAME = /(?:\s+(?:Morning|Evening|Daily|Weekly|Weekend|Breaking|Top|Headlines?))*\s+(?:Briefing|Brief|Newsletter|Digest|Update|Updates|Alerts?|Roundup|Edition|Bulletin)$/;

/**
 * The outlet a picture's credit names, its own photographer's ("Photo: Jane Roe/The Gazette", "Harbour Times pic by
 * Jane Roe"): a paper's name in title case, not a wire or a picture agency ("Photo: Jane Roe/Canadian Press").
 */
function publisherFromPictureCredit(lines: readonly string[]): string | null {
  for (const line of lines) {
    if (line.length > 400) continue;
    const own = /(?:^|[—–-]\s+|\(|\.\s+)((?:The\s+)?\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){1,4})\s+(?:pic|photo|picture|image)s?\s+by\s+\p{Lu}/u.exec(line);
    const credit = /\b(?:photo(?:graph)?|picture|pic|image)s?\s*(?:credit)?\s*[:：]\s*([^()\n]{3,120})/iu.exec(line);
    // "(Harbour News: Jane Roe)": the outlet and its photographer in brackets, closing the caption.
    const bracketed = /\(((?:The\s+)?\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){1,4}):\s*[^():]{2,60}\)$/u.exec(line.trim());
    const names = [own?.[1], bracketed?.[1], ...(credit ? credit[1]!.replace(/[).]+$/, '').split(/\s*[/|,]\s*/) : [])].filter((n): n is string => !!n);
    for (const name of names.map((n) => n.trim())) {
      if (isNameplate(name) && PAPER_NOUN.test(` ${name}`) && !PICTURE_AGENCY.test(name)) return name;
    }
  }
  return null;
}
/**
 * The outlet an Acknowledgement of Country names, as Australian outlets close their pages: "The Harbour News
 * acknowledges the Traditional Custodians of the lands on which we live and report".
 */
function publisherFromAcknowledgement(boilerplate: readonly string[]): string | null {
  for (const line of boilerplate) {
    const m = /^((?:The\s+)?\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,5}) acknowledges (?:the )?(?:[Tt]raditional|Aboriginal|First Nations)\b/u.exec(line.trim());
    if (m && classifyName(m[1]!) === 'outlet') return m[1]!;
  }
  return null;
}

/** Credits of wires and picture agencies, not of the outlet that ran the story. */
const PICTURE_AGENCY = /\b(?:press|wire|agency|agence|images|photos|pictures|stock|associated|news service)$/i;

/** Words of a postal address: "12 Castle Street", "Parliament Square", "PO Box 41". */
const ADDRESS_WORD = /\b(?:street|st|road|rd|avenue|ave|square|sq|lane|place|row|way|drive|boulevard|blvd|plaza|house|building|floor|quay|wharf|po box|p\.o\. box)\b|\b\p{Lu}{1,2}\d[\p{Lu}\d]?\s*\d\p{Lu}{2}\b|\b\d{5}(?:-\d{4})?\b/iu;

/** The organisation whose postal address closes the text ("The Harbour Post, 4 Quay Street, Elmport"): its publisher. */
function publisherFromAddress(boilerplate: readonly string[]): string | null {
  for (const line of [...boilerplate].reverse()) {
    const parts = line.split(/,\s+/);
    if (line.length > 150 || parts.length < 2 || !parts.slice(1).some((p) => ADDRESS_WORD.test(p))) continue;
    if (classifyName(parts[0]!) === 'outlet' && !isUrl(parts[0]!)) return parts[0]!.trim();
  }
  return null;
}

/** A line set wholly in capitals ("NEA MERI"): letters, no lower case, no digits. */
function isAllCaps(line: string): boolean {
  return /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line) && !/\d/.test(line);
}

/**
 * A section heading set in capitals between paragraphs ("HISTORY OF THE DISPUTE", "REASONS"): no body text. A
 * single word opening the text may be a dateline's place ("LONDON"), so it needs a paragraph above it.
 */
function isCapitalsHeading(text: string, paragraphsAbove: number): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/);
  if (words.length > 8 || (words.length < 2 && paragraphsAbove === 0) || /[.,:;!?—–-]$/.test(trimmed)) return false;
  return isAllCaps(trimmed);
}

/**
 * The rights holder of a copyright footer ("© 2023 The Gazette. All rights reserved.") is the publisher; `company`
 * when it is named as a company ("Harbour Publishing Co Ltd", "Valley Media Group").
 */
function publisherFromFooter(boilerplate: readonly string[]): { name: string; company: boolean } | null {
  // "Harbourposten ges ut av Harbour Media AB": a footer's sentence naming the paper and the company that publishes it,
  // wherever the copyright line stands.
  for (const line of boilerplate) {
    const published = PAPER_PUBLISHED_BY.exec(line) ?? ARABIC_PAPER_PUBLISHED_BY.exec(line) ?? ARABIC_PAPER_ISSUED_BY.exec(line);
    if (published) return { name: published[1]!.trim(), company: false };
  }
  // An imprint's company, kept while a later line may name the paper itself ("Publisher: Harbour Media AS" over "© 2029 The
  // Harbour Post").
  let imprintCompany: { name: string; company: boolean } | null = null;
  for (const line of boilerplate) {
    // (A year in another script's digits, "© ২০২৮ ...", read as one.)
    for (const item of withAsciiDigits(line).split(/\s+\|\s+/)) {
      // "جميع الحقوق محفوظة لمؤسسة ... © 2027": an Arabic footer names the holder after "all rights reserved to"; a Persian one
      // after "belong to" or "reserved for", "کلیه حقوق ... متعلق به X است", "تمامی حقوق برای X محفوظ است".
      const rightsHolder = ARABIC_RIGHTS_HOLDER.exec(item) ?? PERSIAN_RIGHTS_HOLDER.exec(item) ?? HEBREW_RIGHTS_HOLDER.exec(item);
      if (rightsHolder) {
        const name = rightsHolder[1]!.trim();
        return { name, company: COMPANY_WORD.test(name) };
      }
      // ("Harbour Post · Publisher: Harbour Media Ltd", "Harbour Post © 2029. Publisher: ...": the paper named before its
      // imprint's label.)
      const paperBefore = paperBeforeImprint(item);
      if (paperBefore) return { name: paperBefore, company: false };
      // "Kiadó: Harbour Média Kft.", "Herausgeber: Hafen Verlag GmbH": an imprint's publisher, a company (not the person
      // legally responsible, whom some imprints name under the same label).
      const imprint = IMPRINT_PUBLISHER.exec(item);
      if (imprint && isCompanyName(imprint[1]!)) {
        imprintCompany ??= { name: withoutCompanySuffix(imprint[1]!.trim()), company: true };
        continue;
      }
      if (!/(?:©|\(c\)|\bcopyright\b)/i.test(item)) continue;
      // (A legal form with full stops inside, "sp. z o.o.", "s.r.o.", "S.A.": no sentence's end.)
      // (In the holder's own sentence: "© 2029 The Harbour Post. A publication of Harbour Media, S.A." names the paper.)
      const legal = item.split(/\.\s+(?=\p{Lu}\p{Ll})/u)[0]!.search(DOTTED_LEGAL_FORM) >= 0;
      // ("© 2029 Harbour Media S.L. The Harbour Post.": the company, then the paper it publishes as a sentence of its own.)
      const paperAfter = paperAfterCompany(item);
      if (paperAfter) return { name: paperAfter, company: false };
      const holder = item
        .replace(DOTTED_LEGAL_FORM, '')
        .replace(/.*?(?:(?:copyright|©|\(c\))\s*)+/i, '')
        .replace(ALL_RIGHTS_RESERVED, '')
        .replace(/\b\d{4}(?:\s*[-–]\s*\d{4})?\b/g, ' ')
        .replace(/^[\s,.-]+/, '')
        // (Or the Ethiopic full stop, "።", the Armenian "։", or the danda of Bengali and Devanagari, "।".)
        .split(/\.\s|[።։।]\s?|\s[|•·]\s|,\s/)[0]!
        .replace(/[\s.,]+$/, '')
        .replace(/^[\s,.-]+/, '')
        // ("© 2012–2026 «Outlet».": the name in quotation marks, as Russian and French footers set it.)
        .replace(/^[«"“„]\s*([^«»"“”„]+?)\s*[»"”]$/u, '$1')
        .trim();
      // "Copyright and protected by law", "Copyright protected": a notice naming no holder.
      if (/^(?:and|protected|by|under|all|reserved|notice|law|applies)\b/i.test(holder)) continue;
      // ("© 2028 The Harbour Post – a service of Harbour Media Ltd": the paper, then the company whose service it is.)
      const service = PAPER_OF_COMPANY.exec(holder) ?? ARABIC_PAPER_OF_COMPANY.exec(holder);
      if (service) return { name: service[1]!.trim(), company: false };
      // (A name in a script without capitals, "© 2027 समाचार मीडिया प्राइवेट लिमिटेड", opens with any letter; Georgian's are
      // filed as lower case.)
      if (/^[\p{Lu}\p{Lo}\p{Script=Georgian}]/u.test(holder) && holder.split(/\s+/).length <= 8 && !/\d/.test(holder)) {
        // ("© 2027 Harbour Publications S.A. – The Harbour Post": the company, then the paper it publishes.)
        const [company, paper, ...more] = holder.split(/\s+[–—-]\s+/);
        // ("© 2029 The Harbour Post – Harbour Publications S.A.": the paper first, then its company, the legal form after the dash.)
        const dash = item.search(/\s[–—-]\s/);
        const companyLast = paper !== undefined && dash >= 0 && (item.slice(dash).search(DOTTED_LEGAL_FORM) >= 0 || withoutCompanySuffix(paper) !== paper) && item.slice(0, dash).search(DOTTED_LEGAL_FORM) < 0 && !COMPANY_WORD.test(company!);
        if (paper !== undefined && more.length === 0 && companyLast && /^[\p{Lu}\p{Lo}]/u.test(company!)) return { name: company!, company: false };
        if (paper !== undefined && more.length === 0 && (legal || COMPANY_WORD.test(company!)) && !COMPANY_WORD.test(paper) && /^[\p{Lu}\p{Lo}]/u.test(paper)) return { name: paper, company: false };
        const name = withoutCompanySuffix(holder);
        return { name, company: legal || name !== holder || COMPANY_WORD.test(name) };
      }
    }
  }
  return imprintCompany;
}

/**
 * A footer's paper, then the company it belongs to: "The Harbour Post – a service of ...", "Der Bote – ein Angebot der ...",
 * Haitian Creole "... — yon pwodiksyon ..." ("a production of"); or the company that publishes it, "Le Courrier – Édité par la
 * SARL ...", "The Post – published by ...".
 */
const PAPER_OF_COMPANY = /^(\p{Lu}[^–—]{1,60}?)\s+[–—-]\s+(?:(?:édité|éditée|publié|publiée|published|editado|editada|publicado|publicada|edito|edita|herausgegeben|verlegt|uitgegeven)\s+(?:par|by|por|da|von|door)|ein(?:e)? (?:angebot|produkt|service|marke|publikation) (?:der|des|von)|an? (?:service|product|production|publication|division|brand|member) of|une? (?:publication|production|service|produit|marque) (?:de|du|des)|yon (?:pwodiksyon|piblikasyon|sèvis)(?: de)?)\s+\S/iu;

/** The same in Arabic: the paper, then "issued by" its company, "صوت الميناء - تصدر عن شركة ...". */
const ARABIC_PAPER_OF_COMPANY = /^(\p{Script=Arabic}[^–—-]{1,60}?)\s+[–—-]\s+(?:تصدر|يصدر)(?:ها)?\s+عن\s+\S/u;

/**
 * An imprint's line naming the publisher, in the languages of the pages: "Publisher:", "Kiadó:", "Herausgeber:", "Wydawca:",
 * Slovene "Izdajatelj:", Faroese "Útgevari:".
 */
const IMPRINT_LABEL = String.raw`(?:publisher|published by|kiadó|herausgeber|verlag|éditeur|editore|editora|uitgever|wydawca|vydavatel|vydavateľ|izdavač|izdajatelj|založnik|útgevari|útgefandi|utgjevar|leidėjas|izdevējs|väljaandja|kustantaja|utgivare|udgiver|utgiver|издател|издатель|видавець)`;
const IMPRINT_PUBLISHER = new RegExp(String.raw`^${IMPRINT_LABEL}\s*:\s*(\p{Lu}[^,;|]{2,80}?)\.?(?:,|;|\s\||$)`, 'iu');

/** The imprint's label inside a footer's line, after the paper's name: "· Publisher:", ". Útgevari:". */
const IMPRINT_INSIDE = new RegExp(String.raw`(?:\s+[·|•]\s+|\.\s+)(?=${IMPRINT_LABEL}\s*:)`, 'iu');

/**
 * The paper a footer's line names before its imprint's publisher ("Harbour Post · Publisher: Harbour Media Ltd", "Harbour
 * Post © 2029. Publisher: ..."): a short name, its copyright mark and year aside; null where the line opens otherwise.
 */
function paperBeforeImprint(item: string): string | null {
  const at = item.search(IMPRINT_INSIDE);
  if (at <= 0) return null;
  const name = item
    .slice(0, at)
    .replace(/\s*(?:©|\(c\))\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*$/iu, '')
    .trim();
  return /^\p{Lu}[^\d©|.:;,]{1,50}$/u.test(name) && name.split(/\s+/).length <= 5 && !/^copyright$/i.test(name) && !isCompanyName(name) ? name : null;
}

/**
 * The paper a footer names after its company's legal form, as a sentence of its own ("© 2029 Harbour Media S.L. The Harbour
 * Post. Editor: ..."); null where nothing but a rights notice follows the company.
 */
function paperAfterCompany(item: string): string | null {
  const form = CLOSED_LEGAL_FORM.exec(item);
  if (!form) return null;
  const rest = item.slice(form.index + form[0].length).replace(ALL_RIGHTS_RESERVED, '').trim();
  const paper = /^(\p{Lu}[^\d©|.:;,–—]{1,50}?)\.?(?:\s+\p{Lu}[\p{L}\p{M} ]{1,30}:.*)?$/u.exec(rest);
  return paper && paper[1]!.split(/\s+/).length <= 5 && !isCompanyName(paper[1]!) ? paper[1]!.trim() : null;
}

/**
 * A footer's sentence saying who publishes the paper, in the languages of the pages: "The Harbour Post is published by ...",
 * Swedish "ges ut av", Norwegian "utgis av", Danish "udgives af", Icelandic "er gefinn út af", French "est édité par", German "wird herausgegeben von",
 * Dutch "wordt uitgegeven door", Spanish and Portuguese "es/é editado por", Italian "è edito da", "is a publication of" in
 * English, French, Spanish and Portuguese. The paper is the subject.
 */
const PAPER_PUBLISHED_BY = /^(?:©\s*(?:\d{4}\s*)?)?(\p{Lu}[^.,;:|©]{1,50}?)\s+(?:is published by|ges ut av|utges av|utgis av|gis ut av|udgives af|er gefinn út af|er gefið út af|er gefin út af|est (?:édité|publié)e? par|est une publication (?:de|du|des)|es una publicación de|é uma publicação d[aoe]|is a publication of|wird (?:herausgegeben|verlegt) von|wordt uitgegeven door|(?:es|é) (?:editad[oa]|publicad[oa]) por|è (?:edit[oa]|pubblicat[oa]) da)\s+(?:(?:the|la|le|les|l['’]|der|die|das|de|het|el|il)\s*)?\p{Lu}/u;

/** «The Harbour Mirror» an electronic newspaper "تصدر عن" ("issued by") a company: the Arabic footer's sentence, the paper first. */
const ARABIC_PAPER_PUBLISHED_BY = /^[«"“]([^«»"“”]{2,40})[»"”]\s+(?:\S+\s+){0,3}?(?:تصدر|يصدر|تصدرها|صادرة|صادر)\s+عن\s+\S/u;
/** The same sentence without quotation marks, the paper then what it is and the company "that issues it": "X موقع تصدره شركة Y". */
const ARABIC_PAPER_ISSUED_BY = /^(\p{Script=Arabic}+(?:\s+\p{Script=Arabic}+){0,3}?)\s+(?:موقع|جريدة|صحيفة|مجلة)\s+(?:\S+\s+){0,2}?(?:تصدره|تصدرها|يصدره|يصدرها)\s+\S/u;

/** The holder an Arabic footer names after "all rights reserved to": "جميع الحقوق محفوظة لمؤسسة ... © 2027". */
const ARABIC_RIGHTS_HOLDER = /جميع الحقوق محفوظة\s+ل\s*([^©\d]{3,60}?)\s*(?:©.*)?$/u;
/** The holder a Hebrew footer names after "all rights reserved to": "© כל הזכויות שמורות ל..." (the prefix "ל", "to", on the name). */
const HEBREW_RIGHTS_HOLDER = /כל הזכויות שמורות\s+ל[-־]?\s*([^©\d]{3,60}?)\s*(?:©.*)?$/u;
/** The holder a Persian footer names after "belong to" or "reserved for": "کلیه حقوق ... متعلق به X است", "تمامی حقوق برای X محفوظ است". */
const PERSIAN_RIGHTS_HOLDER = /^(?:کلیه|تمامی|همه)\s+حقوق\s.{0,60}?(?:متعلق\s+به|برای)\s+(.{3,60}?)\s+(?:محفوظ\s+)?(?:است|می‌باشد|میباشد)\.?(?:\s*©.*)?$/u;

/** "All rights reserved" in the languages of the pages, and what follows it. */
const ALL_RIGHTS_RESERVED = /(?:\s+[-–—]\s+)?(?:all rights reserved|hak cipta (?:terpelihara|dilindungi)(?: undang-undang)?|tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti riservati|alle rettigheter reservert|alle rettigheder forbeholdes|alla rättigheter förbehållna|të gjitha të drejtat të rezervuara|wszelkie prawa zastrzeżone|všechna práva vyhrazena|tüm hakları saklıdır|minden jog fenntartva|toate drepturile rezervate|sva prava (?:pridržana|zadržana)|vse pravice pridržane|hemû maf parastî ne|todos os dereitos reservados|tout dwa rezève|zo rehetra voatokana|visos teisės saugomos|visas tiesības aizsargātas|kõik õigused kaitstud|kaikki oikeudet pidätetään|всички права запазени|все права защищены|(?:усі|всі) права захищен[оі]|με την επιφύλαξη παντός δικαιώματος|جميع الحقوق محفوظة|كل الحقوق محفوظة|כל הזכויות שמורות|کلیه حقوق|تمامی حقوق|무단\s?전재(?:\s?및\s?재배포)?\s?금지|無断転載(?:を)?禁(?:じます|止)|版权所有|መብቱ በሕግ የተጠበቀ ነው|መብቱ በህግ የተጠበቀ ነው|সর্বস্বত্ব সংরক্ষিত)(?![\p{L}\p{M}]).*$/iu;

/** The top lines over the headline's (all of them where the headline is none of them). */
function linesOverHeadline(topLines: readonly string[], title: string): readonly string[] {
  const headline = topLines.indexOf(title);
  return headline < 0 ? topLines : topLines.slice(0, headline);
}

/**
 * The nameplate a publishing company is named after ("Sauti ya Pwani" over "© Pwani Media Group Ltd", a nameplate of a
 * language whose linking words the nameplate test does not know): a short line over the headline holding the company's
 * own words, not the page's section ("PWANI"). Undefined where none does.
 */
function plateOfCompany(lines: readonly string[], topLines: readonly string[], company: string, title: string, dayFirst: boolean | null): string | undefined {
  const own = company.split(/\s+/).filter((w) => /^[\p{Lu}\p{Lo}][\p{L}\p{M}]{2,}$/u.test(w) && !COMPANY_WORD.test(w));
  if (own.length === 0) return undefined;
  const holds = (line: string) => own.every((w) => new RegExp(String.raw`(?<![\p{L}\p{M}])${escapeRegExp(w)}(?![\p{L}\p{M}])`, 'iu').test(line));
  // (Over the headline, where a nameplate stands: not a footer's "Advertise with Pwani Media".)
  return linesOverHeadline(topLines, title).find((l) => {
    const words = l.split(/\s+/).length;
    return words >= 2 && words <= 5 && l.length <= 40 && /^[\p{Lu}\p{Lo}]/u.test(l) && !/[\d.,;:|!?]/.test(l) && l !== title && holds(l) && !isSectionOfPage(lines, l) && !readLine(l, dayFirst);
  });
}

/**
 * The masthead among the site's buttons ("Subscribe" / "Harbour Evening Star" / "Log in"): a short line of capitalised
 * words over the headline with an account link, a menu or search button or other page chrome right above or under it. Read only where the
 * footer names a publishing company, which tells the page has a paper's name to find. Undefined where none is.
 */
function mastheadAmongButtons(lines: readonly string[], topLines: readonly string[], title: string, dayFirst: boolean | null): string | undefined {
  const filled = linesOverHeadline(topLines, title).filter((l) => l !== '');
  return filled.find((l, n) => {
    const words = l.split(/\s+/);
    // (Or a nameplate opening with an article, its adjective in lower case: "Le Courrier acadien", "La Voce nuova".)
    const articled = /^(?:Le|La|Les|L['’]|El|Il|Lo|Der|Die|Das|De|Het|O|A)\s/u.test(l);
    // (Or one word, as papers are named in the languages that write compounds: "Fjordposten", "Kreisbote".)
    // (Or an adjective and a noun in sentence case, as Slavic papers are named: "Moravská stráž", "Večernji list".)
    const sentenceCase = words.length >= 2 && words.length <= 3 && /^\p{Lu}/u.test(l) && words.slice(1).every((w) => /^\p{Ll}{3,}$/u.test(w) && !isKnownWord(w));
    if ((words.length < 2 && !isCompoundNameplate(l)) || words.length > 4 || l.length > 40 || /[\d.,;:|!?()]/.test(l) || !(isNameShaped(l) || articled || sentenceCase)) return false;
    if (readLine(l, dayFirst) || isSectionOfPage(lines, l) || isAppChrome(l)) return false;
    return [filled[n - 1], filled[n + 1]].some((near) => near !== undefined && (isAppChrome(near) || SITE_BUTTON.test(near)));
  });
}

/** A line as the page's name reads: set in capitals, in title case ("KINGSTOWN BEACON" -> "Kingstown Beacon"). */
function asShownName(line: string): string {
  return isAllCaps(line) ? displayName(line) : line;
}

/**
 * The nameplate among the page's top lines that gives the outlet's short name in full ("KINGSTOWN BEACON" for
 * "Beacon"), as the page shows it; null where none does. The words it adds are a place's or a name's ("Kingstown"),
 * no word of the language: not "Follow", "Support".
 */
function fullNameplate(publisher: string, topLines: readonly string[], dayFirst: boolean | null): string | null {
  const short = foldAccents(publisher.toLowerCase()).replace(/^the\s+/, '');
  const full = topLines.find(
    (l) =>
      l.length <= 60 &&
      !/[,:|]/.test(l) &&
      !/^(?:by|about|published|posted|from|in|on|at|for|with)\s/i.test(l) &&
      (isNameplate(l) || (isAllCaps(l) && isNameplate(displayName(l)))) &&
      foldAccents(l.toLowerCase()).replace(/^the\s+/, '').endsWith(` ${short}`) &&
      !readLine(l, dayFirst),
  );
  if (full === undefined || isDeskCredit(full)) return null;
  const added = displayName(full).replace(/^the\s+/i, '').split(/\s+/).slice(0, -short.split(/\s+/).length);
  return added.every((w) => /^\p{Lu}/u.test(w) && !isKnownWord(w.toLowerCase())) ? asShownName(full) : null;
}

/** The first of the texts from which `read` reads something, or null. */
function firstOf(texts: readonly string[], read: (text: string) => string | null): string | null {
  for (const text of texts) {
    const found = read(text);
    if (found !== null) return found;
  }
  return null;
}

/** A Markdown file: YAML or TOML front matter, or a "# " heading with Markdown links or images in the text. */
function looksLikeMarkdown(text: string): boolean {
  if (/^\uFEFF?\+\+\+[ \t]*\r?\n(?:.*\r?\n){1,60}?\+\+\+[ \t]*(?:\r?\n|$)/.test(text)) return true;
  if (/^\uFEFF?---[ \t]*\r?\n(?:(?:[A-Za-z_][\w-]*:.*|[ \t]+.*|-\s.*)\r?\n){1,60}(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text)) return true;
  return /^#{1,6}\s+\S/m.test(text) && /\[[^\]\n]+\]\((?:https?:|\/|\.)[^)\s]*\)/.test(text);
}

/** A mail's greeting on a line of its own: "Hi Jane,", "Dear colleagues,", "Good morning all,". */
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|morning|greetings|bonjour|bonsoir|salut|cher|chère|hola|buenos días|buenas tardes|querid[oa]|hallo|liebe|lieber|guten (?:morgen|tag|abend)|ciao|olá|bom dia|boa tarde|beste)(?!\p{L})[^.!?]{0,40},$/iu;

/** A line that can be a headline: not two sentences ("Good morning! Here is the news."), not ending with a full stop. */
function couldBeHeadline(line: string): boolean {
  // (Nor is a photo's caption set above the headline: "... on Wednesday. – Photo: Jane Roe".)
  // (Nor a mail's greeting: "Hi Jane,", "Dear all,".)
  return line !== '' && !line.endsWith('.') && !/\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(line) && !isCaption(line) && !GREETING.test(line);
}

/**
 * When the line after the preamble is a sentence (a newsletter's greeting, a cookie notice), the headline is the
 * line right above the first "By NAME" line within the next few lines. Returns where it starts, the lines before
 * it going to the boilerplate; or `from` when no byline follows a headline-shaped line.
 */
function skipToHeadlineAboveByline(lines: string[], from: number, boilerplate: string[]): number {
  let beforePrevious = -1;
  let previous = -1;
  let j = from;
  for (let n = 0; n < MAX_HEADER_LINES && j < lines.length; n++) {
    const text = unmark(lines[j]!);
    const byline = /^by\s/i.test(text) ? readByline(text) : null;
    if (byline && byline.authors.length > 0 && previous >= 0 && previous > from - 1 && couldBeHeadline(unmark(lines[previous]!))) {
      // (Under a shorter headline-shaped line, a line much the longer is its standfirst: the upper is the headline.)
      const headline = beforePrevious >= from && isStandfirstUnder(lines, beforePrevious, previous) && couldBeHeadline(unmark(lines[beforePrevious]!)) ? beforePrevious : previous;
      for (let k = from; k < headline; k++) if (lines[k]!.trim() !== '') boilerplate.push(lines[k]!.trim());
      return headline;
    }
    beforePrevious = previous;
    previous = j;
    j = skipBlank(lines, j + 1);
  }
  return from;
}

/** How many lines below the first headline-shaped line the story's own headline may stand. */
const MAX_ANCHOR_LINES = 30;

/**
 * The story's headline further down than line `from`, when what opens the copy is a wrapper's (a share sheet, a
 * note's own title, a site header, a mail's banner): the line the mail's subject names; the line the first one
 * repeats (a share text's headline, perhaps with " | Site" after it); or the headline-shaped line right above the
 * first byline or date line, with a second one under it (its standfirst) in the same block, when a label that heads
 * a headline (a nameplate, a section or programme name, a link) stands right above it. Returns its line, or `from`.
 */
function headlineFurtherDown(lines: string[], from: number, subject: string | null, dayFirst: boolean | null): { line: number; site: string | null } {
  const none = { line: from, site: null };
  // Compared without case, curly quotes or a closing full stop ("Pier’s future" and "Pier's future" are one headline).
  const key = (line: string) => unmark(line).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').replace(/\.$/, '').toLowerCase();
  // The lines of the header, up to the first paragraph of prose (a consent dialog's text is none).
  let limit = from;
  while (limit < lines.length && limit - from < MAX_ANCHOR_LINES && (!isProse(unmark(lines[limit]!)) || isConsentLine(lines[limit]!) || isCookiePrompt(lines[limit]!))) limit++;
  // (A standfirst of prose between the headline and its credit is no paragraph of the story: the credit under it counts.)
  const standfirst = limit < lines.length && limit > from + 1 && limit - from < MAX_ANCHOR_LINES && isCreditOrDateLine(lines, skipBlank(lines, limit + 1), dayFirst) ? limit : null;
  if (standfirst !== null) limit = skipBlank(lines, limit + 1) + 1;
  const wanted = new Map<string, string | null>();
  if (subject) {
    wanted.set(key(subject), null);
    const bare = splitSiteSuffix(subject.trim());
    // "Headline | The Gazette" over the page's "Headline": the part after the bar is the site's name.
    if (bare) wanted.set(key(bare.headline), isUrl(bare.site) || /\d/.test(bare.site) ? null : bare.site);
    // "Weekend Read: Headline": the newsletter's or section's label before the headline the mail carries.
    const labelled = /^[^:]{2,30}:\s+(.{20,})$/.exec(subject.trim());
    if (labelled) wanted.set(key(labelled[1]!), null);
    // "OPS FIJI-SUGAR/ Headline": an agency's code and slug before the headline its mail carries.
    const slugged = /^[\p{Lu}\d][\p{Lu}\d\s/-]{2,40}[/-]\s+(.{20,})$/u.exec(subject.trim());
    if (slugged) wanted.set(key(slugged[1]!), null);
    // The subject's headline is looked for past a greeting or a note of prose, where the mail's story begins.
    for (let j = from + 1; j < Math.min(lines.length, from + MAX_ANCHOR_LINES); j++) {
      const k = key(lines[j]!);
      // The very words of the subject: a headline even when it has two sentences ("Trains stopped. Now what?").
      if (k.length >= 20 && wanted.has(k) && lines[j]!.length <= MAX_TITLE_LENGTH && !lines[j]!.trim().endsWith('.')) return { line: j, site: wanted.get(k)! };
    }
  }
  const first = key(lines[from] ?? '');
  const firstSite = splitSiteSuffix(unmark(lines[from] ?? ''));
  if (first.length >= 20) {
    wanted.set(first, null);
    if (firstSite) wanted.set(key(firstSite.headline), firstSite.site);
  }
  for (let j = from + 1; j < limit; j++) {
    const k = key(lines[j]!);
    if (!couldBeHeadline(unmark(lines[j]!))) continue;
    if (wanted.has(k)) return { line: j, site: wanted.get(k)! };
    // A share text that quotes the headline: "I read this on the Gazette app: <headline> https://...".
    if (k.length >= 25 && first.length > k.length && first.includes(k) && isHeadlineCandidate(unmark(lines[j]!), dayFirst)) return { line: j, site: null };
  }
  if (subject && wanted.has(first)) return none;
  // A headline with its outlet's nameplate, a credit or a labelled field under it is where it is.
  const n = skipBlank(lines, from + 1);
  const next = n < lines.length ? unmark(lines[n]!) : '';
  if (newsletterNameplate(lines, n) || isLabelledField(next) || NEUTRAL_CITATION.test(next) || readByline(next, { labelRequired: false })?.authors.length) return none;
  for (let c = from + 1; c < limit; c++) {
    const text = unmark(lines[c]!);
    if (text === '') continue;
    const info = readLine(text, dayFirst);
    if (!info || (info.authors.length === 0 && !info.publishedAt && !info.modifiedAt)) continue;
    let h = c - 1;
    while (h > from && lines[h]!.trim() === '') h--;
    if (h === standfirst) {
      h--;
      while (h > from && lines[h]!.trim() === '') h--;
    }
    // Over a freelance's credit line ("Special to the Gazette", under her name): the name and headline are above it.
    if (h > from && isSpecialToLine(unmark(lines[h]!))) {
      h--;
      while (h > from && lines[h]!.trim() === '') h--;
    }
    // Over a bare credit line ("Jane Roe" above the date line): the headline is above it.
    if (h > from && readByline(unmark(lines[h]!), { labelRequired: false })?.authors.length && !isHeadlineCandidate(unmark(lines[h]!), dayFirst)) {
      h--;
      while (h > from && lines[h]!.trim() === '') h--;
    }
    if (h <= from || !isHeadlineCandidate(unmark(lines[h]!), dayFirst)) return none;
    // "Headline" / "Standfirst" / "By ...", one block: the upper of the two.
    if (h === c - 1 && h - 1 > from && lines[h - 1]!.trim() !== '' && isHeadlineCandidate(unmark(lines[h - 1]!), dayFirst) && !isNameplate(unmark(lines[h - 1]!))) h--;
    else {
      // (Set apart by blank lines, the lower one much the longer, a standfirst without its full stop: the upper.)
      let k = h - 1;
      while (k > from && lines[k]!.trim() === '') k--;
      if (k > from && k < h - 1 && isStandfirstUnder(lines, k, h) && isHeadlineCandidate(unmark(lines[k]!), dayFirst) && !isNameplate(unmark(lines[k]!))) h = k;
    }
    // Right above it, a label that heads a headline: the outlet's nameplate, a section or programme ("Sunday Morning"), a
    // link; not a player's or reading time's line, which sit under a headline.
    const above = lines.slice(from + 1, h).map((l) => unmark(l)).filter((l) => l !== '').at(-1);
    // A column's or series' name of a few capitalised words set apart over a longer headline ("Chalk Talk" over
    // "Let the children be bored this summer"): the headline is the one with the credit and date under it.
    if (above === undefined && isColumnName(unmark(lines[from]!)) && lines[from + 1]?.trim() === '' && unmark(lines[h]!).split(/\s+/).length >= 6) return { line: h, site: null };
    if (above === undefined || isHeaderFurniture(above) || /[.!?,;:]$/.test(above)) return none;
    if (!(isNameplate(above) || isUrl(above) || breadcrumbOf(above) !== null || (above.split(/\s+/).length <= 4 && !readLine(above, dayFirst)))) return none;
    return { line: h, site: null };
  }
  return none;
}

/** Whether line `k` is a credit or date line: a writer's name or a date (a "By" line, "Published ..."). */
function isCreditOrDateLine(lines: string[], k: number, dayFirst: boolean | null): boolean {
  const info = k < lines.length ? readLine(unmark(lines[k]!), dayFirst) : null;
  return info !== null && (info.authors.length > 0 || info.publishedAt !== null);
}

/** The longest credit-and-date line the story's first paragraph can be instead. */
const MAX_OWN_CREDIT = 200;

/** A line of this many words under a shorter headline-shaped line is its standfirst: headlines are rarely this long. */
const MIN_STANDFIRST_WORDS = 15;

/** Whether line `lower` is the standfirst of line `upper`: of fifteen words or more, half as long again at least. */
function isStandfirstUnder(lines: readonly string[], upper: number, lower: number): boolean {
  const words = (n: number) => unmark(lines[n]!).trim().split(/\s+/).length;
  return words(lower) >= MIN_STANDFIRST_WORDS && words(lower) >= 1.5 * words(upper);
}

/** "Chalk Talk", "On Second Thought": two or three capitalised words, no date, no sentence. */
function isColumnName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 3 && text.length <= 40 && !/\d/.test(text) && words.every((w, k) => /^\p{Lu}\p{Ll}/u.test(w) || (k > 0 && /^(?:of|the|and|on|in|at|for|a)$/.test(w))) && !/[.!?:;,]$/.test(text);
}

/** A line that can be a headline and is nothing else: no header line, no furniture, no nameplate, a few words at least. */
function isHeadlineCandidate(text: string, dayFirst: boolean | null): boolean {
  // (Chinese and Japanese write no spaces between words: eight characters count as four words.)
  const words = text.split(/\s+/).length + Math.floor((text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0) / 2);
  if (!couldBeHeadline(text) || words < 4 || text.length > MAX_TITLE_LENGTH || readLine(text, dayFirst)) return false;
  if (isHeaderFurniture(text) || isBoilerplate(text) || isNameplate(text) || isUrl(text) || (isLabelledField(text) && !isHeadlineAfterColon(text)) || isProfileLine(text)) return false;
  return !readByline(text, { labelRequired: false })?.authors.length;
}

/** Words a headline does not end with: a line that ends with one goes on in the next ("Rare lichen found in" / "city park"). */
const JOINING_WORD = /\s(?:a|an|the|of|in|on|at|to|for|by|with|from|into|over|after|as|and|or|but|amid|against|about|than|its|their|his|her)$/i;

/** The most lines a wrapped headline takes (a narrow newspaper column sets one over three). */
const MAX_HEADLINE_LINES = 3;

/**
 * The headline at line `i`, with its further lines when it was wrapped (a PDF column, a narrow page): lines right
 * under it, without a blank line between, each starting in lower case or following a joining word, the last of them
 * ending the block or standing over the credit or date line.
 */
function readHeadline(lines: string[], i: number): { text: string; next: number } {
  const first = unmark(lines[i]!);
  const parts = [first];
  let k = i + 1;
  while (parts.length < MAX_HEADLINE_LINES) {
    const next = (lines[k] ?? '').trim();
    const continues = /^\p{Ll}/u.test(next) || (JOINING_WORD.test(parts.at(-1)!) && /^\p{Lu}/u.test(next));
    if (next === '' || !continues || next.length > 120 || /[.!?]$/.test(next) || readHeaderLine(next)) break;
    parts.push(unmark(next));
    k++;
  }
  const after = readHeaderLine((lines[k] ?? '').trim());
  if (parts.length > 1 && ((lines[k] ?? '').trim() === '' || (after && (after.authors.length > 0 || after.publishedAt)))) {
    return { text: joinWrappedLines(parts, vocabularyOfText(lines.join('\n'))), next: k };
  }
  return { text: first, next: i + 1 };
}

