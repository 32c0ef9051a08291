/**
 * Deterministic generator of realistic news articles for the benchmark: names, places,
 * organisations, dates and a Zipfian vocabulary with a long tail of rare words, ~5 KB each.
 * Same seed, same library.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface GeneratedArticle {
  id: string;
  title: string;
  authors: string[];
  publisher: string;
  publishedAt: string;
  text: string;
  tags: string[];
  /** The people, organisations and places the text names (what an analysis would find; not in the file). */
  entities: { kind: 'person' | 'organization' | 'place'; name: string }[];
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = 'Xi Antony Joe Olaf Emmanuel Rishi Ursula Narendra Vladimir Volodymyr Kamala Janet Jerome Christine Li Wang Maria Ahmed Fatima Hiroshi Yuki Carlos Ana Pierre Sophie Hans Greta Ali Omar Leila Samuel Grace David Sarah Michael Laura Kevin Elena Ivan Olga Chen Zhang Priya Raj Kofi Amina Diego Lucia'.split(' ');
const LAST = 'Jinping Blinken Biden Scholz Macron Sunak Leyen Modi Putin Zelenskyy Harris Yellen Powell Lagarde Qiang Yi Garcia Hassan Khan Tanaka Sato Silva Santos Dubois Martin Muller Schmidt Rossi Ahmed Okafor Mensah Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Thomas Taylor Moore Jackson White Lee Thompson Petrov Ivanova Wong Kumar Sharma Mendez Lopez'.split(' ');
const PLACES = 'Beijing Washington Moscow Kyiv Berlin Paris London Tokyo Delhi Brussels Taipei Seoul Tehran Jerusalem Gaza Cairo Lagos Nairobi Brasilia Mexico Ottawa Canberra Jakarta Manila Hanoi Ankara Riyadh Doha Geneva Davos Munich Shanghai Hong Kong Singapore Sydney Toronto Chicago Texas California Ukraine Russia China Taiwan Japan India Germany France Britain Iran Israel Egypt Nigeria Kenya Brazil Argentina Canada Australia Indonesia Philippines Vietnam Turkey Saudi Arabia Qatar Switzerland Europe Asia Africa'.split(' ');
const ORGS = ['the United Nations', 'NATO', 'the European Union', 'the World Bank', 'the International Monetary Fund', 'the Federal Reserve', 'the State Department', 'the Pentagon', 'the Kremlin', 'the Communist Party', 'the World Health Organization', 'Congress', 'the Senate', 'Parliament', 'the Supreme Court', 'the Treasury', 'the central bank', 'the foreign ministry', 'Huawei', 'Apple', 'Microsoft', 'Tesla', 'OpenAI', 'Gazprom', 'Boeing', 'Airbus', 'TikTok', 'Alibaba'];
const PUBLISHERS = ['Reuters', 'Associated Press', 'The Guardian', 'Wall Street Journal', 'The New York Times', 'Financial Times', 'BBC News', 'Al Jazeera', 'South China Morning Post', 'Le Monde', 'Der Spiegel', 'The Economist', 'Bloomberg', 'NPR', 'The Washington Post', 'Nikkei Asia', 'The Hindu', 'Politico', 'Axios', 'CNN'];
const COMMON = `government officials minister president country countries state states military security economic economy trade talks meeting summit sanctions sanction policy policies war peace troops border forces attack attacks missile drone drones election elections vote voters campaign party leader leaders spokesperson statement statements agreement deal deals negotiations crisis conflict violence protest protests police court ruling law laws bill parliament lawmakers senator senators investigation report reports data growth inflation prices market markets investors shares bank banks interest rates debt budget spending tax taxes energy oil gas climate emissions power plant plants company companies business industry workers jobs unemployment export exports import imports tariffs supply chain chips technology semiconductor semiconductors artificial intelligence people public health hospital hospitals vaccine pandemic virus cases deaths killed wounded injured civilians refugees aid humanitarian food water city cities region regions province capital island islands sea coast ship ships navy aircraft plane flights airport visit visited trip diplomat diplomats ambassador embassy relations ties cooperation alliance allies partner partners tension tensions pressure threat threats warning warned concerns concern risk risks decision decisions plan plans program programme project projects support supported opposition critics analysts experts researchers scientists study studies evidence information intelligence spy balloon satellite space nuclear weapons weapon arms treaty ceasefire offensive counteroffensive front line lines village villages town towns residents families children women men students school schools university universities media journalists newspaper television social network networks online internet platform platforms users content rules regulation regulators approval approved rejected announced announcement expected expects likely possible future history historic years months weeks days record records level levels percent billion million thousands hundreds dozens several many`.split(/\s+/);
const VERBS = 'said says told announced warned urged called accused denied confirmed rejected approved signed imposed lifted criticised praised discussed agreed refused launched expanded reduced increased cut raised blamed vowed pledged promised argued insisted claimed reported noted added stressed suggested acknowledged'.split(' ');
const CONNECT = 'the the the a of of in in to to and and for on with that by at from as is was were has have had will would could which while after before during amid despite over under against between about than but also not its their this these it they he she'.split(' ');
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const DAYS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' ');
const TAGS = ['region/china', 'region/europe', 'region/us', 'region/middle-east', 'topic/trade', 'topic/security', 'topic/climate', 'topic/tech', 'followup', 'important'];

/** Reporters: a fixed staff, so author searches find a realistic share of articles. */
const BYLINES = Array.from({ length: 400 }, (_, i) => `${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 13 + Math.floor(i / 50)) % LAST.length]}`);

const SYLLABLES = 'ka ri to mo la ne su vi de ra po li ta ma no ki sa ve lo re zu bi go fa ce du ho ni pe'.split(' ');

/** A long tail of rare words: place names, surnames, jargon (pseudo-words, deterministic). */
function rareWords(count: number, rand: () => number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 2 + Math.floor(rand() * 3);
    let w = '';
    for (let j = 0; j < n; j++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    out.push(w + (i % 7 === 0 ? 'ism' : i % 5 === 0 ? 'ation' : ''));
  }
  return out;
}

export class ArticleGenerator {
  private readonly rand: () => number;
  private readonly rare: string[];
  private n = 0;

  constructor(seed = 42) {
    this.rand = mulberry32(seed);
    this.rare = rareWords(60_000, this.rand);
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }

  /** Zipf-ish: small indexes are much more likely. */
  private zipf<T>(list: readonly T[]): T {
    const r = this.rand();
    return list[Math.floor(list.length * r * r * r)]!;
  }

  private person(): string {
    return `${this.zipf(FIRST)} ${this.zipf(LAST)}`;
  }

  /** The article's subject: a few dozen words, places and people it keeps returning to. */
  private topic: { words: string[]; places: string[]; people: string[] } = { words: [], places: [], people: [] };

  /** Entities named in the article being generated (recorded, never drawn: the text does not change). */
  private named = new Map<string, 'person' | 'organization' | 'place'>();
  private said<T extends string>(kind: 'person' | 'organization' | 'place', name: T): T {
    this.named.set(name.replace(/^the /, ''), kind);
    return name;
  }

  private word(): string {
    const r = this.rand();
    if (r < 0.45) return this.pick(CONNECT);
    if (r < 0.72) return this.pick(this.topic.words);
    if (r < 0.76) return this.pick(COMMON);
    if (r < 0.84) return this.pick(VERBS);
    if (r < 0.9) return this.said('place', this.rand() < 0.7 ? this.pick(this.topic.places) : this.zipf(PLACES));
    if (r < 0.96) return this.zipf(this.rare);
    if (r < 0.98) return this.pick(MONTHS);
    return String(Math.floor(this.rand() * 1000));
  }

  private sentence(date: Date): string {
    const parts: string[] = [];
    const kind = this.rand();
    if (kind < 0.25) {
      parts.push(`"${this.clause()}," ${this.said('person', this.pick(this.topic.people))} ${this.pick(VERBS)} on ${this.pick(DAYS)}.`);
    } else if (kind < 0.4) {
      parts.push(`On ${MONTHS[date.getUTCMonth()]} ${1 + Math.floor(this.rand() * 28)}, ${this.said('organization', this.pick(ORGS))} ${this.pick(VERBS)} that ${this.clause()}.`);
    } else if (kind < 0.55) {
      parts.push(`${this.cap(this.said('organization', this.pick(ORGS)))} and officials in ${this.said('place', this.zipf(PLACES))} ${this.pick(VERBS)} ${this.clause()}.`);
    } else {
      parts.push(`${this.cap(this.clause())}.`);
    }
    return parts.join(' ');
  }

  private cap(s: string): string {
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  private clause(): string {
    const n = 8 + Math.floor(this.rand() * 14);
    const words: string[] = [];
    for (let i = 0; i < n; i++) words.push(this.word());
    if (this.rand() < 0.3) words.splice(Math.floor(this.rand() * n), 0, this.said('place', this.zipf(PLACES)));
    return words.join(' ');
  }

  next(targetBytes = 5000): GeneratedArticle {
    const i = this.n++;
    this.named = new Map();
    this.topic = {
      words: Array.from({ length: 24 }, () => (this.rand() < 0.5 ? this.zipf(COMMON) : this.pick(COMMON))),
      places: Array.from({ length: 3 }, () => this.zipf(PLACES)),
      people: Array.from({ length: 3 }, () => this.person()),
    };
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(this.rand() * 3650) * 86_400_000);
    const iso = date.toISOString().slice(0, 10);
    const title = this.cap(`${this.topic.places[0]} ${this.pick(VERBS)} ${this.pick(this.topic.words)} ${this.pick(this.topic.words)} as ${this.pick(this.topic.words)} ${this.pick(this.topic.words)} ${this.pick(['grow', 'ease', 'mount', 'fade', 'return'])}`);
    const authors = this.rand() < 0.3 ? [this.zipf(BYLINES), this.zipf(BYLINES)] : [this.zipf(BYLINES)];
    const paragraphs: string[] = [];
    let size = 0;
    while (size < targetBytes) {
      const sentences: string[] = [];
      const k = 2 + Math.floor(this.rand() * 3);
      for (let s = 0; s < k; s++) sentences.push(this.sentence(date));
      const p = sentences.join(' ');
      paragraphs.push(p);
      size += p.length + 2;
    }
    const tags: string[] = [];
    if (this.rand() < 0.4) tags.push(this.pick(TAGS));
    if (this.rand() < 0.1) tags.push(this.pick(TAGS));
    return {
      id: (0x1000000000000 + i).toString(16).padStart(16, '0'),
      title,
      authors,
      publisher: this.zipf(PUBLISHERS),
      publishedAt: iso,
      text: paragraphs.join('\n\n'),
      tags,
      entities: [...this.named].map(([name, kind]) => ({ kind, name })),
    };
  }
}

/** The plain-text file format the bench writes and reads back. */
export function articleToFile(a: GeneratedArticle): string {
  return `${a.title}\nBy ${a.authors.join(' and ')}\n${a.publisher} | ${a.publishedAt}\n\n${a.text}\n`;
}

export function fileToArticle(id: string, content: string): GeneratedArticle {
  const firstBreak = content.indexOf('\n');
  const secondBreak = content.indexOf('\n', firstBreak + 1);
  const thirdBreak = content.indexOf('\n', secondBreak + 1);
  const title = content.slice(0, firstBreak);
  const authors = content.slice(firstBreak + 4, secondBreak).split(' and ');
  const [publisher = '', publishedAt = ''] = content.slice(secondBreak + 1, thirdBreak).split(' | ');
  return { id, title, authors, publisher, publishedAt, text: content.slice(thirdBreak + 2).trimEnd(), tags: [], entities: [] };
}

/** Writes `count` articles into `dir` (100 per sub-folder); returns their ids, tags and entities. */
export async function writeLibrary(
  dir: string,
  count: number,
  seed = 42,
): Promise<{ ids: string[]; tags: Map<string, string[]>; entities: Map<string, GeneratedArticle['entities']> }> {
  const gen = new ArticleGenerator(seed);
  const ids: string[] = [];
  const tags = new Map<string, string[]>();
  const entities = new Map<string, GeneratedArticle['entities']>();
  let pending: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const a = gen.next();
    ids.push(a.id);
    tags.set(a.id, a.tags);
    entities.set(a.id, a.entities);
    const folder = path.join(dir, String(Math.floor(i / 100)).padStart(4, '0'));
    if (i % 100 === 0) await mkdir(folder, { recursive: true });
    pending.push(writeFile(path.join(folder, `${a.id}.txt`), articleToFile(a)));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  }
  await Promise.all(pending);
  return { ids, tags, entities };
}

export function articlePath(dir: string, index: number, id: string): string {
  return path.join(dir, String(Math.floor(index / 100)).padStart(4, '0'), `${id}.txt`);
}
