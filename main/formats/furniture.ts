/**
 * Tells body paragraphs from page furniture by their shape: a photo caption (a short label with a credit),
 * or site boilerplate (navigation made of separated words, copyright lines, share bars).
 * Both are kept out of the article text but not thrown away.
 */
import { creditedEditors, mergeHeader, readByline, readClosingCredits, readCreditSentence, readHeaderLine, readLabelledCredit, type HeaderInfo } from './byline';
import { findPublicationDate, isDateNoise, isOnlyDates, UPDATED_LABELS } from './dates';
import { escapeRegExp } from '../../shared/regexp';
import { classifyName, displayName, nameWithRole } from './names';
import type { Block } from './text-blocks';
import { isSyndicationNote } from './first-published';
import { isEndMark } from './txt-lines';

export type BlockRole = 'body' | 'caption' | 'boilerplate';

const SENTENCE_END = /[.!?:;"”’)]$/;
const MAX_CAPTION_LENGTH = 300;
const MAX_CREDIT_WORDS = 7;
const MAX_BOILERPLATE_LENGTH = 160;

export function classifyBlock(block: string): BlockRole {
  const text = block.trim();
  if (text === '' || text.includes('\n')) return 'body';
  if (isBoilerplate(text)) return 'boilerplate';
  if (isCaption(text)) return 'caption';
  return 'body';
}

/** "Putin with Xi / Kremlin Press Office", "Photo: Reuters", "Flood victims in Dhaka (AP Photo/Jane Roe)". */
export function isCaption(text: string): boolean {
  if (text.length > MAX_CAPTION_LENGTH) return false;
  // ("VIDEO: Crews clear the road": the title of an embedded video, set as its caption.)
  // ("Bildlegende: ...", "Légende : ...": the caption's own label, as press archives keep a print caption.)
  if (/^(?:photo(?:graph)?|image|picture|pictured|illustration|credit|file photo|video|watch|bildlegende|bildunterschrift|légende|pie de foto)\s*(?:by\b|:|\|)/i.test(text)) return true;
  // "... Ảnh: Jane Roe", "... (Φωτ.: Jane Roe)", "... Fotó: Outlet/Jane Roe", "(تصوير: ...)": a credit label of another language closing a short label.
  if (text.length <= 200 && OTHER_LANGUAGE_PHOTO_CREDIT.test(text)) return true;
  if (/\((?:[^()]*\b(?:photo|photograph|image|credit|courtesy|getty images|shutterstock)\b[^()]*)\)$/i.test(text)) return true;
  // "Firefighters at the scene. Photograph: Jane Roe/Agency": a credit closing a short label.
  // ("... on Monday. — Picture: Jane Roe": a dash before the label.)
  if (/(?:^|[.!?]\s+|\s\|\s+)(?:[—–]\s*)?(?:photograph|photo|picture|image|credit)s?(?:\s+credit)?\s*:\s*[^.:]{2,80}$/i.test(text) && text.length <= 200) return true;
  if (text.length <= 200 && isClosingPhotoCredit(text)) return true;
  // "... to a relief centre. - Foto Agency/JANE ROE": a dash and the photo label without its colon, as Malaysian papers set it.
  if (text.length <= 250 && /[.!?]\s+[-–—]\s*(?:[Ff]oto|[Gg]ambar|[Pp]hoto|[Pp]ic)\s+\p{Lu}[^.!?]{1,60}$/u.test(text)) return true;
  // "Residents on the road on Tuesday. Courtesy / Social media": a courtesy credit closing a short label.
  if (text.length <= 250 && /[.!?]\s+(?:courtesy|cortesía|cortesia|gentileza|avec l['’]aimable autorisation)\b[^.!?]{0,60}$/iu.test(text)) return true;
  // "Firefighters at the scene on Monday. JANE ROE (HARBOUR AGENCY)": the photographer in capitals closing a short label.
  if (text.length <= 250 && /[.!?]\s+\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){1,3}(?:\s*\([\p{Lu}\d .&'’-]{2,40}\))?$/u.test(text)) return true;
  // "Le port à marée basse, mardi. Photo Le Courrier / Jean Roe": the photo label without its colon, then the paper and the
  // photographer, as French papers close a caption.
  if (text.length <= 250 && /[.!?]\s+(?:[Pp]hotos?|[Ff]otos?)\s+\p{Lu}[^.!?/]{1,60}\/\s*\p{Lu}[^.!?/]{1,40}$/u.test(text)) return true;
  // "Firefighters at the scene on Monday. [HARBOUR PHOTO AGENCY]": the photographer or agency in capitals in square brackets,
  // as Korean outlets' English sites close a caption.
  if (text.length <= 250 && /[.!?]\s+\[\p{Lu}[\p{Lu}\d .&'’/-]{1,40}\]$/u.test(text)) return true;
  // "Firefighters at the scene on Monday. | Agency / Jane Roe": a credit set apart by a pipe after the label's full stop,
  // its parts (agency, photographer) short capitalised names.
  const piped = /[.!?]\s+\|\s+([^|.!?]{2,60})$/u.exec(text);
  if (text.length <= 250 && piped && piped[1]!.split(/\s*\/\s*/).every((part) => /^(?:\p{Lu}[\p{L}'’&.-]*)(?:\s+\p{Lu}[\p{L}'’&.-]*){0,3}$/u.test(part.trim()))) return true;
  // "Firefighters at the scene on Monday. © Jane Roe / The Gazette": a copyright credit closing a short label.
  if (text.length <= 250 && /[.!?]\s+(?:©|\(c\))\s*\p{Lu}[^.!?]{1,80}$/u.test(text)) return true;
  // "...。（記者林雅婷攝）", "...（圖／NAME提供）": a Chinese-language caption closed by its photographer's or source's credit.
  if (text.length <= 200 && /[（(](?:(?:記者|记者)?\p{Script=Han}{2,4}\s*(?:攝|摄|攝影|摄影)|(?:圖|图|照片|圖片|图片)\s*[／/:：][^（）()]{1,30})[）)]$/u.test(text)) return true;
  // ("图为...。记者 张三 摄": the same credit without brackets, after a caption that opens "图为", "pictured is".)
  if (text.length <= 200 && /^(?:图为|圖為)/u.test(text) && /[。.]\s*(?:(?:本报)?(?:记者|記者|通讯员|通訊員)\s*)?\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})*\s*(?:摄|攝|摄影|攝影)$/u.test(text)) return true;
  // A gallery caption numbered in brackets: "[1/3] Workers on the quay, March 3, 2023. Agency/Jane Roe".
  if (/^\[\d{1,2}\s*\/\s*\d{1,2}\]\s/.test(text)) return true;
  // A Markdown image: "![Alt text](images/x.jpg)".
  if (/^!\[[^\]]*\]\([^)]*\)$/.test(text)) return true;
  // A label and a credit: "<what the photo shows> / <who took it>", neither a sentence.
  const slash = text.lastIndexOf(' / ');
  if (slash > 0) {
    const label = text.slice(0, slash).trim();
    const credit = text.slice(slash + 3).trim();
    if (label === '' || credit === '' || SENTENCE_END.test(text) || /[.!?]$/.test(label)) return false;
    if (/["“”]/.test(text)) return false;
    return looksLikeCredit(credit) && !/[.!?]\s/.test(label);
  }
  return false;
}

/** A picture agency's or desk's credit on a line of its own under a caption: "Harbour Images", "Gazette Pictures". */
export function isPictureDeskCredit(text: string): boolean {
  return /^(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}(?:Pictures|Images|Photos|Photography)$/u.test(text.trim());
}

/**
 * A character of the name a credit gives: no full stop but an initial's ("Foto: Ana G. Roe", or a script's without capitals,
 * a Tamil father's initial "ஜெ. ரோ") or a short abbreviation's ("Foto: Dok. Pemkot", Indonesian for the council's own
 * files; "Dr."), no colon.
 */
const CREDITED_NAME_CHARACTER = String.raw`(?:[^.:]|(?<=\s\p{Lu}(?:\p{Ll}{1,2})?)\.(?=\s)|(?<=\s\p{Lo}\p{M}{0,2})\.(?=\s))`;

/**
 * The word that opens a photo credit in the languages the reader reads beyond English: "Foto", "Fotos", "Fotografía", "Fotó", "Bild",
 * "Kuva", Faroese "Mynd", Malagasy "Sary", Uzbek "Surat", Malay "Gambar", Hausa "Hoto", Georgian "ფოტო", Tigrinya "ስእሊ", Amharic "ፎቶ", Urdu "فوٹو", Hebrew "צילום", Tajik "Акс", Kyrgyz "Сүрөт", Kazakh "Сурет", Papiamentu "Potrét", Armenian "Լուսանկարը", Punjabi "ਤਸਵੀਰ", Gujarati "તસવીર", Tok Pisin "Piksa", Tamil "படம்", Persian "عکس", "Ảnh", "Φωτ." (Greek), "تصوير", "صورة" and "الصورة" (Arabic), "攝影"; the English ones are above.
 */
const PHOTO_CREDIT_WORDS = String.raw`fotos|fotografía|fotografia|foto|fotó|pics?|fotografie|bild|kuva|mynd|myndir|sary|surat|gambar|hoto|ფოტო|ስእሊ|ፎቶ|فوٹو|צילום|акс|сүрөт|сурет|potrét|potret|լուսանկարը|լուսանկար|ਤਸਵੀਰ|ફોટો|તસવીર|piksa|படம்|عکس|гэрэл зураг|ảnh|φωτ\.?|φωτογραφία|фото|фота|фотография|تصوير|صورة|الصورة|تصویر|फोटो|फ़ोटो|ছবি|攝影|摄影`;

/** "... Foto: Jane Roe" closing a caption without a full stop before the label. */
const LABELLED_CLOSING_CREDIT = new RegExp(String.raw`\s(?:©\s*)?(?:Foto|FOTO|Fotó|Bild|Kuva|Photo|PHOTO|Picha|PICHA)\s*:\s*\p{Lu}${CREDITED_NAME_CHARACTER}{1,80}$`, 'u');

/**
 * A photo credit closing a caption, as regional papers set it: "... PHOTO/JANE ROE", "... FILE PHOTO | OUTLET" (East
 * African papers, in capitals), "... Picha na Jane Roe" (Swahili), "... Foto: Jane Roe" without a full stop before it,
 * "... (Supplied: Jane Roe)", "... (Jane Roe/Outlet)", "... Jane Roe/Outlet" after the label's full stop.
 */
function isClosingPhotoCredit(text: string): boolean {
  if (/(?:^|[.!?]\s+|\s)(?:FILE\s+)?(?:PHOTO|PHOTOS|PIC|PICS|PICHA|FOTO|IMAGE)\s*[/|:]\s*[\p{Lu}\d][\p{Lu}\d\s.'’&-]{1,60}$/u.test(text)) return true;
  if (/(?:^|[.!?]\s+)(?:[Pp]icha|PICHA) (?:na|NA)\s+\p{Lu}[^.:]{2,60}$/u.test(text)) return true;
  if (LABELLED_CLOSING_CREDIT.test(text)) return true;
  // "... Jono Roe nuotr.": the Lithuanian photographer's name, in the genitive, before "nuotr." ("photograph").
  if (/[.!?]\s+(?:\p{Lu}[\p{L}-]+\s+){1,3}nuotr\.$/u.test(text)) return true;
  // "... Гэрэл зургийг Б.Болд": the Mongolian "photograph by" before the photographer, without a colon.
  if (/[.!?]\s+(?:Гэрэл зургийг|Гэрэл зургийн|Гэрэл зураг)\s*:?\s+\p{Lu}[\p{L}.\s-]{1,40}$/u.test(text)) return true;
  // "... on Friday. Photo courtesy of the City Information Office": a picture an office or a reader gave.
  if (/[.!?]\s+(?:Photos?|Pictures?|Images?|Pics?)\s+courtesy\s+of\s+[^.!?]{2,80}$/u.test(text)) return true;
  // "... on the quay. Gazette file photo": a picture from the outlet's files.
  if (/[.!?]\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}file (?:photo|picture|image)\.?$/iu.test(text)) return true;
  // "... in rural Westshire. Photo Harbour News": the label and the outlet without a colon, after the label's full stop.
  if (/[.!?]\s+(?:Photo|Picture|Image)\s+\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*){0,4}$/u.test(text)) return true;
  if (/\((?:supplied|handout|courtesy|submitted)\s*:?\s*[^()]{2,60}\)$/i.test(text)) return true;
  // "... (Harbour News: Jane Roe)": the outlet and the photographer's name in brackets, as Australian broadcasters credit.
  const bracketed = /\((\p{Lu}[^():]{1,40}):\s*(\p{Lu}[^():]{1,40})\)$/u.exec(text);
  if (bracketed && classifyName(bracketed[2]!) === 'person' && classifyName(bracketed[1]!) === 'outlet') return true;
  // "... — Gazette pic by Jane Roe", "... (Bernama pic)", "... - Pic courtesy of Jane Roe": Malaysian and Singaporean
  // papers' credits after a dash or in brackets.
  if (/(?:[.!?]\s+|\s[—–-]\s+|\()(?:\p{Lu}[\p{L}&.'’-]*\s+){0,4}(?:[Pp]ics?|PICS?|[Pp]ictures?|[Pp]hotos?)(?:\s+(?:by|courtesy of)\s+\p{Lu}[^.:()]{1,60})?\)?$/u.test(text)) return true;
  return NAME_SLASH_OUTLET_CREDIT.test(text);
}
const CREDITED_NAME = String.raw`(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+`;
/** "(Jane Roe/Gazette)" or "... . Jane Roe/The Gazette" closing a caption: the photographer and the outlet. */
const NAME_SLASH_OUTLET_CREDIT = new RegExp(
  String.raw`(?:\(${CREDITED_NAME}\s*/\s*\p{Lu}[\p{L}&.'’ -]{1,40}\)|[.!?]\s+${CREDITED_NAME}\s*/\s*\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,3})$`,
  'u',
);

/** A credit label of another language closing a short caption ("... Ảnh: Jane Roe", "(Φωτ.: Jane Roe)"), after a full stop of any script (the Ethiopic "።" and the Armenian "։" too). */
const OTHER_LANGUAGE_PHOTO_CREDIT = new RegExp(String.raw`(?:^|[.!?।؛።։]\s*|\(\s*)(?:${PHOTO_CREDIT_WORDS})\s*[:՝]\s*${CREDITED_NAME_CHARACTER}{2,80}\)?$`, 'iu');

/** "Kremlin Press Office", "AP Photo", "Courtesy of the White House", "@newsdesk": a short name, title-cased. */
function looksLikeCredit(credit: string): boolean {
  const words = credit.split(/\s+/);
  if (words.length > MAX_CREDIT_WORDS) return false;
  return words.every((w, k) => /^[\p{Lu}@]/u.test(w) || (k > 0 && /^(?:of|the|for|via|and|de|du|la|le|von|van|der|\/|&)$/.test(w)));
}

/**
 * A pointer to another article inside the body: "Read more: <headline>", "Also Read | <headline>", "Related: <headline>", "À lire aussi : ...",
 * "To read: ..." (the English of a French-made site's "À lire :"),
 * "Lesen Sie auch: ...", "Te recomendamos: ...", "Veja também: ...", Hindi "ये भी पढ़ें: ...", Czech "Mohlo by vás zajímat:",
 * Hungarian "Kapcsolódó cikk:", Rioplatense Spanish "Leé también:", Romanian "Citește și:", Montenegrin and Serbian "Pročitajte još:", Albanian "Lexo edhe:", Swahili "Soma zaidi:", Russian "Читайте также:", Vietnamese "Xem thêm:",
 * Greek "Διαβάστε επίσης:", Arabic "اقرأ أيضاً:", Chinese "延伸閱讀", Haitian Creole "Li tou:", Malagasy "Vakio koa:", Faroese
 * "Les eisini:", Icelandic "Lesa einnig:" and "Lesið einnig:", Galician "Le tamén:", Mongolian
 * "Холбоотой мэдээ:", Uzbek "Shuningdek oʻqing:", Persian "بیشتر بخوانید:", Azerbaijani "Oxuyun:", Lithuanian "Taip pat skaitykite:", Hausa "Karanta kuma:", Estonian
 * "Loe ka:", Georgian "ასევე წაიკითხეთ:", Tigrinya "ከምኡ'ውን ኣንብቡ:", Urdu "یہ بھی پڑھیں:", Belarusian "Чытайце таксама:", Hungarian "Ezt is ajánljuk:", Tamil "இதையும் படிக்க:", Tajik
 * "Инчунин хонед:", Kyrgyz "Дагы окуңуз:", Kazakh "Сондай-ақ оқыңыз:", Papiamentu "Lesa tambe:", Dhivehi "މިވެސް ކިޔާލައްވާ:",
 * Armenian "Կարդացեք նաև՝" (its colon the Armenian "՝"), Azerbaijani "Oxu həmçinin:", Welsh "Darllenwch hefyd:", Tigrinya "ተወሳኺ ኣንብቡ፡" and
 * Amharic "ተዛማጅ ዜና፡" ("related news"), after the Ethiopic "፡", Latvian "Lasiet arī:", Punjabi "ਇਹ ਵੀ ਪੜ੍ਹੋ:", Gujarati "આ પણ વાંચો:",
 * Tok Pisin "Ritim tu:", Romansh "Legia eir:", Kinyarwanda "Soma nanone:", Sinhala "මෙයත් කියවන්න:", Maithili "इहो पढ़ू:", Luxembourgish
 * "Liest och:", Yiddish "לייענט אויך:".
 */
const READ_MORE =
  /^(?:read more|also read|read also|see also|read next|related(?: (?:stories|story|articles?|coverage|content|reading|links?))?|te recomendamos|sigue leyendo|lee también|leé también|leé además|ver también|veja também|leia mais|leia também|story continues below(?: (?:this )?advertisement)?|à lire(?: aussi| également)?|to read|lire aussi|voir aussi|lesen sie auch|mehr zum thema|lea también|te puede interesar|lea además|lee además|leggi anche|leia também|lees ook|les også|læs også|läs också|lue myös|czytaj (?:także|też|również)|zobacz (?:też|także)|přečtěte si (?:také|též)|čtěte také|mohlo by vás (?:zajímat|zaujať)|citește și|citeste si|pročitajte (?:još|i)|preberite (?:še|tudi)|procitajte (?:jos|i)|прочитајте још|lexo (?:edhe|më shumë)|прочетете (?:още|също)|читайте (?:также|ещё|еще)|vezi și|vezi si|soma (?:zaidi|pia|pia hii|hii)|pia soma|читайте также|читайте також|llegeix també|baca juga|ilgili haber(?:ler)?|kapcsolódó (?:cikk(?:ek)?|hír(?:ek)?)|olvassa el (?:ezt )?is|xem thêm|đọc thêm|tin liên quan|bài liên quan|tin cùng chuyên mục|διαβάστε (?:επίσης|ακόμη|ακόμα)|اقرأ (?:أيضا|أيضاً|ايضا|المزيد)|延伸閱讀|延伸阅读|相關新聞|相关新闻|ये भी पढ़ें|यह भी पढ़ें|इसे भी पढ़ें|li tou|vakio koa|les eisini|lesa einnig|le tamén|lea tamén|холбоотой мэдээ|shuningdek o[ʻ'‘’]qing|بیشتر بخوانید|بخوانید|oxuyun|həmçinin oxuyun|taip pat skaitykite|skaitykite taip pat|karanta kuma|loe ka|loe lisaks|ასევე წაიკითხეთ|ასევე იხილეთ|ከምኡ['’]ውን ኣንብቡ|یہ بھی پڑھیں|чытайце таксама|ezt is ajánljuk|இதையும் படிக்க|இதையும் படியுங்கள்|инчунин хонед|инчунин бихонед|дагы окуңуз|дагы окуу|сондай-ақ оқыңыз|lesa tambe|lesa també|lesið einnig|lestu einnig|lestu líka|މިވެސް ކިޔާލައްވާ|މިވެސް ކިޔައްވާ|կարդացեք նաև|կարդա նաև|oxu həmçinin|həmçinin oxuyun|lees ook|darllenwch hefyd|darllen hefyd|ተወሳኺ ኣንብቡ|ተዛማጅ ዜና|lasiet arī|lasi arī|ਇਹ ਵੀ ਪੜ੍ਹੋ|આ પણ વાંચો|ritim tu|legia eir|soma nanone|මෙයත් කියවන්න|इहो पढ़ू|liest och|לייענט אויך)(?:$|\s*[:：|՝፡])/i;

/** Turkish capitals ("İLGİLİ HABER") lower-case to other letters than a case-insensitive match expects. */
function withPlainCapitalI(text: string): string {
  return text.replace(/İ/g, 'I');
}

/** The links of a story's tool bar: "Printer Friendly Page", "Send this Story to a Friend", "Print this article". */
/**
 * The roles a paper's masthead names under its pages, before the name: the editors and the director of publication (in
 * Persian, the licence holder "صاحب امتیاز", the managing director "مدیرمسئول" and the editor "سردبیر").
 */
const MASTHEAD_ROLE_LINE =
  /^(?:ansvarlig redaktør|ansvarshavende redaktør|sjefredaktør|nyhetsredaktør|chefredaktør|chefredaktör|ansvarig utgivare|nyhetschef|päätoimittaja|vastaava päätoimittaja|directeur (?:de (?:la )?publication|de la rédaction)|rédact(?:eur|rice) en chef|director(?:a)?(?: general| editorial)?|chefredakteur(?:in)?|editor[- ]in[- ]chief|managing editor|executive editor|herausgeber(?:in)?|direttore responsabile|drejtor|kryeredaktor|glavni urednik|odgovorni urednik|главный редактор|صاحب امتیاز(?: و مدیر ?مسئول)?|مدیر ?مسئول|سردبیر)\s*:\s*\p{Lu}[^.!?]{1,60}$/iu;
/** The label of the printed issue a story ran in, before its date: "Édition N° 6218 du", "Print edition of", "Ausgabe vom". */
const PRINT_ISSUE_LINE = /^(?:(?:print|printed|e-?paper|today['’]s)\s+|(?:paru|publié) dans (?:l['’])?|publicado en (?:la )?|publicado na |pubblicato (?:nell['’]|sull['’])|erschienen in der )?(?:édition|edition|edición|edição|edizione|ausgabe|utgave|udgave|upplaga)(?:\s+(?:impres[as]|papier|imprimée))?(?:\s+(?:n[°ºo.]|no\.?|nr\.?|#)\s*\d+)?\s+(?:du|of|del|de|do|vom|fra|från)\s/iu;
const STORY_TOOL = /\b(?:printer[- ]friendly (?:page|version)|print (?:this )?(?:page|story|article)|(?:send|e-?mail) (?:this )?(?:story|article|page) to a friend)\b/gi;

/** A pointer to another article ("Read more: <headline>"), even where it is set as a quote. */
export function isArticlePointer(text: string): boolean {
  return isReadMoreLine(text.trim());
}
/** "Read more: <headline>" in the languages of READ_MORE; and "READ: <headline>" in capitals, as Philippine and other English-language sites set it ("Read:" in a sentence's case may open one). */
function isReadMoreLine(text: string): boolean {
  return READ_MORE.test(withPlainCapitalI(text)) || /^READ:\s+\S/.test(text);
}

/**
 * An ad slot's label, in the languages news pages come in: "- Advertisement -", "Anzeige", "Annonse", "REKLAMA",
 * "Publicité", "Publicitate" (Romanian), "Iklan", Faroese "Lýsing", Slovene "Oglasno sporočilo", Haitian Creole "Piblisite", Malagasy
 * "Dokam-barotra", Mongolian "Зар сурталчилгаа", Belarusian "Рэклама", Hausa "Talla", Swahili "Tangazo", Russian "Реклама", Vietnamese "Quảng cáo", Greek "Διαφήμιση", Hebrew "פרסומת", Georgian "რეკლამა", Tigrinya "ምልክታ", Amharic "ማስታወቂያ", Urdu "اشتہار", Tamil "விளம்பரம்", Tajik "Эълон", Kyrgyz and Kazakh "Жарнама", Dhivehi "އިޢުލާން", Armenian "Գովազդ", Albanian "Reklamë", Afrikaans "Advertensie", Welsh "Hysbyseb", Tigrinya "መወዓውዒ", Punjabi "ਇਸ਼ਤਿਹਾਰ", Gujarati "જાહેરાત", Tok Pisin "Advetaisin", Romansh "Reclama", Kinyarwanda "Kwamamaza", Sinhala "දැන්වීම", Luxembourgish "Reklamm",
 * Arabic "إعلان", Hindi "विज्ञापन", Thai "โฆษณา", Korean "광고", Japanese "広告", Chinese "广告"; with the "Hide Ad" button some platforms add.
 */
const AD_LABEL =
  /^[-–—\s]*(?:skip )?(?:advertisement|anzeige|werbung|publicité|publicidad|publicidade|pubblicità|publicitate|publicitat|anúncio|anuncio|annonse|annons|annonce|reklame|reklama|reklāma|reklaam|reklam|реклама|iklan|mainos|advertentie|hirdetés|inzerce|oglas|auglýsing|lýsing|oglasno sporočilo|piblisite|dokam-barotra|talla|зар сурталчилгаа|рэклама|tangazo|matangazo|quảng cáo|διαφ[ηή]μιση|פרסומת|რეკლამა|ምልክታ|ማስታወቂያ|اشتہار|விளம்பரம்|إعلان|اعلان|تبلیغات|विज्ञापन|эълон|жарнама|އިޢުލާން|գովազդ|reklamë|advertensie|hysbyseb|መወዓውዒ|ਇਸ਼ਤਿਹਾਰ|જાહેરાત|advetaisin|reclama|kwamamaza|දැන්වීම|reklamm|โฆษณา|광고|広告|广告|廣告)(?:\s*\d{1,2})?(?:\s*hide ad)?[-–—\s]*$/i;

/**
 * The label of a story's tag line in the languages of the pages ("Etiquetas:", "Schlagwörter:", "Mada:", Haitian Creole "Etikèt:",
 * Malagasy "Teny manan-danja:" ("key words"), Estonian "Märksõnad:", Georgian "თეგები:", Tigrinya "መለለዪታት:", Belarusian "Тэгі:", Hungarian "Címkék:", "टैग्स:", Tajik "Калидвожаҳо:", Kyrgyz "Тегдер:", Armenian "Պիտակներ՝", Azerbaijani "Teqlər:", Afrikaans "Etikette:", Latvian "Tēmas:", Punjabi "ਟੈਗ:", Tok Pisin "Ol Tag:"): English
 * "Tags:" and "Topics:" are read with the other share-row labels.
 */
const TAG_LINE_LABEL = /^(?:etiquetas|etiquetes|temas|tópicos|schlagwörter|stichwörter|themen|mots-clés|thèmes|argomenti|parole chiave|trefwoorden|onderwerpen|emneord|stikkord|nyckelord|ämnen|avainsanat|tagi|tagit|tagy|tagovi|oznake|etichete|etiketler|konular|mada|etikèt|teny manan-danja|žymos|alamomi|märksõnad|sildid|თეგები|ტეგები|መለለዪታት|тэгі|címkék|टैग्स|टैग|विषय|ট্যাগ|الوسوم|كلمات مفتاحية|калидвожаҳо|тегҳо|тегдер|тегтер|պիտակներ|teqlər|etikette|tēmas|birkas|ਟੈਗ|ol tag)\s*[:՝]\s*(.+)$/iu;
/** "Etiquetas: Lluvia, Ciudad, Tráfico": a tag label and a list of short items, no sentence. */
function isTagLine(text: string): boolean {
  const m = TAG_LINE_LABEL.exec(text.trim());
  return m !== null && !/[.!?]$/.test(m[1]!) && m[1]!.split(/\s*[,;|·•]\s*/).every((item) => item.split(/\s+/).length <= 4);
}

/** A page's line giving the day and page a story ran in print on: "In print: Friday, May 3, 2024, page B2", "Print: 3 May 2024". */
const PRINT_RUN_LINE = /^(?:in print|print|ran in print|(?:appeared|published) in print|in (?:the )?print(?:ed)? (?:edition|paper))(?:\s+on)?\s*[:,]?\s+\S/i;
/** Languages a story's other edition is offered in, as the link names them (in English and in their own words). */
const LANGUAGE_NAMES =
  'english|spanish|español|inglés|french|français|anglais|espagnol|portuguese|português|inglês|german|deutsch|englisch|italian|italiano|inglese|dutch|nederlands|engels|arabic|chinese|hindi|swahili|russian|welsh|cymraeg|irish|gaeilge|māori|maori|samoan|tongan|bislama|ελληνικά|türkçe|turkish|greek|русском|русский|українською|polski|română|magyarul|čeština|hrvatski|srpski|català|catalan|galego|euskara|العربية|中文|日本語|한국어';

/** "Lea esta historia en español.", "Read this story in Ελληνικά or Türkçe": a link to the story in another language. */
const OTHER_EDITION_LINK = new RegExp(String.raw`^(?:read|lea|lee|lire|lisez|leia|leggi|lesen sie|lees)(?!\p{L})[^.!?]{0,40}(?<!\p{L})(?:in|en|em|auf|på|op)\s+(?:${LANGUAGE_NAMES})(?!\p{L})`, 'iu');

/**
 * An invitation to follow the outlet or get its news on a platform, in the languages of the pages (verbs that say
 * other things too, "get", "join", the Spanish "sigue", only opening it).
 */
const FOLLOW_ON_PLATFORM =
  /(?:(?<!\p{L})(?:follow|ikuti|takip edin|suivez|folgen sie|síganos|síguenos|seguici|siga|følg|följ)|^(?:get|join|receive|recibe|reciba|receba|ricevi|recevez|únete|únase|sigue|segui|pratite|zapratite|pridružite se|sledite|следите|пратите|obserwuj|sledujte|na ndiqni|ndiqni))(?!\p{L})[^.!?]{0,80}(?<!\p{L})(?:google news|whatsapp|telegram|instagram|facebook|youtube|tiktok|viber|signal)(?:\p{L}{0,2})(?!\p{L})/iu;

/**
 * What the outlet says about the story or itself around it, in a sentence or two: a tip line ("Got a news tip?
 * WhatsApp us on ..."), an invitation to follow it on a platform ("Follow us on Google News"), a funding,
 * syndication or licence note, an appeal for members, a fact-checkers' network membership, a transcript's note.
 */
function isOutletNote(text: string): boolean {
  if (text.length > 300) return false;
  const contact = /[\w.+-]+@[\w-]+\.[\w.-]+|\+?\d[\d ()-]{6,}\d|\bwhatsapp\b/i.test(text);
  // ("¿Tiene una denuncia? Escríbanos al WhatsApp ...": the same in Spanish, French and Portuguese.)
  if (contact && /\b(?:tips?|tipset|news tip|story ideas?|have a story|got a story|something (?:to share|you think)|send (?:it|them) to us|have a question|questions? (?:for us|we (?:didn['’]t|did not|haven['’]t) answer)|ask us|denuncias?|denúncias?|signalements?)\b/i.test(text)) return true;
  // Not a reporter's contact tagline, which is the story's last paragraph ("Contact Jane Roe at ... Follow her on Instagram").
  // ("Get the Gazette's news on WhatsApp", "Pratite nas na Viberu", "Следите за нами в Telegram": in the pages' languages.)
  if (!/^(?:[Cc]ontact|[Rr]each|[Ee]-?mail)\s+\p{Lu}/u.test(text) && FOLLOW_ON_PLATFORM.test(text)) return true;
  if (/\b(?:journalism|journalisme|journalismus|periodismo|giornalismo|jornalismo|content|contenu|reporting|reportage|coverage)\b[^.]{0,80}\b(?:financ(?:ée?s?|iad[oa]|iat[oa])|finanziert|funded)\s+(?:par|by|por|von|da)\s+[^.,;]*\.?$/i.test(text)) return true;
  // "(Except for the headline, this story has not been edited by ... staff and is published from a syndicated feed.)"
  if (/\bpublished from a syndicated (?:news )?feed\b|^\(?except for the headline\b/i.test(text)) return true;
  // "See something wrong? Report an error.": the outlet's corrections link.
  if (/^(?:see|spot(?:ted)?|found|notice[d]?) (?:something wrong|an error|a mistake)\b|^report an error\.?$/i.test(text)) return true;
  // "This article is republished from The Review under a Creative Commons license. Read the original article."
  if (/^this (?:article|story|piece|column|commentary) (?:is|was|has been) republished from\b|\bunder a creative commons (?:licen[cs]e|attribution)\b[^.]{0,60}\.\s*(?:read the original (?:article|story)\.?)?$/i.test(text)) return true;
  // "This story was written by a Local Democracy Reporter ...": the note of the scheme a story was written under.
  if (/\blocal democracy report(?:er|ing)\b/i.test(text) && /^this (?:story|article|report|content)\b|\b(?:scheme|service|funded|partner)\b/i.test(text)) return true;
  // A disclosure statement: "Jane Roe receives funding from ... She does not work for, consult, own shares in ...".
  if (/\bdo(?:es)? not work for, consult, own shares in\b|\b(?:declares?|reports?|has|have) no (?:conflicts? of interest|competing interests)\b|^disclosure(?: statement)?\s*:?$/i.test(text)) return true;
  // "Please consider supporting our journalism", "Support local news. Donate today.": an appeal for money.
  if (/\bplease (?:consider )?support(?:ing)? (?:us|our (?:work|journalism|reporting|newsroom))\b|\bconsider supporting us\b|^support (?:local|independent|our) (?:news|journalism|reporting|newsroom)\b[^.!?]{0,40}[.!]\s*(?:donate|give|subscribe|become)\b/i.test(text)) return true;
  // "Your gift powers local journalism.", "Your donation keeps our reporting free": a support appeal.
  if (/^your (?:gift|donation|support|contribution|membership)\b[^.!?]{0,60}\b(?:journalism|reporting|newsroom|news)\b/i.test(text)) return true;
  if (isSyndicationNote(text) || /\brepublished (?:here )?with (?:the )?permission\b|^republish this (?:article|story)$|^this (?:work|article|story) is licensed under\b/i.test(text)) return true;
  if (/\bbecome a (?:sustaining |monthly |founding )?(?:member|supporter|donor)\b|^(?:give|donate|support us|contribute)(?: now| today)?!?$/i.test(text)) return true;
  // "The Gazette is free to read because readers like you support it.", "... Chip in today.": an appeal for money.
  if (/\breaders like you\b/i.test(text) && /\b(?:support|donat|contribut|free to read|chip in)/i.test(text)) return true;
  if (/\bchip in (?:today|now|here)\b[.!]?$/i.test(text)) return true;
  // "The Gazette is an independent paper. Support our journalism: subscribe for £5 a month.": the same, to subscribe.
  if (/\bsupport (?:our|local|independent) (?:journalism|reporting|newsroom|work)\b\s*[:.!,–—-]\s*(?:subscribe|donate|give|become|join)\b/i.test(text)) return true;
  // "Read this and more in Saturday's print edition, on sale now.": the print edition's promotion.
  if (/\b(?:print|e-?|digital|weekend) edition\b|\be-?paper\b|\bthis week['’]s (?:paper|edition|issue|\p{Lu})/iu.test(text) && /\b(?:on sale|home delivery|subscribe|(?:read|find) (?:this|it|more)|pick up (?:a|your) copy|(?:also )?(?:appears?|will appear|ran|runs) in)\b/i.test(text) && !/\b(?:said|says|told)\b/.test(text)) return true;
  // "Correction, May 4: An earlier version of this story gave the wrong date ...": the editor's note on a correction.
  if (/^(?:correction|clarification|editor['’]?s note|update)s?\b[^:]{0,40}:\s*(?:an? (?:earlier|previous|prior) version of this|this (?:story|article|report|post) (?:has been|was) (?:corrected|updated|amended))\b/i.test(text)) return true;
  if (/^(?:an? (?:earlier|previous|prior) version of this (?:story|article|report|post))\b[^.]{0,120}\b(?:incorrectly|misstated|misspelled|misidentified|wrongly|gave the wrong|said|stated|reported)\b/i.test(text)) return true;
  // "Lea esta historia en español.", "Read this story in French": a link to the story in another language.
  if (text.length <= 120 && OTHER_EDITION_LINK.test(text)) return true;
  if (/\bsignatory of\b[^.]{0,60}\bfact-?checking network\b/i.test(text)) return true;
  if (/^this transcript (?:was|has been|is) (?:generated|produced|created|made|edited)\b|^transcript:?$/i.test(text)) return true;
  // "Translated by Jane Roe. Edited by John Doe.", "Translation: Jane Roe": who translated or edited the story, set apart.
  if (/^(?:(?:(?:translated|translation|edited|copy-?edited|fact-?checked)(?:\s+from\s+\p{L}+)?\s+by|(?:translator|translation|editor)\s*:)\s+[^.]{2,60}\.?\s*)+$/iu.test(text)) return true;
  // A programme's credits: "Guest: Jane Roe, reporter. Host: John Doe. Produced by Ann Poe."
  if (/^(?:(?:guests?|hosts?|presenters?|producers?|produced by|presented by|hosted by|edited by|mixed by|music(?: by)?)\s*:?\s+[^.]+\.\s*){2,}$/i.test(text)) return true;
  // "Read Jane's story: <headline>", "Read the full report: ...": a pointer to the story the page is about.
  if (/^read (?:the|our|this|\p{Lu}\p{L}*['’]s?) (?:full |original )?(?:story|article|report|interview)\s*:/iu.test(text)) return true;
  // Wire copy's notes for client editors: "(Adds quotes, details)", "(Updates with close)", and the contact "((jane.roe@agency.example; +1 555 0100))".
  if (/^\((?:adds|updates|recasts|refiles|corrects|changes|fixes|inserts|removes|rewrites|releads|tops|repeats)\b[^()]*\)$/i.test(text) || /^\(\(.*\)\)$/.test(text)) return true;
  // "Jane Roe reported from Millbrook, Vt.": where the byline's reporter filed from, set under it.
  if (/^(\p{Lu}[^.,]{2,50}) reported from .{2,60}$/u.test(text) && classifyName(/^(.+?) reported from/.exec(text)![1]!) === 'person') return true;
  return false;
}

/**
 * A rights notice however it is worded or placed: "<저작권자 © Outlet, 무단전재 및 재배포 금지>" (Korean), "無断転載を禁じます",
 * "Reproduction is allowed only with an active hyperlink to the source",
 * "All rights reserved. No part of this story may be copied ... without the written permission of ...".
 */
const RIGHTS_NOTICE =
  /^all rights reserved\b|\b(?:reproduction|use|copying|republication)\b[^.]{0,80}\b(?:allowed|permitted)\b[^.]{0,40}\bwith (?:an? )?(?:active )?(?:hyper)?link\b|\b(?:hyper)?link to the source is (?:required|mandatory|obligatory)\b|무단\s*전재|재배포\s*금지|無断(?:転載|複製)|禁止转载|未经授权.{0,10}禁止|版权所有|\bwithout (?:the )?(?:prior )?written permission of\b/i;

/**
 * A live blog's post header: the time of the post and who wrote it ("3:55pm Jane Roe", "14.05 Jane Roe"),
 * set above each post.
 */
function isPostHeader(text: string): boolean {
  const m = /^\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s+(\p{Lu}.{2,50})$/iu.exec(text);
  return !!m && classifyName(m[1]!) === 'person';
}

/** A reporter's signature with an e-mail address, closing the story: "Jane Roe jane@outlet.example", "윤다혜 기자 dahye@outlet.example". */
function isSignatureWithAddress(text: string): boolean {
  const m = /^(.{2,60}?)\s*[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?$/u.exec(text);
  return !!m && (readByline(m[1]!, { labelRequired: false })?.authors.length ?? 0) > 0;
}

/** "Update, March 3, 5:05 p.m.: ", "Updated 9:40am: ": the label and time of an update's note, before the note. */
function withoutUpdateLabel(text: string): string {
  return text.replace(/^(?:update[ds]?|mise à jour|actualización|atualização|aktualisierung)\b(?:\d{1,2}:\d{2}|[^:]){0,40}:\s+/i, '');
}

/**
 * An update's label on a line of its own, with its day or time and nothing more, over the paragraph the update added: "UPDATE —
 * Thursday 17 May, 9:30", "Mise à jour : jeudi, 9h30", Estonian "Täiendatud kell 12.40".
 */
const UPDATE_LABEL_LINE = new RegExp(String.raw`^(?:update[ds]?|mise à jour|actualización|actualizado|atualização|atualizado|aktualisierung|aktualisiert|${UPDATED_LABELS})(?!\p{L})[\s:,—–-]*(.{1,40})$`, 'iu');
function isUpdateLabelLine(text: string): boolean {
  const stamp = UPDATE_LABEL_LINE.exec(text.trim())?.[1];
  if (!stamp || /[.!?]\s+\p{L}/u.test(stamp) || stamp.split(/\s+/).length > 6) return false;
  return /(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)/.test(stamp) || findPublicationDate(stamp) !== null;
}

/** Navigation bars, copyright lines, share prompts and similar site furniture. */
export function isBoilerplate(text: string): boolean {
  if (isSeparatedMenu(text)) return true;
  if (isUpdateLabelLine(text)) return true;
  if (text.length <= 300 && RIGHTS_NOTICE.test(text)) return true;
  if (isPostHeader(text) || isSignatureWithAddress(text)) return true;
  // "If you notice an error, select the text and press Ctrl+Enter": the outlet's error-report hint.
  if (text.length <= 200 && /\bctrl\s*\+\s*enter\b/i.test(text)) return true;
  // "This story is part of Paying for Water, a series on ...", "This story was produced by the Rural Health Collaborative,
  // a partnership of ...", "This story is based on reporting by the news desk": the note of how a story was made.
  if (text.length <= 300 && /^this (?:story|article|report|piece) (?:is (?:part|one) of\b|(?:was|is) (?:produced|co-?published|reported|published) (?:by|with|in partnership|as part)\b|is based on reporting by\b)/i.test(text)) return true;
  // "This story has been updated with ...", "Notícia atualizada às 09h10 ...": the note of an update, set apart (perhaps
  // under a label with its time, "Update, March 3, 5:05 p.m.: This story has been updated ...").
  // (One sentence: a note that goes on to give the news, "... About 1.2 million homes are now covered.", is text.)
  // (Or in brackets, and in other languages: Slovene "(Članek je bil posodobljen ob 15.05 ...)", Croatian "Članak je ažuriran",
  // Italian "Articolo aggiornato", Dutch "Dit artikel is bijgewerkt", Polish "Artykuł zaktualizowano", Lithuanian "Straipsnis
  // atnaujintas 12.30 val.: ...".)
  const note = withoutUpdateLabel(text).replace(/^\((.+)\)$/su, '$1');
  if (text.length <= 250 && !/[.!?]\s+\p{Lu}/u.test(note) && /^(?:this (?:story|article|report) (?:has been|was) updated\b|(?:story|article) updated (?:at|on)\b|not[ií]cia (?:atualizada|actualizada)\b|article mis à jour\b|artikel aktualisiert\b|(?:članek|članak) je (?:bil )?(?:posodobljen|ažuriran)|straipsnis atnaujintas|articolo aggiornato\b|(?:dit )?artikel is bijgewerkt\b|artykuł (?:został )?zaktualizowan)/iu.test(note)) return true;
  // "Editor's note: This story was first published on Wednesday ...": the desk's note on the story itself.
  if (text.length <= 400 && /^editor['’]s note\s*:\s*this (?:story|article|report)\b/i.test(text)) return true;
  // "You make this work possible.": an appeal's line.
  if (/^you make (?:this|our) (?:work|journalism|reporting) possible\.?$/i.test(text)) return true;
  // A number alone (a comment or share count left by its button).
  if (/^\d{1,4}$/.test(text)) return true;
  // A labelled line of credits ("Authors: Jane Roe, John Doe", "Editor: Ann Poe"): the credits, not the story.
  // (Or Portuguese and Spanish "Edição:", "Edición:", "Revisão:".)
  if (readLabelledCredit(text) || (text.length <= 80 && /^(?:editor|edited by|editing|edição|edición|revisão|revisión|redaktoi)\s*:/i.test(text) && creditedEditors(text).length > 0)) return true;
  // "Subscribe to the Gazette on Telegram to get the news first": an invitation to the outlet's channel.
  if (text.length <= 160 && /^(?:subscribe to|follow|join)\b[^.!?]{0,60}\bon (?:telegram|whatsapp|viber|signal)\b/i.test(text)) return true;
  // (The same in the languages of the pages: "Segueix X a Telegram", "Sigue a X en WhatsApp", "Suivez X sur Telegram", Uzbek
  // "X Telegram kanaliga obuna boʻling", Russian "Подписывайтесь на X в Telegram".)
  if (text.length <= 200 && /(?<!\p{L})(?:telegram|whatsapp|viber)(?!\p{L})[^.!?]{0,20}(?:kanaliga\s+)?obuna\s+bo|(?<!\p{L})(?:подписывайтесь|підписуйтесь)(?!\p{L})[^.!?]{0,60}(?<!\p{L})(?:telegram|whatsapp|viber)(?!\p{L})/iu.test(text)) return true;
  if (text.length <= 200 && /^(?:segueix|sigue|siga|segue|suivez|folgen sie|seguici|volg)\b[^.!?]{0,60}(?<!\p{L})(?:a|en|no|na|sur|auf|su|op) (?:telegram|whatsapp|viber|signal)(?!\p{L})/iu.test(text)) return true;
  // An auto-refreshing page's note, a web story's link to the full article, a promotion's call to register.
  if (/^this page (?:will )?(?:refresh(?:es)?|update(?:s)?) automatically\b|^read the full (?:story|article)$|^register(?: (?:now|today|here)\b.{0,100})?$|^webinar\s*:/i.test(text)) return true;
  // "📲 Participe do canal do Outlet no WhatsApp": an invitation to the outlet's channel on a messaging platform.
  if (text.length <= 160 && /\b(?:canal|channel|kanal|chaîne)\b[^.!?]{0,60}\b(?:whatsapp|telegram)\b/i.test(text)) return true;
  // "A version of this article appears in print on ...": the print edition's note, however long.
  if (/^(?:a version of )?this (?:article|story|feature|piece) (?:appears|appeared|was published) in print\b/i.test(text)) return true;
  // The same note in Dutch and German: "Een versie van dit artikel verscheen ook in de krant van ...".
  if (/^een versie van dit artikel verscheen\b|^dieser (?:artikel|beitrag) erschien (?:auch )?in der\b/i.test(text)) return true;
  if (isOutletNote(text)) return true;
  // A blog's comment form, in WordPress's own words, and its links to the neighbouring posts.
  if (/^your email address will not be published\b|^save my name, email,? and website in this browser\b|^(?:comment|name|email|e-mail|website)\s*\*$|^(?:next|previous|older|newer) (?:post|article|story)$/i.test(text)) return true;
  // An Acknowledgement of Country closing an Australian outlet's page: "The Harbour News acknowledges the Traditional
  // Custodians of the lands on which we live and report ...".
  // ("We acknowledge the Wurundjeri people, the traditional owners of the lands on which we work": in the first person.)
  if (text.length <= 400 && /\backnowledges?\b[^.]{0,80}\b(?:traditional (?:custodians|owners)|aboriginal and torres strait islander|first nations)\b/i.test(text)) return true;
  // "Our journalism costs money and we rely on advertising ... Subscribe from just 99p": an appeal to subscribe.
  if (text.length <= 400 && /\b(?:our|independent|quality|local) journalism (?:costs money|is funded by|relies on|depends on)\b/i.test(text) && /\b(?:subscri|support|donat)/i.test(text)) return true;
  // A non-profit newsroom's note on its network and funding, and its republishing terms.
  if (text.length <= 500 && (/\b(?:is|are) (?:part of|a member of)\b[^.]{0,80}\bnon-?profit news(?:room)?s?\b/i.test(text) || /\bour (?:stories|articles|journalism) (?:may|can) be republished\b/i.test(text))) return true;
  // "Harbour Media Ltd. Registered in England No. 1234567.": the company's registration under the page.
  if (text.length <= 200 && /\b(?:ltd|limited|plc|pty|inc|llc)\.?,?\s+registered (?:in|at)\b/i.test(text)) return true;
  // A comment section's policy: "We welcome comments but remove those that break our community rules.".
  if (text.length <= 250 && /\b(?:we|our)\b[^.]{0,60}\bcomments?\b[^.]{0,80}\b(?:guidelines|house rules|community (?:rules|standards|guidelines)|moderat(?:e|ed|ion|ors?)|remove|delete)\b|\bcomments? (?:are|will be|may be) (?:moderated|reviewed before)\b|^comments? (?:should|must)\b[^.]{0,80}\b(?:abusive|offensive|personal|in english)\b|\bwe (?:will|may) (?:remove|delete)\b[^.]{0,40}\bcomments\b|^comments?:\s*(?:our )?(?:rules|house rules|guidelines|policy)$/i.test(text)) return true;
  // "Our news is free to read. If you can spare £2 a month, ... Become a supporter": an appeal for money.
  // (A story's "would become a member of the alliance" is none: the appeal speaks of the outlet's journalism.)
  if (/^becom(?:e|ing) a (?:supporter|member|donor|subscriber)\b.{0,30}$/i.test(text)) return true;
  if (text.length <= 500 && /\bbecom(?:e|ing) a (?:supporter|member|donor)\b|\bwe rely on (?:our )?readers\b|\bif you can (?:spare|afford)\b[^.]{0,40}\b(?:a month|a year|help)\b|\bevery contribution\b/i.test(text) && /\b(?:our|independent|local) (?:journalism|news|reporting|newsroom)\b|\bnews service\b/i.test(text)) return true;
  // "Get the latest news from the Gazette in your inbox.": a newsletter's prompt.
  if (text.length <= 200 && /^(?:get|receive|have)\b[^.]{0,80}\b(?:in|to|straight to|delivered to) your inbox\b/i.test(text)) return true;
  // "Watch Harbour News at 7 weeknights on Channel 7": a station's promotion of its bulletin.
  if (text.length <= 200 && /^(?:watch|tune in to|catch)\b[^.!?]{0,80}\b(?:weeknights|weekdays|nightly|every (?:night|evening|weekday)|on channel \d+|streaming (?:on|at)|live on)\b/i.test(text)) return true;
  // ("Get our morning briefing" over "The day's news in your inbox at 7 a.m.": its heading and its pitch apart.)
  if (text.length <= 160 && (/\b(?:in|into|to|straight to|delivered to) your inbox\b/i.test(text) || /^(?:get|sign up for|subscribe to) (?:our|the)\b[^.]{0,40}\b(?:briefing|newsletter|digest|bulletin)s?$/i.test(text))) return true;
  // "We are funded by our readers. If you can, support our work.": an appeal for money.
  if (text.length <= 400 && /\b(?:(?:are|is) (?:funded|supported) by (?:our )?readers|reader-funded)\b/i.test(text) && /\bsupport (?:our|us)\b/i.test(text)) return true;
  // "DISCLAIMER: The views ... of readers and contributors do not necessarily represent ...": the site's note.
  if (/^disclaimer\s*:/i.test(text) && text.length <= 600) return true;
  // A court's note on its summary of a judgment: "This summary is provided to help ... It does not form part of the reasons".
  if (text.length <= 500 && /\bthis summary is provided to\b|\bdoes not form part of the reasons for the (?:judg(?:e)?ment|decision)\b/i.test(text)) return true;
  // A press-ethics notice in a footer: "The Gazette works under the rules of the press code ... (Vær Varsom-plakaten, in
  // Nynorsk Vær Varsam-plakaten)".
  if (text.length <= 400 && /\b(?:vær vars[oa]m-plakaten|vær vars[oa]m-plakatens|pressens faglige utvalg|god presseskikk|pressenævnet|medieombudsmannen|allmänhetens pressombudsman|julkisen sanan neuvosto|editors['’] code of practice|independent press standards organisation)\b/i.test(text)) return true;
  // (A sign-up box's prompt may run longer than other furniture: it is read up to its own bound.)
  if (isNewsletterPrompt(text)) return true;
  if (text.length > MAX_BOILERPLATE_LENGTH) return false;
  // (With "Hak Cipta", as Malay and Indonesian footers open: "Hak Cipta © 2028 ... Hak cipta terpelihara.")
  // (Or the outlet's name first, "The Harbour Post © 2029. Publisher: ...".)
  if (/^(?:©|\(c\)\s|copyright\b|hak cipta\b)/i.test(text) || /\ball rights reserved\b|\bhak cipta (?:terpelihara|dilindungi)\b/i.test(text) || /^\p{Lu}[^.!?©]{1,50}\s(?:©|\(c\))\s*\d{4}\b/u.test(text)) return true;
  // A time stamp alone ("12:48", "9.15 am"): a live blog's entry time.
  if (/\d/.test(text) && isDateNoise(text)) return true;
  // "A version of this article appears in print on ...": the print edition's note.
  if (/^(?:a version of )?this (?:article|story|feature|piece) (?:appears|appeared|was published) in\b/i.test(text)) return true;
  // (The same note in the languages of Europe: "Cet article est paru dans l'édition papier", "Dieser Artikel erschien in
  // der Printausgabe", "Článok vyšiel aj v tlačenom vydaní".)
  if (text.length <= 200 && /^(?:\p{L}+\s+)?(?:article|artikel|artículo|articolo|artigo|článok|článek|artykuł|artikkel|artikeln|straipsnis)\b.{0,60}?(?:print|imprimée|papier|printausgabe|gedruckten|impresa|cartacea|impressa|krant|tlačenom|išspausdintas|tištěném|drukowanym|papiravisen|papperstidningen|(?:paru|publié|erschienen|publicado|uscito|apparso|verschenen|vyšiel|vyšel)\s+(?:dans|in|en|na|nell|v)\b.{0,6}(?:édition|ausgabe|edición|edizione|edição|editie|vydaní))/iu.test(text)) return true;
  // "Édition N° 6218 du jeudi 17 décembre 2026", "Print edition of Friday 3 May 2024", "Paru dans l'édition papier du
  // lundi 4 janvier 2027": the issue the story ran in.
  if ((PRINT_ISSUE_LINE.test(text) || PRINT_RUN_LINE.test(text)) && findPublicationDate(text) !== null) return true;
  if (FEED_FOOTER.test(text)) return true;
  if (siteOfReprintNotice(text) !== null) return true;
  // A Chinese page's editor line and share row under the story: "【责任编辑：NAME】", "(编辑：NAME)", "分享到：微信 微博".
  if (text.length <= 60 && /^[【\[（(]?\s*(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對)\s*[：:]\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4})*\s*[】\]）)]?$/u.test(text)) return true;
  if (text.length <= 80 && /^(?:分享到|分享至|转发到)\s*[：:]/u.test(text)) return true;
  // A print view's end matter: the story's address under a label ("Article URL: https://...", "Artikel-URL: ...") and
  // its note that comments are left out of the printout.
  if (/^(?:article|artikel|story|page|source|original|url (?:of|de|del|des) (?:the )?(?:article|l['’]article|artículo))[ -]?(?:url|link|adresse|address)?\s*:\s*(?:https?:\/\/|www\.)\S+$/iu.test(text)) return true;
  if (text.length <= 120 && /\b(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\b/iu.test(text) && /\b(?:print(?:ed)?|printout|druck\w*|impression|impresión|stampa|afdruk)\b/iu.test(text) && /\b(?:not|nicht|pas|no|non|niet)\b/iu.test(text)) return true;
  if (isReadMoreLine(text)) return true;
  // A reporter's e-mail address alone, closing the story.
  if (/^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(text)) return true;
  // Two dates and nothing else ("April 3, 1936 – Nov. 30, 2024"): an obituary's life dates, not a dateline.
  if (isOnlyDates(text, 2)) return true;
  // A separator between sections ("* * *", "✦ ✦ ✦") or an ad slot's label ("- Advertisement -", "Anzeige", "Skip advertisement"): no words of the story.
  if (!/[\p{L}\p{N}]/u.test(text) || AD_LABEL.test(text)) return true;
  // "Join our Telegram channel for breaking news": an invitation to follow the outlet elsewhere.
  if (/^(?:join|follow)\b[^.!?]{0,60}\b(?:channel|group|community)\b/i.test(text)) return true;
  // Portal modules (PHP-Nuke, phpBB, Joomla): "Who's Online", its visitor count, the story's print and e-mail links.
  if (/^who['’]s online$|^there (?:are|is) currently\b.*\bonline\.?$/i.test(text)) return true;
  if (text.replace(STORY_TOOL, '').trim() === '') return true;
  // A reader's reply under the story: "Re: <headline> (Score: 1) by reader on ...".
  if (/^re:\s.{1,120}\(score:\s*-?\d+\)/i.test(text)) return true;
  // "This reporting is co-funded by ...": the funding note of a local journalism scheme.
  if (/\b(?:journalism|reporting|reporter|story|article|coverage)\b[^.]{0,60}\b(?:co-?)?funded by\s+[^.,;]*\.?$/i.test(text)) return true;
  // The writers' initials closing the story: "A.E.K. et I.T.", "J.R./T.D.", "J.-M. R." (a compound given name), perhaps
  // with the agency drawn on after them: "J.R. (avec AGENCY)".
  if (/^(?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,4}(?:\s*(?:et|and|y|e|und|&|,|\/)\s*(?:\p{Lu}\.(?:-\p{Lu}\.)?\s?){1,4})*(?:\s*\((?:with|avec|con|com|mit)\s+[^()]{2,40}\))?$/u.test(text)) return true;
  // An agency's initials tag closing wire copy: "(ab/cd)", "ABC/DEF/GHI".
  if (/^\((?:\p{L}{1,5}\/)+\p{L}{1,5}\)$/u.test(text) || /^\p{Lu}{2,5}(?:\/\p{Lu}{2,5}){1,4}$/u.test(text)) return true;
  // The masthead's legal lines: "Ansvarlig redaktør: NAME", "Directeur de la publication : NAME", "Editor-in-chief: NAME".
  if (text.length <= 100 && MASTHEAD_ROLE_LINE.test(text)) return true;
  // The agencies a story draws on, named after it: "(With AFP)", "(Avec agences)", "Con información de Agencia X.".
  if (/^\((?:with|avec|con|com|mit)\s+[^()]{2,40}\)$|^(?:con información de|com informações d[aoe]s?|amb informació d(?:e|['’])|with (?:reporting|information) from|avec (?:l['’])?)\s*\p{Lu}[^.!?]{1,60}\.?$/iu.test(text)) return true;
  if (/\bdownload (?:the|our)\b[^.]{0,40}\bapp\b/i.test(text) || /^(?:下載|下载)[^。]{0,20}app/i.test(text) || /^(?:get|download|install)\b[^.]{0,60}\b(?:our|the) (?:free )?app\b/i.test(text)) return true;
  // Invitations to comment or to pay: "What do you think? Share your views in the comments below.".
  if (/\bshare your (?:views|thoughts|comments)\b|\bin the comments(?: section)? below\b/i.test(text)) return true;
  // A comment box's prompt: "Have something to say? Log in to comment.", "Sign in to join the conversation.".
  if (text.length <= 80 && /^(?:(?:have something to say|what do you think)\?\s*)?(?:log|sign) ?in (?:to|and) (?:comment|reply|join the (?:conversation|discussion))\b/i.test(text)) return true;
  // A prompt to report a mistake in the story: "Spotted an error? Let us know.", "Vous avez repéré une erreur dans ce texte?".
  if (text.length <= 160 && /^(?:(?:have you )?(?:spotted|found|noticed|seen) (?:an? )?(?:error|mistake|typo)|vous avez (?:repéré|remarqué|trouvé|vu) une (?:erreur|faute|coquille)|¿?(?:encontr(?:aste|ó)|viste|detectaste) (?:un|algún) error|hai (?:trovato|notato) un errore|(?:einen )?fehler (?:gefunden|entdeckt))\b/iu.test(text)) return true;
  // Its rules: "Comments are open to subscribers. Please keep it civil.", "Commenting is available to registered readers.".
  if (text.length <= 160 && /^(?:comments are|commenting is) (?:open|available|limited|reserved|restricted|moderated|only open)\b[^.!?]{0,60}[.!]?(?:\s+please (?:keep it|be) (?:civil|respectful|kind)\.?)?$/i.test(text)) return true;
  if (/^support (?:local |independent |quality |nonprofit )?(?:journalism|news you trust)\b|^support (?:us|our (?:news|journalism|work|reporting))(?: today| from \S+ a (?:month|week|year))?$/i.test(text)) return true;
  // "... is a nonprofit newsroom. Support our reporting with a donation today.": an appeal for money.
  if (/\bsupport (?:our|local|independent) (?:reporting|journalism|newsroom)\b[^.]{0,40}\bdonat/i.test(text)) return true;
  // A reader's or an editor's note in square brackets between paragraphs: "[Note: check the figure]", "[RA comment: ...]".
  if (text.length <= 400 && /^\[(?:[\p{L}.]+\s){0,2}(?:comment|note|query|check|nb|ed(?:itor)?['’]?s? note)\s*:[^\]]*\]$/iu.test(text)) return true;
  // The keyboard hint of WordPress's audio player (MediaElement.js) under an embedded report.
  if (/^use up\/down arrow keys to (?:increase or decrease|change) (?:the )?volume\.?$/i.test(text)) return true;
  // An article's audio player note: "This audio is auto-generated. Please let us know if you have any feedback."
  if (text.length <= 160 && /^this (?:audio|narration|article audio|audio version)\b[^.]{0,40}\b(?:auto-?generated|automatically generated|computer-generated|generated by)\b/i.test(text)) return true;
  // An agency's standards link ("Our Standards: The Agency Trust Principles."), a distributor's credit ("NEWS PROVIDED BY Acme Corp").
  if (/^our standards:|^news provided by\b/i.test(text)) return true;
  if (/^loading\s*(?:\.{3}|…)?$/i.test(text)) return true;
  // The feedback button under a story: "Give feedback", "Send us feedback".
  if (/^(?:give|send|leave|share)(?: us)?(?: your)? feedback$|^feedback$/i.test(text)) return true;
  // "Join our WhatsApp channel or send NEWS to ...": a prompt to follow the outlet on a messaging app (in its own voice).
  if (text.length <= 250 && /\b(?:join|follow) (?:our|us on) (?:whatsapp|telegram|signal|viber)\b|\bour (?:whatsapp|telegram|viber) (?:channel|community)\b/i.test(text)) return true;
  if (isTagLine(text)) return true;
  const words = text.split(/\s+/).length;
  if (words > 12) return false;
  if (/^\d[\d,.]*k?\s+(?:comments?|replies|shares|likes|followers)$/i.test(text)) return true;
  // "Writer's email: jane@gazette.example": the writer's address under the story.
  if (/^(?:(?:the )?(?:writer|author|reporter|journalist)['’]?s?\s+)?e-?mail(?: address)?\s*:\s*\S+@\S+\.\S+$/i.test(text)) return true;
  // "Image source, Agency": the credit a picture's caption box sets apart.
  if (/^image source,\s/i.test(text)) return true;
  // "Follow us on Google News", "Google News पर फॉलो करें": a prompt to follow the outlet on a news aggregator.
  if (/\bgoogle news\b/i.test(text) && /\b(?:follow|siga|suivez|folgen|segui|ikuti|takip)\b|फॉलो|फ़ॉलो/iu.test(text)) return true;
  // The share button's word in Hindi and Urdu: "शेयर करें", "شیئر کریں".
  if (/^(?:शेयर करें|शेयर|साझा करें|شیئر کریں)$/u.test(text)) return true;
  return /^(?:share (?:this|on|via)\b|share:?$|deel dit (?:artikel|bericht)\b|partager (?:cet article|sur)\b|compartir (?:este artículo|esta noticia|en)\b|diesen artikel teilen\b|artikel teilen\b|condividi (?:questo articolo|su)\b|compartilhe\b|partilhar\b|tweet(?: this)?:?$|email this\b|print this\b|follow us\b|subscribe (?:to|now|for)\b|sign up (?:for|to)\b|click here\b|read more\b|related(?: (?:articles?|stories|story|posts?|coverage|content|reading|links?|topics))?:?$|advertisement$|sponsored content$|tags?:|keywords?:|filed under:|(?:categor(?:y|ies)|hits|views|section):|(?:posted|filed) in\b|comments?:?$|leave a (?:comment|reply)\b|back to top$|go back$|link copied!?$|subscribe$|підписатися$|подписаться$|newsletters?$|sign up$|enter your e-?mail(?: address)?$|have your say$|join the conversation$|most (?:read|popular|viewed)$|sponsored (?:articles?|stories|links)$|more from (?:the |this )?(?:author|writer|reporter)\b|related\s*:\s+\S|(?:load|show|view) (?:more |all )?comments$|comments are closed(?: on this (?:article|story|post))?\.?$|more news$|topics:?$|(?:read )?related topics:|more (?:coverage|related stories|stories)$|article content$|submit a (?:news )?tip$|send us a (?:news )?tip$|report (?:a typo|a correction|an? (?:error|mistake))$|corrections and clarifications$|more (?:by|from) this (?:author|writer|reporter)$|stay connected:?$|our newsletters$|explore more on these topics$|more on this story$|reuse this content$|about us$|contact us$|advertise with us$|privacy (?:policy|notice)$|terms (?:of (?:use|service)|and conditions)$|cookie (?:settings|policy)$|like this:$|like loading|click to share on\b|media contacts?:|press contacts?:|follow us on\b|download (?:the|our)\b[^.]*\bapp\b)/i.test(
    text,
  );
}

/** The messaging apps outlets run channels on. */
const MESSAGING_APP = /(?<!\p{L})(?:telegram|whatsapp|viber|kakaotalk|телеграм)(?!\p{L})/iu;
/** A channel or group, in the languages of the pages. */
const CHANNEL_WORD = /(?<!\p{L})(?:channels?|groups?|canal|canales|canais|chaîne|kanal|kanaal|kanava|канал|каналі|групу|группу|группе)(?!\p{L})/iu;
/**
 * Subscribe, join or follow, as a prompt asks it, opening it or a sentence of it ("Stay informed: join ..."): English,
 * Ukrainian and Russian stems, Romance and Germanic forms. (Not a story's "residents were told to join the channel".)
 */
const JOIN_VERB = /(?:^|[:.!]\s+)(?:subscribe|join|follow|підпис\p{L}*|подпис\p{L}*|приєдн\p{L}*|присоедин\p{L}*|suscr[ií]be\p{L}*|únete|unete|síguenos|siguenos|rejoignez|abonnez|suivez|siga|sigam|inscreva|entre|folgen|folge|abonniere\p{L}*|tritt|volg|abonneer|iscriviti|seguici|unisciti)(?!\p{L})/iu;

/**
 * "Sign up to our free daily newsletter", "Get the news in your inbox. Subscribe now", "Thanks for reading
 * The Weekly! Subscribe for free ...": a prompt that invites the reader to subscribe, not a sentence of news.
 */
function isNewsletterPrompt(text: string): boolean {
  if (text.length > 240) return false;
  // "Get the latest news sent straight to your inbox": the prompt of a sign-up box, its button apart.
  if (text.length <= 160 && /^(?:get|have|receive)\b[^.!?]{0,80}\b(?:sent|delivered|straight|direct(?:ly)?)\s+(?:(?:straight|directly|right)\s+)?to your inbox\b/i.test(text)) return true;
  // (The same prompt in the languages of Europe: "Tilmeld dig vores nyhedsbrev", "Abonnez-vous à notre newsletter".)
  if (text.length <= 200 && /\b(?:nyhedsbrev|nyhetsbrev|nyhetsbrevet|nyhedsbrevet|newsletter|nieuwsbrief|boletín|boletim|infolettre|uutiskirje)\b/iu.test(text) && /^(?:tilmeld|meld dig|prenumerera|abonner|abonnez|inscrivez|inscríbete|suscríbete|suscribite|assine|subscreva|inscreva|iscriviti|abonniere|melden sie|schrijf je|meld je|tilaa)/iu.test(text)) return true;
  // (An appeal to subscribe at a monthly price: "Subscribe from €4.90 a month", "Assine a partir de 4,90 euros por mês".)
  if (/(?<!\p{L})(?:subscribe|assine|subscreva|abonnez-vous|suscr[ií]bete|abonnieren sie|abbonati)(?!\p{L})/iu.test(text) && /(?<!\p{L})(?:a|per|por|par|al|pro|al) (?:month|mês|mois|mes|monat|mese)(?!\p{L})|\/(?:month|mês|mes|mois)\b/iu.test(text)) return true;
  // (A prompt to join the outlet's channel on a messaging app: "Join our WhatsApp channel", "Підписуйтеся на наш Telegram-канал".)
  if (text.length <= 200 && MESSAGING_APP.test(text) && CHANNEL_WORD.test(text) && JOIN_VERB.test(text)) return true;
  if (!/\b(?:sign up|subscribe)\b/i.test(text)) return false;
  // ("Sign up for the Courier's free text alerts": alerts to a phone or an inbox, as a newsletter's.)
  // (Said as the box says it, "Sign up for ...": not a sentence of the story, "Residents can sign up for text alerts".)
  if (/(?:^|[.!?]\s+)(?:sign up|subscribe) (?:for|to)\b[^.!?]{0,60}\b(?:text|sms|e-?mail|news|breaking news|push) alerts\b/i.test(text)) return true;
  return /\b(?:our|the|free)\b[^.!?]{0,40}\bnewsletters?\b|\binbox\b|\b(?:subscribe|sign up) for free\b|\bstay up to date with\b|^thanks for reading\b/i.test(text);
}

/**
 * Short items divided by runs of separators: "Action . . . . Intelligence . . . . Publish",
 * "Home | World | Business", "News • Sport • Weather".
 */
function isSeparatedMenu(text: string): boolean {
  if (text.length > 400 || !/ \. \.|\s[|•·»]\s/.test(text)) return false;
  const parts = text.split(/\s+(?:\.\s*){2,}\s*|\s+[|•·»]\s+/);
  if (parts.length < 3) return false;
  return parts.every((part) => {
    const p = part.trim().replace(/[.\s]+$/, '');
    return p.length > 0 && p.split(/\s+/).length <= 4 && !/[,;!?]/.test(p);
  });
}

/**
 * Sorts the content blocks of a structured page (HTML, Markdown): byline and date lines at the top
 * go into `header`, captions and site boilerplate out of the body. Block quotes are always body.
 */
export function separateFurniture(
  blocks: Block[],
  header: HeaderInfo,
  foundCaptions: string[],
): { body: Block[]; captions: string[]; boilerplate: string[] } {
  let consumed = 0;
  // (A picture's caption may stand between the headline and the byline: set aside, it ends nothing.)
  const topCaptions: string[] = [];
  while (consumed < Math.min(3 + topCaptions.length, blocks.length) && blocks[consumed]!.kind === 'body') {
    if (topCaptions.length === 0 && isCaption(blocks[consumed]!.text) && consumed + 1 < blocks.length && nameWithRole(blocks[consumed + 1]!.text) !== null) {
      topCaptions.push(blocks[consumed]!.text);
      consumed++;
      continue;
    }
    const info = readHeaderLine(blocks[consumed]!.text);
    if (info) {
      mergeHeader(header, info);
      consumed++;
      continue;
    }
    // A writer's name and role opening the content ("Jane Roe, Senior Business Reporter"): the byline without its "By".
    const signed = nameWithRole(blocks[consumed]!.text);
    if (signed !== null) {
      if (header.authors.length === 0) header.authors = [signed];
      consumed++;
      continue;
    }
    // A name alone right above the date line ("Jane Roe" / "Published: 3 May 2024"): the byline without its "By".
    const names = signature(blocks[consumed]!.text);
    const next = blocks[consumed + 1];
    const dated = names && next?.kind === 'body' ? readHeaderLine(next.text) : null;
    if (!names || !dated?.publishedAt || dated.authors.length > 0) break;
    if (header.authors.length === 0) header.authors = names;
    mergeHeader(header, dated);
    consumed += 2;
  }
  const body: Block[] = [];
  const captions = [...foundCaptions, ...topCaptions];
  const boilerplate: string[] = [];
  const rest = blocks.slice(consumed);
  // Only after some story: a mark at the very top ends nothing.
  const end = rest.findIndex((block, k) => isEndMatterMark(block, rest[k + 1]));
  if (end > 0) boilerplate.push(...rest.splice(end).map((b) => b.text));
  for (const block of rest) {
    const role = block.kind === 'quote' ? 'body' : classifyBlock(block.text);
    if (role === 'caption') captions.push(block.text);
    else if (role === 'boilerplate') boilerplate.push(block.text);
    else body.push(block);
  }
  // The writers a labelled line of credits names ("Authors: Jane Roe, John Doe", "Text: Jane Roe · Photos: John Doe").
  if (header.authors.length === 0) header.authors = boilerplate.map(readLabelledCredit).find((a) => a !== null) ?? [];
  // An opinion piece's note on its writer closing it ("The writer is a retired engineer. Views are personal."): not
  // text, nor is the writer's name set alone above it ("— Jane Roe").
  let noted = false;
  while (body.length > 0 && body[body.length - 1]!.kind === 'body' && (isWriterNote(body[body.length - 1]!.text) || isNoteOnWriter(body[body.length - 1]!.text, header.authors))) {
    boilerplate.push(body.pop()!.text);
    noted = true;
  }
  const named = noted && body.length > 0 ? (readClosingCredits(body[body.length - 1]!.text) ?? signature(body[body.length - 1]!.text)) : null;
  // "— Jane Roe is a civil engineer and a former roads director.": a signed note that names the writer, closing the piece.
  const signedNote = !noted && body.length >= MIN_SIGNED_PARAGRAPHS && body[body.length - 1]!.kind === 'body' ? SIGNED_WRITER_NOTE.exec(body[body.length - 1]!.text.trim()) : null;
  if (signedNote && signedNote[0].length <= 300 && signature(signedNote[1]!)) {
    boilerplate.push(body.pop()!.text);
    if (header.authors.length === 0) header.authors = signature(signedNote[1]!)!;
  }
  if (named) {
    boilerplate.push(body.pop()!.text);
    if (header.authors.length === 0) header.authors = named;
  }
  const foot = closingByline(body);
  if (foot) {
    boilerplate.push(body.pop()!.text);
    if (header.authors.length === 0) header.authors = foot;
  }
  // A broadcast reporter's sign-off closing the story ("Jane Roe, Harbour TV News."): the credit, not a sentence of it.
  const signOff = body.length >= MIN_SIGNED_PARAGRAPHS && body[body.length - 1]!.kind === 'body' ? reportersSignOff(body[body.length - 1]!.text) : null;
  if (signOff) {
    boilerplate.push(body.pop()!.text);
    if (header.authors.length === 0) header.authors = [signOff.author];
    header.publisher ??= signOff.outlet;
  }
  return { body, captions, boilerplate };
}

/** What a note on the writer says the writer is or was: "a professor", "the founder", "former", "based in". */
const WRITER_ROLE_WORDS = String.raw`(?:a|an|the|former|retired|senior|professor|director|chief|editor|founder|co-founder|associate|assistant|visiting|distinguished|research|managing|president|member|fellow|partner|head|lecturer|based)`;
/**
 * "Jane Roe is a professor of law at ...": a note on the writer that opens with the writer's name (group 1). One
 * source for the signed note at a story's end here and for the page reader's notes (html-page.ts), used with the 'u' flag.
 */
export const NAMED_WRITER_NOTE_SOURCE = String.raw`(\p{Lu}[\p{L}\p{M}.'’ -]{2,60}?),? (?:is|was) (?:also |currently |now )?${WRITER_ROLE_WORDS}\b`;

/**
 * The note on an opinion piece's writer, set after its text: "The writer is a retired chief engineer.", "The
 * author teaches law at ...", and the same in other languages ("El autor es ...",
 * "L'auteur est ...", "Der Autor ist ..."). Only at the end of a story: inside one, "The author is ..." is a sentence of it.
 */
const WRITER_NOTE = new RegExp(String.raw`^(?:[(*—–-]\s*)?(?:(?:the )?(?:writer|author|columnist|contributor)s?(?:,\s*[^,]{2,60},)?\s+(?:(?:is|are|was|were|has been|have been)(?: also| currently| now)? (?:${WRITER_ROLE_WORDS}|with)|teaches|taught|works (?:at|for|as|with|on)|heads|leads|lives in|served as|serves as|writes (?:on|about))\b|(?:el|la) (?:autor|autora|escritor|escritora) (?:es|fue)\b|l['’](?:auteur|auteure|autrice|autore) (?:est|è)\b|(?:o|a) (?:autor|autora) (?:é|foi)\b|(?:der|die) (?:autor|autorin) (?:ist|war)\b|de (?:auteur|schrijver) is\b)`, 'i');

/** "— Jane Roe is a professor of law at ...": a note on the writer, signed with a dash, that opens with the writer's name. */
const SIGNED_WRITER_NOTE = new RegExp(String.raw`^[—–-]\s*${NAMED_WRITER_NOTE_SOURCE}.*$`, 'u');

/** "Jane Roe is a professor of law at ...": a note on the writer that opens with the writer's name (group 1). */
export const NAMED_WRITER_NOTE = new RegExp(`^${NAMED_WRITER_NOTE_SOURCE}`, 'u');

/**
 * "Jane Roe is an economist based in Zomba.", "Roe covers the courts for the Gazette.", "Jane Roe reported from Westport
 * and John Doe from Millbrook.": a note on one of the story's writers, by full name or surname, closing the piece; not
 * its text.
 */
export function isNoteOnWriter(text: string, authors: readonly string[]): boolean {
  if (text.length > 300) return false;
  return authors.some((author) => {
    const surname = author.split(/\s+/).pop()!;
    const lead = `^(?:${escapeRegExp(author)}|${escapeRegExp(surname)})\\s+`;
    // (Where the writers filed from, one sentence: a wire's closing note of several, which credits other reporters too, is kept.)
    if (new RegExp(`${lead}(?:reported (?:from|in)|contributed (?:reporting|to this (?:report|story|article)))\\b`).test(text.trim())) return !/[.!?]\s+\p{Lu}/u.test(text.trim());
    return new RegExp(`${lead}(?:is|was|writes|covers|teaches|reports)\\b`).test(text.trim());
  });
}

/**
 * A disclaimer of the outlet's views set under a story: "Views are personal.", "The views expressed are the author's
 * own.", and the disclaimer post-Soviet outlets set under every story ("The editorial office's opinion may not coincide
 * with the author's").
 */
const VIEWS_DISCLAIMER = new RegExp(String.raw`^(?:the )?(?:views|opinions) (?:expressed )?(?:here |in this (?:article|column|piece|op-ed) )?(?:are|is) (?:personal|(?:the|his|her|their) (?:author['’]s |writer['’]s )?own|(?:solely )?those of the (?:author|writer|columnist|contributor)s?)\b|^(?:the )?(?:(?:editorial (?:office|board|staff|team)|editors?)['’]s? (?:opinion|views?|position)|(?:opinion|views?|position) of the (?:editorial (?:office|board|staff|team)|editors?)) (?:may|might|does|do) not (?:necessarily )?(?:coincide|agree|correspond)\b`, 'i');

/** Whether a short paragraph is an opinion piece's note on its writer (see WRITER_NOTE) or a disclaimer of its views. */
export function isWriterNote(text: string): boolean {
  const t = text.trim();
  return (t.length <= 300 && WRITER_NOTE.test(t)) || isViewsDisclaimer(t);
}

/** Whether a short paragraph disclaims the views of the story it closes (see VIEWS_DISCLAIMER). */
export function isViewsDisclaimer(text: string): boolean {
  const t = text.trim();
  return t.length <= 300 && VIEWS_DISCLAIMER.test(t);
}

/** Headings of a press release's end matter ("Notes to editors", "Editor's notes") and of a writer's box after the text ("About the author"). */
const END_MATTER_HEADING =
  /^(?:notes? (?:to|for) editors|editor['’]?s notes?|forward-looking statements?|(?:media|press) (?:contacts?|enquiries|inquiries)|about the (?:authors?|writers?|columnist)|sobre (?:o|a|el|la) (?:autor|autora)|à propos de l['’]auteur|über (?:den autor|die autorin)|despre autor|over de auteur|om forfatteren)\s*:?$/i;

/**
 * Where a press release's end matter starts: its end mark, a heading of notes for editors, of its forward-looking
 * statements or media contacts, or its "About Acme" heading over the paragraph that opens with the issuer's name
 * ("Acme develops ...", the boilerplate every release of the issuer ends with).
 */
function isEndMatterMark(block: Block, next: Block | undefined): boolean {
  const text = block.text.trim();
  // (A heading, or a paragraph set in bold as one. Not "Ends" in title case, which may be a word of the story on a page.)
  if ((isEndMark(text) && text !== 'Ends') || (block.kind !== 'quote' && END_MATTER_HEADING.test(text))) return true;
  const about = block.kind !== 'quote' ? /^About\s+(\p{Lu}[\p{L}\p{M}\d.&'’ -]{1,60}?)[.:]?$/u.exec(text) : null;
  return !!about && !!next && next.text.trim().startsWith(about[1]!.trim());
}

/**
 * The byline some sites put at the foot of the story ("Story by Jane Roe, Press Office", "Words by Jane Roe"):
 * its people, when the last body block is such a line and nothing else.
 */
function closingByline(body: Block[]): string[] | null {
  const last = body[body.length - 1];
  if (!last || last.kind !== 'body' || last.text.length > MAX_BOILERPLATE_LENGTH) return null;
  const credit = readByline(last.text);
  if (credit && credit.authors.length > 0) return credit.authors;
  // ("Written by Jane Roe, Information Officer. Photos: John Doe.": a credit in sentences.)
  return readCreditSentence(last.text) ?? (body.length >= MIN_SIGNED_PARAGRAPHS ? signature(last.text) : null);
}

/** "Jane Roe, Harbour FM News, Westport.": a reporter's name, her station or paper, and perhaps where she files from. */
export function reportersSignOff(text: string): { author: string; outlet: string } | null {
  // (Or "Jane Roe reporting for Harbour TV News.", "Reporting for Harbour TV News, Jane Roe.")
  const reversed = /^[Rr]eporting (?:for|from)\s+(\p{Lu}[^,]{2,50}?),\s+(\p{Lu}[^,]{2,40}?)\.?$/u.exec(text.trim());
  const m = reversed
    ? [reversed[0], reversed[2], reversed[1]]
    : (/^(\p{Lu}[^,]{2,40}),\s+(\p{Lu}[^,]{2,50}?)(?:,\s+\p{Lu}[^,]{1,40}?)?\.?$/u.exec(text.trim()) ??
      /^(\p{Lu}[^,]{2,40}?)\s+reporting (?:for|from)\s+(\p{Lu}[^,]{2,50}?)\.?$/u.exec(text.trim()) ??
      // ("Jane Roe (Harbour Radio)": the station in brackets after the name.)
      /^(\p{Lu}[^,()]{2,40}?)\s+\((\p{Lu}[^,()]{2,50})\)\.?$/u.exec(text.trim()));
  if (!m || classifyName(m[1]!) !== 'person' || classifyName(m[2]!) !== 'outlet') return null;
  return { author: displayName(m[1]!.trim()), outlet: m[2]!.trim() };
}

/**
 * The issuer a distributed press release names in its closing "SOURCE Acme Corp" line (the distributors' convention,
 * in capitals), or null: the release's publisher, not the wire that carried it.
 */
export function releaseSource(texts: readonly string[]): string | null {
  for (const text of texts) {
    const m = /^SOURCE:?\s+(\p{Lu}[^\n]{1,80})$/u.exec(text.trim());
    if (m && classifyName(m[1]!.trim()) !== 'person') return m[1]!.trim();
  }
  return null;
}

/**
 * The line a blog's feed adds under each post, as WordPress writes it in the site's language: "The post <title>
 * appeared first on <site>.", "L’article ... est apparu en premier sur ...", "La entrada ... se publicó primero en
 * ...", "O post ... apareceu primeiro em ...", "Der Beitrag ... erschien zuerst auf ...", "Articolul ... apare prima dată în ...",
 * "Wpis ... pojawił się po raz pierwszy w ...", "Příspěvek ... se poprvé objevil na ...".
 */
const FEED_FOOTER =
  /^(?:the post|l['’]article|la entrada|el artículo|o post|a postagem|der beitrag|l['’]articolo|het bericht|articolul|wpis|příspěvek)\s.{3,300}?\s(?:appeared first on|apare prima dată (?:în|pe)|pojawił się po raz pierwszy w|se poprvé objevil na|est apparu en premier sur|se publicó primero en|apareceu primeiro em|apareceu primeiro no|erschien zuerst auf|(?:è apparso|sembra essere il primo) (?:per la prima volta )?su|verscheen eerst op)\s+(.{2,80}?)\.?$/iu;

/** The site a feed's footer line names, or null for other text. */
export function siteOfFeedFooter(text: string): string | null {
  return FEED_FOOTER.exec(text.trim())?.[1]!.trim() ?? null;
}

/**
 * The outlet a reprint notice asks readers to link to: "When using materials, an active hyperlink to Harbour-News is
 * required", as sites in the former Soviet states close their pages (in Russian: "активная гиперссылка на ...").
 */
const REPRINT_NOTICE = /\b(?:hyperlink|link|гиперссылка|ссылка)\s+(?:to|на)\s+["«“]?(\p{Lu}[\p{L}\d.'’ -]{1,40}?)["»”]?\s+(?:is\s+)?(?:required|mandatory|obligatory|обязательна)/iu;

/** The site a reprint notice names, or null for other text. */
export function siteOfReprintNotice(text: string): string | null {
  return text.length <= MAX_REPRINT_NOTICE ? (REPRINT_NOTICE.exec(text)?.[1]!.trim() ?? null) : null;
}
const MAX_REPRINT_NOTICE = 200;

/** How many paragraphs a story has before a name alone closing it is its writer's signature. */
const MIN_SIGNED_PARAGRAPHS = 4;

/**
 * A name alone closing the story, as Vietnamese, Spanish and Italian sites sign it ("<p><strong>Jane Roe</strong></p>"):
 * one person (or two joined by "and", a comma or "-"), perhaps with the writer's role after a comma, no sentence.
 */
function signature(text: string): string[] | null {
  const line = text.trim();
  if (line.length > 80 || /[.!?:;"“”«»]$/.test(line.replace(/\.$/, '')) || /\d/.test(line)) return null;
  // ("Jane Roe, special correspondent in Westport": the name and the writer's role after a comma.)
  const signed = nameWithRole(line);
  if (signed !== null) return [signed];
  const names = line.replace(/\.$/, '').split(/\s*(?:,|&|\band\b|\s[-–]\s)\s*/).filter((n) => n !== '');
  if (names.length === 0 || names.length > 2) return null;
  return names.every((n) => n.split(/\s+/).length >= 2 && n.split(/\s+/).length <= 4 && classifyName(n) === 'person') ? names : null;
}
