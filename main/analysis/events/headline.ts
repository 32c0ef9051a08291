/**
 * A short headline for an event, written from its sentence the way a news desk writes one: who did
 * what, in the present tense, without the date words, titles or articles, in about a dozen words
 * ("Treasury Secretary Jane Doe on Monday warned lenders against ..." -> "Doe warns lenders against ...").
 * Also the reading behind it — the main actor, the main verb, whether the event is a statement, and the
 * quotation it reports — which timelines use to decide whether two reports tell the same happening.
 *
 * Method (generic news grammar, no topic words):
 * 1. Dates ("on Tuesday", "over the weekend"), parentheses and quotations are set aside.
 * 2. compromise tags the clause's verbs. A reporting verb ("said", "told", "warned") with a named
 *    subject next to it (before: "Doe said"; after: "said Doe"; or the quotation's speaker for "she said")
 *    makes the event a statement: the headline is "Doe says <what was said>", or "Doe: “<quote>”" when the
 *    quotation speaks in the first person.
 * 3. Otherwise the first finite verb outside subordinate clauses is the action and the name (or noun
 *    phrase) before it the actor: "<actor> <verb in the present> <complement>".
 * 4. The complement is cut at a clause boundary (a comma, "because", "which" ...) to fit the budget.
 */
import { createRequire } from 'node:module';
import type { Entity, Quote, Timex } from '../../../shared/analysis';
import type { TextSpan } from '../sentences';
import { firstAtOrAfter, itemsOverlapping, itemsWithin } from '../spans';
import { sameName } from './names';
import { isReportingVerb } from './reporting';

export interface EventReading {
  /** "Doe warns lenders against new loans to the port". */
  headline: string;
  /** Canonical name of who acted or spoke, or null when the sentence names nobody. */
  actor: string | null;
  /** Infinitive of the main verb ("warn", "meet"), or null. */
  action: string | null;
  /** The main verb reports speech: the event is something said. */
  statement: boolean;
  /** Index of the quotation the event reports (in the clause, or the actor's next quotation nearby), or null. */
  quote: number | null;
}

export interface ReadingInput {
  text: string;
  /** The event's sentence or clause. */
  clause: TextSpan;
  /** Sorted by start. */
  entities: readonly Entity[];
  quotes: readonly Quote[];
  /** Sorted by start. */
  timexes: readonly Timex[];
  /** Paragraphs of the text (for finding the quotation that follows a dated lede). */
  paragraphs?: readonly TextSpan[];
  /** The date expression the event hangs on, when it has one: its own clause ("goods that firms sent last year") tells the event. */
  anchor?: TextSpan;
}

/** Longest headline, in words. */
export const HEADLINE_WORDS = 14;

interface Verb {
  start: number;
  end: number;
  infinitive: string;
  root: string;
  auxiliary: string;
  negative: boolean;
  passive: boolean;
  future: boolean;
  progressive: boolean;
  gerund: boolean;
  toInfinitive: boolean;
  copula: boolean;
}

/** The parts of compromise used here: its tokenizer, lexicon and pre-tagger, and its verb conjugation. */
interface Term {
  text: string;
  normal: string;
  implicit?: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}
interface Nlp {
  tokenize(text: string): { compute(steps: string[]): void; docs: Term[][] };
  world(): {
    model: unknown;
    methods: { two: { transform: { verb: { toInfinitive(word: string, model: unknown, tense?: string): string; conjugate(inf: string, model: unknown): { PresentTense?: string } } } } };
  };
}

let nlpInstance: Nlp | undefined;
function nlp(): Nlp {
  nlpInstance ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpInstance;
}

const presentTenses = new Map<string, string>();
function presentOf(infinitive: string): string {
  let present = presentTenses.get(infinitive);
  if (present === undefined) {
    const world = nlp().world();
    present = world.methods.two.transform.verb.conjugate(infinitive, world.model).PresentTense || `${infinitive}s`;
    presentTenses.set(infinitive, present);
  }
  return present;
}

const infinitives = new Map<string, string>();
function infinitiveOf(word: string, tense: string | undefined): string {
  const key = `${word}/${tense ?? ''}`;
  let inf = infinitives.get(key);
  if (inf === undefined) {
    const world = nlp().world();
    inf = (world.methods.two.transform.verb.toInfinitive(word, world.model, tense) || word).toLowerCase();
    infinitives.set(key, inf);
  }
  return inf;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', 'am', "'s", "'re"]);
const HAVE = new Set(['have', 'has', 'had', 'having']);
const DO = new Set(['do', 'does', 'did']);
const MODALS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'every', 'each', 'no', 'some', 'any']);
const isAuxWord = (w: string) => BE.has(w) || HAVE.has(w) || DO.has(w) || MODALS.has(w);
/** Words that may stand inside a verb group ("has also warned", "did not respond"). */
const INSIDE_GROUP = /^(?:not|n't|never|also|already|still|just|then|later|again|reportedly|repeatedly|previously|formally|publicly|separately|since)$/;

/** Words that introduce a subordinate clause: a verb right after them is not the main verb. */
const SUBORDINATORS = new Set(
  'when whether if because while after before as since although though that which who whom whose where once until unless whereas so'.split(' '),
);
/** Prepositions and determiners that belong to a date phrase ("on Tuesday", "over the weekend"). */
const DATE_LEADS = new Set('on over in at during since by until till from this last next early late earlier later around about from'.split(' '));
/** Words a cut headline must not end on. */
const DANGLING = new Set(
  'the a an of to and or but in on at for with by from that which who whom whose as than into onto about over under its their his her our your my this these those will would can could may might must should has have had is are was were be been being not no if when while after before because'.split(
    ' ',
  ),
);
/** Where a long complement may be cut (a new clause or phrase starts). */
const SOFT_BREAKS = new Set(
  'because while after before although though unless until whereas saying adding according including amid despite if when as which who where but so'.split(' '),
);
/** The addressee of a statement that adds nothing to a headline ("told reporters"). */
const FILLER_OBJECT = /^(?:reporters|journalists|the press|the media|lawmakers|parliament|an audience|a news conference|a press conference|the audience|listeners|viewers)$/i;
const FIRST_PERSON = /(?:^|[^\p{L}'’])(?:i|we|us|our|ours|my|me|i'm|i’m|we're|we’re|we'll|we’ll|we've|we’ve|i've|i’ve)(?=$|[^\p{L}])/iu;
const PRONOUN_SUBJECT = /^(?:he|she|they|we|i|it)$/i;

/** Reads the event in `clause`: its headline, actor, action and quotation. Never throws on odd input. */
export function readEvent(input: ReadingInput): EventReading {
  try {
    return read(input);
  } catch {
    return { headline: fallbackHeadline(input.text.slice(input.clause.start, input.clause.end)), actor: null, action: null, statement: false, quote: null };
  }
}

function read({ text, clause, entities, quotes, timexes, paragraphs, anchor }: ReadingInput): EventReading {
  const masks = maskedRanges(text, clause, timexes);
  const quoteRegions = quotesIn(text, clause, quotes);
  const inQuote = (pos: number) => quoteRegions.some((q) => pos >= q.start && pos < q.end);
  const masked = (pos: number) => masks.some((m) => pos >= m.start && pos < m.end);
  const clauseEntities = itemsWithin(entities, clause.start, clause.end).filter((e) => !inQuote(e.start) && !masked(e.start));
  // A name after a preposition modifies a noun ("officers in Gdansk"); it is not who acted.
  const headEntities = clauseEntities.filter((e) => !/\b(?:in|at|from|of|near|for|with|to|on|by|about|against|between|inside|outside|across)\s+(?:the\s+)?$/i.test(text.slice(Math.max(clause.start, e.start - 14), e.start)));
  const verbs = verbsIn(text, clause).filter((v) => !inQuote(v.start) && !masked(v.start));
  const overlappingQuote = itemsOverlapping(quotes, clause.start, clause.end, 5000)[0];
  const quoteIndex = overlappingQuote ? quotes.indexOf(overlappingQuote) : -1;
  const shortName = (canonical: string) => shortNameOf(canonical, entities);

  // 2. A statement: a reporting verb with its speaker beside it.
  for (const verb of verbs) {
    if (!isReportingVerb(verb.infinitive) || verb.gerund || verb.toInfinitive) continue;
    const speaker = speakerOf(text, verb, headEntities, masks, overlappingQuote);
    if (!speaker) continue;
    const actor = speaker.canonical;
    const who = speaker.named ? shortName(actor) : capitalise(speaker.canonical.replace(/^(?:a|an|the)\s+/i, ''));
    const quote = quoteIndex >= 0 ? quoteIndex : followingQuote(clause, quotes, actor, paragraphs);
    const saidVerb = headlineVerb(verb, false, true);
    let headline: string;
    const quoteInClause =
      overlappingQuote && (overlappingQuote.end <= verb.start || (overlappingQuote.start >= verb.end && !/\p{L}{2,}/u.test(cleanSpan(text, { start: verb.end, end: overlappingQuote.start }, masks, []).replace(/\bthat\b/, ''))));
    if (quoteInClause) {
      headline = quoteHeadline(who, saidVerb, overlappingQuote.text);
    } else {
      // What follows the verb is its complement unless a comma closes the attribution ("Doe said, adding ...").
      const afterRaw = cleanSpan(text, { start: verb.end, end: clause.end }, masks, quoteRegions, false);
      const after = /^[,;:.—–]/.test(afterRaw) ? '' : afterRaw;
      // What comes before the speaker, without the speaker's title ("..., Trade Commissioner Jane Doe said").
      const before = withoutApposition(cleanSpan(text, { start: clause.start, end: speaker.start }, masks, quoteRegions));
      if (speaker.start > verb.start && before.split(/\s+/).filter(Boolean).length >= 3 && !after.trim()) {
        // "The bloc will close its market ..., said Doe": what was said comes first.
        headline = compose([who, saidVerb], reported(before));
      } else if (after.trim()) {
        const { object, content } = splitObject(after);
        if (content) headline = compose([who, saidVerb, object && !FILLER_OBJECT.test(object) ? object : ''], reported(content));
        else if (before.split(/\s+/).filter(Boolean).length >= 3) headline = compose([who, saidVerb], reported(before));
        else headline = compose([who, saidVerb], object);
      } else if (before.split(/\s+/).filter(Boolean).length >= 3) {
        headline = compose([who, saidVerb], reported(before));
      } else if (quote !== null) {
        headline = quoteHeadline(who, saidVerb, quotes[quote]!.text);
      } else {
        headline = compose([who, saidVerb], '');
      }
    }
    return { headline: finish(headline), actor, action: verb.infinitive, statement: true, quote };
  }

  // 3. An action: the first finite verb of the main clause and who did it.
  const main = anchoredVerb(text, clause, verbs, masks, anchor) ?? mainVerb(text, clause, verbs, masks);
  if (main) {
    const subjectSpan = subjectSpanOf(text, clause, main, masks, quoteRegions);
    const subjectEntities = headEntities.filter((e) => e.start >= subjectSpan.start && e.end <= subjectSpan.end);
    const subjectEntity = subjectEntities[subjectEntities.length - 1];
    const phrase = cleanSpan(text, subjectSpan, masks, quoteRegions).replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
    const who = subjectEntity ? shortName(subjectEntity.canonical) : nounPhrase(phrase);
    const plural = !subjectEntity && looksPlural(phrase);
    const verbText = headlineVerb(main, plural, false);
    const after = cleanSpan(text, { start: main.end, end: clause.end }, masks, quoteRegions);
    const actor = subjectEntity && subjectEntity.kind !== 'place' ? subjectEntity.canonical : (subjectEntity?.canonical ?? null);
    const statement = false;
    const quote = quoteIndex >= 0 ? quoteIndex : null;
    if (PRONOUN_SUBJECT.test(who) && !subjectEntity) {
      return { headline: finish(compose([capitalise(who), verbText], after)), actor: null, action: main.infinitive, statement, quote };
    }
    return { headline: finish(compose([who, verbText], after)), actor, action: main.infinitive, statement, quote };
  }

  return {
    headline: fallbackHeadline(cleanSpan(text, clause, masks, [])),
    actor: clauseEntities.find((e) => e.kind !== 'place')?.canonical ?? null,
    action: null,
    statement: false,
    quote: quoteIndex >= 0 ? quoteIndex : null,
  };
}

/* ---------- pieces of the sentence ---------- */

/** Date phrases (with their preposition) and parentheses inside the clause. */
function maskedRanges(text: string, clause: TextSpan, timexes: readonly Timex[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const t of itemsOverlapping(timexes, clause.start, clause.end, 400)) {
    let start = Math.max(t.start, clause.start);
    let end = Math.min(t.end, clause.end);
    // The tail of a day range the date left behind ("March 20-21").
    const tail = /^\s?[-–]\s?\d{1,2}\b/.exec(text.slice(end, Math.min(clause.end, end + 6)));
    if (tail) end += tail[0].length;
    const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(clause.start, start - 20), start));
    if (before && DATE_LEADS.has(before[1]!.toLowerCase())) start -= before[0].length;
    out.push({ start, end });
  }
  const slice = text.slice(clause.start, clause.end);
  for (const m of slice.matchAll(/\s*\([^()]{0,200}\)/g)) out.push({ start: clause.start + m.index!, end: clause.start + m.index! + m[0].length });
  return out;
}

/** Quotation regions (with their marks) overlapping the clause. */
function quotesIn(text: string, clause: TextSpan, quotes: readonly Quote[]): TextSpan[] {
  const out: TextSpan[] = [];
  for (const q of itemsOverlapping(quotes, clause.start, clause.end, 5000)) {
    let start = q.start;
    let end = q.end;
    if (start > 0 && /[“"‘']/.test(text[start - 1]!)) start--;
    if (end < text.length && /[”"’']/.test(text[end]!)) end++;
    out.push({ start, end });
  }
  const slice = text.slice(clause.start, clause.end);
  for (const m of slice.matchAll(/“[^”]*”?|"[^"]*"?/g)) {
    const start = clause.start + m.index!;
    if (!out.some((r) => start >= r.start && start < r.end)) out.push({ start, end: start + m[0].length });
  }
  return out;
}

/**
 * The clause's verb groups ("would continue", "did not respond", "were arrested", "have been providing"),
 * from compromise's lexicon and pre-tagger (word tags, no full parse: a few times faster, and enough to
 * find verbs), grouped here: auxiliaries and adverbs in between join the verb that follows them.
 */
function verbsIn(text: string, clause: TextSpan): Verb[] {
  const slice = text.slice(clause.start, clause.end);
  const doc = nlp().tokenize(slice);
  doc.compute(['lexicon', 'preTagger', 'offset']);
  const terms = doc.docs.flat();
  const word = (t: Term) => (t.implicit ?? t.normal).toLowerCase();
  const isVerb = (t: Term) => t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula');
  const out: Verb[] = [];
  for (let i = 0; i < terms.length; i++) {
    if (!isVerb(terms[i]!)) continue;
    // After a determiner or possessive a word is a noun ("the transport ministers", "its plans").
    if (i > 0 && (terms[i - 1]!.tags.has('Determiner') || terms[i - 1]!.tags.has('Possessive') || DETERMINERS.has(word(terms[i - 1]!))) && !isAuxWord(word(terms[i]!))) continue;
    // Collect the group: auxiliaries, negation and a few adverbs, up to the main verb.
    const group: Term[] = [terms[i]!];
    let j = i + 1;
    const isAux = (t: Term) => isAuxWord(word(t));
    while (j < terms.length && isAux(group[group.length - 1]!)) {
      const t = terms[j]!;
      if (INSIDE_GROUP.test(word(t)) || t.tags.has('Negative')) {
        j++;
        continue;
      }
      if (!isVerb(t)) break;
      group.push(t);
      j++;
    }
    i = j - 1;
    const verbs = group.filter((t) => isVerb(t));
    const main = verbs[verbs.length - 1]!;
    const auxiliaries = verbs.slice(0, -1).map(word);
    const mainWord = word(main);
    const negative = terms.slice(terms.indexOf(group[0]!), j).some((t) => t.tags.has('Negative') || /^(?:not|n't|never)$/.test(word(t)));
    const copula = verbs.length === 1 && BE.has(mainWord);
    const gerund = main.tags.has('Gerund') && auxiliaries.length === 0;
    const passive = auxiliaries.some((a) => BE.has(a)) && !main.tags.has('Gerund') && (main.tags.has('PastTense') || main.tags.has('Participle'));
    const progressive = auxiliaries.some((a) => BE.has(a)) && main.tags.has('Gerund');
    const tense = main.tags.has('Gerund') ? 'Gerund' : main.tags.has('PastTense') || main.tags.has('Participle') ? 'PastTense' : main.tags.has('PresentTense') ? 'PresentTense' : undefined;
    // After a modal or "do", and where the lexicon says so, the word already is the infinitive ("will discuss").
    const bare = main.tags.has('Infinitive') || auxiliaries.some((a) => MODALS.has(a) || DO.has(a));
    const infinitive = copula ? 'be' : HAVE.has(mainWord) && verbs.length === 1 ? 'have' : bare ? mainWord : infinitiveOf(mainWord, tense);
    const first = group[0]!;
    const start = clause.start + first.offset.start;
    const end = clause.start + main.offset.start + main.offset.length;
    const previous = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(clause.start, start - 12), start))?.[1]?.toLowerCase();
    out.push({
      start,
      end,
      infinitive,
      root: main.text.replace(/[^\p{L}'’-]+$/u, ''),
      auxiliary: auxiliaries.join(' '),
      negative,
      passive,
      future: auxiliaries.some((a) => a === 'will' || a === 'shall'),
      progressive,
      gerund,
      toInfinitive: previous === 'to',
      copula,
    });
  }
  return out;
}

/** Text of a span without masked ranges and quotations, spaces collapsed. */
function cleanSpan(text: string, span: TextSpan, masks: readonly TextSpan[], quotes: readonly TextSpan[], stripLeadingComma = true): string {
  const cuts = [...masks, ...quotes].filter((r) => r.end > span.start && r.start < span.end).sort((a, b) => a.start - b.start);
  let out = '';
  let at = span.start;
  for (const r of cuts) {
    if (r.start > at) out += text.slice(at, r.start);
    at = Math.max(at, r.end);
  }
  if (at < span.end) out += text.slice(at, span.end);
  const clean = out
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/,\s*,/g, ',')
    .trim();
  return stripLeadingComma ? clean.replace(/^,\s*/, '') : clean;
}

/** "the bloc will act, Trade Commissioner" -> "the bloc will act": the speaker's title or apposition goes. */
function withoutApposition(before: string): string {
  const trimmed = before.replace(/[\s,;:—–-]+$/, '');
  const comma = trimmed.lastIndexOf(',');
  if (comma < 0) return trimmed;
  const tail = trimmed.slice(comma + 1).trim();
  return tail.split(/\s+/).length <= 6 && !/\b(?:is|are|was|were|will|would|has|have|had)\b/.test(tail) ? trimmed.slice(0, comma) : trimmed;
}

interface Speaker {
  canonical: string;
  named: boolean;
  start: number;
}

/** The speaker of a reporting verb: a name right before it ("Doe said"), right after it ("said Doe"), or the quotation's speaker for a pronoun. */
function speakerOf(text: string, verb: Verb, entities: readonly Entity[], masks: readonly TextSpan[], quote: Quote | undefined): Speaker | null {
  const people = entities.filter((e) => e.kind !== 'place' || /^\p{Lu}/u.test(e.text));
  const gapText = (from: number, to: number) => cleanSpan(text, { start: from, end: to }, masks, []);
  for (let i = people.length - 1; i >= 0; i--) {
    const e = people[i]!;
    if (e.end > verb.start) continue;
    const gap = gapText(e.end, verb.start);
    // "Doe said", "Doe has also warned", "Doe, the trade commissioner, said"
    if (/^(?:['’]s\s+\w+\s+)?(?:(?:has|had|have|also|later|then|again|previously|reportedly|repeatedly|once|publicly|separately)\s+)*$/i.test(gap ? gap + ' ' : '') || /^,[^,;:]{1,80},$/.test(gap)) {
      return { canonical: e.canonical, named: true, start: e.start };
    }
    break;
  }
  for (const e of people) {
    if (e.start < verb.end) continue;
    const gap = gapText(verb.end, e.start);
    // "said Doe", "said Trade Commissioner Jane Doe", "said the ministry's spokesman, Jo Roe"
    if (/^(?:(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$|^(?:[\p{L}'’-]+\s+){0,4}\S*,$/u.test(gap ? gap + ' ' : '') && e.start - verb.end < 60) {
      return { canonical: e.canonical, named: true, start: e.start };
    }
    break;
  }
  const before = /([\p{L}]+)\s*$/u.exec(gapText(Math.max(0, verb.start - 20), verb.start))?.[1];
  if (before && PRONOUN_SUBJECT.test(before) && quote?.speaker) return { canonical: quote.speaker, named: quote.named, start: verb.start - before.length - 1 };
  // "..., a senior official said": an anonymous source described before the verb.
  if (quote?.speaker && !quote.named) {
    const described = gapText(Math.max(0, verb.start - 80), verb.start).toLowerCase();
    if (described.endsWith(quote.speaker.toLowerCase())) return { canonical: quote.speaker, named: false, start: verb.start - quote.speaker.length - 1 };
  }
  return null;
}

/** The first quotation by `actor` after the clause, within the same or the next paragraph (a dated lede, then the quote). */
function followingQuote(clause: TextSpan, quotes: readonly Quote[], actor: string, paragraphs: readonly TextSpan[] | undefined): number | null {
  const paragraphEnds = paragraphs ?? [];
  const at = firstAtOrAfter(paragraphEnds, clause.start + 1) - 1;
  const here = at >= 0 && clause.start < paragraphEnds[at]!.end + 1 ? at : -1;
  const limit = here >= 0 ? (paragraphEnds[here + 1]?.end ?? paragraphEnds[here]!.end) : clause.end + 600;
  for (let i = firstAtOrAfter(quotes, clause.end); i < quotes.length && quotes[i]!.start <= limit; i++) {
    const q = quotes[i]!;
    if (q.speaker && sameName(q.speaker, actor)) return i;
  }
  return null;
}

/** The main verb: the first finite verb not opening a participial phrase and not inside a subordinate clause. */
function mainVerb(text: string, clause: TextSpan, verbs: readonly Verb[], masks: readonly TextSpan[]): Verb | undefined {
  for (const v of verbs) {
    if (v.toInfinitive) continue;
    const lead = cleanSpan(text, { start: clause.start, end: v.start }, masks, []);
    // "Speaking in Brussels, ..." / "Asked about the talks, ...": a participial opener, not the main clause.
    if ((v.gerund || /ed$/.test(v.root)) && lead.replace(/[\s,]+/g, '') === '' && /,/.test(text.slice(v.end, clause.end))) continue;
    const previous = /([\p{L}]+)[\s,]*$/u.exec(lead)?.[1]?.toLowerCase();
    if (previous && SUBORDINATORS.has(previous)) continue;
    if (v.gerund) continue; // "Sending arms would ...": a gerund is never the finite verb
    // A verb opening the clause has no subject ("Dock workers ..." read as an imperative): look further.
    if (!lead.trim() && !v.auxiliary && verbs.some((w) => w.start > v.end)) continue;
    return v;
  }
  return undefined;
}

/**
 * When the date sits in a subordinate clause with its own subject ("goods that firms have sent over the
 * past year"), that clause is the event: its first finite verb, if a subject stands before it.
 */
function anchoredVerb(text: string, clause: TextSpan, verbs: readonly Verb[], masks: readonly TextSpan[], anchor: TextSpan | undefined): Verb | undefined {
  if (!anchor) return undefined;
  const lead = text.slice(clause.start, anchor.start);
  let opener = -1;
  for (const m of lead.matchAll(/\b(that|which|who|because|while|after|before|although|though|since|when|whether|if|as)\b/gi)) opener = clause.start + m.index! + m[0].length;
  if (opener < 0) return undefined;
  const verb = verbs.find((v) => v.start > opener && v.start < anchor.start && !v.gerund && !v.toInfinitive);
  if (!verb) return undefined;
  const subject = cleanSpan(text, { start: opener, end: verb.start }, masks, []);
  return /\p{L}{2,}/u.test(subject) && !/,/.test(subject) ? verb : undefined;
}

/** The subject of the main verb: from the last comma or subordinator (or the clause start) to the verb. */
function subjectSpanOf(text: string, clause: TextSpan, verb: Verb, masks: readonly TextSpan[], quotes: readonly TextSpan[]): TextSpan {
  const before = text.slice(clause.start, verb.start);
  let from = clause.start;
  for (const m of before.matchAll(/[,;:—–]\s*/g)) {
    const at = clause.start + m.index!;
    if (masks.some((r) => at >= r.start - 2 && at <= r.end + 1) || quotes.some((r) => at >= r.start && at < r.end)) continue;
    // "Doe, the minister, ..." keeps the name: only a comma with words after it that lead to the verb starts a new subject.
    const rest = cleanSpan(text, { start: at + m[0].length, end: verb.start }, masks, quotes);
    if (rest.split(/\s+/).filter(Boolean).length >= 1) from = at + m[0].length;
  }
  const opener = [...text.slice(from, verb.start).matchAll(/\b(?:that|which|who|because|while|although|though|since|whether)\s+/gi)].pop();
  if (opener) from += opener.index! + opener[0].length;
  return { start: from, end: verb.start };
}

/** The verb as a headline writes it: present tense, "to" for the future, the bare participle for the passive. */
function headlineVerb(v: Verb, plural: boolean, statement: boolean): string {
  const present = plural ? v.infinitive : presentOf(v.infinitive);
  if (v.passive) return v.negative ? `not ${v.root}` : v.root;
  if (v.future) return v.negative ? `will not ${v.infinitive}` : `to ${v.infinitive}`;
  const modal = /\b(can|could|may|might|must|should|would)\b/.exec(v.auxiliary)?.[1];
  if (modal && !statement) return `${modal}${v.negative ? ' not' : ''} ${v.infinitive}`;
  if (v.negative) return `${plural ? 'do' : 'does'} not ${v.infinitive}`;
  if (v.infinitive === 'have' && !v.auxiliary) return plural ? 'have' : 'has';
  if (v.copula) return plural ? 'are' : 'is';
  if (v.progressive && !statement) return `${plural ? 'are' : 'is'} ${v.root}`;
  return present;
}

/** Splits "shipping firms that they will ..." into the addressee and what was said. */
function splitObject(after: string): { object: string; content: string } {
  const s = after.replace(/^[\s:,]+/, '');
  const that = /^(.{0,60}?)\b(?:that)\s+(.+)$/iu.exec(s);
  if (that && that[1]!.split(/\s+/).filter(Boolean).length <= 5) return { object: that[1]!.replace(/[\s,]+$/, ''), content: that[2]! };
  // "warned lenders against ...", "urged Doe to ...": the whole complement is the content.
  return { object: '', content: s };
}

/** Reported speech back in the headline's tense: "would" -> "will", "was" -> "is". */
function reported(content: string): string {
  return content
    .replace(/^(?:that)\s+/i, '')
    .replace(/\bwould\b/g, 'will')
    .replace(/\bwas\b/g, 'is')
    .replace(/\bwere\b/g, 'are');
}

function quoteHeadline(who: string, verb: string, quote: string): string {
  const clean = quote.replace(/\s*…\s*/g, ' … ').replace(/\s+/g, ' ').trim().replace(/[,.;:]+$/, '');
  if (FIRST_PERSON.test(clean)) return `${who}: “${cutWords(clean, HEADLINE_WORDS - who.split(' ').length)}”`;
  return compose([who, verb], clean);
}

/** "who verb object" followed by the content, trimmed to the word budget at a clause boundary. */
function compose(head: string[], content: string): string {
  const lead = head.filter(Boolean).join(' ');
  const budget = Math.max(4, HEADLINE_WORDS - lead.split(/\s+/).length);
  const body = dropArticles(content.replace(/^[\s,;:]+/, ''));
  return `${lead} ${cutWords(body, budget)}`.trim();
}

/** Headline style drops articles ("the", "a", "an"). */
function dropArticles(s: string): string {
  return s.replace(/(^|\s)(?:the|a|an)\s+(?=\S)/gi, (_m, space: string) => space);
}

/** At most `budget` words, cut at the last clause boundary that keeps three words, else hard with "…". */
function cutWords(s: string, budget: number): string {
  const words = s.split(/\s+/).filter(Boolean);
  // A hard boundary (comma, semicolon, dash) ends the phrase even within the budget, once it says something.
  for (let i = 3; i < Math.min(words.length, budget + 1); i++) {
    if (/[;:—–]$/.test(words[i - 1]!) || (/,$/.test(words[i - 1]!) && i >= 4 && !/^(?:and|or)$/i.test(words[i] ?? '') && !/,$/.test(words[i + 1] ?? ''))) {
      return trimDangling(words.slice(0, i));
    }
  }
  // A few words over the budget read better than an ellipsis.
  if (words.length <= budget + 3) return trimDangling(words);
  let cut = -1;
  for (let i = 3; i <= budget; i++) if (SOFT_BREAKS.has(words[i]!.toLowerCase().replace(/[^\p{L}]/gu, ''))) cut = i;
  if (cut > 0) return trimDangling(words.slice(0, cut));
  return trimDangling(words.slice(0, budget)) + '…';
}

function trimDangling(words: string[]): string {
  const out = [...words];
  while (out.length > 1 && DANGLING.has(out[out.length - 1]!.toLowerCase().replace(/[^\p{L}']/gu, ''))) out.pop();
  return out.join(' ').replace(/[\s,;:—–-]+$/, '');
}

/** A subject that names nobody: its first words, up to a preposition once the head noun is there. */
function nounPhrase(phrase: string): string {
  const words = dropArticles(phrase).split(/\s+/).filter(Boolean);
  let end = Math.min(words.length, 6);
  for (let i = 2; i < end; i++) if (/^(?:amid|despite|during|after|before|with|over|under|against)$/i.test(words[i]!)) end = i;
  return capitalise(words.slice(0, end).join(' '));
}

/** The head noun (the last word before a preposition) ends in a plural "s": "officers in Gdansk". */
function looksPlural(phrase: string): boolean {
  const words = phrase.split(/\s+/).filter(Boolean);
  const preposition = words.findIndex((w, i) => i > 0 && /^(?:in|at|from|of|near|for|with|on|by|about|against|between|amid)$/i.test(w));
  const last = (preposition > 0 ? words[preposition - 1] : words[words.length - 1]) ?? '';
  return /^(?:they|we)$/i.test(last) || (/[^s]s$/.test(last) && /^\p{Ll}/u.test(last));
}

/** The name a headline uses: the one-word form the article itself uses for this actor ("Doe"), else the canonical name. */
function shortNameOf(canonical: string, entities: readonly Entity[]): string {
  let short: string | null = null;
  for (const e of entities) {
    if (e.canonical !== canonical || e.kind !== 'person') continue;
    const written = e.text.replace(/['’]s$/, '');
    if (!/\s/.test(written) && written.length >= 3 && sameName(written, canonical)) short = written;
  }
  return short ?? canonical.replace(/^the\s+/i, '');
}

function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/** A headline from any text: its first words, cut at a boundary. */
export function fallbackHeadline(clauseText: string): string {
  const clean = clauseText.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim();
  return finish(cutWords(clean, HEADLINE_WORDS));
}

function finish(headline: string): string {
  const clean = headline
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/[\s,;:.]+$/, '')
    .trim();
  return capitalise(clean);
}
