/**
 * The compiled lexicon of the extract stage: its type (`Compiled`, which index.ts `compile`
 * makes), and the words of its list patterns in a text (`words`, `hasWord`), served from the
 * body scans of the source being read where a pattern is one of the lists scanned over the whole
 * body (`bodyPatterns`, scan.ts) and scanned on the text itself otherwise.
 */
import type { Qualifier } from '../shared/schema.ts';
import type { Metric } from '../shared/lexicon.ts';
import type { AttributionWords } from './names.ts';
import type { TableWords } from './tables.ts';
import type { BodyScans } from './scan.ts';
import { nextMatch, type NumberGrammar } from './numbers.ts';

export interface Mention<T> {
  start: number;
  end: number;
  value: T;
}

export type QualifierCue = Qualifier | 'result';

export interface Compiled {
  grammar: NumberGrammar;
  metrics: Map<string, Metric>;
  /** Metrics that are the total of another ("registered voters" in "6.3 million out of 12 million"). */
  totals: Set<string>;
  /** Per unit class ('%' or 'count'): the metric of a number with no cue that is given to a party. */
  fallback: Map<string, string>;
  /** A count metric → the per-cent metric that is its share (`count_metric`: ballots cast → turnout). */
  shareOfCount: Map<string, string>;
  /** The share metric whose whole a metric is (`total` of a per-cent metric: registered voters → turnout). */
  shareOfWhole: Map<string, string>;
  metricCues: Map<string, string[]>;
  /** "cue|metric" of the cues that count for a metric only after a figure of its unit (`context_cues`). */
  contextCues: Set<string>;
  /** "cue|metric" of the cues that count for a metric only for a number followed by a noun of its unit (`unit_cues`). */
  unitCues: Set<string>;
  /** Metric id → the keys of its cues of a loss (`negative_cues`). */
  negativeCues: Map<string, Set<string>>;
  /** Per metric with `trailing_cues`: those words before a name (up to 60 characters of words between: "over the young businessman Bo Berg"). */
  trailingRe: Map<string, RegExp>;
  /** Keys of the cues of a gain that also mean "won" (`obtained_cues`), of every metric. */
  obtainedCues: Set<string>;
  /** The `…Re` patterns of word lists are `wordsRe`: read them with `words` or `hasWord`. */
  metricRe: RegExp;
  /** Nouns that name a unit right after a number ("98 seats", "281 candidates"). */
  unitRe: RegExp;
  /** The same unit nouns anywhere in a text ("gained one seat for a new total of 15"). */
  unitAnywhereRe: RegExp;
  /** A word of an election's kind right after a number, before its unit noun ("19 presidential candidates"). */
  electionKindRe: RegExp;
  unitOf: Map<string, string>;
  /** Unit nouns that narrow the metric only when no other cue is in the clause ("69 people"). */
  weakUnits: Set<string>;
  /** Unit → its generic metric. */
  genericOf: Map<string, string>;
  entityOf: Map<string, string>;
  /** Keys of name forms derived from the lexicon's (a surname, "Greens"): they match only when written with a capital. */
  capitalOnly: Set<string>;
  /** Entity id → kind (party, group, place). */
  entityKind: Map<string, string>;
  /** Entity id → the other one of its kind, for kinds the lexicon has exactly two of (yes and no). */
  otherOf: Map<string, string>;
  entityRe: RegExp;
  foreignRe: RegExp;
  /** "it", "the party", "he": words that stand for a name named before, with the kinds they stand for. */
  referenceRe: RegExp;
  referenceKinds: Map<string, string[]>;
  /** `references_before`: references that reach no number before them. */
  referenceBefore: Set<string>;
  /** Other bodies than the one elected ("the Senate"). */
  otherBodyRe: RegExp;
  /** The chamber's name right before its size: "the parliament has ", "LOWER HOUSE (". */
  chamberSizeRe: RegExp;
  /** Right after a count (and its unit noun): the chamber or the election it was won in ("seats in the 63-seat parliament", "in the Nov. 30 vote"). */
  wonInRe: RegExp;
  /** After "there are" and a count: its unit noun, then the chamber or "in total" ("there are 179 seats in the parliament"). */
  chamberInRe: RegExp;
  /** "lower house of ": the chamber before "of" and its size, with only its unit noun after (`CLOSED_UNIT`). */
  chamberOfRe: RegExp;
  /** A chamber's name anywhere (the general words and the event's names). */
  chamberAnywhereRe: RegExp;
  /** A word of winning or comparing between two names ("beat", "ahead of"). */
  contrastVerbRe: RegExp;
  /** The words of flattened tables' headers (`tables`). */
  tableWords: TableWords;
  attribution: AttributionWords;
  /** Lower-cased words that are no names ("the", "turnout", "seats", months): for unknown names. */
  notNames: Set<string>;
  qualifierOf: Map<string, QualifierCue>;
  qualifierRe: RegExp;
  historicalRe: RegExp;
  heldBeforeRe: RegExp;
  countProjection: Set<string>;
  /** `qualifiers.projected`: words of a count's projection, a count in progress (`countProjected`). */
  projected: Set<string>;
  /** `qualifiers.leads`: cues of a lead ("leads with"), a count in progress except in an article of an exit poll. */
  leads: Set<string>;
  /** `qualifiers.latest`: words of the newest report ("the latest report"), step 4 unless the frame settled the count. */
  latestRe: RegExp | null;
  /** `qualifiers.base_before`, then up to four words, right before a year or earlier-election words. */
  baseBeforeRe: RegExp;
  /** `qualifiers.now`: words that end an earlier year's stretch of a sentence. */
  nowRe: RegExp | null;
  continuationRe: RegExp;
  /** Words that stand for the figure named last ("it was", "the figure"): `numbers.figure_references`. */
  figureRefRe: RegExp;
  /** Words after a number (or its unit noun) that compare it with an earlier election. */
  comparedRe: RegExp | null;
  /** The document qualifiers, in the lexicon's order. */
  documentQualifiers: Qualifier[];
  /** Every document cue as one pattern, and each cue's place in `documentQualifiers` (the first wins a tie). */
  documentRe: RegExp;
  documentRank: Map<string, number>;
  /** `qualifiers.pending`, and `qualifiers.hedges` as the end of the text before a cue. */
  pendingRe: RegExp | null;
  hedgeRe: RegExp | null;
  /** `qualifiers.count_to_come` as the end of the text before a cue of a count in progress. */
  countToComeRe: RegExp | null;
  /** `qualifiers.count_done`: a count word, and the words that say it is done. */
  countWordRe: RegExp | null;
  countDoneRe: RegExp | null;
  countRemainingRe: RegExp | null;
  /** `qualifiers.count_except`: words of an exception that leave a part of the count out. */
  countExceptRe: RegExp | null;
  /** `qualifiers.count_sources`: the authority that counts, named as a sentence's source. */
  countSourceRe: RegExp | null;
  /** `qualifiers.reserved` around a seat noun (`units.seats`): seats set aside by the rules (`reservedSeats`). */
  reservedRe: RegExp | null;
  /** `qualifiers.declared`: a verb of declaring and its objects (the winner). */
  declaredVerbRe: RegExp | null;
  declaredObjectRe: RegExp | null;
  /** `qualifiers.declared.wins` and `says`: words of winning, and verbs of saying an authority names a winner with. */
  declaredWinRe: RegExp | null;
  declaredSayRe: RegExp | null;
  /** A number right after a word, maybe after a bound word of `numbers` ("about", "more than", "nearly") or "just"/"only": digits or a number word of `numbers.words`. */
  numberNextRe: RegExp;
  /** `qualifiers.declared.confirms` and `confirmers`: verbs of confirming, and the authorities that confirm with them. */
  confirmVerbRe: RegExp | null;
  confirmerRe: RegExp | null;
  /** `qualifiers.provisional`: words shortly before a final cue that make it preliminary. */
  provisionalRe: RegExp | null;
  /** A word of `qualifiers.provisional` before a result noun or count word, up to two words between ("unofficial results", "the preliminary vote count"): the decision list's step 3. */
  provisionalResultRe: RegExp | null;
  /** `qualifiers.to_come`: phrases of a result still to come. */
  toComeRe: RegExp | null;
  /** Keys of `qualifiers.bare_counts`: count cues that are a count not complete only beside a part counted (`bareCount`). */
  bareCounts: Set<string>;
  /** A word of `qualifiers.final_words` before a result noun or count word, up to two words between ("the official vote count", "certified results"): step 6. */
  finalResultRe: RegExp | null;
  /** `numbers.progress.units` right after a number ("3,111 precincts"): what a count goes through. */
  progressUnitRe: RegExp | null;
  /** `numbers.progress.verbs` right after a count's unit ("polling stations reporting", "… have been counted"): the count is how far the counting has got. */
  progressDoneRe: RegExp | null;
  /** `numbers.progress.before` right before a count ("results from 3,110 of 3,111 polling stations"). */
  progressLeadRe: RegExp | null;
  /** `numbers.progress.counted` right after a number, then a verb of `numbers.progress.verbs` ("156 constituencies reporting", "2,300 districts counted"). */
  progressCountedRe: RegExp | null;
  /** A word of `qualifiers.complete_words` before a result noun or count word ("full results"): step 5. */
  completeResultRe: RegExp | null;
  /** A word of `qualifiers.partial_words` before a result noun or count word ("the latest data", "initial results"): step 4. */
  partialResultRe: RegExp | null;
  /** The result nouns and count words alone: a sentence without one holds none of the four phrases above (`stagePhraseRe`), which are then not scanned. */
  resultNounRe: RegExp;
  /** `qualifiers.count_all`: words before the votes of a count cue that make the count complete. */
  countAllRe: RegExp | null;
  /** `qualifiers.result_nouns`, lower-cased: a cue ending in one names the result itself. */
  resultNouns: Set<string>;
  electionWordRe: RegExp;
  /** The election nouns anywhere in a text ("The last election … was held"). */
  electionNounRe: RegExp;
  /** `qualifiers.held_verbs`: a sentence with one tells of an election being held (null: none given). */
  heldVerbRe: RegExp | null;
  /** `qualifiers.law_before` right before a year: a law's year, dating no number (null: none given). */
  lawBeforeRe: RegExp | null;
  /** An election noun that dates the year after it ("election of October 21, 2019", "elections held in 2019"). */
  electionOfRe: RegExp;
  /** `qualifiers.rounds`: words of the first round, of a later round, and that put a later round ahead (null: none given). */
  earlierRoundRe: RegExp | null;
  laterRoundRe: RegExp | null;
  roundAheadRe: RegExp | null;
  /** Words before a number that make it no figure unless a unit noun follows ("aged 65"). */
  otherBeforeRe: RegExp;
  /** A supposed case opened before a number in its clause (`numbers.hypothetical`): "even if all the votes (947,000) were added". */
  hypotheticalRe: RegExp;
  /** How a poll was made, right before a number (`numbers.poll_method`, `pollMethod`). */
  pollMethodRe: RegExp;
  /** "Of the 46 candidates who …, ": a sentence opened by a set of candidates, up to a comma before the number (`candidatePart`). */
  candidateSetRe: RegExp;
  /** A verb of crossing or staying and a side right before a per-cent number: a bound, no figure (`numbers.bound_before`). */
  boundBeforeRe: RegExp;
  /** A verb of winning or losing right before a number, up to two words between (`numbers.alone_after`: "winning 7 seats", "to win 135 seats"). */
  wonBeforeRe: RegExp;
  /** `numbers.contested_before` right before a number (up to "the"): the seats contested, the whole. */
  contestedRe: RegExp;
  /** Words before a count of votes that make it a winning margin, no figure ("won by 6,553 votes"). */
  marginBeforeRe: RegExp;
  /** Words after a count (and its unit noun) that make it a margin, no figure ("seven seats short"). */
  marginAfterRe: RegExp;
  /** `numbers.margin_subject`: a margin noun, then in its clause a verb right before the count. */
  marginSubjectRe: RegExp;
  /** `numbers.won_before`, then up to three words, right before a count. */
  wonCountRe: RegExp;
  /** Words after a share or points that make them a difference ("14% lower than"). */
  differenceRe: RegExp;
  /** `numbers.count_change_before` right before a count (past an article and one word: "a record addition of"). */
  countChangeBeforeRe: RegExp;
  /** `numbers.count_change_after` right after a count or its unit noun ("184,584 less"). */
  countChangeAfterRe: RegExp;
  /** `numbers.stage_base`: a counting stage as the base of a change ("from election night"). */
  stageBaseRe: RegExp | null;
  /** "2,153,613 valid votes", "Valid votes: 2,153,613": the total of valid votes, no figure. */
  validAfterRe: RegExp;
  validBeforeRe: RegExp;
  /** The per-cent words ("%", "per cent") anywhere in a text: a table column named so holds shares. */
  percentWordRe: RegExp;
  year: number | null;
  previous: number | null;
  /** The day of the election's later round (`election.second_round`), or null: the election has one round. */
  secondRound: string | null;
  /** The chamber's seats (`election.seats`), for shares of it. */
  seats: number | null;
  /** Count unit → the metric of a share of the chamber in that unit (`share_of`). */
  shareOf: Map<string, string>;
  /** A metric → the metric of its changes (`change_of` read backwards: vote share → its change in points). */
  changeOf: Map<string, string>;
  /** Years of earlier elections; empty means any year other than `year`. */
  earlier: Set<number>;
  /** The generic metrics' `whole_cues` ("in total", "aggregate"), or null. */
  wholeRe: RegExp | null;
  /** Coalition id → its member parties (`members`, else the parties its name and aliases name). */
  membersOf: Map<string, Set<string>>;
  /** Metrics of a lead written as a comparison (`side_ahead`, `side_behind`, `side_verbs`, `rivals`), each word list as a pattern. */
  sides: { metric: Metric; ahead: RegExp; behind: RegExp; verbs: RegExp; rivals: RegExp }[];
  /** Metrics of points with `points_nouns`: the noun before "of" and a per-cent number, or right after one ("an increase of 2.7%", "a 1.4% loss"). */
  pointsNouns: { id: string; before: RegExp; after: RegExp }[];
  /** Metric id → its `judged_by` words, anywhere in a text. */
  judgedBy: Map<string, RegExp>;
  /** Metrics with `head_nouns`: the noun right after "the" and a count, and right before a count. */
  headNouns: { id: string; after: RegExp; before: RegExp; bound: RegExp | null }[];
  /** `coalitions.plural` and `coalitions.apart`. */
  pluralRe: RegExp;
  /** The words for the sides of a list (`tables.names`: "parties", "candidates"). */
  sidesWordRe: RegExp;
  apartRe: RegExp;
}

/** The list patterns scanned over the whole body of a source (index.ts `BODY_LISTS`). */
export const bodyPatterns = new WeakSet<RegExp>();

/** The body scans of the source being read (`readSource` sets them). */
let bodyScans: BodyScans | null = null;
/** Sets the body scans of the source `readSource` reads now. */
export function readingBody(scans: BodyScans): void {
  bodyScans = scans;
}

/** Case-insensitive, as the patterns whose start it guards. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/iu;
export const startsWord = (before: string) => !LETTER_OR_DIGIT.test(before);
/** A guard that takes every match (a pattern that is no list of words). */
export const anywhere = () => true;

/**
 * The words of a `wordsRe` pattern in `text`, each with its value (those without one are left out).
 * `guard` (whether a match may follow the character before it) is the start of a word unless told.
 */
export function words<T>(re: RegExp, text: string, value: (s: string) => T | undefined, guard: (before: string) => boolean = startsWord): Mention<T>[] {
  const out: Mention<T>[] = [];
  const spans = bodyScans && bodyPatterns.has(re) ? bodyScans.matches(re, text, guard) : undefined;
  if (spans) {
    for (const [start, end] of spans) {
      const v = value(text.slice(start, end));
      if (v !== undefined) out.push({ start, end, value: v });
    }
    return out;
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = nextMatch(re, text, guard))) {
    const v = value(m[0]);
    if (v !== undefined) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  }
  return out;
}

/** Whether `text` holds a word of a `wordsRe` pattern. */
export function hasWord(re: RegExp, text: string): boolean {
  const spans = bodyScans && bodyPatterns.has(re) ? bodyScans.matches(re, text, startsWord, true) : undefined;
  if (spans) return spans.length > 0;
  re.lastIndex = 0;
  return nextMatch(re, text, startsWord) !== null;
}
