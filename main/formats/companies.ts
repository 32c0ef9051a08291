/**
 * Publishing companies as footers and metadata name them ("Harbour Media Group Ltd", "PT Harbour Media", "Harbour
 * Sentinel Media LLC"): the words of a company's name and its legal forms, which say the name is the company's, not the
 * paper's it publishes. Shared by the plain-text and the web-page readers.
 */

/** The legal forms written with full stops that both patterns below read: "sp. z o.o.", "s.r.o.", "a.s.", "S.A.". */
const DOTTED_FORMS = String.raw`sp\.\s?z\s?o\.\s?o|s\.\s?r\.\s?o|a\.\s?s|s\.\s?a`;

/** Legal forms of companies written with full stops inside, after the name: Polish "sp. z o.o.", Czech and Slovak "s.r.o." and "a.s.", "S.A.", "GmbH & Co. KG", Greek "Α.Ε.". */
export const DOTTED_LEGAL_FORM = new RegExp(String.raw`,?\s+(?:${DOTTED_FORMS}|spol\.\s?s\s?r\.\s?o|sp\.\s?j|gmbh\s?&\s?co\.\s?kg|α\.\s?ε|ε\.\s?π\.\s?ε|ι\.\s?κ\.\s?ε)\.?(?=\s|$)`, 'giu');

/**
 * A legal form written with full stops, closed by one, before the next sentence of a footer: "S.L.", "S.L.U." (Spain),
 * "S.r.l.", "S.p.A." (Italy, Romania), "d.o.o." (the South Slavic states), "S.A.", "s.r.o.", "sp. z o.o.".
 */
export const CLOSED_LEGAL_FORM = new RegExp(String.raw`\s(?:${DOTTED_FORMS}|s\.\s?r\.\s?l|s\.\s?p\.\s?a|s\.\s?l(?:\.\s?u)?|d\.\s?o\.\s?o)\.(?=\s)`, 'iu');

/**
 * A legal form after a company's name: "Ltd", "Inc.", "GmbH", "Sdn Bhd", "S.p.A.", "Ltda", "A/S", "ltée", the Nordic and
 * Estonian "AS", "AB", "ApS", "OÜ", "ehf", the Hungarian "Kft.", "Zrt.", the Albanian "sh.p.k.", the Bulgarian "ЕООД" and
 * "АД" (in Latin letters too), the Lithuanian "UAB", the Latvian "SIA" and the Faroese "P/F" and "Sp/f".
 */
const LEGAL_SUFFIX = /,?\s+(?:ltd|limited|inc|incorporated|llc|plc|corp|corporation|co|gmbh|ag|s\.?a|pty(?:\s+ltd)?|pvt(?:\s+ltd)?|pte(?:\s+ltd)?|sdn\s+bhd|bhd|dac|clg|ulc|ltée|bv|nv|srl|sarl|sas|spa|s\.p\.a|s\.r\.l|s\.a\.s|s\.l|ltda|a\/s|asa|as|ab|aps|oü|e?hf|oyj?|d\.o\.o|kft|zrt|nyrt|bt|sh\.?\s?p\.?\s?k|sh\.a|eood|ood|ad|еоод|оод|ад|uab|sia|s?p\/f|בע["״]מ)\.?$/iu;

/** Words that name a publishing company rather than a paper ("Harbour Publishing", "Valley Media Group", Faroese "Miðlar", "media"). */
export const COMPANY_WORD = /(?<![\p{L}\p{M}])(?:publishing|publishers|publications|media|group|holdings|newspapers|communications|company|corporation|enterprises|groep|gruppe|grupo|groupe|gruppo|médias|média|medios|mídia|wydawnictwo|vydavateľstvo|vydavatelství|kiadó|editura|εκδόσεις|εκδοτική|edições|ediciones|éditions|edizioni|verlag|editora|медиа|медіа|медия|медыя|издательство|видавництво|выдавецтва|холдинг|miðlar|मीडिया|समूह|प्राइवेट|लिमिटेड|مؤسسة|شركة|مجموعة|للإعلام|الإعلامية|للنشر|والنشر|للصحافة|والتوزيع|מדיה|הוצאת|קבוצת)(?![\p{L}\p{M}])/iu;

/** "The Harbour Gazette Ltd" -> "The Harbour Gazette": the legal form is no part of the outlet's name. */
export function withoutCompanySuffix(name: string): string {
  // ("Compañía Anónima El Observador", "PT Harbour Media": the legal form before the name, as Spanish, French and
  // Indonesian firms set it.)
  // (And the legal forms set before a name in quotation marks in the former Soviet states: "LLC «Harbour Media»", Russian
  // "ООО", Ukrainian "ТОВ" and "ПрАТ", Kyrgyz "ОсОО", Kazakh "ТОО".)
  const bare = name.replace(/^(?:compañía anónima|sociedad anónima|société anonyme|sociedade anônima|pt\.?)\s+(?=\p{Lu})/iu, '').replace(/^(?:llc|ooo|ооо|jsc|ojsc|cjsc|оао|зао|ао|пао|тоо|too|тов|пат|прат|ат|осоо)\s+["«“„]([^"»”]+)["»”]$/iu, '$1').replace(/,?\s+n\.\s?v\.?$/i, '').replace(LEGAL_SUFFIX, '').trim();
  return bare.includes(' ') || bare.length > 3 ? bare : name;
}

/**
 * Whether `text` is only what a company's name adds after its paper's ("Media LLC", "Publishing Group", "Ltd"): company
 * words, then perhaps a legal form.
 */
export function isCompanyTail(text: string): boolean {
  const words = ` ${text.trim()}`.replace(LEGAL_SUFFIX, '').trim();
  return words === '' || words.split(/\s+/).every((word) => COMPANY_WORD.test(word));
}

/** Whether a name is a company's by its legal form or its words ("Harbour Newspapers Ltd.", "Valley Media Group"). */
export function isCompanyName(name: string): boolean {
  return withoutCompanySuffix(name) !== name.trim() || name.search(DOTTED_LEGAL_FORM) >= 0 || COMPANY_WORD.test(name);
}
