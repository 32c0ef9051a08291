/**
 * The format readers' front door: bytes and a file name in, a ParsedArticle out (or a FormatProblem).
 * Pure apart from CPU: the library does all file I/O. Text formats (txt, md, html) are read synchronously
 * by `parseArticle`; `readArticle` reads every format, PDF and MIME messages (eml, mht) included, whose
 * libraries work asynchronously.
 */
import type { ArticleFormat, ParsedArticle } from '../../shared/model';
import { decodeText } from './decode';
import { parseEml } from './eml';
import { declaredCharset, parseHtml } from './html';
import { parseMarkdown } from './markdown';
import { parseMht } from './mht';
import { looksLikePdf, parsePdf, type PdfLimits } from './pdf';
import { FormatProblem } from './problem';
import { parseTxt } from './txt';

export { FormatProblem, problemCodeForWarning } from './problem';
export type { FormatProblemCode } from './problem';
export { parsePublicationDate, findPublicationDate } from './dates';

/**
 * The version of what the readers make of a file. Bump it whenever the same bytes would now give a different
 * ParsedArticle (title, credits, dates, text): caches keyed by the file's content (the library manifest, the
 * search index's fingerprints, analyses anchored on the publication date) must then read files again.
 * 2: wire credits and datelines, outlets apart from people, web headlines without site names, htmldate-style dates.
 * 3: a "By" line that credits no name ("By Staff Reporter, March 8, 2023") is read as the byline, with its date.
 * 4: web pages of more systems: French, German and Spanish bylines and dates, closing agency credits, site names
 *    as credits, comment threads and cookie/newsletter boxes, kickers, standfirsts and class-marked captions;
 *    plain text read past browser menus, labels, mail headers, lines above the headline and standfirsts; wire
 *    credits, endnotes, footers (the copyright holder as publisher) and day-first agency datelines.
 * 5: web pages of still more shapes: the shown <h1> over SEO titles and issue/forum prefixes, RDFa and
 *    app-state (Next.js) dates, dotted day-first dates, more credit labels and foot bylines, press-release end
 *    matter, layout tables, gallery captions as text, more furniture; yearless datelines dated by a caption.
 * 6: web pages: Italian, Portuguese and Dutch date lines and credits, slashed dates in the page's locale,
 *    Blogger and WebForms wrappers, masthead issue dates, Reader View credits, desks and forces as no authors,
 *    outlets named in full, section-label titles.
 * 7: plain text read past cookie prompts, breadcrumbs, contact blocks, newsletter nameplates and greetings; wrapped
 *    headlines without urgency labels; broadcast, embargo and other-language date labels, numeric dates in the
 *    text's own order; role and other-language bylines, additional reporters; PDF hyphenation, page footers and end
 *    marks; Markdown exports saved as .txt read as Markdown.
 * 8: plain text copied from apps: feed items (RSS, Atom), subtitles (WebVTT, SubRip), chat exports and Teletext pages
 *    unwrapped; reader-app names, tab rows, share and save lines, clipping fields and forwarders' notes as wrappers (their
 *    dates are not the story's); newsletter nameplates, outlets spelt by the copy's domain, profile lines, labelled fields
 *    and citations, "Date of judgment" labels, capitals section headings, a closing postal address's organisation.
 * 9: web pages: date labels, months and weekdays of Nordic, Polish, Czech, Turkish, Indonesian, Finnish and
 *    Romanian pages; header-table dates; podcast episodes dated, event listings undated; wire-prefixed headlines;
 *    editors, programmes, slashed roles and outlet staff as no authors; summaries above the byline and other-language
 *    ad labels, read-also lines and outlet notes (tips, follow prompts, funding, syndication) as furniture.
 * 10: plain text: ANPA wire copy, Telegram posts, Slack pastes, broadcast scripts and newspaper column pages (e-paper,
 *    OCR) unwrapped; newsletter tables of contents, read-later digest lines, permalink dates, one-line paragraphs of
 *    word processors, release datelines, last paragraphs closing a quote with ''; notes-app syntax in Markdown.
 *    Web pages: Korean, Japanese and Chinese reporter credits, date labels, year-first dotted dates, bracketed
 *    headline labels and ad/rights notices; "Por:" credits, foreign job titles, editorial desks ("Redactie X") and
 *    editors as no authors; "Printed on" dates ignored; <font> headlines; live-blog post headers, read-also lines
 *    and channel invitations in more languages as furniture.
 * 11: plain text: news-database exports (Factiva codes, Nexis Uni and ProQuest fields), social-network threads,
 *    feed-reader panes, broadcast-monitoring clips, lynx dumps, shared documents with comments and browser print
 *    running lines unwrapped; TOML front matter and shortcodes in Markdown; weekday-settled numeric dates; two-line
 *    paragraphs without blank lines kept whole; capitals nameplates with a section, toolbar rows, facts tables, file
 *    links, contact lines and disclaimers as furniture.
 *    Web pages: the page's own article among several JSON-LD article nodes, epoch-millisecond app-state dates, a UTC
 *    stamp dated by the page's own offset, titles that are only the site's name; Hungarian, Greek, Vietnamese and
 *    Arabic date words, Eastern Arabic digits, year-first month names, 年月日 and yearless labelled date lines;
 *    Hungarian, Vietnamese and Arabic credit labels, names in caseless scripts, source fields, translators as no
 *    authors, Chinese bracketed reporter openers, signatures closing the story; read-also, ad and photo-credit
 *    labels in more languages, chart embeds, perex/sapo/bold-lead standfirsts, syndication and corrections notes.
 * 12: web pages: an opinion piece's writer named only after the text (author box, "The writer is ..." notes, out of
 *    the text); Swahili "Na" credits; șapou/manchet/entradilla/Vorspann standfirsts and summary-bullet boxes;
 *    updates without a year and Atlantic/Newfoundland zones in header lines; ad labels and read-also lines of more
 *    languages, republication, local-democracy scheme and support notes and feedback buttons as furniture.
 *    Web writers in byline data attributes, avatar alt, analytics tags, "Contributor:"; no staff/desk/photo credits.
 *    Plain text: the headline further down when a wrapper opens the copy (a mail subject without its alert label, a
 *    share line repeated, the line above the first byline or date), title bars and kiosk info strips, "NAME | OUTLET"
 *    and closing "Story: NAME" credits, social-post dates and comments, consent dialogs, paywall meters, text-only
 *    site switches, listen and type-size controls and ad-sales links as furniture; "Originally published" labels;
 *    field blocks of any tool (clipping reports, cuttings, agency routing, feed-reader saves, database records),
 *    stories quoted with '> ' marks or pasted into a thread's comment or a post, readers' translations, wiki
 *    taglines and closing lists, news-fetch issue lines, logo and 'From/via OUTLET' lines, copy-date lines;
 *    a field block's slashed date in the copy's order, 'Hosted by'/'Author of the article:' credits and year levels,
 *    reader-view labels, closing '(Source: ...)' lines, columnists' bios, syndication notes, 'Title: Headline |
 *    Outlet' over a page's own header, column names over headlines, APA/MLA references, chapter lists, photo-credit
 *    captions, editors' notes, bracketed placeholders, episode durations in hours.
 * 13: plain text: a "Story by NAME" credit closes the story only when more story stands above it than below (under
 *    a standfirst and a caption it opens it); a copy without blank lines keeps one paragraph per long prose line.
 *    Markdown: a web clipper's page title over the page's own headline (the site's name after the bar, the excerpt
 *    and breadcrumbs between as furniture); linked pictures are no paragraphs. Markdown and web pages: a name alone
 *    right above the date line is the byline.
 *    Plain text: the article's header found by shape wherever it sits (txt-header-block.ts: a headline-shaped line
 *    scored with the credit and date lines around it and its distance to the first paragraph), its headline in place
 *    of a title that is none, its credit, date and outlet where none was read; 'Published in OUTLET, DATE' lines.
 *    A mail's subject after its label ("Weekend Read: Headline") found past a greeting; a mail's sending date only
 *    when the story has none; "Published DATE on site.example" lines; an "Originally published DATE" stamp after the story.
 *    A lower-case Romanian "de" is a credit label only beside a date or in a credit element; one edition-note pattern.
 *    Web pages: a metadata headline cut with an ellipsis gives way to the full h1; a shown local wall-clock time
 *    over a UTC stamp on the next day; labelled fields set apart ("Story by:" / name); Inertia.js data-page and App
 *    Router flight-row dates; two-digit years in header date lines;
 *    "Gan/By" label pairs and Welsh patronymics; co-authors the byline shows beyond a primary-only declaration;
 *    Ghost bookmark/CTA cards, pull quotes, donate blocks, coloured fact boxes, post-author boxes, audio players.
 * 14: plain text: date and credit lines above the headline (a top bar's day, a nameplate under it) count only where
 *    the header under the headline gives none; "Live coverage by" credits and "First post" dates; credit, date and
 *    source lines under the story ("By NAME, Role" / date / "Source: Outlet"); a byline alone under the last
 *    paragraph; agency credits found past a wire page's long trailing lists; desk slugs ("CORRECTED-", "UPDATE 2-")
 *    before a headline; every "Author:" field of a tool's export; EBSCOhost records; ProQuest's "FULL TEXT"/"DETAILS"
 *    layout, "Byline:" field, export counter and place after the paper's name; a feed reader's pane with the headline
 *    above the feed's name; a Kindle's "My Clippings.txt". Credits: RSS author fields ("address (Name)"), "From NAME
 *    in PLACE", abbreviated correspondents' roles ("Staff Corr."), a meridiem spaced with full stops ("7:02 p. m."),
 *    "Our Correspondent" as a credit naming no one, hedged ages ("about 5 hours ago"); no share button ("Copy Link")
 *    for a bare name; a nameplate with its tagline after a bar; a OneNote page's pasted part. One module of headline
 *    labels (desk slugs, bracketed kinds, urgency labels) for both readers. Web pages: the article's one <h1> over
 *    metadata titles that reword it (not over the same headline behind a label).
 *    Web pages: an app shell saved before its script ran is read through its <noscript> view; Quarto's and Distill's
 *    appendix (reuse, BibTeX, "cite this work as") is no text; "Fotos:" credits; hyphenated dates with the year last
 *    ("04-03-2025") in the page's order; a UTC stamp in the local time of the one-zone region the page's language tag
 *    declares (regional-time.ts).
 *    One pattern per concern, dev sets unchanged; rarer lines read otherwise: a plain-text syndication note worded
 *    "originally appeared"/"first posted" names the outlet and date; a sentence ending in a quotation mark without
 *    a stop is no prose line; a print header's site is 2 to 60 characters; a field title's short headline is compared whole.
 * 15: plain text: a strip's headline over the story (a breaking-news or weather alert, above a label) gives way to the
 *    headline with its credit; the header block reads through a standfirst in sentences; the date, credit and outlet by
 *    the real headline outweigh those read around a line that was none; a date line under the share row; comment
 *    prompts and policies, WordPress's comment form and "Read more" link lists are furniture; a press release's
 *    distribution note, contacts and "About" sections end it; outlets named in a newsletter prompt or the outlet's own
 *    picture credit (over a publishing company's copyright); "pic by" captions. Web pages: a badge set apart at the
 *    start of the h1 is no word of the title; date lines under the headline before those above it (a top bar's
 *    today); a live blog's coverage start in its own offset; a shown next day that no real offset explains is the
 *    update's; reading times in other languages; writers on cards of their own; a live blog's entry headlines.
 *    Both: a time marked UTC is dated by the day in the US state the dateline names (us-state-zones.ts).
 *    Then (text/heldout13, web/heldout14 kinds): a permalink's day beside a UTC stamp of the day before; dotted dates
 *    with two-digit years; author cards by their name element; names before an outlet with a channel number; staff
 *    credits of British desks; "From NAME, PLACE"; a reader app's "Headline | Outlet" title; a broadcaster's role
 *    before the names, its "(Outlet: Name)" credits and Acknowledgement of Country; a pasted address above the story.
 *    Then (text/heldout14, web/heldout15 kinds): writers on credit lines of their own; places in brackets after names;
 *    "FOR <web edition>"; French surnames in capitals; standfirst and deck lines over the credit; breadcrumb trails
 *    ending with the headline; "Edited by" as a credit; tabloid headlines of up to thirty words over summary lines.
 * 16: plain text (text/heldout15 to heldout17 kinds): the headline under a page's nameplate link and menu, past its
 *    standfirst and caption, with a "NAME Role" credit; credits under their label ("Author of the article:"); wire
 *    feed headers, editors' notes and numeric stamps in the order the dateline tells; newsletter contents set apart by
 *    rules, issue dates over a mail's UTC header, a mail saved with its subject first, a newsletter's greeting above
 *    and its link to the full story after the lead; letterheads over a release's, statement's or summary's label and
 *    a release's reference fields; e-paper running heads and headlines wrapped over three lines; names on lines of
 *    their own around "and"; captions crediting photographers and picture desks are no credits; "Filed by" credits,
 *    broadcast sign-offs, writers' cards, tags, appeals, comment rules, court summaries' case fields and notes out of
 *    the text; outlets spelled by the copy's web address; "Mar - 12 - 2026", "15-Apr-2026" and "Issued:" dates;
 *    counties, courts and states' formal names. Web pages (web/heldout17 kinds): the local day a header shows under
 *    summary points, and a day shown without its year, beside a UTC stamp of the day before; a person a "Source:" line
 *    names is the writer; marked pull quotes, disclaimers and print notes out of the text.
 *    Then (text/heldout18 to heldout20, web/heldout18 and heldout19 kinds): an agency mail's subject after its code and
 *    slug; a mail's "Date:" field kept out of the story's header; copies pasted between a note's marks under its
 *    "Source:" line; e-paper folios; pages saved as text wrapped at 72 columns; releases dated by their closing
 *    "Issued by" block; sign-offs over a station's links; taglines and captions between a menu and the credit; a cut
 *    breadcrumb headline, a place's possessive tagline, a section after a credit's bar, a caption over the headline;
 *    "Station | By A, B". Web pages: og:site_name the page shows over a site builder's JSON-LD publisher, hCard and
 *    signature bylines, names as the page spells them, no photographer a byline card names as such.
 * 17: web pages whose <body> class names a breadcrumb option keep their article; "Friday 18 September 2026, by A, B"
 *    date lines; a byline's fuller spelling of the metadata's writer; breadcrumb trails ending in the headline, "VIDEO:"
 *    captions, "To read:" links, sign-offs closing a page, plugin bio boxes, correction notes, other-language edition
 *    links, appeals and print-edition promotions out of the text (web/heldout21 kinds). Then (web/heldout22 and
 *    heldout23 kinds): dates in a header row's own pieces, a meta column's "Posted:" field and a sidebar card's
 *    "Published on" line; the shown first publication over a "display date"; co-authors from links to writers' pages;
 *    the writer over an editor the metadata names; labelled credit lines ("Authors:", "Text: · Photos:",
 *    "Reporting: | Video:"); a release's "SOURCE" issuer and its About, outlook and contact matter; press offices are
 *    no writers; writers' closing notes, views disclaimers, post navigation and verdict boxes out of the text. Plain
 *    text (text/heldout23 kinds): a ticker of timed headlines over the headline; "Today's Paper:" links and "page2"
 *    after a date; a contributing agency after "with" is no publisher; Outlook chains marked only by an inner header
 *    block, a greeting over the pasted story; "04.11.2026. u 22:15". Then (web/heldout24, text/heldout24 kinds): a
 *    <body> class naming an author-bio option no longer makes the page an author box; a marked day beside a UTC stamp;
 *    staff accounts marked as authors, accounts named after the site, transliterated spellings; more notes (error
 *    hints, series notes, tip lines, e-paper promotions); papers named by their company in a footer; correspondents'
 *    offices are no writers. Then (web/heldout25, text/heldout25 kinds): a main column classed "nosidebar"; a
 *    photographer the metadata lists but the page shows only under a picture; Faroese particles; production, update
 *    and membership notes; two-digit years in copies' date lines ("23-11-26", "11.26.26"); writers with their paper in
 *    brackets; "Brand1 PE" outlets; skip links in other languages; Turkish capitals. Then (web/heldout26,
 *    text/heldout26 kinds): roles in brackets after a name; "Escrito por"; labelled "Text: · Foto:" bylines; share rows
 *    and buttons are no names; site accounts' logins; "Diciembre 03 de 2026"; a writer the metadata gives by an initial.
 * 18: (web/heldout27 to heldout28, text/heldout27 to heldout28 kinds) web pages: a slashed date read in the order that
 *    puts it beside the machine stamp; Ethiopian-calendar dates; a zoneless stamp as the server's UTC; foot credits
 *    "NAME (Station)"; a sidebar's single author card; "Words"/"Photographs" card rows; headline lists under "Read
 *    also"; pulled quotations; issue lines. Plain text: agency feed items (routing blocks, receipt and filing stamps
 *    in UTC, desk notes, reporters' fields); newsletter items' first publication and "Read the full story"; comments
 *    headings; photographers' role lines; places set apart by slashes; roles held in a place; capitals surnames with
 *    particles; credit lines under a headline found below a top bar; signed notes over a rule; imprints, masthead
 *    lines, press-ethics notices and tools in more languages. Then (web/heldout29, text/heldout29 kinds): a sidebar
 *    card's spelling; video credit lines; a meta column's credit in an `<aside>`; Plone's "published" over a created
 *    date; credits in sentences after the story; a site builder's story header; a top bar's today near the headline;
 *    capitals surnames after given names; one-name writers after a full name; Albanian and South Slavic dates;
 *    service banners; e-paper prints from a viewer; chat channels with link cards; read-later highlights. Then
 *    (web/heldout30, text/heldout30 kinds): labelled credit boxes; staff beside co-authors; "Photographs" labels;
 *    Bulgarian and Russian months; app banners, capitals "PAR ... ET", desk credits, dates either order reads the same,
 *    Dutch comments, signed notes in French, Portuguese agency items.
 * 19: (text/heldout31 to heldout33, web/heldout32 to heldout33 kinds) plain text: skip links as publishing systems
 *    translate them; weather, account, e-edition, ticker and live-radio lines; top bars with a name day or a Chinese
 *    weekday; standfirsts under a shorter headline; "Place: clause" headlines; outlets' short names widened to the
 *    nameplate's; companies' legal forms before and after their names; reprint notices and feed footers naming the
 *    site; reference managers' item reports; outliner pages and notes with a pasted page under a rule; feed readers'
 *    copies; teleprinter trailers' stamps; Chinese pages' lines under the headline, captions and editor lines; the
 *    Syriac month names of Iraq and the Levant; Arabic copies' day-first dates in Eastern Arabic-Indic digits, comments
 *    and most-read headings. Web pages: signatures with a role; second surnames from a credit box; post lines'
 *    sections; foreign live labels; abbreviated names; initials after a publisher's name; properties tables' writers.
 * 20: (text/heldout34 and web/heldout34, and older sets' misses by kind) plain text: the section a menu lists and the
 *    label over the headline repeats is no outlet; "Special to the X" lines; print-run lines; comment-box rules; tag
 *    lines in other languages; Swahili credits and times of day; the full stops of other scripts (danda, ideographic,
 *    Arabic) ending sentences and prose in scripts without capitals; Hindi share, follow and photo lines; "NAME, CITY"
 *    and "PLACE - NAME" credits in scripts without capitals; the nameplate a footer's company is named after (also in
 *    Hindi, Arabic and Dutch footers); writers' cards; Dutch "en" between writers; several places filed from. Web
 *    pages: a county correspondent's third name; "do PLACE" after a writer; a date-only datePublished that is the
 *    print edition's day after the page's timed stamp; "Edição:" and other editing parts of a credit line.
 * 21: (text/heldout35 and web/heldout35 kinds) plain text: writers' cards with the outlet under each name; headlines of
 *    two sentences; name-day lines and account links of Central European and Nordic sites; the name set as nameplate
 *    and crumb root; companies' dotted legal forms ("sp. z o.o.") and more words of publishing groups; a chat paste's
 *    lines past a prompt without its full stop; "Related:" lines; error-report prompts; a newsletter's "read more and
 *    have your say" link. Web pages: Drupal bodies of Paragraphs items ("field--label-hidden"); Joomla's "Super User".
 * 22: (text/heldout36 and web/heldout36 kinds) plain text: Greek "Γράφει ο/η" credits; a footer's company then its paper;
 *    Greek and other dotted legal forms; exchange-rate lines, account rows and share rows of Romanian and Greek pages;
 *    Romanian and Greek comments headings; a printed page's folio number beside the nameplate. Web pages: site accounts
 *    ("Web Admin") as no author; a byline's spelling of a name the metadata reorders or spells out ("R. Jane Roe",
 *    "Hj"); a bold name and role opening the content; Elementor's widget wrappers are no furniture; a Spanish or
 *    Portuguese byline's second surname; "entrada" and "bajada" standfirsts; update notes under a label and time;
 *    prompts for text alerts, subscriptions at a monthly price and messaging channels; "Tin liên quan"; a one-sentence
 *    note of where the writers filed from.
 * 23: (text/heldout37 and web/heldout37 kinds) plain text: the masthead among the site's buttons where the footer names
 *    a company; mail clients' names and buttons; Malay "Oleh ... dan ...", captions' "- Foto" credits, topics, most-read
 *    and "Hak Cipta" footers. Web pages: paragraphs a paywall marks as gated content; photographers in credit lines;
 *    the Catalan "i" between two surnames.
 * 24: (text/heldout38 and web/heldout38 kinds) plain text: a credit under the headline's standfirst; "Last Update:"; the
 *    Dutch "en" before a second writer's given name; Turkish capitals' dotted "İ" in place names; e-paper viewer
 *    controls; nameplates opening with an article; "ltée". Web pages: the story's <h2> where the one <h1> is the logo;
 *    photographers in unlabelled credit lines (not a writer credited for a caption's photo); Gaelic "Nic a'" names and
 *    their folded spellings; a beat's words before a role are no name; "Door Redactie" names no one.
 * 25: (text/heldout39 and web/heldout39 kinds) plain text: "Words: A. Pictures: B." and labelled credits of other
 *    languages ("Penulis:", "Muhabir:"); the Kalenjin "arap"; an ʻokina opening a surname; Indonesian "PT" companies;
 *    the masthead beside menu and search buttons. Web pages: editors a credit box names (its parts set inline) taken out
 *    of the metadata's authors; the paper the logo names over its company in the copyright line.
 * 26: (text/heldout40 and web/heldout40 kinds) plain text: a line under a breaking-news strip's label ("BREAKING") is
 *    the strip's item, not the headline; a notes-database page (page title, properties, callout, divider, the pasted
 *    story, a toggle of notes); Central European academic degrees ("Mag.", "Ing.") before a name; prices in the
 *    currencies of other day-first countries settle a numeric date's order. Web pages: a photographer's credit row
 *    whose label and name touch; fact boxes ("factbox", "Fakta"); "leadin" standfirsts.
 * 27: (text/heldout41 and web/heldout41 kinds) plain text: a story pasted into a journal's entry under a "Pasted from
 *    ...:" line, past the day's notes; a phone's or app's "Sent from ..." line ends a story pasted into a chat; a task
 *    board's card (the description's story past the team's note); one-word compound mastheads ("Fjordposten") and the
 *    Nordic "AS", "AB", "ApS" legal forms; a home breadcrumb is no credit; the nameplate a reprint notice's address
 *    spells; headlines under a "Read also" label; VK and other share buttons; the editorial disclaimer of post-Soviet
 *    outlets. Web pages: Drupal Paragraphs text items unwrapped for Readability; a particle the metadata closes up
 *    ("AlRoe"); the writer a "Story: ... | Photos: ..." line names where the metadata's author is the photographer.
 * 28: (text/heldout42 and web/heldout42 kinds) plain text: the Croatian "i" and "Pišu:" between writers; an e-mail in
 *    square brackets after a caps byline; a chat saved from a desktop messenger ("[Name] [5:48 PM] ..." messages, day
 *    dividers); a task board's card copied open over the board; Slavic mastheads in sentence case among the buttons; a
 *    caption closed by an agency in capitals in square brackets. Web pages: the byline's fuller name over the metadata's
 *    (a post-name, a second surname on any page where the word names no place, a generational suffix; names on links
 *    to writers' and staff pages count); a role set before a name as its label ("Reporter Kim Ji-woo"); a Korean given
 *    name's hyphen; "Besedilo:" and a picture credit after a comma in a labelled credit line.
 * 29: (text/heldout43 and web/heldout43 kinds) plain text: a town named by its generic word ("Port", "Fort", "Lake",
 *    "Cape") is no writer; a French caption closed by "Photo Paper / Name"; "Réagir (3)" opens the comments; a chat
 *    app's marks ("You sent", "Seen by ...") end a story pasted into a chat; an issue of a code-hosting site (the story
 *    in its first comment). Web pages: the metadata's accented spelling kept where an author box folds it; a surname
 *    with its particles, a "Ma." and a compound surname the byline writes out and the metadata shortens.
 * 30: (text/heldout44 and web/heldout44 kinds) plain text: a desktop chat's messages (sender over, time under) and a
 *    bracketed source in the sharer's language; "Postings (4)"; single-spaced share rows; "More from ..." lists; a
 *    first-person Acknowledgement of Country; a footer's paper before "– ein Angebot der" its company. Web pages: the
 *    writers the header's marked byline names where the metadata names none of them (an editor, a photographer's or a
 *    staff account), unless it is their name in another case; dotted initials as a surname ("K.C."); a bold name with
 *    a role after a pipe under a caption ("Enviado especial a ...").
 * 31: (text/heldout45 and web/heldout45 kinds) plain text: a spreadsheet database's expanded record (the full-text
 *    field's story; the log's own name, logger and UTC date left aside); a chat history exported as CSV rows; a library
 *    database's "From:" paper over its "Publisher:" company, and its "Source Citation"; the outlet closing a credit
 *    ("Par A et B, Outlet") is no writer; a footer's "X ges ut av Y" names the paper; Ukrainian author labels, dates
 *    and share words, and post-Soviet legal forms before a company's name ("ТОВ «...»"); a bracketed "(end of
 *    article)". Web pages: the byline in the page's script where the metadata transliterates it; the byline without a
 *    middle name the metadata adds; a note that the story was first published on an earlier day; prompts to join a
 *    messaging app's channel.
 * 32: (text/heldout46 and web/heldout46 kinds) plain text: Albanian, Hungarian, Finnish, Lithuanian, Turkish,
 *    Vietnamese and Cyrillic words for "and" between writers; Arabic and Albanian skip links, an Arabic app banner; an
 *    imprint's "Kiadó:"/"Herausgeber:" company and more legal forms ("Kft.", "sh.p.k.", "UAB", "SIA"); "all rights
 *    reserved" in more languages; an Arabic footer's «paper» "تصدر عن" its company; Arabic desks and "إعداد:" credits
 *    name no one; a feed reader's entry page ("Search...", "Autori:", WordPress's feed footer in Romanian, Polish and
 *    Czech); a database record's writers inverted in one field, its paper's town in brackets, "Cite this document".
 *    Web pages: the writers the page's byline elements name where the metadata names someone else (a night editor);
 *    the byline's given name (a short form, a local spelling) and a Mongolian father's initial ("B.Saran"); "Words &
 *    pictures:", Persian and Hebrew credits ("خبرنگار:", "מאת A וB"); an Arabic name the byline closes up; a JSON-LD
 *    datePublished the header's time and the meta tags both contradict.
 * 33: (text/heldout47 and web/heldout47 kinds) plain text: a footer's "X est édité par la SAS Y" names the paper wherever
 *    the company's copyright line stands, and is furniture; Korean, Japanese and Chinese rights notices name no holder; two or three writers in
 *    capitals signing off a story ("NAME - NAME"); an initial before a name in capitals ("Ts. NAME") is a person's.
 *    Web pages: a note's yearless "first posted online Nov. 15" (only a note on this story, not a story's sentence);
 *    Chinese titles' "_" before the site name; Japanese bureau and Korean reporter sign-offs; the photographer a
 *    labelled credit line names ("Fotos:") is no writer; the co-writer the byline shows where the metadata listed
 *    the editor ("Mhariri:" and editor boxes); the headline set as a heading over a breadcrumb's last crumb; an
 *    article header a theme classes as a widget is no furniture.
 * 34: (text/heldout48 and web/heldout48 kinds) plain text: dates in Serbian Cyrillic, Tagalog, Tetum and Bengali, and
 *    the digits of South and South-East Asian scripts; the labels and "and" of Tagalog ("Ni ... at", not the Balinese
 *    "Ni" of a woman's name), Tetum ("Jornalista: ... no"), Serbian Cyrillic ("Пишу:"), Amharic ("ዘጋቢዎች፦ ... እና")
 *    and Bengali ("ও") credits, names in scripts without capitals joined by them; skip links, weather lines and share
 *    words in those languages; rights notices in Amharic and Bengali and the Ethiopic full stop; a spaced time
 *    ("00: 20"); a writer's role in brackets after the name. Web pages: "Текст и фото:"; a second surname by its
 *    initial ("Ana Roe D."); a byline's account the page credits as its photographer is no writer.
 * 35: (text/heldout49 kinds) plain text: dates in Haitian Creole, Malagasy, Faroese and Galician (a short month name
 *    that is also a word, "me", only beside a day); the labels and "and" of Haitian Creole ("Pa A ak B"), Malagasy
 *    ("Nosoratan'i A sy B"), Slovene ("Avtorja: A in B") and Faroese ("Tekstur:") credits; a photo label after the
 *    writers with a mere space ("Text: A Photos: B"); skip links, share, ad, read-also, tag, comment and most-read
 *    labels in those languages; a caption's photographer with an initial ("Foto: Ana G. Roe"); an update note in
 *    brackets and in Slovene, Croatian, Italian, Dutch and Polish; footers: the paper named before its imprint's
 *    publisher ("Paper · Útgevari: ...", "Paper © 2029. Izdajatelj: ...") or after its company's legal form ("© 2029
 *    Company S.L. Paper."), "a production of" a company, rights notices in Galician, Haitian Creole and Malagasy, the
 *    Faroese "P/F" and "Miðlar" of a company.
 * 36: (text/heldout50 and web/heldout50 kinds) plain text: Icelandic and Uzbek dates; Mongolian ("Мэдээг бэлтгэсэн:")
 *    and Uzbek ("Muallif:") credit labels; a press archive's document view under its search, hit list and navigator
 *    ("Hit 2 of 14"), and a print line "Section, date, p. N"; a copy pasted between marks that name its site; Icelandic,
 *    Mongolian and Uzbek furniture words, the Icelandic "er gefinn út af" footer, German "Bildlegende:" captions.
 *    Web pages: a byline without the last name the metadata adds, with a hyphenated surname the metadata halves, with
 *    the apostrophe-like letter the page writes ("Gʻ"); a "Texto de" credit over a "Publicado por" account; "By A with
 *    B"; a post's author profiles; a heading's permalink mark; a story's paragraphs in a layout table's cell; a stamp
 *    near midnight in a neighbouring zone's offset beside the day the page or its permalink shows; a category after a
 *    post line's time; a zone note in brackets; Portuguese and Spanish editors' credit lines.
 * 37: (text/heldout51 and web/heldout51 kinds) plain text: Solar Hijri dates and Ethiopian ones in Ge'ez script; the
 *    header finder reads headlines in scripts without capitals; a Persian page's overline, credit "گزارش: A و B", names
 *    with the zero-width non-joiner, furniture and footer; nameplate nouns of Spanish, Portuguese, Italian, French and
 *    Russian papers ("Crónica", "Voz", "Вестник"); language switches, rate rows, view counters, a weather line with the
 *    sky's word; "Текст: A, фото: B"; a relative stamp ("Вчера, 23:50") counted from the top bar's today; an
 *    Azerbaijani credit with its town in brackets; a writer with her paper in quotation marks; the Arabic "و" set on a
 *    name; a copy pasted under a "Source:" line in a mail or a wiki page, not their own headers and page keepers; a
 *    document manager's inspector; a deck line without its full stop; a top bar's date far over the menu is no
 *    headline's. Web pages: a post's info line built as a widget in its header; "Publié par NAME le dimanche ...",
 *    "Publicado por NAME em DATE"; a Chinese name the metadata turns round with an English given name; a "By" line
 *    where the page shows the metadata's author nowhere; "Troch" and a particle spelled in the page's language.
 * 38: (text/heldout52 kinds) plain text: Hausa dates ("10 ga Afrilu") and credits ("Daga A da B"); a Markdown note's
 *    pasted copy under its "Source text" heading; Arabic and Persian nameplates named for a voice or an echo; Arabic and
 *    Persian footers naming the paper ("X موقع تصدره شركة Y", "برای X محفوظ است"); the Afghan zodiac names of the Solar
 *    Hijri months; Dari "گزارشگر: A، B", Kurmanji "Nivîs: A û B"; a credit closed by ", à Town"; an Arabic surname's
 *    article ("el-Hajj"); a crumb's root with its section after a dash; the danda closing a footer's holder.
 * 39: (text/heldout53 and web/heldout53 kinds) plain text: Georgian read as a script without capitals (its lines are no
 *    continuations, its names and footer holders are read), Georgian and Estonian dates, "ავტორები: A და B"; an update's
 *    label line with its day and time; comments headings, share, read-also, tag, view-count and photo-credit words in
 *    Estonian, Malay, Georgian and French; a copyright line's paper over an imprint label's company; "By NAME, Paper Town
 *    Correspondent". Web pages: a heading's permalink that is a zero-width space; "Daga NAME, a Town"; Hausa hooked
 *    letters the metadata flattens; the microformats value-class pattern in a marked publication date; a wiki's
 *    infobox as furniture; a writer's signature under the story where byline and metadata name only the desk.
 * 40: (text/heldout54 and web/heldout54 kinds) plain text: Tigrinya dates, credits ("ጸሓፍቲ: A፣ B") and furniture; the
 *    Ethiopic comma in dates and credits; Arabic "نُشر:", share words and "الصورة:"; Nynorsk weekdays, "Utgjevar:" and
 *    the press code's name; a tagline "Paper for Town" no credit; a one-word nameplate a footer's sentence names, a
 *    compound nameplate over an archive document; "AV NAME"; a press archive's navigator that is a bare count, its
 *    stamps under the document; a short date's order by a pasted permalink; a paper named by "X's site"; a story pasted
 *    under "Fuente: URL" into an issue tracker, its activity no text. Web pages: a credit as a labelled field; Urdu
 *    "رپورٹ:"; names in abjad scripts against the metadata's Latin by their consonants; co-authors a byline spells in
 *    its own script; Greek "Γράφουν:"; citation_author's "Family, Given"; a day-only meta date beside a UTC stamp; a
 *    glottal stop the metadata drops; a transliterated person the page shows nowhere beside the byline's writers.
 * 41: (text/heldout55 and web/heldout55 kinds) plain text: Belarusian and Hebrew dates, skip links, credits and furniture;
 *    a Hebrew name's hyphen; Hungarian "Szerzők:" and furniture; a credit naming each writer's town; a pasted copy
 *    between "paste start" and "paste end" marks, or under a mark naming its outlet; an Arabic footer "PAPER - تصدر عن
 *    ..."; a closing "Photos:" credit set apart under the last paragraph is no caption's. Web pages: isiXhosa "Ibhalwe
 *    nguA noB"; Jawi "اوليه:" and "بن"; the scripts of South Asia as scripts without capitals; a credits line under the
 *    story as a byline; a blog owner credited as the editor gives way to a "Story by" writer; Faroese "Myndir".
 * 42: (text/heldout56 and web/heldout56 kinds) plain text: the Arabic comma between writers; Tamil dates, credits and
 *    furniture, a caption credit with a father's initial; a copyright line's legal form read in its holder's own sentence;
 *    "X is a publication of Y" in English, French, Spanish and Portuguese; a story's whole header (credit and date under
 *    its headline) reproduced in a forum post, an intranet page or a note, over the host page's own title, and a
 *    "Source: URL" line closing it. Web pages: a co-author a byline spells in a script without capitals.
 * 43: (text/heldout57 and web/heldout57 kinds) plain text: Tajik and Papiamentu dates, credits and furniture; Greek,
 *    Kyrgyz, Kazakh and Tajik words for "and" between writers; a Turkic patronymic's closing word ("uulu", "kyzy",
 *    "oğlu"); an Arabic time told "in the morning"; a footer's paper before "Édité par" its company. Web pages: Thaana as
 *    a script without capitals, Dhivehi dates; Hindi and Icelandic credit labels; a blog host declared as the site gives
 *    way to the journal's own name; a writer signing with the first of the two surnames the JSON-LD gives; the day a
 *    <time> element shows beside its UTC datetime of the day after or before.
 * 44: (text/heldout58 and web/heldout58 kinds) plain text: Armenian dates, credits, furniture and full stop; Albanian,
 *    Indonesian, Afrikaans and Azerbaijani credits, an Azerbaijani patronymic inside a name; a title-case Indonesian
 *    headline; a note that the story was updated, in the pages' languages; "Fotos:", "Pic:", "Photo courtesy of" captions,
 *    "READ:" pointers, a note that the story appears in print. Web pages: Serbian "Објавио ... дана", Welsh "Gan A ac B"
 *    and Welsh dates, Hindi "द्वारा", an Amharic "by" set on the name and the weekday and month before a Ge'ez date, the
 *    Ethiopic colon after a credit label; a labelled credit line anywhere as the writer's spelling; a blog host's journal
 *    of a "/@name" address; Mambo's "contentheading" and "createdate".
 * 45: (web/heldout56 kinds left from the stop before) the desk words of Slovak, Croatian, Slovene, Hungarian, Estonian,
 *    Russian, Greek and Turkish newsrooms ("Redakcia", "Haber Merkezi"); a Hungarian woman's name, family name first,
 *    against the Slovak or Czech "-ová"; a name romanised through Russian, without its "h"; a co-author linked by a
 *    "/@name" profile.
 * 46: (text/heldout59 and web/heldout59 kinds) the month and weekday names of 123 languages from the Unicode CLDR
 *    (cldr-date-words.ts), beside the hand-made table; the words for the time of day of Hindi, Punjabi and Gujarati
 *    dates, Sinhala's and Hindi's other spellings of the months, Luxembourgish labels; year-first dates ("2029 m. lapkričio
 *    10 d.", "2029. gada 10. novembris", a month in another script after the year); Latvian, Punjabi, Gujarati, Sinhala,
 *    Maithili, Tok Pisin, Kinyarwanda, Czech and Luxembourgish credits and words for "and"; a copyright line's paper
 *    before its company after a dash; more furniture words.
 * 47: (text/heldout60 and web/heldout60 kinds, in part) Northern Sámi "Teaksta:", Ladin "Scrit da" and Italian "Scritto
 *    da", Ilocano and Tagalog "Sinurat ni", "Sinulat ni", Lingala "Bakomi: A na B", Georgian "ტექსტი:" and "ფოტო:"; a blog
 *    engine its template names as the publisher (Dotclear's "dc.publisher") left aside.
 */
export const READER_VERSION = 47;

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.pdf': 'pdf',
  '.eml': 'eml',
  '.mht': 'mht',
  '.mhtml': 'mht',
};

/** Formats read from bytes that are not text (or not only text), by libraries that work asynchronously. */
const ASYNC_FORMATS: ReadonlySet<ArticleFormat> = new Set(['pdf', 'eml', 'mht']);

/** Formats whose files are binary: read whole or not at all (a cut PDF is a broken one). */
export function isBinaryFormat(format: ArticleFormat | null): boolean {
  return format === 'pdf';
}

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** The first line a documentation file carries so that the library does not read it as an article. */
export const IGNORE_MARKER = '<!-- dossier:ignore -->';

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** The format a file name says, or null when Dossier does not read such files. */
export function formatOf(fileName: string): ArticleFormat | null {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  // "._name.txt" are macOS resource forks (binary), not articles.
  if (base.startsWith('._')) return null;
  return FORMAT_BY_EXTENSION[extensionOf(fileName)] ?? null;
}

export function isSupportedFile(fileName: string): boolean {
  return formatOf(fileName) !== null;
}

/** Whether a file starts with the IGNORE_MARKER line (after an optional UTF-8 BOM and blank space). */
export function hasIgnoreMarker(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 256)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith(IGNORE_MARKER);
}

/**
 * Reads an article. Throws FormatProblem when the file cannot be an article ('empty', 'binary', 'unsupported',
 * 'parse-error'); recoverable issues (replaced bytes, broken HTML, bad front matter) come back as `warnings`.
 */
export interface ParseOptions {
  /**
   * Produce `html` for HTML files (default true). Sanitising is most of the cost of an HTML file; a scan that
   * only needs text and metadata can pass false and get `html: null`. Text and metadata are the same either way.
   */
  withHtml?: boolean;
  /** Bounds on reading a PDF (pages, characters, time). */
  pdf?: PdfLimits;
}

/** Reads an article of any supported format. Same contract as parseArticle. */
export async function readArticle(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParsedArticle> {
  const format = knownFormat(fileName);
  if (!ASYNC_FORMATS.has(format)) return parseArticle(bytes, fileName, options);
  if (bytes.length === 0) throw new FormatProblem('empty', 'The file is empty.');
  try {
    switch (format) {
      case 'pdf':
        if (!looksLikePdf(bytes)) throw new FormatProblem('parse-error', 'The file is named .pdf but is not a PDF (it has no "%PDF-" header).');
        return await parsePdf(bytes, fileName, options.pdf);
      case 'eml':
        return await parseEml(bytes, fileName);
      default:
        return await parseMht(bytes, fileName, options);
    }
  } catch (err) {
    throw asFormatProblem(err, format);
  }
}

export function parseArticle(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): ParsedArticle {
  const format = knownFormat(fileName);
  if (ASYNC_FORMATS.has(format)) throw new TypeError(`${format} files are read asynchronously: use readArticle`);
  const decoded = decodeText(bytes, format === 'html' ? { declaredCharset: declaredCharset(bytes) } : {});
  try {
    switch (format) {
      case 'txt':
        return parseTxt(decoded, fileName);
      case 'md':
        return parseMarkdown(decoded, fileName);
      default:
        return parseHtml(decoded, fileName, options);
    }
  } catch (err) {
    throw asFormatProblem(err, format);
  }
}

function knownFormat(fileName: string): ArticleFormat {
  const format = formatOf(fileName);
  if (format !== null) return format;
  const ext = extensionOf(fileName);
  throw new FormatProblem('unsupported', ext ? `Dossier does not read "${ext}" files.` : 'Dossier does not read files without an extension.');
}

function asFormatProblem(err: unknown, format: ArticleFormat): FormatProblem {
  if (err instanceof FormatProblem) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return new FormatProblem('parse-error', `The ${format.toUpperCase()} file could not be read: ${reason}`, { cause: err });
}
