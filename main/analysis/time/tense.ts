/**
 * Which way an underspecified expression ("on Wednesday", "in March") points from the
 * publication date: news reports the past unless a forward-looking verb governs it.
 * We look for the nearest tense cue in the clause, first to the left, then to the right.
 */
import type { Token } from './tokens';

export type Orientation = 'future' | 'past' | null;

const FUTURE_WORDS = new Set([
  'will', 'shall', 'upcoming', 'forthcoming', 'scheduled', 'slated', 'due', 'expected', 'expect', 'expects', 'planned',
  'plans', 'plan', 'planning', 'intends', 'intend', 'aims', 'hopes', 'tomorrow',
  'begins', 'starts', 'opens', 'arrives', 'launches', 'ends', 'expires', 'takes', 'meets', 'meet', 'heads', 'goes',
  // the present of a scheduled event ("voters go to the polls Sunday", "the strike continues through Friday", "the
  // champion faces a rival Saturday"); forms that are rarely nouns before a date
  'go', 'continue', 'continues', 'resume', 'resumes', 'faces', 'hosts',
  // closings and openings of a schedule ("the curfew lifts at midnight Tuesday", "polls close at 8 p.m. Sunday")
  'closes', 'reopens', 'lifts', 'concludes', 'convenes', 'reconvenes', 'kicks',
  // and in the plural ("the Hawks host Lakeport on Friday, then begin a road trip on Sunday"); also nouns, see below
  'host', 'begin', 'start', 'face', 'visit',
  // a forecast, even told in the past of reported speech ("flooding was likely around high tide on Sunday"); only as
  // the predicate (see FORECAST_AFTER_LIKELY), not the adverb of a guess ("the fire likely started on Sunday")
  'likely', 'unlikely',
  // the present of an event on a programme ("the minister travels to Paris on Thursday", "the court hears the appeal
  // in October"): forms that are seldom nouns
  'travels', 'announces', 'hears', 'flies', 'visits', 'publishes', 'unveils', 'debates', 'decides', 'departs', 'tours',
  'testifies', 'delivers', 'presents',
  'return', 'open', 'travel', 'fly', 'head',
]);

/**
 * Present plurals of a schedule, also nouns ("a slow start on Sunday"): verbs only after a plural subject ("the
 * Hawks host", "they begin") or an adverb that carries one on ("then begin").
 */
const PLURAL_SCHEDULE_VERBS = new Set(['host', 'begin', 'start', 'face', 'visit', 'return', 'open', 'travel', 'fly', 'head']);
const PLURAL_SUBJECT_WORDS = new Set(['they', 'we', 'you', 'then', 'also', 'both', 'teams', 'sides']);
const NOT_PLURAL_SUBJECTS = new Set(['its', 'his', 'this', 'is', 'was', 'has', 'as', 'us', 'thus', 'plus', 'news']);

function pluralSubjectBefore(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1];
  if (!before || before.kind !== 'word') return false;
  if (PLURAL_SUBJECT_WORDS.has(before.lower) || /^[A-Z]{2,}s$/.test(before.text)) return true; // "MPs", "CEOs"
  return before.lower.length > 3 && before.lower.endsWith('s') && !before.lower.endsWith('ss') && !NOT_PLURAL_SUBJECTS.has(before.lower);
}

/** Words before a verb form that make it an adjective ("the increased dividend", "a still unspecified date"). */
const ADJECTIVE_BEFORE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'still', 'newly', 'recently', 'previously']);

/**
 * Modal verbs: forward-looking before a bare verb ("should arrive"), backward before "have" ("should have
 * arrived"). "Could" is left out: news mostly uses it as the past of "can" ("could not be reached Monday").
 */
const MODALS = new Set(['would', 'should', 'must', 'might', 'may', 'can']);

/** A present-tense copula schedules a date only from close by: "is on Monday", "is payable Jan. 2", "is set for May 2". */
const COPULA_REACH = 4;

const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'ago', 'last', 'yesterday', 'began', 'came', 'made', 'took', 'went', 'gave',
  'held', 'met', 'told', 'won', 'lost', 'left', 'saw', 'became', 'fell', 'rose', 'sold', 'bought', 'paid', 'spent',
  'wrote', 'spoke', 'found', 'got', 'brought', 'ran', 'hit', 'struck', 'flew', 'led', 'chose', 'drove', 'built',
  'sent', 'kept', 'felt', 'knew', 'thought', 'grew', 'shot', 'won', 'broke', 'stood', 'heard', 'meant', 'fought',
  'dealt', 'sought', 'began', 'earlier', 'previously', 'recently', 'since', 'died', 'been', 'has', 'have', 'begun',
  'gone', 'taken', 'given', 'seen', 'done', 'shown', 'written', 'spoken', 'chosen', 'fallen', 'risen', 'grown',
  'agreed', 'disagreed', 'freed', 'decreed', 'guaranteed',
]);

/** The past cues that are not verb forms: no auxiliary before them makes them present ("is since May"). */
const PAST_ADVERBS = new Set(['ago', 'last', 'yesterday', 'earlier', 'previously', 'recently', 'since']);

/** Auxiliaries that make a following "to VERB" forward-looking ("is set to begin"). */
const FORWARD_BEFORE_TO = new Set([
  'set', 'due', 'going', 'expected', 'scheduled', 'slated', 'supposed', 'planned', 'plans', 'plan', 'aims', 'hopes', 'wants', 'is', 'are',
  // forecasts: "the storm is forecast to hit Friday", "the bill is likely to pass Tuesday"
  'forecast', 'predicted', 'projected', 'poised', 'likely', 'tipped',
]);

/**
 * Verbs of commitment and direction take an infinitive of a later action: "agreed to pay by March",
 * "ordered the firm to appear on May 3" (unlike "began to fall in March", "failed to appear").
 */
const IRREALIS_BEFORE_TO = new Set([
  'agree', 'agrees', 'agreed', 'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed',
  'threaten', 'threatens', 'threatened', 'decide', 'decides', 'decided', 'order', 'orders', 'ordered', 'ask', 'asks',
  'asked', 'urge', 'urges', 'urged', 'invite', 'invites', 'invited', 'vote', 'votes', 'voted', 'summon', 'summons',
  'summoned', 'subpoena', 'subpoenas', 'subpoenaed', 'told', 'tells', 'instructed', 'directed',
  // and the nouns of such commitments, which take the same infinitive ("an agreement to buy the bank in May", "the
  // board's decision to close the plant by June", "a bid to list the shares in October")
  'agreement', 'promise', 'pledge', 'vow', 'threat', 'decision', 'order', 'request', 'invitation', 'deal', 'bid', 'offer',
  'proposal', 'commitment',
]);

/** How far left of "to" the governing verb may stand ("ordered the two companies to ..."). */
const OBJECT_REACH = 4;

/**
 * Forward-looking verbs that are also nouns: after a determiner they name a thing ("announced the plan Monday"), and
 * as verbs they take an infinitive or an object ("plans to sell", "hopes a deal ..."), while the noun is followed by
 * anything else ("holiday plans for the week", "her hopes were ...").
 */
const ALSO_NOUNS = new Set(['plan', 'plans', 'hopes', 'aims']);
const VERB_FOLLOWERS = new Set(['to', 'a', 'an', 'the', 'that']);

/**
 * What follows "likely" or "unlikely" as a forecast's predicate: a time or a preposition of one ("gusts are likely on
 * Sunday", "rain is likely Sunday", "a deal is unlikely before May"), or the end of the clause. Before a verb ("the
 * fire was likely caused by ...", "the gang likely fled on Sunday") it is an adverb of how sure the writer is,
 * which says nothing of when: no cue there, the verb gives the tense.
 */
const FORECAST_AFTER_LIKELY = new Set([
  'on', 'in', 'at', 'by', 'around', 'over', 'during', 'through', 'throughout', 'until', 'till', 'before', 'after', 'from',
  'for', 'this', 'next', 'later', 'overnight', 'tonight', 'tomorrow', 'today', 'soon', 'again',
]);

/** Participles of moving a date ("adjourned to Friday", "pushed back to June"). */
const RESCHEDULING = new Set(['postponed', 'delayed', 'moved', 'adjourned', 'deferred', 'pushed', 'brought', 'rescheduled', 'shifted', 'extended']);

/** Words after "run(s)" that make it the span of a schedule. */
const RUN_SPAN_WORDS = new Set(['from', 'until', 'till', 'through', 'into']);

/** Words after "last" that make it the verb ("will last until", "lasts into", "last through"). */
const LAST_AS_VERB_BEFORE = new Set(['until', 'till', 'into', 'through', 'beyond', 'for']);

/** Forms of "be" before "possible" that make it a forecast ("storms are possible", "frosts were possible"). */
const POSSIBLE_AFTER = new Set(['is', 'are', 'was', 'were', 'be', 'remain', 'remains', 'remained', 'also', 'still']);

/** Present-tense "be": a participle after it is a present passive ("the appeal is argued in June"), not a past tense. */
const PRESENT_BE = new Set(['is', 'are', 'am']);

/** Participles of reaching someone for comment ("could not be reached", "could be located"). */
const CONTACT_PARTICIPLES = new Set(['reached', 'located', 'contacted', 'found']);

/** Participles of a plan or forecast that also stand before a noun as adjectives ("the planned merger"). */
const ATTRIBUTIVE_PLAN_PARTICIPLES = new Set(['planned', 'scheduled', 'expected', 'slated']);

/**
 * The participle at `index` stands between a determiner (with an adverb or a glued compound between: "the hastily
 * planned", "a long-expected") and a noun, as an attributive adjective: "the planned visit", "a widely expected cut".
 */
function attributive(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  if (!next || next.kind !== 'word' || VERB_FOLLOWERS.has(next.lower) || SCHEDULED_VIA.has(next.lower) || next.lower === 'for' || next.lower === 'until') return false;
  let back = index - 1;
  if (/ly$/.test(tokens[back]?.lower ?? '')) back -= 1;
  else if (tokens[back]?.text === '-' && !tokens[back]?.spaced && tokens[back - 1]?.kind === 'word') back -= 2;
  return ADJECTIVE_BEFORE.has(tokens[back]?.lower ?? '') && !['still', 'newly', 'recently', 'previously'].includes(tokens[back]?.lower ?? '');
}

/** Adverbs that make a plan an earlier one ("as originally planned"). */
const EARLIER_PLAN = new Set(['originally', 'previously', 'initially']);

/** Words that schedule a date ("due to expire Friday", "scheduled for May 2"). */
const SCHEDULE_WORDS = new Set(['due', 'scheduled', 'slated', 'set', 'planned', 'expected']);

/**
 * "had been" before the word at `index`: a schedule in the past perfect was the plan before it changed ("the vote had
 * been due to close Monday" — the Monday gone), so its date lies back.
 */
function pastPerfect(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.lower === 'been' && (tokens[index - 2]?.lower === 'had' || (tokens[index - 2]?.lower === 'd' && tokens[index - 3]?.text === '\''));
}

function isBoundary(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return true;
  if (token.text === '!' || token.text === '?' || token.text === ';') return true;
  if (token.text !== '.') return false;
  // A decimal point ("4.1%", "$2.5 billion") does not end a clause.
  const after = tokens[index + 1];
  if (tokens[index - 1]?.kind === 'number' && after?.kind === 'number' && !token.spaced && !after.spaced) return false;
  // An abbreviation's point before a comma ends nothing: "a mill in Fairview, Ore., said on Friday" (a sentence never
  // ends in ".,").
  if (after?.text === ',' && !after.spaced) return false;
  // "U.S." and "Mr." do not end a clause.
  const before = tokens[index - 1];
  return !(before && before.kind === 'word' && (before.text.length === 1 || before.text === 'Mr' || before.text === 'Dr' || before.text === 'Inc'));
}

/** The word a verb form follows makes it a participle that takes its tense from an auxiliary further left. */
function afterBe(tokens: readonly Token[], index: number): boolean {
  // (An adverb may stand between: "be formally approved".)
  const adverb = /ly$/.test(tokens[index - 1]?.lower ?? '');
  const before = tokens[index - (adverb ? 2 : 1)]?.lower;
  return before === 'be' || before === 'being';
}

/**
 * The tense cue of the word at `index`, `distance` tokens left of the expression (0 when right of it);
 * `sameClause` is false once the scan has crossed a comma (a modal there governs another clause).
 */
function cueOf(tokens: readonly Token[], index: number, distance: number, sameClause: boolean): Orientation {
  const token = tokens[index];
  if (!token || token.kind !== 'word') return null;
  const word = token.lower;
  // "the next meeting" looks ahead; "next to the embassy" and "arrived next," do not.
  if (word === 'next') return tokens[index + 1]?.kind === 'word' && tokens[index + 1]?.lower !== 'to' ? 'future' : null;
  // "as soon as Tuesday", "could come as early as Tuesday": a forecast's earliest date.
  if (word === 'soon' || word === 'early') return tokens[index - 1]?.lower === 'as' && tokens[index + 1]?.lower === 'as' ? 'future' : null;
  // "could fall through Monday", "could be approved on Friday" look ahead; "could not be reached Monday" and "could
  // have" do not.
  if (word === 'could') {
    if (!sameClause) return null;
    const next = tokens[index + 1]?.lower;
    // "neither he nor his lawyer could be reached Tuesday": an attempt to reach someone is reported, in the past.
    if (next === 'be' && CONTACT_PARTICIPLES.has(tokens[index + 2]?.lower ?? '')) return null;
    return next === 'not' || next === 'have' || next === 'n' ? null : 'future';
  }
  if (MODALS.has(word)) {
    if (word === 'may' && token.text !== 'may') return null; // the month
    if (!sameClause) return null;
    return tokens[index + 1]?.lower === 'have' ? 'past' : 'future';
  }
  // "is set for Friday", "was set for 8 a.m. on Friday": a date being fixed lies ahead; but "had been set for
  // Friday" was the plan before it changed, and "a best time set on March 3" is a participle of the past.
  if (word === 'set') {
    const next = tokens[index + 1]?.lower;
    if (next === 'for') return pastPerfect(tokens, index) ? 'past' : 'future';
    if (next !== 'on' && next !== 'in') return null;
    return afterBe(tokens, index) || PRESENT_BE.has(tokens[index - 1]?.lower ?? '') ? null : 'past';
  }
  // "showers are possible on Friday", "frosts were possible on Tuesday": a forecast, even in the past of reported
  // speech (but not "made possible on Monday", an outcome).
  if (word === 'possible') return POSSIBLE_AFTER.has(tokens[index - 1]?.lower ?? '') ? 'future' : null;
  // "to be held", "is to be published": an infinitive looks ahead.
  if (word === 'be') return tokens[index - 1]?.lower === 'to' ? 'future' : null;
  // "The festival runs from June 11", "the consultation runs until Friday": the present of a schedule (not the noun
  // "runs", "a run of", nor "had run").
  if ((word === 'runs' || word === 'run') && RUN_SPAN_WORDS.has(tokens[index + 1]?.lower ?? '')) {
    const previous = tokens[index - 1]?.lower ?? '';
    return word === 'run' && (ADJECTIVE_BEFORE.has(previous) || previous === 'had' || previous === 'has' || previous === 'have' || previous === 'to' || previous === 'a') ? null : 'future';
  }
  // The verb "last" ("expected to last until Sunday", "the storm could last into Friday") is not the adjective.
  if (word === 'last' && (tokens[index - 1]?.lower === 'to' || LAST_AS_VERB_BEFORE.has(tokens[index + 1]?.lower ?? ''))) return null;
  if (word === 'is' || word === 'are') {
    // A present-tense copula right before a date schedules it ("the funeral is on Monday"); further away, or after
    // the date ("sales in October are up"), it is just the present.
    return distance > 0 && distance <= COPULA_REACH ? 'future' : null;
  }
  if (PLURAL_SCHEDULE_VERBS.has(word) && !pluralSubjectBefore(tokens, index)) return null;
  if (ALSO_NOUNS.has(word) && (ADJECTIVE_BEFORE.has(tokens[index - 1]?.lower ?? '') || !VERB_FOLLOWERS.has(tokens[index + 1]?.lower ?? ''))) return null;
  // An infinitive ("struggled to meet orders into the spring") takes its tense from the verb that governs it, further
  // left ("plans to meet", "agreed to meet", "failed to meet"): the scan goes on to "to".
  if (FUTURE_WORDS.has(word) && tokens[index - 1]?.lower === 'to') return null;
  if (word === 'likely' || word === 'unlikely') {
    const next = tokens[index + 1];
    if (next?.kind === 'word' && !FORECAST_AFTER_LIKELY.has(next.lower) && !isWeekdayName(next)) return null;
  }
  if (SCHEDULE_WORDS.has(word) && pastPerfect(tokens, index)) return 'past';
  // "as originally planned", "previously scheduled": an earlier plan says nothing of when the day is.
  if (FUTURE_WORDS.has(word) && EARLIER_PLAN.has(tokens[index - 1]?.lower ?? '')) return null;
  // "the hastily planned trip", "a long-expected verdict": a participle of a plan between a determiner and its noun
  // is an adjective describing the thing (as "the increased dividend" is, below); it says nothing of the clause's
  // tense, which the verb gives ("On Friday, as she cut short a hastily planned tour, the ministry lifted the ban").
  if (ATTRIBUTIVE_PLAN_PARTICIPLES.has(word) && attributive(tokens, index)) return null;
  if (FUTURE_WORDS.has(word)) return afterBe(tokens, index) && word !== 'due' && word !== 'expected' && word !== 'scheduled' && word !== 'slated' && word !== 'planned' ? null : 'future';
  if (word === 'll' && tokens[index - 1]?.text === '\'') return 'future';
  if (word === 'to') {
    const before = tokens[index - 1];
    if (before && SCHEDULE_WORDS.has(before.lower) && pastPerfect(tokens, index - 1)) return 'past';
    if (before && FORWARD_BEFORE_TO.has(before.lower)) return 'future';
    if (tokens[index + 1]?.kind !== 'word') return null;
    // (Counting words only: an object may be a compound, "summoned the 19-year-old striker to appear".)
    for (let back = 1, words = 0; words < OBJECT_REACH && back <= 2 * OBJECT_REACH; back++) {
      const token = tokens[index - back];
      if (!token) break;
      if (token.kind !== 'word') {
        const compound = token.kind === 'number' || (token.text === '-' && !token.spaced);
        if (!compound) break;
        continue;
      }
      if (IRREALIS_BEFORE_TO.has(token.lower)) return 'future';
      const inCompound = tokens[index - back + 1]?.text === '-' && !tokens[index - back + 1]?.spaced;
      if (!inCompound) words++; // "19-year-old" is one word of the object
    }
    return null;
  }
  // A participle after "be" ("will be shipped", "will be paid", "is to be held") takes its tense from the auxiliary;
  // after a determiner it is an adjective ("the delayed launch is planned for May 9").
  const participle = PAST_WORDS.has(word) || (word.length > 4 && word.endsWith('ed') && !word.endsWith('eed'));
  if (!participle) return null;
  const previous = tokens[index - 1]?.lower ?? '';
  // "to hit", "to cut", "to set": an infinitive whose form is also a past tense takes its tense from "to" (next step).
  if (previous === 'to' && !word.endsWith('ed') && !PAST_ADVERBS.has(word)) return null;
  // "is to be approved on Monday and published on Tuesday": a participle after "and" shares the tense further left.
  if ((previous === 'and' || previous === 'or') && !PAST_ADVERBS.has(word)) return null;
  const presentPassive = PRESENT_BE.has(previous) && !PAST_ADVERBS.has(word);
  return afterBe(tokens, index) || presentPassive || ADJECTIVE_BEFORE.has(previous) ? null : 'past';
}

const WINDOW = 16;

/** Adjectives that schedule the date they stand before ("the dividend is payable Dec. 7", "effective Feb. 1"). */
const SCHEDULING = new Set(['payable', 'effective', 'due']);

/** Prepositions between a scheduling word and its date ("payable on", "effective from", "due by"). */
const SCHEDULED_VIA = new Set(['on', 'from', 'by', 'in']);

/** Prepositions of a deadline: "until Tuesday", "by Jan. 14" mostly look ahead. */
const DEADLINE_WORDS = new Set(['until', 'till', 'by']);

/** Names of the days of the week (a day named after "for" or after another day shares its cue). */
const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

function isWeekdayName(token: Token | undefined): boolean {
  return token !== undefined && WEEKDAY_NAMES.has(token.lower) && token.text !== token.lower;
}

/** Things a day brings about and is then named by ("Tuesday's ruling", "Friday's attack"). */
const OUTCOME_NOUNS = new Set([
  'ruling', 'decision', 'verdict', 'judgment', 'judgement', 'announcement', 'declaration', 'statement', 'remarks', 'comments',
  'speech', 'attack', 'attacks', 'bombing', 'bombings', 'blast', 'explosion', 'crash', 'shooting', 'killing', 'killings', 'raid',
  'earthquake', 'quake', 'collapse', 'resignation', 'arrest', 'close', 'closing', 'decline', 'drop', 'rally', 'selloff',
]);

/** Words before a possessive day that await it: "ahead of", "before", "until", "awaiting", "waiting for". */
const AWAITING = new Set(['ahead', 'before', 'until', 'till', 'await', 'awaits', 'awaiting', 'awaited', 'pending', 'upcoming', 'wait', 'waits', 'waiting', 'prepare', 'prepares', 'preparing', 'ready']);

function awaited(tokens: readonly Token[], from: number): boolean {
  const one = tokens[from - 1]?.lower ?? '';
  const two = tokens[from - 2]?.lower ?? '';
  return AWAITING.has(one) || ((one === 'of' || one === 'for' || one === 'the') && AWAITING.has(two));
}

export function orientation(tokens: readonly Token[], from: number, to: number): Orientation {
  // "until at least Sunday", "by at least Friday": a deadline with a hedge between it and the date.
  if (tokens[from - 1]?.lower === 'least' && tokens[from - 2]?.lower === 'at' && DEADLINE_WORDS.has(tokens[from - 3]?.lower ?? '')) return 'future';
  // "had cut stock ahead of Christmas" (written in August): a past verb before "ahead of" says nothing of which way
  // the date lies (the nearest one is meant); a forward-looking one still does.
  if (tokens[from - 1]?.lower === 'of' && tokens[from - 2]?.lower === 'ahead') {
    const cue = nearestCue(tokens, from, to);
    return cue === 'past' ? null : cue;
  }
  // "was adjourned to Friday", "has been pushed back to June", "brought forward to May": the new date of a thing moved
  // lies ahead of the moving.
  if (tokens[from - 1]?.lower === 'to') {
    for (let back = 2; back <= 4; back++) {
      const word = tokens[from - back];
      if (!word || word.kind !== 'word') break;
      if (RESCHEDULING.has(word.lower)) return 'future';
    }
  }
  // "on Thursday and Friday": the second day goes the way of the first.
  const joiner = tokens[from - 1]?.lower;
  if ((joiner === 'and' || joiner === 'or') && isWeekdayName(tokens[from]) && isWeekdayName(tokens[from - 2])) return orientation(tokens, from - 2, from - 1);
  // A day of the week that something is for is one to come: "classes were suspended for Wednesday", "a fire ban has
  // been declared for Friday", "a meeting called for Monday".
  // (Not a possessive: "claimed responsibility for Friday's attack" is the Friday gone.)
  const possessive = (tokens[from + 1]?.text === '\'' || tokens[from + 1]?.text === '’') && tokens[from + 2]?.lower === 's';
  if (joiner === 'for' && isWeekdayName(tokens[from]) && !possessive) return 'future';
  // A day's outcome named by its day ("get around Wednesday's ruling", "will appeal Friday's verdict", "would study
  // Tuesday's attack") is one already come, whatever the verb of reacting to it; but not one awaited ("ahead of
  // Friday's decision", "awaiting Thursday's verdict", "Monday's ruling is expected to ...").
  if (possessive && isWeekdayName(tokens[from]) && OUTCOME_NOUNS.has(tokens[from + 3]?.lower ?? '') && !awaited(tokens, from)) {
    const after = tokens[from + 4]?.lower ?? '';
    if (!FUTURE_WORDS.has(after) && !PRESENT_BE.has(after) && !MODALS.has(after) && after !== 'could') return 'past';
  }
  // "had promised new taxes by the end of June", "pledged a report by Friday": a deadline given with a commitment lies
  // ahead of the committing, whatever its tense.
  if (tokens[from - 1]?.lower === 'by' && committedBefore(tokens, from - 1)) return 'future';
  // "will cut power for up to 12 hours a day starting Wednesday, after supplies fell": the start of a schedule lies
  // ahead unless a verb before it, or in its own clause after it, says otherwise ("Starting Monday, the plant closed").
  if (STARTING_WORDS.has(tokens[from - 1]?.lower ?? '')) {
    // (Fronted, "Starting Monday, ...", it frames the clause after its comma.)
    const fronted = from < 2 || isBoundary(tokens, from - 2) || tokens[from - 1]?.newline === true;
    return nearestCue(tokens, from, to, !fronted) ?? 'future';
  }
  const found = nearestCue(tokens, from, to);
  if (found) return found;
  // With no verb to go by, a deadline preposition right before the date decides ("... by Jan. 14").
  const before = tokens[from - 1];
  if (before && DEADLINE_WORDS.has(before.lower)) return 'future';
  return null;
}

/** Words of a schedule's start right before its date ("starting Wednesday", "beginning June 1"). */
const STARTING_WORDS = new Set(['starting', 'beginning', 'commencing']);

/** Verbs of committing to a thing by a deadline ("promised the fund new taxes by June"). */
const COMMITMENT_VERBS = new Set([
  'promise', 'promises', 'promised', 'pledge', 'pledges', 'pledged', 'vow', 'vows', 'vowed', 'commit', 'commits', 'committed',
  'undertook', 'demand', 'demands', 'demanded', 'order', 'orders', 'ordered',
]);

/** How many words before a deadline's "by" its commitment verb may stand ("promised the fund new taxes on retailers by"). */
const COMMITMENT_REACH = 8;

/** The first tense cue left of `at` (within its clause) is a verb of commitment. */
function committedBefore(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1, steps = 0; index >= 0 && steps < COMMITMENT_REACH; index--, steps++) {
    const token = tokens[index];
    if (!token || isBoundary(tokens, index) || token.text === ',' || token.newline) return false;
    if (COMMITMENT_VERBS.has(token.lower)) return !ADJECTIVE_BEFORE.has(tokens[index - 1]?.lower ?? '');
    if (cueOf(tokens, index, at - index, true)) return false;
  }
  return false;
}

/** Verbs that report speech: a date in the clause they introduce takes the tense of that clause. */
const REPORTING_VERBS = new Set(['said', 'says', 'added', 'noted', 'warned', 'announced', 'confirmed', 'predicted']);

/** Words between a reporting verb and a date that still attach the date to the reporting ("said late on Friday that"). */
const ATTACHING_WORDS = new Set(['on', 'at', 'in', 'late', 'early', 'earlier', 'later', 'that', 'this', 'last', 'by', 'from', 'during', 'before', 'after', 'until', 'since']);

/** A subject stands between the reporting verb and the date: some word other than a preposition or "that". */
function reportedSubjectBetween(tokens: readonly Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.kind === 'word' && !ATTACHING_WORDS.has(token.lower)) return true;
  }
  return false;
}

/**
 * The tense cue to the right of an expression up to the end of its clause (a comma ends it, and so does "that": "said
 * outside the court on Monday that ..." is the day of the saying).
 */
function clauseCueRight(tokens: readonly Token[], to: number): Orientation {
  for (let index = to, steps = 0; index < tokens.length && steps < WINDOW; index++, steps++) {
    const token = tokens[index];
    if (!token || isBoundary(tokens, index) || token.newline || token.text === ',' || token.lower === 'that') return null;
    const cue = cueOf(tokens, index, 0, true);
    if (cue) return cue;
  }
  return null;
}

/**
 * Verbs of a state that went on up to a date ("stayed shut until Friday", "remained in custody until Monday"); in the
 * past they tell of a span already over, where a deferral ("postponed until Tuesday") points ahead.
 */
const LASTING_PAST = new Set(['stayed', 'remained', 'lasted', 'continued', 'waited', 'kept', 'held', 'lived', 'worked', 'served', 'ran', 'went']);

/**
 * "had kept the site secret until Thursday", "the road stayed shut until Friday": the clause of an "until" at `at` is
 * in the past perfect, or a lasting verb in the simple past, so the date it runs to has come.
 */
function lastedUntil(tokens: readonly Token[], at: number): boolean {
  for (let index = at - 1, steps = 0; index >= 0 && steps < WINDOW; index--, steps++) {
    const token = tokens[index];
    if (!token || isBoundary(tokens, index) || token.text === ',' || token.newline) return false;
    // ("They had until Friday to reply": "had" before "until" is the time given, a deadline.)
    if (token.lower === 'had' && index === at - 1) return false;
    if (token.lower === 'had' || LASTING_PAST.has(token.lower)) return !MODALS.has(tokens[index - 1]?.lower ?? '');
    if (cueOf(tokens, index, at - index, true)) return false;
  }
  return false;
}

function nearestCue(tokens: readonly Token[], from: number, to: number, rightInClause = false): Orientation {
  // "postponed until Tuesday morning": "until" right before the date outweighs the verb (not "Until Tuesday, they
  // had ...", where it opens the sentence).
  const before = tokens[from - 1];
  if (before && (before.lower === 'until' || before.lower === 'till') && before.text === before.lower) return lastedUntil(tokens, from - 1) ? 'past' : 'future';
  // "payable Dec. 7", "effective Feb. 1", "due March 3": words that schedule the date right after them (also across
  // a preposition: "payable on Dec. 7", "effective from Feb. 1").
  if (before && SCHEDULING.has(before.lower)) return 'future';
  if (before && SCHEDULED_VIA.has(before.lower) && SCHEDULING.has(tokens[from - 2]?.lower ?? '')) return 'future';
  let sameClause = true;
  for (let index = from - 1, steps = 0; index >= 0 && steps < WINDOW; index--, steps++) {
    const token = tokens[index];
    if (!token) break;
    if (isBoundary(tokens, index)) break;
    if (token.text === ',') sameClause = false;
    const cue = cueOf(tokens, index, from - index, sameClause);
    if (cue) {
      // "The forecaster said temperatures on Friday night would stay high": a date inside reported speech goes with
      // the verb of that speech, on its right, not with "said" ("said on Friday that ..." keeps "said").
      if (cue === 'past' && sameClause && REPORTING_VERBS.has(token.lower) && reportedSubjectBetween(tokens, index + 1, from)) {
        const inner = clauseCueRight(tokens, to);
        if (inner) return inner;
      }
      return cue;
    }
    if (token.newline) break;
  }
  if (rightInClause) return clauseCueRight(tokens, to);
  for (let index = to, steps = 0; index < tokens.length && steps < WINDOW; index++, steps++) {
    const token = tokens[index];
    if (!token || isBoundary(tokens, index) || token.newline) break;
    const cue = cueOf(tokens, index, 0, true);
    if (cue) return cue;
  }
  return null;
}
