/**
 * Direct quotations and who said them.
 *
 * Segments: text between “ and ” (or a pair of straight " in one paragraph). A segment left open at the end
 * of a paragraph continues when the next paragraph opens with a quote mark (the news convention for
 * multi-paragraph quotes). Two segments are one quote when the first ends with a comma and the words
 * between them attribute it (“So far,” the agency quoted a senior diplomat as saying, the talks “have gone ...”).
 *
 * Speaker: looked for in the attribution between the parts, then after the quote ("..., said Okafor",
 * "..., Lindqvist said", "the Gazette reported"), then before it ("Maria Okafor said on the radio “...”",
 * "One of the delegates called it “a setback.”"). A phrase that holds a person or organisation entity
 * is that entity's canonical name (named); a pronoun is the last person mentioned; anything else is the
 * description of an anonymous source ("a senior Western official", named: false).
 */
import type { Entity, Quote } from '../../../shared/analysis';
import { paragraphSpans, spanIndexAt, type TextSpan } from '../sentences';
import { PERSON_ROLES, SPEECH_VERBS } from '../entities/cues';
import { itemsOverlapping, itemsWithin } from '../spans';
import { quotedTitles } from '../titles';
import { lexicon } from '../entities/lexicon';

/** A quotation longer than this is more likely an unmatched quote mark than a quote. */
const MAX_QUOTE_LENGTH = 4000;
/** How far around a quote the attribution is looked for. */
const ATTRIBUTION_WINDOW = 250;

interface Segment {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph when left open). */
  close: number;
  /** The words inside. */
  innerStart: number;
  innerEnd: number;
  closed: boolean;
  paragraph: number;
}

interface RawQuote {
  parts: Segment[];
  /** Attribution text between split parts, if any. */
  between: TextSpan | null;
}

const SPEECH = [...SPEECH_VERBS].join('|');
/** Verbs of telling take the listener as their object ("she told reporters"): never inverted with the speaker. */
const TELLING = new Set(['told', 'tells', 'tell', 'asked', 'asks', 'informed', 'informs']);
const INVERTIBLE = [...SPEECH_VERBS].filter((v) => !TELLING.has(v)).join('|');
/** "..., said the minister": the verb first, the speaker after it (not "..., she told reporters"). */
const SPEECH_AFTER = new RegExp(String.raw`^[\s,.;:—–-]*(?:${INVERTIBLE})\s+(.+?)(?=[,.;:!?—–]|\s+(?:in|on|at|during|after|before|when|while|from|to|of|who|which|that|according)\s|$)`, 'u');
const SUBJECT_BEFORE_VERB = new RegExp(String.raw`^[\s,.;:—–-]*([^,.;:!?“”"]{1,60}?)\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+)?(?:${SPEECH})\b`, 'u');
/** "..., Ana Ruiz, the union's secretary, told reporters": a name, its apposition between commas, then the verb. */
const SUBJECT_APPOSITION_BEFORE_VERB = new RegExp(String.raw`^[\s,.;:—–-]*(\p{Lu}[^,.;:!?“”"]{0,59}?),\s+[^,;:!?“”"]{1,120}?,\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+)?(?:${SPEECH})\b`, 'u');
/** "..., his lawyer, Ana Ruiz, said": a description, the name in apposition, then the verb. */
const DESCRIPTION_NAME_BEFORE_VERB = new RegExp(String.raw`^[\s,.;:—–-]*(?:his|her|their|its|the|a|an|one)\s[^,.;:!?“”"]{1,60}?,\s+(\p{Lu}[^,;:!?“”"]{0,59}?),\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+)?(?:${SPEECH})\b`, 'u');
const CITED_AS_SAYING = /\b(?:cited|quoted)\s+(.{1,100}?)\s+as\s+(?:saying|telling|stating)\b/u;
const ACCORDING_TO = /\baccording\s+to\s+(.{1,100}?)(?=[,.;:!?]|$)/u;
const PRONOUN = /^(?:he|she|him|her)$/i;
/** A pronoun opening or closing the phrase: "He also", "During his speech he". */
const PRONOUN_IN_PHRASE = /(?:^|\s)(?:he|she)$|^(?:he|she)(?:\s|$)/i;
/** Plural or role nouns that make a phrase a description of an unnamed source ("officials", "people familiar"). */
const SOURCE_NOUNS = /\b(?:officials?|sources?|spokes(?:man|woman|person)|analysts?|experts?|observers?|people|diplomats?|executives?|aides?|insiders?|witness(?:es)?|residents?|critics?|lawmakers?|investigators?|authorities|officers?|employees?|workers?|members?|leaders?|representatives?|statement|report|website|commentators?|reporters?|journalists?|researchers?|scientists?|economists?|politicians?|ministry|government|company|group|union)\b/i;
const ATTRIBUTING = new RegExp(String.raw`\b(?:${SPEECH}|according)\b`, 'iu');
const SPEECH_VERB_GLOBAL = new RegExp(String.raw`\b(?:${SPEECH})\b`, 'giu');

export function extractQuotes(text: string, entities: readonly Entity[], sentences: readonly TextSpan[]): Quote[] {
  const paragraphs = paragraphSpans(text);
  // A title in quotation marks (the film “Night Train”, ABC's “This Week”) is no quotation.
  const titles = quotedTitles(text);
  const segments = findSegments(text, paragraphs).filter((seg) => !(seg.closed && (isTitle(titles, text, seg) || isNickname(text, seg))));
  const raw = mergeSegments(text, segments, paragraphs, sentences);
  const quotes: Quote[] = [];
  for (const q of raw) {
    const first = q.parts[0]!;
    const last = q.parts[q.parts.length - 1]!;
    const words = joinParts(text, q).replace(/^[“”"\s]+/, '').trim();
    if (!/[\p{L}\p{N}]/u.test(words)) continue;
    const { speaker, named } = findSpeaker(text, q, entities, sentences);
    quotes.push({ text: words, start: first.open, end: last.close, speaker, named });
  }
  return quotes;
}

function findSegments(text: string, paragraphs: readonly TextSpan[]): Segment[] {
  const segments: Segment[] = [];
  let carried: Segment | null = null;
  paragraphs.forEach((p, paragraph) => {
    let open = -1;
    let i = p.start;
    // A straight-quoted passage left open in the previous paragraph, in a paragraph that neither reopens it nor has
    // balanced marks: its first mark closes the passage ("... we will not give up.\n\nThe work goes on. " ...).
    if (carried && text[p.start] !== '"' && text[p.start] !== '“') {
      const slice = text.slice(p.start, p.end);
      const straight = (slice.match(/"/g) ?? []).length;
      const first = slice.indexOf('"');
      if (straight % 2 === 1 && first >= 0 && !slice.slice(0, first).includes('“')) {
        segments.push({ open: p.start, close: p.start + first + 1, innerStart: p.start, innerEnd: p.start + first, closed: true, paragraph });
        i = p.start + first + 1;
      }
    }
    carried = null;
    for (; i < p.end; i++) {
      const ch = text[i];
      // A second “ while one is open means the first was never closed: start over from the new one.
      if (ch === '“' || (ch === '"' && open < 0)) {
        open = i;
      } else if ((ch === '”' || ch === '"') && open >= 0) {
        if (i - open <= MAX_QUOTE_LENGTH) segments.push({ open, close: i + 1, innerStart: open + 1, innerEnd: i, closed: true, paragraph });
        open = -1;
      }
    }
    if (open >= 0 && p.end - open <= MAX_QUOTE_LENGTH) {
      const segment: Segment = { open, close: p.end, innerStart: open + 1, innerEnd: p.end, closed: false, paragraph };
      segments.push(segment);
      if (text[open] === '"') carried = segment;
    }
  });
  return segments;
}

function mergeSegments(text: string, segments: Segment[], paragraphs: readonly TextSpan[], sentences: readonly TextSpan[]): RawQuote[] {
  const quotes: RawQuote[] = [];
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    const current = quotes[quotes.length - 1];
    const previous = current?.parts[current.parts.length - 1];
    if (current && previous) {
      // A quote running on into the next paragraph.
      if (!previous.closed && seg.paragraph === previous.paragraph + 1 && seg.open === paragraphs[seg.paragraph]!.start) {
        // (The next part either reopens with a quote mark or, for straight quotes, simply goes on.)
        current.parts.push(seg);
        continue;
      }
      // “So far,” the agency quoted ... as saying, the talks “have gone ...”
      // (The second part in the attribution's sentence or the next one; with another sentence between them they
      // are two quotes: “...,” she said. The minister nodded. “...”)
      const sentencesApart = spanIndexAt(sentences, seg.open) - spanIndexAt(sentences, previous.close - 1);
      // A second part with an attribution of its own (“...,” he added) is another quote.
      // So is one introduced in its own sentence (“...,” said Okafor. She added: “...”).
      const ownAttribution = sentencesApart === 1 && (attributedAfter(text, seg, sentences) || attributedBefore(text, seg, sentences));
      if (previous.closed && sentencesApart <= 1 && !ownAttribution && seg.paragraph === previous.paragraph && seg.open - previous.close <= ATTRIBUTION_WINDOW && current.between === null) {
        const inner = text.slice(previous.innerStart, previous.innerEnd).trimEnd();
        const gap = text.slice(previous.close, seg.open);
        if ((inner.endsWith(',') || /^\s*,/.test(gap)) && attributes(gap)) {
          current.parts.push(seg);
          current.between = { start: previous.close, end: seg.open };
          continue;
        }
      }
    }
    quotes.push({ parts: [seg], between: null });
  }
  return quotes;
}

/** A speech verb between the start of the segment's sentence and the segment ("She added: “...”"). */
function attributedBefore(text: string, seg: Segment, sentences: readonly TextSpan[]): boolean {
  const sentence = sentences[spanIndexAt(sentences, seg.open)];
  if (!sentence || sentence.start >= seg.open) return false;
  return ATTRIBUTING.test(text.slice(sentence.start, seg.open));
}

/** A speech verb between the segment and the end of its sentence ("“...,” he added."). */
function attributedAfter(text: string, seg: Segment, sentences: readonly TextSpan[]): boolean {
  const sentence = sentences[spanIndexAt(sentences, seg.open)];
  if (!sentence || sentence.end <= seg.close) return false;
  return ATTRIBUTING.test(text.slice(seg.close, Math.min(sentence.end, seg.close + ATTRIBUTION_WINDOW)));
}

function isTitle(titles: readonly TextSpan[], text: string, seg: Segment): boolean {
  if (!titles.length) return false;
  let end = seg.innerEnd;
  while (end > seg.innerStart && /[\s,.;:!?]/.test(text[end - 1]!)) end--;
  return titles.some((t) => t.start === seg.innerStart && t.end === end);
}

/** A nickname between a given name and a surname (Maria “Bebe” Santos) is no quotation. */
function isNickname(text: string, seg: Segment): boolean {
  return (
    /\p{Lu}\p{Ll}+\s$/u.test(text.slice(Math.max(0, seg.open - 30), seg.open)) &&
    /^\s\p{Lu}\p{Ll}/u.test(text.slice(seg.close, seg.close + 3)) &&
    /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)?$/u.test(text.slice(seg.innerStart, seg.innerEnd))
  );
}

function attributes(gap: string): boolean {
  return ATTRIBUTING.test(gap);
}

function joinParts(text: string, q: RawQuote): string {
  const parts = q.parts.map((p) => text.slice(p.innerStart, p.innerEnd).replace(/\s+/g, ' ').trim());
  let joined = '';
  q.parts.forEach((part, i) => {
    const words = parts[i]!;
    if (i === 0) joined = words;
    else if (q.between && part.open >= q.between.end) joined = joined.replace(/[,\s]+$/, '') + ' … ' + words;
    else joined += ' ' + words;
  });
  return joined.trim();
}

interface Speaker {
  speaker: string | null;
  named: boolean;
}

function findSpeaker(text: string, q: RawQuote, entities: readonly Entity[], sentences: readonly TextSpan[]): Speaker {
  const first = q.parts[0]!;
  const last = q.parts[q.parts.length - 1]!;
  const candidates: TextSpan[] = [];

  // 1. Between the parts of a split quote.
  if (q.between) {
    const found = phraseIn(text, q.between.start, q.between.end);
    if (found) candidates.push(found);
  }
  // 2. After the quote, to the end of its sentence (or the next quote).
  if (candidates.length === 0) {
    const sentence = sentences[spanIndexAt(sentences, Math.max(0, last.close - 1))];
    let end = Math.min(text.length, last.close + ATTRIBUTION_WINDOW, sentence && sentence.end > last.close ? sentence.end : last.close);
    const nextQuote = text.slice(last.close, end).search(/[“"]/);
    if (nextQuote >= 0) end = last.close + nextQuote;
    const found = phraseIn(text, last.close, end);
    if (found) candidates.push(found);
  }
  // 3. Before the quote, from the start of its sentence.
  if (candidates.length === 0) {
    const sentence = sentences[spanIndexAt(sentences, first.open)];
    let start = Math.max(sentence ? sentence.start : first.open, first.open - ATTRIBUTION_WINDOW);
    const before = text.slice(start, first.open);
    const lastClose = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'));
    if (lastClose >= 0) start += lastClose + 1;
    const found = phraseBefore(text, start, first.open);
    if (found) candidates.push(found);
  }
  const phrase = candidates[0];
  if (!phrase) return { speaker: null, named: false };
  return resolve(text, phrase, entities, first.open, sentences);
}

/**
 * Full stops that end no sentence inside an attribution ("said Dr. Lena Moss", "Sen. Ray Ortiz said", "John Q. Public",
 * "the U.S. envoy") become spaces, so that the phrase patterns, which stop at a full stop, read the whole name.
 * Offsets are kept: one character for one.
 */
const NON_FINAL_DOT = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Adm|Cmdr|Insp|Det|Supt|Rev|Fr|Sr|Jr|St|Hon|Pres|Amb|Atty|Cllr|Rt|No|\p{Lu})\.(?=\s*[\p{L}\p{N}])/gu;
function attributionSlice(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(NON_FINAL_DOT, (m) => m.slice(0, -1) + ' ');
}

/** The speaker phrase in attribution text after (or between) quote parts. */
function phraseIn(text: string, start: number, end: number): TextSpan | null {
  const slice = attributionSlice(text, start, end);
  for (const re of [CITED_AS_SAYING, ACCORDING_TO, SPEECH_AFTER, SUBJECT_BEFORE_VERB, DESCRIPTION_NAME_BEFORE_VERB, SUBJECT_APPOSITION_BEFORE_VERB]) {
    const m = re.exec(slice);
    if (m && m[1]) {
      const at = m.index + m[0].indexOf(m[1]);
      return trimSpan(text, start + at, start + at + m[1].length);
    }
  }
  return null;
}

/** The speaker phrase before a quote: "X said in an interview “...”", "with X saying “...”". */
function phraseBefore(text: string, start: number, end: number): TextSpan | null {
  const slice = attributionSlice(text, start, end);
  for (const re of [CITED_AS_SAYING, ACCORDING_TO]) {
    const m = re.exec(slice);
    if (m && m[1]) {
      const at = m.index + m[0].indexOf(m[1]);
      return trimSpan(text, start + at, start + at + m[1].length);
    }
  }
  const verbs = [...slice.matchAll(SPEECH_VERB_GLOBAL)];
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  // The subject: back from the verb to the previous clause boundary.
  const head = slice.slice(0, verb.index);
  const conjunction = head.search(/\b(?:with|and|while|as)\s+[^,;]*$/u); // "..., with bank economist Ana Ruiz saying"
  const punctuation = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'));
  let subjectStart = conjunction > punctuation ? conjunction : punctuation + 1;
  const lead = /^\s*(?:with|and|while|as)\s+/u.exec(head.slice(subjectStart));
  if (lead) subjectStart += lead[0].length;
  return trimSpan(text, start + subjectStart, start + verb.index);
}

/** Whether `offset` lies inside a quotation that opened after `from` (an odd count of marks before it). */
function insideQuotes(text: string, from: number, offset: number): boolean {
  const marks = text.slice(from, offset).match(/[“"]/g);
  return marks !== null && marks.length % 2 === 1;
}

function trimSpan(text: string, start: number, end: number): TextSpan | null {
  while (start < end && /[\s,.;:“”"—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s,.;:“”"—–-]/.test(text[end - 1]!)) end--;
  // "a panel of city councillors issued a short statement" -> "a panel of city councillors".
  const verb = /\s\p{Ll}+(?:ed|ing)\b/u.exec(text.slice(start, end));
  const leadingVerb = /^\p{Ll}+(?:ed|ing)\b/u.test(text.slice(start, end));
  if (leadingVerb) return { start, end: start };
  if (verb) end = start + verb.index;
  // Keep the phrase short: its last eight words.
  const words = [...text.slice(start, end).matchAll(/\S+/g)];
  if (words.length > 8) start += words[words.length - 8]!.index!;
  return end >= start ? { start, end } : null;
}

/** "one fire commander", "one of the lead authors": a description whose head is a person's role (singular or plural). */
function endsWithRole(words: string): boolean {
  if (!DESCRIPTION_START.test(words)) return false;
  const head = /(\p{L}+)$/u.exec(words)?.[1]?.toLowerCase();
  if (!head) return false;
  const singular = head.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, '');
  const roles = lexicon().roles;
  return [head, singular].some((w) => PERSON_ROLES.has(w) || roles.has(w));
}

/** Words that open a description of an unnamed source ("a senior Western official", "one of those sources"). */
const DESCRIPTION_START = /^(?:a|an|the|one|some|several|two|three|many|other|another|its|his|her|their|our|this|that|these|those)\b/i;

function resolve(text: string, phrase: TextSpan, entities: readonly Entity[], quoteStart: number, sentences: readonly TextSpan[]): Speaker {
  const inside = itemsOverlapping(entities, phrase.start, phrase.end).filter((e) => e.kind !== 'place');
  const person = inside.find((e) => e.kind === 'person');
  if (person) return { speaker: person.canonical, named: true };
  const words = text.slice(phrase.start, phrase.end).trim();
  // "said the agency's head, Ana Ruiz.": a description named in apposition right after it.
  const comma = /^,\s*/.exec(text.slice(phrase.end, phrase.end + 4));
  if (comma && DESCRIPTION_START.test(words)) {
    const named = entities.find((e) => e.kind === 'person' && e.start === phrase.end + comma[0].length && /^\s*(?:[.,;]|$)/.test(text.slice(e.end, e.end + 2)));
    if (named) return { speaker: named.canonical, named: true };
  }
  // "Ruiz said" where the recogniser left the bare surname untyped: the person named earlier with that name.
  if (/^\p{Lu}[\p{L}'’-]+$/u.test(words)) {
    const earlier = itemsWithin(entities, 0, phrase.start).filter((e) => e.kind === 'person' && e.canonical.split(/\s+/).length > 1 && e.canonical.split(/\s+/).includes(words));
    const names = new Set(earlier.map((e) => e.canonical));
    if (names.size === 1) return { speaker: earlier[0]!.canonical, named: true };
  }
  if (!DESCRIPTION_START.test(words) && !PRONOUN.test(words)) {
    // "Ines Varga, who grew up in ..., said “...”", "Tom Abel, the port's operations chief ..., commented “...”":
    // the phrase next to the verb is not the subject; the person the sentence opens with is.
    const sentence = sentences[spanIndexAt(sentences, quoteStart)];
    if (sentence) {
      const from = Math.max(sentence.start, phrase.start - ATTRIBUTION_WINDOW);
      const subject = itemsWithin(entities, from, phrase.start).find((e) => e.kind === 'person' && !insideQuotes(text, from, e.start));
      if (subject) return { speaker: subject.canonical, named: true };
    }
  }
  const organization = inside[0];
  if (organization) return { speaker: organization.canonical, named: true };
  if (PRONOUN_IN_PHRASE.test(words)) {
    // The last person named before the quote whose first name does not say otherwise ("she": not a man's name).
    const other = /\b(?:she|her)\b/i.test(words) ? 'male' : 'female';
    const lex = lexicon();
    let last: Entity | undefined;
    for (const e of itemsWithin(entities, Math.max(0, quoteStart - 3000), quoteStart)) {
      if (e.kind !== 'person') continue;
      const parts = e.canonical.split(/\s+/);
      if (parts.length > 1 && lex.genderOf(parts[0]!.toLowerCase()) === other) continue;
      last = e;
    }
    return last ? { speaker: last.canonical, named: true } : { speaker: null, named: false };
  }
  if (!words || /^(?:it|they|we|i|you|this|that|there)$/i.test(words)) return { speaker: null, named: false };
  const place = entities.find((e) => e.start >= phrase.start && e.end <= phrase.end && e.kind === 'place' && e.end - e.start === phrase.end - phrase.start);
  if (place) return { speaker: place.canonical, named: true }; // "Beijing said": a government speaking
  // Only a phrase that reads as a description of a source is one ("a senior Western official", "Some observers").
  if ((SOURCE_NOUNS.test(words) || endsWithRole(words)) && !/\b(?:is|are|was|were|be|been|has|had|have|will|would|that|which)\b/i.test(words)) return { speaker: words, named: false };
  return { speaker: null, named: false };
}
