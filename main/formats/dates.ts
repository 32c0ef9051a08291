/**
 * Publication dates as news sites write them: "February 23, 2023", "23 Feb. 2023", "Thursday, February 23, 2023",
 * "2023-02-23", ISO datetimes, "March 2008". Pure and small on purpose: publication dates are a narrow language,
 * unlike the relative expressions of a body text (those belong to main/analysis).
 */
import type { PublishedDate } from '../../shared/model';
import { CLDR_DATE_WORDS } from './cldr-date-words';

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/**
 * Month names of the other languages news pages are commonly saved in (French, German, Spanish, Italian,
 * Portuguese, Dutch), with their usual abbreviations: "14 mars 2021", "14. März 2021", "14 de marzo de 2021".
 */
const LOCAL_MONTH_NUMBERS: Record<string, number> = Object.fromEntries(
  [
    'janvier janv januar jänner enero gennaio janeiro januari',
    'février févr fevrier fevr februar febrero febbraio fevereiro februari',
    'mars märz maerz marzo março maart',
    'avril avr abril aprile',
    'mai mayo maggio maio mei',
    'juin juni junio giugno junho',
    'juillet juil juli julio luglio julho',
    'août aout agosto augustus',
    'septembre setiembre septiembre settembre setembro',
    'octobre oktober octubre ottobre outubro okt',
    'novembre noviembre novembro',
    'décembre decembre déc dezember diciembre dicembre dezembro dez',
  ].flatMap((names, k) => names.split(' ').map((name) => [name, k + 1] as const)),
);
/**
 * The abbreviations those languages print in date lines ("di 5 mrt 2024", "12 out 2024", "3 gen 2025"), where
 * they differ from the English ones. Some are also words ("set", "out"), as are some short month names ("me", Haitian Creole May): they count only beside a day.
 */
const LOCAL_MONTH_ABBREVIATIONS: Record<string, number> = {
  gen: 1, ene: 1, janv: 1, fev: 2, fév: 2, mrt: 3, mär: 3, abr: 4, mag: 5, mai: 5, giu: 6, lug: 7, juil: 7,
  ago: 8, set: 9, ott: 10, out: 10, okt: 10, dic: 12, dez: 12,
};
const WORD_LIKE_ABBREVIATIONS = new Set(['gen', 'mag', 'set', 'out', 'ago', 'dic', 'ene', 'abr', 'mart', 'mac', 'me', 'mas', 'jen', 'mey']);
Object.assign(LOCAL_MONTH_NUMBERS, LOCAL_MONTH_ABBREVIATIONS);

/**
 * The words of date lines in further languages, one row per language: the twelve months (a month's forms
 * joined by "/": the genitive and the nominative of Polish and Czech, the Malay spelling beside the
 * Indonesian), the weekdays, the labels that say "published" and "updated", and the words that join a date
 * to its time ("kl. 14.02", "godz. 18:45", "pukul 13.20", "saat 11:42").
 */
interface DateLanguage {
  months: string;
  weekdays: string;
  published: string[];
  updated: string[];
  joins: string;
}
const DATE_LANGUAGES: Record<string, DateLanguage> = {
  norwegianDanish: {
    months: 'januar februar mars/marts april mai/maj juni juli august september oktober november desember/december',
    // (Nynorsk's weekdays beside Bokmål's and Danish: "måndag", "tysdag", "laurdag", "sundag".)
    weekdays: 'mandag/måndag tirsdag/tysdag onsdag torsdag fredag lørdag/laurdag søndag/sundag',
    published: ['publisert', 'publiseret', 'publiceret', 'offentliggjort'],
    updated: ['sist oppdatert', 'oppdatert', 'opdateret', 'sidst opdateret'],
    joins: 'kl den',
  },
  swedish: {
    months: 'januari februari mars april maj juni juli augusti september oktober november december',
    weekdays: 'måndag tisdag onsdag torsdag fredag lördag söndag',
    published: ['publicerad', 'publicerat'],
    updated: ['uppdaterad', 'uppdaterat'],
    joins: 'kl',
  },
  finnish: {
    months: 'tammikuuta/tammikuu helmikuuta/helmikuu maaliskuuta/maaliskuu huhtikuuta/huhtikuu toukokuuta/toukokuu kesäkuuta/kesäkuu heinäkuuta/heinäkuu elokuuta/elokuu syyskuuta/syyskuu lokakuuta/lokakuu marraskuuta/marraskuu joulukuuta/joulukuu',
    weekdays: 'maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai',
    published: ['julkaistu'],
    updated: ['päivitetty'],
    joins: 'klo',
  },
  // Estonian: "15. mai 2029 kell 09.20", "Laupäev, 19. mai 2029".
  estonian: {
    months: 'jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember',
    weekdays: 'esmaspäev teisipäev kolmapäev neljapäev reede laupäev pühapäev',
    published: ['avaldatud'],
    updated: ['täiendatud', 'uuendatud'],
    joins: 'kell',
  },
  polish: {
    months: 'stycznia/styczeń lutego/luty marca/marzec kwietnia/kwiecień maja/maj czerwca/czerwiec lipca/lipiec sierpnia/sierpień września/wrzesień października/październik listopada/listopad grudnia/grudzień',
    weekdays: 'poniedziałek wtorek środa czwartek piątek sobota niedziela',
    published: ['opublikowano', 'data publikacji', 'dodano'],
    updated: ['aktualizacja', 'zaktualizowano', 'data aktualizacji'],
    joins: 'godz o',
  },
  czech: {
    months: 'ledna/leden února/únor března/březen dubna/duben května/květen června/červen července/červenec srpna/srpen září října/říjen listopadu prosince/prosinec',
    weekdays: 'pondělí úterý středa čtvrtek pátek sobota neděle',
    published: ['publikováno', 'zveřejněno'],
    updated: ['aktualizováno'],
    joins: 'v',
  },
  turkish: {
    months: 'ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık',
    weekdays: 'pazartesi salı çarşamba perşembe cuma cumartesi pazar',
    published: ['yayınlanma tarihi', 'yayınlanma', 'yayın tarihi', 'yayımlanma', 'eklenme tarihi'],
    updated: ['son güncelleme', 'güncelleme tarihi', 'güncelleme', 'güncellenme'],
    joins: 'saat',
  },
  indonesianMalay: {
    months: 'januari februari maret/mac april mei juni juli agustus/ogos september oktober november desember/disember',
    weekdays: 'senin/isnin selasa rabu kamis/khamis jumat/jumaat sabtu minggu/ahad',
    published: ['diterbitkan', 'dipublikasikan', 'dipublikasi', 'terbit'],
    updated: ['diperbarui', 'diperbaharui', 'dikemaskini', 'dikemas kini'],
    joins: 'pukul jam',
  },
  // Catalan: "9 de gener de 2027", "3 d’abril de 2027".
  catalan: {
    months: 'gener febrer març abril maig juny juliol agost setembre octubre novembre desembre',
    weekdays: 'dilluns dimarts dimecres dijous divendres dissabte diumenge',
    published: ['publicat'],
    updated: ['actualitzat'],
    joins: '',
  },
  romanian: {
    months: 'ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie',
    weekdays: 'luni marți miercuri joi vineri sâmbătă duminică',
    published: ['publicat'],
    updated: ['actualizat'],
    joins: 'ora',
  },
  // Bosnian, Croatian, Serbian and Montenegrin in Latin script, and Slovenian: "22. decembar 2026.", "3. prosinca 2026."
  // (Not the Croatian "listopad", October, which is November in Czech and Polish.)
  southSlavic: {
    months:
      'januar/januara/januarja/siječanj/siječnja februar/februara/februarja/veljača/veljače mart/marta/marec/marca/ožujak/ožujka april/aprila/travanj/travnja maj/maja/svibanj/svibnja jun/juni/juna/junij/junija/lipanj/lipnja jul/juli/jula/julij/julija/srpanj/srpnja august/augusta/avgust/avgusta/kolovoz/kolovoza septembar/septembra/september/rujan/rujna oktobar/oktobra/oktober novembar/novembra/november/studeni/studenoga/studenog decembar/decembra/december/prosinac/prosinca',
    weekdays: 'ponedjeljak/ponedeljak/ponedeljek utorak/torek srijeda/sreda četvrtak/četrtek petak/petek subota/sobota nedjelja/nedelja',
    published: ['objavljeno', 'objavljen', 'objavljena'],
    updated: ['ažurirano', 'azurirano', 'izmijenjeno', 'posodobljeno', 'zadnja izmjena'],
    joins: 'u ob',
  },
  bulgarian: {
    months: 'януари февруари март април май юни юли август септември октомври ноември декември',
    weekdays: 'понеделник вторник сряда четвъртък петък събота неделя',
    published: ['публикувана', 'публикувано', 'публикуван'],
    updated: ['обновена', 'обновено', 'актуализирана', 'актуализация'],
    joins: 'в',
  },
  russian: {
    months: 'января/январь февраля/февраль марта/март апреля/апрель мая/май июня/июнь июля/июль августа/август сентября/сентябрь октября/октябрь ноября/ноябрь декабря/декабрь',
    weekdays: 'понедельник вторник среда четверг пятница суббота воскресенье',
    published: ['опубликовано', 'дата публикации'],
    updated: ['обновлено', 'изменено'],
    joins: 'в',
  },
  ukrainian: {
    months: 'січня/січень лютого/лютий березня/березень квітня/квітень травня/травень червня/червень липня/липень серпня/серпень вересня/вересень жовтня/жовтень листопада/листопад грудня/грудень',
    weekdays: "понеділок вівторок середа четвер п'ятниця/п’ятниця субота неділя",
    published: ['опубліковано', 'дата публікації'],
    updated: ['оновлено', 'змінено'],
    joins: 'о',
  },
  albanian: {
    months: 'janar/janarit shkurt/shkurtit mars/marsit prill/prillit maj/majit qershor/qershorit korrik/korrikut gusht/gushtit shtator/shtatorit tetor/tetorit nëntor/nëntorit/nentor dhjetor/dhjetorit',
    weekdays: 'e_hënë e_martë e_mërkurë e_enjte e_premte e_shtunë e_diel',
    published: ['publikuar', 'publikuar më', 'botuar'],
    updated: ['përditësuar', 'perditesuar', 'përditësimi'],
    joins: 'më ora',
  },
  swahili: {
    months: 'januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba',
    weekdays: 'jumatatu jumanne jumatano alhamisi ijumaa jumamosi jumapili',
    published: ['imechapishwa', 'ilichapishwa', 'iliyochapishwa'],
    updated: ['imesasishwa', 'ilisasishwa', 'imehaririwa'],
    // (And the parts of the day a Swahili time is told in: "saa 3:40 asubuhi", "saa 6:15 usiku".)
    joins: 'saa asubuhi mchana alasiri jioni usiku alfajiri',
  },
  // Serbian in Cyrillic script: "13. децембар 2028.", "13. децембра 2028."
  serbianCyrillic: {
    months: 'јануар/јануара фебруар/фебруара март/марта април/априла мај/маја јун/јуна јул/јула август/августа септембар/септембра октобар/октобра новембар/новембра децембар/децембра',
    weekdays: 'понедељак уторак среда четвртак петак субота недеља',
    published: ['објављено', 'објављен'],
    updated: ['ажурирано'],
    // (And "дана", "on the day", before a date: "Објавио ... дана 14.10.2029".)
    joins: 'у дана',
  },
  // Tagalog (Filipino): "Disyembre 15, 2028", "Lunes, Disyembre 18, 2028".
  tagalog: {
    months: 'enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre',
    weekdays: 'lunes martes miyerkules huwebes biyernes sabado linggo',
    published: ['inilathala', 'nailathala', 'inilabas'],
    updated: ['na-update', 'in-update', 'binago'],
    joins: 'ng',
  },
  // Tetum (Timor-Leste): "15 Dezembru 2028", "Sesta, 15 Dezembru 2028".
  tetum: {
    months: 'janeiru fevereiru marsu abríl/abril maiu juñu/junu jullu/julu agostu setembru outubru novembru dezembru',
    weekdays: 'segunda tersa kuarta kinta sesta sábadu/sabadu domingu',
    published: ['publika', 'publikadu'],
    updated: ['atualiza', 'atualizadu'],
    joins: '',
  },
  // Bengali: "১৪ ডিসেম্বর ২০২৮" (Bengali digits are read as ASCII ones).
  bengali: {
    months: 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর',
    weekdays: 'রবিবার সোমবার মঙ্গলবার বুধবার বৃহস্পতিবার শুক্রবার শনিবার',
    published: ['প্রকাশ', 'প্রকাশিত'],
    updated: ['আপডেট', 'হালনাগাদ'],
    joins: '',
  },
  // The languages of northern India whose months CLDR gives (cldr-date-words.ts), with their labels and the words of a
  // time of day: Hindi and Maithili ("सुबह 9:15 बजे", "रात"), Punjabi ("ਰਾਤ 11:30 ਵਜੇ") and Gujarati ("સવારે ૧:૩૦").
  hindi: {
    // (Beside CLDR's spellings, those with the nasal written as a half letter, "नवम्बर" for "नवंबर", as Maithili and many Hindi pages write them.)
    months: 'जनवरी फ़रवरी/फरवरी मार्च अप्रैल/अप्रेल मई जून जुलाई/जुलाइ अगस्त सितंबर/सितम्बर अक्टूबर/अक्तूबर/अक्टूबर नवंबर/नवम्बर दिसंबर/दिसम्बर',
    weekdays: '',
    published: ['प्रकाशित', 'प्रकाशन'],
    updated: ['अपडेट', 'अद्यतन'],
    joins: 'बजे सुबह दोपहर शाम रात',
  },
  // Sinhala pages write the months' English names as often as CLDR's Sinhala ones: "2029 නොවැම්බර් 10".
  sinhala: {
    months: 'ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල්/අප්රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්',
    weekdays: '',
    published: ['පළ කළේ'],
    updated: ['යාවත්කාලීන කළේ'],
    joins: 'පෙ.ව. ප.ව.',
  },
  luxembourgish: {
    months: '',
    weekdays: '',
    published: ['publizéiert', 'verëffentlecht'],
    updated: ['aktualiséiert'],
    joins: 'um',
  },
  punjabi: {
    months: '',
    weekdays: '',
    published: ['ਪ੍ਰਕਾਸ਼ਿਤ'],
    updated: ['ਅੱਪਡੇਟ', 'ਅਪਡੇਟ'],
    joins: 'ਵਜੇ ਸਵੇਰੇ ਦੁਪਹਿਰ ਸ਼ਾਮ ਰਾਤ',
  },
  gujarati: {
    months: '',
    weekdays: '',
    published: ['પ્રકાશિત'],
    updated: ['અપડેટ'],
    joins: 'વાગ્યે સવારે બપોરે સાંજે રાત્રે',
  },
  // Tigrinya, as Eritrea prints Gregorian dates in Ge'ez script: "ሰኑይ፣ 11 ሰነ 2029". (Some month names are also those of the
  // Ethiopian calendar, whose dates carry their era's mark, "ዓ.ም.", and are read apart.)
  tigrinya: {
    months: 'ጥሪ ለካቲት መጋቢት ሚያዝያ ግንቦት ሰነ ሓምለ ነሓሰ መስከረም ጥቅምቲ ሕዳር ታሕሳስ',
    weekdays: 'ሰኑይ ሰሉስ ሮቡዕ ሓሙስ ዓርቢ ቀዳም ሰንበት',
    published: ['ዝተሓትመ'],
    updated: ['ዝተሓደሰ'],
    joins: '',
  },
  // Tamil: "14 ஆகஸ்ட் 2029", "செவ்வாய், 14 ஆகஸ்ட் 2029 | மாலை 6:30" (the time after "morning" or "evening").
  tamil: {
    months: 'ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்',
    weekdays: 'திங்கள் செவ்வாய் புதன் வியாழன் வெள்ளி சனி ஞாயிறு',
    published: ['வெளியிடப்பட்டது'],
    updated: ['புதுப்பிக்கப்பட்டது'],
    joins: 'காலை மாலை இரவு',
  },
  // Galician: "14 de xaneiro de 2029", "Domingo, 14 de xaneiro de 2029". (Its labels, "Publicado", "Actualizada", and the
  // weekdays it shares are Spanish ones, read with those.)
  galician: {
    months: 'xaneiro febreiro marzo abril maio xuño/xuno xullo agosto setembro outubro novembro decembro',
    weekdays: 'luns mércores/mercores xoves venres',
    published: [],
    updated: [],
    joins: 'ás',
  },
  // Haitian Creole: "10 janvye 2029", "Jedi 11 janvye 2029". (Its August, "out", is left to the Portuguese October
  // abbreviation, which is far more often printed.)
  haitianCreole: {
    months: 'janvye fevriye mas avril me jen jiyè/jiye - septanm oktòb/oktob novanm desanm',
    weekdays: 'lendi madi mèkredi/mekredi jedi vandredi samdi dimanch',
    published: ['pibliye'],
    updated: ['mete ajou', 'modifye'],
    // (Its "a" before a time, "10 janvye 2029 a 6:05 PM", is left out: the Spanish "a las" holds it.)
    joins: '',
  },
  // Malagasy: "10 janoary 2029", "Alakamisy 11 janoary 2029".
  malagasy: {
    months: 'janoary febroary martsa aprily mey jona jolay aogositra septambra oktobra novambra desambra',
    weekdays: 'alatsinainy talata alarobia alakamisy zoma sabotsy alahady',
    published: ['nivoaka', 'navoaka'],
    updated: ['nohavaozina'],
    joins: '',
  },
  // Persian, with the Gregorian months' names ("۱۳ مارس ۲۰۲۹"); its Solar Hijri dates are read above. (Weekdays with and
  // without the zero-width non-joiner: "سه‌شنبه", "سه شنبه".)
  persian: {
    months: 'ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر',
    weekdays: 'شنبه یکشنبه/یک‌شنبه دوشنبه سه‌شنبه/سه_شنبه چهارشنبه/چهار‌شنبه پنجشنبه/پنج‌شنبه جمعه',
    published: ['تاریخ انتشار', 'منتشر شده', 'انتشار'],
    updated: ['آخرین به‌روزرسانی', 'به‌روزرسانی', 'بروزرسانی'],
    joins: 'ساعت',
  },
  // Azerbaijani: "15 mart 2029, cümə axşamı" ("Thursday"), "13.03.2029 | 00:35".
  azerbaijani: {
    months: 'yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr',
    weekdays: 'bazar_ertəsi çərşənbə_axşamı çərşənbə cümə_axşamı cümə şənbə bazar',
    published: ['dərc olunub', 'yayımlanıb'],
    updated: ['yenilənib'],
    joins: 'saat',
  },
  // Uzbek in Latin script: "14 fevral 2029", "Sana: 14.02.2029" ("date").
  uzbek: {
    months: 'yanvar fevral mart aprel may iyun iyul avgust sentabr oktabr noyabr dekabr',
    weekdays: 'dushanba seshanba chorshanba payshanba juma shanba yakshanba',
    published: ['sana', 'eʼlon qilindi', "e'lon qilindi"],
    updated: ['yangilandi'],
    joins: 'soat',
  },
  // Hausa: "10 ga Afrilu, 2029" ("the 10th of April"), "Talata, 10 ga Afrilu, 2029".
  hausa: {
    months: 'janairu faburairu/fabrairu maris afrilu mayu yuni yuli agusta satumba oktoba nuwamba disamba',
    weekdays: "litinin talata laraba alhamis jumma'a/juma'a/jumma’a asabar lahadi",
    published: ['an wallafa'],
    updated: ['an sabunta'],
    joins: '',
  },
  // Icelandic: "15. febrúar 2029 kl. 23.48", "Laugardagur 17. febrúar 2029".
  icelandic: {
    months: 'janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember',
    weekdays: 'mánudagur þriðjudagur miðvikudagur fimmtudagur föstudagur laugardagur sunnudagur',
    published: ['birt', 'birtist'],
    updated: ['uppfært'],
    joins: 'kl',
  },
  // Faroese: "8. januar 2029 kl. 23.40", "mánadagur 8. januar 2029".
  faroese: {
    months: 'januar februar mars apríl mai juni juli august september oktober november desember',
    weekdays: 'mánadagur týsdagur mikudagur hósdagur fríggjadagur leygardagur sunnudagur',
    published: ['útgivið', 'almannakunngjørt'],
    updated: ['dagført'],
    joins: 'kl',
  },
  // Hebrew: "13 ביולי 2029" (the month with the prefix "ב", "in"), "יום שישי, 13 ביולי 2029", "פורסם: 12.07.29".
  hebrew: {
    months: 'ינואר/בינואר פברואר/בפברואר מרץ/במרץ/מרס/במרס אפריל/באפריל מאי/במאי יוני/ביוני יולי/ביולי אוגוסט/באוגוסט ספטמבר/בספטמבר אוקטובר/באוקטובר נובמבר/בנובמבר דצמבר/בדצמבר',
    weekdays: 'יום_שני יום_שלישי יום_רביעי יום_חמישי יום_שישי שבת יום_ראשון',
    published: ['פורסם', 'פורסמה', 'פורסם ב'],
    updated: ['עודכן', 'עודכנה', 'עודכן לאחרונה'],
    joins: '',
  },
  // Belarusian: "13 ліпеня 2029", "Нядзеля, 15 ліпеня 2029".
  belarusian: {
    months: 'студзеня/студзень лютага/люты сакавіка/сакавік красавіка/красавік мая/май чэрвеня/чэрвень ліпеня/ліпень жніўня/жнівень верасня/верасень кастрычніка/кастрычнік лістапада/лістапад снежня/снежань',
    weekdays: 'панядзелак аўторак серада чацвер пятніца субота нядзеля',
    published: ['апублікавана'],
    updated: ['абноўлена'],
    joins: '',
  },
  // Georgian: "15 მაისი 2029, 00:50", "პარასკევი, 18 მაისი, 2029".
  georgian: {
    months: 'იანვარი თებერვალი მარტი აპრილი მაისი ივნისი ივლისი აგვისტო სექტემბერი ოქტომბერი ნოემბერი დეკემბერი',
    weekdays: 'ორშაბათი სამშაბათი ოთხშაბათი ხუთშაბათი პარასკევი შაბათი კვირა',
    published: ['გამოქვეყნდა', 'გამოქვეყნებულია'],
    updated: ['განახლდა', 'განახლებულია'],
    joins: '',
  },
  hungarian: {
    months: 'január február március április május június július augusztus szeptember október november december',
    weekdays: 'hétfő kedd szerda csütörtök péntek szombat vasárnap',
    published: ['publikálva', 'közzétéve', 'megjelent', 'létrehozva'],
    updated: ['frissítve', 'módosítva', 'utolsó frissítés', 'frissítés'],
    joins: '',
  },
  greek: {
    months: 'ιανουαρίου/ιανουάριος φεβρουαρίου/φεβρουάριος μαρτίου/μάρτιος απριλίου/απρίλιος μαΐου/μάιος ιουνίου/ιούνιος ιουλίου/ιούλιος αυγούστου/αύγουστος σεπτεμβρίου/σεπτέμβριος οκτωβρίου/οκτώβριος νοεμβρίου/νοέμβριος δεκεμβρίου/δεκέμβριος',
    weekdays: 'δευτέρα τρίτη τετάρτη πέμπτη παρασκευή σάββατο κυριακή',
    published: ['δημοσιεύθηκε', 'δημοσίευση'],
    updated: ['ενημερώθηκε', 'τελευταία ενημέρωση', 'ενημέρωση'],
    joins: '',
  },
  // Vietnamese months are numbered ("tháng 3"): its pages print numeric dates ("Thứ tư, 13/3/2024").
  vietnamese: {
    months: '',
    weekdays: 'thứ_hai/thứ_2 thứ_ba/thứ_3 thứ_tư/thứ_4 thứ_năm/thứ_5 thứ_sáu/thứ_6 thứ_bảy/thứ_7 chủ_nhật',
    published: ['ngày đăng', 'đăng lúc', 'đăng ngày', 'xuất bản'],
    updated: ['cập nhật', 'cập nhật lúc'],
    joins: 'lúc ngày',
  },
  // Tajik (Persian in Cyrillic script): the month takes the izafat "-и" before its year ("14 сентябри 2029"), weekdays as in Persian.
  tajik: {
    months: 'январ/январи феврал/феврали март/марти апрел/апрели май/майи июн/июни июл/июли август/августи сентябр/сентябри октябр/октябри ноябр/ноябри декабр/декабри',
    weekdays: 'душанбе сешанбе чоршанбе панҷшанбе ҷумъа шанбе якшанбе',
    published: ['нашр шуд', 'санаи нашр'],
    updated: ['навсозӣ шуд', 'навсозӣ'],
    joins: 'соати',
  },
  // Papiamentu (Curaçao, Bonaire; Aruba writes Papiamento): "djaweps 13 di sèptèmber 2029", "di" joining day and month.
  papiamentu: {
    months: 'yanüari/yanuari febrüari/februari mart aprel mei yüni/yuni yüli/yuli ougùstùs/ougustus sèptèmber/september òktober/oktober novèmber/november desèmber/desember',
    weekdays: 'djaluna djamars djárason/djarason djaweps djabièrnè/djabierne djasabra djadumingu',
    published: ['publiká', 'publiká riba'],
    updated: ['aktualisá', 'aktualisa'],
    joins: '',
  },
  // Dhivehi (the Maldives, Thaana script), the months borrowed from English: "11 ސެޕްޓެމްބަރު 2029".
  dhivehi: {
    months: 'ޖަނަވަރީ/ޖެނުއަރީ ފެބުރުއަރީ/ފެބްރުއަރީ/ފެބުރުވަރީ މާޗް/މާރިޗު އޭޕްރީލް/އެޕްރީލް މެއި ޖޫން ޖުލައި އޮގަސްޓް/އޯގަސްޓް/އޮގަސްޓު ސެޕްޓެމްބަރު/ސެޕްޓެމްބަރ އޮކްޓޫބަރު/އޮކްޓޯބަރު/އޮކްޓޯބަރ ނޮވެމްބަރު/ނޮވެމްބަރ ޑިސެމްބަރު/ޑިސެމްބަރ',
    weekdays: 'ހޯމަ އަންގާރަ ބުދަ ބުރާސްފަތި ހުކުރު ހޮނިހިރު އާދިއްތަ',
    published: [],
    updated: [],
    joins: '',
  },
  // Welsh: "Dydd Gwener 12 Hydref 2029", the weekday after "Dydd" (day).
  welsh: {
    months: 'ionawr chwefror mawrth ebrill mai mehefin gorffennaf awst medi hydref tachwedd rhagfyr',
    weekdays: 'dydd_llun dydd_mawrth dydd_mercher dydd_iau dydd_gwener dydd_sadwrn dydd_sul',
    published: ['cyhoeddwyd'],
    updated: ['diweddarwyd'],
    joins: '',
  },
  // Armenian: the month in the genitive before the year ("9 հոկտեմբերի 2029"), or in the nominative.
  armenian: {
    months: 'հունվարի/հունվար փետրվարի/փետրվար մարտի/մարտ ապրիլի/ապրիլ մայիսի/մայիս հունիսի/հունիս հուլիսի/հուլիս օգոստոսի/օգոստոս սեպտեմբերի/սեպտեմբեր հոկտեմբերի/հոկտեմբեր նոյեմբերի/նոյեմբեր դեկտեմբերի/դեկտեմբեր',
    weekdays: 'երկուշաբթի երեքշաբթի չորեքշաբթի հինգշաբթի ուրբաթ շաբաթ կիրակի',
    published: ['հրապարակվել է', 'հրապարակված է'],
    updated: ['թարմացվել է', 'թարմացված է'],
    joins: 'ժամը',
  },
  // The month names of Egypt and the Gulf, with the Maghreb's beside them; "م" and "ص" are p.m. and a.m.
  arabic: {
    // (And the Syriac names of Iraq and the Levant, "حزيران", "تشرين الأول": "_" joins the words of a name.)
    months: 'يناير/جانفي/كانون_الثاني فبراير/فيفري/شباط مارس/آذار أبريل/ابريل/أفريل/نيسان مايو/ماي/أيار يونيو/يونيه/جوان/حزيران يوليو/يوليه/جويلية/تموز أغسطس/اغسطس/أوت/آب سبتمبر/أيلول أكتوبر/اكتوبر/تشرين_الأول نوفمبر/تشرين_الثاني ديسمبر/كانون_الأول',
    weekdays: 'الإثنين/الاثنين الثلاثاء الأربعاء/الاربعاء الخميس الجمعة السبت الأحد/الاحد',
    published: ['تاريخ النشر', 'نشر في', 'نُشر في', 'نشر بتاريخ', 'نُشر', 'نشر'],
    updated: ['آخر تحديث', 'تم التحديث', 'تحديث'],
    // (And "صباحاً" and "مساءً", in the morning and in the evening, after the time: "11:30 صباحاً".)
    joins: 'م ص الساعة صباحاً صباحا مساءً مساءا مساء',
  },
};
for (const language of Object.values(DATE_LANGUAGES)) {
  if (language.months === '') continue;
  language.months.split(' ').forEach((forms, k) => {
    // ("-" holds the place of a month left to another language.)
    for (const form of forms.split('/')) if (form !== '-') LOCAL_MONTH_NUMBERS[form.replace(/_/g, ' ')] ??= k + 1;
  });
}
/**
 * The month and weekday names of the other languages written with spaces, from the Unicode CLDR (cldr-date-words.ts,
 * built by cldr-date-words-build.ts): "8 ਨਵੰਬਰ 2029", "11 Hydref 2029". The table above keeps its reading of a word
 * two languages give different months, and its spellings beside CLDR's.
 */
const CLDR_LANGUAGES: readonly { months: string[][]; weekdays: string[] }[] = Object.values(CLDR_DATE_WORDS.languages);
for (const { months } of CLDR_LANGUAGES) months.forEach((forms, k) => forms.forEach((form) => (LOCAL_MONTH_NUMBERS[form] ??= k + 1)));
/**
 * The month names of the other languages dates.ts reads ("janvier", "März", "gener", "siječnja", "mrt"), longest first,
 * without the abbreviations that are also words ("set", "out"): every one of those languages writes the day before the month.
 */
export const LOCAL_MONTH_NAMES = asAlternatives(Object.keys(LOCAL_MONTH_NUMBERS).filter((name) => !WORD_LIKE_ABBREVIATIONS.has(name)));

/**
 * Names as a pattern's alternatives, the spaces of a two-word name matching any white space: a trie of their letters
 * (`(?:m(?:a(?:yo|y)...`), which tries a longer name before a shorter one it begins, as alternatives sorted longest first
 * would, but reads each letter once rather than once for each of the thousand names that share it.
 */
function asAlternatives(names: string[]): string {
  interface Node {
    next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const name of names) {
    let node = root;
    for (const letter of name) {
      const token = letter === ' ' ? String.raw`\s+` : letter;
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const branches = (node: Node) => [...node.next].map(([token, child]) => token + source(child));
  // (A node where a name ends makes what follows it optional, tried first: the longer name before the shorter.)
  const source = (node: Node): string => {
    const after = branches(node);
    if (after.length === 0) return '';
    if (node.end) return `(?:${after.join('|')})?`;
    return after.length === 1 ? after[0]! : `(?:${after.join('|')})`;
  };
  return branches(root).join('|');
}
/** A phrase as a pattern: its spaces (and the "_" that joins the words of a weekday, "thứ_hai") match any white space. */
const escapeWords = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ _]/g, String.raw`\s+`);
const byLength = (a: string, b: string) => b.length - a.length;
/** The labels of those languages that open a publication date ("Publisert", "Opublikowano:", "Diterbitkan:"), longest first. */
export const PUBLISHED_LABELS = Object.values(DATE_LANGUAGES).flatMap((l) => l.published).sort(byLength).map(escapeWords).join('|');
/** Their labels of an update ("Oppdatert", "Aktualizacja:", "Güncelleme:"), longest first. */
export const UPDATED_LABELS = Object.values(DATE_LANGUAGES).flatMap((l) => l.updated).sort(byLength).map(escapeWords).join('|');
/** The weekdays of those languages ("Senin", "الثلاثاء", "thứ tư"), longest first. */
/** The weekdays of French, German, Spanish, Italian, Portuguese and Dutch date lines. */
export const EUROPEAN_WEEKDAYS =
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag';
/** CLDR's weekdays, but for those of French, German, Spanish, Italian, Portuguese and Dutch (Asturian's "martes" too), read apart. */
const EUROPEAN_WEEKDAY = new RegExp(`^(?:${EUROPEAN_WEEKDAYS})$`, 'iu');
const CLDR_WEEKDAYS = [...new Set(CLDR_LANGUAGES.flatMap((l) => l.weekdays))].filter((w) => !EUROPEAN_WEEKDAY.test(w));
export const LANGUAGE_WEEKDAYS = [...Object.values(DATE_LANGUAGES).flatMap((l) => l.weekdays.replace(/\//g, ' ').split(' ')), ...CLDR_WEEKDAYS].filter((w) => w !== '').sort(byLength).map(escapeWords).join('|');
/** The most words a top bar sets beside its date (a town, the weather's, its links). */
const MAX_TODAY_BAR_WORDS = 4;
// (And the Chinese weekday, "星期日", "周一", written beside the date without a space.)
const WEEKDAY_WORD = new RegExp(String.raw`(?<!\p{L})(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|${EUROPEAN_WEEKDAYS}|${LANGUAGE_WEEKDAYS})(?!\p{L})|(?:星期|禮拜|礼拜|周|週)[一二三四五六日天]`, 'iu');
/**
 * A site's top bar of today's date ("Wednesday, 23 December 2026", "Westport, martes 15 de diciembre de 2026"): a
 * weekday and a date, perhaps with the town, and no time or label. The day a page was seen, not one it was published.
 */
export function isTodayBar(line: string): boolean {
  const found = findPublicationDate(line);
  if (!found) return false;
  // (A bar's items set apart by dots or bars, "Sobota 20. marca 2027 · meniny má Jana" with the day's name day: the
  // item with the date decides, the others holding no date, time or label.)
  const items = line.split(/\s+[·|•]\s+/);
  if (items.length > 1 && line.length <= 120) {
    const dated = items.filter((item) => findPublicationDate(item) !== null);
    return dated.length === 1 && isTodayBar(dated[0]!) && !/\d{1,2}\s?[:h]\s?\d{2}(?!\d)|\b(?:published|posted|updated)\b/i.test(line);
  }
  // (Beside the date and its weekday, a town, the weather or the bar's links, or a "Today" label: not "General News of
  // Wednesday, ...", a section's line in sentence case.)
  const rest = `${line.slice(0, found.start)} ${line.slice(found.end)}`.replace(WEEKDAY_WORD, ' ').replace(/[^\p{L}\s]/gu, ' ').trim();
  if (rest !== '' && (rest.split(/\s+/).length > MAX_TODAY_BAR_WORDS || /(?<!\p{L})\p{Ll}/u.test(rest))) return false;
  return line.length <= 80 && WEEKDAY_WORD.test(line) && findPublicationDate(line) !== null && !/\d{1,2}\s?[:.h]\s?\d{2}(?!\d)|\b(?:published|posted|updated)\b/i.test(line.replace(/\d{1,2}\.\s?\d{1,2}\.\s?\d{4}/g, ''));
}
const LANGUAGE_DATE_WORDS = [...Object.values(DATE_LANGUAGES).flatMap((l) => [...l.weekdays.replace(/\//g, ' ').split(' '), ...l.joins.split(' '), ...l.published, ...l.updated]), ...CLDR_WEEKDAYS]
  .filter((word) => word !== '')
  .sort(byLength)
  .map(escapeWords)
  .join('|');
const LOCAL_MONTH = asAlternatives(Object.keys(LOCAL_MONTH_NUMBERS));

const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|${LOCAL_MONTH})\.?`;
/** "3", "3rd", "1er", "14." (German), "1º"; "de" joins day, month and year in Spanish and Portuguese. */
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th|er|º|\.)?`;
const YEAR = String.raw`(\d{4})`;

interface DatePattern {
  re: RegExp;
  build: (m: RegExpExecArray) => PublishedDate | null;
  /** What belongs to the date before where the pattern starts reading it (a month the pattern reads behind it). */
  leadIn?: RegExp;
}

/**
 * The thirteen months of the Ethiopian calendar (Meskerem is the first), in the usual English spellings and in Ge'ez
 * script, as Amharic pages print them ("ታኅሣሥ 4 ቀን 2021 ዓ.ም."), with their common spellings.
 */
const ETHIOPIAN_MONTHS = [
  ['meskerem', 'meskerrem', 'መስከረም'],
  ['tikimt', 'tikemt', 'tiqimt', 'tekemt', 'ጥቅምት'],
  ['hidar', 'hedar', 'ኅዳር', 'ህዳር'],
  ['tahsas', 'tahesas', 'tahisas', 'ታኅሣሥ', 'ታህሳስ', 'ታሕሳስ'],
  ['tir', 'ter', 'tirr', 'ጥር'],
  ['yekatit', 'yakatit', 'የካቲት'],
  ['megabit', 'maggabit', 'መጋቢት'],
  ['miyazya', 'miyazia', 'miazia', 'ሚያዝያ'],
  ['ginbot', 'genbot', 'ግንቦት'],
  ['sene', 'senie', 'ሰኔ'],
  ['hamle', 'hamlie', 'ሐምሌ', 'ሃምሌ'],
  ['nehase', 'nehasse', 'ነሐሴ', 'ነሃሴ'],
  ['pagume', 'pagumen', 'puagme', 'ጳጉሜ', 'ጳጉሜን'],
];
const ETHIOPIAN_MONTH = `(${ETHIOPIAN_MONTHS.flat().filter((name) => /^[a-z]/.test(name)).join('|')})`;
const GEEZ_MONTH = `(${ETHIOPIAN_MONTHS.flat().filter((name) => !/^[a-z]/.test(name)).join('|')})`;
/** "E.C." (Ethiopian Calendar) or the Amharic "ዓ.ም.": the era mark that tells such a date from a Gregorian one. */
const ETHIOPIAN_ERA = String.raw`(?:E\.\s?C\.?|EC\b|ዓ\.?\s?ም\.?)`;

/** The number of the month a calendar's table names (its row's, counted from one), or 0. */
function monthIn(table: readonly (readonly string[])[], name: string): number {
  return table.findIndex((names) => names.includes(name.toLowerCase())) + 1;
}

/**
 * The Gregorian day of an Ethiopian date: twelve months of 30 days and Pagume of 5 (6 before a leap year), the
 * year's leap day falling every fourth year, counted from the calendar's epoch (Julian day 1724221, Meskerem 1 of year 1).
 */
function ethiopianDay(y: number, m: number, d: number): PublishedDate | null {
  if (m < 1 || m > 13 || d < 1 || d > (m === 13 ? (y % 4 === 3 ? 6 : 5) : 30)) return null;
  const julianDay = 1724220 + 365 * (y - 1) + Math.floor(y / 4) + 30 * (m - 1) + d;
  const gregorian = new Date((julianDay - 2440588) * 86_400_000);
  return day(gregorian.getUTCFullYear(), gregorian.getUTCMonth() + 1, gregorian.getUTCDate());
}

/**
 * The twelve months of the Solar Hijri calendar, Iran's and Afghanistan's civil one, in Persian and in the usual Latin
 * spellings (Farvardin, which opens at Nowruz, is the first), and by the names of the zodiac Afghanistan gives them
 * (Hamal, Sawr, ...).
 */
const SOLAR_HIJRI_MONTHS = [
  ['فروردین', 'farvardin', 'حمل', 'hamal'],
  ['اردیبهشت', 'ordibehesht', 'ثور', 'sawr'],
  ['خرداد', 'khordad', 'جوزا', 'jawza'],
  ['تیر', 'tir', 'سرطان', 'saratan'],
  ['مرداد', 'امرداد', 'mordad', 'amordad', 'اسد', 'asad'],
  ['شهریور', 'shahrivar', 'سنبله', 'sonbola'],
  ['مهر', 'mehr', 'میزان', 'mizan'],
  ['آبان', 'aban', 'عقرب', 'aqrab'],
  ['آذر', 'azar', 'قوس', 'qaws'],
  ['دی', 'dey', 'جدی', 'jadi'],
  ['بهمن', 'bahman', 'دلو', 'dalw'],
  ['اسفند', 'esfand', 'حوت', 'hut'],
];
const SOLAR_HIJRI_MONTH = `(${SOLAR_HIJRI_MONTHS.flat().sort((a, b) => b.length - a.length).join('|')})`;
const SOLAR_HIJRI_PARTS = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });

/**
 * The Gregorian day of a Solar Hijri date, read back from the calendar data the runtime's ICU keeps: the day near the
 * month's usual place in the Gregorian year (Nowruz falls on 20 or 21 March) whose Solar Hijri form is the one given.
 */
function solarHijriDay(y: number, m: number, d: number): PublishedDate | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const guess = Date.UTC(y + 621, 2, 20) + ((m <= 6 ? (m - 1) * 31 : 186 + (m - 7) * 30) + d - 1) * 86_400_000;
  for (const shift of [0, -1, 1, -2, 2]) {
    const at = new Date(guess + shift * 86_400_000);
    const parts = Object.fromEntries(SOLAR_HIJRI_PARTS.formatToParts(at).map((p) => [p.type, p.value]));
    if (+parts.year! === y && +parts.month! === m && +parts.day! === d) return day(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate());
  }
  return null;
}

/** Ordered from most to least specific: the first match in a string wins at a given position. */
const PATTERNS: DatePattern[] = [
  {
    // ISO datetime, with "T" or a space between date and time.
    re: /\b(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?(?![\d:])/iy,
    build: (m) => {
      const day = isoDay(+m[1]!, +m[2]!, +m[3]!);
      if (!day || +m[4]! > 23 || +m[5]! > 59 || (m[6] !== undefined && +m[6] > 60)) return null;
      return { value: m[0].replace(' ', 'T'), precision: 'datetime' };
    },
  },
  // The time stamp closing an agency item in the teleprinter layouts (IPTC 7901 and its successors): day, hours and
  // minutes, the zone, the month and the year's last two digits, "172346 GMT MAR 27".
  { re: /\b(\d{2})(?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(\d{2})(?!\d)/iy, build: (m) => day(2000 + +m[3]!, month(m[2]!), +m[1]!) },
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/y, build: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  { re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/y, build: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  // The year first, then the month's name and the day, as Sinhala, Lithuanian and Hungarian write them: "2029 නොවැම්බර් 10",
  // "2029 m. lapkričio 10 d.", "2029. november 10."; and the Latvian "2029. gada 10. novembris" (year, day, month).
  // (Without a mark after the year, only a month in another script than the Latin: "In 2024 May 5 people ..." is no date.)
  { re: new RegExp(String.raw`\b${YEAR}(?:\.|\s+m\.)\s+${MONTH}\s+${DAY}(?:\s*d\.)?(?!\d)`, 'iuy'), build: (m) => day(+m[1]!, month(m[2]!), +m[3]!) },
  { re: new RegExp(String.raw`\b${YEAR}\s+(?=[^\p{Script=Latin}\d\s])${MONTH}\s+${DAY}(?!\d)`, 'iuy'), build: (m) => day(+m[1]!, month(m[2]!), +m[3]!) },
  { re: new RegExp(String.raw`\b${YEAR}\.\s+gada\s+${DAY}\s+${MONTH}(?![\p{L}])`, 'iuy'), build: (m) => day(+m[1]!, month(m[3]!), +m[2]!) },
  // Year-first dotted dates, as Korean, Chinese and Hungarian pages print them: "2024.10.08", "2024. 10. 8.".
  { re: /\b(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?!\d)/y, build: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  // Dates in the Ethiopian calendar, marked "E.C." as Ethiopian pages in English mark them: "Hidar 12, 2018 E.C.", "12 Hidar 2018 E.C.".
  { re: new RegExp(String.raw`\b${ETHIOPIAN_MONTH}\s+${DAY},?\s+(\d{4})\s*${ETHIOPIAN_ERA}`, 'iy'), build: (m) => ethiopianDay(+m[3]!, monthIn(ETHIOPIAN_MONTHS, m[1]!), +m[2]!) },
  { re: new RegExp(String.raw`\b${DAY}\s+${ETHIOPIAN_MONTH},?\s+(\d{4})\s*${ETHIOPIAN_ERA}`, 'iy'), build: (m) => ethiopianDay(+m[3]!, monthIn(ETHIOPIAN_MONTHS, m[2]!), +m[1]!) },
  // (And in Ge'ez script, the month before the day and "ቀን" ("day"): "ታኅሣሥ 4 ቀን 2021 ዓ.ም."; read from the day's figure.)
  {
    re: new RegExp(String.raw`(?<=${GEEZ_MONTH}\s+)(\d{1,2})\s+(?:ቀን\s+)?(\d{4})\s*${ETHIOPIAN_ERA}`, 'uy'),
    build: (m) => ethiopianDay(+m[3]!, monthIn(ETHIOPIAN_MONTHS, m[1]!), +m[2]!),
    // (The month, and the Amharic or Tigrinya weekday before it, are the date's: "ሐሙስ ጥቅምት 1 ቀን 2022 ዓ.ም.")
    leadIn: new RegExp(String.raw`(?:(?:ሰኞ|ማክሰኞ|ረቡዕ|ሐሙስ|ዓርብ|ቅዳሜ|እሑድ|እሁድ|ሰኑይ|ሰሉስ|ሓሙስ|ዓርቢ|ቀዳም|ሰንበት)[\s,፣]+)?${GEEZ_MONTH}\s+$`, 'u'),
  },
  // Dates in the Solar Hijri calendar, as Iranian and Afghan pages print them: "۲۳ اسفند ۱۴۰۷", "23 Esfand 1407".
  {
    re: new RegExp(String.raw`\b${DAY}\s+${SOLAR_HIJRI_MONTH}\s+(1[34]\d{2})(?!\d)`, 'iuy'),
    build: (m) => solarHijriDay(+m[3]!, monthIn(SOLAR_HIJRI_MONTHS, m[2]!), +m[1]!),
  },
  // Vietnamese dates with the month's number: "13 tháng 3, 2024", "ngày 13 tháng 3 năm 2024".
  { re: /\b(\d{1,2})\s+tháng\s+(\d{1,2})(?:,\s*|\s+năm\s+)(\d{4})(?!\d)/iy, build: (m) => day(+m[3]!, +m[2]!, +m[1]!) },
  // Chinese and Japanese dates: "2024年3月12日".
  { re: /\b(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/y, build: (m) => day(+m[1]!, +m[2]!, +m[3]!) },
  // Year first, then the month's name, as Hungarian pages print it: "2024. március 12.".
  { re: new RegExp(String.raw`\b${YEAR}\.?\s+${MONTH}\s+${DAY}(?![\d:])`, 'iy'), build: (m) => day(+m[1]!, month(m[2]!), +m[3]!) },
  // ("Diciembre 03 de 2026": the month first, then "de" before the year, as Colombian and Mexican sites print it.)
  { re: new RegExp(String.raw`\b${MONTH}\s+${DAY}(?:,\s*|\s+de\s+|\s+)${YEAR}(?!\d)`, 'iy'), build: (m) => day(+m[3]!, month(m[1]!), +m[2]!) },
  // Hyphens between the day, the month's name and the year, as wire systems and some South Asian papers print them: "15-Apr-2026".
  { re: new RegExp(String.raw`\b(\d{1,2})-${MONTH}-${YEAR}(?!\d)`, 'iy'), build: (m) => day(+m[3]!, month(m[2]!), +m[1]!) },
  // The parts set apart by spaced dashes, as some West African papers' systems print them: "Mar - 12 - 2026".
  { re: new RegExp(String.raw`\b${MONTH}\s+[-–]\s+${DAY}\s+[-–]\s+${YEAR}(?!\d)`, 'iy'), build: (m) => day(+m[3]!, month(m[1]!), +m[2]!) },
  // ("3 d’abril de 2027": Catalan elides "de" before a vowel; "10 ga Afrilu, 2029": Hausa joins them with "ga", Papiamentu with "di".)
  { re: new RegExp(String.raw`\b${DAY}(?:\s+(?:of|de|ga|di)\s+|\s+d['’]|\s+)${MONTH},?\s+(?:de\s+)?${YEAR}(?!\d)`, 'iy'), build: (m) => day(+m[3]!, month(m[2]!), +m[1]!) },
  {
    // Dotted numeric dates are day-first ("07.05.2021": 7 May, as in German, Nordic, Russian and Turkish
    // usage, "12. 3. 2024" in Czech and Slovak); month-first writers use slashes.
    re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/y,
    build: (m) => day(+m[3]!, +m[2]!, +m[1]!),
  },
  {
    // Day-first or month-first numeric dates with slashes, only when unambiguous (one part above 12).
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/y,
    build: (m) => {
      const a = +m[1]!;
      const b = +m[2]!;
      if (a > 12 && b <= 12) return day(+m[3]!, b, a);
      if (b > 12 && a <= 12) return day(+m[3]!, a, b);
      return null;
    },
  },
  { re: new RegExp(String.raw`\b${MONTH},?\s+${YEAR}(?!\d)`, 'iy'), build: (m) => (isWordLikeAbbreviation(m[1]!) ? null : monthOnly(+m[2]!, month(m[1]!))) },
];

export interface DateMatch {
  date: PublishedDate;
  /** [start, end) of the date expression in the searched string. */
  start: number;
  end: number;
}

/**
 * The zero of each script's decimal digits that dates are written in: Eastern Arabic-Indic and Persian ("١٢ مارس
 * ٢٠٢٤"), Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan,
 * Myanmar, Khmer and Mongolian.
 */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810];
const OTHER_DIGIT = new RegExp(`[${DIGIT_ZEROS.map((zero) => `\\u{${zero.toString(16)}}-\\u{${(zero + 9).toString(16)}}`).join('')}]`, 'gu');

/** Digits of other scripts as ASCII digits, one character for one, so that offsets into the text stay the same. */
export function withAsciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (d) => {
    const code = d.codePointAt(0)!;
    return String(code - DIGIT_ZEROS.find((zero) => code >= zero && code <= zero + 9)!);
  });
}

/**
 * A stamp that names its day relative to the day the page was seen, with its time: "Yesterday, 23:50", "Today at
 * 09:12", and the same in French, Spanish, Portuguese, Italian, German, Dutch, Polish, Czech, Slovak, Romanian,
 * Turkish, Russian and Ukrainian ("Hier à 23h50", "Ayer, 23:50", "Вчера, 23:50", "Dün 23:50").
 */
const RELATIVE_DAY_STAMP =
  /^(?:(yesterday|hier|ayer|ontem|ieri|gestern|gisteren|wczoraj|včera|včera|dün|вчера|вчора|учора)|today|aujourd['’]hui|hoy|hoje|oggi|heute|vandaag|dzisiaj|dziś|dnes|astăzi|azi|bugün|сегодня|сьогодні)(?:,|\s+(?:at|à|a las|às|alle|um|om|o|о|в))?\s+\d{1,2}[:.h]\d{2}$/iu;

/** The days before the day a page was seen that a relative stamp names (1 for "Yesterday, 23:50", 0 for "Today 09:12"), or null. */
export function relativeDayOffset(line: string): number | null {
  const m = RELATIVE_DAY_STAMP.exec(line.trim());
  return m ? (m[1] ? 1 : 0) : null;
}

/** Finds the first publication-style date inside a line (e.g. a byline). */
export function findPublicationDate(raw: string): DateMatch | null {
  const line = withAsciiDigits(raw);
  // Every form has a four-digit year: most lines have none and end here.
  if (!/\d{4}/.test(line)) return null;
  // Only positions where a date can start: a digit or a letter after a non-letter.
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (!isAsciiAlnum(c)) continue;
    for (const p of PATTERNS) {
      p.re.lastIndex = i;
      const m = p.re.exec(line);
      if (!m) continue;
      const date = p.build(m);
      if (date) return { date, start: i - (p.leadIn?.exec(line.slice(0, i))?.[0].length ?? 0), end: i + m[0].length };
    }
    // Skip the rest of this word or number: dates start at word boundaries.
    while (i + 1 < line.length && isAsciiAlnum(line.charCodeAt(i + 1))) i++;
  }
  return null;
}

/**
 * Words that may surround a date in a dateline without being part of something else: weekdays, labels,
 * a day and month without their year ("12.3.", as Finnish and Czech pages repeat the day), times of day ("10:05 AM", "10.05", "9:40pm", "00: 20" as some South Asian pages space it, "10h32", "08:15 Uhr", "22:50 h" as Spanish pages close a time), a print edition's page ("page2", "Page A4", "p. 5", "Seite 3", "Sida 8"), UTC offsets, the standard time-zone
 * abbreviations (with the Atlantic and Newfoundland zones of Canadian pages, "5:00 AM NT"), and the weekdays and joining words of French, German and Spanish date lines ("le ... à"), and the "at" of South Slavic and Nordic ones ("4.11.2026. u 22:15", "kl. 14.05"); separators, the Arabic comma among them.
 */
const DATE_NOISE =
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?|\b(?:published|posted|updated|last|first|on|at|date|dated|am|pm|a\.m\.|p\.m\.|noon|midnight|gmt|utc|z|et|pt|ct|mt|edt|est|cdt|cst|mdt|mst|pdt|pst|akst|akdt|hst|nt|nst|ndt|ast|adt|aet|bst|ist|cet|cest|eet|eest|wet|west|msk|jst|kst|hkt|sgt|pht|wib|wita|wit|trt|hae|hne|hap|hnp|hac|hnc|hat|hnt|pkt|aest|aedt|acst|acdt|awst|nzst|nzdt|eat|wat|cat|sast)\b|\b\d{1,2}\.\d{1,2}\.(?!\d)|\b\d{1,2}[:.]\d{2}\s?(?:h|hs|hrs|horas)\b|\b(?:page|seite|sida|side|página|pagina)\s?[a-z]?\d{1,3}\b|\bp\.\s?\d{1,3}\b|\b\d{1,2}(?:[:.]|:\s)\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?![\d])|\b\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)(?![a-z])|\b\d{1,2}h\d{2}\b|\b(?:uhr|le|am|um|el|de|a las|op|om|u|kl|klo)\b|(?<!\p{L})(?:à|publiée?|mise? à jour|veröffentlicht|aktualisiert|publicad[oa]|actualizad[oa]|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?!\p{L})|[+-]\d{1,2}(?::?\d{2})?|(?:[\s,.:;|()–—/•·●▪@،؛፣]|-(?!\d{2}:?\d{2}\b))+/giu;

/**
 * The same words in Italian, Portuguese and Dutch date lines ("Pubblicato il 14 settembre 2024 alle 09:30",
 * "Publicado em 12/03/2024 às 05h00", "di 5 mrt 2024, 14:02 uur", "Bijgewerkt op"), and the weekdays of all
 * six languages the month names cover.
 */
const EUROPEAN_DATE_NOISE =
  /(?<!\p{L})(?:il|alle|ore|em|às|as|om|uur|pubblicato|aggiornato|publicado|atualizado|gepubliceerd|bijgewerkt|geplaatst|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|lun|mar|mer|gio|ven|sab|dom|seg|ter|qua|qui|sex|sáb)(?!\p{L})\.?/giu;
/** The weekdays, labels and joining words of the languages of DATE_LANGUAGES ("Senin", "Publisert", "kl."), and the French "6 h 00". */
const LANGUAGE_DATE_NOISE = new RegExp(String.raw`(?<!\p{L})(?:${LANGUAGE_DATE_WORDS})(?!\p{L})\.?|\b\d{1,2}\s?h\s?\d{2}\b`, 'giu');
const ANY_DATE_NOISE = new RegExp(`${EUROPEAN_DATE_NOISE.source}|${LANGUAGE_DATE_NOISE.source}|${DATE_NOISE.source}`, 'giu');

const LEADING_DATE_NOISE = new RegExp(`^(?:${ANY_DATE_NOISE.source})+`, 'iu');

/** The text without the times, zones and separators that open it: what follows a date ("14 May 2021, 08:15 Uhr"). */
export function withoutLeadingDateNoise(text: string): string {
  const noise = LEADING_DATE_NOISE.exec(withAsciiDigits(text));
  return noise ? ` ${text.slice(noise[0].length)}` : text;
}

/** Whether a string holds nothing but the words that surround dates (times, zones, weekdays, separators). */
export function isDateNoise(text: string): boolean {
  return withAsciiDigits(text).replace(ANY_DATE_NOISE, '') === '';
}

/** A day and a month's name without a year: "March 7", "7 March", "Mar. 7, 9:14 PM". */
const DAY_AND_MONTH = new RegExp(String.raw`^(?:${MONTH}\s+${DAY}|${DAY}(?:\s+de)?\s+${MONTH})(?![\d\p{L}])`, 'iu');

/**
 * Whether a short text is a day and month without their year, with nothing else but date noise: the update
 * date a page prints without its year ("Last Updated: March 7").
 */
export function isDayAndMonth(text: string): boolean {
  const trimmed = withAsciiDigits(text).replace(/^[\s,:;|·•–—-]+/, '');
  const m = DAY_AND_MONTH.exec(trimmed);
  return !!m && !isWordLikeAbbreviation(m[1] ?? m[4] ?? '') && isDateNoise(trimmed.slice(m[0].length));
}

/** Whether a short line holds dates (at least `min`) and nothing else: "April 3, 1936 – Nov. 30, 2024", "Published 2 May 2023". */
export function isOnlyDates(text: string, min = 1): boolean {
  if (text.length > 80) return false;
  let rest = text;
  let dates = 0;
  for (let found = findPublicationDate(rest); found; found = findPublicationDate(rest)) {
    rest = `${rest.slice(0, found.start)} ${rest.slice(found.end)}`;
    dates++;
  }
  return dates >= min && isDateNoise(rest);
}

/**
 * Parses a string that is a date and nothing else (a date line, a <meta> value, a front-matter field).
 * Returns null when the string says more than a date: "On March 1, 2008, Boeing won" is a sentence, not a date.
 */
export function parsePublicationDate(input: unknown): PublishedDate | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return { value: input.toISOString().slice(0, 10), precision: 'day' };
  }
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 1000 && input <= 2999 ? { value: String(input), precision: 'year' } : null;
  }
  if (typeof input !== 'string') return null;
  const s = withAsciiDigits(input.trim());
  if (s.length === 0 || s.length > 80) return null;

  let m = /^(\d{4})$/.exec(s);
  if (m) return plausibleYear(+m[1]!) ? { value: m[1]!, precision: 'year' } : null;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return monthOnly(+m[1]!, +m[2]!);
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);

  const found = findPublicationDate(s);
  if (!found) return null;
  const rest = (s.slice(0, found.start) + ' ' + s.slice(found.end)).replace(ANY_DATE_NOISE, '');
  return rest === '' ? found.date : null;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function month(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ');
  return LOCAL_MONTH_NUMBERS[lower] ?? MONTH_NUMBERS[lower.slice(0, 3)] ?? 0;
}

function plausibleYear(y: number): boolean {
  return y >= 1000 && y <= 2999;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function isoDay(y: number, m: number, d: number): string | null {
  if (!plausibleYear(y) || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function day(y: number, m: number, d: number): PublishedDate | null {
  const value = isoDay(y, m, d);
  return value ? { value, precision: 'day' } : null;
}

function monthOnly(y: number, m: number): PublishedDate | null {
  if (!plausibleYear(y) || m < 1 || m > 12) return null;
  return { value: `${y}-${pad(m)}`, precision: 'month' };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isWordLikeAbbreviation(name: string): boolean {
  return WORD_LIKE_ABBREVIATIONS.has(name.toLowerCase().replace(/\.$/, ''));
}

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** How a page's locale orders an all-numeric date: day first nearly everywhere, month first in the US. */
export type NumericDateOrder = 'day-first' | 'month-first';

/** Locales that write the month first ("03/05/2024" is 5 March): the United States and the Philippines. */
const MONTH_FIRST_LOCALE = /^(?:en|es)[-_](?:us|ph)$|^fil\b/i;

/**
 * The numeric date order of a locale tag ("pt-BR", "en_AU", "it"): null when the tag does not settle it (bare
 * "en", which US and British pages both declare; Chinese, Japanese and Korean, which write the year first).
 */
export function numericDateOrder(locale: string | null | undefined): NumericDateOrder | null {
  const tag = (locale ?? '').trim();
  if (!/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(tag)) return null;
  if (MONTH_FIRST_LOCALE.test(tag)) return 'month-first';
  const language = tag.slice(0, 2).toLowerCase();
  if (/^(?:zh|ja|ko)$/.test(language)) return null;
  if (language === 'en' && !/[-_]/.test(tag)) return null;
  return 'day-first';
}

/**
 * Rewrites the ambiguous slashed dates of a text ("07/08/2023", with `twoDigitYears` "07/08/23" too) as dates
 * spelt out in the given order, so that the ordinary parsers read them; an impossible reading (a 13th month) is left as it was.
 */
export function withNumericDatesResolved(raw: string, order: NumericDateOrder | null, options: { twoDigitYears?: boolean } = {}): string {
  // (Eastern Arabic-Indic digits as ASCII ones, one character for one: "١١/٦/٢٠٢٧".)
  let text = withAsciiDigits(raw);
  // "19.05.25, 00:47": dots with a two-digit year are written day first wherever they are written (Central and Eastern
  // Europe, Israel, Russia), whatever order the page's slashes take.
  if (options.twoDigitYears) {
    // (Or month first where day first cannot be: "11.26.26", as some Israeli sites print it.)
    text = text.replace(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/g, (whole, d: string, m: string, y: string) => {
      const year = +y < 69 ? 2000 + +y : 1900 + +y;
      if (isoDay(year, +m, +d)) return `${+d} ${ENGLISH_MONTHS[+m - 1]} ${year}`;
      return isoDay(year, +d, +m) ? `${+m} ${ENGLISH_MONTHS[+d - 1]} ${year}` : whole;
    });
  }
  // (Without an order, a date either order reads the same: "01/01/2027".)
  if (!order) return text.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, (whole, a: string, b: string, y: string) => (+a === +b && isoDay(+y, +a, +b) ? `${+a} ${ENGLISH_MONTHS[+a - 1]} ${y}` : whole));
  // "04/03/25" in a web page's header line: a two-digit year, read as POSIX strptime's %y does (69-99 in the 1900s).
  // "04-03-2025": hyphens too, with the year last (never ISO's order) and of four digits.
  // ("23-11-26, 23:51": hyphens with a two-digit year too, as Dutch and Belgian sites print them.)
  const slashed = options.twoDigitYears ? /\b(\d{1,2})(?:\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])|-(\d{1,2})-(\d{4}|\d{2})(?![\d-]))/g : /\b(\d{1,2})(?:\/(\d{1,2})\/(\d{4})|-(\d{1,2})-(\d{4}))(?![\d-])/g;
  return text.replace(slashed, (whole, a: string, slashMonth: string | undefined, slashYear: string | undefined, hyphenMonth: string | undefined, hyphenYear: string | undefined) => {
    const b = slashMonth ?? hyphenMonth!;
    const y = slashYear ?? hyphenYear!;
    const [d, m] = order === 'day-first' ? [+a, +b] : [+b, +a];
    const year = y.length === 2 ? (+y < 69 ? 2000 + +y : 1900 + +y) : +y;
    // Spelt out, not ISO: "2023-08-07 11:20" would read as a 24-hour time whatever AM or PM follows.
    return isoDay(year, m, d) ? `${d} ${ENGLISH_MONTHS[m - 1]} ${year}` : whole;
  });
}
