/**
 * Shapes of single lines that plain-text copies bring along, told by their wording or layout: what a browser's
 * select-all picks up (cookie prompts, breadcrumbs, audio players), what a PDF viewer copies (running footers,
 * words hyphenated at line ends), what a mail client keeps (a newsletter's footer), and the marks and notes of
 * press releases and news pages (contact blocks, "ENDS", "This is a developing story").
 */
import { foldAccents } from '../../shared/fold';
import { relativeDayOffset, withAsciiDigits } from './dates';
import { LATEST_NEWS_WORDS } from './headline-labels';
import { JoinedLines, joinLines } from './line-join';
import { CASELESS_SCRIPT_LETTERS, isKnownWord, isSharePlatform } from './names';

/** A cookie-consent prompt: "We use cookies to ...", "This site uses cookies. By continuing you agree ...". */
export function isCookiePrompt(line: string): boolean {
  return /\bcookies?\b/i.test(line) && /\b(?:we use|uses|use of|accept|consent|agree|preferences|manage|settings|privacy|personali[sz]e)\b/i.test(line) && line.length <= 400;
}

/**
 * The label that opens a press release's contact block, alone or with the first name after it: "Media Contact:",
 * "Press enquiries:", "For more information, contact:", "Contact:".
 */
export function isContactLabel(line: string): boolean {
  return /^(?:(?:media|press|news|pr|public relations|investor|journalist)\s+)?(?:contacts?|enquiries|inquiries|information)\s*:/i.test(line) || /^for (?:more|further) information,? (?:please )?contact\s*:?/i.test(line);
}

/** The office a release comes from, set as a line of its own: "Press Office", "Media Relations", "Newsroom". */
export function isPressOfficeLine(line: string): boolean {
  return /^(?:(?:press|news|media|communications?|public (?:relations|affairs)|corporate communications)\s+(?:office|relations|team|centre|center|desk|room|unit)|newsroom|media relations|communications)$/i.test(line.trim());
}

/** The separators breadcrumbs are printed with: "Home > News > Local", "Accueil › Actualités", "News » World", "Home / Sport". */
const CRUMB_SEPARATOR = /\s+[>›»/]\s+/;

/** The label a breadcrumb trail may stand under: "You are here:", "Vous êtes ici :", "当前位置：". */
const CRUMB_LABEL = /^(?:you are here|vous êtes ici|sie sind hier|usted está en|está aqui|sei in|当前位置|當前位置|您的位置|您现在的位置)\s*[:：]\s*/iu;

/**
 * A breadcrumb trail: two or more short names joined by ">", "›", "»" or "/". Its first crumb is the site's home:
 * "Home" (or a translation), or the site's name.
 */
export function breadcrumbOf(line: string): string[] | null {
  if (line.length > 150 || !CRUMB_SEPARATOR.test(line)) return null;
  // (Perhaps under its label, "You are here:", "当前位置：".)
  const crumbs = line.trim().replace(CRUMB_LABEL, '').split(CRUMB_SEPARATOR).map((c) => c.trim());
  if (crumbs.length < 2) return null;
  // (A crumb opens with a capital, or a letter of a script without case: "首页 > 本地新闻".)
  const ok = crumbs.every((c) => c !== '' && c.split(/\s+/).length <= 5 && /^[\p{Lu}\p{Lo}\d]/u.test(c) && !/[.!?,;:]$/.test(c));
  return ok ? crumbs : null;
}

/**
 * A breadcrumb trail that ends with the page's own title ("Home / India News / Port strike ends after talks"): that
 * title, or null. The root must be a home crumb and the crumbs before the title short.
 */
export function titleAtTrailEnd(line: string): string | null {
  if (line.length > 300 || !CRUMB_SEPARATOR.test(line)) return null;
  const crumbs = line.trim().split(CRUMB_SEPARATOR).map((c) => c.trim());
  const last = crumbs[crumbs.length - 1]!;
  if (crumbs.length < 3 || !isHomeCrumb(crumbs[0]!) || last.split(/\s+/).length < 4) return null;
  return crumbs.slice(0, -1).every((c) => c !== '' && c.split(/\s+/).length <= 5) ? last : null;
}

/** "Home", "Accueil", "Startseite", "Inicio", Persian "صفحه نخست", Arabic "الرئيسية": a breadcrumb's root that names no site. */
export function isHomeCrumb(crumb: string): boolean {
  return /^(?:home(?:page)?|front page|accueil|startseite|inicio|portada|home page|inizio|início|página inicial|begin|hem|forside|strona główna|صفحه نخست|صفحه اصلی|خانه|الرئيسية|الصفحة الرئيسية)$/i.test(crumb.trim());
}

/** A comment counter: "Comments (4)", "View comments (12)", "Commentaires (3)", "Réagir (3)", "Postings (4)", "Kommentare: 5". */
export function isCommentCount(line: string): boolean {
  return /^(?:(?:view|show|read|see)\s+)?(?:comments?|commentaires?|réagir|postings?|kommentare?|comentarios?|comentarii|σχόλια|commenti|reacties|reactions|maoni|komente|komentari|komentarze|yorumlar|комментарии|коментари)\s*(?:\(\d+\)|:\s*\d+)$/i.test(line.trim());
}

/**
 * An audio or video player's controls: "Listen", "Download audio (MP3, 3.4 MB)", "Play video", "Watch: 2:31"; a
 * news app's text-to-speech and type controls: "Listen to this story · 3 min", "Listen to article 00:00",
 * "Text size A- A+", "Font size", "A- A+", "A+" and "A-" on lines of their own.
 */
export function isPlayerControl(line: string): boolean {
  const text = line.trim();
  if (text.length > 60) return false;
  if (/^(?:listen|play|pause|watch|download)(?:\s+(?:now|live|again|here))?$/i.test(text)) return true;
  // ("Escuchar", "Écouter", "Anhören": the same button in the languages of the pages.)
  if (/^(?:escuchar|escuchar (?:la |esta )?(?:noticia|nota)|écouter|écouter l['’]article|ouvir|ouvir (?:a )?notícia|ascolta|(?:artikel |beitrag )?anhören|(?:artikel )?vorlesen|luister|lyssna|lytt|kuuntele|słuchaj|poslechnout)$/i.test(text)) return true;
  if (/^(?:listen|hear)(?:\s+to)?\s+(?:(?:this|the)\s+)?(?:article|story|report|news)\b[^.!?]{0,25}$/i.test(text)) return true;
  // A station's live stream linked from a news page's top bar: "EN VIVO | Radio Costa 95.3 FM", "Live · Harbour FM".
  if (/^(?:en vivo|ao vivo|en direct|in diretta|live(?: ?stream)?|escuchá en vivo)\s*[|·•:–—-]\s*(?:radio|tv|télé|fm)\b(?:[^.!?]|\.\d){0,40}$|^(?:en vivo|ao vivo|en direct|in diretta|live)\s*[|·•:–—-]\s*\S[^.!?]{0,30}\b(?:fm|am|tv|radio)$/i.test(text)) return true;
  if (/^(?:(?:font|text|type)\s+size|change (?:font|text) size|aa)(?:\s*:?\s*(?:A\s*[-+]?\s*){0,3})?$/i.test(text) || /^A\s*[-–]\s*A\s*\+$|^A\s*[-–+]$/.test(text)) return true;
  return /^(?:listen|play|watch|download)\b/i.test(text) && /\b(?:audio|video|mp3|mp4|podcast|episode|clip|\d+\s*(?:kb|mb)|\d+:\d{2})\b/i.test(text);
}

/**
 * A consent dialog a select-all copies with the page (IAB TCF-style and others): its heading ("We value your
 * privacy", "Your privacy choices"), its text about partners and personal data, and its buttons ("Manage options",
 * "Reject all", "Accept all", "I agree").
 */
const TCF_PURPOSE =
  /^(?:store and\/or access information on a device|use limited data to select (?:advertising|content)|(?:create|use) profiles (?:for|to select) personali[sz]ed (?:advertising|content)|create profiles to personali[sz]e content|measure (?:advertising|content) performance|understand audiences through statistics or combinations of data from different sources|develop and improve services|use precise geolocation data|actively scan device characteristics for identification|personali[sz]ed (?:ads|advertising) and content, (?:ad|advertising) and content measurement, audience (?:insights|research) and (?:product|services) development|privacy preference cent(?:er|re)|vendor list|legitimate interest)\.?$/i;

export function isConsentLine(line: string): boolean {
  const text = line.trim();
  if (text === '' || text.length > 900) return false;
  if (/^(?:we (?:value|care about|respect) your privacy|your privacy(?: (?:matters|choices|settings|options))?|privacy (?:settings|preferences|choices|notice)|cookie (?:settings|preferences|consent))\.?$/i.test(text)) return true;
  if (/^(?:(?:accept|reject|refuse|decline|allow|deny)(?: all| cookies| all cookies| and (?:continue|close))?|manage (?:options|preferences|settings|cookies|choices)|(?:show )?(?:more|all) options|(?:customi[sz]e|save)(?: (?:settings|choices|preferences))?|i (?:agree|accept)|agree(?: and (?:continue|close))?|confirm (?:my )?(?:choices|selection)|(?:allow|use) (?:only )?(?:necessary|essential) cookies|(?:only )?(?:necessary|essential) (?:cookies )?only|do not sell(?: or share)? my personal information|(?:list of )?(?:partners|vendors)(?: \(vendors\))?)$/i.test(text)) return true;
  // The purposes and features the IAB's Transparency and Consent Framework names, listed one a line.
  if (TCF_PURPOSE.test(text)) return true;
  return /\b(?:we and our (?:\d[\d,]* )?(?:partners|vendors)|our (?:\d[\d,]* )?partners['’]? processing|personal data|legitimate interest|(?:store and\/or|store or) access information on a device|precise geolocation)\b/i.test(text) && /\b(?:consent|partners|process(?:ing)?|cookies|device)\b/i.test(text);
}

/**
 * What of a consent dialog can stand among a story's paragraphs (a select-all that caught the dialog after the
 * story): its heading and buttons, the framework's purposes, and its text about "we and our partners" storing
 * cookies or processing personal data (a story about personal data says neither "we and our partners" nor
 * "store and/or access").
 */
export function isConsentText(line: string): boolean {
  const text = line.trim();
  if (text.length > 900) return false;
  if (text.length <= 120 && !/[.!?]$/.test(text) && isConsentLine(text)) return true;
  return /\bwe and our (?:\d[\d,]* )?(?:partners|vendors)\b|\bstore and\/or access information on a device\b/i.test(text) && /\b(?:cookies|device|personal data|consent)\b/i.test(text);
}

/**
 * What a page sets around its comments and its print service, and its pitch after the story: "Comments are
 * closed.", "Join the conversation", "Write a comment…", "View 12 more comments", "Most relevant", "Printed and
 * distributed by ...", the paper's imprint, "Like what you read? Subscribe ...".
 */
export function isReaderPrompt(line: string): boolean {
  const text = line.trim();
  if (text.length > 160) return false;
  if (/^(?:comments are (?:closed|disabled|open)|join the (?:conversation|discussion|debate)|(?:write|add|post|leave) a (?:comment|reply)|(?:view|see|show|load|read) (?:\d+ )?(?:more|all|previous|earlier) (?:comments|replies)|(?:most relevant|newest|oldest|top|all) comments|most relevant|newest first|be the first to comment|use the comment form below\b.*|geef een reactie|laisser un commentaire|laissez un commentaire|deja un comentario|hinterlasse einen kommentar|lascia un commento|deixe um comentário)[\s.…!]*$/i.test(text)) return true;
  if (/^(?:printed and distributed by|copyright (?:and )?protected by (?:applicable )?law\b)/i.test(text)) return true;
  // The paper's imprint: "The Gazette is published by Gazette Media Ltd, PO Box 1, ...", "Printed and published by ...".
  if (/^(?:(?:the )?\p{Lu}[^.]{1,60}?\s+is\s+)?(?:printed and )?published (?:and printed )?by\s+\p{Lu}/u.test(text)) return true;
  return /^(?:like|enjoy(?:ed)?|love|liked) (?:what you(?:['’]re| are)? read(?:ing)?|this (?:article|story|piece))\?\s+(?:subscribe|support|sign up|become|join|donate)\b/i.test(text);
}

/**
 * A story page's own tools, copied as lines: "Gift this article", "Save for later", "Copy link", "Print", "Open in
 * app", "Continue reading in the app", "Show more", "Aa".
 */
export function isArticleTool(line: string): boolean {
  // (An app banner's buttons in other languages: "Ouvrir dans l'application", "Continuer sur le site", "In der App öffnen",
  // Arabic "فتح في التطبيق".)
  if (/^(?:فتح في التطبيق|افتح (?:في )?التطبيق|ouvrir dans l['’]app(?:lication)?|continuer sur le site|abrir (?:en|na) (?:la )?app(?:licación|licativo)?|continuar en el sitio|continuar no site|in der app öffnen|app öffnen|weiter im browser|apri nell['’]app|continua sul sito|openen in de app)$/i.test(line.trim())) return true;
  // (A share button, copied as the platform's name on a line of its own.)
  if (isSharePlatform(line)) return true;
  // (Or the share row on one line, its buttons set apart by wide gaps: "Share    Facebook    WhatsApp    Copy link".)
  const parts = line.trim().split(/\s{2,}|\s+[|·•]\s+/);
  if (parts.length >= 3 && parts.every((part) => isArticleTool(part))) return true;
  // (Or a share label and its platforms set apart by single spaces: "Share Facebook X Email", Estonian "Jaga Facebook X E-post".)
  const words = line.trim().split(/\s+/);
  if (words.length >= 3 && isArticleTool(words[0]!) && words.slice(1).every((word) => isSharePlatform(word))) return true;
  // (And the same tools in the languages of Europe: "Partager", "Imprimer", "Compartir", "Teilen", "Del", "Kopier lenke",
  // Danish "Gem" ("save") and "Udskriv" ("print"),
  // Ukrainian "Поділитися", Russian "Поделиться", Bulgarian "Сподели", Croatian "Podijeli", Bengali "শেয়ার", "লিংক কপি", Haitian
  // Creole "Pataje", Icelandic "Deila", "Tölvupóstur" ("e-mail"), Persian "اشتراک‌گذاری", "چاپ" ("print"), Azerbaijani "Paylaş", Estonian "Jaga",
  // Georgian "გაზიარება", "ბმულის კოპირება" ("copy link"), Tigrinya "ኣካፍል", Arabic "شارك", "نسخ الرابط", Hebrew "שתפו", "העתקת קישור", Tamil "பகிர்", Armenian "Կիսվել",
  // "Պատճենել հղումը" ("copy link"), Azerbaijani "Linki kopyala", Indonesian "Salin tautan", Latvian "Dalīties" and "Drukāt"
  // ("print"), Punjabi "ਸਾਂਝਾ ਕਰੋ", Gujarati "શેર કરો", Tok Pisin "Serim".)
  if (/^(?:pataje|paylaş|raba|deila|tölvupóstur|اشتراک‌گذاری|اشتراک گذاری|چاپ|শেয়ার|শেয়ার করুন|লিংক কপি|поділитися|поделиться|сподели|подели|podijeli|podeli|копіювати посилання|копировать ссылку|друкувати|печать|courriel|kongsi|bagikan|distribuie|copiază linkul|κοινοποίηση|αντιγραφή συνδέσμου|partager|imprimer|copier le lien|compartir|imprimir|copiar (?:el )?enlace|compartilhar|copiar link|teilen|drucken|link kopieren|condividi|stampa|copia link|delen|printen|link kopiëren|del|skriv ut|udskriv|gem|kopier lenke|dela|kopiera länk|del artikel|del artiklen|del artikkelen|dela artikeln|partilhar|partilhe este artigo|partager (?:l['’]|cet )article|compartir (?:el |este )?artículo|compartilhar (?:o |este )?artigo|condividi (?:l['’]|questo )articolo|artikel teilen|deel (?:dit )?artikel|kopiér link|jaa|tulosta|kopioi linkki|jaga|kopeeri link|გაზიარება|ბმულის კოპირება|ኣካፍል|شارك|مشاركة|نسخ الرابط|שתפו|שתף|העתקת קישור|பகிர்|կիսվել|պատճենել հղումը|linki kopyala|salin tautan|dalīties|drukāt|ਸਾਂਝਾ ਕਰੋ|શેર કરો|serim|udostępnij|drukuj|kopiuj link|sdílet|tisk|zdieľať|tlačiť|merken|speichern|guardar|enregistrer|salva|opslaan)$/i.test(line.trim())) return true;
  return /^(?:gift (?:this )?(?:article|story)|share|tweet|save(?: (?:for later|article|story|to reading list))?|saved|read later|copy link|link copied!?|social sharing|share (?:this )?(?:article|story)|share (?:via|on|with)|print(?: (?:this )?(?:article|story|page))?|open in (?:the )?app|continue reading in (?:the )?app|show (?:more|less)|aa|a a a)$/i.test(line.trim());
}

/**
 * A metered paywall's count or prompt: "You have 4 free stories left this week", "This is your last free
 * article", "You've read 3 of 5 free stories", "1 free article remaining", "Subscribe to continue reading",
 * "Already a subscriber? Log in".
 */
export function isPaywallMeter(line: string): boolean {
  const text = line.trim();
  if (text.length > 120) return false;
  // The prompt that stands in for the rest: "Subscribe to continue reading", "Already a subscriber? Log in".
  if (/^(?:this (?:article|story|content) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:paying )?(?:subscribers|members)(?: only)?|(?:subscribers?|members)[- ]only(?: (?:article|story|content))?|premium (?:article|story|content))\.?$/i.test(text)) return true;
  if (/^(?:(?:subscribe|sign in|log in|register|sign up)(?: now)? (?:to|and) (?:continue|keep) reading\b|already (?:a subscriber|subscribed|have an account)\?|get unlimited (?:digital )?access\b)[^.!?]{0,40}[.!]?$/i.test(text)) return true;
  if (/\b(?:reached|hit|used(?: up)?)\b.{0,30}\b(?:limit|all|your)\b.{0,20}\bfree (?:articles|stories|reads)\b/i.test(text)) return true;
  return /\b(?:free|complimentary)\s+(?:articles?|stor(?:y|ies)|reads?|views?)\b.{0,40}\b(?:left|remaining|this (?:month|week)|per month)\b/i.test(text) || /^(?:this is your (?:last|final) free (?:article|story)|you(?:['’]ve| have) read \d+ of \d+ free (?:articles|stories))\b/i.test(text);
}

/**
 * A text-only or 'lite' site's switch to its full version, and the network's line around it: "Text-only version
 * | Go to full site", "Go to the full Harbour Radio experience", "Read full article", "Switch to the full site", "View
 * full site", "Lite version".
 */
export function isSiteSwitch(line: string): boolean {
  const text = line.trim();
  if (text.length > 120) return false;
  const part = /^(?:(?:text[- ]only|lite|light|low[- ]bandwidth|plain[- ]text|mobile) (?:version|site|edition)|(?:go|switch|return|back) to (?:the )?full (?:site|version|website|web ?site|.{2,40}? experience)|(?:see|view|read) (?:the )?full (?:web )?(?:article|site|version|story)|\S.{0,40}? lite)$/i;
  return part.test(text) || text.split(/\s+[|·•]\s+/).every((p) => part.test(p)) || /^(?:text[- ]only|lite) (?:version|site)\s+(?:go|switch|return) to (?:the )?full (?:site|version)$/i.test(text);
}

/**
 * The marks that close a press release or agency copy: "ENDS", "-ends-", "– ends –", "- 30 -", "###", "# # #"; and a
 * bracketed "(end)" or "(end of article)", which agencies and those who paste a story set under it ("End of story."
 * alone may be a columnist's sentence); the Persian agencies' "انتهای پیام/" ("end of message").
 */
export function isEndMark(line: string): boolean {
  const text = line.trim();
  return (
    /^[-–—]+\s*(?:ends?|30)\s*[-–—]+$/i.test(text) ||
    /^(?:ENDS?|Ends)$/.test(text) ||
    /^#\s*#\s*#$/.test(text) ||
    /^انتهای (?:پیام|خبر)\s*\/?$/u.test(text) ||
    /^[([]\s*end(?:s|\s+of\s+(?:the\s+)?(?:article|story|text|report|item))?\s*[)\]]$/i.test(text)
  );
}

/**
 * A page number or running footer a PDF viewer copied between paragraphs: "Page 1 of 2", "- 3 -", "Page 4",
 * "Acme Ltd | Press Office | press@acme.example    Page 1 of 2".
 */
export function isPageFooter(line: string): boolean {
  const text = line.trim();
  if (text.length > 200) return false;
  if (/^[-–—]\s*\d{1,4}\s*[-–—]$/.test(text) || /^(?:page|seite|página|pagina)\s+\d{1,4}$/i.test(text)) return true;
  return /(?:^|\s)(?:page|p\.|seite|página|pagina)\s*\d{1,4}\s*(?:of|\/|de|von|sur|di)\s*\d{1,4}$/i.test(text);
}

/**
 * A note that the story is not final, or how it was made, set after it: "This is a developing story and will be
 * updated.", "This story will be updated.", "This transcript was produced from an audio recording and may
 * contain errors.", "This article was generated automatically".
 */
export function isStoryStatusNote(text: string): boolean {
  if (text.length > 300) return false;
  if (/^(?:this is an? (?:developing|breaking)(?: news)? story\b|this (?:story|article|report|post) (?:is developing|will be updated|has been updated|may be updated)\b|(?:check back|refresh) (?:later |soon )?for (?:updates|more)\b)/i.test(text)) return true;
  return /^this (?:transcript|article|story|text|summary) (?:was|has been|is) (?:produced|generated|transcribed|created|machine[- ]generated)\b[^.]{0,80}(?:\.|$)/i.test(text) || /^this transcript\b.*\bmay contain errors\b/i.test(text);
}

/**
 * A newsletter's closing lines, as a mail client shows them: "You are receiving this email because ...",
 * "Forward this email to a friend", "Update your preferences | Unsubscribe", "Read this story online →", "The Brief is
 * a newsletter from The Gazette."
 */
export function isMailFooter(text: string): boolean {
  if (text.length > 300) return false;
  return /\b(?:you (?:are|were) receiving this (?:e-?mail|newsletter|message)|forward this (?:e-?mail|newsletter)|unsubscribe\b|update (?:your )?(?:e-?mail )?preferences|manage (?:your )?(?:alerts|newsletters|e-?mail (?:preferences|settings))|this (?:e-?mail|message|newsletter|alert) was sent (?:to|by)\b|(?:to )?stop receiving (?:these|this|our) (?:e-?mails?|alerts?|newsletters?|messages?)|no longer wish to receive\b|add us to your (?:address book|contacts|safe senders)|why (?:did|do) i (?:get|receive) this|is an? (?:free |daily |weekly )?(?:newsletter|bulletin|briefing) (?:from|by|of)\b|manage (?:your )?subscription|view (?:this e-?mail )?in (?:your )?browser)/i.test(text) || /^read (?:this|the full|the whole) (?:story|article)\b.{0,30}$/i.test(text);
}

/** "About Acme Foods", "About the University": the heading of a press release's closing boilerplate about its issuer. */
export function aboutHeadingSubject(line: string): string | null {
  const m = /^About\s+((?:the\s+)?\p{Lu}[^.!?:]{0,60}?(?:\s(?:Ltd|Inc|Co|Corp|plc|LLC)\.?)?)\s*:?$/u.exec(line.trim());
  if (!m || /^(?:the\s+)?(?:author|authors|writer|reporter|us|this|our)\b/i.test(m[1]!)) return null;
  return m[1]!.trim();
}

/**
 * When a tool or a reader made the copy, not when the story was published: "Accessed: 2 December 2024", "Retrieved 2
 * December 2024 from https://...", "Downloaded on 2 Dec 2024 from the archive", "Report generated: 02/12/2024".
 */
export function isCopyDateLine(line: string): boolean {
  const text = line.trim();
  return text.length <= 160 && /\d/.test(text) && /^(?:(?:date|time)\s+)?(?:(?:last\s+)?accessed|retrieved|fetched|downloaded|exported|printed|generated|report generated|compiled)(?:\s+on)?\b(?!\s+by\b)/i.test(text);
}

/** "Reading time 2 min", "Lecture 2 min.", "Lesezeit: 3 Min.", "3 min de lecture": a reading time in any of the usual languages. */
export function isReadingTime(line: string): boolean {
  const text = line.trim();
  if (text.length > 40) return false;
  if (/^\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:to\s+)?read$/i.test(text) || /^read(?:ing)? time\s*:?\s*\d+\s*min(?:ute)?s?\.?$/i.test(text)) return true;
  // ("4 min" alone under a "Listen to the article" button: the reading's length.)
  if (/^\d{1,3}\s*min\.?$/i.test(text)) return true;
  return /^(?:(?:reading time|temps de lecture|lecture|lesezeit|lesedauer|lectura|tiempo de lectura|lettura|tempo di lettura|tempo de leitura|leitura|leestijd|lästid|lesetid|læsetid)\s*:?\s*\d+\s*min(?:ute)?s?\.?|\d+\s*min(?:ute)?s?\.?\s+(?:de lecture|de lectura|di lettura|de leitura|lesezeit|leestijd|read))$/i.test(text);
}

/**
 * Lines of a hard-wrapped paragraph joined into one. A word split by a hyphen at a line end (as PDF viewers copy
 * a justified column: "volun-" + "teers") is put back together, unless the document writes it with the hyphen
 * elsewhere or both halves are words of their own ("well-" + "known").
 */
export function joinWrappedLines(lines: readonly string[], vocabulary: ReadonlySet<string>): string {
  const text = new JoinedLines(lines[0] ?? '', vocabulary);
  for (const next of lines.slice(1)) {
    const end = text.end;
    const hyphen = /(\p{L}+)-$/u.exec(end);
    const tail = /^\p{Ll}+/u.exec(next)?.[0];
    if (hyphen && tail) {
      const joined = `${hyphen[1]}${tail}`.toLowerCase();
      const compound = isKnownWord(hyphen[1]!) && isKnownWord(tail);
      if (!vocabulary.has(joined) && compound) {
        text.setEnd(`${end}${next}`);
        continue;
      }
    }
    text.setEnd(hyphen ? joinLines(end, next, vocabulary) : `${end} ${next}`);
  }
  return text.text;
}

/** The lowercased words of a text, with and without inner hyphens: what `joinWrappedLines` checks a split word against. */
export function vocabularyOfText(text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+(?:-\p{L}+)*/gu)) words.add(m[0]);
  return words;
}

/**
 * Publication labels the header reader does not know, put in its words: a broadcast's "Broadcast:"/"Aired:", a
 * press release's embargo ("Embargoed until 00:01, 6 July 2022": it is published when the embargo lifts), and
 * "published"/"updated" in Dutch, with the French, Spanish, Italian and German variants it lacks ("Mis en ligne
 * le", "Modifié le", "Erschienen am"). The Nordic, Polish and other labels of dates.ts DATE_LANGUAGES are the
 * header reader's own. Only where a label stands: at the start of the line or after a separator ("Le Soir |
 * Modifié le ..."), never inside a sentence.
 */
const OTHER_PUBLISHED = /(?:^|(?<=[|·•,;–—-]\s*))(?:first\s+broadcast|broadcast|first\s+aired|aired|embargoed\s+(?:until|till|to)|under\s+embargo\s+until|mis\s+en\s+ligne|erschienen|gepubliceerd)(?!\p{L})(?:\s+(?:on|le|am|op))?/giu;
const OTHER_UPDATED = /(?:^|(?<=[|·•,;–—-]\s*))(?:modifié|modificad[oa]|modificato|bijgewerkt|gewijzigd)(?!\p{L})(?:\s+(?:le|el|il|op))?/giu;

export function withEnglishDateLabels(line: string): string {
  return line.replace(OTHER_PUBLISHED, 'Published').replace(OTHER_UPDATED, 'Updated');
}

/**
 * News readers, aggregators, read-later and note-taking tools and chat apps whose copies open with their name:
 * "Apple News", "Google News", "Flipboard", "Pocket", "Evernote"; digital newspaper kiosks ("PressReader", "Zinio"); mail
 * clients ("Zoho Mail", "Outlook"). Who shows or keeps a story, never its outlet.
 */
const APP_NAME =
  /^(?:apple news\+?|google news|flipboard|pocket|instapaper|feedly|inoreader|newsbreak|smartnews|yahoo!? news|microsoft start|msn(?: news)?|ground news|upday|opera news|squid|newsify|reeder|readwise(?: reader)?|omnivore|evernote|onenote|whatsapp|telegram|linkedin|pressreader|zinio|readly|magzter|gmail|outlook|yahoo mail|proton ?mail|zoho mail|fastmail|thunderbird|apple mail|tuta(?:nota)?|gmx mail|yandex mail)$/i;

export function isAppName(line: string): boolean {
  return APP_NAME.test(line.trim());
}

/** Buttons of a reader app or social site, set in a row: "Like  Share  Comment", "Like · Repost · Send". */
const APP_BUTTON = /^(?:like|comment|comments|share|flip|repost|reshare|send|save|saved|reply|retweet|bookmark|react|follow|\+ ?follow|subscribe|subscribed|message|more)$/i;
/** A count under a post: "40 likes", "88 reactions", "9 comments", "2 reposts". */
const APP_COUNT = /^\d[\d,.]*[kKmM]?\s+(?:likes?|comments?|reactions?|reposts?|shares?|views?|flips?|claps?|replies|reply|retweets?|bookmarks?|saves?)$/i;
/** A post's or comment's age as social sites print it beside their buttons: "2h", "5 d", "3w", "12m". */
const APP_AGE = /^\d{1,2}\s?(?:[smhdwy]|min|mins|hr|hrs)$/i;

/** "Skip to content" in the languages pages come in (Portuguese, Spanish, French, German, Italian, Dutch, Nordic). */
const SKIP_LINK =
  /^(?:skip to (?:the )?(?:main )?content|skip navigation|pular para o conte[uú]do|saltar al contenido(?: principal)?|ir al contenido(?: principal)?|aller au contenu(?: principal)?|passer au contenu|zum inhalt springen|direkt zum inhalt|vai al contenuto(?: principale)?|naar (?:de )?(?:hoofd)?inhoud|ga naar (?:de )?(?:hoofd)?inhoud|gå til (?:hovedindhold|innhold|hovedinnhold)|hoppa till (?:huvud)?innehåll(?:et)?|siirry sisältöön)$/i;

/**
 * The words of "Skip to content" as publishing systems translate it (WordPress's own translations: "Vés al contingut",
 * "Preskoči na sadržaj", "Przejdź do treści", "Sari la conținut", "İçeriğe geç", Haitian Creole "Ale nan kontni an", Malagasy
 * "Handeha any amin'ny votoaty", Persian "رفتن به محتوای اصلی", Azerbaijani "Əsas məzmuna keç", Tajik "Гузариш ба мундариҷа", Kyrgyz "Мазмунга өтүү", Kazakh
 * "Мазмұнға өту", Armenian "Անցնել բովանդակությանը", Punjabi "ਮੁੱਖ ਸਮੱਗਰੀ ’ਤੇ ਜਾਓ"), Latin accents folded: a word for the
 * content and a word for going or skipping.
 */
const CONTENT_WORD = new Set(
  `content contenido contenu conteudo contenuto contingut contido sadrzaj sadrzaja садржај садржаја vsebino vsebine tresci
  obsahu obsah continut tartalomra icerige konten kandungan nilalaman innehall innhold indhold sisaltoon sisu saturu turinio
  lenda permbajtjen permbajtja περιεχόμενο المحتوى konteudu কনটেন্টে কনটেন্ট ይዘት kontni votoaty محتوای محتوا məzmuna məzmun inhoud inhalt efni edukira содержанию содержимому змісту вмісту зместу ትሕዝቶ לתוכן உள்ளடக்கத்துக்குச் உள்ளடக்கத்திற்குச் мундариҷа мазмунга мазмұнға բովանդակությանը բովանդակություն ਸਮੱਗਰੀ`.split(/\s+/),
);
const GOING_WORD = new Set(
  `skip jump go ves salta sari salt preskoci прескочи przejdz prejit preskocit ugras gec lompat langkau lumaktaw hoppa hopp
  spring siirry liigu pariet pereiti kalo μετάβαση انتقل تخطى تخطي تخط اذهب пређи predji pređi যান ይለፉ ale handeha رفتن برو kec ir ga slaan fara joan aller passer saltar pular vai перейти перейди
  перейдіть перайсці ሕለፍ דלג செல்க гузариш өтүү өту անցնել ਜਾਓ`.split(/\s+/),
);
const foldWord = (word: string) => foldAccents(word.toLowerCase()).replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** A skip link in a language SKIP_LINK does not spell out: five words at most, one for going and one for the content. */
function isTranslatedSkipLink(text: string): boolean {
  const words = text.split(/\s+/).map(foldWord);
  return words.length <= 5 && words.some((w) => GOING_WORD.has(w)) && words.some((w) => CONTENT_WORD.has(w));
}

/**
 * A weather line in a page's top bar: "Andorra la Vella  −2 °C", "Encarnación 34°", "Météo : Abidjan 31 °C", a town
 * (or the word for weather) and a temperature, or the temperature alone, perhaps with the sky's word or two after it
 * ("Westport 12°C, light rain"). The line reads as nothing else: a headline
 * or a paragraph never ends on a figure of degrees alone.
 */
const WEATHER_LINE = /^(?:(?:weather|météo|meteo|clima|tiempo|tempo|wetter|weer|vejret|vädret|sää|vrijeme|pogoda|hava|cuaca)\s*:?\s+)?(?:\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|la|del|di|do|da|el|le|am|an|sur|upon|on))*\s*:?\s+)?[−–-]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?(?:[,·]?\s+\p{L}[\p{L}-]{1,15}(?:\s+\p{L}[\p{L}-]{1,15})?)?$/iu;

/**
 * A top bar's temperature for a town in a script without capitals, with the unit as its language writes it, or the
 * sky's word after it: "ঢাকা ১৯° সে.", "یزد ۱۹° آفتابی".
 */
const CASELESS_WEATHER = new RegExp(String.raw`^[${CASELESS_SCRIPT_LETTERS}\s]{2,30}\s[−–-]?\d{1,2}(?:[.,]\d)?\s?°\s?(?:[CF]|[\p{L}\p{M}]{1,4}\.?|\s?[${CASELESS_SCRIPT_LETTERS}\p{M}\u200c]{2,14})?$`, 'u');

/** One weather line or several towns' set side by side ("Harbour 21°C | Westport 18°C"), in any script's digits. */
function isWeatherLine(text: string): boolean {
  // (Every weather line has its degree sign: most lines are passed over before their digits are read.)
  if (!text.includes('°')) return false;
  return withAsciiDigits(text)
    .split(/\s+[|·]\s+/)
    .every((part) => WEATHER_LINE.test(part) || CASELESS_WEATHER.test(part));
}

/**
 * A site's account, subscription and e-edition buttons in the languages of the pages: "Sign in", "Se connecter",
 * "Suscribite", "Prijava", "Zaloguj się", "Logga in", "E-paper", "Édition numérique".
 */
const ACCOUNT_LINK =
  /^(?:e-?edition|e-?paper|today['’]s paper|édition numérique|journal numérique|edición (?:impresa|digital)|edição digital|edizione digitale|digitale (?:ausgabe|krant)|sign in|log ?in|sign up|register|my account|subscribe(?: now)?|se connecter|connexion|s['’]abonner|mon compte|iniciar sesión|inicia(?:r)? la sessió|suscr[ií]bete|suscribite|suscribirse|subscriu-t['’]hi|anmelden|einloggen|abonnieren|accedi|abbonati|entrar|assine|inloggen|aanmelden|abonneer|prijava|pretplata|prijavi se|hyr|kyçu|войти|подписаться|zaloguj(?: się)?|subskrybuj|zarejestruj się|přihlásit(?: se)?|předplatné|prihlásiť(?: sa)?|predplatné|belépés|előfizetés|autentificare|abonează-te|giriş yap|abone ol|masuk|langganan|logga in|prenumerera|logg inn|log ind|abonnér|abonnement|kirjaudu(?: sisään)?|tilaa|σύνδεση|συνδρομή|εγγραφή|ورود|عضویت)$/iu;

/**
 * A top bar's name-day line, as Central European and Nordic sites set it: "Imieniny: Karola, Olgierda", "Svátek má
 * Hana", "Meniny má Ján", "Névnap: Ildikó", "Nimipäivä: Aino", "Namnsdag: Olle".
 */
const NAME_DAY_LINE = /^(?:imieniny(?: obchodzą)?|sv[áa]tek m[áa]|meniny m[áa]|névnap|nimipäivä|namnsdag|navnedag|vārda dienu svin|vardadienis)\s*:?\s+\p{Lu}[\p{L}-]*(?:\s*(?:,|i|a|és|ja|och|og|un)\s+\p{Lu}[\p{L}-]*){0,4}$/iu;

/**
 * A top bar's exchange rate: "Curs BNR: 1 EUR = 5,0812 lei", "USD = 128.40 KES", "€1 = 5.08 lei", a currency and its
 * price, perhaps under the bank's label; or several currencies' prices in a row, "USD 487,20   EUR 531,65".
 */
const RATE_LINE = /^(?:[\p{L} .]{2,24}:\s*)?(?:1\s*)?(?:[A-Z]{3}|[€$£¥])\s*(?:1\s*)?=\s*[\d.,]+\s*(?:[A-Z]{3}|\p{L}{1,5})\.?$|^(?:[A-Z]{3}\s+\d+[.,]\d+\s*){2,}$/u;

/** A story's number in the site's system: "Story ID: 73418", "News ID: 1204", Persian "کد خبر: ۷۳۴۱۸", Arabic "رقم الخبر: 5521". */
const STORY_NUMBER_LINE = /^(?:(?:story|article|news|post)\s+(?:id|no\.?|number|code)|کد خبر|شناسه خبر|رقم الخبر)\s*:\s*[\d\u06f0-\u06f9\u0660-\u0669]{2,12}$/iu;

/**
 * A multilingual site's language switch: "EN | FR", "Қаз | Рус", "Eng · Рус · Қаз", "عربي | English", each item a
 * language's short name or its own name for itself.
 */
const LANGUAGE_NAMES = new Set(
  `az ru en eng english fr fra français de deu deutsch es esp español it ita italiano pt por português nl ned nederlands ru rus
  рус русский ру kz kaz қаз каз қазақша kk uz uzb oʻz o'z ўз ўзб ўзбекча ky кыр кыргызча tj тоҷ тоҷикӣ ua укр
  українська uk ar عربي العربية fa فارسی tr türkçe az azərbaycan ka ქართ ქართული hy հայ am አማ sw kiswahili`.split(/\s+/),
);
function isLanguageSwitch(text: string): boolean {
  const items = text.split(/\s*[|·/]\s*|\s{2,}/).filter((item) => item !== '');
  return items.length >= 2 && items.length <= 6 && items.every((item) => LANGUAGE_NAMES.has(item.toLowerCase()));
}

/** A story's view counter: "Views: 3 118", "Просмотров: 412", "Переглядів: 90", "Aufrufe: 1.204", Estonian "Vaatamisi:", Georgian "ნახვები:", Belarusian "1 284 прагляды". */
const VIEW_COUNT_LINE = /^(?:views|vues|visualizaciones|visualizações|aufrufe|weergaven|wyświetleń|zobrazení|görüntülenme|baxış|просмотров|просмотры|переглядів|перегляди|koʻrildi|ko'rildi|vaatamisi|ნახვები|прагляды|праглядаў)\s*:?\s*\d[\d\s ,.]*$/iu;

/** A button of an e-paper or PDF viewer: "Zoom in", "Download PDF", "Next page", "Fit to width". */
const VIEWER_CONTROL = /^(?:zoom (?:in|out)|download(?: (?:pdf|page|edition))?|(?:previous|next|first|last) page|fit (?:to )?(?:page|width)|full ?screen|thumbnails|page \d{1,3} of \d{1,3})$/i;

/** A site's menu and search buttons in the languages of the pages: "☰", "Menu", "Search", "Cari", "Buscar", "Suche". */
export const SITE_BUTTON = /^(?:☰|≡|menu|menú|menü|search|cari|buscar|rechercher|recherche|suche|cerca|pesquisar|søg|sök|haku|keresés|szukaj|hledat|ara)$/i;

/** A mail client's buttons and folders around a copied message: "New Mail", "Inbox 87", "Drafts", "Reply All". */
const MAIL_CLIENT_LINE = /^(?:new (?:mail|message|email)|compose|inbox|drafts|sent(?: items| mail)?|spam|junk(?: e-?mail)?|trash|deleted items|archive|folders|snoozed|starred|templates|reply(?: all)?|forward)(?:\s+\d{1,5})?$/i;

/** The line of an app that keeps or passes a story on: "Sent from my iPhone", "Shared via the Gazette app", "Clipped with ...". */
const APP_PASS = /^(?:shared|sent|saved|clipped|flipped|posted)\s+(?:from|with|via|to|into|using)\s+\S/i;
/** Of those, the lines a phone or an outlet's app sets under what it sends: "Sent from my iPhone", "Shared from the Gazette app". */
const SENT_FROM = /^(?:shared|sent)\s+(?:from|via|with|using)\s+\S.{0,70}$/i;

/** A chat app's marks around its messages: "You sent", "You replied to Jane", "Seen by Jane Roe at 7:52 AM", "Delivered", "Read 22:52". */
const CHAT_MARK = /^(?:you sent|you replied(?: to .{1,40})?|seen by .{1,60}|seen|delivered|read \d{1,2}[:.]\d{2}(?:\s?[ap]m)?)$/i;

/**
 * Whether a line is a phone's or an app's mark under a story it sent, or a chat app's mark on the messages after one
 * pasted into it: nothing after it is the story's.
 */
export function endsPastedStory(line: string): boolean {
  return SENT_FROM.test(line.trim()) || CHAT_MARK.test(line.trim());
}

/** A news ticker's label on a line of its own, over the items it runs: "Latest", "Just in", "Lo último", "Dernière minute". */
const TICKER_LABEL = new RegExp(String.raw`^(?:${LATEST_NEWS_WORDS})\s*:?$`, 'iu');

/**
 * A line a reader app, a read-later tool, a social site or a phone writes around a story it shows or passes on:
 * "Shared from Apple News", "Sent from my iPhone", "Saved to Pocket · 4 min read", "Clipped with Evernote Web
 * Clipper", "Food · Flipped into Local Stories by Jane Roe", "Read the full story on The Gazette", "View full coverage
 * on Google News", "More articles by Jane Roe", "Report this article", "+ Follow", a row of buttons or counts, a
 * line of hashtags.
 */
export function isAppChrome(line: string): boolean {
  const text = line.trim();
  if (text !== '' && text.length <= 120 && isWeatherLine(text)) return true;
  if (text === '' || text.length > 120 || /[.!?]$/.test(text)) return false;
  if (WEATHER_LINE.test(text) || STORY_NUMBER_LINE.test(text) || VIEW_COUNT_LINE.test(text) || relativeDayOffset(text) !== null || isLanguageSwitch(text) || ACCOUNT_LINK.test(text) || TICKER_LABEL.test(text) || NAME_DAY_LINE.test(text) || RATE_LINE.test(text) || MAIL_CLIENT_LINE.test(text)) return true;
  // An e-paper viewer's controls: "Zoom in / Zoom out / Download PDF", "Previous page | Next page".
  if (text.split(/\s*[/|·•]\s*/).every((part) => VIEWER_CONTROL.test(part))) return true;
  if (isAppName(text)) return true;
  // A page's skip link in its language, and its text-size control: "Pular para o conteúdo", "Change size".
  if (SKIP_LINK.test(text) || isTranslatedSkipLink(text) || /^(?:change|text|font) size$|^[aA][-+]?\s+[aA][-+]?$/i.test(text)) return true;
  // A read-later digest's own title and counter: "Instapaper: Saturday, Nov. 2", "Pocket weekly digest", "Article 3 of 7".
  if (isDigestLine(text)) return true;
  const parts = text.split(/\s+[·•|]\s+|\s{2,}/).map((p) => p.trim()).filter((p) => p !== '');
  if (parts.length > 1 && parts.every((p) => APP_BUTTON.test(p) || APP_COUNT.test(p) || APP_AGE.test(p) || ACCOUNT_LINK.test(p)) && parts.some((p) => !APP_AGE.test(p))) return true;
  // A share row copied with single spaces: "Share Facebook X Email Copy link".
  const shareWords = text.replace(/\bcopy link\b/gi, 'copy').split(/\s+/);
  if (shareWords.length >= 3 && shareWords.every((w) => /^(?:share|copy|print|x)$/i.test(w) || isSharePlatform(w))) return true;
  if (APP_COUNT.test(text) || /^\+ ?follow$/i.test(text)) return true;
  if (/^#[\p{L}\d_]+(?:\s+#[\p{L}\d_]+)+$/u.test(text)) return true;
  const pass = parts.some((p) => APP_PASS.test(p) && p.length <= 80);
  if (pass && parts.every((p) => p.length <= 80)) return true;
  // A browser's reader view around the copy: "Simplified view", "Reader view", "View original page", "Exit reader mode".
  if (/^(?:(?:show|exit|open|close)\s+)?(?:simplified|reader|reading|immersive)\s+(?:view|mode)$|^(?:view|show|open)\s+(?:the\s+)?original(?:\s+(?:page|article|site))?$/i.test(text)) return true;
  return /^(?:get outlook for \S+|(?:visit|go to|open) (?:the )?(?:website|site)|read the full (?:story|article) (?:on|at) .{2,60}|view (?:the )?full coverage(?: on .{2,40})?|full coverage|more headlines|top stories|for you|report this (?:article|post)|more (?:articles|posts|stories) (?:by|from) .{2,60})$/i.test(text);
}

const WEEKDAY_OR_MONTH = /^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:,|\s|$)/i;

/**
 * The lines a read-later tool's digest (as sent to an e-reader) sets around each article: the digest's title, an
 * app's name with its day or kind ("Instapaper: Saturday, Nov. 2", "Pocket — Weekly digest"), and the article's
 * place in it ("Article 3 of 7"). Not the story's date: the day the digest was made.
 */
export function isDigestLine(text: string): boolean {
  if (/^(?:article|story|item)\s+\d{1,3}\s+of\s+\d{1,3}$/i.test(text)) return true;
  const m = /^(.{2,30}?)\s*(?::|\s[—–-])\s*(.+)$/.exec(text);
  if (!m || !isAppName(m[1]!)) return false;
  return WEEKDAY_OR_MONTH.test(m[2]!) || /^(?:(?:daily|weekly|monthly)\s+)?(?:digest|edition|issue|roundup|round-up)\b/i.test(m[2]!);
}

/** A row of a facts table set as text: a label, then a tab or a wide gap, then its value ("Case number:<TAB>23-CV-01"). */
export function isTableRow(line: string): boolean {
  return /^\p{L}[\p{L}'’ /#.-]{0,30}:?(?:\t+|\s{3,})\S/u.test(line) && line.length <= 160;
}

/** A link to a file, with its type and size: "Read the ruling (PDF, 212 KB)", "Full report [PDF 1.2MB]". */
export function isDownloadLink(line: string): boolean {
  return line.length <= 140 && /[([](?:PDF|DOCX?|XLSX?|PPTX?|ODT|RTF|CSV|ZIP|MP3|MP4)\b[^()[\]]{0,30}[)\]]$/.test(line.trim());
}

/** A contact line with the contact's number or address on it: "Media inquiries: Jane Roe, (555) 010-2000, jane@...". */
export function isContactLine(line: string): boolean {
  return isContactLabel(line) && line.length <= 300 && (/\S@\S+\.\S/.test(line) || /(?:\(\d{2,5}\)\s?|\+\d{1,3}\s?)?\d{3,5}[ .-]\d{3,4}(?:[ .-]\d{2,4})?/.test(line));
}

/** A site's disclaimer under a summary or release: "... is provided for the convenience of the public and is not part of the ruling." */
export function isDisclaimer(text: string): boolean {
  return text.length <= 400 && /\b(?:is|are) not (?:part of|an official|a substitute for|intended as)\b|\bprovided (?:for|as) (?:the )?(?:convenience|general information|information only|a courtesy)\b/i.test(text);
}

/**
 * A writer's bio set above a column, as syndicated and opinion pages print it: "Jane Roe is a retired teacher who
 * writes about schools. Her column appears every Sunday. Write to her at ...". A sentence saying who someone is,
 * with the words of a column or a writer in it; the story never opens its header with one.
 */
export function isWriterBio(line: string): boolean {
  const text = line.trim();
  if (text.length < 40 || text.length > 600) return false;
  if (!/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:(?:is|was)\s+(?:a|an|the)|writes\s+(?:about|on|for))\s/u.test(text)) return false;
  return /\b(?:(?:his|her|their|the) column|columnist|writes (?:about|on|for)|write to (?:him|her|them)|author of|contributing (?:writer|editor))\b/i.test(text);
}

/**
 * A podcast's or video's chapter list: its heading ("Timestamps", "Chapters") and its entries, a time then a
 * chapter's name ("02:15 Why rents rose", "(1:02:40) Listener questions"). An entry is short and no sentence.
 */
export function isChapterLine(line: string): boolean {
  const text = line.trim();
  if (/^(?:timestamps|time stamps|chapters|episode chapters|chapter markers)\s*:?$/i.test(text)) return true;
  return text.length <= 90 && /^[([]?(?:\d{1,2}:)?\d{1,2}:\d{2}[)\]]?\s*(?:[-–—|·]\s*)?\S/.test(text) && !/[.!?]$/.test(text) && !/\s(?:am|pm|a\.m\.|p\.m\.)\b/i.test(text);
}

/** A placeholder a copy leaves for what it could not hold: "[Image]", "[Image: the old pier]", "[Advertisement]", "[Video]". */
export function isPlaceholder(line: string): boolean {
  return /^\[(?:image|photo|picture|video|audio|advertisement|advert|ad|embedded content|embed|graphic|chart|map|gallery|slideshow|tweet|social media post|instagram post|podcast)(?:\s*[:\-–—]\s*[^\]]*)?\]$/i.test(line.trim());
}
