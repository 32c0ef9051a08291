/**
 * The lines between a title and the body, as news text writes them: a byline ("By Jane Doe and John Roe",
 * "By Jane Doe | Reuters", "by FOXBusiness, February 23, 2023"), a credit with a date ("Reuters, February 23,
 * 2023"), a bare date line ("March 1, 2008"), labelled dates ("Published 10:05 AM EST, Thu February 23, 2023",
 * "Updated: ..."), with reading times and relative ages ("3 min read", "Updated 2 hours ago") as furniture.
 * People go to the authors, outlets to the publisher (see names.ts); a modification date is kept apart and
 * never replaces a publication date.
 */
import type { PublishedDate } from '../../shared/model';
import { escapeRegExp } from '../../shared/regexp';
import { FIRST_PUBLISHED } from './first-published';
import { EUROPEAN_WEEKDAYS, findPublicationDate, isDateNoise, isDayAndMonth, LANGUAGE_WEEKDAYS, PUBLISHED_LABELS, UPDATED_LABELS, withoutLeadingDateNoise } from './dates';
import { CASELESS_SCRIPT_LETTERS, classifyName, displayName, hasPersonNameShape, isDeskCredit, isGivenName, type NameKind, isKnownOrganisation, isKnownWord, isPlaceName, outletInRole, peopleBeforeRoles, personBeforeRole, publisherOfCollectiveByline, roleBeforeNames } from './names';

export interface HeaderInfo {
  authors: string[];
  publisher: string | null;
  publishedAt: PublishedDate | null;
  /** A modification date ("Updated ..."): the publication date only when nothing else gives one. */
  modifiedAt: PublishedDate | null;
}

export function emptyHeader(): HeaderInfo {
  return { authors: [], publisher: null, publishedAt: null, modifiedAt: null };
}

const MAX_HEADER_LENGTH = 200;
/** The longest credit read (several writers with roles and an outlet stay well under it). */
const MAX_CREDIT_LENGTH = 400;

/**
 * "By", "Posted by", "Submitted by" (Drupal), the Serbian, Croatian and Bosnian "Objavio" and "Објавила" ("posted by"), the
 * Kinyarwanda "Yanditswe na" ("written by"), "Interview by", "Hosted by" (a podcast's or a show's host), "Words and pictures by",
 * "Author:", "Author of the article:", "Words:", "Text:", a bilingual site's label pair ("Gan/By" in Wales, "Par/By" in Canada), and the
 * author labels of other languages ("Autor:", "Penulis:", "Yazar:", "Forfatter:", "Piše:", "Avtor:" with the Slovene dual and plural
 * "Avtorja:" and "Avtorji:", Faroese "Tekstur:", Icelandic "Texti:", "Автор:", Mongolian "Мэдээг бэлтгэсэн:" ("news prepared by") and "Сурвалжлагч:"
 * ("reporter"), Uzbek "Muallif:" and Tajik "Муаллиф:", Kyrgyz "Авторлор:" and Kazakh "Авторлар:" (the plural), Albanian "Shkruan:"
 * ("writes"), Indonesian "Laporan:" ("report"), Northern Sámi "Teaksta:", Lingala "Bakomi:" ("writers"), Armenian "Հեղինակ՝" (its colon the Armenian "՝"), Azerbaijani "Müəllif:", Kurmanji "Nivîs:") ... at the start
 * of a credit line ("Szerző:", "Tác giả:", Arabic "كتب:", "بقلم:" and "إعداد:" ("prepared by"), Persian "خبرنگار:", "نویسنده:" and "گزارش:" ("report"), Hindi "रिपोर्ट:", "लेखक:" and "संवाददाता:" ("correspondent"), Punjabi "ਲੇਖਕ:", Gujarati "લેખક:", Tok Pisin "Stori:", Sinhala "වාර්තාව:" ("report")); "Words & pictures:",
 * whose writer took the pictures too. A photo credit alone ("Photographs by") names no author.
 */
const BY_LABEL_WORDS = String.raw`(?:(?:words|text|story)\s+(?:and|&)\s+(?:pictures|photos|photographs|images)\s*:|(?:written|posted|submitted|filed|reported|compiled|words|text|story|reporting|interview(?:ed)?|hosted|(?:live\s+)?coverage)(?:\s+(?:and|&)\s+(?:photographs|photos|pictures|images))?\s+by\b|(?:[a-z]{2,4}\s*\/\s*)?by\b|(?:objavio|objavila|објавио|објавила)(?!\p{L})|yanditswe\s+na(?=\s)|(?:(?:(?:the\s+)?authors?\s+of\s+(?:the|this)\s+(?:article|story|post|piece))|authors?|auteurs?|autor(?:in|es|e|i|zy|ka|ky|ři)?|byline|words|text|texto|testo|tekst|story|reporting|penulis|wartawan|yazar|muhabir|forfatter|szerzők?|piše|pise|pišu|pisu|avtor(?:ja|ji)?|tekstur|autorius|autors|автор(?:и|ы|ка|лор|лар)?|аутор(?:и|ка)?|аўтар(?:ы)?|tác giả|teksti|texti|teaksta|laporan|shkruan|shkruajnë|bakomi|mokomi|συντάκτης|συντάκτες|γράφουν|γράφει|كتب|بقلم|الكاتب|إعداد|اعداد|رپورٹ|رپورٹر|रिपोर्ट|रिपोर्टर|लेखक|लेखिका|संवाददाता|ਲੇਖਕ|ਰਿਪੋਰਟ|લેખક|અહેવાલ|stori|වාර්තාව|වාර්තාකරු|تحریر|اوليه|خبرنگار|نویسنده|گزارش|گزارشگر|jornalista|jornalistas|пише|пишу|(?:мэдээг\s+)?бэлтгэсэн|сурвалжлагч|muallif|муаллиф|müəllif(?:lər)?|հեղինակ(?:ներ)?|nivîs|т[еэ]кст(?:\s+(?:и|і)\s+фото)?|ዘጋቢ|ዘጋቢዎች|ጸሐፊ|ጸሓፊ|ጸሓፍቲ|செய்தியாளர்(?:கள்)?|ავტორი|ავტორები|ტექსტი)\s*[:፦፡՝])\s*[:፦፡՝]?\s*`;
const BY_LABEL = new RegExp(`^${BY_LABEL_WORDS}`, 'i');
const BY_LABEL_ANYWHERE = new RegExp(`^.*?${BY_LABEL_WORDS}`, 'i');
/** A full name that opens with a capital or with a letter of a script without capitals: "Jane Roe", "ዳንኤል ቦጋለ". */
const CASELESS_OR_CAPITAL_FULL_NAME = new RegExp(String.raw`^(?:\p{Lu}|[${CASELESS_SCRIPT_LETTERS}])\S*\s+\S`, 'u');

/**
 * "Par" (French), "Von" (German), "Por" (Spanish, Portuguese), "Door" (Dutch), "di", "a cura di" and "Servizio di" (Italian),
 * "af" (Danish), "av" (Swedish, Norwegian), "nga" (Albanian), "Γράφει ο/η" ("writes", Greek), "Oleh" (Malay, Indonesian), "Troch"
 * (West Frisian), "Daga" (Hausa), "Deur" (Afrikaans), "Gan" (Welsh), "Publié par" (a French blog's post line), "Pa"
 * (Haitian Creole; Papiamentu "Skirbí pa", "written by"), "Sinulat ni" and Ilocano "Sinurat ni" ("written by"), "Nosoratan'i" ("written by", Malagasy), "Ni" (Tagalog; not the Balinese "Ni" that opens a woman's name before
 * her birth-order name, "Ni Luh", "Ni Made"): only before a full name, whose surname may open with particles
 * ("Door Anouk van der Berg"), so that a name that starts with "Von" ("Von Miller") stays whole; a colon may follow
 * ("Por: Ana Ruiz", as Latin American papers print it); "Texto de" and "Texte de" ("text by", Portuguese, Spanish, French);
 * "Scritto da" (Italian) and Ladin "Scrit da" ("written by").
 * Case-sensitive on purpose.
 */
const FULL_NAME_AHEAD = String.raw`(?=\p{Lu}[\p{L}\p{M}'’.-]*\s+(?:(?:\p{Ll}{1,3}|della)\s+){0,3}\p{Lu})`;
const LOCAL_BY_WORDS = String.raw`(?:[Pp]ar|PAR|[Vv]on|VON|[Pp]or|POR|[Dd]oor|DOOR|[Dd]i|[Aa] cura di|[Aa][fv]|A[FV]|[Nn]ga|NGA|[Γγ]ράφει (?:ο|η)|[Γγ]ράφουν οι|[Oo]leh|OLEH|[Tt]roch|TROCH|[Dd]aga|DAGA|[Dd]eur|DEUR|[Gg]an|GAN|[Pp]a|PA|[Nn]osoratan['’]i|(?:[Nn]i|NI)(?!\s+(?:Luh|Putu|Made|Kadek|Nyoman|Komang|Ketut|Wayan|Nengah|Gusti|Desak|Gede)(?!\p{L})))`;
const LOCAL_BY_LABEL = new RegExp(String.raw`^(?:(?:(?:[Ee]scrito|[Ee]scrita|[Rr]edactado|[Éé]crit|[Pp]ublié|[Pp]ubliée|[Gg]eschrieben|[Ss]critto|[Gg]eschreven|[Ss]kirbí|[Ss]kirbi|[Ss]inurat|[Ss]inulat|[Ss]ervizio|[Aa]rticolo|[Tt]esto) )?${LOCAL_BY_WORDS}|(?:[Tt]exto|TEXTO|[Tt]exte|TEXTE) (?:de|DE)|(?:[Ss]critt?[oa]?|SCRITT?[OA]?) (?:da|DA))(?::\s*|\s+)${FULL_NAME_AHEAD}`, 'u');
/**
 * "מאת" ("by"), "כתב", "כתבה", "כתבו" ("wrote"): the labels of a Hebrew credit, before its names; and the Hindi "द्वारा"
 * ("by") a byline sets before the name.
 */
const HEBREW_BY_LABEL = /^(?:(?:מאת|כתבו|כתבה|כתב)\s*:?\s+(?=\p{Script=Hebrew})|द्वारा\s*:?\s+(?=\p{Script=Devanagari}))/u;
/**
 * The words for "and" between writers that are words of other languages too, read only after their own language's
 * label: the Hebrew prefix "ו" set on the last name ("מאת שרה כהן ודנה לוי"), the Tagalog "at" ("Ni A at B"), the
 * Tetum "no" ("Jornalista: A no B"), the Haitian Creole "ak" ("Pa A ak B"), the Welsh "a" and "ac" ("Gan A ac B"), the
 * Tok Pisin, Kinyarwanda and Lingala "na" ("Stori: A na B", "Yanditswe na A na B", "Bakomi: A na B"), the Malagasy "sy" ("Nosoratan'i A sy B") and
 * the Slovene "in" ("Avtorja: A in B"), the Hausa "da" ("Daga A da B"), the Persian "و" ("گزارش: A و B"), a word of its own there, and the Arabic one
 * set on the name (see ARABIC_AND).
 */
/**
 * The Arabic "و" ("and") set on the last writer's name ("كتب: A ونهى B"), read only after an Arabic credit's label; not
 * the first letter of the given names that open with it (Walid, Wael, Wafaa, Widad, Wisam, Wagdi, Wahid, Wadie...).
 */
const ARABIC_AND = /\s+و(?!(?:ليد|ائل|فاء|داد|سام|جدي|حيد|ديع|صفي|هيب|لاء|ئام|ردة|عد)(?!\p{L}))(?=\p{Script=Arabic}{2,})/gu;
/** isiXhosa's and isiZulu's "written by" ("Ibhalwe ngu", "Kubhalwe ngu"), the "ngu" set on the first name. */
const NGUNI_BY_LABEL = /^(?:[Ii]bhalwe|[Kk]ubhalwe|IBHALWE|KUBHALWE)\s+(?:ngu|NGU)(?=\p{Lu})/u;
/** The comma of Arabic script, "،", between two writers' names. */
const ARABIC_SCRIPT_COMMA = String.raw`\s*،\s*(?=\p{Script=Arabic})`;
const LABELLED_AND = [
  { label: /^\p{Script=Hebrew}/u, and: /\s+ו-?(?=\p{Script=Hebrew})/gu },
  { label: /^ni\s/i, and: /\s+at\s+(?=\p{Lu})/gu },
  { label: /^jornalista/i, and: /\s+no\s+(?=\p{Lu})/gu },
  { label: /^pa\s/i, and: /\s+ak\s+(?=\p{Lu})/gu },
  { label: /^nosoratan/i, and: /\s+sy\s+(?=\p{Lu})/gu },
  { label: /^avtor/i, and: /\s+in\s+(?=\p{Lu})/gu },
  { label: /^daga\s/i, and: /\s+da\s+(?=\p{Lu})/gu },
  { label: /^gan\s/i, and: /\s+ac?\s+(?=\p{Lu})/gu },
  { label: /^(?:stori|yanditswe|bakomi|mokomi)/i, and: /\s+na\s+(?=\p{Lu})/gu },
  // (The Czech, Slovak and Luxembourgish "a" between two full names: "Text: Jana Roe a Petr Doe".)
  { label: /^(?:text|autor|autoři|autori|autorky)\s*:/i, and: /\s+a\s+(?=\p{Lu}[\p{Ll}\p{M}]+\s+\p{Lu})/gu },
  { label: /^(?:خبرنگار|نویسنده|گزارش)/u, and: new RegExp(String.raw`\s+و\s+(?=\p{Script=Arabic})|${ARABIC_SCRIPT_COMMA}`, 'gu') },
  // (And the Arabic comma "،" between writers, "بقلم: A، B".)
  { label: /^(?:كتب|بقلم|إعداد|اعداد|الكاتب)/u, and: new RegExp(`${ARABIC_AND.source}|${ARABIC_SCRIPT_COMMA}`, 'gu') },
  // (The Ethiopic comma "፣" between writers after an Amharic or Tigrinya label, "ጸሓፍቲ: A፣ B".)
  { label: /^\p{Script=Ethiopic}/u, and: /\s*፣\s*(?=\p{Script=Ethiopic})/gu },
];

/**
 * A lower-case "de" (Romanian "by"), before a full name. Other languages' "de" opens names and places too ("de Souza
 * Ramos", "de Buenos Aires", a line of English copy wrapped inside a name), so it is a label only where the line is
 * otherwise known to be a credit: beside a date ("de Ioana Pop, 12 martie 2024") or where the caller says so
 * (`labelRequired: false`, a credit element); a line that is "de" and a name alone is no credit.
 */
const ROMANIAN_BY_LABEL = new RegExp(String.raw`^de\s+${FULL_NAME_AHEAD}`, 'u');
/**
 * "Na" (Swahili "by", also "and"), the one Swahili credit label of the readers. "Na" opens phrases of other languages too
 * (Portuguese "Na Câmara ..."), so it is read only where a credit stands and only before people's names: `readByline`
 * drops it before a full name on a line its caller knows is a credit ("Na Jane Roe, 12 Machi 2024"), and
 * `readSwahiliCredit` reads a line that is the credit alone, names joined by "na" or the credit that names no one.
 */
const SWAHILI_LABEL = String.raw`^Na\s+`;
const SWAHILI_BY_LABEL = new RegExp(String.raw`${SWAHILI_LABEL}(?=\p{Lu}[\p{L}\p{M}'’.-]*\s+\p{Lu})`, 'u');
/** "Na Jane Roe", "Na Jane Roe na John Doe", "Na Jane Roe, Mbeya": a Swahili credit line, names alone or with the town filed from. */
const SWAHILI_CREDIT = new RegExp(String.raw`${SWAHILI_LABEL}(\p{Lu}[^,;|·•:]{2,80})(?:,\s*\p{Lu}[\p{L}\p{M}'’ -]{1,30})?$`, 'u');
/** "Na Mwandishi Wetu" ("by our reporter"): a Swahili credit that names no one. */
const SWAHILI_NAMELESS_CREDIT = /^(?:mwandishi|waandishi|mwandishi\s+maalumu)\s+wetu$/i;

/** A line that is a Swahili credit alone (see SWAHILI_LABEL): its people, or none for "Na Mwandishi Wetu"; null for other lines. */
export function readSwahiliCredit(text: string): HeaderInfo | null {
  const m = SWAHILI_CREDIT.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  const info: HeaderInfo = { authors: [], publisher: null, publishedAt: null, modifiedAt: null };
  if (SWAHILI_NAMELESS_CREDIT.test(m[1]!.trim())) return info;
  const names = m[1]!.trim().split(/\s+na\s+/);
  if (!names.every((n) => n.split(' ').length >= 2 && hasPersonNameShape(n) && classifyName(n) === 'person')) return null;
  info.authors = names.map(displayName);
  return info;
}
/** The role of the one who filed the story as a credit label: "Reporter: Jane Doe", "Correspondent: ...". */
const ROLE_BY_LABEL = /^(?:reporter|writer|correspondent|journalist|contributor|words|story)\s*:\s*/i;

/**
 * The writer's role set before a full name as a label, as East Asian outlets' English sites print it in a byline list:
 * "Reporter Kim Ji-woo", "Staff Writer Jane Roe". Only where the rest is a person's name.
 */
const ROLE_BEFORE_NAME = /^(?:(?:staff |senior |chief )?reporter|correspondent|staff writer)\s+(?=\p{Lu})/iu;

function roleBeforeName(text: string): RegExpExecArray | null {
  const m = ROLE_BEFORE_NAME.exec(text);
  return m && classifyName(text.slice(m[0].length)) === 'person' ? m : null;
}

/** "Agencies", "Wires", "Admin", "Web Admin", "Администратор", "Super User" (Joomla's first account): a credit to the wires in general or to the site's administrator account, naming no one and no outlet. */
const NO_ONE_CREDIT = /^(?:(?:news\s+)?agencies|wires|wire services|(?:(?:web|site|news|content|wp)[ -]?)?admin(?:istrator)?|админ(?:истратор)?|webmaster|super ?user)$/i;

/** A local by-label (see LOCAL_BY_LABEL) before one word. */
const LABELLED_DESK = new RegExp(String.raw`^${LOCAL_BY_WORDS}\s+(\S+)$`, 'u');
/** "Door Redactie", "Par Rédaction": a local by-label before the desk's one word, a credit that names no one. */
function isLabelledDesk(name: string): boolean {
  const desk = LABELLED_DESK.exec(name.trim());
  return desk !== null && classifyName(desk[1]!) === 'role' && isDeskCredit(desk[1]!);
}

/** "Staff report", "News release", "Press statement": what kind of text it is, said where a byline stands; no outlet. */
function isGenreLabel(name: string): boolean {
  // "From staff reports", "Staff and wire reports": a story put together from several reports, naming no one.
  return /^(?:from\s+)?(?:staff|wire|news|press|media)(?:\s+(?:and|&)\s+(?:staff|wire|news|agency))?\s+(?:reports?|releases?|statements?|advisory|announcements?)$/i.test(name.trim());
}

/**
 * "et", "und", "y", "e", "i", "și", "og", "och", "en", "dan": "and" in a French, German, Spanish, Italian, Croatian, Serbian,
 * Bosnian, Polish, Romanian, Nordic, Dutch or Malay credit; "dhe" (Albanian), "és" (Hungarian), "ja" (Finnish, Estonian),
 * "ir" (Lithuanian), "ve" (Turkish), "và" (Vietnamese), "va" (Uzbek), "û" (Kurmanji), "и" (Russian, Bulgarian, Serbian), "і" and "та" (Ukrainian),
 * "ও" (Bengali), "እና" (Amharic), "და" (Georgian), "மற்றும்" (Tamil), "και" (Greek), "жана" (Kyrgyz), "және" (Kazakh), "ва" (Tajik), "və" (Azerbaijani), "և" (Armenian), "un" (Latvian), "ਅਤੇ" (Punjabi), "અને" (Gujarati), "සහ" (Sinhala), "आ" (Maithili) (Spanish "en" is "in": a place after it is no person, so it adds
 * no writer; the Catalan "i" joins two surnames, "Anna Roe i Doe", and splits only between full names).
 */
const LOCAL_AND = /\s+(?:et|und|y|e|i|și|şi|og|och|en|dan|dhe|és|ja|ir|ve|và|va|û|и|і|та|ও|እና|და|மற்றும்|και|жана|және|ва|və|և|un|ਅਤੇ|અને|සහ|आ|ET|UND|Y|E|I|OG|OCH|EN|DAN|DHE|ÉS|JA|IR|VE|И|І|ТА)\s+/u;

/**
 * A date label and what it says: publication or modification, in English and the labels of French, German,
 * Spanish, Italian and Dutch pages ("Publié le", "Aktualisiert:", "Ultimo aggiornamento:", "Aangepast"), of
 * Korean, Japanese and Chinese ones ("입력", "수정", "更新", "发布") and those of dates.ts's table of languages
 * ("Publisert", "Opublikowano:", "Diterbitkan:"). "Posted by" is a byline, not a date label. A third kind dates
 * the copy, not the story: "Printed on", "Accessed", "Retrieved", "Cached", "Archived" (a print view's or a
 * snapshot's date is never the publication date), and a site's link to the day's edition ("Today's Paper:").
 */
const DATE_LABEL = new RegExp(
  String.raw`(?<!\p{L})(?:(date\s+of\s+(?:judg(?:e)?ment|decision|ruling|publication|issue)|(?:judg(?:e)?ment|publication)\s+date|${FIRST_PUBLISHED}|first\s+post|published|posted(?!\s+by\b)|submitted(?!\s+by\b)|created|released|issued(?!\s+by\b)|filed(?!\s+(?:by|under|in)\b)|dated?|started|publiée?|mis\s+en\s+ligne|veröffentlicht|online\s+seit|erschienen|publicad[oa]|pubblicato|gepubliceerd|입력|등록|게재|公開|配信|发布|發布|${PUBLISHED_LABELS})|(last\s+updated|last\s+update|updated(?!\s+by\b)|last\s+modified|modified(?!\s+by\b)|modifiée?|last\s+edited|edited(?!\s+by\b)|mise?\s+à\s+jour|aktualisiert|actualizad[oa]|aggiornato|(?:ultimo\s+)?aggiornamento|atualizado|aangepast|(?:laatst\s+)?bijgewerkt|수정|업데이트|更新|${UPDATED_LABELS})|(printed|accessed|retrieved|cached|archived|captured|today['’]s (?:paper|edition|e-?paper)))(?!\p{L})(?:\s+(?:on|le|am|el|il|em|a|op|den|pada|dne|dnia)(?!\p{L}))?\s*:?`,
  'giu',
);

/**
 * "4 min read", "Reading time: 4 minutes", and a bare "· 4 min" or an episode's "· 1 hr 5 min" closing a meta line;
 * and the reading times of French, German, Spanish, Italian, Portuguese, Dutch and Scandinavian pages ("Lecture de 4
 * min", "Lesezeit: 3 Min.", "3 min de lectura").
 */
const READING_TIME =
  /\b\d+\s*(?:-\s*)?min(?:ute)?s?\.?\s+(?:read|listen|watch)\b|(?<!\p{L})(?:temps de lecture|lecture(?:\s+de)?|lesezeit|lesedauer|lectura(?:\s+de)?|tiempo de lectura|lettura|tempo di lettura|tempo de leitura|leitura|leestijd|lästid|lesetid|læsetid|čítanie|čas čítania|čtení|doba čtení|czas czytania|vrijeme čitanja|čitanje|olvasási idő|lukuaika|okuma süresi)\s*:?\s*\d+\s*(?:min(?:ute[ns]?|utos|uti|úty|út|uty|ut|utes|uuttia|ut[ay]?)?|perc|dakika)\.?|\b\d+\s*min(?:ute[ns]?|utos|uti)?\.?\s+(?:de lecture|de lectura|di lettura|de leitura|lesezeit|leestijd)(?!\p{L})|\b(?:est\.?\s+)?read(?:ing)?\s+time:?\s*\d+\s*min(?:ute)?s?\b|[·•|]\s*\d+\s*min(?:ute)?s?\.?\s*$|[·•|]\s*\d+\s*(?:h|hrs?|hours?)\.?(?:\s*\d+\s*min(?:ute)?s?\.?)?\s*$/giu;
/** The labels of a Chinese news page's line under the headline: source, author, reporter, editor, font size, time. */
const CHINESE_FIELD = /(来源|來源|作者|记者|記者|责任编辑|責任編輯|编辑|編輯|字号|字號|发布时间|發布時間|时间|時間|稿源)[：:]\s*/gu;

/**
 * "2027-06-10 00:06　来源：桂江日报　作者：记者 张三 李四　字号：大 中 小": the line under a Chinese news page's headline,
 * its fields set apart by wide spaces, each after its label and a colon. The date, the source (the outlet that ran
 * the story) and the writers (after "作者" or "记者", reporter); an editor's and the font-size control's fields are not
 * the story's. Null for a line with no source or author field.
 */
function readChineseMetaLine(line: string): HeaderInfo | null {
  const text = line.trim();
  if (text.length > MAX_HEADER_LENGTH || !/(?:来源|來源|作者|记者|記者|稿源)[：:]/u.test(text)) return null;
  const info = emptyHeader();
  const labels = [...text.matchAll(CHINESE_FIELD)];
  const before = text.slice(0, labels[0]?.index ?? text.length);
  info.publishedAt = findPublicationDate(before)?.date ?? null;
  labels.forEach((label, k) => {
    const value = text.slice(label.index! + label[0].length, labels[k + 1]?.index ?? text.length).trim();
    const field = label[1]!;
    if (/^(?:来源|來源|稿源)$/u.test(field)) info.publisher ??= value.split(/\s+/)[0] || null;
    else if (/^(?:作者|记者|記者)$/u.test(field)) info.authors.push(...value.replace(/^(?:本报)?(?:记者|記者|通讯员|通訊員)\s*/u, '').split(/[\s、，,]+/u).filter((name) => /^\p{Script=Han}{2,4}$/u.test(name)));
    else if (/时间|時間/u.test(field)) info.publishedAt ??= findPublicationDate(value)?.date ?? null;
  });
  return info.authors.length > 0 || info.publisher !== null ? info : null;
}

/**
 * A bare count after the time closing a date line, "June 10, 2027, 00:35   2 417": the views an eye icon counts, the
 * icon lost in the copy (not a year).
 */
const VIEW_COUNT_AFTER_TIME = /(\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)\s+(?!(?:19|20)\d{2}$)\d{1,3}(?:[ .,\u00a0\u202f]\d{3})*$/iu;

/**
 * The section a blog theme's post line names beside the dates: "Filed under Politics", "Catégorie : Société", or after
 * a date or its time, "... 2027-03-21 Dans Régions", "... 3 March 2026 in Politics", "... at 9:15 pm in Transport" (a
 * section, no writer).
 */
const CATEGORY_FIELD =
  /(?:(?<!\p{L})(?:[Ff]iled under|[Pp]osted in|[Pp]ublished in|[Cc]atégories?|[Rr]ubriques?|[Cc]ategor(?:y|ies|ía|ías|ia|ie)|[Kk]ategorie|[Kk]ategoria|[Kk]ategori)\s*:?|(?<=(?:\d|\b[ap]\.?m\.?)\s{0,3})(?:[Dd]ans|[Ii]n|[Ee]n|[Ee]m))\s+\p{Lu}[\p{L}\p{M}&'’-]*(?:\s+(?:&|and|et|y|e|und)\s+\p{Lu}[\p{L}\p{M}'’-]*)?(?!\p{L})/gu;
/** "12 comments", "3 Kommentare", "(88 reads)", "1,204 views", Korean "댓글 3", Japanese "コメント 3": a comment or read count beside the byline. */
const COMMENT_COUNT = /\(?\b\d[\d,.]*\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|responses|replies|reads|views|hits)(?!\p{L})\)?|(?<!\p{L})(?:댓글|조회수?|コメント|评论|評論)\s*\(?\d[\d,]*\)?/giu;
/** "Episode 212 · Aug 21, 2024 · 14 min": a podcast or programme episode's number in its date line. */
const EPISODE_NUMBER = /^\s*(?:episode|ep\.|épisode|episodio|folge|aflevering|odcinek|bölüm|issue|no\.|vol\.|volume|numéro|número|nº|n°|ausgabe|heft)\s*\d{1,4}\b/gi;
/**
 * "2 hours ago", "just now": an age relative to whenever the page was saved, not a date; and the same in
 * Portuguese, Spanish, French, German, Italian and Dutch ("há 2 horas", "hace 3 días", "il y a 5 minutes",
 * "vor 2 Stunden", "3 ore fa", "2 uur geleden"), and Nordic, Romanian and Polish ("for 3 timer siden", "acum 2 ore", "2 godziny temu").
 */
const RELATIVE_AGE =
  /\b(?:(?:about|around|over|almost|nearly)\s+)?(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b|\bjust\s+now\b|(?<!\p{L})(?:há|hace|il y a|vor)\s+(?:\d+|um|uma|un|una|une|einer?|einem)\s+(?:segundos?|minutos?|horas?|días?|dias?|semanas?|mes(?:es)?|secondes?|minutes?|heures?|jours?|semaines?|mois|sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?)(?!\p{L})|\b\d+\s+(?:secondi|minuti|ore|giorni|settimane|mesi|seconden|minuten|uur|dagen|weken|maanden)\s+(?:fa|geleden)(?!\p{L})|(?<!\p{L})(?:for|för)\s+(?:\d+|en|et|ett)\s+(?:sekunder?|minut(?:ter|ten|er)?|time[nr]?|timm(?:e|ar)|dag(?:e|ar|en)?|uge[nr]?|uk(?:e|en|er)|veck(?:a|or))\s+(?:siden|sedan)(?!\p{L})|(?<!\p{L})acum\s+(?:\d+|o|un)\s+(?:secunde|minute?|minut|ore|oră|zile|zi)(?!\p{L})|\b\d+\s+(?:minut(?:y|ę)?|godzin(?:y|ę)?|dni)\s+temu(?!\p{L})/giu;

/**
 * The weekday that opens a date ("Words by Jane Roe Sun 4 Jun 2023", "كتب: NAME الثلاثاء ..."): the date's, not the
 * name's last word; or the line's ("Friday 18 September 2026, by Jane Roe"); a French post line's "le dimanche 18 mars" too,
 * with its "le" (not a town's top bar, "Moncton, vendredi 11 février", nor the Spanish and Portuguese weekdays, "Domingo"
 * and "Sábado" being names as well).
 */
const WEEKDAY_BEFORE_DATE = new RegExp(String.raw`(?:^|\s+)(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?|le\s+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|${LANGUAGE_WEEKDAYS})\.?,?\s*$`, 'iu');
/** The same weekdays after a slash, where a town and region stand before them ("Westport, Region / sábado"). */
const WEEKDAY_AFTER_SLASH = new RegExp(String.raw`\s+\/\s+(?:${EUROPEAN_WEEKDAYS})$`, 'iu');

/** The time set before a date ("Outlet / 05:12 PM March 03, 2025", "08:00 Thursday 07 March 2024"). */
const CLOCK_BEFORE_DATE = /(?<=^|\s)\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?=\s*(?:\p{L}+\.?,?\s*)?$)/u;

/** The text before a date without the weekday that opens the date, unless that would leave a one-word name ("By Li Sun"). */
function withoutWeekday(before: string): string {
  const stripped = before.replace(WEEKDAY_BEFORE_DATE, '');
  if (stripped === before) return before;
  const lastPart = stripped.split(/[,;|·•–—]/).pop()!.replace(BY_LABEL_ANYWHERE, '').trim();
  return lastPart.split(/\s+/).length === 1 && lastPart !== '' ? before : stripped;
}

/**
 * Separators between the parts of a header line, and the words that join a credit to its date ("on", "at", French "le",
 * German "am", Portuguese "em", Serbian, Croatian and Bosnian "dana", "on the day").
 */
const TRAILING_SEPARATORS = /(?:[\s,;|/·•●–—-]|(?<!\p{L})(?:on|at|le|am|em|dana|дана)(?!\p{L}))+$/iu;
const LEADING_SEPARATORS = /^(?:[\s,;|/·•●–—-])+/;

/** " on gazette.example", " at www.gazette.example": the site a date line says the story was published on. */
const SITE_AFTER_DATE = /^\s*(?:on|at)\s+(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?\s*$/iu;
/** The same site before the date, after a label: "First published on gazette.example on 3 May 2024". */
const SITE_BEFORE_DATE = /^\s*(?:(?:on|at)\s+)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)+\/?\s+on\s*$/iu;

const SPACED_MERIDIEM = /(\d)\s*([ap])\.\s?m\.(?=\s|$|[,;|)])/gi;

/** Reads a header line, or returns null when the line is not a byline, a credit or a date line. */
/** A credit's label alone on its line, its names on the next: "By", "Author of the article:", "Words:". */
export function isCreditLabel(line: string): boolean {
  const text = line.trim();
  return BY_LABEL.exec(text)?.[0].length === text.length;
}

/** The most dates one labelled part of a header line repeats (bounds the work on a hostile line). */
const MAX_DATES_IN_CHUNK = 4;

/** A note in brackets of whose clock a time is: "(hora de Rapa Nui)", "(heure de Paris)", "(ora italiana)", "(local time)". */
const ZONE_NOTE = /\(\s*(?:(?:hora|heure|ora|horário|horario)\s+(?:de|da|do|di|du|local|locale|italiana|peninsular|oficial)\b[^()]{0,30}|[^()]{0,30}\btime)\s*\)/giu;

/** A print edition's page closing a date line: ", p. 5", ", page 12", ", Seite 3", ", Sida 8". */
const PRINT_PAGE_AT_END = /[,;·|]\s*(?:p\.|page|seite|sida|side|página|pagina)\s?[a-z]?\d{1,3}\s*$/iu;
/** The most words of a print section's name ("Regions", "Greater Harbour"). */
const MAX_SECTION_WORDS = 4;

export function readHeaderLine(line: string): HeaderInfo | null {
  const chinese = readChineseMetaLine(line);
  if (chinese) return chinese;
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > MAX_HEADER_LENGTH) return null;
  const info = emptyHeader();
  // "7:02 p. m.": Spanish writes the meridiem spaced, with full stops.
  const cleaned = text.replace(ZONE_NOTE, ' ').replace(SPACED_MERIDIEM, '$1 $2m').replace(READING_TIME, ' ').replace(RELATIVE_AGE, ' ').replace(COMMENT_COUNT, ' ').replace(EPISODE_NUMBER, ' ').replace(CATEGORY_FIELD, ' ').replace(VIEW_COUNT_AFTER_TIME, '$1');

  // Cut the line at its date labels: what follows a label, up to the next one, is that label's.
  const labels = [...cleaned.matchAll(DATE_LABEL)];
  const chunks: { text: string; modified: boolean | null | 'copy' }[] = [];
  let from = 0;
  let kind: boolean | null | 'copy' = null;
  for (const m of labels) {
    chunks.push({ text: cleaned.slice(from, m.index), modified: kind });
    from = m.index + m[0].length;
    kind = m[3] !== undefined ? 'copy' : m[2] !== undefined;
  }
  chunks.push({ text: cleaned.slice(from), modified: kind });

  let remainder = '';
  let copyDated = false;
  for (const chunk of chunks) {
    const found = findPublicationDate(chunk.text);
    let leftover = chunk.text;
    if (found) {
      if (chunk.modified === 'copy') copyDated = true;
      if (chunk.modified === true) info.modifiedAt ??= found.date;
      else if (chunk.modified !== 'copy') info.publishedAt ??= found.date;
      // "Published 3 May 2024 on gazette.example": the site the date is the story's on says nothing more.
      const after = chunk.text.slice(found.end).replace(SITE_AFTER_DATE, '');
      leftover = `${withoutWeekday(chunk.text.slice(0, found.start).replace(CLOCK_BEFORE_DATE, '')).replace(SITE_BEFORE_DATE, '')} ${withoutLeadingDateNoise(after)}`;
      // "21:48 AST (22-Apr-2026 01:48 GMT)": the same moment again in another zone says nothing more.
      for (let again = findPublicationDate(leftover), n = 0; again && n < MAX_DATES_IN_CHUNK; again = findPublicationDate(leftover), n++) {
        leftover = `${leftover.slice(0, again.start)} ${withoutLeadingDateNoise(leftover.slice(again.end))}`;
      }
      leftover = leftover.replace(/\(\s*\)/g, ' ');
    } else if (chunk.modified === true && isDayAndMonth(chunk.text)) {
      // "Last Updated: March 7": an update printed without its year dates nothing, but is no credit either.
      leftover = '';
    }
    if (!isDateNoise(leftover)) remainder += ` ${leftover}`;
  }
  // A copy's date ("Printed on ...") dates nothing, but still makes the line a date line.
  const hasDate = info.publishedAt !== null || info.modifiedAt !== null || copyDated;
  remainder = remainder.replace(/\s+/g, ' ').replace(LEADING_SEPARATORS, '').replace(TRAILING_SEPARATORS, '').trim();
  // A line of nothing but header furniture ("2 days ago", "4 min read") is still a header line, with no values.
  // So is a labelled date without its year ("Julkaistu 12.3. 8:15"): the page's metadata has the year.
  if (remainder === '') return hasDate || cleaned.trim() !== text || (labels.length > 0 && /\d/.test(cleaned)) ? info : null;

  // ("Nicoya, Guanacaste / <date>": the town and region the story was filed from, set apart from the date by a slash.)
  const place = remainder.replace(WEEKDAY_AFTER_SLASH, '');
  if (hasDate && cleaned.includes(`${place} / `) && isPlaceAndRegion(place)) return info;
  // ("Regions, Tuesday 9 January 2029, p. 5": a print story's section, day and page, as press archives give them.)
  if (hasDate && PRINT_PAGE_AT_END.test(cleaned) && remainder.split(/\s+/).length <= MAX_SECTION_WORDS) return info;
  // What is not a date must be a credit: "by ..." always; a bare name only beside a date ("Reuters, <date>").
  const byline = readByline(remainder, { labelRequired: !hasDate });
  // "Staff Writer | 14 March 2023": a credit naming nobody still makes a dated line a header line.
  // "Millbrook / 14.06.2024 17:05": the place the story was filed from, beside its date.
  // "Submitted by ledgerweb on ...": a site account's login, in lower case, names no writer.
  if (!byline) return hasDate && (isNamelessCredit(remainder) || classifyName(remainder) === 'place' || isPlacesFiledFrom(remainder) || ACCOUNT_CREDIT.test(remainder)) ? info : null;
  info.authors = byline.authors;
  info.publisher = byline.publisher;
  return info;
}

/**
 * "Westport / Madrid": the places the writers filed from, set apart by slashes, and no credit. One of them is a known
 * place; none opens with a given name (a writer's part would: "Jane Roe / Madrid").
 */
function isPlacesFiledFrom(text: string): boolean {
  const parts = text.split(/\s+\/\s+/);
  return parts.length >= 2 && parts.some((p) => isPlaceName(p)) && parts.every((p) => isPlaceName(p) || !isGivenName(p.split(/\s+/)[0]!));
}

/**
 * "Nicoya, Guanacaste": a town and its region beside a date, where the story was filed: names in capitals set apart by
 * a comma, none opening with a given name, that no credit reads.
 */
function isPlaceAndRegion(text: string): boolean {
  const parts = text.split(/\s*,\s*/);
  return parts.length === 2 && parts.every((p) => /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+(?:de|del|la|do|da)?\s*\p{Lu}[\p{L}\p{M}'’.-]+)?$/u.test(p) && !isGivenName(p.split(/\s+/)[0]!));
}

/** A credit to a site account's login: "Submitted by ledgerweb", "Posted by admin", "by web_desk". */
const ACCOUNT_CREDIT = /^(?:(?:[Ss]ubmitted|[Pp]osted|[Pp]ublished|[Uu]ploaded)\s+)?[Bb]y\s+[\p{Ll}\d][\p{Ll}\d_.-]{1,30}(?:\s+on)?$/u;

export interface Byline {
  authors: string[];
  /** The first outlet the credit names ("Reuters", "WorldTribune" of "WorldTribune Staff"), or null. */
  publisher: string | null;
}

/**
 * A credit: "By Jane Doe and John Roe, Reuters", "By NAME | OUTLET", "By KAREEM HADDAD, Associated Press Writer",
 * "By Express News Service, New Delhi". Null when the text is not a credit ("By the end of the day, ...").
 * Without `labelRequired` a credit may lack its "By" (the caller has other evidence it is a header line).
 */
/** A full name, a comma, and a title in quotation marks: "Jane Roe, „The Harbour Post“", "Ирина Роева, «Вестник»". */
const QUOTED_OUTLET_AFTER_NAME = /^(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}),\s*[„“"«]([^„“”"«»]{2,50})[“”"»]$/u;

export function readByline(raw: string, options: { labelRequired?: boolean } = {}): Byline | null {
  let text = raw.replace(/\s+/g, ' ').trim();
  // No credit runs to hundreds of characters; the cap also bounds the work of the patterns below on a long line.
  if (text.length > MAX_CREDIT_LENGTH) return null;
  // "Jane Roe (Year 12)", "(Grade 10)", "(Form 4)": a student's year level after the name is not part of it.
  text = text.replace(/\s*\((?:year|yr\.?|grade|form|class of)\s*\d{1,4}\)/gi, '').trim();
  // "Ibhalwe nguJane Roe noJohn Doe": isiXhosa's and isiZulu's "written by", its "by" and "and" prefixed to the names.
  const nguni = NGUNI_BY_LABEL.exec(text);
  if (nguni) text = `By ${text.slice(nguni[0].length).replace(/\s+no(?=\p{Lu}\p{Ll})/gu, ' and ')}`;
  // "Our Correspondent", "Our Staff Reporter, Quetta": a staff credit that names no one, a credit line without a label.
  const unlabelled = text.replace(/^by\s+/i, '');
  if (STAFF_ONLY_CREDIT.test(unlabelled)) return { authors: [], publisher: null };
  // "Harbour Public Radio | By Jane Roe, John Doe": the station or paper before its writers' credit.
  const outletFirst = /^(\p{Lu}[^|:]{1,60}?)\s+\|\s+(by\s+\S.*)$/iu.exec(text);
  if (outletFirst && classifyName(outletFirst[1]!) === 'outlet') {
    const inner = readByline(outletFirst[2]!, options);
    if (inner && inner.authors.length > 0) return { authors: inner.authors, publisher: inner.publisher ?? outletFirst[1]!.trim() };
  }
  // "news@gazette.example (Jane Roe)": a feed's author field (RSS 2.0 gives the address, then the name in brackets).
  const feedAuthor = FEED_AUTHOR.exec(unlabelled);
  if (feedAuthor) return classifyName(feedAuthor[1]!) === 'person' ? { authors: [displayName(feedAuthor[1]!.trim())], publisher: null } : null;
  // "From Jane Roe in Gulu", "From Our Correspondent in Nairobi": a correspondent's credit, with where she files from.
  const filed = FILED_FROM.exec(text);
  if (filed) {
    const kind = classifyName(filed[1]!);
    if (kind === 'person') return { authors: [displayName(filed[1]!.trim())], publisher: null };
    if (kind === 'role') return { authors: [], publisher: null };
  }
  // "Jane Roe, „The Harbour Post“": a writer, then her paper's name in quotation marks, as Lithuanian, Polish, Russian and
  // Ukrainian credits set it (the marks say it is a title, no second writer).
  const quotedOutlet = QUOTED_OUTLET_AFTER_NAME.exec(unlabelled);
  if (quotedOutlet && classifyName(quotedOutlet[1]!) === 'person') return { authors: [displayName(quotedOutlet[1]!)], publisher: quotedOutlet[2]!.trim() };
  // "Text: Jane Roe · Photos: John Doe", "Authors: A, B": a labelled line of credits.
  const labelledCredit = readLabelledCredit(text);
  if (labelledCredit) return { authors: labelledCredit, publisher: null };
  // "Jane Roe and Sutrisno (The Harbour Ledger)": writers, then their paper in brackets; a one-word name among them is a
  // person's (Indonesian and Burmese writers often have one name), not an agency's.
  const bracketedOutlet = /^(?:by\s+)?(\p{Lu}[^()]{2,80}?)\s+\(((?:the\s+)?\p{Lu}[^()]{2,50})\)$/iu.exec(text);
  if (bracketedOutlet && classifyName(bracketedOutlet[2]!) === 'outlet') {
    const names = bracketedOutlet[1]!.split(/\s*(?:,|&|\band\b|\bdan\b)\s*/).filter((n) => n !== '');
    const writer = (n: string) => classifyName(n) === 'person' || (/^\p{Lu}\p{Ll}{2,}$/u.test(n) && !isKnownOrganisation(n) && !isPlaceName(n));
    // (Joined by "and", or under "By": "Westport, Harbourland (HNA)" is a place and its region before an agency.)
    const joined = /\s(?:and|&|dan)\s/i.test(bracketedOutlet[1]!) || /^by\s/i.test(text);
    if (joined && names.length > 1 && names.length <= 4 && names.every(writer) && names.some((n) => classifyName(n) === 'person')) {
      return { authors: names.map((n) => displayName(n)), publisher: bracketedOutlet[2]!.trim() };
    }
    // "Jane Roe (City Radio)": one writer of full name and her station or paper, as a foot credit gives them.
    if (names.length === 1 && names[0]!.split(/\s+/).length >= 2 && classifyName(names[0]!) === 'person') {
      return { authors: [displayName(names[0]!)], publisher: bracketedOutlet[2]!.trim() };
    }
  }
  const eastAsian = EAST_ASIAN_CREDIT.exec(text);
  if (eastAsian) return { authors: [eastAsian[1]!.replace(/\s+/g, '')], publisher: null };
  const label = BY_LABEL.exec(text) ?? LOCAL_BY_LABEL.exec(text) ?? HEBREW_BY_LABEL.exec(text) ?? ROLE_BY_LABEL.exec(text) ?? roleBeforeName(text) ?? (options.labelRequired === false ? ROMANIAN_BY_LABEL.exec(text) : null);
  if (label) text = text.slice(label[0].length);
  else if (options.labelRequired ?? true) return null;
  // ("Written by: Our Kandy Correspondent": the same credit under a label.)
  if (label && STAFF_ONLY_CREDIT.test(text.trim())) return { authors: [], publisher: null };
  // "Na Jane Roe, 12 Machi 2024": the Swahili "by", taken only where the line is known to be a credit.
  else text = text.replace(SWAHILI_BY_LABEL, '');
  text = text.replace(CONTACT_AFTER_NAME, '').replace(AUTHOR_LINK_TAIL, '').replace(TRAILING_SEPARATORS, '').trim();
  if (label) {
    // "Par Rita Roe et Karim Doe, à Zahlé": the town the writers filed from, after a comma and "in" (French "à", Portuguese "em",
    // Hausa "a"), or after each writer's name, "Par Rita Roe, à Zahlé, et Karim Doe, à Baalbek".)
    text = text.replace(/,\s+(?:à|em|en|a)\s+\p{Lu}[\p{L}\p{M}'’ -]{1,30}?(?=\s*,\s*(?:et|e|y|and)\s|$)/gu, '').replace(/,(\s+(?:et|e|y|and)\s)/gu, '$1');
    // (The "and" of a language read only after its own label: see LABELLED_AND.)
    for (const { label: own, and } of LABELLED_AND) if (own.test(label[0])) text = text.replace(and, ' & ');
    // "By political reporter Jane Roe and John Doe": the role before the names.
    text = text.slice(roleBeforeNames(text));
    // "Jean Roe (correspondant régional) et Ana Doe": a writer's role in brackets after the name, the noun perhaps with an
    // adjective after it, as French and Spanish credits set it.
    text = text.replace(/\s*\(([^()]{2,40})\)/gu, (whole, inner: string) => (classifyName(inner) === 'role' || (inner.includes(' ') && classifyName(inner.replace(/\s+\S+$/u, '')) === 'role') ? '' : whole));
  }
  // "Jane Roe (Abuja), John Doe (Enugu)": where each writer filed from, in brackets after the name.
  // (Several such brackets, or a known place: "NAME (AP)" credits an agency.)
  const bracketed = [...text.matchAll(FILED_IN_BRACKETS)];
  // (Or, under a label, one town's name in title case that names no body: "Müəllif: Nigar Roe (Lənkəran)".)
  const town = (name: string) => label !== null && /^\p{Lu}[\p{Ll}\p{M}'’-]{2,}$/u.test(name) && !isKnownOrganisation(name) && !isKnownWord(name.toLowerCase());
  if (bracketed.length > 1 || bracketed.some((m) => isPlaceName(m[1]!) || town(m[1]!))) text = text.replace(FILED_IN_BRACKETS, '');
  // "JANE ROE and JOHN DOE FOR HARBOURONLINE": the web edition or paper the writers wrote for, after "for".
  let forOutlet: string | null = null;
  const writtenFor = label ? /\s+(?:FOR|[Ff]or)\s+((?:THE\s+|[Tt]he\s+)?\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,3})$/u.exec(text) : null;
  if (writtenFor && (classifyName(writtenFor[1]!) === 'outlet' || /^[\p{Lu}\d&'’. -]+$/u.test(writtenFor[1]!))) {
    forOutlet = writtenFor[1]!;
    text = text.slice(0, writtenFor.index);
  }
  // "Jeanne Roy à Québec", "Juan Pérez en Lima": where the writer files from, after the name, in another language.
  // (After two writers, "Jeanne Roy et Paul Roux à Québec", each of them is a person.)
  // "By Jane Roe and John Doe in Westport and Millbrook": the places two writers filed from, each one word.
  if (label) text = text.replace(FILED_IN_PLACES, '');
  const filedIn = FILED_IN_PLACE.exec(text);
  const writers = filedIn ? text.slice(0, filedIn.index).split(new RegExp(`${LOCAL_AND.source}|\\s+(?:and|&)\\s+|\\s*,\\s*`, 'u')) : [];
  // (Not a Dutch "en" before a second writer's name, "Door Jane Roe en Lotte De Smet": a given name opens no place.)
  const nextWriter = filedIn ? /^,?\s+en\s+(\p{Lu}[\p{L}'’-]*)\s/u.exec(filedIn[0]) : null;
  if (filedIn && !(nextWriter && isGivenName(nextWriter[1]!.toLowerCase())) && writers.every((writer) => capitalsSurnameKind(writer) === 'person')) text = text.slice(0, filedIn.index);
  if (text === '') return null;
  if (isGenreLabel(text)) return label ? { authors: [], publisher: null } : null;

  if (!label && isPlacesFiledFrom(text)) return null;
  const authors: string[] = [];
  const outlets: string[] = [];
  // "By Staff Reporter": a credit with a "By" label but no name is still the story's byline line.
  let creditOnly = false;
  // "Jane Roe | Millbrook Falls": what a pipe sets apart after the writers may be the town they filed from.
  const afterPipe = new Set(text.split(/\s+\|\s+/).slice(1).map((part) => part.trim()));
  // "Harbour Gazette · A4 · By Jane Roe": a part of the line may carry its own "By".
  // (Then a name in a part before it, without one, is the feed's or the outlet's: "Harbour Matin · by Jane Roe · Wed".)
  const rawSegments = text.split(/\s+[|/·•–—-]\s+|\s*\n\s*/);
  // "PLACE - NAME": the town an Arab or Indian credit sets before the writer, one word of a script without capitals.
  if (rawSegments.length === 2 && CASELESS_WORD.test(rawSegments[0]!.trim()) && rawSegments[1]!.trim().includes(' ') && classifyName(rawSegments[1]!) === 'person') rawSegments.shift();
  const byAt = rawSegments.findIndex((part) => /^[Bb][Yy]\s+\p{Lu}/u.test(part));
  const beforeBy = new Set(byAt > 0 && rawSegments.filter((part) => /^[Bb][Yy]\s/.test(part)).length === 1 ? rawSegments.slice(0, byAt).filter((part) => classifyName(part) === 'person') : []);
  for (const segment of rawSegments.map((part) => part.replace(/^[Bb][Yy]\s+(?=\p{Lu})/u, '')).flatMap(slashedRole)) {
    if (beforeBy.has(segment)) {
      outlets.push(segment.trim());
      continue;
    }
    // "Penulis: Jane Roe | Editor: John Doe": the part of the credit line that names the editor.
    if (OTHER_CREDIT_LABEL.test(segment) || PICTURE_CREDIT.test(segment)) continue;
    // "Autor: Jane Roe | Zdroj: ČTK, Outlet": the source field names the agencies and outlets the story draws on.
    const source = SOURCE_LABEL.exec(segment);
    if (source) {
      outlets.push(...namePieces(segment.slice(source[0].length)).map(cleanOutlet));
      continue;
    }
    let pictures = false;
    for (const piece of namePieces(segment)) {
      // "Story by Jane Roe; photos by John Doe and Ann Poe", "... and edited by ...": they did not write the story.
      pictures ||= PICTURE_CREDIT.test(piece) || /^(?:edited|translated|produced|fact[- ]checked)\s+by\b/i.test(piece);
      if (pictures) continue;
      // "JANE DOE Harbour Press Agency": agency copy sets the name in capitals, the credit after it in ordinary case.
      const caps = CAPS_NAME_THEN_CREDIT.exec(piece.trim());
      if (caps && hasPersonNameShape(caps[1]!) && classifyName(caps[2]!) !== 'place') {
        authors.push(displayName(caps[1]!));
        const outlet = classifyName(caps[2]!) === 'role' ? outletInRole(caps[2]!) : cleanOutlet(caps[2]!);
        if (outlet) outlets.push(outlet);
        continue;
      }
      // "Jane Doe, with agencies", "with AFP": the agencies the story draws on contributed; they did not publish it.
      if (/^with\s+(?:\p{Lu}|agencies|wires|wire services)/u.test(piece.trim())) continue;
      // "Jane Doe in London", "Jane Doe for The Gazette", "Jane Doe, special to The Gazette".
      const parts = /^(.*?)\s+(?:(in|from)|for|special to|(with))\s+(\p{Lu}.*)$/iu.exec(piece);
      const name = parts ? parts[1]!.trim() : piece;
      if (parts && !parts[2] && !parts[3]) {
        const writer = ['person', 'role'].includes(capitalsSurnameKind(name));
        // (Only after a writer or a role: without a label, "Lokalavisa for Westby", "The paper for Westby", a nameplate's
        // tagline, is no credit.)
        if (!writer && !label) return null;
        if (writer && classifyName(parts[4]!) === 'outlet') outlets.push(parts[4]!.trim());
      }
      if (name === '' && parts) continue;
      if (isGenreLabel(name) || NO_ONE_CREDIT.test(name.trim()) || isLabelledDesk(name)) {
        creditOnly = true;
        continue;
      }
      const kind = capitalsSurnameKind(name);
      // "By Jane Roe, The Courier — Millbrook": a name after the outlet is the place it reports from.
      if (kind === 'person' && isPlaceAfterOutlet(authors, outlets)) continue;
      // (A name-shaped part whose first word is no given name, after writers whose given names are known, is that town.)
      if (kind === 'person' && isTownAfterPipe(name, segment, afterPipe, authors)) continue;
      if (kind === 'person') {
        authors.push(displayName(withoutHonorific(name)));
        // "By Jane Roe with John Doe": a second writer's full name after "with" (not an agency's, "with AFP").
        const withWriter = label && parts?.[3] ? parts[4]!.trim() : '';
        if (withWriter.includes(' ') && capitalsSurnameKind(withWriter) === 'person') authors.push(displayName(withoutHonorific(withWriter)));
      } else if (kind === 'outlet' && label && authors.length > 0 && isOneName(name) && new RegExp(String.raw`(?:\band|&|${LOCAL_AND.source.replace(/^\\s\+/, '')})\s*${escapeRegExp(name.trim())}\s*$`, 'u').test(segment)) {
        // "By Jane Roe and Noy": after a writer's full name, a one-word name joined to it is a writer's one name.
        authors.push(name.trim());
      } else if (kind === 'outlet') {
        const collective = publisherOfCollectiveByline(name);
        if (collective) {
          if (!isDeskCredit(name)) authors.push(name);
          outlets.push(collective);
        } else if (isDeskCredit(name)) {
          // "Web Desk", "By Jane Roe, Metro Desk": a section desk names no publication (nor a person).
          creditOnly = true;
        } else {
          outlets.push(cleanOutlet(name));
        }
      } else if (kind === 'role') {
        const staff = authors.length > 0 ? OUTLET_STAFF_ROLE.exec(name) : null;
        if (staff && classifyName(staff[1]!) !== 'role') {
          // "By Jane Roe / Harbour Shimbun Staff Writer": after the writer's name, "X Staff Writer" is the outlet's staff.
          outlets.push(cleanOutlet(staff[1]!));
          continue;
        }
        const run = peopleBeforeRoles(name);
        if (run) {
          authors.push(...run.map(displayName));
          continue;
        }
        const person = personBeforeRole(name);
        const outlet = person ? null : outletInRole(name);
        if (person) authors.push(displayName(person));
        else if (outlet) outlets.push(outlet);
        else creditOnly = true;
      } else if (kind === 'place') {
        if (authors.length === 0 && outlets.length === 0) return null;
      } else if (isGenericCredit(name)) {
        creditOnly = true;
      } else if (authors.length > 0 && CASELESS_WORD.test(name.trim())) {
        // A single word of a script without capitals after the writer's name: the town she files from, as Indian and
        // Arab credits set it ("NAME, CITY"), whose case cannot tell it from a name.
        continue;
      } else if (authors.length > 0 && isAffiliation(name)) {
        // "Par Jeanne Roy, Initiative de journalisme local": the scheme or programme the writer works under.
        continue;
      } else {
        return null;
      }
    }
  }
  if (authors.length === 0 && outlets.length === 0 && !(label && creditOnly)) return null;
  return { authors: [...new Set(authors)], publisher: outlets[0] ?? forOutlet };
}

/**
 * A writer's one name ("Noy", "Fanja", "Sutrisno"): a word in title case that is no word of the language, no known
 * organisation and no place. (Agencies sign in capitals, "AFP", or with a comma after the writer, "Jane Roe, Reuters".)
 */
function isOneName(text: string): boolean {
  const word = text.trim();
  return /^\p{Lu}\p{Ll}{2,}$/u.test(word) && !isKnownWord(word.toLowerCase()) && !isKnownOrganisation(word) && !isPlaceName(word) && classifyName(word) !== 'role' && !isDeskCredit(word);
}

/**
 * The kind of a credit's name, a surname in capitals after given names counted as the name it is ("Ndèye Fatou SARR",
 * which as written reads like an outlet's initials), not an outlet's initials after its name ("Radio ABC").
 */
function capitalsSurnameKind(name: string): NameKind {
  const kind = classifyName(name);
  const words = name.trim().split(/\s+/);
  // (A word of four letters or more with a vowel, not an acronym, after given names the reader takes for a person's, or
  // after one to three words in title case, "Heimana TERIITEHAU", as French and Pacific papers set a name: the name in
  // normal case then tells.)
  const given = words.slice(0, -1).join(' ');
  const titleCaseGiven = words.length >= 2 && words.length <= 4 && words.slice(0, -1).every((w) => /^\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?$/u.test(w));
  if (kind !== 'outlet' || !/\p{Ll}/u.test(name) || !/^\p{Lu}{4,}$/u.test(words.at(-1)!) || !/[AEIOUY]/.test(words.at(-1)!) || !(titleCaseGiven || isGivenName(given) || classifyName(given) === 'person')) return kind;
  return classifyName(displayName(name));
}

/**
 * A staff credit that names no one, by its "our" or "a": "Our Correspondent", "Our Special Correspondent, Quetta", "Our
 * Kandy Correspondent", "A Correspondent" ("Staff Writer" alone may be the role line under a writer's name).
 */
const STAFF_ONLY_CREDIT = /^(?:our\s+(?:\p{L}[\p{L}'’-]+\s+){0,2}?|a\s+)(?:(?:own|special|staff|local|political|foreign|diplomatic|city|business|sports?|news|parliamentary|legal|education|health|crime|court)\s+)*(?:correspondent|reporter|writer|staff)s?(?:\s*,\s*\p{Lu}[\p{L}.'’ -]{1,40})?$/iu;
/** One word of a script without capitals (Devanagari, Bengali, Arabic, Hebrew): a town beside a writer's name, in credits of those scripts. */
const CASELESS_WORD = new RegExp(String.raw`^[${CASELESS_SCRIPT_LETTERS}\p{M}]+$`, 'u');
/** "From NAME in PLACE", "From NAME, PLACE": a correspondent's credit in British, Commonwealth and Nigerian papers. */
const FILED_FROM = /^[Ff]rom\s+(\p{Lu}[\p{L}.'’ -]{2,60}?)(?:\s+in|\s*,)\s+\p{Lu}[\p{L}.'’ -]{1,40}$/u;
/** A writer's place in brackets after the name, before the next name or the end: " (Abuja)". */
const FILED_IN_BRACKETS = /\s*\((\p{Lu}[\p{L}.'’ -]{1,30})\)(?=\s*(?:,|&|\band\b|$))/gu;

/**
 * The place a writer files from after the name, with the French, Spanish, Portuguese, German or Dutch word for "in"
 * or "from" ("à", "depuis", "en", "desde", "em", "aus", "vanuit"), or after a comma Portuguese "em" with the article
 * ("Por Ana Lopes, na Praia") or "from" with it ("Por Ana Lopes, do Recife"); not "da" or "de" without the comma, which
 * open surnames.
 */
const FILED_IN_PLACE = /(?:,?\s+(?:à|depuis|en|desde|em|aus|vanuit)|,\s+(?:no|na|nos|nas|do|da|dos|das|de))\s+\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}$/u;
/** " in Westport and Millbrook", " in Westport, Millbrook and Eastleigh": several one-word places after the writers. */
const FILED_IN_PLACES = /\s+in\s+\p{Lu}[\p{L}\p{M}'’-]+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}\p{M}'’-]+)+$/u;
/** An RSS author field: an address and the writer's name in brackets. */
const FEED_AUTHOR = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\(([^()@]{3,60})\)$/;
/** "Jane Roe @janeroe", "Jane Roe jane.roe@gazette.example", "JANE ROE [jroe@gazette.example]": the writer's handle or e-mail after the name. */
const CONTACT_AFTER_NAME = /\s*[([]?(?:@[A-Za-z0-9_]{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)[)\]]?(?=\s*(?:[|,;·•–—-]|$))/g;

/** Whether a credit line or part names the photographer or video maker ("Photos by John Doe", "Fotos: ..."). */
export function isPictureCredit(text: string): boolean {
  return PICTURE_CREDIT.test(text.trim());
}

/**
 * "Photos by John Doe", "Pictures: ...", "Video: ...", "Fotos: ...", "foto di John Doe": the photographer's or video
 * maker's part of a credit line.
 */
const PICTURE_CREDIT = /^(?:photos?|photographs?|photography|pictures?|images?|video|videos|graphics?|illustrations?|fotos?|foto['’]s|fotograf(?:ía|ías|ia|ias|ie|ien)|imagen(?:es)?|bilder?|infograf(?:ía|ia|ik))(?:\s+by\b|\s*:|\s+(?:di|de|par|von|por|av|af|door)\s+(?=\p{Lu}))/iu;

/** The links set after the writer's name in a byline: "More by this Author", "View all posts", "Follow". */
const AUTHOR_LINK_TAIL =
  /\s+(?:more (?:stories |articles |posts )?(?:by|from) (?:this (?:author|writer|reporter)|\p{Lu}.{0,40})|(?:view|see) all (?:posts|articles|stories)(?: by .{0,40})?|all (?:posts|articles|stories) by .{0,40}|follow(?: (?:me|on \p{L}+))?)$/iu;

/**
 * "윤다혜 기자", "山田太郎記者", "李明 记者": a Korean, Japanese or Chinese name (no capitals to tell it by) before
 * the word for reporter, correspondent or editorial writer, which is the credit itself, as "By" is in English.
 */
const EAST_ASIAN_CREDIT =
  /^(\p{Script=Hangul}{2,4}|\p{Script=Han}{1,3}\s?\p{Script=Han}{1,3})\s*(?:기자|특파원|선임기자|수습기자|객원기자|논설위원|記者|记者|特派員|特派员|編集委員|通訊員|通讯员)$/u;

/** "Source:", "Zdroj:", "Forrás:", "Lähde:", "Källa:", "Πηγή:", "Nguồn:", "المصدر:": the label of a credit line's source field. */
const SOURCE_LABEL = /^(?:source|sources|zdroj|forrás|lähde|källa|kilde|quelle|fonte|fuente|źródło|πηγή|nguồn|المصدر)\s*:\s*/iu;

/** The word for editor in the languages whose credit lines name one ("Penyunting:", "Redaktør:", "Rédacteur en chef :", Swahili "Mhariri:", Albanian "Redaktoi:", "edited"). */
const EDITOR_WORDS = 'editor|redaktur|penyunting|editör|redaktør|redaktor|redacteur|rédacteur en chef|edição|edición|revisão|revisión|editado por|mhariri|redaktoi|redaktore';
/** The label of the editor a credit line may name beside the writer ("Editor: Jane Roe", "Penyunting:", "Redaktør:"): not an author. */
const OTHER_CREDIT_LABEL = new RegExp(`^(?:edited by|editing|${EDITOR_WORDS})\\s*:`, 'iu');
/**
 * "Edited By: Jane Roe", "Editor: Jane Roe", "Penyunting: ...", "Translated by Jane Roe", "Translation: ...": the
 * label of the editor's or translator's part of a credit line.
 */
const EDITOR_PART = new RegExp(`^(?:(?:edit(?:ed|ing)|translat(?:ed|ion))\\s+(?:from\\s+\\p{L}+\\s+)?by\\s*:?|(?:translator|translation|${EDITOR_WORDS})\\s*:)\\s*`, 'iu');

/**
 * The people a credit line names as its editors or translators ("Reported By: Jane Roe | Edited By: John Doe" ->
 * ["John Doe"], "Translated by Ann Poe. Edited by Ed Ito." -> both): they edited or translated the story, they
 * did not write it, wherever else the page lists them as authors.
 */
export function creditedEditors(line: string): string[] {
  const editors: string[] = [];
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_HEADER_LENGTH) return editors;
  for (const segment of text.split(/\s+[|/·•–—]\s+|\s*\|\s*|(?<=\p{Ll}{2}\.)\s+/u)) {
    const label = EDITOR_PART.exec(segment);
    if (!label) continue;
    const credit = readByline(segment.slice(label[0].length).replace(/\.$/, ''), { labelRequired: false });
    if (credit) editors.push(...credit.authors);
  }
  return editors;
}

/** "Harbour Shimbun Staff Writer": an outlet's name before its staff role. */
const OUTLET_STAFF_ROLE = /^(.+?)\s+staff\s+(?:writers?|reporters?|correspondents?|photographers?)$/i;

/**
 * "Jane Roe/Staff Reporter", "JANE ROE/Gazette Writer": a name and its role joined by a slash without spaces,
 * as Caribbean and South Asian papers print them. Split only when what follows the slash is a role.
 */
function slashedRole(segment: string): string[] {
  const m = /^([^/]+?)\s*\/\s*([^/]+)$/.exec(segment);
  return m && classifyName(m[2]!) === 'role' && classifyName(m[1]!) !== 'role' ? [m[1]!, m[2]!] : [segment];
}

/**
 * A capitalised description after the writer's name that names neither a person nor an outlet: the scheme or
 * programme the story was written under ("Initiative de journalisme local", "Local Democracy Reporting
 * Service"). Short, no sentence, no digits.
 */
function isAffiliation(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return /^\p{Lu}/u.test(text.trim()) && words.length >= 2 && words.length <= 6 && !/[\d.!?:;"“”]/.test(text);
}

/** Whether a credit has named its people and then its outlet: what follows is a dateline's place, not a person. */
function isPlaceAfterOutlet(authors: string[], outlets: string[]): boolean {
  return authors.length > 0 && outlets.length > 0;
}

/**
 * Whether a name-shaped credit part is the town the writers filed from, set apart by a pipe ("Jane Roe | Novo
 * Brdo"): the whole part after the pipe, its first word no known given name, while every writer before it opens with one.
 */
function isTownAfterPipe(name: string, segment: string, afterPipe: ReadonlySet<string>, authors: readonly string[]): boolean {
  const firstWord = (n: string) => n.trim().split(/\s+/)[0]!;
  return authors.length > 0 && afterPipe.has(segment.trim()) && name.trim() === segment.trim() && !isGivenName(firstWord(name)) && authors.every((a) => isGivenName(firstWord(a)));
}

const HONORIFIC = /^(?:prof(?:essor)?|dr|mr|mrs|ms|mx|miss|sir|dame|rev(?:erend)?|hon|engr|barr)\.?\s+/i;
/**
 * The academic degrees Central European names are written with, always with their full stop: "Mag.", "MMag.",
 * "Ing.", "Mgr.", "Bc.", "PhDr.", "JUDr.", "MUDr.", "Dkfm.", "inż.".
 */
const ACADEMIC_TITLE = /^(?:m?mag|ing|mgr|bc|(?:ph|ju|mu|rn|paed|pharm)dr|dkfm|inż)\.\s*/iu;

/** "Prof. Jane Doe", "Dr Jane Doe", "Mag. Dr. Jana Roe": honorifics and degrees are no part of the name a byline credits. */
function withoutHonorific(name: string): string {
  let rest = name;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(ACADEMIC_TITLE, '').replace(HONORIFIC, '');
  }
  return rest.includes(' ') ? rest : name;
}

/** The names of a credit: split at commas, semicolons, "&" and "and", company suffixes kept ("Foods, Inc."). */
function namePieces(segment: string): string[] {
  const pieces: string[] = [];
  for (const part of segment.split(/\s*(?:,|;|&|\band\b)\s*/i)) {
    // "Rafael Quintella*": a footnote's mark after a name (an intern's, a guest's) is no part of it.
    // "Julien FERRAND.": a credit closed with a full stop (not an initial's or a title's: "Jane Q.", "Jr.").
    const piece = part.trim().replace(/(?<=\p{L})\s*[*†‡]+$/u, '').replace(/(?<=\s\p{L}*\p{L}{3})\.$/u, '');
    if (piece === '') continue;
    // "Camille Roux et Julien Marchand": split only when every part is a full name ("Ortega y Gasset" is one).
    const local = piece.split(LOCAL_AND);
    // (Or full names and a writer's one name last, "Hery Roe et Fanja", as Malagasy and Burmese writers sign.)
    // (Not after the Spanish, Portuguese and Catalan "y", "e" and "i", which join a person's surnames: "Ortega y Gasset".)
    const oneNameLast = !/\s(?:y|e|i)\s+\S+$/.test(piece);
    // (A full name in a script without capitals opens with any of its letters: "ዳንኤል ቦጋለ", "সাবরিনা ইয়াসমিন".)
    if (local.length > 1 && local.every((p, k) => CASELESS_OR_CAPITAL_FULL_NAME.test(p) || (oneNameLast && k === local.length - 1 && k > 0 && isOneName(p)))) {
      pieces.push(...local);
      continue;
    }
    if (pieces.length > 0 && /^(?:inc|ltd|llc|plc|co|corp|gmbh|ag|s\.?a|pty|pvt)\.?$/i.test(piece)) pieces[pieces.length - 1] += `, ${piece}`;
    else pieces.push(piece);
  }
  return pieces;
}

/** A name in capitals, then words in ordinary case: "JANE DOE Harbour Press Agency". */
const CAPS_NAME_THEN_CREDIT = /^((?:\p{Lu}[\p{Lu}.'’-]+\s+){1,4}\p{Lu}[\p{Lu}.'’-]+)\s+(\p{Lu}\p{Ll}.*)$/u;

/** "Staff Writer", "Our Staff Reporter", "Staff": a credit that names no one. */
function isNamelessCredit(text: string): boolean {
  return text
    .split(/\s*[|,;]\s*/)
    .every((part) => part === '' || isGenericCredit(part) || (isDeskCredit(part) && !publisherOfCollectiveByline(part)) || (classifyName(part) === 'role' && !outletInRole(part)));
}

/** "agencies", "wire services", "staff": a credit's generic words, neither a name nor a reason to reject it. */
function isGenericCredit(text: string): boolean {
  return /^(?:(?:news|wire|the|other|our|staff|agencies|agency|services?|reports?|reporters?|contributors?|editors?|newsroom)\s*)+$/i.test(text.trim());
}

function cleanOutlet(name: string): string {
  return name.trim().replace(/^[\s"“'‘(]+|[\s"”'’),;:]+$/g, '');
}

/**
 * Names declared as authors (a meta tag, JSON-LD, front matter): people kept (in display case), outlets moved
 * to `outlets` ("Reuters", "Express News Service"; "WorldTribune Staff" stays an author and names its outlet),
 * web addresses, roles and anything that is not a name dropped.
 */
export function sortCredits(names: readonly string[]): { authors: string[]; outlets: string[] } {
  const authors: string[] = [];
  const outlets: string[] = [];
  for (const name of names) {
    const credit = readByline(name, { labelRequired: false });
    if (!credit) continue;
    authors.push(...credit.authors);
    if (credit.publisher) outlets.push(credit.publisher);
  }
  return { authors: [...new Set(authors)], outlets };
}

/**
 * "Jane Roe and Gazette Staff", a credit list of ["Jane Roe", "Gazette Staff"]: beside a named writer, the
 * outlet's staff account is the outlet (its publisher), not a second author. Alone it stays the credit it is.
 */
export function withoutStaffBesidePeople(authors: string[]): string[] {
  const people = authors.filter((a) => publisherOfCollectiveByline(a) === null);
  return people.length > 0 ? people : authors;
}

/** "Jane Doe and John Roe" / "Jane Doe, John Roe & Ann Poe" -> names, without a leading "By". */
export function splitAuthors(text: string): string[] {
  return text
    .replace(BY_LABEL, '')
    .split(/\s*(?:,|;|&|\band\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** One part of the credits that close wire copy: "Reporting by A and B in City", "Editing by C". */
const WIRE_CREDIT = /^(?:additional\s+)?(reporting|writing|written|reported|compiled|editing|edited|graphics|production|produced|fact[- ]checking|research)\s+by\s+(.+)$/i;

/**
 * The people credited at the end of wire copy: "Reporting by Jane Doe and John Roe; Writing by Ann Poe; Editing
 * by Ed Ito", "(Reporting by Jane Doe in Lima; Additional reporting by John Roe; Editing by Ed Ito)". Reporters
 * and writers are the authors; editors and producers are not. Null when the paragraph is not such a credit.
 */
export function readWireCredits(paragraph: string): string[] | null {
  // (Followed by the desk's contact in double brackets, as agencies set it: "((desk@agency.example; +1 555 0100))".)
  const text = paragraph.replace(/\s+/g, ' ').trim().replace(/\s*\(\([^()]*\)\)$/, '').replace(/^\((.*)\)\.?$/, '$1').replace(/\.$/, '');
  if (text.length > 400) return null;
  // ("(Reportagem: Jane Roe | Edição: John Doe)": the same credits labelled, as Portuguese and Spanish agencies set them.)
  if (paragraph.trim().startsWith('(')) {
    const labelled = readLabelledCredit(text);
    if (labelled) return labelled;
  }
  const authors: string[] = [];
  for (const part of text.split(/\s*;\s*/)) {
    const m = WIRE_CREDIT.exec(part.trim());
    if (!m) return null;
    if (/^(?:edit|graph|produc|fact|research)/i.test(m[1]!)) continue;
    const credit = readByline(`By ${m[2]}`);
    if (!credit) return null;
    authors.push(...credit.authors);
  }
  return authors;
}

/**
 * The authors named at the end of a story: agency closing credits ("(Reporting by Jane Roe in Paris and John
 * Doe; Writing by Ann Poe; Editing by Tim Moe)") or a signature ("— Jane Roe, club secretary"). Null otherwise.
 */
/** The label of a credit for the words: "Text:", "Words:", "Authors:", "Reporting:", "Written by:", Faroese "Tekstur:". */
const WORDS_CREDIT_LABEL = String.raw`(?:(?:story|text|words|reporting) and (?:photos?|pictures?|photography)|text|words|story|texte|tekst|authors?|reporters?|reporting|reported by|written by|reportagem|reportaje|reportage|texto|testo|penulis|wartawan|muhabir|yazar|autor(?:es|in|a|zy)?|szerzők?|forfatter|piše|pišu|besedilo|tekstur|ტექსტი|т[еэ]кст(?:\s+(?:и|і)\s+фот[оа])?|خبرنگار|نویسنده)\s*:`;
/**
 * The label of a credit for something else than the words: "Photos:", "Video:", "Camera:", "Editing:", "Editor:", Faroese
 * "Myndir:". It may follow the writers' names after a mere space, its capital and colon setting it apart ("Text: Jane Roe
 * Photos: John Doe").
 */
const NOT_WORDS_CREDIT_LABEL = String.raw`(?:photos?|pictures?|images?|photography|fotos?|video|camera|graphics?|editing|edited by|editors?|edição|edición|édition|redacção|redacción|penyunting|redaktur|editör|fotoğraf|myndir|mynd|фото|фота|фотограф|ფოტო)\s*:`;
const LABELLED_CREDIT_LINE = new RegExp(String.raw`^${WORDS_CREDIT_LABEL}\s*([^:·|;]{3,120}?)((?:\s*(?:[·|;/–—,]|\.(?=\s)|\s(?=\p{Lu}))\s*${NOT_WORDS_CREDIT_LABEL}\s*[^:·|;]{2,80})*)\.?$`, 'iu');

/**
 * "Authors: Jane Roe, John Doe", "Text: Jane Roe · Photos: John Doe", "Reporting: Jane Roe | Video: John Doe": a
 * labelled line of credits, as magazines, broadcasters and fact-checkers set it under (or over) a story. The writers
 * of the words, when they are people, or null.
 */
export function readLabelledCredit(line: string): string[] | null {
  const m = LABELLED_CREDIT_LINE.exec(line.replace(/\s+/g, ' ').trim());
  const credit = m ? readByline(m[1]!, { labelRequired: false }) : null;
  return credit && credit.authors.length > 0 && credit.authors.every((a) => classifyName(a) === 'person') ? credit.authors : null;
}

export function readClosingCredits(paragraph: string): string[] | null {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (text.length > MAX_HEADER_LENGTH) return null;
  // "（倉吉支局・山田花子）": a Japanese paper's sign-off, the bureau and the writer in brackets closing the story.
  const japanese = JAPANESE_SIGN_OFF.exec(text);
  if (japanese) return [japanese[1]!];
  // "김서진 기자 name@paper.example": a Korean reporter's sign-off, her name, "기자" ("reporter") and perhaps her address.
  const korean = KOREAN_SIGN_OFF.exec(text);
  if (korean) return [korean[1]!];
  const signature = /^[—–-]\s*([^,]{3,60})(?:,\s*[^,]{1,60})?$/.exec(text);
  if (signature) return classifyName(signature[1]!) === 'person' ? [displayName(signature[1]!.trim())] : null;
  // "Source: Jane Roe" closing the story, as some West African sites credit their writer (an outlet there is no writer).
  const source = /^source\s*:\s*([^,:;]{3,60})$/i.exec(text);
  if (source) return classifyName(source[1]!) === 'person' ? [displayName(source[1]!.trim())] : null;
  if (FOOT_CREDIT_SENTENCE.test(text)) return readCreditSentence(text);
  const credits = readWireCredits(text);
  return credits && credits.length > 0 ? [...new Set(credits)] : null;
}

/** A Japanese sign-off: the bureau or desk ("支局", "総局", "報道部"...), a middle dot, the writer's name, in brackets. */
const JAPANESE_SIGN_OFF = /^[（(][\p{Script=Han}\p{Script=Katakana}]{1,10}(?:支局|総局|本社|支社|報道部|編集部|通信部|社会部|経済部)[・･]([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,8})[）)]$/u;
/**
 * A Korean sign-off: a name of two to four syllables, "기자" ("reporter"), perhaps an e-mail address after it; perhaps
 * after the town it was filed from and "=", "서귀포=오한별 기자".
 */
const KOREAN_SIGN_OFF = /^(?:\p{Script=Hangul}{0,10}\s?[=/]\s*)?(\p{Script=Hangul}{2,4})\s?기자(?:\s+[\w.+-]+@[\w.-]+)?$/u;

/**
 * "Written by Jane Roe, Information Officer. Photos: John Doe.", "This story was reported by Jane Roe, with
 * photographs by John Doe.": the writers a credit in sentences closing the story names (perhaps with a note on the
 * outlet after it), or null.
 */
export function readCreditSentence(paragraph: string): string[] | null {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentence = text.length <= MAX_HEADER_LENGTH ? FOOT_CREDIT_SENTENCE.exec(text) : null;
  if (!sentence) return null;
  const credit = readByline(`By ${sentence[1]!.trim()}`);
  return credit && credit.authors.length > 0 && credit.authors.every((a) => classifyName(a) === 'person') ? credit.authors : null;
}

/** The first sentence of a credit in sentences: "Written by NAME, ROLE.", "This story was reported by NAME, with photographs by NAME." */
const FOOT_CREDIT_SENTENCE =
  /^(?:(?:this|the) (?:story|article|report|piece) was (?:reported|written|reported and written) by|written by|reported by)\s+(\p{Lu}[^,.;]{2,60}?)(?:,\s*(?:with|and) (?:photo(?:graph)?s|pictures|images|video|photography) by [^,.;]{2,60}|,\s*[^,.;]{2,60})?\.(?:\s|$)/iu;

/**
 * The reporters a Chinese-language story names in its bracketed opener: "〔記者林雅婷／澄洋報導〕" (reporter NAME,
 * reporting from PLACE), "【记者王小明、李华/江城报道】". A desk's opener ("〔即時新聞／綜合報導〕") names no reporter.
 */
const BRACKETED_REPORTER_OPENER = /^[〔【[（(]\s*(?:本報|本报)?(?:記者|记者)\s*(\p{Script=Han}{2,4}(?:\s*[、，,]\s*(?:記者|记者)?\s*\p{Script=Han}{2,4})*)\s*[／/]\s*\p{Script=Han}{1,12}\s*(?:報導|报道|專訪|专访)\s*[〕】\]）)]/u;

export function readOpeningCredit(paragraph: string): string[] | null {
  const m = BRACKETED_REPORTER_OPENER.exec(paragraph.trim());
  return m ? m[1]!.split(/\s*[、，,]\s*/).map((name) => name.replace(/^(?:記者|记者)\s*/, '')) : null;
}

/** "WorldTribune Staff" names its publication: the staff of WorldTribune. */
export function publisherFromAuthors(authors: string[]): string | null {
  for (const author of authors) {
    const outlet = publisherOfCollectiveByline(author);
    if (outlet) return outlet;
  }
  return null;
}

/** Merges header lines: the first value found for each field wins. */
/** `authors` with the writers of `more` it does not name yet (compared without case), in order. */
export function withAuthorsAdded(authors: readonly string[], more: readonly string[]): string[] {
  const named = new Set(authors.map((a) => a.toLowerCase()));
  return [...authors, ...more.filter((a) => !named.has(a.toLowerCase()) && named.add(a.toLowerCase()))];
}

export function mergeHeader(into: HeaderInfo, info: HeaderInfo): void {
  if (into.authors.length === 0) into.authors = info.authors;
  into.publisher ??= info.publisher;
  into.publishedAt ??= info.publishedAt;
  into.modifiedAt ??= info.modifiedAt;
}

/** A header line that only says how long the story takes to read or how old it is: "4 min read", "Updated 3 hours ago". */
export function isHeaderNoise(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 80) return false;
  const cleaned = text.replace(READING_TIME, ' ').replace(RELATIVE_AGE, ' ');
  if (cleaned === text) return false;
  return isDateNoise(cleaned.replace(DATE_LABEL, ' '));
}

