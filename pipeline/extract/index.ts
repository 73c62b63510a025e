/**
 * Stage 2, extract: corpus → claims. Every figure an article states, as a claim with the
 * metric it measures, the party or place it belongs to, its value as stated (exact, about,
 * a bound or a range, with the precision of its last digit), its qualifier and the election
 * it is about, and the exact sentence it stands in.
 *
 * Pure: the domain knowledge (party aliases, metric and qualifier cue words, number words)
 * comes from the lexicon, compiled once into regular expressions (`compile`). Each sentence is
 * read once; the work per sentence grows with its numbers and cue words, not with the body.
 *
 * How one number becomes a claim (per sentence, numbers in reading order):
 *
 * 1. `numbers.ts` finds the numbers; years, dates, durations, compounds ("23-hour"), money,
 *    ratios, fractions, parts ("three of them") and counts of other things ("41 countries")
 *    are never claims (the analyst's report lists them, with why).
 * 2. Anchors: a year of an earlier election next to a number ("71.09% in January 2021"),
 *    naming an election anywhere in the sentence ("At the 2007 elections, … 98 seats") or
 *    opening it ("In 2021, Unity won 71.09% and 76 seats": every number after it), and
 *    the words for an earlier parliament ("the previous Veldrath") make the nearest number
 *    historical; a foreign place ("Canada, which averages 54 percent") drops the nearest. A
 *    sentence that introduces an earlier election ("The last election was held in 2017.", "In
 *    the previous election, …") makes the sentences after it in its paragraph historical too.
 *    In an article about a run-off, the first round's figures are unspecified (`aboutLaterRound`).
 * 3. Metric, of the right unit class (per cent or a count), the first of: in a table row, the
 *    cue of the cell's column header; a cue that is the number's head noun ("threshold of 5%"); a cue or count noun right after it ("281
 *    candidates"); the metric of the figure it is a part of ("of whom 239"); the nearest
 *    cue after the number in its clause, then before it (for "X out of Y", before first);
 *    "the remaining seven seats": the metric of the figure before; a list going on with
 *    another party ("Amanat won 23 and independents six"); a generic metric's cue (seats);
 *    the metric of the figure before it in the paragraph ("Auyl (10.9%), Respublica
 *    (8.59%)"); a party's per-cent figure with no cue at all: the fallback (vote share).
 *    Taken-over metrics must suit the entity kind next to the number.
 * 4. Entity, of a kind the metric allows: the nearest before the number in its clause, else
 *    after it, else that of the same metric's figure before it in the sentence, else one
 *    named shortly before; `national` when there is none, or when the number is a whole
 *    ("Of the 29 single-mandate seats, …").
 * 5. Qualifier: historical for anchored numbers; a metric's fixed qualifier (threshold:
 *    rule) or the one for its national figures (the chamber's 98 seats: rule); else `rule`
 *    when the sentence describes the electoral system; else the nearest qualifier cue
 *    before the number in the sentence, else one just after it in its clause. Where that cue
 *    names a result's stage, or there is none and the figure is a result, the stage is the
 *    corpus README's decision list (stage.ts): the stage words of the figure's own sentence,
 *    else those of the current frame (the nearest sentence before it, headline first, that
 *    states a stage), step by step: preliminary words, then a count not complete (interim),
 *    a complete count (preliminary), final words or a winner declared (final), else
 *    unspecified. A time of day is a snapshot (interim) of its own.
 *
 * Beside this file: the compiled lexicon's type and the words of its lists in a text
 * (compiled.ts: `Compiled`, `words`, `hasWord`), the moment of a result (moment.ts: `momentOf`,
 * `asOfClaim`), the qualifier of a claim from its cues and its sentence's stage (qualifier.ts:
 * `qualifierFor`, `stageWhy`), and the analyst's report of `make claims` (report.ts: the
 * numbers that became no claim, and why).
 */
import type { Claim, Corpus, IngestedSource, Qualifier } from '../shared/schema.ts';
import * as msg from '../shared/messages.ts';
import { diagnostic, type Diagnostic } from '../shared/errors.ts';
import { countryNames, type Lexicon, type Metric } from '../shared/lexicon.ts';
import { attribution as attributionOf, capitalisedNames, nearestAlias } from './names.ts';
import { NameMemory, contrastSides, eachOf, leaders, linkedAfter, numberCell, outsideParentheses, parenthesised, relativeClauses, respectively, tableCells, withoutGlosses, type Relative, type Span } from './structure.ts';
import { definedAbbreviation, entityForms, fold } from './aliases.ts';
import { compileTableWords, tablePieces, type FlatRow } from './tables.ts';
import { Frames, NO_WORDS, joinWords, snapshotOf, stageOf, type StageWords } from './stage.ts';
import { BodyScans, listStarts } from './scan.ts';
import { anywhere, bodyPatterns, hasWord, readingBody, startsWord, words, type Compiled, type Mention, type QualifierCue } from './compiled.ts';
import { DIGITS_OF, asOfClaim, countGoesOn, countNamings, momentOf, pollingHour, type Moments } from './moment.ts';
import { COUNT_STATUS, HEADLINE_AT, POLL_CUES, STAGE_CUES, countProjected, introCue, projectsCount, qualifierFor, stageWhy, type SentenceStage } from './qualifier.ts';
import { FROM_TO_LINK, WordStartRegExp, alternation, compileGrammar, findQuantities, MODIFIER_WORD, norm as key, signedChange, type NumberGrammar, type Quantity } from './numbers.ts';

const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const cache = new WeakMap<Lexicon, Compiled>();

/**
 * A list of words or phrases as one pattern, read with `words` (or `hasWord`): a match counts
 * only at the start of a word, where no letter or digit stands before it (see `nextMatch`).
 */
function wordsRe(list: Iterable<string>): RegExp {
  // The ASCII guard lets V8 skip the positions inside a word at once (most positions are); the
  // whole guard is tested in code on each match (`nextMatch`, `startsWord`).
  const phrases = [...list];
  const source = `(?<![A-Za-z0-9])(?:${alternation(phrases)})${E}`;
  const known = listsBySource.get(source);
  if (known) return known;
  const re = new RegExp(source, 'giu');
  listPatterns.add(re);
  listStarts(re, phrases);
  if (listsBySource.size >= LISTS_KEPT) listsBySource.clear();
  listsBySource.set(source, re);
  return re;
}
/**
 * The list patterns built so far, by their source: lexicons of several events (a corpus, the
 * tests) share most of their lists, and one pattern object per list lets V8 compile it once.
 * A pattern is read from its start each time (`words`, `hasWord` set `lastIndex`), so sharing
 * it changes no match. Bounded: cleared when full.
 */
const listsBySource = new Map<string, RegExp>();
const LISTS_KEPT = 4096;

/**
 * The number grammar of a lexicon's `numbers`, one per content: event lexicons mostly keep the
 * general numbers, so their grammars (and the large number pattern V8 compiles) are shared. The
 * grammar is a pure function of `numbers`, read and never changed. Bounded as `listsBySource`.
 */
function grammarOf(n: Lexicon['numbers']): NumberGrammar {
  const id = JSON.stringify(n);
  let g = grammars.get(id);
  if (!g) {
    if (grammars.size >= GRAMMARS_KEPT) grammars.clear();
    grammars.set(id, (g = compileGrammar(n)));
  }
  return g;
}
const grammars = new Map<string, NumberGrammar>();
const GRAMMARS_KEPT = 64;

/**
 * The other patterns of a compiled lexicon (its fields, and those of the objects it holds), one
 * object per class, flags and source, as the lists (`listsBySource`): the lexicons of several
 * events then share what they have in common. Each is read from its start each time, so sharing
 * changes no match; a list pattern is left as `wordsRe` made it.
 */
function sharePatterns(c: Compiled): void {
  const share = (o: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(o)) {
      if (!(v instanceof RegExp) || listPatterns.has(v)) continue;
      const id = `${v.constructor.name} ${v.flags} ${v.source}`;
      const known = patternsBySource.get(id);
      if (known) o[k] = known;
      else {
        if (patternsBySource.size >= LISTS_KEPT) patternsBySource.clear();
        patternsBySource.set(id, v);
      }
    }
  };
  share(c as unknown as Record<string, unknown>);
  for (const v of Object.values(c)) if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) share(v as Record<string, unknown>);
}
const patternsBySource = new Map<string, RegExp>();
/** The patterns of `wordsRe`: only such a pattern's scan of a sentence may come from its body's (scan.ts). */
const listPatterns = new WeakSet<RegExp>();
/**
 * The lists read on (nearly) every sentence, by the stage frames and `readSentence`: each is
 * scanned over the whole body once (scan.ts). A list read on some sentences only is scanned on
 * those: a body scan would cost more than it saves.
 */
const BODY_LISTS = [
  'metricRe',
  'entityRe',
  'qualifierRe',
  'historicalRe',
  'documentRe',
  'countWordRe',
  'declaredVerbRe',
  'toComeRe',
  'resultNounRe',
  'laterRoundRe',
] as const satisfies readonly (keyof Compiled)[];
function scannedWhole(c: Compiled): Compiled {
  for (const k of BODY_LISTS) {
    const re = c[k];
    if (re && listPatterns.has(re)) bodyPatterns.add(re);
  }
  return c;
}

/**
 * The scans that several rules read on one sentence (its metric cues, its names, its results still
 * to come), each made once per text: kept per pattern until the next source (`readSource` clears
 * them, so they stay bounded by one source). A pattern is always read with the same values (its
 * `Compiled`'s), so its text alone tells the scan. Each caller gets its own array.
 */
const scans = new Map<RegExp, Map<string, Mention<unknown>[]>>();
function scanOnce<T>(re: RegExp, text: string, value: (s: string) => T | undefined): Mention<T>[] {
  let byText = scans.get(re);
  if (!byText) scans.set(re, (byText = new Map()));
  let found = byText.get(text) as Mention<T>[] | undefined;
  if (!found) byText.set(text, (found = words(re, text, value)));
  return found.slice();
}
/** The metric cues in `text`, each with the metrics it names. */
const metricMentions = (c: Compiled, text: string) => scanOnce(c.metricRe, text, (s) => c.metricCues.get(key(s)));
/** The names of the lexicon in a folded text (`fold`), each with its entity. */
const nameMentions = (c: Compiled, folded: string) => scanOnce(c.entityRe, folded, (s) => entityOfMatch(c, s));

/** The lexicon's words as regular expressions, compiled once per lexicon object. */
export function compile(lexicon: Lexicon): Compiled {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const metricCues = new Map<string, string[]>();
  const contextCues = new Set<string>();
  const unitCues = new Set<string>();
  for (const m of lexicon.metrics) {
    for (const c of m.cues) metricCues.set(key(c), [...(metricCues.get(key(c)) ?? []), m.id]);
    for (const c of m.context_cues) {
      metricCues.set(key(c), [...(metricCues.get(key(c)) ?? []), m.id]);
      contextCues.add(`${key(c)}|${m.id}`);
    }
    for (const c of m.unit_cues) {
      metricCues.set(key(c), [...(metricCues.get(key(c)) ?? []), m.id]);
      unitCues.add(`${key(c)}|${m.id}`);
    }
  }
  const unitOf = new Map<string, string>();
  for (const [unit, nouns] of Object.entries(lexicon.units)) for (const w of nouns) if (!unitOf.has(key(w))) unitOf.set(key(w), unit);
  for (const w of memberNouns(lexicon)) if (!unitOf.has(key(w))) unitOf.set(key(w), 'seats');
  const notNames = new Set(
    [
      ...lexicon.not_names,
      ...lexicon.metrics.flatMap((m) => m.cues),
      ...Object.values(lexicon.units).flat(),
      ...Object.values(lexicon.qualifiers.cues).flat(),
      ...lexicon.numbers.months,
      ...Object.keys(lexicon.numbers.words),
      ...lexicon.foreign.flat(),
      ...lexicon.other_bodies,
      ...(lexicon.election?.chamber ?? []),
      ...Object.keys(lexicon.references),
      ...countryNames(lexicon),
    ].flatMap((w) => w.toLowerCase().replace(/[’]/g, "'").split(/\s+/)),
  );
  // Every alias folded (accents, dashes, quotes), split at a bracketed abbreviation, and the
  // short forms of names (a candidate's own names, "Greens" for "Green Party"): see aliases.ts.
  const { forms: entityOf, capitalOnly } = entityForms(lexicon.entities, key, notNames, lexicon.name_heads);
  const qualifierOf = new Map<string, QualifierCue>();
  const cues = lexicon.qualifiers.cues;
  for (const q of ['exit_poll', 'forecast', 'estimate', 'rule', 'interim', 'recount', 'preliminary', 'final', 'historical', 'result'] as const) {
    for (const c of cues[q]) if (!qualifierOf.has(key(c))) qualifierOf.set(key(c), q);
  }
  // Every name of a chamber (the general lexicon's and this election's), as one alternation for the chamber patterns below.
  const chamberNames = alternation([...lexicon.chambers, ...(lexicon.election?.chamber ?? [])]);
  const compiled: Compiled = {
    grammar: grammarOf(lexicon.numbers),
    metrics: new Map(lexicon.metrics.map((m) => [m.id, m])),
    totals: new Set(lexicon.metrics.flatMap((m) => (m.total && m.total !== m.id ? [m.total] : []))),
    fallback: new Map(lexicon.metrics.filter((m) => m.fallback).map((m) => [m.unit === '%' ? '%' : 'count', m.id])),
    shareOfCount: new Map(lexicon.metrics.filter((m) => m.count_metric).map((m) => [m.count_metric!, m.id])),
    shareOfWhole: new Map(lexicon.metrics.filter((m) => m.total && m.unit === '%').map((m) => [m.total!, m.id])),
    headNouns: lexicon.metrics
      .filter((m) => m.head_nouns.length)
      .map((m) => ({
        id: m.id,
        after: new RegExp(`^\\s+(?:${alternation(m.head_nouns)})${E}`, 'iu'),
        before: new WordStartRegExp(`${B}(?:${alternation(m.head_nouns)})\\s*:?\\s+$`, 'iu'),
        bound: m.bound_head_nouns.length ? new RegExp(`${B}(?:${alternation(m.bound_head_nouns)})\\s+$`, 'iu') : null,
      })),
    judgedBy: new Map(lexicon.metrics.filter((m) => m.judged_by.length).map((m) => [m.id, new WordStartRegExp(`${B}(?:${alternation(m.judged_by)})${E}`, 'iu')])),
    pointsNouns: lexicon.metrics
      .filter((m) => m.points_nouns.length || m.points_verbs.length)
      .map((m) => ({
        id: m.id,
        before: new WordStartRegExp(
          String.raw`${B}(?:an?\s+(?:\p{L}+\s+)?(?:${alternation(m.points_nouns.length ? m.points_nouns : ['(?!)'])})\s+of|(?:${alternation(m.points_verbs.length ? m.points_verbs : ['(?!)'])})\s+by)\s+$`,
          'iu',
        ),
        after: new RegExp(String.raw`^\s*(?:${alternation(m.points_nouns.length ? m.points_nouns : ['(?!)'])})${E}`, 'iu'),
      })),
    metricCues,
    contextCues,
    unitCues,
    negativeCues: new Map(lexicon.metrics.map((m) => [m.id, new Set(m.negative_cues.map(key))])),
    trailingRe: new Map(
      lexicon.metrics.filter((m) => m.trailing_cues.length).map((m) => [m.id, new WordStartRegExp(`${B}(?:${alternation(m.trailing_cues)})\\s+(?:[^\\d.;:()]{0,60}\\s)?$`, 'iu')]),
    ),
    obtainedCues: new Set(lexicon.metrics.flatMap((m) => m.obtained_cues.map(key))),
    // A phrase of `not_metric_cues` is matched with no value: leftmost-longest, it hides the cue inside it.
    metricRe: wordsRe([...metricCues.keys(), ...lexicon.not_metric_cues.map(key)]),
    unitOf,
    weakUnits: new Set(lexicon.weak_units.map(key)),
    unitRe: new RegExp(`^\\s*(?:${alternation(unitOf.keys())})${E}`, 'iu'),
    unitAnywhereRe: new WordStartRegExp(`${B}(?:${alternation(unitOf.keys())})${E}`, 'iu'),
    genericOf: new Map(lexicon.metrics.filter((m) => m.generic).map((m) => [m.unit, m.id])),
    entityOf,
    capitalOnly,
    entityKind: new Map(lexicon.entities.map((e) => [e.id, e.kind])),
    otherOf: pairs(lexicon.entities),
    entityRe: wordsRe(entityOf.keys()),
    foreignRe: wordsRe(lexicon.foreign.flat()),
    referenceRe: wordsRe(Object.keys(lexicon.references)),
    referenceKinds: new Map(Object.entries(lexicon.references).map(([w, k]) => [key(w), k])),
    referenceBefore: new Set(lexicon.references_before.map(key)),
    otherBodyRe: wordsRe(lexicon.other_bodies),
    contrastVerbRe: new WordStartRegExp(String.raw`${B}(?:${alternation(lexicon.contrast_verbs)})${E}`, 'iu'),
    tableWords: compileTableWords(lexicon.tables),
    chamberSizeRe: new WordStartRegExp(
      String.raw`${B}(?:${chamberNames})(?:['’]s\s+|(?:['’]s)?(?:\s*\(\s*|(?:\s*,?\s+(?:which|that))?\s+(?:has|had|have|will\s+have|would\s+have|consists\s+of|comprises|to)\s+))$`,
      'iu',
    ),
    wonInRe: new RegExp(
      String.raw`^\s+(?:(?:${alternation(unitOf.keys())})\s+)?in\s+the\s+(?:[\p{L}\p{N}.-]+\s+){0,3}?(?:${alternation([...lexicon.chambers, ...(lexicon.election?.chamber ?? []), ...lexicon.qualifiers.election_words.nouns])})${E}`,
      'iu',
    ),
    chamberOfRe: new WordStartRegExp(String.raw`${B}(?:${chamberNames})\s+of\s+$`, 'iu'),
    chamberAnywhereRe: new RegExp(String.raw`${B}(?:${chamberNames})${E}`, 'iu'),
    chamberInRe: new RegExp(
      String.raw`^\s+(?:(?:${alternation(unitOf.keys())})\s+)(?:in\s+(?:the\s+)?(?:[\p{L}\p{N}.-]+\s+){0,3}?(?:${chamberNames})|in\s+total)${E}`,
      'iu',
    ),
    attribution: {
      before: wordsRe(lexicon.attribution.before_name),
      after: new RegExp(`(?<![A-Za-z0-9])(?:${alternation(lexicon.attribution.after_name)})${E}`, 'gu'),
      sources: wordsRe(lexicon.attribution.sources),
      guard: startsWord,
    },
    notNames,
    qualifierOf,
    // Phrases that are no cue are read with the cues (leftmost-longest) and have no value: dropped.
    qualifierRe: wordsRe([...qualifierOf.keys(), ...lexicon.qualifiers.not_cues.filter((w) => !qualifierOf.has(key(w)))]),
    historicalRe: wordsRe(lexicon.qualifiers.historical),
    heldBeforeRe: wordsRe(lexicon.qualifiers.held_before),
    countProjection: new Set(lexicon.qualifiers.count_projection.map(key)),
    projected: new Set(lexicon.qualifiers.projected.map(key)),
    leads: new Set(lexicon.qualifiers.leads.map(key)),
    latestRe: lexicon.qualifiers.latest.length ? wordsRe(lexicon.qualifiers.latest) : null,
    nowRe: lexicon.qualifiers.now.length ? new WordStartRegExp(`${B}(?:${alternation(lexicon.qualifiers.now)})${E}`, 'iu') : null,
    baseBeforeRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.qualifiers.base_before)})\\s+(?:[\\p{L}'’-]+\\s+){0,4}$`, 'iu'),
    continuationRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.qualifiers.continuation)})\\s+$`, 'iu'),
    figureRefRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.figure_references)})${E}`, 'iu'),
    comparedRe: lexicon.qualifiers.compared.length ? new RegExp(`^\\s*(?:\\p{L}+\\s+)?(?:${alternation(lexicon.qualifiers.compared)})${E}`, 'iu') : null,
    documentQualifiers: lexicon.qualifiers.document.map((d) => d.qualifier),
    // Phrases that hold a cue but are none ("as of tomorrow", `qualifiers.not_cues`) match here too, with no rank: no document cue.
    documentRe: wordsRe([...lexicon.qualifiers.document.flatMap((d) => d.cues), ...lexicon.qualifiers.not_cues]),
    documentRank: documentRank(lexicon.qualifiers.document),
    resultNouns: new Set(lexicon.qualifiers.result_nouns.map((w) => w.toLowerCase())),
    pendingRe: lexicon.qualifiers.pending.length ? wordsRe(lexicon.qualifiers.pending) : null,
    hedgeRe: lexicon.qualifiers.hedges.length ? new WordStartRegExp(`${B}(?:${alternation(lexicon.qualifiers.hedges)})[\\s\\-‐‑]*$`, 'iu') : null,
    countWordRe: lexicon.qualifiers.count_done.count.length ? wordsRe(lexicon.qualifiers.count_done.count) : null,
    countDoneRe: lexicon.qualifiers.count_done.done.length ? wordsRe(lexicon.qualifiers.count_done.done) : null,
    countRemainingRe: lexicon.qualifiers.count_remaining.length ? wordsRe(lexicon.qualifiers.count_remaining) : null,
    countExceptRe: lexicon.qualifiers.count_except.length ? wordsRe(lexicon.qualifiers.count_except) : null,
    countSourceRe: lexicon.qualifiers.count_sources.length ? wordsRe(lexicon.qualifiers.count_sources) : null,
    reservedRe:
      lexicon.qualifiers.reserved.length && lexicon.units.seats?.length
        ? new RegExp(String.raw`^\s+(?:(?:${alternation(lexicon.qualifiers.reserved)})\s+(?:${alternation(lexicon.units.seats)})|(?:${alternation(lexicon.units.seats)})\s+(?:(?:are|is|were|was|remain|will\s+be)\s+)?(?:${alternation(lexicon.qualifiers.reserved)}))${E}`, 'iu')
        : null,
    declaredVerbRe: lexicon.qualifiers.declared.verbs.length ? wordsRe(lexicon.qualifiers.declared.verbs) : null,
    declaredObjectRe: lexicon.qualifiers.declared.objects.length ? wordsRe(lexicon.qualifiers.declared.objects) : null,
    declaredWinRe: lexicon.qualifiers.declared.wins.length ? wordsRe(lexicon.qualifiers.declared.wins) : null,
    declaredSayRe: lexicon.qualifiers.declared.says.length ? wordsRe(lexicon.qualifiers.declared.says) : null,
    numberNextRe: new RegExp(
      `^\\s+(?:(?:${alternation([...lexicon.numbers.approximate, ...lexicon.numbers.lower_bound, ...lexicon.numbers.upper_bound, 'just', 'only'])})\\s+)?(?:\\d|(?:${alternation(Object.keys(lexicon.numbers.words))})${E})`,
      'iu',
    ),
    confirmVerbRe: lexicon.qualifiers.declared.confirms.length ? wordsRe(lexicon.qualifiers.declared.confirms) : null,
    confirmerRe: lexicon.qualifiers.declared.confirmers.length ? wordsRe(lexicon.qualifiers.declared.confirmers) : null,
    provisionalRe: lexicon.qualifiers.provisional.length ? wordsRe(lexicon.qualifiers.provisional) : null,
    toComeRe: lexicon.qualifiers.to_come.length ? wordsRe(lexicon.qualifiers.to_come) : null,
    bareCounts: new Set(lexicon.qualifiers.bare_counts.map(key)),
    provisionalResultRe: stagePhraseRe(lexicon.qualifiers.provisional, lexicon.qualifiers),
    finalResultRe: stagePhraseRe(lexicon.qualifiers.final_words, lexicon.qualifiers),
    progressUnitRe: lexicon.numbers.progress.units.length ? new RegExp(`^\\s*(?:${alternation(lexicon.numbers.progress.units)})${E}`, 'iu') : null,
    progressDoneRe: lexicon.numbers.progress.verbs.length ? new RegExp(`^\\s*(?:(?:have|has|had)\\s+(?:been\\s+)?|were\\s+|are\\s+|so\\s+far\\s+)?(?:${alternation(lexicon.numbers.progress.verbs)})${E}`, 'iu') : null,
    progressLeadRe: lexicon.numbers.progress.before.length ? new RegExp(`(?:^|[^\\p{L}])(?:${alternation(lexicon.numbers.progress.before)})\\s+(?:the\\s+)?$`, 'iu') : null,
    progressCountedRe:
      lexicon.numbers.progress.counted.length && lexicon.numbers.progress.verbs.length
        ? new RegExp(`^\\s*(?:${alternation(lexicon.numbers.progress.counted)})\\s+(?:(?:have|has|had)\\s+(?:been\\s+)?|were\\s+|are\\s+)?(?:${alternation(lexicon.numbers.progress.verbs)})${E}`, 'iu')
        : null,
    partialResultRe: stagePhraseRe(lexicon.qualifiers.partial_words, lexicon.qualifiers),
    completeResultRe: stagePhraseRe(lexicon.qualifiers.complete_words, lexicon.qualifiers),
    resultNounRe: wordsRe(stageNouns(lexicon.qualifiers)),
    countAllRe: lexicon.qualifiers.count_all.length ? wordsRe(lexicon.qualifiers.count_all) : null,
    countToComeRe: lexicon.qualifiers.count_to_come.length ? new WordStartRegExp(`${B}(?:${alternation(lexicon.qualifiers.count_to_come)})\\s+$`, 'iu') : null,
    // "2021 elections", "2021 Veldrath vote": the election words, with the chamber's names from the lexicon.
    electionWordRe: new RegExp(
      String.raw`^\s*(?:[-‐‑]\s*)?(?:(?:${alternation([...lexicon.qualifiers.election_words.kinds, ...(lexicon.election?.chamber ?? [])])})\s+)?(?:${alternation(lexicon.qualifiers.election_words.nouns)})${E}`,
      'iu',
    ),
    electionNounRe: wordsRe(lexicon.qualifiers.election_words.nouns),
    electionKindRe: new RegExp(String.raw`^\s+(?:${alternation(lexicon.qualifiers.election_words.kinds.length ? lexicon.qualifiers.election_words.kinds : ['(?!)'])})(?=\s)`, 'iu'),
    heldVerbRe: lexicon.qualifiers.held_verbs.length ? wordsRe(lexicon.qualifiers.held_verbs) : null,
    lawBeforeRe: lexicon.qualifiers.law_before.length ? new WordStartRegExp(`${B}(?:${alternation(lexicon.qualifiers.law_before)})\\s+$`, 'iu') : null,
    electionOfRe: new WordStartRegExp(
      String.raw`${B}(?:${alternation(lexicon.qualifiers.election_words.nouns)})\s+(?:of|on|held\s+(?:on|in))\s+(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)?$`,
      'iu',
    ),
    earlierRoundRe: lexicon.qualifiers.rounds.earlier.length ? wordsRe(lexicon.qualifiers.rounds.earlier) : null,
    laterRoundRe: lexicon.qualifiers.rounds.later.length ? wordsRe(lexicon.qualifiers.rounds.later) : null,
    roundAheadRe: lexicon.qualifiers.rounds.ahead.length ? wordsRe(lexicon.qualifiers.rounds.ahead) : null,
    percentWordRe: wordsRe(lexicon.numbers.percent),
    otherBeforeRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.other_before)})\\s+$`, 'iu'),
    candidateSetRe: new RegExp(String.raw`^\s*of\s+(?:the|these|those)\s+\d[\d,.]*\s+(?:\p{L}+\s+)?(?:${alternation(lexicon.units.candidates?.length ? lexicon.units.candidates : ['(?!)'])})${E}[^;]*,\s[^;]*$`, 'iu'),
    pollMethodRe: pollMethodRe(lexicon.numbers.poll_method),
    hypotheticalRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.hypothetical.length ? lexicon.numbers.hypothetical : ['(?!)'])})\\s[^,;:.!?]*$`, 'iu'),
    boundBeforeRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.bound_before.length ? lexicon.numbers.bound_before : ['(?!)'])})\\s+$`, 'iu'),
contestedRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.contested_before.length ? lexicon.numbers.contested_before : ['(?!)'])})\\s+(?:the\\s+)?$`, 'iu'),
        wonBeforeRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.alone_after.length ? lexicon.numbers.alone_after : ['(?!)'])})\\s+(?:\\p{L}+\\s+){0,2}$`, 'iu'),
    differenceRe: new RegExp(`^\\s+(?:(?:${alternation(unitOf.keys())})\\s+)?(?:${alternation(lexicon.numbers.difference_after)})${E}`, 'iu'),
    countChangeBeforeRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.count_change_before.length ? lexicon.numbers.count_change_before : ['(?!)'])})\\s+$`, 'iu'),
    stageBaseRe: lexicon.numbers.stage_base.length ? new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.stage_base)})${E}`, 'iu') : null,
    countChangeAfterRe: new RegExp(`^\\s+(?:(?:${alternation(unitOf.keys())})\\s+)?(?:${alternation(lexicon.numbers.count_change_after.length ? lexicon.numbers.count_change_after : ['(?!)'])})${E}`, 'iu'),
    validAfterRe: new RegExp(`^\\s+(?:${alternation(lexicon.numbers.valid_votes)})${E}`, 'iu'),
    validBeforeRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.valid_votes)})\\s*:\\s*$`, 'iu'),
    marginAfterRe: new RegExp(`^\\s+(?:${alternation(lexicon.numbers.margin_after)})${E}`, 'iu'),
    marginBeforeRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.margin_before)})\\s+$`, 'iu'),
    wonCountRe: new WordStartRegExp(`${B}(?:${alternation(lexicon.numbers.won_before)})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`, 'iu'),
    marginSubjectRe: new WordStartRegExp(
      `${B}(?:${alternation(lexicon.numbers.margin_subject.nouns)})${E}[^.;:!?]{0,80}?${B}(?:${alternation(lexicon.numbers.margin_subject.verbs)})\\s+(?:\\p{L}+ly\\s+|already\\s+|now\\s+|just\\s+)?$`,
      'iu',
    ),
    year: lexicon.election?.year ?? null,
    previous: lexicon.election?.previous ?? null,
    secondRound: lexicon.election?.second_round ?? null,
    seats: lexicon.election?.seats ?? null,
    shareOf: new Map(lexicon.metrics.filter((m) => m.share_of).map((m) => [m.share_of!, m.id])),
    changeOf: new Map(lexicon.metrics.filter((m) => m.change_of).map((m) => [m.change_of!, m.id])),
    earlier: new Set(lexicon.election?.earlier ?? []),
    wholeRe: lexicon.metrics.some((m) => m.whole_cues.length) ? wordsRe(lexicon.metrics.flatMap((m) => m.whole_cues)) : null,
    membersOf: new Map(),
    sides: lexicon.metrics
      .filter((m) => m.side_ahead.length || m.side_behind.length || m.side_verbs.length)
      .map((m) => {
        const alt = (w: string[]) => (w.length ? alternation(w) : '(?!)');
        return {
          metric: m,
          ahead: new RegExp(`^\\s*(?:${alt(m.side_ahead)})\\s+`, 'iu'),
          behind: new RegExp(`^\\s*(?:${alt(m.side_behind)})\\s+`, 'iu'),
          verbs: new WordStartRegExp(`${B}(?:${alt(m.side_verbs)})\\s+$`, 'iu'),
          rivals: new RegExp(`^(?:its|their|his|her|the)\\s+(?:${alt(m.rivals)})${E}`, 'iu'),
        };
      }),
    sidesWordRe: wordsRe(lexicon.tables.names),
    pluralRe: wordsRe(lexicon.coalitions.plural.length ? lexicon.coalitions.plural : ['(?!)']),
    apartRe: wordsRe(lexicon.coalitions.apart.length ? lexicon.coalitions.apart : ['(?!)']),
  };
  compiled.membersOf = coalitionMembers(lexicon.entities, compiled);
  sharePatterns(compiled);
  scannedWhole(compiled);
  cache.set(lexicon, compiled);
  return compiled;
}

/** The result nouns and count words that each phrase of `stagePhraseRe` holds. */
const stageNouns = (q: Lexicon['qualifiers']) => [...q.result_nouns, ...q.count_done.count];

/**
 * Words before a result noun or count word, up to two words between ("unofficial results", "the
 * official vote count"), or after one and a verb of being ("the vote counts are preliminary",
 * "the results remain provisional"), as a `wordsRe` pattern (null: no words).
 */
function stagePhraseRe(lead: string[], q: Lexicon['qualifiers']): RegExp | null {
  if (!lead.length) return null;
  const words = alternation(lead);
  const nouns = alternation(stageNouns(q));
  return new RegExp(
    String.raw`(?<![A-Za-z0-9])(?:(?:${words})\s+(?:[\p{L}-]+\s+){0,2}?(?:${nouns})|(?:${nouns})\s+(?:are|is|were|was|remain|remains)\s+(?:still\s+|only\s+)?(?:${words}))${E}`,
    'giu',
  );
}

/**
 * The members of each coalition or bloc: its `members`, else the parties (two or more) that its
 * name and aliases name ("Unity–Reform coalition", "Unity and Reform combined").
 */
const MEMBER_SEPARATORS = /[–—,/+&()]|\s-\s|(?<![\p{L}])and(?![\p{L}])/u;

function coalitionMembers(entities: Lexicon['entities'], c: Compiled): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const e of entities) {
    if (e.kind !== 'party' && e.kind !== 'group') continue;
    // Each part of a name between its separators (a part that is the coalition's own name, such
    // as "Unity-Reform coalition", split again at its hyphens).
    const find = (part: string) => words(c.entityRe, fold(part), (s) => entityOfMatch(c, s)).map((m) => m.value);
    const named = e.members ?? [e.name, ...e.aliases].flatMap((n) => n.split(MEMBER_SEPARATORS).flatMap((part) => (find(part).includes(e.id) ? part.split('-').flatMap(find) : find(part))));
    const members = new Set(named.filter((id) => id !== e.id && c.entityKind.get(id) === 'party'));
    if (members.size >= 2) out.set(e.id, members);
  }
  return out;
}

function pairs(entities: Lexicon['entities']): Map<string, string> {
  const byKind = new Map<string, string[]>();
  for (const e of entities) byKind.set(e.kind, [...(byKind.get(e.kind) ?? []), e.id]);
  const out = new Map<string, string>();
  for (const ids of byKind.values()) {
    if (ids.length !== 2) continue;
    out.set(ids[0]!, ids[1]!);
    out.set(ids[1]!, ids[0]!);
  }
  return out;
}

function documentRank(document: Lexicon['qualifiers']['document']): Map<string, number> {
  const rank = new Map<string, number>();
  document.forEach((d, i) => {
    for (const w of d.cues) if (!rank.has(key(w))) rank.set(key(w), i);
  });
  return rank;
}

/** Gap between two spans (0 when they touch or overlap). */
function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** The claimable number nearest to `span` in the sentence, earlier first on a tie. */
function nearest<T extends { start: number; end: number }>(items: T[], span: { start: number; end: number }): T | null {
  let best: T | null = null;
  for (const it of items) if (!best || gap(it, span) < gap(best, span)) best = it;
  return best;
}

/**
 * Clause breaks: a number's cue words are looked for only up to one of these. Before a
 * number "and" also ends a clause ("40 from the party list contest and 23 of the 29 …");
 * after it, it does not ("300 long-term and short-term observers").
 */
const BREAK_AFTER = /\s[—–]\s|—|;|\s(?:while|but|whereas)\s/giu;
// "Ann Ames and her running mate Bo Berg of Unity received 40%": an "and" before "his", "her",
// "their" adds to the name before it and starts no clause of its own.
const BREAK_BEFORE = /\s[—–]\s|—|;|\s(?:and\s(?!(?:his|her|their)\s)|(?:while|but|whereas)\s)/giu;
/** What may stand before a year that opens a sentence ("In 2021, …", "At the 2007 elections, …"). */
const SENTENCE_OPENER = /^\s*(?:in|at|during|by|after|since)\s+[^\d,;:]{0,40}$/iu;
/** What may stand before earlier-election words that open a sentence ("In the previous election, …", "Heading into the race, …"). */
const EARLIER_OPENER = /^\s*(?:(?:in|at|during|for)\s+)?(?:the\s+)?$/iu;
/** The opening phrase ends in a comma before any number. */
const EARLIER_OPENER_END = /^[^\d,;:]{0,40},/u;
/**
 * The rest of an opening phrase that names an election, after its year or its earlier-election
 * words: up to 80 characters to a comma, no number in it but a year, and an election noun
 * (`qualifiers.election_words.nouns`): "In the 2022 early legislative elections, the party elected
 * 12 deputies", "At the 2019 snap election, the Alliance … won re-election, securing 42 seats", "In
 * the previous parliamentary elections held in July 2020, Unity came first, occupying 46 seats,
 * while Reform secured 44 seats". The phrase then covers its sentence, as "In 2021, …" does.
 */
function electionOpener(c: Compiled, rest: string): boolean {
  const phrase = ELECTION_PHRASE.exec(rest);
  return !!phrase && hasWord(c.electionNounRe, phrase[0]);
}
/** Up to 80 characters and a comma, with no number but a year ("parliamentary elections held in July 2020,"). */
const ELECTION_PHRASE = /^(?:[^\d,;:]|(?<!\d)(?:19|20)\d\d(?!\d)){0,80},/u;
/** "since 2001, when the figure slumped to 59.4%": the clause the year opens is of that year. */
/** An election noun right after a year, one or two words of its metric, then "of" right before a number ("2011 election turnout of", "2019 election vote share of"). */
const YEAR_FIGURE_OF = /^\s+(?:election|elections|vote|polls|referendum)\s+(?:[\p{L}-]+\s+){1,2}of\s+(?:(?:about|around|nearly|some|just)\s+)?$/iu;
/** A relative clause right after a year that tells what its election saw ("in 2018, which saw a turnout of 64 per cent"), up to its end. */
const SAW_CLAUSE = /^\s*,?\s*(?:which|that)\s+(?:saw|recorded|produced)\s[^;:—–,.]*/iu;
const WHEN_CLAUSE = /^\s*,?\s*when\s[^;:—–]*/iu;
/** A "where" clause after a comma or dash, up to its end ("…, where 73% of voters took part"). */
const WHERE_CLAUSE = /\s*[,–—-]\s*where\s(?:[^;:—–.]|\.(?=\d))*/giu;
/** The base of a comparison named as an election, right before a "where" clause ("lower than the most recent referendum – Repeal the 8th", "down 9 points from the last political elections"); group 1: its words. */
const COMPARED_ELECTION = /(?<![\p{L}])(?:than|from|compared\s+(?:to|with))\s+(?:(?:in|at|with)\s+)?the\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}'’-]+)(?:\s*[–—-]\s*[^–—.;:,]{1,40}?)?$/iu;

/**
 * The numbers of a "where" clause that describes the election a comparison is made with ("turnout
 * was lower than in the last referendum, where 64% voted", "down 9 points from the last
 * elections, where 73% voted"): that earlier election's figures, of the year the clause or its
 * base names (else the previous election).
 */
function comparedWhere(text: string, nums: Quantity[], all: Quantity[], c: Compiled): Map<Quantity, number | null> {
  const out = new Map<Quantity, number | null>();
  for (const m of text.matchAll(WHERE_CLAUSE)) {
    const base = COMPARED_ELECTION.exec(text.slice(0, m.index));
    if (!base || !hasWord(c.electionNounRe, base[1]!)) continue;
    const from = m.index - base[0].length;
    const end = m.index + m[0].length;
    const year = all.find((y) => y.kind === 'year' && y.start >= from && y.end <= end && y.value != null && c.year != null && y.value < c.year)?.value ?? c.previous;
    for (const q of nums) if (q.start >= m.index && q.end <= end) out.set(q, year);
  }
  return out;
}
/** "78.7 percent in 2021": a year after "in" dates the number just before it. */
/** Words that make the year after them the base of a comparison ("compared to 2019", "than in 2019"). */
const COMPARED_YEAR = /(?<![\p{L}])(?:compared\s+(?:to|with)|than(?:\s+in)?|versus|vs\.?|against|from|over|since)\s+(?:the\s+)?$/iu;
/** "since" (and "the") right before a year: the start of a time span. */
const SINCE_YEAR = /(?<![\p{L}])since\s+(?:the\s+)?$/iu;
const IN_YEAR = /(?<![\p{L}])in\s+(?:(?:late|early|mid)\s+|mid-)?$/iu;
/** What joins the numbers of a pair that one year dates ("17 and 14 percent"; not a comma or a bracket: "53.81 percent, two points lower than in 2021", "78.2% (82.2% in 2020)"). */
const NUMBERS_JOINED = /^\s+and\s+$/iu;
/** Words only, no clause break, between a number and the "in YEAR" after it, and how far. */
const PLAIN_WORDS = /^[\p{L}\s'’-]*$/u;
const IN_YEAR_PHRASE = 60;
/** "Of the 29 single-mandate seats, …", "Out of 98 seats": the number is a whole, not a party's. */
const WHOLE = /(?:^|[,;:]\s*)(?:of|out\s+of)\s+(?:the\s+)?$/iu;
/** "61 seats out of 151", "61 seats in the parliament out of 151": only words between the part and "out of". */
const OUT_OF_WHOLE = /\d\s*(?:\p{L}+\s+){0,4}\(?\s*out\s+of\s+(?:the\s+)?$/iu;
/** "(lower house of 200 representatives)": one word after the number, then the phrase ends. */
const CLOSED_UNIT = /^\s+\p{L}+\s*(?:[).,;:]|$)/u;
/** "there are 179 seats in the parliament", "there could be more than 120 MPs in total": the chamber's size (with `chamberInRe` after). */
/** "a majority of the 60 seats", "more than half of the 500 seats", "failed to win any of the 62 seats": the number after is the whole (not "all of the": what a side swept). */
const MAJORITY_OF_THE = /(?<![\p{L}])(?:majority|half|any|none)\s+of\s+the\s+$/iu;
const THERE_ARE = /(?<![\p{L}])there\s+(?:are|were|is|was|will\s+be|would\s+be|could\s+be|might\s+be)\s+$/iu;
const WHOLE_AFTER_COMMA = /[,;:]\s*(?:of|out\s+of)\s+(?:the\s+)?$/iu;
/**
 * "60 new members of the Grand Hall", "99 members of the House of Representatives": members of a
 * chamber (the general words and the event's names) are its seats.
 */
function memberNouns(lexicon: Lexicon): string[] {
  return [...lexicon.chambers, ...(lexicon.election?.chamber ?? [])].flatMap((ch) => [`members of the ${ch}`, `new members of the ${ch}`]);
}

/** "Even if all the votes from the nine constituencies (947,000 votes) were added, …": a number in a supposed case is no figure. */
function supposed(q: Quantity, text: string, c: Compiled): boolean {
  return c.hypotheticalRe.test(text.slice(Math.max(0, q.start - HYPOTHESIS_BACK), q.start));
}
const HYPOTHESIS_BACK = 160;

/**
 * "The exit poll (which has been accurate within 1 to 8 seats …)", "early projections based on
 * 10,000 votes", "the exit poll was conducted … on 4,000 respondents at 160 polling stations": a
 * number in the clause that tells how a poll was made (its sample, its accuracy) is no figure.
 */
function pollMethodRe(m: Lexicon['numbers']['poll_method']): RegExp {
  if (!m.poll_nouns.length || (!m.method_before.length && !m.method_verbs.length)) return /(?!)/u;
  const poll = String.raw`${B}(?:${alternation(m.poll_nouns)})${E}(?:[^.;:!?]|(?<=\d)[.,](?=\d)){0,60}?`;
  const before = m.method_before.length ? String.raw`${B}(?:${alternation(m.method_before)})` : '(?!)';
  const verbs = m.method_verbs.length ? String.raw`${B}(?:${alternation(m.method_verbs)})${E}(?:[^.;:!?,]|(?<=\d)[.,](?=\d)){0,50}?\s(?:on|at|among|in)` : '(?!)';
  return new WordStartRegExp(String.raw`${poll}(?:${before}|${verbs})\s+(?:(?:some|about|around|nearly|almost|over|more\s+than)\s+)?$`, 'iu');
}
function pollMethod(q: Quantity, text: string, c: Compiled): boolean {
  return c.pollMethodRe.test(text.slice(Math.max(0, q.start - POLL_METHOD_BACK), q.start));
}
const POLL_METHOD_BACK = 160;

/**
 * "… won the most seats with 78 (29.64%). [3]", "won 78 seats.[3]": a small whole number alone in
 * square brackets after a sentence's end (or glued to its last word) is a reference mark, no figure.
 */
const MARK_BEFORE = /(?:^|[.!?;:”"’)]\s*|[\p{L}.])\[$/u;
/** "Sources: … Electoral Court (1), El País, … Electoral Court (2)": a line of sources numbers its entries, no figures. */
const SOURCES_LINE = /^\s*sources?\s*:/iu;
function referenceMark(q: Quantity, text: string): boolean {
  if (/^\d{1,3}$/.test(q.text) && SOURCES_LINE.test(text)) return true;
  return /^\d{1,3}$/.test(q.text) && text[q.end] === ']' && MARK_BEFORE.test(text.slice(Math.max(0, q.start - 3), q.start));
}

/**
 * "Of the 46 candidates who were involved in the scandal, 28 fell to defeat, while 18 were
 * re-elected": a count with no unit noun of its own after a sentence opened by a set of candidates
 * is a part of that set, no figure ("Of the 150 seats, Unity won 40" stays).
 */
function candidatePart(q: Quantity, text: string, c: Compiled): boolean {
  return !q.percent && c.candidateSetRe.test(text.slice(0, q.start)) && !c.unitRe.test(text.slice(q.end, q.end + 60));
}

/** Whether a unit's generic metric needs its unit written out (points: a change or a lead, never a whole). */
function measuresChange(c: Compiled, unit: string): boolean {
  return !!c.metrics.get(c.genericOf.get(unit) ?? '')?.needs_unit;
}

/** "the 233 majority", "the 31-seat threshold", "(400 seats, majority 201)": the metrics whose bare head noun stands right after "the" and the count, or right before it. */
function headNoun(q: Quantity, text: string, c: Compiled): string[] | null {
  if (q.percent) return null;
  const definite = /(?<![\p{L}])the\s+$/iu.test(text.slice(Math.max(0, q.start - 5), q.start));
  const before = text.slice(Math.max(0, q.start - LOOK_BACK), q.start);
  const ids = c.headNouns
    .filter((h) => (definite && h.after.test(text.slice(q.end, q.end + 30))) || h.before.test(before) || (q.bound === 'lower-bound' && !!h.bound?.test(before)))
    .map((h) => h.id);
  return ids.length ? ids : null;
}

/** "a 170-seat majority", "a 9-seat lead": a compound size before these words is a margin, not a whole (a lead in points is the margin metric's). */
const LEAD_AFTER = /^\s+(?:majority|lead|advantage|margin)(?![\p{L}])/iu;
/** "led by", "headed by": the name after it is a party's leader, not a party. */
const LED_BY = /(?<![\p{L}])(?:led|headed)\s+by\s+$/iu;
/** "led by the current Speaker of the Grand Hall, Ann Ames": a leader named after a title and a comma. */
const LED_BY_TITLE = /(?<![\p{L}])(?:led|headed|chaired)\s+by\s+[^\d,;:()]+,\s*$/iu;
const LEADER_TITLE = 80;
/** From a party to its leader: ", headed by Prime Minister ", " of Estonian Prime Minister ", " (GP), led by former head of state " (a short name in brackets, up to four words of a title). */
const LEADER_LINK = /^[\s"'“”‘’)]*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:led|headed)\s+by|of)\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,4}$/u;
/** How far back (in characters) the patterns that end at a number look: enough for their words. */
const LOOK_BACK = 40;

/** Between two names of one list: a comma or "and". */
const LIST_GAP = /^\s*(?:,|,?\s*and|&)\s*$/u;

/** The first name of the list of names that ends with `last` ("Reform, Unity and the Greens"): `last` itself when it stands alone. */
function listStart<T>(names: Mention<T>[], last: Mention<T>, text: string): Mention<T> {
  let first = last;
  for (let k = names.indexOf(last) - 1; k >= 0 && names[k]!.end <= first.start && LIST_GAP.test(text.slice(names[k]!.end, first.start)); k -= 1) first = names[k]!;
  return first;
}

/**
 * "the populist Ordinary People (Olano) of Igor Matovic, with 8 percent", "the Unity Party (UP), led
 * by former head of state Ann Ames, with 16.9 percent": an unknown name right after a party and a
 * word that leads from a party to its leader (`LEADER_LINK`) is the party's leader, no side of its own.
 */
function leaderOf(c: Compiled, text: string, party: Mention<string> | undefined, name: Mention<string>): boolean {
  return !!party && c.entityKind.get(party.value) === 'party' && LEADER_LINK.test(text.slice(party.end, name.start));
}
/** "Of those, only 6 per cent were aged between 18 and 35": a sentence that opens on a part of the figure before; a share in it with no cue is a breakdown, not the paragraph's metric again. */
const OF_THOSE_OPENS = /^\s*of\s+(?:those|them|these)\s*,/iu;
/** "…, of whom 239 were self-nominated": a part of the figure before, of the same metric. */
const SUBSET = /(?:of\s+(?:whom|which|them|those))\s+$/iu;
/** " and Reform ", ", Reform ": a list going on with a capitalised name and its number, nothing else between. */
const LIST_GOES_ON = /^\s*(?:\p{Ll}+\s*)?(?:,\s*(?:and\s+)?|and\s+)(?:\p{Lu}[\p{L}'’-]*\s+){1,4}$/u;
/** ", of which", ", of whom": the parts of the figure before it follow, to the end of the clause. */
const PARTS_OF = /,\s*of\s+(?:whom|which)\s/giu;
/** How far (in characters) a head-only cue may stand before its number ("the barrier was lowered from 7% to 5%"). */
const RULED_NEAR = 40;
/** Words between two numbers of a change ("from 7% to 5%", "5%, down from 7%"). */
/** "a net loss of 251 MPs, down from 372": a unit noun, then "down from", "up from" or "from" before the level a change is from. */
/** "… out of (the) 19,944,859 voters": the whole a figure before is a part of. */
const OUT_OF_BEFORE = /(?<![\p{L}])out\s+of\s+(?:the\s+)?$/iu;
/** From the comma that ends an opening phrase to the subject's name: "…, the Unity Party has won". */
const OPENER_GAP = /^\s*(?:the\s+)?$/iu;
/** A possessive determiner right before a number ("its 279-seat strength"). */
const POSSESSIVE_BEFORE = /(?<![\p{L}])(?:its|their|his|her)\s+$/iu;
/** From a number to the size of the body it is in: " seats in the " (before "200-seat Senate"). */
const IN_BODY = /^\s*(?:\p{L}+\s+)?(?:in|of|for)\s+(?:the|its|a)\s+$/u;
const LEVEL_FROM = /^\s*\p{L}+\s*,?\s*(?:(?:down|up)\s+)?from\s+$/u;
/** "10 of its 34 seats": between a change and the level it is a part of. */
const OF_OWN = /^\s*of\s+(?:its|their|his|her)\s+$/iu;
/** Between two numbers of one list: a comma, "and", or both ("losing five and six seats", "gained ten, seven and three mandates"). */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/iu;
/** "losing five and six seats": a number joined by a bare comma or "and" to a change right before it is a change of the same metric and sign. */
function joinedChange(q: Quantity, text: string, last: Previous | undefined, c: Compiled): string | null {
  if (!last || last.end > q.start || !c.metrics.get(last.metric)?.change_of) return null;
  return LIST_JOIN.test(text.slice(last.end, q.start)) ? last.metric : null;
}
/** ("from 13 to just 5": a word of degree after "to" keeps the link.) */
const CHANGE_LINK = /^\s*,?\s*(?:to(?:\s+(?:just|only|merely|about|around|roughly|nearly|almost))?|(?:down|up)\s+from|from)\s*$/iu;
/** Words between a cue and the number that make the cue the number's head noun ("threshold of 5%"). */
/** What may stand between a number and its head noun: up to three capitalised words ("543 Lok Sabha constituencies"). */
const OWN_NOUN = /^\s*(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u;
/** A dash between a cue and the number that glosses it ("a simple majority – or more than 50%"). */
const DASH_GLOSS = /^\s*[–—]\s*(?:or\s+)?$/u;
const HEAD_LINK = /^\s*(?:of|at|was|is|with|stood at|reached)?\s*$/iu;
/** "the 3 percent electoral threshold", "the four per cent parliamentary representation threshold": a number after "the" that modifies a noun after it, past at most two lower-case words. */
const DEFINITE = /(?<![\p{L}])the\s+$/iu;
const MODIFIER = /^\s+(?:\p{Ll}+\s+){0,2}$/u;
/** "42.44%, which exceeded the threshold": a relative clause about the number is not its clause's head. */
const RELATIVE_BETWEEN = /,\s*(?:which|that|who)\s/iu;
/** "won an absolute majority with 158 seats": "with" after a rule's cue (the majority, the threshold) leads to what was won, not to the rule. */
const HELD_WITH = /^\s*(?:\p{Ll}+\s*)?,?\s*with\s*$/u;
/** "will lose its three current seats": a possessive between a change's cue and the number. */
const HELD_OWN = /^\s+(?:\p{L}+\s+)?(?:its|their|his|her)\s+$/iu;

export interface Found {
  quantity: Quantity;
  sentence: IngestedSource['sentences'][number];
  /** Offset of the sentence in the body. */
  base: number;
  claim: Omit<Claim, 'id'> | null;
  /** Why the number became no claim: its kind (`year`, `date`, …), `foreign`, `no-metric` or `no-entity`. */
  reason: string | null;
  /** A second claim for the total of "X out of Y" when the metric names one. */
  totalClaim: Omit<Claim, 'id'> | null;
}

export function extract(corpus: Corpus, lexicon: Lexicon): Claim[] {
  const claims: Claim[] = [];
  for (const source of corpus.sources) {
    let n = 0;
    for (const f of readSource(source, lexicon)) {
      for (const c of [f.claim, f.totalClaim]) if (c) claims.push({ id: `${source.meta.id}:c${++n}`, ...c });
    }
  }
  return claims;
}

/** Every number of one source, with the claim(s) it became (or none). */
export function readSource(source: IngestedSource, lexicon: Lexicon): Found[] {
  scans.clear();
  readingBody(new BodyScans(source.body, fold(source.body), source.sentences));
  const c = withAbbreviations(source, compile(lexicon));
  const body = source.body;
  const lineStarts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const where = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: source.bodyLine + lo, column: offset - lineStarts[lo]! + 1 };
  };
  // The numbers of a sentence, read once: the frames read some sentences before their turn.
  const read = new Map<string, Quantity[]>();
  const quantities = (text: string) => {
    let q = read.get(text);
    if (!q) read.set(text, (q = findQuantities(text, c.grammar)));
    return q;
  };
  const stages = stageFrames(source, c, quantities);
  // The frame each sentence stands under: the headline's first (stage.ts).
  const frames = new Frames();
  // The moments (`as_of`) the frame and the snapshot frame state ("95% counted", "10:00").
  const moments: Moments = { frame: null, snapshot: null, sidesOnly: false };
  const title = source.meta.title;
  if (title) {
    const { cues, complete } = stageCues(c, title, quantities(title), !stages.exitPoll, stages.exitPoll);
    frames.see(joinWords(stages.headline!, cueWords(cues, complete, bareCount(c, title, quantities(title)))), false, HEADLINE_AT);
    if (frames.frame) moments.frame = momentOf(title, quantities(title), c);
  }
  const headlineTier = source.meta.title && /\d/.test(source.meta.title) ? onlyTier(tierCues(c, source.meta.title)) : null;
  // The order in which the article last gave the two tiers of a count ("113 constituency and 39 party-list seats").
  let tierOrder: [string, string] | null = null;

  const out: Found[] = [];
  let paragraph = -1;
  let previous = new Memory();
  const inSource = new Memory();
  const names = new NameMemory();
  // An article that reports an exit poll anywhere: its "forecast", "projected" are the exit poll's.
  // Whether the article is about the later round, read once (it walks the sentences to the first that names a round).
  const laterRound = !beforeSecondRound(source, c) && aboutLaterRound(source, c);
  const context: SentenceContext = {
    electionYear: null,
    lastCue: null,
    exitPoll: stages.exitPoll,
    poll: null,
    ranking: null,
    paragraph: -1,
    whenYear: null,
    namesBefore: null,
    sides: null,
    earlier: null,
    otherBody: null,
    laterRound,
    roundTwo: roundTwo(source, c, laterRound),
    firstRound: null,
    quantities,
    frame: null,
    snapshotFrame: false,
    ownWords: NO_WORDS,
  };
  // The header row of the table being read ("Party | 2019 Seats | Exit poll |"), while its rows go on.
  let header: string[] | null = null;
  let percentColumns = new Set<number>();
  // The two names of a header written "YES/NO" ("NATIONAL VOTE - YES/NO"): the rows after it give their shares as "41/59".
  let slashPair: [string, string] | null = null;
  // The party a block of "Label: value" lines is about: the line before them that is its name alone.
  let blockName: string | null = null;
  // The qualifier cue of a sentence that ends in a colon ("Here is the full exit poll:"): the
  // short items that follow it, each a sentence of its own ("Harbour: 410"), are of that kind.
  let intro: QualifierCue | null = null;
  let introColon = false;
  let listLines = false;
  let before: IngestedSource['sentences'][number] | null = null;
  let otherHeading = false;
  const pieces = tablePieces(body, source.sentences, c.tableWords, c.year);
  for (const [index, whole] of source.sentences.entries()) {
  // The frame a sentence's figures stand under is that of the sentences before it; then it may become the frame.
  context.frame = frames.frame;
  context.snapshotFrame = frames.snapshot;
  const firstOut = out.length;
  context.ownWords = stages.sentences[index]!;
  // The sentence's stage words (its cues, counts and the frame's own words), read once: for each
  // claim's account of its stage (`stageWhy`), then as a frame once its figures are read.
  const wholeText = body.slice(whole.start, whole.end);
  const { cues: wholeCues, complete: wholeComplete } = stageCues(c, wholeText, quantities(wholeText), !stages.exitPoll && !COUNT_STATUS.has(stageOf(null, frames.frame).stage), stages.exitPoll);
  const words_ = joinWords(stages.sentences[index]!, cueWords(wholeCues, wholeComplete, bareCount(c, wholeText, quantities(wholeText))));
  const why = (qualifier: Qualifier) => stageWhy(qualifier, stageOf(words_, frames.frame), frames.at, where);
  for (const piece of pieces[index]!) {
    let sentence = piece.start === whole.start && piece.end === whole.end ? whole : { ...whole, start: piece.start, end: piece.end };
    // A table written one cell per line ("|Unity" over "|41"): a number cell after a name cell
    // is read with it, as one "Name number" line.
    const nameCell = before && NAME_CELL.test(body.slice(before.start, before.end));
    const wasBefore = before;
    before = sentence;
    if (nameCell && NUMBER_CELL.test(body.slice(sentence.start, sentence.end))) sentence = { ...sentence, start: wasBefore!.start };
    if (sentence.paragraph !== paragraph) {
      paragraph = sentence.paragraph;
      previous = new Memory();
    }
    const text = body.slice(sentence.start, sentence.end);
    context.paragraph = sentence.paragraph;
    const cells = piece.row || slashPair || (nameCell && sentence.start === wasBefore!.start) ? null : tableCells(text);
    let row: TableRow | null = null;
    const slash = piece.row ? null : slashRow(text, slashPair, c);
    if (!piece.row && !/\d/.test(text)) slashPair = (text.includes('/') ? slashHeader(text, c) : null) ?? slashPair;
    else if (!slash) slashPair = null;
    const label: TableRow | null = !piece.row && !slash && blockName ? labelRow(text, blockName) : null;
    if (!piece.row && !slash) blockName = label || LABEL_LINE.test(text) ? blockName : text.length <= NAME_LINE ? nameLine(text, c) : null;
    if (label) {
      row = label;
      header = null;
    } else if (slash) {
      row = slash.row;
      read.set(text, slash.quantities);
      header = null;
    } else if (piece.row) {
      // A row of a flattened table ("Unity 188 +57 26.3 %"): its cells' numbers, read cell by cell.
      row = flatRow(piece.row, sentence.start, piece.year, body, c);
      read.set(text, flatQuantities(row, text, c));
      header = null;
    } else if (!cells) header = null;
    else if (cells.some((k) => numberCell(text.slice(k.start, k.end)))) {
      // A column whose cell has carried the per-cent sign ("| % 58.1 |") holds shares in the rows after it too ("| 28.9 |").
      cells.forEach((k, j) => {
        if (text.slice(k.start, k.end).includes('%')) percentColumns.add(j);
      });
      row = header ? { cells, header, percent: percentColumns } : null;
    } else if (!cells.every((k) => /^[\s:-]*$/.test(text.slice(k.start, k.end)))) {
      header = cells.map((k) => text.slice(k.start, k.end));
      percentColumns = new Set();
    }
    // A "Name – number" line after a sentence with a qualifier is an item of its list as well.
    // Once a colon's list has had "Name – number" lines, a sentence of another shape ends it
    // ("Tavush – 45,376 citizens or 41.37%" then "A total of 2,593,572 citizens are eligible").
    // (Tested only where it can count: a short sentence after an introduction.)
    const listLine = intro !== null && text.length <= LIST_ITEM && LIST_LINE.test(text);
    const item =
      intro !== null && text.length <= LIST_ITEM && !qualifierCues(c, text).length && (listLine || (introColon && !(listLines && !ITEM_LINK.test(text))));
    if (item && listLine) listLines = true;
    const cueBefore = context.lastCue;
    // The text right after an earlier election's table, in its sentence ("… PPC 0 1,6 % Turnout: 67%."), is of that election too.
    const rowBefore = pieces[index]![pieces[index]!.indexOf(piece) - 1];
    if (!piece.row && rowBefore?.row && rowBefore.year != null) context.whenYear = { year: rowBefore.year, paragraph: sentence.paragraph };
    let found = sides(coalitions(tiered(readSentence(text, c, previous, inSource, names, context, row, item ? intro : null), text, c, headlineTier), text, c), text, c);
    found = splitInBracket(found, text, c, tierOrder);
    found = found.map((f) => (f.reading && otherSize(f.reading, f.quantity, text, c) ? { ...f, reading: null, totalReading: null, reason: 'other-size' } : f));
    tierOrder = tiersInOrder(text, c, () => quantities(text)) ?? tierOrder;
    // The items under a heading that names another body ("SENATE (200 seats):") are that body's.
    const merged = sentence.start !== before.start;
    if ((item || merged) && otherHeading) found = found.map((f) => ({ quantity: f.quantity, reading: null, totalReading: null, reason: f.reading ? 'other-body' : f.reason }));
    const colon = text.trimEnd().endsWith(':');
    if (!item && !merged && colon) otherHeading = hasWord(c.otherBodyRe, text);
    if (!item) {
      introColon = colon;
      listLines = false;
      // An introduction with no cue of its own ("The turnout by region is as follows:") goes on
      // from the sentence before it ("… as of 5pm.").
      // Its last cue (the decision list reads preliminary results named with a count in progress: preliminary).
      intro = introColon ? (introCue(qualifierCues(c, text).map((m) => m.value)) ?? cueBefore) : context.lastCue;
    }
    for (const f of found) {
      const make = (q: Quantity, r: Reading, end: number): Omit<Claim, 'id'> => {
        const at = where(sentence.start + q.start);
        // "at least 5%" of a threshold is the threshold: the bound states the value.
        if (r.metric.bound_is_value && q.bound === 'lower-bound') q = { ...q, value: q.low, low: null, high: null, bound: 'exact' };
        // A loss ("lost 12 seats") is negative: the interval turns round with its sign.
        const neg = (x: number | null) => (x == null ? null : x === 0 ? 0 : -x);
        const flip = { 'lower-bound': 'upper-bound', 'upper-bound': 'lower-bound' } as const;
        return {
          source: source.meta.id,
          metric: r.metric.claim_as ?? r.metric.id,
          entity: r.entity,
          value: r.negative ? neg(q.value) : q.value,
          low: r.negative ? neg(q.high) : q.low,
          high: r.negative ? neg(q.low) : q.high,
          bound: r.negative && (q.bound === 'lower-bound' || q.bound === 'upper-bound') ? flip[q.bound] : q.bound,
          precision: q.precision,
          unit: r.metric.unit,
          qualifier: r.qualifier,
          election: r.election,
          quote: text,
          span: [sentence.start, sentence.end],
          text: text.slice(q.start, end),
          textSpan: [sentence.start + q.start, sentence.start + end],
          sentence: sentence.id,
          line: at.line,
          column: at.column,
          confidence: { ...r.confidence, stage: why(r.qualifier) },
          attribution: r.attribution,
          surface: r.surface ? { text: r.surface.value, ...where(sentence.start + r.surface.start) } : null,
          ...(r.laterRound ? { round: 2 } : {}),
          ...asOfClaim(r.qualifier, text, quantities(text), q, frames, moments, c, r.metric),
        };
      };
      const ownText = f.reading?.separateTotal || f.quantity.kind === 'compound';
      // "7,822 out of 8,273 polling stations": of a metric that counts the whole, the claim is the whole's.
      const whole = f.reading?.metric.counts_whole && f.quantity.total ? f.quantity.total : null;
      const claim = f.reading ? (whole ? make(whole, f.reading, whole.end) : make(f.quantity, f.reading, ownText ? f.quantity.ownEnd : f.quantity.end)) : null;
      const totalClaim = f.reading?.separateTotal && f.totalReading && f.quantity.total ? make(f.quantity.total, f.totalReading, f.quantity.total.end) : null;
      out.push({ quantity: f.quantity, sentence, base: sentence.start, claim, totalClaim, reason: claim ? null : f.reason });
      for (const r of f.also ?? []) out.push({ quantity: f.quantity, sentence, base: sentence.start, claim: make(f.quantity, r, f.quantity.end), totalClaim: null, reason: null });
    }
  }
  // The sentence read: its stage words, as a frame (cues and counts, and the frame's own words), may replace the frame.
  const text = wholeText;
  // A turnout at a time of day ("71.5% had voted as of 17:00") frames the turnouts after it (stage.ts `snapshotOf`).
  const snapshot = quantities(text).some((t) => t.kind === 'time' && !pollingHour(text, t)) && out.slice(firstOut).some((f) => f.claim?.qualifier === 'interim' && c.metrics.get(f.claim.metric)?.snapshot);
  const framed = frames.frame;
  frames.see(sourcedFrame(c, text, timeOpens(text, quantities(text), out.slice(firstOut), c) ? { ...words_, partial: true } : words_), snapshot, whole.start);
  if (frames.frame !== framed) {
    const own = momentOf(text, quantities(text), c);
    const figures = out.slice(firstOut).some((f) => f.claim);
    // A frame with figures that names another count ("based on the results of the postal vote") passes no moment on.
    const named = figures ? countNamings(c, text) : { again: false, other: false };
    const goesOn = own || named.other ? null : countGoesOn(moments.frame, framed, frames.frame);
    // Past a frame with figures of its own, the count's moment goes on for the results of the sides
    // only (`asOfClaim`), unless that frame names the count again ("these results", `countNamings`): then for all.
    const namedAgain = named.again;
    moments.sidesOnly = own || namedAgain ? false : goesOn !== null && (moments.sidesOnly || figures);
    moments.frame = own ?? goesOn;
  }
  if (snapshot) moments.snapshot = momentOf(text, quantities(text), c);
  }
  return out;
}

/**
 * Whether a sentence opens with a time of day and gives results read at it ("At 10pm on Saturday,
 * the national tally stood at 59 per cent for 'no'"): the time introduces the results, a count in
 * progress (the decision list's revision: a time of day on a result is step 4), and frames the
 * sentences after it. A time later in the sentence is its own figures' only.
 */
function timeOpens(text: string, quantities: Quantity[], out: Found[], c: Compiled): boolean {
  const time = quantities.find((t) => t.kind === 'time');
  return !!time && TIME_OPENER.test(text.slice(0, time.start)) && !pollingHour(text, time) && out.some((f) => {
    // A turnout at a time of day is the voting's, not the count's: it frames the turnouts only (`snapshotOf`).
    const metric = f.claim?.qualifier === 'interim' ? c.metrics.get(f.claim.metric) : undefined;
    return !!metric?.results && !metric.snapshot;
  });
}
/** What may stand before a time of day that opens a sentence: "At", "As of", "By", "Until". */
const TIME_OPENER = /^\s*(?:at|as\s+of|by|until)\s+(?:around\s+|about\s+)?$/iu;

/** The cues of tiers (`tier_of`: list seats, district seats) in a text, each with the one tier metric it names. */
function tierCues(c: Compiled, text: string): Mention<string>[] {
  const out: Mention<string>[] = [];
  for (const m of metricMentions(c, text)) {
    // (A cue listed twice for one metric, "party list" and "party-list", names it once.)
    const tiers = [...new Set(m.value.filter((id) => c.metrics.get(id)!.tier_of))];
    if (tiers.length === 1) out.push({ start: m.start, end: m.end, value: tiers[0]! });
  }
  return out;
}

/**
 * A tier's cue after a number that is no tier of it: on the other side of a relative clause's
 * edge (the cue in one opened after the number, "won 67 seats, which include seats in
 * constituencies"; the number in one closed before the cue, "Reform, which went into the election
 * with three seats, won none in the districts"), or a named district's ("in Eastvale Constituency").
 */
function tierElsewhere(text: string, q: { start: number; end: number }, m: { start: number; end: number }): boolean {
  const between = text.slice(q.end, m.start);
  if (RELATIVE_BETWEEN.test(between) || (between.includes(',') && RELATIVE_CLAUSE_OPEN.test(text.slice(0, q.start)))) return true;
  return /^\p{Lu}/u.test(text.slice(m.start, m.end)) && NAMED_BEFORE.test(between);
}
/** A relative clause opened after a comma, up to the count (", which went into the election with three seats"); not an aside set against the main clause (", while the remaining 29 …"), which is a clause of its own. */
const RELATIVE_CLAUSE_OPEN = /,\s*(?:which|who|whose)\s[^,;:()]*$/iu;
/** "in Eastvale ": capitalised words right before a district's noun, past "in". */
const NAMED_BEFORE = /\sin\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

/** Whether a cue stands inside a count's progress ("results of 257 constituencies out of 265"): the progress's word, no tier of the figures. */
function inProgress(found: SentenceFound[], m: { start: number; end: number }): boolean {
  return found.some((f) => f.quantity.kind === 'progress' && f.quantity.start <= m.start && m.end <= f.quantity.end);
}

/**
 * Which part of a split pair a number is: "Unity: 141 (112-29)" — two numbers joined by a dash in
 * brackets right after a count they add up to (numbers.ts reads them as two numbers, no range):
 * 1 for the first (112), 2 for the second (29), null otherwise.
 */
function splitPart(nums: Quantity[], i: number, text: string): 1 | 2 | null {
  const part = (k: number): boolean => {
    const [whole, a, b] = [nums[k - 1], nums[k], nums[k + 1]];
    if (!whole || !a || !b || whole.percent || a.percent || b.percent || whole.value == null || a.value == null || b.value == null) return false;
    return whole.value === a.value + b.value && SPLIT_OPEN.test(text.slice(whole.end, a.start)) && /^[-‐‑]$/u.test(text.slice(a.end, b.start)) && /^\)/.test(text.slice(b.end));
  };
  return part(i) ? 1 : part(i - 1) ? 2 : null;
}
/** Between a count and the first part of its split: at most a word, a colon and an opening bracket ("141 (", "2 seats ("). */
const SPLIT_OPEN = /^\s*(?:\p{L}+\s*)?:?\s*\($/u;

/** The one tier the cues name, or null (none, or two). */
function onlyTier(cues: Mention<string>[]): string | null {
  const tiers = new Set(cues.map((m) => m.value));
  return tiers.size === 1 ? cues[0]!.value : null;
}

/** Two tiers joined ("in the multi-member and single-member constituencies"): the whole of both. */
const TIERS_JOINED = /^\s*(?:and|or|&|\/)\s*$/iu;
/** A part of a figure named in the sentence ("including 26 on the party list", "Including list seats, Unity won 175"): the tier is that part's only. */
const PART_WORDS = /(?<![\p{L}])(?:including|of\s+(?:whom|which|them|those)|among\s+them)(?![\p{L}])/iu;

/**
 * The tier (`tier_of`) of a sentence's counts of a generic metric that name none: two tiers joined
 * name the whole, so the tier those cues gave is the generic metric ("aggregate results in the
 * multi-member and single-member constituencies: 20 seats for Unity"); a phrase that opens the
 * sentence before its first number and a comma or colon ("On the national list, …, 2.7 million voted for
 * Unity (47 seats)"), or closes it after its last number ("Unity secured 26 seats, Reform 14 and
 * Hope claimed 10 seats in a single nationwide constituency"), naming one tier, gives that tier to
 * the party counts of the generic metric; a sentence without any tier cue or whole word takes the
 * headline's one tier ("Unity wins 18 seats in multi-member constituency"). A tier as large as the
 * chamber (the event's `election.seats`: "all 543 constituencies") is the whole: the generic metric.
 */
function tiered(found: SentenceFound[], text: string, c: Compiled, headline: string | null): SentenceFound[] {
  if (!found.some((f) => f.reading)) return found;
  const cues = tierCues(c, text).filter((m) => !inProgress(found, m));
  const reread = (f: SentenceFound, to: (r: Reading, q: Quantity) => string | null): SentenceFound => {
    const again = (r: Reading): Reading => {
      const id = to(r, f.quantity);
      return id && id !== r.metric.id ? { ...r, metric: c.metrics.get(id)!, confidence: { ...r.confidence, metric: 'tier' } } : r;
    };
    return f.reading ? { ...f, reading: again(f.reading), also: f.also?.map(again) } : f;
  };
  const party = (r: Reading) => r.entity !== null && r.entity !== 'national';
  // A tier as large as the chamber ("all 543 constituencies", "240 of the 543 seats" in
  // constituencies, with the event's `election.seats` at 543) is the whole chamber: its counts are seats.
  // A part of the chamber's size ("a projected 176 of 349 seats … after 94% of electoral districts
  // were counted") names the whole chamber too: no tier.
  if (found.some((f) => f.reading?.confidence.metric === 'part-of-chamber')) return found;
  const whole = c.seats !== null ? found.find((f) => f.reading?.metric.tier_of && (f.quantity.value === c.seats || f.quantity.total?.value === c.seats)) : undefined;
  if (whole) {
    const tier = whole.reading!.metric.id;
    return found.map((f) => {
      const g = reread(f, (r) => (r.metric.id === tier ? c.metrics.get(tier)!.tier_of! : null));
      // The chamber's size itself is no party's ("results for all 543 constituencies").
      const r = g.reading;
      if (!r || f.quantity.value !== c.seats || r.metric.id !== c.metrics.get(tier)!.tier_of || !r.metric.national_qualifier) return g;
      return { ...g, reading: { ...r, entity: 'national', qualifier: r.metric.national_qualifier, election: c.year, confidence: { ...r.confidence, entity: 'whole' } } };
    });
  }
  const joined = cues.findIndex((m, i) => i > 0 && m.value !== cues[i - 1]!.value && TIERS_JOINED.test(text.slice(cues[i - 1]!.end, m.start)));
  if (joined > 0) {
    const after = cues[joined]!.end;
    const pair = new Set([cues[joined - 1]!.value, cues[joined]!.value]);
    return found.map((f) => reread(f, (r, q) => (q.start >= after && pair.has(r.metric.id) ? c.metrics.get(r.metric.id)!.tier_of! : null)));
  }
  const tier = onlyTier(cues);
  if (!tier) {
    if (cues.length || !headline || (c.wholeRe && hasWord(c.wholeRe, text))) return found;
    const generic = c.metrics.get(headline)!.tier_of!;
    return found.map((f) => reread(f, (r) => (r.metric.id === generic && party(r) ? headline : null)));
  }
  const generic = c.metrics.get(tier)!.tier_of!;
  const read = found.filter((f) => f.reading);
  const firstStart = Math.min(...read.map((f) => f.quantity.start));
  const lastEnd = Math.max(...read.map((f) => f.quantity.end));
  const cue = cues[0]!;
  const last = cues.at(-1)!;
  if (PART_WORDS.test(text)) return found;
  const opens = cue.end <= firstStart && !/\d/.test(text.slice(0, cue.start)) && /[,:]/.test(text.slice(cue.end, firstStart));
  // Closing: the tier's own readings are only in the cue's clause (the last number's), a cue of that clause (`tierElsewhere`).
  const clause = Math.max(text.lastIndexOf(',', last.start), text.lastIndexOf(';', last.start));
  const closes = last.start >= lastEnd && !tierElsewhere(text, read.find((f) => f.quantity.end === lastEnd)!.quantity, last) && read.every((f) => f.reading!.metric.id !== tier || f.quantity.start > clause);
  if (!opens && !closes) return found;
  return found.map((f) => reread(f, (r) => (r.metric.id === generic && party(r) ? tier : null)));
}

/** A tier's cue right after its number ("113 constituency", "39 party-list seats"). */
const TIER_AFTER_NUMBER = /^\s*$/u;

/**
 * The two tiers a sentence gives in order, each right after its number ("Unity won 152 seats – 113
 * constituency and 39 party-list seats"), or null.
 */
function tiersInOrder(text: string, c: Compiled, numbers: () => Quantity[]): [string, string] | null {
  const cues = tierCues(c, text);
  if (cues.length < 2) return null;
  // The sentence's numbers are read again only where two tier cues make an order possible.
  const nums = numbers();
  const own = cues.filter((m) => nums.some((q) => q.end <= m.start && TIER_AFTER_NUMBER.test(text.slice(q.end, m.start))));
  for (let i = 1; i < own.length; i++) if (own[i]!.value !== own[i - 1]!.value) return [own[i - 1]!.value, own[i]!.value];
  return null;
}

/** Two whole numbers in a bracket right after a count ("141 (112-29)", "142 seats (112 and 29)"). */
const BRACKET_PAIR = /^\s*(?:\p{L}+\s*)?\(\s*(\d+)\s*(?:[-–]|and|\+)\s*(\d+)\s*\)/u;

/**
 * "Reform 141 (112-29)", "Reform came second with 142 seats (112 and 29)": two numbers in a bracket
 * right after a party's count that add up to it are its two tiers, in the order the article last
 * gave them ("Unity won 152 seats – 113 constituency and 39 party-list seats"). Without that order
 * they stay as read.
 */
function splitInBracket(found: SentenceFound[], text: string, c: Compiled, order: [string, string] | null): SentenceFound[] {
  if (!order) return found;
  const out: SentenceFound[] = [];
  let skipUntil = -1;
  for (const f of found) {
    if (f.quantity.start < skipUntil) continue;
    out.push(f);
    const r = f.reading;
    const q = f.quantity;
    if (!r || q.value == null || r.entity === null || r.entity === 'national' || order.some((t) => c.metrics.get(t)!.tier_of !== r.metric.id)) continue;
    const m = BRACKET_PAIR.exec(text.slice(q.end));
    if (!m || Number(m[1]) + Number(m[2]) !== q.value) continue;
    const open = q.end + m.index + m[0].indexOf('(');
    const parts = [m[1]!, m[2]!].map((digits, k) => {
      const start = text.indexOf(digits, k === 0 ? open : text.indexOf(m[1]!, open) + m[1]!.length);
      const part: Quantity = { ...q, start, end: start + digits.length, ownEnd: start + digits.length, text: digits, value: Number(digits), low: null, high: null, bound: 'exact', precision: 0.5, total: null, changeFrom: false };
      return { quantity: part, reading: { ...r, metric: c.metrics.get(order[k]!)!, confidence: { ...r.confidence, metric: 'split-in-bracket' } }, totalReading: null, reason: null };
    });
    out.push(...parts);
    skipUntil = q.end + m[0].length;
  }
  return out;
}

/** Before the side's name: "the", or up to two capitalised words of it ("Rodolfo Hernández" for "Hernández"). */
const SIDE_GAP = /^\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}$/u;
/** Between a number and a side word: its unit noun and a bracket ("12 percentage points (pps) more than"). */
const SIDE_UNIT = /^\s*\([^()]{0,30}\)/u;

/**
 * A lead written as a comparison with the other side (`side_ahead`, `side_behind`, `side_verbs`):
 * a number of the lead's unit read with no cue of its own (its unit noun only) is the lead, the
 * subject's when the side after the number is behind ("12 percentage points more than Reform",
 * "six points above its main rival", "Unity exceeds by 12 points Reform"), the side's after the
 * word when it is ahead ("the Greens got 26%, 18 points less than Unity").
 */
function sides(found: SentenceFound[], text: string, c: Compiled): SentenceFound[] {
  if (!c.sides.length || !found.some((f) => f.reading?.confidence.metric === 'unit-noun')) return found;
  const named = nameMentions(c, fold(text));
  return found.map((f) => {
    const r = f.reading;
    const q = f.quantity;
    if (!r || r.confidence.metric !== 'unit-noun') return f;
    for (const side of c.sides) {
      if (side.metric.unit !== r.metric.unit) continue;
      const unit = c.unitRe.exec(text.slice(q.end));
      if (!unit) continue;
      let at = q.end + unit[0].length;
      at += SIDE_UNIT.exec(text.slice(at))?.[0].length ?? 0;
      // The side named right after (past "the") or a rival noun.
      const sideAt = (from: number) => {
        const name = named.find((e) => e.start >= from && SIDE_GAP.test(text.slice(from, e.start)));
        return name ? name : side.rivals.test(text.slice(from).trimStart()) ? null : undefined;
      };
      const ahead = side.ahead.exec(text.slice(at));
      const behind = ahead ? null : side.behind.exec(text.slice(at));
      const verb = side.verbs.test(text.slice(0, q.start));
      const other = ahead || behind ? sideAt(at + (ahead ?? behind)![0].length) : verb ? sideAt(at) : undefined;
      if (other === undefined) continue;
      // The side behind is never the lead's: the subject is the name before the number that is not it.
      const subject = other && !behind && other.value === r.entity ? (named.filter((e) => e.end <= q.start && e.value !== other.value).at(-1)?.value ?? null) : r.entity;
      const entity = behind && other ? other.value : subject;
      if (!entity || entity === 'national') continue;
      return { ...f, reading: { ...r, metric: side.metric, entity, negative: false, confidence: { ...r.confidence, metric: 'side' } } };
    }
    return f;
  });
}

/**
 * A coalition named by its members: "Unity and Reform have 80 seats", "Unity, Reform (7 seats) and
 * the Greens (20 seats) would have 87 seats", "Unity, led by …, Reform and the Greens have pledged
 * to govern — together they have 248 seats" give the number to the coalition whose members (two
 * or more, the last after "and") the sentence names before it, when a plural word
 * (`coalitions.plural`) stands between the last name and the number, no digit outside brackets
 * stands between the names, and the number is the first after them; an apart word in the sentence
 * (`coalitions.apart`: "each", "respectively") keeps each party's own.
 */
function coalitions(found: SentenceFound[], text: string, c: Compiled): SentenceFound[] {
  if (!c.membersOf.size || !found.some((f) => f.reading) || hasWord(c.apartRe, text)) return found;
  const named = nameMentions(c, fold(text));
  if (named.length < 2) return found;
  // The text with its brackets blanked: "(BBB, 7 seats)" neither parts the names nor counts as a number.
  let plain = text;
  for (const p of parenthesised(text)) plain = plain.slice(0, p.start) + ' '.repeat(p.end - p.start) + plain.slice(p.end);
  const coalitionAt = (q: Quantity, kinds: string[]): string | null => {
    // A number in brackets ("(BBB, 7 seats)") is that name's own.
    if (plain[q.start] !== text[q.start]) return null;
    const before = named.filter((m) => m.end <= q.start);
    for (const [id, members] of c.membersOf) {
      if (!kinds.includes(c.entityKind.get(id) ?? '')) continue;
      const own = before.filter((m) => members.has(m.value));
      if (new Set(own.map((m) => m.value)).size < 2) continue;
      const first = own[0]!;
      const last = own.at(-1)!;
      const beforeLast = own.filter((m) => m.value !== last.value).at(-1)!;
      if (/[\d;]/.test(plain.slice(first.start, last.start)) || !/(?<![\p{L}])(?:and|&)(?![\p{L}])/iu.test(text.slice(beforeLast.end, last.start))) continue;
      // Past another name after the members ("to oust Reform — together they have"), the plural word comes after it.
      const from = Math.max(last.end, ...before.filter((m) => !members.has(m.value)).map((m) => m.end));
      const gap = plain.slice(last.end, q.start);
      if (/\d/.test(gap) || !hasWord(c.pluralRe, plain.slice(from, q.start))) continue;
      return id;
    }
    return null;
  };
  return found.map((f) => {
    const r = f.reading;
    if (!r || r.metric.entity !== 'attach' || f.also?.length) return f;
    const id = coalitionAt(f.quantity, r.metric.entity_kinds);
    return id && id !== r.entity ? { ...f, reading: { ...r, entity: id, confidence: { ...r.confidence, entity: 'coalition' } } } : f;
  });
}

/**
 * The stage words of each sentence of an article, its headline first, as a frame reads them (the
 * decision list's step 2: `stage.ts`). Of the document cues (`qualifiers.document`), read as one
 * pattern, leftmost and longest first, so a cue inside a longer one of another qualifier does not
 * count ("after counting all constituencies" hides the "after counting" it holds):
 * - a final cue is final (step 6), unless it is an act still to come ("will be officially
 *   confirmed", `actToCome`) or a result still to come ("a final result is scheduled to be
 *   declared", `unsettled`): a sentence about the future, no word; called preliminary in its
 *   phrase ("the preliminary final result", `provisional`) it is preliminary (step 3), hedged
 *   ("near-final data", "non-final results") a count not complete (step 4);
 * - a preliminary cue is preliminary (step 3), unless still to come or hedged as above;
 * - a cue of a count in progress is a count not complete (step 4), or a complete one (step 5)
 *   where it counts all the votes ("With all the votes counted", `wholeCount`); a count still to
 *   come ("will be counted", `countToCome`) says nothing;
 * - an estimate or an exit poll is no result (step 1), except an exit poll named only after a
 *   sentence has stated a figure with no poll word ("Unity won with 41.2 percent. Early exit polls
 *   had shown Reform ahead."): what the exit polls had said, no frame.
 * A count said to be done ("The counting of votes has ended", `countDone`) is complete; a part of
 * it done ("55% of the count completed") or votes still to count ("there remained some votes to
 * be counted", `countRemains`) is not complete; the authority declaring a winner
 * (`declaredWinner`) is final.
 *
 * Also whether the article names an exit poll anywhere (`exitPoll`): its "projected" is the exit
 * poll's.
 */
function stageFrames(source: IngestedSource, c: Compiled, quantities: (text: string) => Quantity[]): { headline: StageWords | null; sentences: StageWords[]; exitPoll: boolean } {
  let exitPoll = false;
  const preliminaryRank = c.documentQualifiers.indexOf('preliminary');
  const finalRank = c.documentQualifiers.indexOf('final');
  // Whether a figure was stated, with no poll word in its sentence, before this sentence.
  let figureBefore = false;
  const read = (text: string, isTitle: boolean): StageWords => {
    const w: Mutable<StageWords> = { ...NO_WORDS };
    const bare = bareCount(c, text, quantities(text));
    const toCome = resultToCome(c, text);
    const progress = quantities(text).filter((t) => t.kind === 'progress');
    const matches = words(c.documentRe, text, (x) => c.documentRank.get(key(x))).filter((m) => !everSoFar(text, m));
    const counts = c.countWordRe ? words(c.countWordRe, text, () => true) : [];
    const done = countDone(c, text, counts[0]);
    if (done === 'done') w.complete = true;
    if (done === 'partial' || countRemains(c, text, counts) || countExcept(c, text)) w.partial = true;
    if (declaredWinner(c, text)) w.final = true;
    const laterExitPoll = figureBefore;
    if (!isTitle) figureBefore ||= statedFigure(c, text, quantities);
    // "unofficial results", "the official vote count": the words of steps 3 and 6 before a result noun.
    // A pending word before them ("If those results are confirmed, …") makes them a result to come.
    // Each phrase holds a result noun or count word, as a word of its own: a sentence without one is not scanned for them.
    const nouns = hasWord(c.resultNounRe, text);
    const phrases = <T>(re: RegExp | null, value: () => T) => (re && nouns ? words(re, text, value) : []);
    const named = [...phrases(c.provisionalResultRe, () => preliminaryRank), ...phrases(c.finalResultRe, () => finalRank)].filter((m) => !(c.pendingRe && hasWord(c.pendingRe, text.slice(Math.max(0, m.start - PENDING_NEAR), m.start))));
    // "the ballots of 3,110 out of 3,111 precincts": a count not complete (step 4); "of all 3,111 out of 3,111" a complete one.
    for (const q of quantities(text)) {
      if (!q.total || q.value == null || q.total.value == null || q.percent || !progressTotal(c, text.slice(q.total.end))) continue;
      if (q.value < q.total.value) w.partial = true;
      else if (q.value === q.total.value) w.complete = true;
    }
    // "With 155 of 156 constituencies reporting": a part of what the count goes through, no figure of its own.
    const part = countedPart(c, text);
    if (part === 'partial') w.partial = true;
    else if (part === 'complete') w.complete = true;
    // "the latest data", "initial results": a count not complete (step 4).
    // "the latest report" alone: step 4 unless a frame has settled the count (stage.ts `latest`).
    for (const m of phrases(c.partialResultRe, () => true)) {
      // "one more than immediately after the initial count": the base of a comparison, another count's stage.
      if (toCome(m) || comparedStage(text, m)) continue;
      if (c.latestRe && hasWord(c.latestRe, text.slice(m.start, m.end))) w.latest = true;
      else w.partial = true;
    }
    // "has reported its full results": a complete count (step 5).
    for (const m of phrases(c.completeResultRe, () => true)) if (!toCome(m)) w.complete = true;
    for (const m of [...matches, ...named]) {
      if (comparedStage(text, m)) continue;
      const q = c.documentQualifiers[m.value];
      if (q === 'exit_poll') {
        exitPoll = true;
        if (!laterExitPoll) w.notResult ??= 'exit_poll';
      } else if (q === 'estimate') w.notResult ??= 'estimate';
      else if (q === 'interim') {
        // A count still to come says nothing; the count word of a progress ("100% of the votes counted") is the progress's (`stageCues`).
        if (countToCome(c, text, m) || progress.some((t) => t.start < m.end && m.start < t.end)) continue;
        // The count of "the official vote count", "the provisional vote count" is that phrase's stage (steps 3, 6), no count in progress.
        if (named.some((n) => n.start <= m.start && m.end <= n.end)) continue;
        // A lead ("Ames is in the lead with 52%", `qualifiers.leads`): after an exit poll the poll's, no
        // count in progress; else step 4 unless a frame has settled the count (stage.ts `latest`).
        if (c.leads.has(key(text.slice(m.start, m.end)))) {
          if (!exitPoll) w.latest = true;
          continue;
        }
        // The count a sentence says is done ("With the vote count completed") is complete.
        if (done === 'done' || completeCount(c, text, quantities(text), m)) w.complete = true;
        else if (!bare(m) || almostAll(c, text, m)) w.partial = true;
      } else if (q === 'final' || q === 'preliminary') {
        if (q === 'final' && actToCome(c, text, m)) continue;
        // Step 3 before step 4: "early preliminary results" are preliminary.
        if (q === 'preliminary' || provisional(c, text, m)) {
          if (!unsettled(c, text, m) && !toCome(m)) w.preliminary = true;
        } else if (hedged(c, text, m)) w.partial = true;
        else if (unsettled(c, text, m) || toCome(m)) continue;
        else w.final = true;
      }
    }
    return w;
  };
  // The headline is read first: readers take the article's stage from it as well ("Unity wins 41
  // seats – preliminary data"), and ingest removes its repetition from the body. Its figure is no
  // result stated before an exit poll ("Unity set to win 41 seats" over the exit poll's).
  const headline = source.meta.title ? read(source.meta.title, true) : null;
  const sentences = source.sentences.map((s) => read(source.body.slice(s.start, s.end), false));
  return { headline, sentences, exitPoll };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Numbers that count no part of a count ("The 23-hour count ended", "On 19 March the count ended"). */
const NO_PART = new Set<Quantity['kind']>(['year', 'date', 'time', 'duration', 'compound', 'money']);

/** Words of a comparison right before a stage cue, with up to two words between and no number ("compared to preliminary results", "than in the first count"). */
const COMPARED_STAGE = /\b(?:compared\s+(?:to|with)|in\s+comparison\s+(?:to|with)|than|unlike|versus)\s+(?:(?:(?:immediately|right|just)\s+)?(?:in|at|with|to|from|after)\s+)?(?:the\s+)?(?:\p{L}+\s+){0,2}$/iu;

/** Whether a stage cue names the base of a comparison ("no changes compared to preliminary results"): another count's stage, not its sentence's. */
function comparedStage(text: string, m: { start: number }): boolean {
  return COMPARED_STAGE.test(text.slice(Math.max(0, m.start - 50), m.start));
}

/** The perfect passive of a count ("have been counted", "has now been tallied"): the count is done. */
const PERFECT_COUNTED = /\b(?:have|has|had)\s+(?:now\s+|all\s+)?been\s+(?:counted|tallied)$/iu;

/** A clause of time that opens right before a count word ("after the official counting was completed", "when the count ended"): the numbers before it count no part of the count. */
const COUNT_AFTER = /\b(?:after|when|once|since)\s+(?:the\s+)?(?:\p{L}+\s+)?$/iu;

/** How far (in characters) after a count word the word that it is done may stand. */
const DONE_NEAR = 80;

/**
 * Whether a sentence says the count is done ("The process of counting votes in the elections has
 * ended", "officials finished counting", `qualifiers.count_done`): a count word, then a done word
 * within `DONE_NEAR` characters, or a done word right before it. With a number before them the
 * count done is a part of the whole ("55% of the count completed", "4,795 out of 31,497 districts
 * had finished counting"): a count in progress; a duration or date before them says nothing.
 * A hedge right before the done word ("near complete") or a pending word before it ("once the
 * count is over") says nothing is done.
 */
function countDone(c: Compiled, text: string, count: Mention<boolean> | undefined): 'done' | 'partial' | null {
  if (!c.countWordRe || !c.countDoneRe || !count) return null;
  const after = words(c.countDoneRe, text.slice(count.end, count.end + DONE_NEAR), () => true)[0];
  const right = after ? null : words(c.countDoneRe, text.slice(0, count.start), () => true).find((m) => /^\s+$/.test(text.slice(m.end, count.start)));
  // "the votes … have been counted": the perfect of a count done, its auxiliary the done word.
  const perfect = after || right ? null : PERFECT_COUNTED.exec(text.slice(Math.max(0, count.start - 30), count.end));
  const at = after ? count.end + after.start : right ? right.start : perfect ? count.start - (perfect[0].length - (count.end - count.start)) : undefined;
  if (at === undefined) return null;
  const before = text.slice(0, at);
  if (c.hedgeRe?.test(before) || (c.pendingRe && hasWord(c.pendingRe, before))) return null;
  // "have been counted in 20 of 80 districts": a part, named after the perfect.
  if (perfect) {
    const tail = text.slice(count.end).split(/[,;:.]\s/u)[0]!;
    if (/\d/.test(tail) && findQuantities(tail, c.grammar).some((q) => !NO_PART.has(q.kind))) return 'partial';
  }
  const lead = text.slice(0, Math.min(at, count.start));
  // "Ames won 58.6% … after the official counting was completed": a clause of time opens on the count, which is all done.
  if (!/\d/.test(lead) || COUNT_AFTER.test(lead)) return 'done';
  // A number other than a duration or a date ("The 23-hour count ended") counts a part.
  return findQuantities(lead, c.grammar).some((q) => !NO_PART.has(q.kind)) ? 'partial' : null;
}

/**
 * Whether a sentence names the authority that counts as its figures' source (`qualifiers.count_sources`:
 * "the data are from the Electoral Commission", "Election officials said turnout was more than 72
 * percent", "a state election commission's preliminary result … showed"): it reports the count.
 */
function countSourced(c: Compiled, text: string): boolean {
  return !!c.countSourceRe && hasWord(c.countSourceRe, text);
}

/**
 * The words a sentence frames the figures after it with (stage.ts `asFrame` decides the rest): a
 * poll or estimate it names beside a count in progress of the authority it names as its source is
 * what the count is set against, no frame ("the data are from the Electoral Commission, when a
 * quarter of the ballots were scrutinized and confirm the advantage already anticipated from the
 * exit polls": the count's).
 */
function sourcedFrame(c: Compiled, text: string, w: StageWords): StageWords {
  return w.notResult && w.partial && countSourced(c, text) ? { ...w, notResult: null } : w;
}

/**
 * Whether a sentence names the authority that counts as its source and names no poll or estimate
 * itself: its figures stand under no poll's or estimate's frame, nor a poll going on from before
 * ("According to the exit poll, Unity is set to win 36.6 percent. … Election officials said
 * turnout was more than 72 percent": the turnout is the count's, with no stage word, step 7).
 */
function countSourcedOnly(c: Compiled, text: string, cues: readonly Mention<QualifierCue>[]): boolean {
  return countSourced(c, text) && !cues.some((m) => POLL_CUES.has(m.value));
}

/**
 * Where a sentence's first count of seats set aside by the rules starts (`qualifiers.reserved`
 * right before or after the seat noun: "twenty guaranteed seats", "the 4 seats reserved for the
 * representatives of the minorities", "The other two seats are reserved for …"); Infinity: none.
 * That count and the seat counts after it in the sentence ("…, ten for the Serbian minority and ten
 * for other national sects") are the rule, not a result.
 */
function reservedSeats(c: Compiled, text: string, nums: readonly Quantity[]): number {
  if (!c.reservedRe) return Infinity;
  return nums.find((q) => c.reservedRe!.test(text.slice(q.end, q.end + 60)))?.start ?? Infinity;
}

/** How far (in characters) after a result noun or count word a word of exception may stand. */
const EXCEPT_NEAR = 120;

/**
 * Whether a sentence leaves a part of its count out (`qualifiers.count_except`): a word of
 * exception up to `EXCEPT_NEAR` characters after a result noun or count word ("the final results
 * from 156 constituencies, barring one", "had completed their ballot count except the north",
 * "the results declared, with the exception of one seat"): a count not complete (step 4).
 */
function countExcept(c: Compiled, text: string): boolean {
  if (!c.countExceptRe) return false;
  const exceptions = words(c.countExceptRe, text, () => true);
  if (!exceptions.length) return false;
  const nouns = words(c.resultNounRe, text, () => true);
  return exceptions.some((x) => nouns.some((n) => n.end <= x.start && x.start - n.end <= EXCEPT_NEAR));
}

/** How far (in characters) after a verb of declaring its object may stand ("declared Ann Ames the winner"). */
const DECLARED_NEAR = 40;
/** Pronouns of the declarer's own: "declared his party the winner", "declared himself the winner" are claims. */
const OWN_PRONOUN = /\b(?:his|her|its|their|our|my|himself|herself|itself|themselves|ourselves|myself)\b/iu;

/**
 * Whether a sentence declares the winner (`qualifiers.declared`): a verb of declaring, then its
 * object up to `DECLARED_NEAR` characters after it with no punctuation or pronoun of the
 * declarer's own between ("The commission declares Ames winner", "is hereby declared winner",
 * "Ames declared president-elect"), no hedge before the verb ("has not yet declared a winner")
 * and no act still to come ("to be declared the winner").
 */
function declaredWinner(c: Compiled, text: string): boolean {
  if (!c.declaredVerbRe || !c.declaredObjectRe) return false;
  const verbs = words(c.declaredVerbRe, text, () => true);
  for (const v of verbs) {
    const after = text.slice(v.end, v.end + DECLARED_NEAR);
    const object = words(c.declaredObjectRe, after, () => true)[0];
    if (!object) continue;
    const between = after.slice(0, object.start);
    if (/[,;:.()–—"“”]/u.test(between) || OWN_PRONOUN.test(between)) continue;
    const before = text.slice(Math.max(0, v.start - 30), v.start);
    if (c.hedgeRe?.test(before) || /\bnot\s+(?:yet\s+)?$/iu.test(before) || actToCome(c, text, v)) continue;
    return true;
  }
  // The authority names the winner in its own words: the sentence names one.
  return (hasWord(c.attribution.sources, text) && declaredByAuthority(c, text)) || authorityConfirms(c, text);
}

/** How far (in characters) before a verb of confirming its authority may stand ("The court on Monday reaffirmed"). */
const CONFIRMER_NEAR = 40;

/**
 * Whether an authority confirms what the sentence names (`qualifiers.declared.confirms`, the
 * decision list's step 6): a verb of confirming with an authority (`confirmers`) before it as its
 * subject, no punctuation but a bracketed abbreviation between ("The electoral tribunal confirmed
 * they won 54 of 60 seats", "The commission (EC) on Saturday certified the results"), or a
 * number right after "confirmed as" ("the turnout was confirmed as 59.9%"). Unlike a verb of
 * saying, it makes a side's own figure final. Not denied, hedged or still to come ("has not
 * confirmed", "will be confirmed").
 */
function authorityConfirms(c: Compiled, text: string): boolean {
  if (!c.confirmVerbRe) return false;
  for (const v of words(c.confirmVerbRe, text, () => true)) {
    const lead = text.slice(Math.max(0, v.start - CONFIRMER_NEAR), v.start);
    if (/\bnot\s+(?:yet\s+)?$/iu.test(lead) || c.hedgeRe?.test(lead) || actToCome(c, text, v) || (c.pendingRe && hasWord(c.pendingRe, lead))) continue;
    // A number right after "confirmed as": the figure confirmed itself ("the turnout was confirmed as 59.9%").
    const after = text.slice(v.end);
    if (/^\s+as(?![\p{L}])/iu.test(after) && c.numberNextRe.test(after.replace(/^\s+as/iu, ''))) return true;
    const who = c.confirmerRe ? words(c.confirmerRe, lead, () => true).at(-1) : undefined;
    if (who && !/[,;:.–—"“”]/u.test(lead.slice(who.end).replace(/\([^()]*\)/gu, ''))) return true;
  }
  return false;
}

/**
 * Whether a sentence states the winner, then, in its last clause, an election authority (an
 * `attribution.sources` word) with a verb of declaring: "Ames is the winner of the election, the
 * Electoral Commission has declared." (the authority declaring the winner, step 6). Not a winner
 * denied ("is not the winner") nor an act still to come.
 */
function declaredByAuthority(c: Compiled, text: string): boolean {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return authorityNamesWinner(c, text);
  const tail = text.slice(comma + 1);
  const verb = sayingVerb(c, tail);
  if (!verb || !hasWord(c.attribution.sources, tail.slice(0, verb.start)) || actToCome(c, text, { start: comma + 1 + verb.start })) return authorityNamesWinner(c, text);
  // Not a declaration denied or hedged ("…, the electoral commission has not yet declared").
  if (/\bnot\b/iu.test(tail.slice(0, verb.start)) || c.hedgeRe?.test(tail.slice(0, verb.start))) return false;
  return namesWinner(c, text.slice(0, comma));
}

/** The first verb of declaring or saying in a text (`qualifiers.declared.verbs`, `says`). */
function sayingVerb(c: Compiled, text: string): Mention<boolean> | undefined {
  return [c.declaredVerbRe, c.declaredSayRe].flatMap((re) => (re ? words(re, text, () => true) : [])).sort((a, b) => a.start - b.start)[0];
}

/**
 * Whether a clause names the winner: an object of declaring ("the winner") or a word of winning
 * ("has been re-elected", "has won the presidential election"), not denied ("is not the winner");
 * a word of winning right before a number (`numberNextRe`) tells what a side won, not who won ("won 62.6% of votes").
 */
function namesWinner(c: Compiled, head: string): boolean {
  const denied = (o: { start: number }) => /\bnot\s+(?:yet\s+)?(?:the\s+)?$/iu.test(head.slice(Math.max(0, o.start - 12), o.start));
  if (c.declaredObjectRe && words(c.declaredObjectRe, head, () => true).some((o) => !denied(o))) return true;
  return !!c.declaredWinRe && words(c.declaredWinRe, head, () => true).some((o) => !denied(o) && !c.numberNextRe.test(head.slice(o.end)));
}

/** How far (in characters) an authority may stand from "according to" before it, or from its verb of saying after it. */
const AUTHORITY_NEAR = 30;

/**
 * Whether an election authority (`attribution.sources`) names the winner in a sentence of its
 * own words (the decision list's step 6, an authority that announces who is elected): "according
 * to" the authority, with a word of winning anywhere in the sentence ("Ames has won a second term
 * with 84.3% of the vote, according to the Constitutional Court"), or the authority, then a verb
 * of saying or declaring, then the word of winning ("The Electoral Tribunal confirmed they won 54
 * of 60 seats"). A figure "according to the electoral commission" with no winner named is step 7.
 */
function authorityNamesWinner(c: Compiled, text: string): boolean {
  if (!c.declaredWinRe) return false;
  for (const s of words(c.attribution.sources, text, () => true)) {
    if (/\baccording\s+to\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,2}$/iu.test(text.slice(Math.max(0, s.start - AUTHORITY_NEAR), s.start))) {
      if (namesWinner(c, text.slice(0, s.start)) || namesWinner(c, text.slice(s.end))) return true;
      continue;
    }
    const after = text.slice(s.end, s.end + AUTHORITY_NEAR);
    const verb = sayingVerb(c, after);
    if (!verb || /[,;:.()–—"“”]|\bnot\b/u.test(after.slice(0, verb.start)) || c.hedgeRe?.test(after.slice(0, verb.start))) continue;
    if (namesWinner(c, text.slice(s.end + verb.end))) return true;
  }
  return false;
}

/** Where the last clause of `text` starts: after its last punctuation mark or dash (0: none). */
function clauseStart(text: string): number {
  return Math.max(...CLAUSE_MARKS.map((p) => text.lastIndexOf(p))) + 1;
}
const CLAUSE_MARKS = [',', ';', ':', '.', '(', '–', '—'];

/** How far (in characters) before a final cue a word of `qualifiers.provisional` may stand. */
const PROVISIONAL_NEAR = 30;

/**
 * Whether a final cue at `m` is called preliminary in its phrase ("the preliminary final result",
 * "Preliminary Grand Hall final result", `qualifiers.provisional`): a word of the list up to
 * `PROVISIONAL_NEAR` characters before it, with no punctuation, "and" or "or" between ("the
 * preliminary and the final results" are two).
 */
function provisional(c: Compiled, text: string, m: { start: number }): boolean {
  if (!c.provisionalRe) return false;
  const window = text.slice(Math.max(0, m.start - PROVISIONAL_NEAR), m.start);
  const word = words(c.provisionalRe, window, () => true).at(-1);
  return !!word && !/[,;:.()–—]|\b(?:and|or)\b/iu.test(window.slice(word.end));
}

/**
 * Whether a count cue is hedged "almost all" in its clause ("Now that the votes are almost all
 * counted", `qualifiers.hedges` right before a word of `qualifiers.count_all`): nearly the whole
 * count, a count in progress (step 4) even where the count word alone states no part.
 */
function almostAll(c: Compiled, text: string, m: { start: number }): boolean {
  if (!c.countAllRe || !c.hedgeRe) return false;
  const window = text.slice(Math.max(0, m.start - ALL_NEAR), m.start);
  const clause = window.slice(clauseStart(window));
  return words(c.countAllRe, clause, () => true).some((a) => c.hedgeRe!.test(clause.slice(0, a.start)));
}

/** How far (in characters) before a cue of a count in progress a word of `qualifiers.count_all` may stand. */
const ALL_NEAR = 60;

/**
 * Whether the cue of a count in progress at `m` ("counted") counts all the votes ("With all the
 * votes counted", "All votes counted:", "after the remaining postal votes were counted",
 * `qualifiers.count_all`): a complete count, whose results are preliminary. The word stands in
 * the cue's clause, up to `ALL_NEAR` characters before it, with no number but a date or a year
 * between the word and the cue (a figure before the word is no part: "won with 55.1 percent of the
 * votes with all ballots tallied") and no "of" before the word (a part: "7 percent of all votes
 * counted"), no hedge right before it ("almost all"), no pending word before it ("once all votes
 * …") and no count still to come ("all votes must be counted", "were about to be counted").
 */
function wholeCount(c: Compiled, text: string, m: { start: number }): boolean {
  if (!c.countAllRe) return false;
  const from = Math.max(0, m.start - ALL_NEAR);
  const window = text.slice(from, m.start);
  const clause = clauseStart(window);
  const all = words(c.countAllRe, window.slice(clause), () => true).at(-1);
  if (!all) return false;
  const at = from + clause + all.start;
  const between = text.slice(at, m.start);
  if (/\bto\s+be\b/iu.test(between) || countToCome(c, text, m)) return false;
  const before = text.slice(0, at);
  // "58.7 percent of all votes counted": a part of the counted votes ("of" before the word); "all 98 of
  // the votes counted" too (a number after it; a date says nothing: "all votes cast on April 3 counted").
  const lead = text.slice(at, m.start);
  if (/\bof\s+$/iu.test(before) || (/\d/.test(lead) && findQuantities(lead, c.grammar).some((q) => !NO_PART.has(q.kind)))) return false;
  return !c.hedgeRe?.test(before) && !(c.pendingRe && hasWord(c.pendingRe, text.slice(from, at)));
}

/** How far (in characters) before a count still to come a word of `qualifiers.count_remaining` may stand. */
const REMAINING_NEAR = 30;

/** Whether a sentence says part of the votes remains to be counted ("there remained some votes to be counted"): the results reported are preliminary. */
function countRemains(c: Compiled, text: string, counts: Mention<boolean>[]): boolean {
  if (!c.countWordRe || !c.countRemainingRe) return false;
  return counts.some((m) => countToCome(c, text, m) && hasWord(c.countRemainingRe!, text.slice(Math.max(0, m.start - REMAINING_NEAR), m.start)));
}

/**
 * The qualifier cue words of a sentence. The loop over a source's sentences and the sentence's
 * own reading both ask for them (is it a list item, what does it introduce, what qualifies its
 * numbers): the last sentence's are kept, so each sentence is scanned once. Callers must not
 * change the array.
 */
function qualifierCues(c: Compiled, text: string): readonly Mention<QualifierCue>[] {
  if (lastCues?.c !== c || lastCues.text !== text) lastCues = { c, text, cues: words(c.qualifierRe, text, (w) => c.qualifierOf.get(key(w))).filter((m) => !everSoFar(text, m)) };
  return lastCues.cues;
}
let lastCues: { c: Compiled; text: string; cues: Mention<QualifierCue>[] } | null = null;

/**
 * Whether a cue "so far" closes a superlative ("its best result so far", "the highest turnout so
 * far"): the record of all elections up to now, no count in progress (step 4 asks for a count
 * that is not complete).
 */
function everSoFar(text: string, m: { start: number; end: number }): boolean {
  return key(text.slice(m.start, m.end)) === 'so far' && SUPERLATIVE_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}
/** A superlative, then up to three words, right before a cue ("best result", "highest turnout in history"). */
const SUPERLATIVE_BEFORE = /(?<![\p{L}])(?:best|worst|highest|lowest|largest|biggest|strongest|weakest|greatest|poorest)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** Whether a cue of a count in progress at `m` is a count still to come or the rule of counting ("will be counted", `qualifiers.count_to_come`). */
function countToCome(c: Compiled, text: string, m: { start: number }): boolean {
  return !!c.countToComeRe?.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/** How far (in characters) after a number its unit noun may stand ("168 seats"). */
const UNIT_NEAR = 30;

/** Whether a sentence states a figure (a share, or a count with its unit noun: "168 seats") with no word of a poll (forecast, exit poll) in it: a result. */
function statedFigure(c: Compiled, text: string, quantities: (text: string) => Quantity[]): boolean {
  if (!/\d/.test(text)) return false;
  if (!quantities(text).some((q) => q.kind === 'quantity' && (q.percent || c.unitRe.test(text.slice(q.end, q.end + UNIT_NEAR))))) return false;
  return !qualifierCues(c, text).some((m) => m.value === 'forecast' || m.value === 'exit_poll');
}

/** How far (in characters) from a cue of the result a word of `qualifiers.pending` makes it a result still to come. */
const PENDING_NEAR = 45;

/** Whether a hedge stands right before a final or preliminary cue at `m` ("near-final data", "non-final results", `qualifiers.hedges`): a count not complete. */
function hedged(c: Compiled, text: string, m: { start: number }): boolean {
  return !!c.hedgeRe?.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/**
 * Whether a final or preliminary cue at `m` is a result still to come: it names the result (its
 * last word is one of `qualifiers.result_nouns`) and a pending word stands near it ("the final
 * result is scheduled"). A cue that names an act ("the commission announced") is never pending:
 * "announced how the seats will be shared" (but see `actToCome`: "will be officially confirmed").
 */
function unsettled(c: Compiled, text: string, m: { start: number; end: number }): boolean {
  if (!c.pendingRe || !c.resultNouns.has(text.slice(m.start, m.end).toLowerCase().split(/\s+/).at(-1) ?? '')) return false;
  const from = Math.max(0, m.start - PENDING_NEAR);
  const after = m.end + asideAfter(text, m.end);
  return hasWord(c.pendingRe, text.slice(from, m.start)) || hasWord(c.pendingRe, text.slice(after, after + PENDING_NEAR));
}

/** How far an aside set off by commas right after a phrase runs ("The final results, including the seats won by each party, were expected …"): its length with the commas, else 0. */
const ASIDE_AFTER = /^,[^,.;:]{1,120},/u;
function asideAfter(text: string, at: number): number {
  return ASIDE_AFTER.exec(text.slice(at))?.[0].length ?? 0;
}

/**
 * Whether a final cue at `m` is an act still to come, in the passive right before it: a pending
 * word or "to" before "be" ("The results will be officially confirmed on Monday", "has to be
 * officially confirmed", "over half of the votes to be declared the winner"). It says nothing of
 * the article's count ("The new chamber will convene its first session" is no passive: final).
 */
function actToCome(c: Compiled, text: string, m: { start: number }): boolean {
  const lead = text.slice(Math.max(0, m.start - 30), m.start);
  const near = lead.slice(clauseStart(lead));
  if (!/\bbe\s+(?:\p{L}+ly\s+)?$/iu.test(near)) return false;
  return /\bto\s+be\s/iu.test(near) || (!!c.pendingRe && hasWord(c.pendingRe, near));
}

/** The entity a matched name stands for; a derived short form only when written with a capital. */
function entityOfMatch(c: Compiled, s: string): string | undefined {
  const k = key(s);
  return c.capitalOnly.has(k) && !/^\p{Lu}/u.test(s) ? undefined : c.entityOf.get(k);
}

/**
 * The lexicon's names with the abbreviations the article defines: a known name followed by a
 * bracketed abbreviation ("Progressive Unity (PU) won 41.2 percent") makes the abbreviation a
 * name of the same entity in this article ("PU also took 40 seats"), unless it already is a name.
 */
const BRACKET_CAPITAL = /\(\s*\p{Lu}/u;

function withAbbreviations(source: IngestedSource, c: Compiled): Compiled {
  const learned = new Map<string, string>();
  for (const s of source.sentences) {
    const raw = source.body.slice(s.start, s.end);
    // Most sentences define nothing: only one with a bracket before a capital is read.
    if (!BRACKET_CAPITAL.test(raw)) continue;
    const text = fold(raw);
    for (const m of nameMentions(c, text)) {
      const a = definedAbbreviation(text.slice(m.end, m.end + 20));
      if (a && !c.entityOf.has(key(a)) && !learned.has(key(a))) learned.set(key(a), m.value);
    }
  }
  if (learned.size === 0) return c;
  // Articles of one event define the same few abbreviations: the pattern with them is built once.
  const id = [...learned].map(([a, e]) => `${a}\0${e}`).join('\n');
  let withThem = abbreviationCache.get(c);
  if (!withThem) abbreviationCache.set(c, (withThem = new Map()));
  let out = withThem.get(id);
  if (!out) {
    const entityOf = new Map([...c.entityOf, ...learned]);
    out = scannedWhole({ ...c, entityOf, entityRe: wordsRe(entityOf.keys()) });
    if (withThem.size >= ABBREVIATION_CACHE) withThem.clear();
    withThem.set(id, out);
  }
  return out;
}

/** The lexicon's patterns with an article's abbreviations, by the abbreviations (bounded per lexicon). */
const abbreviationCache = new WeakMap<Compiled, Map<string, Compiled>>();
const ABBREVIATION_CACHE = 64;

interface Reading {
  metric: Metric;
  entity: string | null;
  qualifier: Qualifier;
  election: number | null;
  separateTotal: boolean;
  confidence: { metric: string; entity: string; distance: number | null };
  attribution: string | null;
  /** The unknown name a number of entity `unknown` was read with ("Brightway"). */
  surface: Mention<string> | null;
  /** The metric's cue nearest the number is a loss ("lost 12 seats"): the value is negative. */
  negative: boolean;
  /** A figure of this election's later round (an article about the run-off, not a first-round number): round 2. */
  laterRound?: boolean;
}

interface SentenceFound {
  quantity: Quantity;
  reading: Reading | null;
  totalReading: Reading | null;
  reason: string | null;
  /** The same figure for the other names of "A and B each secured four seats". */
  also?: Reading[];
}

/** A claim read before this number: in its paragraph (`previous`) or anywhere before in the source. */
interface Previous {
  pct: string;
  metric: string;
  entity: string | null;
  /** Where its number ends in its sentence. */
  end: number;
  /** A loss ("lost 12 seats"). */
  negative?: boolean;
  /** Its value, for a share (`Memory.ahead`). */
  value?: number | null;
}

/** A line of a list: a name, a dash or colon, a number ("Yerevan – 344,868 citizens or 40.15%"). */
const LIST_LINE = /^[^\d:–—-]{1,40}(?:[–—:]|\s-)\s*\d/u;
/** A dash or colon right before a number: the link of a list line, whatever its name ("CDU-LEFT: 1.2%"). */
const ITEM_LINK = /[–—:-]\s*\d/u;
/**
 * A list item: a dash or colon right before a number, or a share or pair first ("Northport -
 * 41/59", "* 40/60 as of 9am"; not "4 days after …"), or a count and its share in brackets alone
 * ("2 350 711 (52.6%)", the values of a name line above).
 */
const LIST_ITEM_SHAPE = /[–—:-]\s*\d|^[\s*•·-]*\d[\d.,]*\s*(?:[/%–-]|per\s?cent)|^[\s*•·-]*\d[\d.,  ]*\(\s*\d[\d.,]*\s*(?:%|per\s?cent)\s*\)\s*$/u;
/** A line that is one table cell holding a name (a letter in it: "|5-Star Movement"), and one holding a number only ("|Unity", "|41"). */
const NAME_CELL = /^\|\s*(?=[^|]*\p{L})[^|\s%][^|%]{0,60}\|?\s*$/u;
const NUMBER_CELL = /^\|\s*\d[\d.,]*\s*%?\s*\|?\s*$/u;
/** How long (in characters) a heading or an introduction of a list, without a figure, may be. */
const HEADING = 160;
/** How long (in characters) an item of a list introduced by a colon may be. */
const LIST_ITEM = 80;

/** How many metrics per unit class a memory keeps for a list item to choose from. */
const RECENT = 6;

/** The last claim read per unit class and per metric: constant time, whatever came before. */
class Memory {
  private byPct = new Map<string, Previous>();
  private byMetric = new Map<string, Previous>();
  /** The last few metrics read per unit class, newest first, each once. */
  private recent = new Map<string, string[]>();
  /** The last two figures of a side per metric, of two different sides. */
  private sides = new Map<string, [Previous, Previous | undefined]>();
  push(p: Previous): void {
    this.byPct.set(p.pct, p);
    this.byMetric.set(p.metric, p);
    if (p.entity !== 'national') this.bySide.set(p.metric, p);
    if (p.entity && p.entity !== 'national' && p.entity !== 'unknown' && p.value != null) {
      const last = this.sides.get(p.metric)?.[0];
      this.sides.set(p.metric, [p, last && last.entity !== p.entity ? last : this.sides.get(p.metric)?.[1]]);
    }
    const list = [p.metric, ...(this.recent.get(p.pct) ?? []).filter((m) => m !== p.metric)];
    this.recent.set(p.pct, list.slice(0, RECENT));
  }
  /** A metric named without a figure: the newest of its unit class, for the list items to come. */
  mention(pct: string, metric: string): void {
    this.recent.set(pct, [metric, ...(this.recent.get(pct) ?? []).filter((m) => m !== metric)].slice(0, RECENT));
  }
  recentOfUnit(pct: string): readonly string[] {
    return this.recent.get(pct) ?? [];
  }
  lastOfUnit(pct: string): Previous | undefined {
    return this.byPct.get(pct);
  }
  lastOfMetric(metric: string): Previous | undefined {
    return this.byMetric.get(metric);
  }
  /** The last figure of the metric that a side holds (not the nation's: "61 seats … out of 151" is the side's 61). */
  private bySide = new Map<string, Previous>();
  lastSideOfMetric(metric: string): Previous | undefined {
    return this.bySide.get(metric);
  }
  /** Of the last two sides given this metric, the one with the larger value ("Ames 47.9%, Bell 43.7%": Ames). */
  ahead(metric: string): string | null {
    const [a, b] = this.sides.get(metric) ?? [];
    if (!a || !b || a.value == null || b.value == null || a.value === b.value) return null;
    return a.value > b.value ? a.entity : b.entity;
  }
  /** The metric of the first number of its unit that a name led in a paragraph (a list item's first figure). */
  private led = new Map<string, { metric: string; paragraph: number }>();
  lead(pct: string, metric: string, paragraph: number): void {
    this.led.set(pct, { metric, paragraph });
  }
  /** The metric a list item led in this paragraph or the one before opened with, if any. */
  leadOfUnit(pct: string, paragraph: number): string | null {
    const l = this.led.get(pct);
    return l && l.paragraph >= paragraph - 1 ? l.metric : null;
  }
}

/**
 * Whether a list item that names its own side (`who`) may take a metric of the source's recent
 * ones: an item that names a party, candidate, option or group takes none of the nation's (invalid
 * ballots) and none its kind cannot have (turnout is a place's): "92 553 ballots were invalid.
 * Turnout was 68.9 percent. … Unity: 2 350 711 (52.6%)" gives Unity votes and a share.
 */
function itemMetric(c: Compiled, id: string, who: string | undefined): boolean {
  const kind = who ? (c.entityKind.get(who) ?? 'place') : 'place';
  if (kind === 'place') return true;
  const m = c.metrics.get(id)!;
  return m.entity !== 'national' && m.entity_kinds.includes(kind as 'place');
}

/**
 * Whether a name after a number stands after a verb of beating or comparing between them
 * (`contrast_verbs`: "won 52.6% of the vote, a total of 2,350,711 votes, to beat rival Bo Bell"):
 * the rival the number's owner beat, not its owner.
 */
function rivalAfter(c: Compiled, text: string, q: { end: number }, e: { start: number }): boolean {
  return e.start >= q.end && hasWord(c.contrastVerbRe, text.slice(q.end, e.start));
}

/** Between a subject and the rival it beat: a few words with a verb of beating, no comma ("has overtaken the"). */
const RIVAL_GAP = /^[\s\p{L}'’]{1,40}$/u;
/** After the rival: a comma and "with" open a phrase of the subject's ("…, with 30 seats"). */
const WITH_PHRASE = /^[^.;:]*,\s*with\s/u;

/**
 * "The Middle Party has overtaken the FDP for the first time, with 30 seats and a voter share of
 * 14.6%": the figures of a "with" phrase after the rival the subject beat (`contrast_verbs`) are
 * the subject's. Returns the subject's mention, if so.
 */
function beatenRivalSubject<T>(c: Compiled, text: string, q: { start: number }, rival: Mention<T> | undefined, fit: Mention<T>[]): Mention<T> | undefined {
  if (!rival) return undefined;
  const subject = fit.filter((e) => e.end <= rival.start).at(-1);
  if (!subject) return undefined;
  const gap = text.slice(subject.end, rival.start);
  if (!RIVAL_GAP.test(gap) || !hasWord(c.contrastVerbRe, gap)) return undefined;
  if (!WITH_PHRASE.test(text.slice(rival.end, q.start)) || fit.some((e) => e.start >= rival.end && e.end <= q.start)) return undefined;
  return subject;
}

/** What a sentence hands to the next: the earlier election it named ("The 2020 vote was annulled."). */
interface SentenceContext {
  electionYear: number | null;
  /** The last qualifier cue of the sentence read last (a time of day counts: "as of 5pm"). */
  lastCue: QualifierCue | null;
  /** The article reports an exit poll: its forecasts are the exit poll's. */
  exitPoll: boolean;
  /** An exit poll or estimate a sentence named, and the paragraph it was named in (`pollGoesOn`). */
  poll: { qualifier: Qualifier; paragraph: number } | null;
  /** The paragraph of a sentence with a figure that named an opinion poll, or went on with one by its ranking (`rankGoesOn`). */
  ranking: { paragraph: number } | null;
  /** The paragraph of the sentence being read. */
  paragraph: number;
  /** The year of a "YEAR, when …" clause that ended the sentence before, and its paragraph. */
  whenYear: { year: number; paragraph: number } | null;
  /** The names the sentence before named, in order, and its paragraph (a "respectively" list with no name of its own). */
  namesBefore: { names: string[]; paragraph: number } | null;
  /** The sides a heading without a figure named ("HIGHEST YES VOTE", "NATIONAL VOTE - YES/NO") for the list items after it. */
  sides: string[] | null;
  /** An earlier election a sentence before introduced, and its paragraph (`earlierGoesOn`): the figures after it are of it. */
  earlier: { year: number | null; paragraph: number } | null;
  /** The paragraph of a sentence whose figures were all another body's because it opened with that body (`bodyGoesOn`). */
  otherBody: { paragraph: number } | null;
  /** The article is about a later round of the election (`aboutLaterRound`). */
  laterRound: boolean;
  /** Its figures are the later round's (`roundTwo`): round 2. */
  roundTwo: boolean;
  /** The paragraph whose sentence before named the first round (of an article about a later round), and goes on with it. */
  firstRound: number | null;
  /** The numbers of a sentence's text (`findQuantities`), read once per source. */
  quantities: (text: string) => Quantity[];
  /** The current frame's stage words (stage.ts `Frames`), and the sentence's own words as a frame reads them (`stageFrames`). */
  frame: StageWords | null;
  /** Whether the figures of the voting stand under a turnout at a time of day (stage.ts `Frames.snapshot`). */
  snapshotFrame: boolean;
  ownWords: StageWords;
}

/** The qualifiers of a poll or estimate whose figures the sentences after its cue go on giving. */
const CARRIED_POLLS = new Set<QualifierCue>(['exit_poll', 'estimate']);
/** The cues of a result, a count or a time: a sentence holding one speaks for itself. */
const OWN_CUES = new Set<QualifierCue>(['interim', 'preliminary', 'final', 'result', 'recount', 'rule']);

/**
 * "According to the estimates of X, 46.3% voted for Unity. The second is Reform with 23.6%.": the
 * sentences after one that names an exit poll or an estimate go on giving its figures while they
 * have no cue of a result of their own (a count, a time, final or preliminary results), in its
 * paragraph and the next, if the sentence gave the poll as its source ("according to", the
 * `attribution.before_name` words, up to 30 characters before the poll's cue: not "the estimated
 * turnout was 78.2 percent", nor "two more than the exit poll indicated"), or if the poll heads a
 * list (its cue before a colon in the sentence's first 80 characters: "Pollster projections (95% of
 * the processed sample): Unity – 46.3 percent, …"), or in other words (`pollSource`). Returns the poll's qualifier for a
 * sentence that goes on, or that gives the poll as its source, else null; `cues` are the sentence's qualifier cues.
 */
function pollGoesOn(context: SentenceContext, cues: Mention<QualifierCue>[], text: string, c: Compiled): Qualifier | null {
  const own = cues.filter((m) => CARRIED_POLLS.has(m.value)).at(-1);
  if (own) {
    // Only a poll the sentence gives as its source ("according to the exit poll") goes on.
    // So does a poll that heads a list ("Pollster projections (95.3 percent of the processed sample): Unity – 46.3 percent, …").
    const colon = text.indexOf(':');
    const heads = colon > own.end && colon <= LIST_HEAD;
    const by = heads || words(c.attribution.before, text, () => true).some((a) => a.start <= own.end && own.start - a.end <= ATTRIBUTED_NEAR) || pollSource(c, text, own);
    context.poll = by ? { qualifier: own.value as Qualifier, paragraph: context.paragraph } : null;
    // The poll is its own sentence's source too: a figure far before its cue ("… were seen winning 98 of the 169 seats, …,
    // according to estimates based on advance ballots") is its.
    return by ? (own.value as Qualifier) : null;
  }
  if (!context.poll || cues.some((m) => OWN_CUES.has(m.value)) || context.paragraph - context.poll.paragraph > POLL_PARAGRAPHS) {
    context.poll = null;
    return null;
  }
  return context.poll.qualifier;
}
/**
 * "The National Rally leads in opinion polls with 36%. In second place is the New Popular Front with
 * 27.5%. Following is Together, trailing with 20%.": a sentence with no qualifier cue of its own that
 * goes on with the ranking (`RANK_GOES_ON`: a place in it, "Following is", "Next came") of a sentence
 * with a figure that named an opinion poll, in its paragraph or the next, gives the poll's figures
 * (`forecast`), and so hands the poll on to the ranking's next place. Returns 'forecast' or null.
 */
function rankGoesOn(context: SentenceContext, cues: readonly Mention<QualifierCue>[], text: string): Qualifier | null {
  const before = context.ranking;
  // (An exit poll or estimate named with it makes the forecast word theirs: "a similar figure was forecast in one of the exit polls".)
  const opinion = cues.some((m) => m.value === 'forecast') && !cues.some((m) => m.value === 'exit_poll' || m.value === 'estimate');
  context.ranking = opinion ? { paragraph: context.paragraph } : null;
  if (!before || cues.length || context.paragraph - before.paragraph > POLL_PARAGRAPHS || !RANK_GOES_ON.test(text)) return null;
  context.ranking = { paragraph: context.paragraph };
  return 'forecast';
}
/** A sentence that tells the next place of a ranking: "In second place is", "Second place was taken by", "is in third place", "placed third", "Following is", "Next came". */
const RANK_GOES_ON = /(?<![\p{L}])(?:(?:second|third|fourth|fifth|sixth|last)\s+place|placed\s+(?:second|third|fourth|fifth|sixth|last))(?![\p{L}])|^\s*(?:following|next)\s+(?:is|are|was|were|came|comes)(?![\p{L}])/iu;

/**
 * Whether a sentence gives a poll's cue as its source in other words than "according to": as the
 * subject of a verb of telling right after it (`attribution.after_name`, up to two words between:
 * "a projection showed", "the estimates by the broadcaster showed"), or as the ground of its figures
 * (`POLL_BASIS`: "said on the basis of a projection", "based on estimates").
 */
function pollSource(c: Compiled, text: string, own: Mention<QualifierCue>): boolean {
  if (POLL_BASIS.test(text.slice(Math.max(0, own.start - ATTRIBUTED_NEAR), own.start))) return true;
  const verb = words(c.attribution.after, text, () => true).find((a) => a.start >= own.end);
  return !!verb && POLL_VERB_GAP.test(text.slice(own.end, verb.start));
}
/** Words right before a poll's cue (an article and one word between) that make it the ground of its sentence's figures. */
const POLL_BASIS = /(?<![\p{L}])(?:on\s+the\s+basis\s+of|based\s+on)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** What may stand between a poll's cue and its verb of telling: up to two words ("by Yle", "of the institute"). */
const POLL_VERB_GAP = /^\s*(?:,\s*)?(?:[\p{L}\p{N}'’.-]+\s+){0,2}$/u;
/** How many paragraphs after its own the sentences may go on with a poll (its paragraph and the next). */
const POLL_PARAGRAPHS = 1;
/** How far (in characters) before a poll's cue the word that gives it as a source may stand ("according to the estimates of"). */
const ATTRIBUTED_NEAR = 30;
/** How far into a sentence the colon after a poll's cue may stand for the poll to head the list after it. */
const LIST_HEAD = 80;

/**
 * Whether a sentence goes on with the earlier election a sentence before introduced ("The last
 * election was held in 2017. Unity won 78 seats, Reform 40. Turnout was 60%."): in its paragraph,
 * while it names no year, no word of now (`qualifiers.now`) and no qualifier cue of its own but an
 * earlier election's. Returns the election it goes on with, else null.
 */
function earlierGoesOn(context: SentenceContext, text: string, all: Quantity[], c: Compiled): SentenceContext['earlier'] {
  const e = context.earlier;
  if (!e || all.some((y) => y.kind === 'year')) return null;
  if (e.paragraph !== context.paragraph && !(e.paragraph === context.paragraph - 1 && opensOnReference(c, text))) return null;
  if (c.nowRe?.test(text) || qualifierCues(c, text).some((m) => m.value !== 'historical')) return null;
  return { ...e, paragraph: context.paragraph };
}

/**
 * Whether a sentence opens on a word that stands for a name named before (`references`: "He got
 * 2.46 million votes"): it goes on with the sentence before it even across a paragraph break (a
 * page whose every sentence is a paragraph), so an earlier election that sentence introduced
 * goes on too.
 */
function opensOnReference(c: Compiled, text: string): boolean {
  return words(c.referenceRe, text, () => true)[0]?.start === text.length - text.trimStart().length;
}

/**
 * The election a sentence with no figure introduces, when it names an earlier one ("The last
 * election for the chamber was held in October 2017.", "The previous elections took place in
 * 2020."): words of an earlier election (`qualifiers.historical`) or an earlier year, with an
 * election noun (`qualifiers.election_words.nouns`), neither the base of a comparison ("the
 * highest since 2017"). Returns the earlier year (null: the previous election), or undefined.
 */
function introducesEarlier(text: string, all: Quantity[], c: Compiled): number | null | undefined {
  if (!hasWord(c.electionNounRe, text)) return undefined;
  // It tells of the election ("was held", "took place", `qualifiers.held_verbs`) or opens on it ("The last election …"),
  // no comparison ("Turnout was higher than in the last election.").
  const opens = words(c.historicalRe, text, () => true).some((h) => INTRO_OPENER.test(text.slice(0, h.start)));
  if (!opens && !(c.heldVerbRe && hasWord(c.heldVerbRe, text))) return undefined;
  if (COMPARISON_WORD.test(text)) return undefined;
  const years = all.filter((y) => y.kind === 'year' && y.value != null && c.year != null && y.value < c.year && (c.earlier.size === 0 || c.earlier.has(y.value)) && !comparisonBase(y, text, c));
  if (all.some((y) => y.kind === 'year' && y.value === c.year)) return undefined;
  const words_ = words(c.historicalRe, text, () => true).filter((h) => !comparisonBase(h, text, c));
  if (!years.length && !words_.length) return undefined;
  return years.at(-1)?.value ?? c.previous;
}

/**
 * Whether an article is about a later round of a two-round election: its first sentence (the
 * headline first) that names a later round (`qualifiers.rounds.later`: "runoff", "second round")
 * names no first round and no word that puts it ahead ("will face off in a runoff", "heads to a
 * second round", "the second round is scheduled for May 28": `qualifiers.rounds.ahead`).
 */
function aboutLaterRound(source: IngestedSource, c: Compiled): boolean {
  if (!c.laterRoundRe) return false;
  const texts = source.sentences.map((s) => source.body.slice(s.start, s.end));
  if (source.meta.title) texts.unshift(source.meta.title);
  for (const text of texts) {
    const later = words(c.laterRoundRe, text, () => true)[0];
    if (!later) continue;
    // Words of the later round's clause only: "…, who conceded defeat before the results were known" is no round ahead.
    // After it, only up to the end of its clause ("won the runoff on Sunday and will be the next president": no round ahead).
    const after = text.slice(later.end, later.end + AHEAD_AFTER);
    const near = text.slice(Math.max(0, later.start - AHEAD_BEFORE), later.end) + after.slice(0, after.search(CLAUSE_END) + 1 || after.length);
    return !(c.earlierRoundRe && hasWord(c.earlierRoundRe, text)) && !(c.roundAheadRe && hasWord(c.roundAheadRe, near));
  }
  return false;
}
/**
 * Whether an article's figures are of the election's later round (round 2): the election has one
 * (`election.second_round`, its day), and the article was published that day or after (an
 * article of the first round may name the run-off ahead), or, with no date, is about the later
 * round (`aboutLaterRound`). Its numbers nearest to words of the first round stay the first round's.
 */
function roundTwo(source: IngestedSource, c: Compiled, about: boolean): boolean {
  if (c.secondRound == null) return false;
  const published = source.meta.published;
  return published == null ? about : published >= c.secondRound;
}

/** An article published before the later round's day (`election.second_round`) is about the first round, whatever it says of the run-off ahead ("sent two candidates to an Aug. 20 runoff"). */
function beforeSecondRound(source: IngestedSource, c: Compiled): boolean {
  return c.secondRound != null && source.meta.published != null && source.meta.published < c.secondRound;
}

/** How far (in characters) before and after a later round's words a word may put it ahead ("set to face Ames … in a runoff", "the second round is scheduled for May 28"). */
const AHEAD_BEFORE = 80;
/** Where a later round's clause ends: a comma, semicolon or colon, or "and", "but", "while" between clauses. */
const CLAUSE_END = /[,;:]|\s(?:and|but|while)\s/u;
const AHEAD_AFTER = 60;

/** The words of the first round and of later rounds in a sentence, in order. */
function roundWords(text: string, c: Compiled): Mention<'earlier' | 'later'>[] {
  const out = [...(c.earlierRoundRe ? words(c.earlierRoundRe, text, () => 'earlier' as const) : []), ...(c.laterRoundRe ? words(c.laterRoundRe, text, () => 'later' as const) : [])];
  return out.sort((a, b) => a.start - b.start);
}

/** What may stand before earlier-election words that open an introduction ("The last election …", "At the previous elections …"). */
const INTRO_OPENER = /^\s*(?:(?:in|at|during)\s+)?(?:the\s+)?$/iu;
/** Words of a comparison: a sentence with one compares with the earlier election, and introduces none. */
const COMPARISON_WORD = /(?<![\p{L}])(?:than|unlike|compared|as\s+in)(?![\p{L}])/iu;

/** A table row under a header row: its cells, and the header's cell texts in column order. */
interface TableRow {
  cells: Span[];
  header: string[];
  /** A flattened table's columns, read from its header (`tables`), one per cell (none for the name). */
  columns?: (Column | null)[];
  /** The columns whose cells have carried a per-cent sign in this table. */
  percent?: ReadonlySet<number>;
}

/** No cell: a column a flattened row leaves empty ("72 - 1,458,151"). */
const NO_CELL: Span = { start: -1, end: -1 };

/**
 * A flattened table's row as a table row: the name, then a cell per column, in the row's text
 * (`at`: where it starts in `body`). A column's metrics are those its name holds; a change's are the
 * changes of its own metric or of the column before ("Seats Change": seats); a cell written with a
 * per-cent sign, or under a column of shares alone ("%"), is a share; a cell with a minus is a loss.
 */
function flatRow(flat: FlatRow, at: number, year: number | null, body: string, c: Compiled): TableRow {
  const rel = (x: Span | null) => (x ? { start: x.start - at, end: x.end - at } : NO_CELL);
  const metricsOf = (j: number): string[] => {
    const col = flat.columns[j]!;
    if (!col.change) return col.metrics;
    const of = col.metrics.length ? col.metrics : j > 0 ? flat.columns[j - 1]!.metrics : [];
    return of.flatMap((m) => c.changeOf.get(m) ?? []);
  };
  const columns = flat.columns.map((col, j): Column | null => {
    const cell = flat.cells[j];
    if (!cell) return null;
    const written = body.slice(cell.start, cell.end);
    const own = metricsOf(j);
    return {
      own,
      table: own,
      qualifier: null,
      year,
      percent: written.includes('%') || !!col.percent || (own.length > 0 && own.every((m) => c.metrics.get(m)?.unit === '%')),
      sign: /^[-−–]/u.test(written) ? -1 : null,
    };
  });
  return { cells: [rel(flat.name), ...flat.cells.map(rel)], header: ['', ...flat.columns.map((k) => k.text)], columns: [null, ...columns] };
}

/** A line that is a label, a colon and a value ("Leader: Ann Ames", "Seats won in last election: 78"). */
const LABEL_LINE = /^[^\d:]{2,40}:\s*\S/u;
/** How long (in characters) a line that is a name alone may be. */
const NAME_LINE = 100;
/** A label line whose value is a number ("Seats won in last election: 78"). */
const LABEL_NUMBER = /^[^\d:]{2,40}:\s*\d/u;

/** A line that is one name of the lexicon alone ("Unity Party", "Unity Party** / Unité (UP)"), its entity. */
function nameLine(text: string, c: Compiled): string | null {
  const head = text.split(/\s\/\s|[(*[]/u)[0]!.trim();
  // Nothing but glosses after the name (brackets, " / " and its name in another language): no words of a sentence ("Ames (Unity), who led, obtained …").
  if (!head || head.length > 60 || /[,.;:]|\p{Ll}{3,}/u.test(text.slice(head.length).replace(/\([^()]*\)/gu, '').replace(/^\s*\/\s[^,.;:]*$/u, ''))) return null;
  const named = nameMentions(c, fold(head));
  return named.length === 1 && named[0]!.start === 0 && named[0]!.end === head.length ? named[0]!.value : null;
}

/**
 * A label line under a name line ("ANO 2011" over "Leader: …" and "Seats won in last election:
 * 78"): its numbers are the name's, as a table row's cells are its first cell's.
 */
function labelRow(text: string, entity: string): TableRow | null {
  if (!LABEL_NUMBER.test(text)) return null;
  const colon = text.indexOf(':');
  const column: Column = { own: [], table: [], qualifier: null, year: null, percent: false, entity };
  return { cells: [{ start: 0, end: colon }, { start: colon + 1, end: text.length }], header: ['', ''], columns: [null, column] };
}

/** "YES/NO", "Unity / Reform": two names of the lexicon with a slash between them, in a line without numbers. */
function slashHeader(text: string, c: Compiled): [string, string] | null {
  const named = nameMentions(c, fold(text));
  for (let i = 0; i + 1 < named.length; i++) {
    const a = named[i]!;
    const b = named[i + 1]!;
    if (a.value !== b.value && /^\s*\/\s*$/.test(text.slice(a.end, b.start))) return [a.value, b.value];
  }
  return null;
}

/** "41/59", "45.5/54.5": two shares with a slash between them that make 100 (to the precision written). */
const SLASH_SHARES = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[.,]\d+)?)\s*\/\s*(\d{1,3}(?:[.,]\d+)?)(?![\p{L}\p{N}]|[.,]\d)/u;

/**
 * A row under a "YES/NO" header: "NSW - 41/59" gives 41 to the first name and 59 to the second,
 * as shares, when the two make 100; the rest of the row is read as any sentence is.
 */
function slashRow(text: string, pair: [string, string] | null, c: Compiled): { row: TableRow; quantities: Quantity[] } | null {
  if (!pair) return null;
  const m = SLASH_SHARES.exec(text);
  if (!m) return null;
  const num = (x: string) => Number(x.replace(',', '.'));
  const half = (x: string) => (/[.,](\d+)$/.exec(x) ? 0.5 * 10 ** -/[.,](\d+)$/.exec(x)![1]!.length : 0.5);
  if (Math.abs(num(m[1]!) + num(m[2]!) - 100) > half(m[1]!) + half(m[2]!)) return null;
  const a = { start: m.index, end: m.index + m[1]!.length };
  const b = { start: m.index + m[0].length - m[2]!.length, end: m.index + m[0].length };
  const share = c.fallback.get('%');
  const column = (entity: string): Column => ({ own: share ? [share] : [], table: [], qualifier: null, year: null, percent: true, entity });
  const cell = (x: Span): Quantity => {
    const q = findQuantities(text.slice(x.start, x.end), c.grammar)[0]!;
    return { ...q, start: x.start, end: x.end, ownEnd: x.end, text: text.slice(x.start, x.end), percent: true, total: null };
  };
  const others = findQuantities(text, c.grammar).filter((q) => q.end <= a.start || q.start >= b.end);
  const quantities = [...others, cell(a), cell(b)].sort((x, y) => x.start - y.start);
  return { row: { cells: [{ start: 0, end: a.start }, a, b], header: ['', ...pair], columns: [null, column(pair[0]), column(pair[1])] }, quantities };
}

/** The numbers of a flattened row, one per cell, read without the cell's sign ("-76") or per-cent sign ("% 58.1"). */
function flatQuantities(row: TableRow, text: string, c: Compiled): Quantity[] {
  const out: Quantity[] = [];
  row.cells.forEach((cell, k) => {
    if (k === 0 || cell.start < 0) return;
    const m = /\d[\d.,]*/u.exec(text.slice(cell.start, cell.end));
    if (!m) return;
    const q = findQuantities(m[0], c.grammar)[0];
    if (!q || q.kind !== 'quantity') return;
    // The claim's text is the cell as written: "-76", "26.3 %", "% 58.1".
    const written = text.slice(cell.start, cell.end);
    out.push({ ...q, start: cell.start, end: cell.end, ownEnd: cell.end, text: written, total: null, percent: q.percent || written.includes('%') });
  });
  return out;
}

/** What a table's header says about the numbers of one column. */
interface Column {
  /** Metrics whose cue the column's own header holds ("2019 Seats"), then those of the other headers. */
  own: string[];
  table: string[];
  qualifier: QualifierCue | null;
  /** An earlier election's year in the header ("2019 Seats"). */
  year: number | null;
  percent: boolean;
  /** A flattened table's cell written with a minus ("-76"): a loss. */
  sign?: -1 | null;
  /** The name a column is of ("YES/NO" over "41/59"). */
  entity?: string;
}

/** Whether the cue `word` counts for metric `id` only before a noun of the metric's unit (`unit_cues`). */
function unitCue(c: Compiled, word: string, id: string): boolean {
  return c.unitCues.size > 0 && c.unitCues.has(`${key(word)}|${id}`);
}

function columnOf(q: Quantity, row: TableRow, c: Compiled): Column | null {
  const k = row.cells.findIndex((cell) => cell.start <= q.start && q.end <= cell.end);
  if (k <= 0) return null;
  if (row.columns) return row.columns[k] ?? null;
  const head = row.header[k] ?? '';
  const cues = (h: string) => metricMentions(c, h).flatMap((m) => m.value.filter((id) => !unitCue(c, h.slice(m.start, m.end), id)));
  const year = findQuantities(head, c.grammar).find((y) => y.kind === 'year' && y.value != null && y.value !== c.year && (c.earlier.size === 0 || c.earlier.has(y.value)));
  return {
    own: cues(head),
    table: row.header.flatMap(cues),
    qualifier: words(c.qualifierRe, head, (s) => c.qualifierOf.get(key(s)))[0]?.value ?? null,
    year: year?.value ?? null,
    percent: hasWord(c.percentWordRe, head) || !!row.percent?.has(k),
  };
}

/** An opener that dangles without its own subject: "By 10:00, …", "At noon, …", "As of Sunday, …". */
const DANGLING = /^\s*(?:by|at|as\s+of|until|before|shortly\s+after)\s+[^,;]{1,30},/iu;

function readSentence(
  text: string,
  c: Compiled,
  previous: Memory,
  inSource: Memory,
  names: NameMemory,
  context: SentenceContext,
  row: TableRow | null = null,
  intro: QualifierCue | null = null,
): SentenceFound[] {
  names.next();
  // A table cell under a header that names per cent ("Vote %") is a share, sign or not.
  const columns = new Map<Quantity, Column>();
  const all = sharesOfList(
    context.quantities(text).map((q) => {
      const col = row && q.kind === 'quantity' ? columnOf(q, row, c) : null;
      const cell = col?.percent && !q.percent ? { ...q, percent: true } : q;
      if (col) columns.set(cell, col);
      return cell;
    }),
    text,
    c,
  );
  // "The 2020 vote was annulled. By 10:00, turnout was 6.7%.": the dangling opener's figures
  // are of the election the sentence before named.
  const carried = DANGLING.test(text) && !all.some((y) => y.kind === 'year') ? context.electionYear : null;
  const whenBefore = context.whenYear && context.whenYear.paragraph === context.paragraph && !all.some((y) => y.kind === 'year') ? context.whenYear.year : null;
  context.whenYear = null;
  context.electionYear = null;
  context.lastCue = null;
  // "The last election … was held in 2017. Unity won 78 seats.": the figures after a sentence that introduced an earlier election are of it.
  const earlierBefore = earlierGoesOn(context, text, all, c);
  context.earlier = earlierBefore;
  // "In the local elections in Northport, Unity won 38.7% …. Reform received 6%, …": the list of another body goes on.
  const bodyOn = bodyGoesOn(context, text, all, c);
  context.otherBody = null;
  // "The first round took place on May 14. Ames won 49.5%.": in an article about the run-off, the first round's figures.
  const rounds = context.laterRound ? roundWords(text, c) : [];
  const firstRoundOn =
    context.firstRound === context.paragraph && !rounds.length && !all.some((y) => y.kind === 'year') && !c.nowRe?.test(text);
  context.firstRound = firstRoundOn || (rounds.length && rounds.every((r) => r.value === 'earlier') && !c.nowRe?.test(text)) ? context.paragraph : null;
  // The years of earlier elections that election words follow ("the 2012 elections"), tested once.
  const namesElection = new Set<Quantity>();
  for (const y of all) {
    if (y.kind !== 'year' || y.value == null || y.value === c.year || (c.earlier.size > 0 && !c.earlier.has(y.value))) continue;
    if (c.electionWordRe.test(text.slice(y.end, y.end + 40))) {
      namesElection.add(y);
      context.electionYear = y.value;
    }
  }
  // A compound whose word is a unit ("the 98-seat chamber") is a figure: the size of a whole.
  // Not a lead: "a 170-seat majority".
  const sized = (q: Quantity) => {
    const unit = q.kind === 'compound' ? c.unitOf.get(key(text.slice(q.ownEnd + 1, q.end))) : undefined;
    return !!unit && (measuresChange(c, unit) || !LEAD_AFTER.test(text.slice(q.end, q.end + 20)));
  };
  const parens = parenthesised(text);
  // Names are matched in the folded text (accents, dashes): offsets are the text's.
  const named = nameMentions(c, fold(text));
  // A number word with a capital inside a name of the lexicon ("the Five Star Movement") is part of the name;
  // so is the number that ends a name of one capitalised word and a number ("Estonia 200", "the Eesti 200 party").
  const nums = all.filter(
    (q) =>
      (q.kind === 'quantity' || sized(q)) &&
      !named.some((e) => e.start <= q.start && q.end <= e.end && (/^\p{Lu}\p{Ll}/u.test(q.text) || (q.end === e.end && NUMBERED_NAME.test(text.slice(e.start, e.end))))),
  );
  const entities = withoutGlosses(named, parens, text);
  // The sentence before's names, as names at this sentence's start (positions of their own would be the
  // other sentence's), for a sentence that calls them by a word for sides before its numbers ("The three largest parties").
  const namesBefore =
    context.namesBefore?.paragraph === context.paragraph && nums.length && hasWord(c.sidesWordRe, text.slice(0, nums[0]!.start))
      ? context.namesBefore.names.map((value) => ({ start: 0, end: 0, value }))
      : [];
  // The sides the sentence before named, for a number whose own sentence names none (`onlySideBefore`:
  // "Unity won the vote. She received 37 seats."); the sentence before may end the paragraph before.
  const sentenceBefore = context.namesBefore && context.paragraph - context.namesBefore.paragraph <= 1 ? context.namesBefore.names : [];
  context.namesBefore = { names: entities.map((e) => e.value), paragraph: context.paragraph };
  const rememberNames = () => {
    for (const e of entities) names.remember(c.entityKind.get(e.value) ?? 'place', e.value);
  };
  if (nums.length === 0) {
    rememberNames();
    // A sentence longer than a list item ends a list and its heading's sides.
    if (text.length > LIST_ITEM) context.sides = null;
    const introduced = introducesEarlier(text, all, c);
    if (introduced !== undefined) context.earlier = { year: introduced, paragraph: context.paragraph };
    if (text.length > HEADING) {
      // "…, a projection showed, …": a sentence with no figure gives its poll to the sentences after it as well.
      pollGoesOn(context, [...qualifierCues(c, text)], text, c);
      return all.map((quantity) => ({ quantity, reading: null, totalReading: null, reason: quantity.kind }));
    }
    // A heading or an introduction without a figure ("Turnout by province:") names the metric of
    // the list items after it: its metrics become the source's newest of their kind.
    for (const m of metricMentions(c, text)) {
      for (const id of m.value) {
        const metric = c.metrics.get(id);
        if (metric && !metric.head_only && !unitCue(c, text.slice(m.start, m.end), id)) inSource.mention(metric.unit === '%' ? '%' : 'count', id);
      }
    }
    // The sides it names are the list items' ("HIGHEST 'YES' VOTE ELECTORATES" over "Northport -
    // 78 per cent"; "NATIONAL VOTE - YES/NO" over "Northport - 41/59"): one, or two joined by a
    // slash for the score pairs; a heading that names others ends them, one with none keeps them.
    const sides = /[.!?]\s*$/.test(text) ? [] : [...new Map(entities.filter((e) => c.entityKind.get(e.value) !== 'place').map((e) => [e.value, e])).values()];
    if (sides.length === 1) context.sides = [sides[0]!.value];
    else if (sides.length === 2 && /^\s*\/\s*$/.test(text.slice(sides[0]!.end, sides[1]!.start))) context.sides = [sides[0]!.value, sides[1]!.value];
    // "Unity, President Ann AMES :": a party before its candidate is the candidate's, one side.
    else if (sides.length === 2 && c.entityKind.get(sides[0]!.value) === 'party' && c.entityKind.get(sides[1]!.value) === 'candidate') context.sides = [sides[1]!.value];
    else if (sides.length) context.sides = null;
    // Its qualifier, or time of day ("as recorded around 5 PM"), is the list's as well.
    const cues = [...qualifierCues(c, text)];
    for (const t of all) if (t.kind === 'time') cues.push({ start: t.start, end: t.end, value: 'interim' });
    cues.sort((a, b) => a.start - b.start);
    pollGoesOn(context, cues, text, c);
    if (cues.length) context.lastCue = introCue(cues.map((m) => m.value));
    return all.map((quantity) => ({ quantity, reading: null, totalReading: null, reason: quantity.kind }));
  }

  const metricCues = metricMentions(c, text);
  // "it", "the party": a reference that is not itself part of a name ("the ruling party" may be one).
  const references = words(c.referenceRe, text, (s) => c.referenceKinds.get(key(s))).filter((r) => !entities.some((e) => r.start < e.end && e.start < r.end));
  // "the national and local elections", "to the Legislative Chamber and local councils": a body
  // joined to the election by "and" is elected with it, not another body's figure.
  const otherBodies = words(c.otherBodyRe, text, () => true).filter((b) => !JOINED_BODY.test(text.slice(Math.max(0, b.start - 5), b.start)));
  // A country's name inside a name of the event ("Northern Ireland") is no foreign place.
  const foreign = words(c.foreignRe, text, () => true).filter((f) => !entities.some((e) => f.start < e.end && e.start < f.end));
  const { cues: qualifiers, complete } = stageCues(c, text, all, !context.exitPoll && !context.poll && !COUNT_STATUS.has(stageOf(null, context.frame).stage), context.exitPoll);
  // An item of a list a colon introduced: the introducing sentence's cue stands before it.
  if (intro) qualifiers.push({ start: 0, end: 0, value: intro });
  // The decision list (stage.ts): the sentence's own stage words, else the frame's.
  const snapshots = new Set<Mention<QualifierCue>>();
  const own = joinWords(cueWords(qualifiers, complete, bareCount(c, text, all)), { ...context.ownWords, notResult: null });
  const sourced = countSourcedOnly(c, text, qualifiers);
  const under = sourced && context.frame?.notResult ? null : context.frame;
  const stage: SentenceStage = { sentence: stageOf(own, under).stage, frame: stageOf(null, under).stage, own: stageOf(own, null).stage, snapshots, snapshot: snapshotOf(own, context.snapshotFrame) };
  // "Unity is projected to take 55 seats" in a sentence that reports a count: the count's projection, its results.
  if (!context.poll) projectsCount(qualifiers, text, c, stage.sentence, context.exitPoll, countSourced(c, text));
  // A time of day ("By 10:00, turnout was 6.7%") makes the results near it a snapshot.
  // Where the sentence's last such time of day starts (-1: none).
  let lastTime = -1;
  // The time of a poll named before it ("The exit poll results, valid for 21:00, …") is no snapshot of the count.
  const poll = qualifiers.find((m) => POLL_CUES.has(m.value));
  for (const t of all) {
    if (t.kind !== 'time' || pollingHour(text, t) || (poll && poll.end <= t.start)) continue;
    lastTime = Math.max(lastTime, t.start);
    const m: Mention<QualifierCue> = { start: t.start, end: t.end, value: 'interim' };
    snapshots.add(m);
    // "as of 5pm": the cue right before the time is the snapshot's.
    for (const cue of qualifiers) if (cue.value === 'interim' && cue.end <= t.start && /^\s*$/.test(text.slice(cue.end, t.start))) snapshots.add(cue);
    qualifiers.push(m);
  }
  qualifiers.sort((a, b) => a.start - b.start);
  context.lastCue = qualifiers.at(-1)?.value ?? null;
  const ranked = rankGoesOn(context, qualifiers, text);
  // Nor does a poll going on from before reach a sentence that names the authority that counts as its source (`countSourcedOnly`).
  const goesOn = pollGoesOn(context, qualifiers, text, c) ?? ranked;
  const pollOn = sourced ? null : goesOn;
  const historical = words(c.historicalRe, text, () => true);
  const heldBefore = [...words(c.heldBeforeRe, text, () => true), ...intoElection(text)];
  // A dash or "and" inside a name ("the National Union – Patriotic Front") breaks no clause (a name's span, like a bracket's, holds it).
  const allBreaksAfter = outsideParentheses(words(BREAK_AFTER, text, () => true, anywhere), named);
  const allBreaksBefore = outsideParentheses(words(BREAK_BEFORE, text, () => true, anywhere), named);
  // A gloss in parentheses never breaks the clause around it (breaks inside still part the gloss).
  const breaksAfter = outsideParentheses(allBreaksAfter, parens);
  const dateBreaks = [...breaksAfter, ...outsideParentheses(allBreaksBefore, parens)];
  const ownParen = (q: Quantity) => parens.find((p) => p.start <= q.start && q.end <= p.end);
  const zipped = respectively(text, nums, entities, (id) => c.entityKind.get(id) ?? 'place', namesBefore);
  const relative = relativeClauses(text, entities);
  // "Ames beat Berg by 52% to 48%": the two sides of a contrast go to the two names before it.
  for (let i = 0; i + 1 < nums.length; i++) {
    const [x, y] = [nums[i]!, nums[i + 1]!];
    if (zipped.has(i) || zipped.has(i + 1) || x.percent !== y.percent || x.changeFrom || !CONTRAST_LINK.test(text.slice(x.end, y.start)) || splitPart(nums, i + 1, text) === 2) continue;
    const from = i > 0 ? nums[i - 1]!.end : 0;
    const sides = contrastSides(text, entities.filter((e) => e.start >= from && e.end <= x.start), (id) => c.entityKind.get(id) ?? 'place', c.contrastVerbRe);
    if (sides) {
      zipped.set(i, sides[0]);
      zipped.set(i + 1, sides[1]);
    }
  }
  // "The No vote was ahead at 57-43% in Northport; 60-40% in Southport": a score pair with no
  // name since the pair before it in the sentence is of the same two sides, in the same order.
  let pairSide: (typeof entities)[number] | null | undefined;
  let lastPair = -1;
  for (let i = 0; i + 1 < nums.length; i++) {
    const [x, y] = [nums[i]!, nums[i + 1]!];
    if (!x.percent || !y.percent || !SCORE_LINK.test(text.slice(x.end, y.start))) continue;
    const since = lastPair >= 0 ? nums[lastPair + 1]!.end : 0;
    // (A place between, "in Northport", is where the pair was counted, not a side.)
    const named = entities.filter((e) => e.start >= since && e.end <= x.start && c.entityKind.get(e.value) !== 'place');
    if (lastPair < 0) pairSide = named.at(-1) ?? null;
    else if (named.length) pairSide = null;
    else if (pairSide && !zipped.has(i)) zipped.set(i, pairSide);
    lastPair = i;
    i += 1;
  }
  // A list item under a heading that named its sides, naming none itself: the heading's sides.
  if (text.length > LIST_ITEM) context.sides = null;
  const headingSides = context.sides;
  if (headingSides && LIST_ITEM_SHAPE.test(text) && !entities.some((e) => c.entityKind.get(e.value) !== 'place')) {
    const side = (id: string): Mention<string> => ({ start: 0, end: 0, value: id });
    for (let i = 0; i < nums.length; i++) {
      const [x, y] = [nums[i]!, nums[i + 1]];
      if (zipped.has(i)) continue;
      // A count with its share right after it ("2 350 711 (52.6%)") is the side's too.
      const counted = !x.percent && headingSides.length === 1 && !!y?.percent && SHARE_PAIR.test(text.slice(x.end, y.start));
      if (!x.percent && !counted) continue;
      if (headingSides.length === 1) zipped.set(i, side(headingSides[0]!));
      else if (y?.percent && SCORE_LINK.test(text.slice(x.end, y.start))) {
        zipped.set(i, side(headingSides[0]!));
        zipped.set(i + 1, side(headingSides[1]!));
        i += 1;
      }
    }
  }
  const led = leaders(text, nums, entities);
  // Capitalised names that lead a number but are no entity ("The Brightway party won 9 seats"),
  // found the first time a number asks (most sentences never do).
  let unknownOf: Map<number, Mention<string>> | null = null;
  const unknownAt = (k: number): Mention<string> | null => {
    if (!unknownOf) {
      unknownOf = new Map();
      // A leader's name ("the Alliance, led by Ann Ames, with 21%") is no name of the number's.
      const names = withoutGlosses(capitalisedNames(text, [...named, ...foreign, ...otherBodies, ...references], c.notNames), parens, text, named).filter(
        (n) => !LED_BY.test(text.slice(Math.max(0, n.start - 20), n.start)) && !LED_BY_TITLE.test(text.slice(Math.max(0, n.start - LEADER_TITLE), n.start)),
      );
      for (const [name, j] of leaders(text, nums, names)) unknownOf.set(j, name);
    }
    return unknownOf.get(k) ?? null;
  };
  const said = attributionOf(text, c.attribution);

  // Anchors: earlier elections and foreign places, each to its nearest number.
  const historicalYear = new Map<Quantity, number | null>();
  const dropped = new Set<Quantity>();
  // "50 more than in 2022": a number compared with an earlier election is a change of this one.
  const compared = c.comparedRe ? nums.filter((q) => c.comparedRe!.test(text.slice(q.end, q.end + 60))) : [];
  // The words that end the comparison: the year or earlier-election words there are its base.
  const comparedSet = new Set(compared);
  const comparedBase = compared.map((q) => ({ start: q.end, end: q.end + c.comparedRe!.exec(text.slice(q.end))![0].length + COMPARED_BASE }));
  const inBase = (m: { start: number }) => comparedBase.some((b) => m.start >= b.start && m.start <= b.end);
  for (const y of all) {
    if (y.kind !== 'year' || y.value === c.year || y.value == null) continue;
    if (inBase(y)) continue;
    // "the Elections Act of 1981, when …": a law's year.
    if (c.lawBeforeRe?.test(text.slice(Math.max(0, y.start - LOOK_BACK), y.start))) continue;
    if (c.earlier.size > 0 && !c.earlier.has(y.value)) continue;
    // "Reform, which placed seventh in the 2021 elections, gained 11 seats", "Ann Ames (2008-2012) took 15%": a year in a clause of its own dates no number outside it.
    if (asideYear(y, text, nums, parens)) continue;
    // "In 2021, Unity won 71.09% and 76 seats.": a year that opens the sentence covers it all.
    if (SENTENCE_OPENER.test(text.slice(0, y.start)) && (/^\s*,/.test(text.slice(y.end)) || electionOpener(c, text.slice(y.end)))) {
      // "In 2019, Unity had 37.4%; this time it may see 36.6%": the opener covers the sentence up to a word of now.
      const now = c.nowRe ? c.nowRe.exec(text.slice(y.end)) : null;
      const until = now ? y.end + now.index : text.length;
      for (const q of nums) if (q.start > y.end && q.start < until) historicalYear.set(q, y.value);
      continue;
    }
    // "a drop from the referendum in 2018 which saw a turnout of 64 per cent": the clause describes that year's vote (even as a comparison's base).
    // "surpassing the 2011 election turnout of 75.03%": a year's election, its metric, then the number, is that year's figure.
    const next = nums.find((q) => q.start >= y.end);
    if (next && YEAR_FIGURE_OF.test(text.slice(y.end, next.start))) {
      historicalYear.set(next, y.value);
      continue;
    }
    const saw = SAW_CLAUSE.exec(text.slice(y.end));
    if (saw) {
      for (const q of nums) if (q.start > y.end && q.end <= y.end + saw[0].length) historicalYear.set(q, y.value);
      continue;
    }
    const when = WHEN_CLAUSE.exec(text.slice(y.end));
    if (when) {
      for (const q of nums) if (q.start > y.end && q.end <= y.end + when[0].length) historicalYear.set(q, y.value);
      // "… was in 2004, when the chamber had 225 seats.": a sentence that ends in the clause hands its year on.
      // Not a year that is the base of a comparison ("nearly doubled its tally compared to 2019, when …"): such a sentence is about now.
      if (/^[\s.]*$/.test(text.slice(y.end + when[0].length)) && !COMPARED_YEAR.test(text.slice(Math.max(0, y.start - 20), y.start))) {
        context.whenYear = { year: y.value, paragraph: context.paragraph };
      }
      continue;
    }
    // "a drop of 2.5 points from 2019", "the highest since the 2002 election, reaching 68.51 percent": a comparison's base dates no number.
    if (comparisonBase(y, text, c)) continue;
    // "Comparatively, the 2012 elections saw Unity with 64 seats and Reform with 40.": an election
    // named before any number, with no other year after it, covers the rest of its sentence.
    // So does a year an election noun dates ("GENERAL ELECTION OF OCTOBER 21, 2019 Party Seats Votes Unity 157 …", "the elections held in 2019 gave …").
    const dated = namesElection.has(y) || c.electionOfRe.test(text.slice(Math.max(0, y.start - LOOK_BACK), y.start));
    if (dated && !nums.some((q) => q.end <= y.start) && !all.some((o) => o.kind === 'year' && o.start > y.end)) {
      for (const q of nums) if (q.start > y.end) historicalYear.set(q, y.value);
      continue;
    }
    // "the highest tally since 1923, with 71 seats": a year after "since" is a time span's start and dates no
    // number near it, unless the number stands in brackets right after it ("a record since 1986 (63.6%)").
    if (SINCE_YEAR.test(text.slice(Math.max(0, y.start - 12), y.start)) && !/^\s*\(/.test(text.slice(y.end))) continue;
    const last = IN_YEAR.test(text.slice(Math.max(0, y.start - 25), y.start)) ? nums.filter((q) => q.end <= y.start).at(-1) : undefined;
    // "while in 2016 66.27 percent voted": a number right after the year, with nothing between, is its.
    const right = nums.find((q) => q.start >= y.end && /^\s+$/.test(text.slice(y.end, q.start)));
    // "won five at-large legislative seats in 2020": only words between the number and "in YEAR".
    const phrase = !right && last && gap(last, y) <= IN_YEAR_PHRASE && PLAIN_WORDS.test(text.slice(last.end, y.start));
    const near = right ?? (last && (phrase || gap(last, y) <= YEAR_NEAR) ? last : nearest(nums, y));
    if (!near || brokenBetween(near, y, dateBreaks)) continue;
    const between = nums.some((q) => q !== near && q.start >= Math.min(near.end, y.end) && q.end <= Math.max(near.start, y.start));
    if (namesElection.has(y) || phrase || (gap(near, y) <= YEAR_NEAR && !between)) {
      historicalYear.set(near, y.value);
      // "taking 17 and 14 percent of the vote respectively in 2018": the number joined to it before by "and", too.
      if (near === last) {
        for (let k = nums.indexOf(near); k > 0 && NUMBERS_JOINED.test(text.slice(nums[k - 1]!.end, nums[k]!.start)); k--) historicalYear.set(nums[k - 1]!, y.value);
      }
    }
  }
  for (const [q, year] of comparedWhere(text, nums, all, c)) historicalYear.set(q, year);
  // "In the previous election, in 2022, only 18.43% had voted by noon.", "Heading into the race, Unity held 155 seats, Reform
  // 119 …": earlier-election words that open the sentence cover it up to a word of now, and go on to the sentences after it.
  const opener = [...historical, ...heldBefore].find((h) => EARLIER_OPENER.test(text.slice(0, h.start)) && (EARLIER_OPENER_END.test(text.slice(h.end)) || electionOpener(c, text.slice(h.end))));
  if (opener && nums.some((q) => q.start > opener.end)) {
    const now = c.nowRe ? c.nowRe.exec(text.slice(opener.end)) : null;
    const until = now ? opener.end + now.index : text.length;
    const first = nums.find((q) => q.start > opener.end)!;
    const year = all.find((y) => y.kind === 'year' && y.end <= first.start && y.value != null && c.year != null && y.value < c.year)?.value ?? c.previous;
    for (const q of nums) if (q.start > opener.end && q.start < until && !historicalYear.has(q)) historicalYear.set(q, year);
    if (!now) context.earlier = { year, paragraph: context.paragraph };
  }
  if (carried != null) for (const q of nums) if (!historicalYear.has(q)) historicalYear.set(q, carried);
  // The sentence after one that ended in "YEAR, when …": its figures are of that year while it names no cue of its own.
  if (whenBefore != null && !qualifiers.length) for (const q of nums) if (!historicalYear.has(q)) historicalYear.set(q, whenBefore);
  if (earlierBefore) for (const q of nums) if (!historicalYear.has(q)) historicalYear.set(q, earlierBefore.year);
  // The numbers of the first round: nearest to its words, or all of a sentence that goes on with it.
  const earlierRound = new Set<Quantity>(firstRoundOn ? nums : nums.filter((q) => nearest(rounds, q)?.value === 'earlier'));
  const reservedFrom = reservedSeats(c, text, nums);
  for (const h of historical) {
    if (inBase(h) || comparisonBase(h, text, c)) continue;
    const near = nearest(nums, h);
    if (near && !historicalYear.has(near) && !inAside(h, text, nums) && !brokenBetween(near, h, dateBreaks)) historicalYear.set(near, c.previous);
  }
  // "the 98 seats it previously held", "went into the election with three seats": what a party held before the vote.
  for (const h of heldBefore) {
    const near = nearest(nums, h);
    // ("10 seats, the same number it had before": this election's, the same as before.)
    const between = text.slice(Math.min(near?.end ?? 0, h.end), Math.max(near?.start ?? 0, h.start));
    if (near && gap(near, h) <= HELD_NEAR && !SAME.test(between) && !historicalYear.has(near)) historicalYear.set(near, c.previous);
  }
  // "Renamo then elected 60 MPs", "the then-opposition coalition won just eight": a past told with "then" is the earlier election's.
  for (const q of thenPast(text, nums)) if (!historicalYear.has(q)) historicalYear.set(q, c.previous);
  // "Unity won 38 seats in 2027, of which 22 were district seats and 13 list seats": the parts of an earlier election's figure are of it.
  for (const m of text.matchAll(PARTS_OF)) {
    const whole = nums.filter((q) => q.end <= m.index).at(-1);
    if (!whole || !historicalYear.has(whole)) continue;
    const end = text.indexOf(';', m.index);
    for (const q of nums) if (q.start > m.index && (end < 0 || q.start < end) && !historicalYear.has(q)) historicalYear.set(q, historicalYear.get(whole)!);
  }
  // "Unity, which formerly held 247 seats and Reform 32": a list that goes on with a name and a number alone keeps its election.
  for (let i = 1; i < nums.length; i++) {
    const prev = nums[i - 1]!;
    if (historicalYear.has(prev) && !historicalYear.has(nums[i]!) && LIST_GOES_ON.test(text.slice(prev.end, nums[i]!.start))) historicalYear.set(nums[i]!, historicalYear.get(prev)!);
  }
  // "Renamo then elected 60 MPs (22.28%)", "the 1,260,840 (48.62%) of votes in the 2018 election": a count and the share paired with it are of one election.
  for (const [count, share] of pairedShares(nums, text)) {
    if (historicalYear.has(count) && !historicalYear.has(share)) historicalYear.set(share, historicalYear.get(count)!);
    else if (historicalYear.has(share) && !historicalYear.has(count)) historicalYear.set(count, historicalYear.get(share)!);
  }
  // "its seats dropping from 13 to just 5", "fell from a record 13.5 percent to 9.8 percent": a change from what was held before.
  for (let i = 1; i < nums.length; i++) {
    const [was, now] = [nums[i - 1]!, nums[i]!];
    if (!historicalYear.has(was) && !historicalYear.has(now) && CHANGE_FROM.test(text.slice(0, was.start)) && CHANGE_TO.test(text.slice(was.end, now.start))) historicalYear.set(was, c.previous);
  }
  // "from about 14 percent then to 8 percent now": the number marked "then" against one marked "now" is what was held before.
  for (let i = 1; i < nums.length; i++) {
    const [was, now] = [nums[i - 1]!, nums[i]!];
    if (!historicalYear.has(was) && THEN_TO.test(text.slice(was.end, now.start)) && NOW_AFTER.test(text.slice(now.end))) historicalYear.set(was, c.previous);
  }
  // "lost seven of its 20 seats": the whole a party's part is of is what it held before.
  for (let i = 1; i < nums.length; i++) {
    if (!nums[i]!.percent && !historicalYear.has(nums[i]!) && PART_OF_ITS.test(text.slice(nums[i - 1]!.end, nums[i]!.start))) historicalYear.set(nums[i]!, c.previous);
  }
  for (const f of foreign) {
    const near = nearest(nums, f);
    if (near && !foreignSpares(f, near, parens, entities, text)) dropped.add(near);
  }
  // "20 deputies elected to the Senate": a figure of another body, in the same clause and near.
  const otherBody = new Set<Quantity>();
  for (const b of otherBodies) {
    // "In the local elections in Northport, Unity won 38.7% …", "SENATE (200 seats, majority 101):":
    // a sentence that opens with another body is all that body's.
    if (BODY_OPENER.test(text.slice(0, b.start))) {
      for (const q of nums) otherBody.add(q);
      context.otherBody = { paragraph: context.paragraph };
      continue;
    }
    const near = nearest(nums, b);
    if (!near || gap(near, b) > OTHER_BODY_NEAR) continue;
    const [from, to] = near.end <= b.start ? [near.end, b.start] : [b.end, near.start];
    if (allBreaksAfter.some((k) => k.start >= from && k.end <= to)) continue;
    // "renew 130 of the 257 seats in the Senate", "the Senate, winning 66 seats to 34 for Reform": the numbers joined to it are the body's too.
    for (const q of nums) if (q !== near && bodyPartner(q, near, b, text, [...allBreaksAfter, ...allBreaksBefore])) otherBody.add(q);
    otherBody.add(near);
    // "115 seats in the 200-seat upper house Senate": the body's size names the body of the number before it.
    const k = nums.indexOf(near);
    if (near.kind === 'compound' && near.end <= b.start && k > 0 && IN_BODY.test(text.slice(nums[k - 1]!.end, near.start))) otherBody.add(nums[k - 1]!);
  }
  if (bodyOn) {
    for (const q of nums) otherBody.add(q);
    context.otherBody = { paragraph: context.paragraph };
  }

  // Where the clause after a number ends: at the next number or a break. A dash right after the
  // number ("36 – in single-seat constituencies") leads to what it is, and breaks nothing.
  const clauseEnd = (j: number): number => {
    const p = nums[j]!;
    const own = ownParen(p);
    let end = j + 1 < nums.length ? nums[j + 1]!.start : text.length;
    for (const b of allBreaksAfter) {
      if (b.start < p.ownEnd || b.start >= end || parens.some((x) => x !== own && x.start <= b.start && b.end <= x.end)) continue;
      if (/^\s*$/.test(text.slice(p.ownEnd, b.start)) && /^\s*[—–]/u.test(text.slice(b.start, b.end))) continue;
      end = b.start;
    }
    return end;
  };
  const results = new Map<Quantity, SentenceFound>();
  const sentencePrevious = new Memory();
  // The numbers a name leads.
  const ledNumbers = new Set(led.values());
  // Where the quantity before each one ends, of any kind (one pass: `all` is in text order).
  const prevAny = new Map<Quantity, number>();
  let lastEnd = -1;
  for (const y of all) {
    prevAny.set(y, lastEnd);
    lastEnd = Math.max(lastEnd, y.ownEnd);
  }
  nums.forEach((q, i) => {
    const prevEnd = i > 0 ? nums[i - 1]!.end : 0;
    const nextStart = i + 1 < nums.length ? nums[i + 1]!.start : text.length;
    const paren = ownParen(q);
    const here = (b: { start: number; end: number }) => !parens.some((p) => p !== paren && p.start <= b.start && b.end <= p.end);
    // A table row's cells all belong to the name in its first cell.
    // ("Ames | Unity and Allies | 28.9 |": no "and" in a row starts a clause.)
    let beforeStart = columns.has(q) ? 0 : prevEnd;
    if (!columns.has(q)) for (const b of allBreaksBefore) if (b.end <= q.start && b.end > beforeStart && here(b)) beforeStart = b.end;
    // "Reform – 6.0%", "Harbour: 410": the dash or colon after a leading name joins it to its number.
    for (const [name, k] of led) if (k === i && name.start >= prevEnd && name.start < beforeStart) beforeStart = name.start;
    // "25,578 voters or 2.15 percent voted against all": the first of a pair is described by the
    // words after its partner as well.
    let afterEnd = clauseEnd(i);
    if (i + 1 < nums.length && (PAIR_LINK.test(text.slice(q.end, nums[i + 1]!.start)) || seatsPair(nums, i, i + 1, text))) afterEnd = Math.max(afterEnd, clauseEnd(i + 1));
    const before = { start: beforeStart, end: q.start };
    // For "X out of Y" the words after Y describe both; X's own kind stands before it.
    const after = { start: q.ownEnd, end: Math.max(afterEnd, q.end) };

    const margin = !q.percent && !dropped.has(q) && ((countMargin(q, text, c) && !comparedSet.has(q)) || subjectMargin(q, text, c));
    // A margin's unit noun ("the difference grew to 2,617 votes") still names what the article counts: a list after it goes on with votes.
    if (margin) marginMetric(q, text, c, inSource);
    const read = dropped.has(q)
      ? 'foreign'
      : (!q.percent && ((c.otherBeforeRe.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) && !c.unitRe.test(text.slice(q.end, q.end + 60))) || votesMargin(q, text, c) || margin)) || supposed(q, text, c) || pollMethod(q, text, c) || referenceMark(q, text) || candidatePart(q, text, c)
        ? 'other'
        : otherBody.has(q)
        ? 'other-body'
        : readOrBar(q, text, c, stage, previous, {
            before,
            after,
            metricCues,
            entities,
            qualifiers,
            historicalYear,
            earlierRound,
            reservedFrom,
            roundTwo: context.roundTwo,
            sentencePrevious,
            inSource,
            zipped: zipped.get(i),
            linked: linkedPast(text, nums, i, parens, entities),
            ledElsewhere: (e) => led.has(e) && led.get(e) !== i,
            references,
            names,
            exitPoll: context.exitPoll,
            pollOn,
            changeTarget: i > 0 && nums[i - 1]!.changeFrom,
            leads: () => ledNumbers.has(i) || unknownAt(i) !== null,
            unknown: () => unknownAt(i),
            said,
            column: columns.get(q) ?? null,
            pairLeads: ledNumbers.has(i - 1),
            listLead: ledNumbers.has(i) && i === 0 ? inSource.leadOfUnit(q.percent ? '%' : 'count', context.paragraph) : null,
            timeAfter: (at) => lastTime >= at,
            sentenceBefore,
            contrast:
              // ("53.9% against 71.09% in 2021" compares one side over time: no contrast; nor does a
              // change and the total it reaches: "gained 3 seats to 48")
              // nor the two parts of a split count ("141 (112-29)").
              i > 0 && q.percent === nums[i - 1]!.percent && !nums[i - 1]!.changeFrom && !historicalYear.has(q) && results.get(nums[i - 1]!)?.reading?.metric.change_of === undefined && CONTRAST_LINK.test(text.slice(nums[i - 1]!.end, q.start)) && splitPart(nums, i, text) !== 2
                ? (results.get(nums[i - 1]!)?.reading?.entity ?? null)
                : null,
            nextStart,
            nextUnit: i + 1 < nums.length ? ownUnit(nums[i + 1]!, text, c) : null,
            prevOwnEnd: i > 0 ? nums[i - 1]!.ownEnd : -1,
            prevAnyEnd: prevAny.get(q) ?? -1,
            relative,
            pairsShare:
              !q.percent &&
              ((i > 0 && nums[i - 1]!.percent && SHARE_PAIR.test(text.slice(nums[i - 1]!.end, q.start))) ||
                (i + 1 < nums.length && nums[i + 1]!.percent && SHARE_PAIR.test(text.slice(q.end, nums[i + 1]!.start)))),
            chamberShare: chamberShare(nums, i, text, c),
            partOfChamber: partOfChamber(nums, i, text, c),
            seatsInBracket: seatsInBracket(nums, i, text, c),
            countShare: countShare(nums, i, text, c, results),
            shareOfWhole: shareOfWhole(nums, i, text, c, metricCues),
            wholeOfShare: wholeOfShare(nums, i, text, c, metricCues, results),
            shareCount: shareCount(nums, i, text, c, results, metricCues),
            sharesContrast: sharesContrast(nums, i, text),
            paired:
              i > 0 &&
              (PAIR_LINK.test(text.slice(nums[i - 1]!.end, q.start)) ||
                splitPart(nums, i, text) === 2 ||
                (q.percent !== nums[i - 1]!.percent && SHARE_PAIR.test(text.slice(nums[i - 1]!.end, q.start))) ||
                (!q.percent && nums[i - 1]!.percent && SHARE_AND.test(text.slice(nums[i - 1]!.end, q.start))) ||
                seatsPair(nums, i - 1, i, text))
                ? (results.get(nums[i - 1]!)?.reading?.entity ?? null)
                : null,
          });
    // "a total of 2,153,613 valid votes", "Valid votes: 2,153,613": the total of valid votes has no metric.
    // Nor has a change of a metric with no change metric ("received 34,734 votes more than in October").
    const reading =
      typeof read === 'string' || ((read.entity === 'national' || TOTAL_OF.test(text.slice(Math.max(0, q.start - 20), q.start))) && validTotal(q, text, c)) || unnamedChange(q, read, text, c, sentencePrevious) ? null : read;
    // (It is still remembered: the paragraph's figures after it are of its name and metric.)
    // So is a bound a share is measured against: no figure ("turnout dipped below 90% in 1966, when it stood at 89.7%"); and a count stated as a change of a metric with no change metric ("a drop of 74,000 votes").
    const changeOnly = !!reading && ((comparedSet.has(q) && !reading.metric.change_of && !c.changeOf.has(reading.metric.id)) || bound(q, text, c) || countChange(q, reading, text, c) || stageChange(reading, text, c));
    let totalReading: Reading | null = null;
    if (reading && q.total && reading.separateTotal && !otherWhole(reading, q.total, c)) {
      const metric = c.metrics.get(reading.metric.total!)!;
      // "24 of 150 seats": a whole of the part's own metric is the nation's (the chamber's size, a rule).
      // (The part of a past election's "62 of the then 76 seats" has that election's whole, when it is no size the chamber has now.)
      const own = metric.id === reading.metric.id;
      const past = own && reading.qualifier === 'historical' && !!c.seats && q.total.value !== c.seats;
      totalReading = {
        metric,
        entity: metric.entity === 'national' || own ? 'national' : reading.entity,
        qualifier: past ? 'historical' : own && metric.national_qualifier ? metric.national_qualifier : qualifierFor(metric, q.total, qualifiers, stage, null, context.exitPoll),
        election: own && !past ? c.year : reading.election,
        separateTotal: false,
        confidence: { metric: 'total', entity: metric.entity === 'national' ? 'national' : reading.confidence.entity, distance: reading.confidence.distance },
        attribution: reading.attribution,
        surface: null,
        negative: false,
        laterRound: reading.laterRound,
      };
    }
    if (reading) {
      const p = { pct: q.percent ? '%' : 'count', metric: reading.metric.id, entity: reading.entity, end: q.end, negative: reading.negative, value: q.value };
      previous.push(p);
      // ("Unity: 152 seats (113 constituencies and 39 party-list)": the list's items open with 152's metric.)
      if (ledNumbers.has(i) && !sentencePrevious.lastOfUnit(p.pct)) inSource.lead(p.pct, p.metric, context.paragraph);
      inSource.push(p);
      // "136 seats, 47 more than in 2019, while PSOE has 122": a comparison is an aside; the list goes on from the figure before it.
      // So is a change in brackets ("Greens 13 (minus seven seats), Left 11 …"): the list goes on from its level.
      if (!comparedSet.has(q) && !(reading.metric.change_of && ownParen(q))) sentencePrevious.push(p);
    }
    // "A, B and C each secured four seats": the figure is each name's.
    const each = reading && reading.metric.entity === 'attach' ? eachOf(text, q, entities, EACH_FROM(text, prevEnd, q.start), relative) : [];
    const kinds: string[] = reading?.metric.entity_kinds ?? [];
    const eachFits = each.filter((e) => kinds.includes(c.entityKind.get(e.value) ?? ''));
    const also = reading && eachFits.length === each.length && each.length > 0 ? eachFits.map((e) => ({ ...reading, entity: e.value, confidence: { ...reading.confidence, entity: 'each' } })) : [];
    if (changeOnly) results.set(q, { quantity: q, reading: null, totalReading: null, reason: 'other', also: [] });
    else results.set(q, { quantity: q, reading: also[0] ?? reading, totalReading, reason: typeof read === 'string' ? read : reading ? null : 'other', also: also.slice(1) });
  });
  rememberNames();
  return all.map((q) => results.get(q) ?? { quantity: q, reading: null, totalReading: null, reason: q.kind });
}

interface Context {
  before: { start: number; end: number };
  after: { start: number; end: number };
  metricCues: Mention<string[]>[];
  entities: Mention<string>[];
  qualifiers: Mention<QualifierCue>[];
  historicalYear: Map<Quantity, number | null>;
  /** The numbers of the first round in an article about a later round: unspecified, whatever the article's count. */
  earlierRound: Set<Quantity>;
  /** Where the sentence's first count of seats set aside by the rules starts (`reservedSeats`; Infinity: none): it and the numbers after it are the rule. */
  reservedFrom: number;
  /** Whether the article's figures of this election are its later round's (`roundTwo`). */
  roundTwo: boolean;
  /** The claims read so far in this sentence. */
  sentencePrevious: Memory;
  /** The claims read so far in this source. */
  inSource: Memory;
  /** "A and B took 9 and 6 percent, respectively": the name this number gets. */
  zipped: Mention<string> | undefined;
  /** "9.1 percent went to Unity": the name after the number a link word gives it to. */
  linked: Mention<string> | null;
  /** Whether a name leads another number of the sentence ("Reform – 6.0%"). */
  ledElsewhere: (e: Mention<string>) => boolean;
  /** "it", "the party" in the sentence, with the kinds of name each stands for. */
  references: Mention<string[]>[];
  /** The last name of each kind named before this sentence. */
  names: NameMemory;
  /** The article reports an exit poll. */
  exitPoll: boolean;
  /** The exit poll or estimate a sentence before named, whose figures this sentence goes on giving. */
  pollOn: Qualifier | null;
  /** The number is the second of a change ("from 76 to 126"). */
  changeTarget: boolean;
  /** Whether a name leads this number ("Harbour: 410", "Reform – 6.0%"). */
  leads: () => boolean;
  /** A capitalised name that is no entity and leads this number. */
  unknown: () => Mention<string> | null;
  /** Who the sentence says gives its figures. */
  said: string | null;
  /** "12.4 percent or 301,200 votes", "9.1% (7 seats)": the name of the number this one pairs with. */
  paired: string | null;
  /** A table cell: what its column's header says. */
  column: Column | null;
  /** Whether the number this one pairs with is led by a name ("Northport – 344,868 … or 40.15%"). */
  pairLeads: boolean;
  /** The metric the list item in this paragraph or the one before opened with, for a name's first number ("Reform 141 (112-29)"). */
  listLead: string | null;
  /** Whether a time of day stands in the sentence after this offset. */
  timeAfter: (offset: number) => boolean;
  /** Where the next number of the sentence starts (the sentence's end if none). */
  nextStart: number;
  /** The unit of the next number's own noun ("231 polling stations"), if it has one that is no weak unit. */
  nextUnit: string | null;
  /** Read as the bar a side must pass (`readOrBar`): the metric is the one whose bound states its value. */
  bar?: boolean;
  /** Where the number before this one in the sentence ends (-1 if none). */
  prevOwnEnd: number;
  /** Where the quantity before this one ends, of any kind, read as a figure or not ("two more electorates": a count of places). */
  prevAnyEnd: number;
  /** The names of the sentence before (in this paragraph or at the end of the one before). */
  sentenceBefore: readonly string[];
  /** "68 per cent to 32 per cent": the first side's name; this number is the other side's. */
  contrast: string | null;
  /** A count paired with a per-cent figure next to it ("1,429,981 (66.40 per cent)", "66.40% 1,429,981"). */
  pairsShare: boolean;
  /** "64 seats (42.7%)": the metric of a share that is its paired count's share of the chamber. */
  chamberShare: string | null;
  /** The generic metric of a count that is a part of the chamber's seats ("winning 171 of the 250 seats"), else null. */
  partOfChamber: string | null;
  /** "Unity 1.7 percent of the vote (6)": the metric of the chamber's count for a bare whole number bracketed after a share. */
  seatsInBracket: string | null;
  /** "18.8 million (74.5%) voted": the metric of a share paired right after a count whose metric has one (`count_metric`). */
  countShare: string | null;
  /** "43.48% of the more than 17.1 million registered voters", "66.12% of the total registered voters": the share metric whose whole is the count named after "of" (`shareOfWhole`). */
  shareOfWhole: string | null;
  /** The metric of a count that is the whole of the share right before it ("74% of the country's 112.3 million voters"): the share metric's `total`. */
  wholeOfShare: string | null;
  /** "About 9.4 million people – about 52.5 percent of eligible voters": the metric of a count paired with a share whose metric counts it (`count_metric`). */
  shareCount: string | null;
  /** "a minimal margin — 51 percent to 49 percent": one of two shares set against each other that make 100 (`sharesContrast`). */
  sharesContrast: boolean;
  /** Relative clauses about a name in the sentence ("Sumar, which backed the Socialists, …"). */
  relative: Relative<string>[];
}

/**
 * "A candidate needs more than 50% of the votes and at least 25% in half of the counties": a share
 * after the sentence's figure of a head-only metric (the threshold), with no name or reference
 * between them, states another condition of the same rule, when it is a lower bound or no name
 * stands before it in the sentence ("obtained 45% of the votes or 40% with a lead of 10 points").
 * Not "Reform stayed below the 5% threshold, garnering 4.97%": a name before, no bound.
 */
/**
 * Whether a count read as the chamber's size (its seats' whole metric, the nation's, as a rule)
 * is another size than the chamber has (`election.seats`): "contesting the 220 seats" where the
 * chamber has 222, "six seats for indigenous representatives" (113): the seats of one round, one
 * group or another body, no figure.
 */
function otherSize(reading: Reading, q: Quantity, text: string, c: Compiled): boolean {
  if (!c.seats || q.total || q.value === null || q.value === c.seats) return false;
  // "a parliament expanded to 162 seats": the chamber named right before is the article's size of it.
  // "Together they are entitled to four seats": a sum of parts named before keeps its reading.
  const before = text.slice(Math.max(0, q.start - 30), q.start);
  if (c.chamberAnywhereRe.test(before) || /(?<![\p{L}])together(?![\p{L}])/iu.test(before)) return false;
  return reading.entity === 'national' && !reading.metric.tier_of && reading.metric.total === reading.metric.id && reading.qualifier === reading.metric.national_qualifier;
}

/**
 * Whether the whole of a part of the chamber's seats is another whole than the chamber ("won 216
 * out of 229 seats" where the chamber has 300, "PN won 26 of the 41 seats contested in the
 * state"): the seats of one round, one region or another body, no figure of the chamber; the
 * part stays. A past election's whole (`historical`) keeps its own reading.
 */
function otherWhole(reading: Reading, total: Quantity, c: Compiled): boolean {
  return reading.metric.total === reading.metric.id && !reading.metric.tier_of && !!c.seats && total.value !== c.seats && reading.qualifier !== 'historical';
}

/** A metric taken over by a continuation word ("the remaining"), if the number's unit noun fits it. */
function continued(id: string | null, fits: (id: string) => boolean): string | null {
  return id && fits(id) ? id : null;
}

function ruleGoesOn(q: Quantity, ctx: Context, lastHere: Previous | undefined, c: Compiled): string | null {
  if (!q.percent || !lastHere || !c.metrics.get(lastHere.metric)?.head_only) return null;
  const between = (m: { start: number; end: number }) => m.start >= lastHere.end && m.end <= q.start;
  if (ctx.entities.some(between) || ctx.references.some(between)) return null;
  return q.bound === 'lower-bound' || !ctx.entities.some((e) => e.end <= q.start) ? lastHere.metric : null;
}

/** "and" right before another body's name: elected together with this one. */
const JOINED_BODY = /(?<![\p{L}])and\s+$/iu;

/** A relative clause, from "which", "who" or "whose" to the next comma, stop or dash. */
const RELATIVE_ASIDE = /(?<![\p{L}])(?:which|who|whose)\s[^,.;:–—()]*/giu;

/**
 * Whether a foreign place leaves the number nearest it alone: the place stands in brackets the
 * number is not in ("around midday (5am in Italy), turnouts of around 45%"), or in a relative
 * clause the number is not in ("Unity, which opposes sanctions against Russia, won 29.1%"), or a
 * name of the event stands between them ("quoted by a channel in Romania, Ann Ames won with over 42%").
 */
function foreignSpares(f: Span, q: Quantity, parens: Span[], entities: Mention<string>[], text: string): boolean {
  if (parens.some((p) => p.start <= f.start && f.end <= p.end && !(p.start <= q.start && q.end <= p.end))) return true;
  // "The Labour Party, which advocates closer ties with Russia, won 26.4%": a relative clause the
  // number is not in says something else about a name, not where the figure was counted.
  RELATIVE_ASIDE.lastIndex = 0;
  for (let m = RELATIVE_ASIDE.exec(text); m; m = RELATIVE_ASIDE.exec(text)) {
    const [start, end] = [m.index, m.index + m[0].length];
    if (start <= f.start && f.end <= end && !(start <= q.start && q.end <= end)) return true;
  }
  const [from, to] = f.end <= q.start ? [f.end, q.start] : [q.end, f.start];
  return entities.some((e) => e.start >= from && e.end <= to);
}

/**
 * "The VVD has received fewer votes than during the 2017 and 2021 elections: 1.53 million": a
 * figure that needs a name and found none in reach takes the sentence's one name of a fitting
 * kind before it (one entity, however often named), however far.
 */
function onlyName(fit: Mention<string>[], q: Quantity): string | null {
  const before = fit.filter((e) => e.end <= q.start);
  if (!before.length || before.some((e) => e.value !== before[0]!.value) || fit.some((e) => e.start >= q.end && e.value !== before[0]!.value)) return null;
  return before[0]!.value;
}

/** Up to a cue: a share, "of", and the share's whole ("…, or 49.8% of the 61 million "). */
const SHARE_WHOLE_BEFORE = /\d\s*(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:total\s+)?(?:[\d.,]+(?:\s+(?:million|thousand))?\s+)?(?:\p{L}+\s+){0,2}$/iu;

/**
 * "Turnout was 30.5 million, or 49.8% of the 61 million eligible voters", "was 1,634,183,
 * representing 66.12% of the total registered voters": a count followed by its share of a whole
 * is the metric whose whole (`total`) that is (the ballots cast of the electorate).
 */
function countOfShareWhole(q: Quantity, text: string, cues: Mention<string[]>[], c: Compiled, fits: (id: string) => boolean): string | null {
  const m = cues.find((x) => x.start >= q.end && x.start - q.end <= SHARE_WHOLE_REACH && SHARE_WHOLE_BEFORE.test(text.slice(q.end, x.start)));
  if (!m) return null;
  return [...c.metrics.values()].find((x) => x.unit !== '%' && !!x.total && m.value.includes(x.total) && fits(x.id))?.id ?? null;
}
const SHARE_WHOLE_REACH = 80;

/** A capitalised word ("Unity" in "121 Unity MPs"). */
const CAPITALISED_WORD = /^\s+\p{Lu}[\p{L}'’-]*/u;

/** The unit noun after up to three capitalised words of a name that follows the number ("121 Unity MPs"), if any. */
function unitPastName(q: Quantity, text: string, c: Compiled): string | null {
  let at = q.end;
  for (let k = 0; k < 3; k++) {
    // "none of the 19 presidential candidates": a word of the election's kind, as a name, leaves a
    // count in digits its unit ("sent two presidential candidates to the run-off" names a pair, no count).
    const w = CAPITALISED_WORD.exec(text.slice(at, at + 40)) ?? (WORD_NUMBER.test(q.text) ? null : c.electionKindRe.exec(text.slice(at, at + 40)));
    if (!w) return null;
    at += w[0].length;
    const unit = c.unitRe.exec(text.slice(at, at + 40));
    if (unit) return unit[0].trim();
  }
  return null;
}

/**
 * "The Grand Hall has 543 members", "the Grand Hall's 543 members", "the 61 Grand Hall members",
 * "its 222 members" in an election of a 222-seat chamber: members (no "of" after them) are seats
 * when the chamber is named right before the number or between it and "members", or when the
 * count is the chamber's size (`election.seats`). Members of a party are no seats.
 */
function chamberMembers(q: Quantity, text: string, c: Compiled): boolean {
  if (q.percent || q.kind !== 'quantity' || q.total) return false;
  const m = MEMBERS_AFTER.exec(text.slice(q.end, q.end + 80));
  if (!m) return false;
  return q.value === c.seats || c.chamberSizeRe.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) || c.chamberAnywhereRe.test(m[1] ?? '');
}
/** Up to three capitalised words, then "members" not followed by "of" ("543 members", "61 Grand Hall members"). */
const MEMBERS_AFTER = /^\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3})(?:elected\s+)?members(?![\p{L}])(?!\s+of\s)/u;

/**
 * Whether the whole of "X of Y seats" is a region's ("17 of the 18 mandates in Northport", "nine
 * out of 59 seats in Perak"): "in" and a capitalised name that is a place of the lexicon or no word
 * the lexicon knows (not the country, a chamber, a body), right after the whole and its unit noun.
 */
function placeWhole(total: Quantity, text: string, c: Compiled): boolean {
  const m = PLACE_AFTER_WHOLE.exec(text.slice(total.end, total.end + 80));
  if (!m) return false;
  const id = c.entityOf.get(key(m[1]!));
  return id ? c.entityKind.get(id) === 'place' : !c.notNames.has(m[1]!.toLowerCase().replace(/[’]/g, "'"));
}
/** Up to three words (the unit noun), "in", then a capitalised word with no "the" before it. */
const PLACE_AFTER_WHOLE = /^\s+(?:[\p{Ll}-]+\s+){0,3}?in\s+(\p{Lu}[\p{L}-]*)(?![\p{L}'’])/u;

/** A name of one capitalised word and a number: "Estonia 200", "Eesti 200". */
const NUMBERED_NAME = /^\p{Lu}[\p{L}'’.-]*\s+\d+$/u;

/** One modifier word of a number written as a word (numbers.ts `MODIFIER_WORD`). */
const NUMBER_MODIFIER = new RegExp(`^${MODIFIER_WORD}`, 'u');
const WORD_NUMBER = /^[\p{L}\s'’-]+$/u;

/** "two smaller left-wing parties": the unit noun after up to three modifiers of a number written as a word. */
function unitPastModifiers(q: Quantity, text: string, c: Compiled): string | null {
  if (!WORD_NUMBER.test(q.text)) return null;
  let at = q.end;
  for (let k = 0; k < 3; k++) {
    const w = NUMBER_MODIFIER.exec(text.slice(at, at + 40));
    // "six self-nominated candidates did win entry": a name's word is no modifier, the count is the name's.
    if (!w || c.entityOf.has(key(w[0]))) return null;
    at += w[0].length;
    const unit = c.unitRe.exec(text.slice(at, at + 40));
    if (unit) return unit[0].trim();
  }
  return null;
}

/** "by 20 points to 24%", "by 1.74 percentage points to reach 21.20 per cent": the words from a change to its level. */
const LEVEL_LINK = /^\s*(?:\p{L}+\s+){0,2}to\s+(?:reach\s+|stand\s+at\s+)?$/u;

/** "(-20)", "(+1.0)", "(+/-0.0)" right after a figure's words: a sign in a bracket before a number. */
/** The metric a change is of (`change_of`), for the share right after it (the sentence's last count, `change`) that is its new level. */
function levelAfterChange(q: Quantity, text: string, change: Previous | undefined, c: Compiled): string | null {
  if (!change || change.end > q.start) return null;
  const of = c.metrics.get(change.metric)?.change_of;
  return of && (q.percent ? LEVEL_LINK : COUNT_LEVEL_LINK).test(text.slice(change.end, q.start)) ? of : null;
}

/**
 * "gained 3 seats to 48", "increased its seat total by seven to 46", "gained two seats, now holding
 * 40", "gained one seat for a new total of 15", "lost a dozen seats, with the Greens now holding 22": the
 * words from a change of a count to its new level.
 */
const COUNT_LEVEL_LINK = /^\s*(?:\p{L}+\s+){0,2}?(?:\p{L}+)?\s*,?\s*(?:to|now\s+(?:holding|holds|has|at)|for\s+a\s+(?:new\s+)?total\s+of|with\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}now\s+(?:holding|having|at|on))\s+$/u;

/** Where the list before "each" may start: after the number before it, and after "while", "but", ";". */
function EACH_FROM(text: string, from: number, to: number): number {
  let start = from;
  const re = /;|\s(?:while|but|whereas)\s/giu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) start = m.index + m[0].length;
  return start;
}

/** At least two words ("was projected to win"). */
const TWO_WORDS = /\p{L}{2,}[^\p{L}]+\p{L}{2,}/u;

/** A party, group or place in the number's clause. */
const UPPER = /\p{Lu}/u;

/** Whether "respectively" or a number-first link already names this number's entity. */
function zippedOrLinked(ctx: Context, fits: (e: Mention<string> | null | undefined) => Mention<string> | undefined): boolean {
  return !!(fits(ctx.zipped) ?? fits(ctx.linked));
}

/** More seats than any chamber has: "1,804,588 voted for Reform (38 seats)" counts votes, "voter turnout reaching 20.95 million" no seats. */
const MAX_SEATS = 10_000;
function tooManySeats(q: Quantity, unit: string): boolean {
  return unit === 'seats' && !q.percent && Math.max(q.value ?? 0, q.low ?? 0, q.high ?? 0) > MAX_SEATS;
}

function entityNear(q: Quantity, ctx: Context): boolean {
  return ctx.entities.some((e) => inside(e, ctx.before) || inside(e, ctx.after)) || !!ctx.unknown();
}

/**
 * "The Progress Party (PP), which contested 24 seats, won 10.18 per cent", "Ames took part in the
 * 2027 election and came third with 2.43%": a share right after a verb of winning or a rank with
 * "with", in a sentence whose subject is a side (its first words, "the" and up to two words before
 * it), is that side's, past the words between them; any other name between stands in a relative
 * clause or is the subject's own.
 */
function subjectSide(q: Quantity, text: string, ctx: Context, metric: string | undefined, c: Compiled): boolean {
  const clause = text.slice(ctx.before.start, q.start);
  if (!q.percent || !(c.wonBeforeRe.test(clause) || RANK_WITH.test(clause))) return false;
  const kinds: string[] = metric ? (c.metrics.get(metric)?.entity_kinds ?? []) : [];
  const subject = ctx.entities[0];
  if (!subject || subject.end > q.start || !kinds.includes(c.entityKind.get(subject.value) ?? '') || !SIDE_OPENS.test(text.slice(0, subject.start))) return false;
  return ctx.entities.every((e) => e.start >= q.start || e.value === subject.value || ctx.relative.some((r) => e.start >= r.start && e.end <= r.end));
}
/** A rank with "with" right before a number: "came third with", "placed a distant second with". */
const RANK_WITH = /(?<![\p{L}])(?:came|placed|finished|ranked|ended)\s+(?:\p{L}+\s+){1,2}with\s+$/iu;
/** The words before a sentence's subject: "the" and up to two words ("The centre-right"). */
const SIDE_OPENS = /^\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A word that stands for a name named before ("it", "the party", "he", "they") before the number
 * in its clause, of a kind the metric's figures belong to. Not a possessive ("has impacted its
 * economy, where diamonds make up over 80% of exports": the share is of what it owns), nor for a
 * number after "the" that modifies a noun ("if the party also breaks the 40% wall"), nor past an
 * infinitive (`AIMED`).
 */
function sideReferred(q: Quantity, text: string, ctx: Context, metric: string | undefined, c: Compiled): boolean {
  const kinds = metric ? (c.metrics.get(metric)?.entity_kinds ?? []) : [];
  if (DEFINITE.test(text.slice(Math.max(0, q.start - 8), q.start))) return false;
  return ctx.references.some((r) => inside(r, ctx.before) && !POSSESSIVE_REFERENCE.test(text.slice(r.start, r.end)) && !AIMED.test(text.slice(r.end, q.start)) && kinds.some((k) => r.value.includes(k)));
}
const POSSESSIVE_REFERENCE = /^(?:its|their|his|her)$/iu;
/** An infinitive between the word for a side and its share: an aim or an expectation, no result ("This time it aims to earn more than 20 percent"). */
const AIMED = /(?<![\p{L}])to\s+\p{L}+\s/iu;

/**
 * "The turnout in the election to the 140-seat parliament was around 49 percent", "As of 15:00,
 * voter turnout in the elections to the chamber and local councils was 62.7 percent": a share right
 * after a copula is the metric of its sentence's subject, a cue among the sentence's first words (an
 * opening phrase set off by a comma before them), however far the words between them run and
 * whatever count stands between; not past another share ("Turnout was 60%, and Unity's share was
 * 40%": the 40% has its own cue nearer).
 */
function subjectCue(q: Quantity, text: string, ctx: Context, fitsAny: (id: string) => boolean): string | null {
  if (!q.percent || !COPULA_BEFORE.test(text.slice(0, q.start))) return null;
  const cue = ctx.metricCues.find((m) => m.end <= q.start && SUBJECT_OPENS.test(text.slice(0, m.start)));
  if (!cue || ctx.sentencePrevious.lastOfUnit('%') || /%|per\s*cent|percent/iu.test(text.slice(cue.end, q.start))) return null;
  return cue.value.find(fitsAny) ?? null;
}
/** A copula right before a number: "was", "is", "stood at". */
const COPULA_BEFORE = /(?<![\p{L}])(?:was|is|has\s+(?:\p{L}+\s+)?stood\s+at|stood\s+at|stands\s+at)\s+$/iu;
/** The words before a sentence's subject: an opening phrase set off by a comma ("As of 15:00 local time,"), then "the" and a word ("voter"). */
const SUBJECT_OPENS = /^\s*(?:(?:[^,;:.]|(?<=\d)[:.](?=\d)){1,60},\s*)?(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** "fell from 60 to 20 deputies", "from 184 to 195 MPs": the unit noun after a change's second number is its first number's too. */
function changeUnit(q: Quantity, text: string, ctx: Context): string | null {
  const to = q.changeFrom && !q.percent ? FROM_TO_LINK.exec(text.slice(q.end, ctx.nextStart)) : null;
  return to && to[0].length === ctx.nextStart - q.end ? ctx.nextUnit : null;
}

/**
 * "no candidate had garnered over 50% of the votes", "the winner has to receive more than 50
 * percent of the vote", "With one candidate gaining more than half of the votes, …": more than half
 * of the votes that no side takes is the bar a side must pass to win, a rule (the metric whose
 * bound states its value: the threshold), not a side's share with its name missing.
 */
function readOrBar(q: Quantity, text: string, c: Compiled, stage: SentenceStage, previous: Memory, ctx: Context): Reading | 'no-metric' | 'no-entity' {
  const read = readNumber(q, text, c, stage, previous, ctx);
  if (read !== 'no-entity' || !q.percent || q.bound !== 'lower-bound' || q.low !== 50) return read;
  const again = readNumber(q, text, c, stage, previous, { ...ctx, bar: true });
  return typeof again === 'string' ? read : again;
}

function inside(m: { start: number; end: number }, seg: { start: number; end: number }): boolean {
  return m.start >= seg.start && m.end <= seg.end;
}

function readNumber(
  q: Quantity,
  text: string,
  c: Compiled,
  stage: SentenceStage,
  previous: Memory,
  ctx: Context,
): Reading | 'no-metric' | 'no-entity' {
  const pct = q.percent ? '%' : 'count';
  // The unit a noun right after the number names ("98 seats"), if any.
  const compound = q.kind === 'compound';
  const unitWord = q.percent ? null : compound ? [text.slice(q.ownEnd + 1, q.end)] : c.unitRe.exec(text.slice(q.end, q.end + 60));
  // "121 Unity MPs": the unit noun right after a name that follows the number.
  const named = unitWord?.[0] ?? (q.percent || compound ? null : unitPastName(q, text, c));
  // "two smaller left-wing parties": a noun past modifiers narrows the metrics, but names none by itself
  // ("sent two presidential candidates to the run-off" is no count of candidates).
  const modified = named || q.percent || compound ? null : unitPastModifiers(q, text, c);
  const unitText = named ?? modified;
  const unit = unitText ? (c.unitOf.get(key(unitText)) ?? null) : chamberMembers(q, text, c) ? 'seats' : changeUnit(q, text, ctx);
  // "69 people", "1.2 million voters": a weak unit noun narrows nothing while a cue decides.
  const narrow = unit && !(unitText && c.weakUnits.has(key(unitText))) ? unit : null;
  // In "X out of Y" a metric that is only ever a total (registered voters) names the Y, not X.
  // "Reform's eight seats are needed": a number right after a party's or candidate's possessive is its own, no national figure.
  const owned = possessed(q, ctx, text, c);
  const fitsUnit = (id: string, wide: boolean) => {
    const m = c.metrics.get(id);
    return !!m && !(owned && m.entity === 'national') && (m.unit === '%') === q.percent && !(q.total && c.totals.has(id)) && (wide || !narrow || m.unit === narrow) && (!m.needs_unit || unit === m.unit) && !tooManySeats(q, m.unit);
  };
  const fitsAny = (id: string) => fitsUnit(id, false);
  // A metric whose cue must be the number's head noun ("a threshold of 5%") takes no other number.
  const fits = (id: string) => fitsAny(id) && !c.metrics.get(id)!.head_only;
  // A rule's cue (every metric of it national rules) right before "with" and this number.
  // So is a change's cue right before "with" or a possessive and this number ("gained ground with 235
  // seats", "will lose its three current seats"): the number is what is held, not the change.
  const heldWith = (m: Mention<string[]>) =>
    m.end <= q.start &&
    ((HELD_WITH.test(text.slice(m.end, q.start)) &&
      m.value.every((id) => (c.metrics.get(id)!.entity === 'national' && c.metrics.get(id)!.qualifier === 'rule') || !!c.metrics.get(id)!.change_of)) ||
      (HELD_OWN.test(text.slice(m.end, q.start)) && m.value.every((id) => !!c.metrics.get(id)!.change_of)));
  const lastInSentence = ctx.sentencePrevious.lastOfUnit(pct);
  // "four seats more than it had": a context cue right after the number's own unit noun.
  const ownNounThen = (m: Mention<string[]>) => !!unitWord && m.start >= q.end && m.start <= q.end + unitWord[0]!.length + 1;
  const contextUnit = lastInSentence ? c.metrics.get(lastInSentence.metric)?.unit : undefined;
  // The nearest cue in a segment, of a specific (or generic) metric of the right unit.
  const cueIn = (seg: { start: number; end: number }, generic: boolean, fromEnd: boolean): string | null => {
    let best: { d: number; id: string } | null = null;
    for (const m of ctx.metricCues) {
      if (!inside(m, seg) || heldWith(m)) continue;
      // A cue that is the next number's head noun is that number's ("410 seats, past the majority
      // mark of 326", "24 seats (minus 10)"): the tie between two numbers goes to the one it heads.
      // Not when the next number's own noun is of a unit none of the cue's metrics has ("328,877 voters
      // cast their ballots at 231 polling stations": the cue is the voters').
      if (m.start >= q.end && m.end <= ctx.nextStart && ctx.nextStart < text.length && HEAD_LINK.test(text.slice(m.end, ctx.nextStart)) && (!ctx.nextUnit || m.value.some((x) => c.metrics.get(x)!.unit === ctx.nextUnit))) continue;
      // So is a cue right after the number before ("all 543 Lok Sabha constituencies, with Unity
      // winning 240 seats"), when this number has its own unit noun.
      // So is one past the number before's unit noun ("With 170 seats needed for a majority, Unity gained two seats").
      if (unitWord && ctx.prevOwnEnd >= 0 && m.start >= ctx.prevOwnEnd && m.end <= q.start && (OWN_NOUN.test(text.slice(ctx.prevOwnEnd, m.start)) || unitOnly(text.slice(ctx.prevOwnEnd, m.start), c))) continue;
      // A cue of a gain or loss with a unit noun between it and the number counts that noun's
      // number ("gained one seat for a new total of 15"), not this one.
      if (m.end <= q.start && m.value.every((x) => c.metrics.get(x)!.negative_cues.length > 0) && c.unitAnywhereRe.test(text.slice(m.end, q.start))) continue;
      // A cue of several metrics ("single-seat": seats or candidates) is the one whose unit the
      // sentence's figure before this one had ("120 candidates … another 296 in single-seat …").
      let word: string | null = null;
      let id: string | undefined;
      for (const x of m.value) {
        const metric = c.metrics.get(x)!;
        if (metric.generic !== generic || !fits(x)) continue;
        if (c.contextCues.size > 0 && c.contextCues.has(`${(word ??= key(text.slice(m.start, m.end)))}|${x}`) && metric.unit !== contextUnit && !(metric.unit === unit && ownNounThen(m))) continue;
        if (metric.unit !== unit && unitCue(c, text.slice(m.start, m.end), x)) continue;
        // A tier's cue after another number (read or not) is that number's noun, not this one's
        // seats' tier ("grabbed 95 seats in the Grand Hall as results of 257 constituencies emerged").
        if (metric.tier_of && m.start >= q.end && /\d/.test(text.slice(q.end, m.start))) continue;
        // "won 67 seats, which include seats in constituencies", "with three seats, won none in the
        // districts": a tier's cue past a comma after the number is another clause's; "two seats in
        // Eastvale Constituency" names the one district they were won in.
        if (metric.tier_of && m.start >= q.end && tierElsewhere(text, q, m)) continue;
        // "Including proportional seats, Unity secured 175 seats": a tier the count includes is no tier of it.
        if (metric.tier_of && INCLUDING_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
        // So is one right after the number before, past one word ("won two more electorates, increasing the size to 122 MPs").
        if (metric.tier_of && unitWord && ctx.prevAnyEnd >= 0 && m.start >= ctx.prevAnyEnd && m.end <= q.start && ONE_WORD.test(text.slice(ctx.prevAnyEnd, m.start))) continue;
        // "38.1% for approval amid heavy turnout": a cue past a side's name after the number that its
        // metric cannot take (an option's turnout) is about that name's clause, not this number.
        if (m.start >= q.end && metric.entity === 'attach' && ctx.entities.some((e) => inside(e, ctx.after) && e.end <= m.start && sideCannot(c.entityKind.get(e.value), metric))) continue;
        // "won 12 seats, the only other party that gained seats", "held its 13 seats, though it made no
        // net gain": a change's cue after the number that counts nothing (its noun right after, or "no") is no cue of it.
        if (m.start >= q.end && metric.change_of && (NO_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start)) || c.unitRe.test(text.slice(m.end, m.end + 30)))) continue;
        // "won at least 35 of the 61 seats, surpassing the threshold required to form a government", "won 40
        // seats and passed the threshold": a rule's cue past a comma or "and" after the number judges what
        // was won; it names no rule of it.
        if (m.start >= q.end && metric.entity === 'national' && metric.qualifier === 'rule' && RULE_PARTED.test(text.slice(q.end, m.start))) continue;
        // "90 seats, enough for a majority": the count is judged against the rule, not the rule.
        if (m.start >= q.end && c.judgedBy.get(x)?.test(text.slice(q.end, m.start))) continue;
        id ??= x;
        if (metric.unit === contextUnit) {
          id = x;
          break;
        }
      }
      if (!id) continue;
      const d = fromEnd ? seg.end - m.end : m.start - seg.start;
      if (!best || d < best.d) best = { d, id };
    }
    return best?.id ?? null;
  };
  const first = q.total ? ctx.before : ctx.after;
  const second = q.total ? ctx.after : ctx.before;
  const fromEnd = (seg: { start: number; end: number }) => seg === ctx.before;
  const inherit = previous.lastOfUnit(pct);
  // The party, group or place in the number's own clause, if any.
  const ownEntity = ctx.zipped?.value ?? ctx.linked?.value ?? ctx.entities.filter((e) => inside(e, ctx.before)).at(-1)?.value ?? ctx.entities.find((e) => inside(e, ctx.after))?.value;
  // "Amanat candidates won 23 and independents six": a list goes on with another party.
  const lastHere = ctx.sentencePrevious.lastOfUnit(pct);
  // So does the second of a pair ("4.8 percent (13) and NADA - 4.9 (13)"), for its partner's name.
  const listName = ownEntity ?? ctx.paired;
  const enumeration = lastHere && listName && listName !== lastHere.entity ? lastHere.metric : null;
  // A compound names a whole ("the 98-seat chamber"), unless its unit measures a change or lead ("a five-point lead").
  // "35 out of the 150 seats available": the number after "out of" is the whole; so is a number
  // the chamber "has" ("the parliament has 577 seats").
  const whole =
    // ("its 279-seat strength" is a party's holding, not a whole.)
    (compound && !(unit && measuresChange(c, unit)) && !owned && !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start))) ||
    (q.start <= LOOK_BACK ? WHOLE.test(text.slice(0, q.start)) : WHOLE_AFTER_COMMA.test(text.slice(q.start - LOOK_BACK, q.start))) ||
    OUT_OF_WHOLE.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) ||
    c.chamberSizeRe.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) ||
    chamberMembers(q, text, c) ||
    MAJORITY_OF_THE.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) ||
    (c.chamberOfRe.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) && CLOSED_UNIT.test(text.slice(q.end, q.end + 40))) ||
    (THERE_ARE.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) && c.chamberInRe.test(text.slice(q.end, q.end + 80))) ||
    c.contestedRe.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start));
  // A cue that is the number's head noun ("threshold of 5% of votes", "the 3 percent electoral threshold") comes first.
  const head =
    ctx.metricCues.filter((m) => inside(m, ctx.before) && HEAD_LINK.test(text.slice(m.end, q.start)) && !heldWith(m)).at(-1) ??
    (DEFINITE.test(text.slice(Math.max(0, q.start - 8), q.start)) ? ctx.metricCues.find((m) => m.start >= q.end && MODIFIER.test(text.slice(q.end, m.start)) && m.value.some((id) => c.metrics.get(id)!.head_only)) : undefined);
  const headId =
    head?.value.find((id) => fitsAny(id) && !(c.metrics.get(id)!.unit !== unit && unitCue(c, text.slice(head.start, head.end), id))) ??
    // "a voter turnout of 1,281,911 people": a count a share's cue heads, with a noun of the unit
    // counted right after it, is the count that share is of.
    head?.value.map((id) => c.metrics.get(id)!.count_metric).find((id) => !!id && fitsAny(id) && !!named && unit === c.metrics.get(id)!.unit) ??
    null;
  // A head-only cue before the number in its clause, with no party, place or number between
  // ("The barrier for parties was lowered from 7% to 5%", not "The threshold is 5%; Unity won 41%").
  // A head-only metric the figure before this one in the sentence already took has its number
  // ("below the 5% threshold required to enter parliament, garnering 4.97%").
  // Another cue between ("but neither gained more than half of the votes") does not hide it; a
  // dash that glosses the cue does not part it from its number ("a simple majority – more than 50%").
  const ruled =
    ctx.metricCues
      .filter((m) => (inside(m, ctx.before) || (m.end <= q.start && DASH_GLOSS.test(text.slice(m.end, q.start)))) && q.start - m.end <= RULED_NEAR && !ctx.entities.some((e) => e.start >= m.end && e.end <= q.start))
      .map((m) => m.value.find((id) => fitsAny(id) && c.metrics.get(id)!.head_only && lastHere?.metric !== id))
      .filter((id) => !!id)
      .at(-1) ?? null;
  // "must receive at least 5% of votes to enter parliament": after the number, only in a clause
  // that names no party, place or candidate.
  const ruledAfter =
    ruled ??
    (ctx.entities.some((e) => inside(e, ctx.before) || inside(e, ctx.after))
      ? null
      : (ctx.metricCues
          .filter((m) => inside(m, ctx.after) && !RELATIVE_BETWEEN.test(text.slice(q.end, m.start)))
          .flatMap((m) => m.value)
          .find((id) => fitsAny(id) && c.metrics.get(id)!.head_only) ?? null));
  const goesOn = ruleGoesOn(q, ctx, lastHere, c);
  // "lowered from 7% to 5%", "5%, down from 7%": the second number of a change is of the first's metric.
  // After a change ("a net loss of 251 MPs, down from 372 in 2019"), the number is the level changed.
  // "had to surrender 10 of its 34 seats": the number a change is a part of is the level changed.
  const chainedOf = lastHere && (CHANGE_LINK.test(text.slice(ctx.before.start, q.start)) || (lastHere.end >= ctx.before.start - 40 && c.metrics.get(lastHere.metric)!.change_of && (LEVEL_FROM.test(text.slice(lastHere.end, q.start)) || OF_OWN.test(text.slice(lastHere.end, q.start))))) ? (c.metrics.get(lastHere.metric)!.change_of ?? lastHere.metric) : null;
  const chained = chainedOf && fitsAny(chainedOf) ? chainedOf : null;
  // "57-43%": the second share of a score pair is of the first's metric.
  const scoreSecond = lastHere && ctx.prevOwnEnd >= 0 && q.percent && SCORE_LINK.test(text.slice(ctx.prevOwnEnd, q.start)) && fitsAny(lastHere.metric) ? lastHere.metric : null;
  const level = levelAfterChange(q, text, ctx.sentencePrevious.lastOfUnit('count'), c);
  // A metric taken over from another figure must suit the party or place next to this one
  // ("Turnout was 54.19%, and Amanat won 53.9%": Amanat's figure is no turnout).
  const suitsFor = (id: string | null | undefined, who: string | null | undefined): string | null => {
    const m = id ? c.metrics.get(id) : undefined;
    // A head-only metric (the threshold) is never taken over from another figure.
    if (m?.head_only) return null;
    if (!m || !who || m.entity === 'national') return m ? m.id : null;
    return m.entity_kinds.includes((c.entityKind.get(who) ?? 'place') as 'place') ? m.id : null;
  };
  // "In the capital, 63 per cent voted Yes", "In Northport, it was 31.5 per cent": a place named
  // first is where the figure was counted; a side in the clause (or "it") can still be its party.
  const placeFirst = !!ownEntity && c.entityKind.get(ownEntity) === 'place';
  const side = placeFirst
    ? (ctx.entities.filter((e) => inside(e, ctx.before) && c.entityKind.get(e.value) !== 'place').at(-1)?.value ??
      ctx.entities.find((e) => inside(e, ctx.after) && c.entityKind.get(e.value) !== 'place')?.value ??
      (ctx.references.some((r) => inside(r, ctx.before)) ? null : undefined))
    : undefined;
  const suits = (id: string | null | undefined) => suitsFor(id, ownEntity) ?? (side !== undefined ? suitsFor(id, side) : null);
  // A cue right after the number is the thing counted ("458 observers").
  const direct = q.total ? null : ctx.metricCues.find((m) => m.start >= q.ownEnd && /^\s*$/.test(text.slice(q.ownEnd, m.start)));
  // A cue that holds the unit noun itself ("1,281,174 votes were cast") names the thing counted, whatever the noun's unit.
  const holdsUnit = !!direct && !compound && !!unitWord && direct.start - q.end <= unitWord[0]!.length && direct.end > q.end + unitWord[0]!.length;
  const directId =
    direct?.value.find(
      (id) =>
        fitsUnit(id, holdsUnit) &&
        !c.metrics.get(id)!.generic &&
        !c.contextCues.has(`${key(text.slice(direct.start, direct.end))}|${id}`) &&
        !(c.metrics.get(id)!.unit !== unit && unitCue(c, text.slice(direct.start, direct.end), id)),
    ) ?? null;
  const subset = SUBSET.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) ? (lastHere?.metric ?? null) : null;
  // The metric, by the first rule that gives one (its name goes into the claim's confidence).
  let metricRule = 'none';
  const take = (rule: string, id: string | null | undefined): string | null => {
    if (!id) return null;
    metricRule = rule;
    return id;
  };
  // "A secured 26 seats, B obtained 14 and C gained 12": a gain cue that also means "won", after
  // another name's total of the unit, names a total like it.
  const obtained = enumeration && !c.metrics.get(enumeration)!.negative_cues.length && c.metrics.get(enumeration)!.entity !== 'national' && fits(enumeration) && obtainedBefore(q, ctx, text, c) ? enumeration : null;
  const wonGain = obtained ? null : gainWon(q, ctx, text, c);
  // "41 MPs (+1)", "9.1 percent (-1.2)": a signed number in brackets right after a figure is the change of that figure's metric.
  // So is "up" or "down" opening a bracket or a comma's clause right after it ("33 seats (up two, …)",
  // "119 seats, down two, on 33.7%", "8% (down 5.9%)").
  const signWord = WORD_SIGN.exec(text.slice(Math.max(0, q.start - 12), q.start));
  const sign = signedChange(text, q) ?? (signWord ? (signWord[1]!.toLowerCase() === 'up' ? 1 : -1) : null);
  const figureBefore = [ctx.sentencePrevious.lastOfUnit('%'), ctx.sentencePrevious.lastOfUnit('count')].filter((p) => !!p).sort((a, b) => b!.end - a!.end)[0];
  const signedOf = sign && figureBefore && !/\d/.test(text.slice(figureBefore.end, q.start)) ? (c.changeOf.get(figureBefore.metric) ?? null) : null;
  // "12,504,688 people participated in the voting out of 19,944,859 voters": the whole after "out of"
  // is the total of the figure before it (`total`: ballots cast → registered voters).
  const totalOf = ctx.wholeOfShare ?? (!q.total && OUT_OF_BEFORE.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) && lastHere ? (c.metrics.get(lastHere.metric)!.total ?? null) : null);
  const secondCue = cueIn(second, false, fromEnd(second));
  const tierBefore = second === ctx.before && secondCue && c.metrics.get(secondCue)!.tier_of ? secondCue : null;
  const genericAfter = tierBefore ? cueIn(ctx.after, true, false) : null;
  const pointsOf = pointsNoun(q, text, c, ctx);
  if (pointsOf === UNNAMED || ctx.countShare === UNNAMED) return 'no-metric';
  const joined = joinedChange(q, text, lastHere, c);
  const metricId0 =
    take('majority-bar', ctx.bar ? ([...c.metrics.values()].find((m) => m.bound_is_value && fitsAny(m.id))?.id ?? null) : null) ??
    take('joined-change', joined && fitsAny(joined) ? joined : null) ??
    take('signed-change', signedOf) ??
    take('points-noun', pointsOf) ??
    take('total-of', totalOf && fitsUnit(totalOf, true) ? totalOf : null) ??
    take('list-of-totals', obtained) ??
    take('gain-won', wonGain?.find(fitsAny)) ??
    take('column-header', ctx.column ? (ctx.column.own.find(fitsAny) ?? ctx.column.table.find(fitsAny)) : null) ??
    take('share-of-chamber', ctx.chamberShare) ??
    take('share-of-unit', shareOfUnit(q, text, c)) ??
    take('part-of-chamber', ctx.partOfChamber && fitsAny(ctx.partOfChamber) ? ctx.partOfChamber : null) ??
    take('share-of-whole', ctx.shareOfWhole && fitsAny(ctx.shareOfWhole) ? ctx.shareOfWhole : null) ??
    // "a majority in the 169-seat parliament": a compound that names a whole counts its unit, whatever cue is near.
    take('head-noun-bare', headNoun(q, text, c)?.find(fitsAny)) ??
    take('whole-compound', compound && whole && unit ? (c.genericOf.get(unit) ?? null) : null) ??
    take('head-noun', headId) ??
    take('head-only-after', ruledAfter) ??
    take('rule-goes-on', goesOn) ??
    take('cue-right-after', directId) ??
    take('change', chained) ??
    take('score-pair', scoreSecond) ??
    // "leads with a minimal margin — 51 percent to 49 percent", "by a majority of 706,349, or 66.4% to
    // 33.6%": two shares set against each other that make 100 are the two sides' shares, whatever
    // cue of a lead or margin stands before them.
    take('shares-contrast', ctx.sharesContrast ? suits(c.fallback.get('%')) : null) ??
    take('level-after-change', level && fitsAny(level) ? level : null) ??
    // "of which 46 were from single-member districts": a part with its own cue after it is of that cue's metric.
    take('count-of-share-whole', q.percent ? null : countOfShareWhole(q, text, ctx.metricCues, c, fitsAny)) ??
    take('cue-in-clause', subset ? cueIn(first, false, fromEnd(first)) : null) ??
    take('part-of', subset) ??
    take('cue-in-clause', cueIn(first, false, fromEnd(first))) ??
    // A tier's cue before the number ("On the national list, 2.7 million voted for Unity (47 seats)")
    // gives way to a generic cue of another unit after it ("voted for": votes).
    take('generic-cue', tierBefore && genericAfter && c.metrics.get(genericAfter)!.unit !== c.metrics.get(tierBefore)!.unit ? genericAfter : null) ??
    take('cue-in-clause', cueIn(second, false, fromEnd(second))) ??
    take('share-of-count', ctx.countShare && fitsAny(ctx.countShare) ? ctx.countShare : null) ??
    take('seats-in-bracket', ctx.seatsInBracket) ??
    // ("The remaining four parties …": a number with a unit noun of its own goes on only in its unit.)
    take('continuation', c.continuationRe.test(text.slice(ctx.before.start, q.start)) ? continued(suits(ctx.inSource.lastOfUnit(pct)?.metric), fits) : null) ??
    // "Four years ago it was 45.9 percent", "This is down from 67.3%": a share with no cue whose
    // clause refers back to a figure is of the metric of the source's last share.
    take('figure-reference', q.percent && c.figureRefRe.test(text.slice(ctx.before.start, q.start)) ? suits(ctx.inSource.lastOfUnit(pct)?.metric) : null) ??
    // ("Null votes totaled 17% and blank votes 7%": a side's name takes no metric of the whole election from the list, nor from the paragraph.)
    take('list-goes-on', suits(enumeration && fits(enumeration) && !verbAfterName(enumeration, q, ctx, text, c) && !wholeForSide(c.entityKind.get(listName!), c.metrics.get(enumeration)!) ? enumeration : null)) ??
    take('subject-cue', subjectCue(q, text, ctx, fitsAny)) ??
    take('generic-cue', cueIn(ctx.after, true, false)) ??
    take('generic-cue', cueIn(ctx.before, true, true)) ??
    take('generic-cue', cueIn({ start: 0, end: text.length }, true, false)) ??
    take('count-of-share', ctx.shareCount && fitsAny(ctx.shareCount) ? ctx.shareCount : null) ??
    take('unit-noun', unit && !modified ? (c.genericOf.get(unit) ?? null) : null) ??
    // (A count of polling stations names its noun: "out of 176,846 polling units in 774 areas", the 774 is none.)
    take('paragraph', inherit && fits(inherit.metric) && !(q.percent && OF_THOSE_OPENS.test(text)) && !c.metrics.get(inherit.metric)!.counts_whole && !wholeForSide(ownEntity ? c.entityKind.get(ownEntity) : undefined, c.metrics.get(inherit.metric)!) ? suits(inherit.metric) : null) ??
    // "Harbour: 410" in a list of such items: the metric of the source's last figure of its kind.
    // The newest of the source's recent metrics that this number can be ("Harbour: 410" after "slipped 5
    // points" and "Reform with 13 seats": a count with no "points" is no change of a share).
    // So is the second number of such an item ("Northport – 344,868 citizens or 40.15%"), for its pair's name.
    // A side's name leading the item takes no metric of the whole election ("Ann AMES: 6 989 (0.2%)"
    // after "92 553 were invalid" is her votes, no invalid ballots).
    take(
      'list-item',
      (ownEntity || ctx.unknown()) && ctx.leads()
        ? [...(ctx.listLead ? [ctx.listLead] : []), ...ctx.inSource.recentOfUnit(pct)].find((id) => fits(id) && suits(id) && itemMetric(c, id, ownEntity))
        : !ownEntity && ctx.paired && ctx.pairLeads
          ? ctx.inSource.recentOfUnit(pct).find((id) => fits(id) && suitsFor(id, ctx.paired) && !wholeForSide(c.entityKind.get(ctx.paired!), c.metrics.get(id)!))
          : null,
    ) ??
    // A count's fallback (votes) only for a count paired with a share: "Yes 1,429,981 (66.4%)".
    // So is a word before it in its clause that stands for a side named before ("The party received
    // just 3.16%", "He has 11.67%.", "a setback: they won 8.55%").
    take('fallback', (entityNear(q, ctx) || sideReferred(q, text, ctx, c.fallback.get(pct), c) || subjectSide(q, text, ctx, c.fallback.get(pct), c) || !!ctx.paired || !!ctx.zipped) && (q.percent || ctx.pairsShare) ? suits(c.fallback.get(pct)) : null);
  // "Greens 13 (minus seven seats)": a number with a change of its own in brackets right after it is
  // the level that changed, not a change.
  const levelOf = metricId0 ? c.metrics.get(metricId0)!.change_of : undefined;
  const metricId = levelOf && !sign && changeInBracket(q, ctx, text, c) && fitsAny(levelOf) ? take('level-before-change', levelOf) : metricId0;
  if (!metricId) return 'no-metric';
  const metric = c.metrics.get(metricId)!;
  // A party's share of the votes or seats is at most 100 per cent ("a growth of 300%" is none; a
  // place's turnout may pass it, with voters from elsewhere).
  if (metric.unit === '%' && metric.entity_kinds.includes('party') && (q.value ?? q.low ?? q.high ?? 0) > 100) return 'no-metric';
  // A loss: the metric's cue nearest the number in its clause is one of its negative cues.
  let negative = (sign === -1 && metricRule === 'signed-change') || (ctx.column?.sign === -1 && metricRule === 'column-header') || (metricRule === 'joined-change' && !!lastHere?.negative);
  if (metric.negative_cues.length && !negative) {
    const own = ctx.metricCues.filter((m) => m.value.includes(metricId) && (inside(m, ctx.before) || inside(m, ctx.after)));
    const cue = nearest(own, q);
    negative = !!cue && c.negativeCues.get(metricId)!.has(key(text.slice(cue.start, cue.end)));
  }

  // Entity, by the first rule that gives one.
  let entity: string | null = 'national';
  let entityRule = whole ? 'whole' : 'national';
  let distance: number | null = null;
  let surface: Mention<string> | null = null;
  if (metric.entity === 'attach' && !whole) {
    const kinds: string[] = metric.entity_kinds;
    const fit = ctx.entities.filter((e) => kinds.includes(c.entityKind.get(e.value) ?? ''));
    const fits = (e: Mention<string> | null | undefined) => (e && kinds.includes(c.entityKind.get(e.value) ?? '') ? e : undefined);
    const beforeAll = fit.filter((e) => inside(e, ctx.before));
    // "Ann Ames of the Unity Party won 52%": a party named after a candidate in the clause is the
    // candidate's, and the candidate takes the figure.
    const lastBefore = beforeAll.at(-1);
    const candidate =
      lastBefore && c.entityKind.get(lastBefore.value) === 'party' ? beforeAll.filter((e) => c.entityKind.get(e.value) === 'candidate').at(-1) : undefined;
    // "The Unity Party, headed by Prime Minister Ann Ames, …", "the Unity Party of Prime Minister Ann
    // Ames came ahead with 31%": a candidate glossing the party right before as its leader leaves the figure to the party.
    // "The coalition Unity of two centre-left parties Reform and Greens finished first with 27.8%": so do
    // the parties it is made of (from the first of their list on).
    const glossStart = lastBefore && ['candidate', 'party'].includes(c.entityKind.get(lastBefore.value) ?? '') ? listStart(fit, lastBefore, text) : undefined;
    const ledParty = glossStart ? fit.filter((e) => e.end <= glossStart.start && c.entityKind.get(e.value) === 'party').at(-1) : undefined;
    const leader = ledParty && LEADER_LINK.test(text.slice(ledParty.end, glossStart!.start)) ? ledParty : undefined;
    const beforeM = candidate ?? leader ?? lastBefore;
    // A name after the number that leads a number of its own is not this one's; nor is a rival named
    // after a verb of beating ("won 2,350,711 votes to beat rival Bo Bell": `rivalAfter`).
    const afterM = fit.find((e) => inside(e, ctx.after) && !ctx.ledElsewhere(e) && !rivalAfter(c, text, q, e));
    // "it", "the party" before the number, or after it ahead of any name: the last such name.
    // A group "it" stands for is a political one, beside parties: a metric of places and voter
    // groups (turnout) takes no group by reference ("… a turnout of 60% – it's a spring day").
    const refFits = kinds.includes('party') ? kinds : kinds.filter((k) => k !== 'group');
    const ref = ctx.references.find(
      (r) =>
        r.value.some((k) => refFits.includes(k)) &&
        (inside(r, ctx.before) || (inside(r, ctx.after) && (!afterM || r.end <= afterM.start) && !c.referenceBefore.has(key(text.slice(r.start, r.end))))),
    );
    const refKinds = ref ? ref.value.filter((k) => refFits.includes(k)) : [];
    // "Congress, which is part of the INDIA bloc, won 99 seats, against 52 it won": not a name of a closed relative clause.
    const inClosedClause = (e: Mention<string>, at: number) => ctx.relative.some((r) => r.end <= at && e.start >= r.start && e.end <= r.end);
    // The last name of any kind the word stands for; a place ("the Faroe Islands and Greenland …
    // Together they are entitled to four seats") leaves a party's metric no name.
    const referredAny = ref
      ? (referredSubject(text, ctx, ref, (e) => refKinds.includes(c.entityKind.get(e.value) ?? '')) ??
        ctx.entities.filter((e) => e.end <= ref.start && ref.value.includes(c.entityKind.get(e.value) ?? '') && !inClosedClause(e, ref.start)).at(-1))
      : undefined;
    const referredHere = referredAny && refKinds.includes(c.entityKind.get(referredAny.value) ?? '') ? referredAny : undefined;
    // Outside its clause, only a party or place named before the number, and not far.
    const close = fit.filter((e) => e.end <= q.start).at(-1);
    // A capitalised name that is no entity, closer to the number than any entity before it.
    // An unknown name can lead the number only if a capital stands between the known name and it.
    const leading = zippedOrLinked(ctx, fits) || !UPPER.test(text.slice(beforeM?.end ?? Math.max(0, q.start - 60), q.start)) ? null : ctx.unknown();
    const unknown = leading && (!beforeM || beforeM.end <= leading.start) && !leaderOf(c, text, beforeM, leading) ? leading : null;
    let entityRule_ = '';
    const hit = (rule: string, id: string | null | undefined, at: Mention<string> | null = null) => {
      if (!id) return undefined;
      entityRule_ = rule;
      return { id, at };
    };
    const zippedM = fits(ctx.zipped);
    const linkedM = ctx.linked && rivalAfter(c, text, q, ctx.linked) ? undefined : fits(ctx.linked);
    const beforeOk = beforeM && (!unknown || unknown.start < beforeM.start) ? beforeM : undefined;
    // "Sumar, which backed the Socialists, won 31 seats", "Vox, which offered to partner with the PP
    // was projected to win 33 seats": a name inside a relative clause gives way to the name the
    // clause is about, unless the clause is still open and the name leads this number ("which
    // includes Unity (40 seats)").
    // Inside a clause still open, a name right before the number is its ("who won 48% against Ames's 43%").
    const leadsHere = !!beforeOk && ctx.leads() && !ctx.ledElsewhere(beforeOk);
    const clause = beforeOk
      ? ctx.relative
          .filter(
            (r) =>
              r.start < q.start &&
              beforeOk.start >= r.start &&
              beforeOk.end <= r.end &&
              (r.end <= q.start || (!r.apposition && !leadsHere && TWO_WORDS.test(text.slice(beforeOk.end, q.start)))),
          )
          .at(-1)
      : undefined;
    const antecedent = clause ? fits(clause.antecedent) : undefined;
    // "The BJP, which contested more seats than in 2019, garnered 36.57 per cent": with no name in
    // its clause, a number shortly after a closed relative clause or apposition is its subject's.
    const subject = beforeM
      ? undefined
      : ctx.relative
          .filter((r) => r.end <= q.start && q.start - r.end <= NEAR && !/\d/.test(text.slice(r.end, q.start)) && !ctx.entities.some((e) => e.start >= r.end && e.end <= q.start))
          .map((r) => fits(r.antecedent))
          .at(-1);
    const openerComma = q.start <= LOOK_BACK && !/[,;:]/.test(text.slice(0, q.start)) && c.wonBeforeRe.test(text.slice(0, q.start)) && !fit.some((e) => e.end <= q.start) ? text.indexOf(',', q.end) : -1;
    const openerSubject = openerComma >= 0 ? fit.find((e) => e.start > openerComma && OPENER_GAP.test(text.slice(openerComma + 1, e.start))) : undefined;
    // A plural reference (`references_before`) stands only for a name of its sentence or the one before.
    const lastNamed = ref && !referredAny ? ctx.names.lastOf(ref.value, c.referenceBefore.has(key(text.slice(ref.start, ref.end))) ? 1 : Infinity) : undefined;
    const referredId = ref ? (referredHere?.value ?? (lastNamed && refKinds.includes(c.entityKind.get(lastNamed) ?? '') ? lastNamed : undefined)) : undefined;
    // "The Greens, who governed with Unity, lost 5.9 points and achieved 8.0 percent": a name near
    // the number but inside a relative clause closed before it gives way to the clause's subject.
    const closeClause = close && ctx.relative.filter((r) => r.end <= q.start && close.start >= r.start && close.end <= r.end).at(-1);
    const closeM = close && gap(close, q) <= NEAR ? (closeClause ? fits(closeClause.antecedent) : close) : undefined;
    const sameMetric = ctx.sentencePrevious.lastOfMetric(metricId);
    const lastFigure = [ctx.sentencePrevious.lastOfUnit('%'), ctx.sentencePrevious.lastOfUnit('count')].filter((p) => !!p?.entity).sort((a, b) => b!.end - a!.end)[0];
    const changedEntity = lastFigure?.entity && kinds.includes(c.entityKind.get(lastFigure.entity) ?? '') ? lastFigure.entity : null;
    // "ERC fell from 13 to seven seats, and Junts …", "D66 dropped from 24 to 9, and CU from 5 to 3":
    // the second number of a change is the first's name's.
    const changed = level ? ctx.sentencePrevious.lastOfUnit('count') : lastHere;
    const changeEnd = (chained || level) && changed?.entity && kinds.includes(c.entityKind.get(changed.entity) ?? '') ? changed.entity : null;
    const beaten = beatenRivalSubject(c, text, q, fit.filter((e) => e.end <= q.start).at(-1), fit);
    const found =
      // "the NEOS got 9.1 percent (+1.0) and the Greens …": a signed change is its figure's.
      hit('column', ctx.column?.entity && kinds.includes(c.entityKind.get(ctx.column.entity) ?? '') ? ctx.column.entity : null) ??
      hit('signed-change', metricRule === 'signed-change' && figureBefore?.entity && kinds.includes(c.entityKind.get(figureBefore.entity) ?? '') ? figureBefore.entity : null) ??
      hit('respectively', zippedM?.value, zippedM) ??
      hit('number-first', linkedM?.value, linkedM) ??
      hit('antecedent', antecedent?.value, antecedent) ??
      hit('tied-figure', lastFigure?.entity && kinds.includes(c.entityKind.get(lastFigure.entity) ?? '') && tiedToFigure(text, lastFigure.end, q) ? lastFigure.entity : null) ??
      hit('beaten-rival', beaten?.value, beaten) ??
      hit('name-before', beforeOk?.value, beforeOk) ??
      hit('change-end', changeEnd) ??
      hit('reference', referredId, referredHere ?? null) ??
      hit('paired', ctx.paired && kinds.includes(c.entityKind.get(ctx.paired) ?? '') ? ctx.paired : null) ??
      hit('unknown-name', unknown ? 'unknown' : null, unknown) ??
      hit('after-clause', subject?.value, subject) ??
      hit('name-after', afterM?.value, afterM) ??
      // "Securing 53.10 percent of the votes, Unity has won 135 seats": a number in an opening phrase is the subject's after its comma.
      hit('opener-subject', openerSubject?.value, openerSubject) ??
      // The same metric's name in the sentence, unless a name of the right kind stands after that figure.
      // A whole ("the 169-seat assembly": the nation) is no name a party's count can take.
      hit('same-metric', sameMetric && sameMetric.entity !== 'national' && !fit.some((e) => e.start >= sameMetric.end && e.end <= q.start) ? sameMetric.entity : null) ??
      hit('near', closeM?.value, closeM) ??
      // "The BJP … garnered 36.57 per cent, a drop of around 0.73 percentage points": a gain or loss
      // with no name of its own is the change of the sentence's figure before it.
      hit('changed-figure', metric.negative_cues.length ? changedEntity : null) ??
      hit('only-name', metric.needs_entity ? onlyName(fit, q) : null) ??
      // "Unity took second place with 26.5% of the votes and may receive 52 mandates": a number with
      // no name in reach is the party's of the sentence's figure before it, when no name stands between.
      hit('figure-before', !metric.needs_entity && changedEntity && !fit.some((e) => e.start >= lastFigure!.end && e.end <= q.start) ? changedEntity : null) ??
      // "Reform has also cleared the threshold …, winning 7 seats": a count won, with no name in
      // reach, is the sentence's one name before it.
      hit('won-only-name', !metric.needs_entity && (c.wonBeforeRe.test(text.slice(ctx.before.start, q.start)) || !!metric.national_qualifier) ? onlyName(fit, q) : null) ??
      hit('sentence-reference', metric.national_qualifier ? sentenceReference(c, ctx, text, q, fit, refFits) : null);
    // "the advantage of Ann Ames over Bo Berg increased to ten points": the side behind is never the
    // lead's; the side named before the trailing word is (or, of two options, the other one).
    const trailingRe = c.trailingRe.get(metricId);
    const behind = (e: Mention<string>) => !!trailingRe && trailingRe.test(text.slice(Math.max(0, e.start - 80), e.start));
    if (found && trailingRe && found.at && behind(found.at)) {
      const cut = found.at.start - (trailingRe.exec(text.slice(Math.max(0, found.at.start - 80), found.at.start))?.[0].length ?? 0);
      const ahead = fit.filter((e) => e.end <= cut && e.value !== found.id && !behind(e)).at(-1)?.value ?? c.otherOf.get(found.id);
      if (ahead) {
        found.id = ahead;
        found.at = null;
        entityRule_ = 'ahead-of-trailing';
      }
    }
    // The other side of a contrast is never the first side's: its own name, or the other of a pair.
    const against = ctx.contrast && ctx.contrast !== 'national' && ctx.contrast !== 'unknown' && (!found || found.id === ctx.contrast) ? ctx.contrast : null;
    if (against) {
      const other = c.otherOf.get(against);
      if (!other) return 'no-entity';
      entity = other;
      entityRule = 'contrast';
    } else if (found) {
      entityRule = entityRule_;
      entity = found.id;
      distance = found.at ? gap(found.at, q) : null;
      if (found.id === 'unknown') surface = found.at;
    } else if (metric.needs_entity || (metric.national_qualifier && !q.total && c.wonCountRe.test(text.slice(Math.max(ctx.before.start, q.start - WON_BACK), q.start)))) {
      // "She received 37 seats": a count a party won is no chamber's size, even with no name in reach
      // (nor the size's before it: "its 279-seat strength weakened to 215 seats").
      // "Reform won 20 seats. This is five seats less than in 2027.": a change is of the side whose level it changes.
      const prev = previous.lastOfMetric(metricId) ?? (metric.change_of && c.figureRefRe.test(text.slice(ctx.before.start, q.start)) ? previous.lastSideOfMetric(metric.change_of) : undefined);
      const before = prev && prev.entity !== 'national' ? null : onlySideBefore(q, text, ctx, kinds, c);
      if (!before && (!prev || prev.entity === 'national')) return 'no-entity';
      entity = before ?? prev!.entity;
      entityRule = before ? 'sentence-before' : 'paragraph';
    } else {
      const side = leadWithoutSide(c, metricId, ctx);
      if (side) {
        entity = side;
        entityRule = 'side-ahead';
      }
    }
  }

  // A table column's header says its year ("2019 Seats") or kind ("Exit poll", "Projection") as written.
  const col = ctx.column;
  const year = col?.year != null ? col.year : ctx.historicalYear.has(q) ? ctx.historicalYear.get(q)! : undefined;
  // "In 2023, parliament raised the number of seats from 76 to 126.": a rule as changed is the rule now.
  const ruleNow = ctx.changeTarget && entity === 'national' && !!metric.national_qualifier && col?.year == null;
  const qualifier_ =
    ruleNow
      ? metric.national_qualifier!
      : year !== undefined || q.changeFrom
      ? 'historical'
      : entity === 'national' && metric.national_qualifier
        ? metric.national_qualifier
        : col?.qualifier && !metric.qualifier
          ? col.qualifier === 'result'
            ? stage.sentence
            : col.qualifier
          : q.start >= ctx.reservedFrom && metric.unit === 'seats' && !metric.qualifier
            ? 'rule'
            : qualifierFor(metric, q, ctx.qualifiers, stage, ctx.after, ctx.exitPoll, ctx.timeAfter(q.end), ctx.pollOn);
  // "In the first round, Ames won 49.5%" in an article about the run-off: no figure of the run-off's count, status or rule words.
  const qualifier = ctx.earlierRound.has(q) && qualifier_ !== 'historical' && !metric.qualifier && !(entity === 'national' && metric.national_qualifier) ? 'unspecified' : qualifier_;
  // A historical figure with no year of its own is about the previous election.
  const election = ruleNow ? c.year : year !== undefined ? year : q.changeFrom || qualifier === 'historical' ? c.previous : c.year;
  return {
    metric,
    entity,
    qualifier,
    election,
    // (Not a region's whole of the part's own metric: "nine out of 59 seats in Perak" is one figure.)
    separateTotal: !!metric.total && !!q.total && !(metric.total === metric.id && placeWhole(q.total, text, c)),
    confidence: { metric: metricRule, entity: entityRule, distance },
    attribution: ctx.said,
    surface,
    negative,
    // Not a rule of the election, nor seats (a chamber's seats are won over all its rounds).
    laterRound: ctx.roundTwo && !ctx.earlierRound.has(q) && qualifier !== 'historical' && qualifier !== 'rule' && metric.unit !== 'seats' && election === c.year,
  };
}

/** Whether an entity of this kind is a side (party, candidate, option) that the metric cannot take. */
function sideCannot(kind: string | undefined, metric: Metric): boolean {
  return (kind === 'party' || kind === 'candidate' || kind === 'option') && !metric.entity_kinds.includes(kind);
}

/** Between a side's name and its number in a list that goes on with a change: nothing, a dash or colon, or words ending in "by" ("increased its count by"). */
const CHANGE_ITEM_GAP = /^\s*(?:[,:–—-]\s*)?$|(?<![\p{L}])by\s+$/u;

/**
 * "The Greens lost five seats, while Unity kept 21 out of 60 seats": a word of its own between the
 * next name and its number says what the number is; a list of changes goes on only in "Unity 3",
 * "Unity – 3", "Unity by 3", "Unity increased its count by 3".
 */
function verbAfterName(metric: string, q: Quantity, ctx: Context, text: string, c: Compiled): boolean {
  if (!c.metrics.get(metric)!.change_of) return false;
  const name = ctx.entities.filter((e) => e.end <= q.start && inside(e, ctx.before)).at(-1);
  return !!name && !CHANGE_ITEM_GAP.test(text.slice(name.end, q.start));
}

/** A metric of the whole election (invalid ballots) that a side's name (party, candidate, option) cannot lead. */
function wholeForSide(kind: string | undefined, metric: Metric): boolean {
  return (kind === 'party' || kind === 'candidate' || kind === 'option') && metric.entity === 'national';
}

/** "no" right before a cue: "made no net gain". */
const NO_BEFORE = /(?<![\p{L}])no\s+$/iu;

/** A comma, a semicolon or "and" between a number and a cue after it. */
const RULE_PARTED = /[,;]|(?<![\p{L}])and(?![\p{L}])/u;

/** "including" right before a cue: "Including proportional seats, …". */
const INCLUDING_BEFORE = /(?<![\p{L}])(?:including|counting)\s+(?:the\s+)?$/iu;

/** At most one word: "two more electorates". */
const ONE_WORD = /^\s*(?:[\p{L}'’-]+\s+)?$/u;

/**
 * The words that tie a number to the figure right before it as that figure in another unit, past
 * the figure's own noun: "with 16.9 percent of the vote, enough for 19 seats", "27.8% of the vote
 * for 71 mandates", "has 8,479,095 votes - or 40.31 percent".
 */
const TIED = /^\s*(?:\p{L}+(?:\s+\p{L}+){0,3})?\s*(?:,\s*enough\s+for|for|[-–—,]\s*or)\s+$/u;
function tiedToFigure(text: string, figureEnd: number, q: Quantity): boolean {
  return q.start - figureEnd <= 40 && TIED.test(text.slice(figureEnd, q.start));
}

/** An article right before a number: "a 1.4% loss". */
const ARTICLE_BEFORE = new WordStartRegExp(String.raw`${B}an?\s+(?:\p{L}+\s+)?$`, 'iu');

/**
 * "an increase of 2.7%", "a 1.4% loss", "a 1.5 percent increase": a per-cent number headed by a
 * change noun (`points_nouns`) is that change, in points, not a share.
 */
function pointsNoun(q: Quantity, text: string, c: Compiled, ctx: Context): string | null {
  if (!q.percent) return null;
  const before = text.slice(Math.max(0, q.start - LOOK_BACK), q.start);
  const after = text.slice(q.end, q.end + 40);
  const id = c.pointsNouns.find((p) => p.before.test(before) || (ARTICLE_BEFORE.test(before) && p.after.test(after)))?.id ?? null;
  // "turnout fell by 4.5%": the change of a metric whose changes are no figures (`change_unnamed`).
  return id && ctx.metricCues.some((m) => inside(m, ctx.before) && m.value.some((x) => c.metrics.get(x)!.change_unnamed)) ? UNNAMED : id;
}

/** A per-cent number right after a verb of crossing or staying and a side (`numbers.bound_before`: "dipped below 90%", "remained above 75%", the side inside the number's own words or before them). */
function bound(q: Quantity, text: string, c: Compiled): boolean {
  return q.percent && (c.boundBeforeRe.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start) + (/^\D*\s/u.exec(q.text)?.[0] ?? '')) || markOf(q, text));
}

/** "dropped below the symbolic 10 per cent mark", "crossed the 50% mark": a share named as a mark is a bound, no figure. */
function markOf(q: Quantity, text: string): boolean {
  return /(?<![\p{L}])the\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, q.start - 30), q.start)) && /^\s+mark(?![\p{L}])/iu.test(text.slice(q.end, q.end + 10));
}

/** `pointsNoun`'s answer for a change of a metric whose changes are no figures. */
const UNNAMED = '';

/** The unit a number's own noun names ("231 polling stations"), unless none or a weak one ("voters"). */
function ownUnit(q: Quantity, text: string, c: Compiled): string | null {
  if (q.percent) return '%';
  const word = c.unitRe.exec(text.slice(q.end, q.end + 60));
  return word && !c.weakUnits.has(key(word[0])) ? (c.unitOf.get(key(word[0])) ?? null) : null;
}

/** Whether a text is a unit noun alone ("seats "). */
function unitOnly(between: string, c: Compiled): boolean {
  const u = c.unitRe.exec(between);
  return !!u && /^\s*$/.test(between.slice(u[0].length));
}

/** "(up two", ", down 5.9%": a change's direction opening a bracket or a comma's clause, right before the number. */
const WORD_SIGN = /(?:\(|,)\s*(up|down)\s+(?:by\s+)?$/iu;

/** A bracket right after the number (past at most two words) that opens on a change: a sign or a change's cue before the next number ("13 (minus seven seats)", "11 seats (+3)"). */
const BRACKET_AFTER = /^\s*(?:[\p{L}%]+\s*){0,2}\(\s*/u;
function changeInBracket(q: Quantity, ctx: Context, text: string, c: Compiled): boolean {
  if (ctx.nextStart >= text.length) return false;
  const open = BRACKET_AFTER.exec(text.slice(q.end, ctx.nextStart));
  if (!open) return false;
  const from = q.end + open[0].length;
  if (/^[+\-−]\s*$/u.test(text.slice(from, ctx.nextStart))) return true;
  return ctx.metricCues.some((m) => m.start >= from && m.end <= ctx.nextStart && m.value.some((id) => !!c.metrics.get(id)!.change_of));
}

/** How far (in characters) before a cue of a count "100 percent" makes it a complete count. */
const COMPLETE_NEAR = 50;

/**
 * A sentence's qualifier cues as the decision list reads them (stage.ts), with its counts ("with
 * 95% counted"), and the count cues among them that are complete counts. A hedged final result
 * ("near-final data") is a count in progress; a result still to come ("the final results are due
 * on Monday") states no stage: a cue of a result, no more; a count still to come ("will be
 * counted") and a final act still to come ("will be officially confirmed") are no cues.
 */
function stageCues(c: Compiled, text: string, all: Quantity[], counting = true, exitPoll = false): { cues: Mention<QualifierCue>[]; complete: Set<Mention<QualifierCue>> } {
  const toCome = resultToCome(c, text);
  // "Unity leads with 44%" in an article of an exit poll is the poll's lead, no count in progress (`qualifiers.leads`).
  const own = qualifierCues(c, text).filter((m) => !exitPoll || !c.leads.has(key(text.slice(m.start, m.end))));
  const cues = countProjected(c, text, own, counting)
    .filter((m) => (m.value !== 'interim' || !countToCome(c, text, m)) && (m.value !== 'final' || !actToCome(c, text, m)) && !(STAGE_CUES.has(m.value) && comparedStage(text, m)) && !(m.value === 'forecast' && asExpected(text, m)) && !(POLL_CUES.has(m.value) && pollThenOutcome(text, m)))
    .map((m) => (m.value !== 'final' && m.value !== 'preliminary' ? m : m.value === 'final' && hedged(c, text, m) ? { ...m, value: 'interim' as const } : unsettled(c, text, m) || toCome(m) ? { ...m, value: 'result' as const } : m))
    .map((m) => (m.value === 'final' && provisional(c, text, m) ? { ...m, value: 'preliminary' as const } : m))
    // "Previous projections showed …": an estimate made before the vote is a forecast.
    .map((m) => (m.value === 'estimate' && EARLIER_ESTIMATE.test(text.slice(Math.max(0, m.start - 30), m.start)) ? { ...m, value: 'forecast' as const } : m));
  const complete = completeCounts(c, cues, all, text);
  for (const t of all) {
    if (t.kind !== 'progress') continue;
    // The count word of the progress itself ("100% of voting records counted") is the progress's.
    for (let i = cues.length - 1; i >= 0; i--) if (cues[i]!.value === 'interim' && cues[i]!.start < t.end && t.start < cues[i]!.end) cues.splice(i, 1);
    const m: Mention<QualifierCue> = { start: t.start, end: t.end, value: 'interim' };
    if (t.value === 100) complete.add(m);
    cues.push(m);
  }
  return { cues, complete };
}

/** Words right before an estimate's cue that date it before the vote ("previous projections", "pre-election projections"). */
const EARLIER_ESTIMATE = /(?<![\p{L}])(?:previous|earlier|prior|pre-election)\s+$/iu;

/**
 * An opening "as" or "although" clause, or a relative "who", "which" clause, with no number, before a cue ("As the polls
 * predicted, …", "…, as the polls had already predicted, …", "Although it was expected to trail, …", "Ames, who had
 * been leading the pre-election polls, obtained 30%").
 */
const EXPECTED_OPEN = /(?:^|[,;:(—–]\s*)(?:just\s+|exactly\s+)?(?:as|although|though|even\s+though|who|which)\s[^,;:\d]*$/iu;
/** The rest of that clause after the cue, up to its comma, with no number. */
const EXPECTED_CLOSE = /^[^,;:\d]*,/u;
/** A word of the past in that clause ("predicted", "was expected"). */
const PAST_WORD = /\p{L}ed(?![\p{L}])|(?<![\p{L}])(?:was|were|had)(?![\p{L}])/iu;

/**
 * Whether a forecast cue stands in a clause that sets the outcome against what was expected ("As
 * the polls predicted, Unity won 62 seats", "The big loser, as the polls had already predicted,
 * was Reform, with 9.4%", "Although it was expected to trail, Unity went from 17.85% to 10%"), or
 * that a second predicate after the figure holds ("Unity gained two seats and is likely to form a
 * coalition"): the figures are the outcome's, no forecast. "As polls predicted 40%, …" and "Unity
 * won 40 seats and is likely to win 45" (a number in the clause) stay one.
 */
function asExpected(text: string, m: { start: number; end: number }): boolean {
  // The clause opens the figures (none before it) and tells of the past ("predicted", "was expected"): "5.3% of voters, as
  // predicted by sociologists, will vote against all" and "As the polls predict, Unity will win 40%" stay forecasts.
  const open = EXPECTED_OPEN.exec(text.slice(0, m.start));
  const close = EXPECTED_CLOSE.exec(text.slice(m.end));
  if (open && close && !/\d/.test(text.slice(0, m.start)) && PAST_WORD.test(text.slice(open.index, m.end + close[0].length))) return true;
  // "Unity gained two seats and is likely to form a coalition": a second predicate with no number of its own.
  return SECOND_PREDICATE.test(text.slice(0, m.start)) && NO_NUMBER_AFTER.test(text.slice(m.end));
}
/**
 * Whether a poll's cue stands in a clause that a contrast ("but") sets the outcome against, with
 * no number between the cue and the contrast and one after it: "Early estimates based on exit
 * polls had Reform as the likely winner, but it ended up second with only 17.1 percent": the
 * figures are the outcome's, no poll's.
 */
function pollThenOutcome(text: string, m: { start: number; end: number }): boolean {
  const rest = POLL_CONTRAST.exec(text.slice(m.end));
  return !!rest && /\d/.test(text.slice(m.end + rest[0].length));
}
/** The rest of a poll's clause, with no number, up to a contrast that opens the next: "…, but", "…; but". */
const POLL_CONTRAST = /^[^\d.;:]*?[,;]?\s+but\s/u;
/** "… and is", "… and are", "… and looks": a second predicate of the sentence's subject right before a cue. */
const SECOND_PREDICATE = /\sand\s+(?:is|are|was|were|looks?|seems?)\s+$/iu;
/** The rest of the clause after a cue, with no number. */
const NO_NUMBER_AFTER = /^[^,;:.\d]*(?:[,;:.]|$)/u;

/**
 * Whether a cue stands inside a phrase of a result still to come (`qualifiers.to_come`: "before
 * the official results", "await the final results", "final results are due"): it names a result
 * of the future, no stage of the figures (the decision list's step 2: no frame).
 */
function resultToCome(c: Compiled, text: string): (m: { start: number; end: number }) => boolean {
  const spans = c.toComeRe ? scanOnce(c.toComeRe, text, () => true) : [];
  return (m) => spans.some((p) => p.start <= m.start && m.end <= p.end);
}

/**
 * Whether a count cue states no stage: a bare count (`qualifiers.bare_counts`: "votes were
 * counted", "after counting") in a sentence that states no part counted (no share below 100 and
 * no "X of Y" among its numbers) and with no hedge before it ("the latest vote count"), or a cue right before a time of day ("data as of 5:55 p.m."):
 * that time's snapshot (the decision list's step 1), no count in progress. The decision list's
 * step 4 asks for a count that is not complete.
 */
function bareCount(c: Compiled, text: string, quantities: Quantity[]): (m: { start: number; end: number }) => boolean {
  // ("135 of the 199 seats" is a share of the seats, no part counted: a total of seats is no counting unit.)
  const part = quantities.some((q) => (q.kind === 'quantity' || q.kind === 'progress') && !!q.total && !seatsTotal(c, text.slice(q.total.end)));
  const shares = quantities.filter((q) => (q.kind === 'quantity' || q.kind === 'progress') && (q.value ?? q.low ?? q.high ?? 100) < 100);
  const times = quantities.filter((q) => q.kind === 'time');
  return (m) => {
    const timed = times.filter((t) => t.start >= m.end);
    // "data as of 5:55 p.m.": that time's snapshot; "the votes counted around 1:00 am": a count read at a time, in progress (step 4).
    if (timed.some((t) => /^\s*$/.test(text.slice(m.end, t.start)))) return true;
    if (timed.some((t) => TIME_AFTER_COUNT.test(text.slice(m.end, t.start)))) return false;
    // "With most of the votes counted", "all the votes were about to be counted": a part counted, in words.
    if (COUNT_PART_BEFORE.test(text.slice(Math.max(0, m.start - COUNTED_SHARE_NEAR), m.start))) return false;
    return !part && !shares.some((q) => countedShare(q, text, m)) && c.bareCounts.has(key(text.slice(m.start, m.end))) && !hedged(c, text, m);
  };
}

/** Words between a count cue and a time of day that dates the count ("the votes counted around 1:00 am"). */
const TIME_AFTER_COUNT = /^\s*(?:around|about|at|by)\s+$/iu;

/** Words of a part right before a count word, up to two words between ("most of the votes counted", "about to be counted"). */
const COUNT_PART_BEFORE = /(?<![\p{L}])(?:most|about\s+to\s+be)\s+(?:of\s+)?(?:the\s+)?(?:\p{L}+\s+){0,2}$/iu;

/** Reach from a share to the count cue after it that it counts ("90% of the votes have already been counted"). */
const COUNTED_SHARE_NEAR = 60;

/**
 * Whether a share below 100 is the part a count cue has counted: a progress, or a share before
 * the cue in its clause ("more than 90% of the votes have already been counted", "99.28 In the %
 * of tables counted"). A side's share elsewhere in the sentence ("According to the results of the
 * vote count, Unity received 17.96%", "Unity led with 42.31% in the first count") counts no part:
 * the bare count states no stage.
 */
function countedShare(q: Quantity, text: string, m: { start: number }): boolean {
  if (q.kind === 'progress') return true;
  const between = text.slice(q.end, m.start);
  return (q.percent || between.includes('%')) && q.end <= m.start && between.length <= COUNTED_SHARE_NEAR && !/[,;:.!?]\s/.test(between);
}

/** Whether the words after a total name seats ("135 of the 199 seats", "of the 199 seats in parliament"): a share of the chamber, no part of a count. */
function seatsTotal(c: Compiled, after: string): boolean {
  return /^\s+(?:\p{L}+\s+)?seats\b/iu.test(after) && !progressTotal(c, after);
}

/**
 * The count cues that are complete counts: a count cue right after a share of 100 ("with 100
 * percent of preliminary results counted"), or one that counts all the votes ("with all the votes
 * counted", `wholeCount`). The decision list's step 5 (stage.ts): no snapshot.
 */
function completeCounts(c: Compiled, cues: Mention<QualifierCue>[], quantities: Quantity[], text: string): Set<Mention<QualifierCue>> {
  const out = new Set<Mention<QualifierCue>>();
  for (const m of cues) {
    if (m.value !== 'interim') continue;
    if (completeCount(c, text, quantities, m)) out.add(m);
  }
  return out;
}

/** Whether the count cue at `m` counts all: right after a share of 100 ("with 100 percent of preliminary results counted"), or with a word of all (`wholeCount`). */
function completeCount(c: Compiled, text: string, quantities: Quantity[], m: { start: number; end: number }): boolean {
  const full = quantities.some((t) => t.percent && t.value === 100 && t.end <= m.start && m.start - t.end <= COMPLETE_NEAR && !/[,;.]/.test(text.slice(t.end, m.start)));
  return full || wholeCount(c, text, m) || lastCounted(text, m);
}

/** Whether a count cue at `m` counts the last votes ("after counting the last votes cast"): the count is complete (step 5). */
function lastCounted(text: string, m: { end: number }): boolean {
  return /^\s+the\s+(?:very\s+)?last\s+(?:votes|ballots)\b/iu.test(text.slice(m.end));
}

/** The stage words (stage.ts) of a sentence's qualifier cues: a count cue is a count not complete unless `complete` holds it. */
function cueWords(cues: Mention<QualifierCue>[], complete: Set<Mention<QualifierCue>>, bare: (m: Mention<unknown>) => boolean): StageWords {
  const has = (v: QualifierCue) => cues.some((m) => m.value === v);
  return {
    notResult: null,
    recount: has('recount'),
    preliminary: has('preliminary'),
    partial: cues.some((m) => m.value === 'interim' && !complete.has(m) && !bare(m)),
    complete: complete.size > 0,
    final: has('final'),
    latest: false,
  };
}

/**
 * "64 seats (42.7%)", "42.7% (64 seats)": a share paired with a count whose unit has a share
 * metric (`share_of`) is that metric when it is the count's share of the chamber, to the
 * precision the share is written with.
 */
function chamberShare(nums: Quantity[], i: number, text: string, c: Compiled): string | null {
  const q = nums[i]!;
  if (!q.percent || q.value == null || !c.seats || !c.shareOf.size) return null;
  const prev = nums[i - 1];
  const next = nums[i + 1];
  const partners = [prev && PAIR_LINK.test(text.slice(prev.end, q.start)) ? prev : undefined, next && PAIR_LINK.test(text.slice(q.end, next.start)) ? next : undefined];
  for (const p of partners) {
    if (!p || p.percent || p.value == null || p.kind !== 'quantity') continue;
    const noun = c.unitRe.exec(text.slice(p.end, p.end + 60));
    const id = noun ? c.shareOf.get(c.unitOf.get(key(noun[0])) ?? '') : undefined;
    if (id && Math.abs((p.value / c.seats) * 100 - q.value) <= Math.max(q.precision, 0.05) + 1e-9) return id;
  }
  return null;
}

/** After a share, up to its whole's unit noun: "of", "of the", and a count, a possessive or a word in lower case ("of the 93", "of the parliament's", "of legislative"). */
const OF_UNIT = /^\s+of\s+(?:the\s+)?(?:(?:\d[\d,.]*|\p{L}+['’]s|\p{Ll}+)\s+)?/u;

/**
 * "won almost 90 per cent of the 93 seats contested", "will hold 24.1 per cent of the parliament's
 * seats", "27.9 per cent of legislative seats will be held by women": a share of a noun of a count
 * unit that has a share metric (`share_of`: seats) is that metric, as "of the seats" is its cue.
 */
function shareOfUnit(q: Quantity, text: string, c: Compiled): string | null {
  if (!q.percent || !c.shareOf.size) return null;
  const after = text.slice(q.ownEnd, q.ownEnd + 80);
  const of = OF_UNIT.exec(after);
  if (!of) return null;
  const noun = c.unitRe.exec(after.slice(of[0].length));
  return noun ? (c.shareOf.get(c.unitOf.get(key(noun[0].trim())) ?? '') ?? null) : null;
}

/** Between a part and the chamber's size after it: "of", "out of", "of the", "of parliament's". */
const OF_CHAMBER = /^\s+(?:out\s+of|of)\s+(?:the\s+)?(?:\p{L}+['’]s\s+)?$/iu;

/**
 * A count that is a part of the chamber's seats (the whole right after it is the event's
 * `election.seats`, followed by a noun of a generic metric's unit: "winning 171 of the 250 seats",
 * "gaining 58 of parliament's 120 seats", "a projected 176 of 349 seats") is what a side holds: that
 * generic metric, whatever cue of a change, a majority or a tier stands near. Null otherwise.
 */
function partOfChamber(nums: Quantity[], i: number, text: string, c: Compiled): string | null {
  const q = nums[i]!;
  const next = nums[i + 1];
  if (q.percent || q.value == null || !c.seats || q.value >= c.seats) return null;
  const whole = q.total ?? (next && OF_CHAMBER.test(text.slice(q.ownEnd, next.start)) ? next : null);
  if (!whole || whole.percent || whole.value !== c.seats) return null;
  const noun = c.unitRe.exec(text.slice(whole.end, whole.end + 60));
  return noun ? (c.genericOf.get(c.unitOf.get(key(noun[0])) ?? '') ?? null) : null;
}

/**
 * "43.48% of the more than 17.1 million registered voters voted", "66.12% of the total registered
 * voters": a per-cent number right before "of", maybe "the", "total" and a count, then a cue of a
 * metric that is a share metric's whole (`total`: the registered voters of the turnout) is that
 * share; the count is the whole's own figure. Null otherwise ("45% of the 3 million votes cast").
 */
function shareOfWhole(nums: Quantity[], i: number, text: string, c: Compiled, cues: Mention<string[]>[]): string | null {
  const q = nums[i]!;
  if (!q.percent) return null;
  const next = nums[i + 1];
  // The whole's count, when the share has none of its own ("of the more than 17.1 million": a bound parts it).
  const count = !q.total && next && !next.percent && OF_WHOLE.test(text.slice(q.end, next.start)) ? next : null;
  const from = q.total ? q.total.end : count ? count.end : q.end;
  const cue = cues.find((m) => m.start >= from && (q.total || count ? WHOLE_NOUN_AFTER_COUNT : OF_WHOLE_NOUN).test(text.slice(from, m.start)));
  // After the whole's count, a cue of the share metric itself names it too ("74% of the country's 112.3 million voters cast their ballots").
  const own = (id: string) => (q.total || count) && c.metrics.get(id)!.unit === '%' && c.shareOfWhole.get(c.metrics.get(id)!.total ?? '') === id;
  return cue?.value.map((id) => c.shareOfWhole.get(id) ?? (own(id) ? id : undefined)).find((id) => !!id) ?? null;
}
/** The metric of a count that is the whole of the share before it read by `shareOfWhole` ("More than 74% of the country's 112.3 million voters cast their ballots": the registered voters, whatever cue of the ballots cast follows). */
function wholeOfShare(nums: Quantity[], i: number, text: string, c: Compiled, cues: Mention<string[]>[], results: Map<Quantity, { reading: Reading | null }>): string | null {
  const q = nums[i]!;
  const share = i > 0 ? results.get(nums[i - 1]!)?.reading : null;
  if (q.percent || q.total || !share || !OF_WHOLE.test(text.slice(nums[i - 1]!.end, q.start)) || shareOfWhole(nums, i - 1, text, c, cues) !== share.metric.id) return null;
  return share.metric.total ?? null;
}
/** "of", "of the", "of the total", "of the country's" between a share and its whole's count. */
const OF_WHOLE = /^\s+of\s+(?:the\s+)?(?:total\s+)?(?:[\p{L}-]+['’]s\s+)?$/iu;
/** "of the total", "of all the" between a share and its whole's noun. */
const OF_WHOLE_NOUN = /^\s+of\s+(?:the\s+|all\s+(?:the\s+)?)?(?:total\s+)?$/iu;
/** Up to three words ("Freedonian", "of Freedonia's") between the whole's count and its noun. */
const WHOLE_NOUN_AFTER_COUNT = /^\s+(?:of\s+)?(?:[\p{L}'’-]+\s+){0,3}?$/iu;

/**
 * A side's figure in a sentence that names no one and opens on a word standing for a side ("She
 * received 37 seats", "He was re-elected in 2028, with 86% of the votes") or on a verb of winning
 * with no subject ("Winning 68 seats is …") is the side's that the sentence before named alone, of
 * the metric's kinds ("Unity of Ann Ames won. She received 37 seats": Unity's seats): null otherwise.
 */
function onlySideBefore(q: Quantity, text: string, ctx: Context, kinds: readonly string[], c: Compiled): string | null {
  if (ctx.entities.length) return null;
  const opening = OPENING.exec(text)![0].length;
  const opens = ctx.references.some((r) => r.start === opening) || (c.wonCountRe.exec(text.slice(opening, q.start))?.index === 0);
  if (!opens) return null;
  const ids = [...new Set(ctx.sentenceBefore.filter((id) => kinds.includes(c.entityKind.get(id) ?? 'place')))];
  return ids.length === 1 ? ids[0]! : null;
}
/** What may stand before a sentence's first word: space, quotes, brackets. */
const OPENING = /^[\s"'“‘(]*/u;

/** Whether the number is one of two per-cent numbers joined as a contrast ("51 percent to 49 percent", "74.05% against 25.94%") that make 100. */
function sharesContrast(nums: Quantity[], i: number, text: string): boolean {
  const pair = (x: Quantity | undefined, y: Quantity | undefined) =>
    !!x && !!y && x.percent && y.percent && x.value != null && y.value != null && Math.abs(x.value + y.value - 100) <= 0.1 + 1e-9 && CONTRAST_LINK.test(text.slice(x.end, y.start));
  return pair(nums[i], nums[i + 1]) || pair(nums[i - 1], nums[i]);
}

/**
 * "1,281,911 people (49.4%)", "of whom 18.8 million (74.5%) voted": a per-cent number paired right
 * after a count read as a metric that has a share (`count_metric`: the ballots cast) is that share
 * (the turnout); "Unity won 1,200,000 votes (45.2%)" stays the party's share.
 */
function countShare(nums: Quantity[], i: number, text: string, c: Compiled, results: Map<Quantity, { reading: Reading | null }>): string | null {
  const q = nums[i]!;
  const prev = nums[i - 1];
  if (!q.percent || !prev || prev.percent || !PAIR_LINK.test(text.slice(prev.end, q.start))) return null;
  const metric = results.get(prev)?.reading?.metric;
  if (!metric) return null;
  // "more than one million invalid votes, representing 5.8%": the share of a count of the whole
  // election that has no share metric is that count's, no figure of the metric before it.
  return c.shareOfCount.get(metric.id) ?? (metric.entity === 'national' ? UNNAMED : sideCount(metric) ? (c.fallback.get('%') ?? null) : null);
}

/**
 * "all other parties garnered 9,308 (3.2%) votes", "won the most seats with 78 (29.64%)": a side's
 * votes or seats (no change of them) have their share of the vote paired after them (the share
 * metric's fallback), whatever metric of shares the paragraph spoke of before.
 */
function sideCount(metric: Metric): boolean {
  return metric.entity === 'attach' && metric.entity_kinds.includes('party') && !metric.change_of && (metric.unit === 'votes' || metric.unit === 'seats');
}

/**
 * "It failed to clear the threshold in 2022, but had as many as 65 MPs in 2021": a side's count with
 * no name in its sentence before it takes the name a reference before it in the sentence stands for.
 */
function sentenceReference(c: Compiled, ctx: Context, text: string, q: Quantity, fit: Mention<string>[], refFits: string[]): string | null {
  if (fit.some((e) => e.end <= q.start)) return null;
  const ref = ctx.references.find((r) => r.end <= q.start && r.value.some((k) => refFits.includes(k)));
  if (!ref) return null;
  const id = ctx.names.lastOf(ref.value, c.referenceBefore.has(key(text.slice(ref.start, ref.end))) ? 1 : Infinity);
  return id && refFits.includes(c.entityKind.get(id) ?? '') ? id : null;
}

/** A name that opens its sentence ("The Greens, …"), or follows an opening phrase, a comma and up to two modifiers ("As the chart shows, Ames …", "Among opposition parties, the largest, Unity …"). */
const SUBJECT_OPEN = /^\s*(?:the\s+)?$|^[^,;:]{1,60},\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** A name as the object of a preposition, or an item of a list that is ("the support of allies in the Unity-led bloc", "against 44% for Bell", "led in Northport, Eastvale and ", with a word of the name before it: "in Northport, San "). */
const OBJECT_BEFORE = /(?<![\p{L}])(?:of|in|from|with|against|for|over|by|to|than|behind)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}(?:\p{Lu}[\p{L}.'’-]*(?:\s(?:\p{Ll}{1,3}\s)?\p{Lu}[\p{L}.'’-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*(?:\p{Lu}\p{L}*\s)?$/u;

/**
 * The subject a reference in its sentence stands for: the name of its kinds that opens the
 * sentence, where every other such name between it and the reference is the object of a
 * preposition ("The Greens, who needed the support of allies in the Unity-led bloc, fell short of the
 * 44 seats they had won", "As the chart shows, Ames led in Northport, where she received 57%"), and
 * the reference is in no relative clause of another such name. Undefined otherwise.
 */
function referredSubject(text: string, ctx: Context, ref: Mention<string[]>, fitsRef: (e: Mention<string>) => boolean): Mention<string> | undefined {
  const before = ctx.entities.filter((e) => e.end <= ref.start && fitsRef(e));
  const subject = before.find((e) => SUBJECT_OPEN.test(text.slice(0, e.start)));
  if (!subject) return undefined;
  if (ctx.relative.some((r) => ref.start >= r.start && ref.end <= r.end && r.antecedent.value !== subject.value && fitsRef(r.antecedent))) return undefined;
  const others = before.filter((e) => e.start > subject.start && e.value !== subject.value);
  return others.every((e) => OBJECT_BEFORE.test(text.slice(Math.max(0, e.start - 300), e.start))) ? subject : undefined;
}

/**
 * "The difference between the two main candidates is reduced to just over four percentage points",
 * "polls had given her a 20-point lead": a lead (a metric with `trailing_cues`) that names no side
 * and states no rule ("the required 20-point lead") is the side's the article gave the last lead
 * to, else the side ahead of the last two shares it gave (the fallback share: "Ames 47.9%, Bell 43.7%").
 */
function leadWithoutSide(c: Compiled, metricId: string, ctx: Context): string | null {
  if (!c.trailingRe.has(metricId) || ctx.qualifiers.some((m) => m.value === 'rule')) return null;
  // "none of the candidates obtained 45%, or 40% with a 10-point advantage": a lead after a rule's share is a rule.
  const share = ctx.sentencePrevious.lastOfUnit('%');
  if (share && c.metrics.get(share.metric)?.qualifier === 'rule') return null;
  const last = ctx.inSource.lastOfMetric(metricId)?.entity;
  if (last && last !== 'national' && last !== 'unknown') return last;
  const shareMetric = c.fallback.get('%');
  return shareMetric ? ctx.inSource.ahead(shareMetric) : null;
}

/** What joins a count and a share of the whole it counts: a dash, a bracket, a comma (with "or", "making up", "representing"), "or"; up to three words of the first number before it ("About 9.4 million people – about 52.5 percent", "52.5 percent of eligible voters — 9.4 million"). */
const COUNT_SHARE_LINK = /^(?:\s+[\p{L}'’]+){0,3}?\s*(?:[–—-]|\(|,\s*(?:or|making\s+up|accounting\s+for|representing)?|\sor)\s*$/u;

/**
 * A count paired with a share of a metric that counts it (`count_metric`: turnout counts the ballots
 * cast) is of that metric: the share right before it read as one ("More than 31 percent of eligible
 * voters — 13.84 million"), or the share right after it headed by such a cue ("5,241,029 citizens,
 * making up 69.54 percent of the electorate").
 */
function shareCount(nums: Quantity[], i: number, text: string, c: Compiled, results: Map<Quantity, { reading: Reading | null }>, cues: Mention<string[]>[]): string | null {
  const q = nums[i]!;
  if (q.percent) return null;
  const prev = nums[i - 1];
  if (prev?.percent && COUNT_SHARE_LINK.test(text.slice(prev.end, q.start))) {
    const of = results.get(prev)?.reading?.metric.count_metric;
    if (of) return of;
  }
  const next = nums[i + 1];
  if (!next?.percent || next.total || !COUNT_SHARE_LINK.test(text.slice(q.end, next.start))) return null;
  const cue = cues.find((m) => m.start >= next.end && /^\s*$/.test(text.slice(next.end, m.start)));
  return cue?.value.map((id) => c.metrics.get(id)!.count_metric).find((id) => !!id) ?? null;
}

/** "Reform's eight seats", "Ames’ 52%": a party, group, option or candidate named right before the number with a possessive. */
const POSSESSIVE = /^['’]s?\s+$/u;
function possessed(q: Quantity, ctx: Context, text: string, c: Compiled): boolean {
  const e = ctx.entities.filter((m) => m.end <= q.start && q.start - m.end <= 4).at(-1);
  // (A spelling of the lexicon may hold the possessive itself: "First's".)
  return !!e && c.entityKind.get(e.value) !== 'place' && (POSSESSIVE.test(text.slice(e.end, q.start)) || (/['’]s?$/u.test(text.slice(e.start, e.end)) && /^\s+$/u.test(text.slice(e.end, q.start))));
}

/** Whether the cue nearest before the number in its clause is a gain cue that also means "won" (`obtained_cues`). */
function obtainedBefore(q: Quantity, ctx: Context, text: string, c: Compiled): boolean {
  const cue = ctx.metricCues.filter((m) => inside(m, ctx.before)).at(-1);
  return !!cue && c.obtainedCues.has(key(text.slice(cue.start, cue.end))) && !/\d/.test(text.slice(cue.end, q.start));
}

/**
 * "with 19.4 percent of votes, gaining 14 seats", "gained 15 seats in the 63-seat parliament": a
 * gain cue that also means "won" (`obtained_cues`) right after the same side's share in the
 * sentence (no other name between), or before the chamber or the election it was won in, names
 * the total its metric is the change of, not a gain ("gained 5 seats, to 40" stays a gain).
 */
function gainWon(q: Quantity, ctx: Context, text: string, c: Compiled): string[] | null {
  if (q.percent || !obtainedBefore(q, ctx, text, c)) return null;
  const cue = ctx.metricCues.filter((m) => inside(m, ctx.before)).at(-1)!;
  const of = cue.value.map((id) => c.metrics.get(id)!.change_of).filter((id): id is string => !!id);
  if (!of.length) return null;
  const share = ctx.sentencePrevious.lastOfUnit('%');
  const afterShare =
    !!share?.entity && share.metric === c.fallback.get('%') && !/\d/.test(text.slice(share.end, cue.start)) && !ctx.entities.some((e) => e.start >= share.end && e.end <= q.start && e.value !== share.entity);
  return afterShare || c.wonInRe.test(text.slice(q.end, q.end + 80)) ? of : null;
}

/** "1.7 percent of the vote (", "0.9 (": a share, then only its vote words, then the bracket. */
const SHARE_THEN_BRACKET = /^\s*(?:of\s+(?:the\s+)?(?:votes?|ballots)\s*)?\(\s*$/iu;

/**
 * "Unity 1.7 percent of the vote (6), Reform 0.9 (3)": a whole number alone in brackets right after
 * a share, no larger than the chamber (`election.seats`), is the party's count of the chamber's unit
 * (seats: the generic metric of the unit that has a share of the chamber, `share_of`), not its votes
 * ("Yes 66.4% (1,429,981)" is larger than any chamber).
 */
function seatsInBracket(nums: Quantity[], i: number, text: string, c: Compiled): string | null {
  const q = nums[i]!;
  const prev = nums[i - 1];
  if (!prev?.percent || q.percent || q.kind !== 'quantity' || q.total || q.value == null || !c.seats || q.value > c.seats) return null;
  if (!Number.isInteger(q.value) || !/^\d+$/.test(q.text) || !SHARE_THEN_BRACKET.test(text.slice(prev.end, q.start)) || !/^\s*\)/.test(text.slice(q.end))) return null;
  for (const unit of c.shareOf.keys()) {
    const id = c.genericOf.get(unit);
    if (id) return id;
  }
  return null;
}

/** At most this many characters between the two numbers of a pair of shares written without the sign ("39.29, 'no' 60.71"). */
const PAIR_GAP = 25;

/**
 * "Fergana - 69.22%, Namangan (68.08) and Jizzak (66.83)": a number with decimals and no unit
 * noun after a per-cent figure of its sentence is a share too (no count has decimals); so are two
 * such numbers close together that make 100 ("Yes 39.29, No 60.71").
 */
function sharesOfList(all: Quantity[], text: string, c: Compiled): Quantity[] {
  let share = false;
  // "Yes 39.29, No 60.71": two numbers with decimals, close together, that make 100 are two shares.
  const decimal = (q: Quantity | undefined): q is Quantity =>
    !!q && q.kind === 'quantity' && !q.percent && !q.total && q.value != null && q.precision < 0.5 && /[.,]\d+$/.test(q.text) && !c.unitRe.test(text.slice(q.end, q.end + 60));
  const whole = new Set<Quantity>();
  all.forEach((q, i) => {
    const next = all[i + 1];
    if (decimal(q) && decimal(next) && next.start - q.end <= PAIR_GAP && Math.abs(q.value! + next.value! - 100) < 1e-6) whole.add(q).add(next);
  });
  return all.map((q) => {
    if (whole.has(q)) {
      share = true;
      return { ...q, percent: true };
    }
    if (q.percent && q.kind === 'quantity') share = true;
    else if (decimal(q) && q.value! <= 100 && unsignedShare(q, text, c)) {
      share = true;
      return { ...q, percent: true };
    } else if (share && q.kind === 'quantity' && !q.total && q.value != null && q.value <= 100 && q.precision < 0.5 && /[.,]\d+$/.test(q.text) && !c.unitRe.test(text.slice(q.end, q.end + 60))) {
      return { ...q, percent: true };
    }
    return q;
  });
}

/**
 * "Erdogan received 59.80 of the votes", "Nuevas Ideas party, 2,701,725, with a percentage of 82.66",
 * "The voter turnout has accordingly stood at 39.92": a number with decimals written without its
 * per-cent sign is a share where its words name one: "of the votes" after it, "a percentage of"
 * before it, or a per-cent metric's cue as the subject of the copula before it (`subjectCue`).
 */
function unsignedShare(q: Quantity, text: string, c: Compiled): boolean {
  if (OF_VOTES_AFTER.test(text.slice(q.end, q.end + 30)) || PERCENTAGE_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start))) return true;
  if (!COPULA_BEFORE.test(text.slice(0, q.start))) return false;
  const cue = metricMentions(c, text).find((m) => m.end <= q.start && SUBJECT_OPENS.test(text.slice(0, m.start)));
  return !!cue && cue.value.some((id) => c.metrics.get(id)!.unit === '%');
}
/** "of the votes", "of votes", "of the valid votes" right after a number. */
const OF_VOTES_AFTER = /^\s+of\s+(?:the\s+)?(?:valid\s+)?(?:votes?|ballots)(?![\p{L}])/iu;
/** "a percentage of", "with a percentage of" right before a number. */
const PERCENTAGE_BEFORE = /(?<![\p{L}])percentage\s+of\s+$/iu;

/**
 * "turnout was 1.97 per cent less than in 2019", "turnout stood at 69.16%, 3.65 percentage points
 * higher than …": a difference of a metric whose changes have no metric (`change_unnamed`), read
 * as it or after its figure in the sentence, is no figure.
 */
function unnamedChange(q: Quantity, read: Reading, text: string, c: Compiled, sentence: Memory): boolean {
  if (!(q.percent || measuresChange(c, read.metric.unit)) || !c.differenceRe.test(text.slice(q.end, q.end + 60))) return false;
  const before = sentence.lastOfUnit('%');
  return read.metric.change_unnamed || (!q.percent && !!before && !!c.metrics.get(before.metric)?.change_unnamed);
}

/**
 * "a drop of nearly 74,000 votes", "it adds another 102,000 votes", "has polled 184,584 less", "5.8
 * million more people voted": a count (no share) of a metric with no change metric (votes,
 * ballots cast, voters), stated as a change (`numbers.count_change_before`, `count_change_after`),
 * is no figure.
 */
function countChange(q: Quantity, read: Reading, text: string, c: Compiled): boolean {
  if (q.percent || read.metric.change_of || c.changeOf.has(read.metric.id)) return false;
  return c.countChangeBeforeRe.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start)) || c.countChangeAfterRe.test(text.slice(q.end, q.end + 60));
}

/** "48 seats (down 2 from election night)", "lost two seats on final vote count": a change between two counts of this election (`numbers.stage_base`), no figure. */
function stageChange(read: Reading, text: string, c: Compiled): boolean {
  return !!read.metric.change_of && !!c.stageBaseRe?.test(text);
}

/** "a total of" right before a count: "casting a total of 2,153,613 valid votes" is the total, whatever side the sentence names. */
const TOTAL_OF = /(?<![\p{L}])a\s+total\s+of\s+$/iu;

/** "a total of 2,153,613 valid votes", "Valid votes: 2,153,613": a count of valid votes (no share) named so right after or as its label. */
function validTotal(q: Quantity, text: string, c: Compiled): boolean {
  return !q.percent && (c.validAfterRe.test(text.slice(q.end, q.end + 40)) || c.validBeforeRe.test(text.slice(Math.max(0, q.start - 40), q.start)));
}

/** "seven seats short", "three shy of", "9 seats ahead": a count (not a lead in points) before a margin word is a margin, no figure. */
function countMargin(q: Quantity, text: string, c: Compiled): boolean {
  if (q.percent || q.total) return false;
  const noun = c.unitRe.exec(text.slice(q.end, q.end + 60));
  // "8 points ahead": a lead in a unit that measures changes and leads is a figure.
  if (noun && measuresChange(c, c.unitOf.get(key(noun[0])) ?? '')) return false;
  const from = q.end + (noun?.[0].length ?? 0);
  return c.marginAfterRe.test(text.slice(from, from + 30));
}

/** "the difference came down to 160 votes", "The difference is about 3 million.": a count (not a lead in points) after a margin named as the subject. */
function subjectMargin(q: Quantity, text: string, c: Compiled): boolean {
  if (q.percent || q.total || !c.marginSubjectRe.test(text.slice(Math.max(0, q.start - SUBJECT_BACK), q.start))) return false;
  const noun = c.unitRe.exec(text.slice(q.end, q.end + 60));
  return !(noun && measuresChange(c, c.unitOf.get(key(noun[0])) ?? ''));
}
/** The generic metric of a margin's unit noun ("2,617 votes": votes received) becomes the source's newest of its kind. */
function marginMetric(q: Quantity, text: string, c: Compiled, inSource: Memory): void {
  const noun = c.unitRe.exec(text.slice(q.end, q.end + 60));
  const id = noun ? c.genericOf.get(c.unitOf.get(key(noun[0])) ?? '') : undefined;
  if (id) inSource.mention('count', id);
}
/** How far (in characters) before a count a verb of winning (`numbers.won_before`) may stand. */
const WON_BACK = 50;
/** How far (in characters) before a count its margin's subject may stand. */
const SUBJECT_BACK = 120;

/** "won by 6,553 votes", "a majority of 29 votes over": a count of votes after a margin word is the winning margin, no figure. */
function votesMargin(q: Quantity, text: string, c: Compiled): boolean {
  if (q.percent || q.total || !c.marginBeforeRe.test(text.slice(Math.max(0, q.start - LOOK_BACK), q.start))) return false;
  const noun = c.unitRe.exec(text.slice(q.end, q.end + 60));
  return !!noun && c.unitOf.get(key(noun[0])) === 'votes';
}

/** A unit word or two and an opening bracket: "64 seats (", "12.4% (". */
const PAREN_PAIR = /^\s*(?:\p{L}+\s*){0,2}$/u;

/**
 * The number-first link of the number `i`, read past the bracket of its pair: "64 seats (42.7%)
 * going to Unity, 29 seats (19.3%) to Reform" links both numbers of an item to the name after it.
 */
function linkedPast(text: string, nums: Quantity[], i: number, parens: Span[], entities: Mention<string>[]): Mention<string> | null {
  const q = nums[i]!;
  const next = nums[i + 1];
  const paren = next ? parens.find((p) => p.start >= q.end && p.start <= next.start && next.end <= p.end) : undefined;
  if (paren && PAREN_PAIR.test(text.slice(q.end, paren.start)) && !nums.slice(i + 2).some((n) => n.start < paren.end)) {
    return linkedAfter(text, { start: q.start, end: paren.end }, entities, nums[i + 2]?.start ?? text.length);
  }
  return linkedAfter(text, { start: q.start, end: q.end }, entities, next?.start ?? text.length);
}

/**
 * An aside opened after a comma or dash, up to the year or earlier-election words: a relative
 * clause (", which placed seventh in the 2021 elections", ", and who already went to the second
 * round four years ago") or one set against the main clause (", while the Greens were the main
 * losers after their big rise four years ago").
 */
const RELATIVE_OPEN = /[,–—]\s*(?:(?:and|but)\s+)?(?:which|who|whose|while|whereas)\s[^,;:()–—]*$/iu;
/** The rest of that clause after them, up to its closing comma or the end of the sentence, with no number. */
const RELATIVE_CLOSE = /^[^,;:.()\d–—]*(?:,|[.!?]?["”’]?\s*$)/u;
/** "ex-wife of former president Bo Berg": a person named after "of", right before a bracket (the person the sentence's subject is related to, not its subject). */
const OF_NAME = /(?<![\p{L}])of\s+[^,;:()]{1,60}$/iu;
/** A bracket that holds only a span of years ("(2008-2012)"): a term of office after a name. */
const YEARS_ONLY = /^\(\s*\d{4}\s*[-–—]\s*\d{2,4}\s*\)$/u;

/**
 * Whether a year stands in an aside that holds no number and closes before the sentence's
 * numbers: a relative clause between commas ("Reform, which placed seventh in the 2021 elections,
 * gained 11 seats", "Unity, which emerged as a kingmaker in the 2019 election, will win 72 seats")
 * or a bracket of years after a person named after "of" ("the ex-wife of former president Bo Berg
 * (2008-2012) took 15.1 percent"; "former presidents Bo Berg (2006-12) and Ann Ames (2012-18) both
 * prevailed with less than 40%" stays theirs). It tells of a person or party, and dates no figure
 * of the sentence.
 */
function asideYear(y: Quantity, text: string, nums: Quantity[], parens: Span[]): boolean {
  const bracket = parens.find((p) => p.start <= y.start && y.end <= p.end);
  if (bracket) return YEARS_ONLY.test(text.slice(bracket.start, bracket.end)) && OF_NAME.test(text.slice(0, bracket.start)) && !nums.some((q) => q.start >= bracket.start && q.end <= bracket.end);
  return inAside(y, text, nums);
}

/**
 * Whether a year or earlier-election words stand in an aside with no number (`RELATIVE_OPEN`,
 * `RELATIVE_CLOSE`: "Reform, which placed seventh in the 2021 elections, gained 11 seats",
 * "Ames, with 15.4%, and who already went to the second round four years ago, is third"): it
 * tells of the past of someone or something beside a figure of this election, and dates none.
 */
function inAside(y: { start: number; end: number }, text: string, nums: Quantity[]): boolean {
  const open = RELATIVE_OPEN.exec(text.slice(0, y.start));
  const close = RELATIVE_CLOSE.exec(text.slice(y.end));
  if (!open || !close) return false;
  const [from, to] = [open.index, y.end + close[0].length];
  return !nums.some((q) => q.start >= from && q.end <= to);
}

/** How far (in characters) a year may stand from the number it dates ("71.09% in January 2021"). */
const YEAR_NEAR = 25;
/**
 * Whether a year or earlier-election words are the base of a comparison or a founding date
 * (`qualifiers.base_before` up to four words before them: "compared to the previous election in
 * 2019", "down from the 2019 election", "founded in 2019"); not "the previous election's 35 seats".
 */
function comparisonBase(m: { start: number; end: number }, text: string, c: Compiled): boolean {
  const after = text.slice(m.end, m.end + 40);
  // "since the 1981 election, when 27.6% voted", "a record since 1986 (63.6%)": the year still dates its clause, its bracket.
  if (/^['’]s(?![\p{L}])/u.test(after) || /^\s*(?:[\p{L}-]+\s*){0,2}?,\s*when\s|^\s*(?:[\p{L}-]+\s*){0,2}?\(/iu.test(after)) return false;
  const base = c.baseBeforeRe.exec(text.slice(Math.max(0, m.start - BASE_BACK), m.start));
  // "up from their 2020 result of 33": a possessive names the result the year dates.
  return !!base && !POSSESSIVE_WORD.test(base[0]);
}
const POSSESSIVE_WORD = /(?<![\p{L}])(?:their|its|his|her|our)(?![\p{L}])/iu;
/** How far (in characters) after the comparison words ("four less than those obtained by …") the year or earlier-election words of its base may reach. */
const COMPARED_BASE = 70;
/** How far (in characters) before a year its comparison word may stand. */
const BASE_BACK = 60;
/**
 * "going into the 44th federal election", "heading into Sunday's parliamentary vote": up to three
 * words between "into the" and the election noun, what a party held before the vote, like
 * `qualifiers.held_before`'s "going into the election".
 */
function intoElection(text: string): Mention<boolean>[] {
  return [...text.matchAll(INTO_ELECTION)].map((m) => ({ start: m.index, end: m.index + m[0].length, value: true }));
}
const INTO_ELECTION = /(?<![\p{L}])(?:going|heading|went|headed)\s+into\s+(?:the\s+|this\s+|[\p{L}]+['’]s\s+)(?:[\p{L}\p{N}-]+\s+){1,3}(?:election|elections|vote|polls|race)(?![\p{L}])/giu;

/** How far (in characters) a word of what a party held before the vote (`qualifiers.held_before`) reaches. */
const HELD_NEAR = 30;

/**
 * "Renamo then elected 60 MPs (22.28%)", "as the two formations then gathered the support of
 * 692,000 voters", "the then-opposition coalition won just eight": "then" before a verb in the past
 * (no "will", "would", … before it), or "then-" before a word, tells of an earlier time; the first
 * number after it in its clause, within `THEN_NEAR`, is the earlier election's. "…, then Reform with
 * 30%", "If no party wins, then a run-off …" and "will then form a government" tell of no past.
 */
function thenPast(text: string, nums: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(THEN_PAST)) {
    const end = m.index + m[0].length;
    const q = nums.find((n) => n.start >= end);
    if (q && q.start - end <= THEN_NEAR && !CLAUSE_BREAK_IN.test(text.slice(end, q.start))) out.push(q);
  }
  return out;
}
const THEN_PAST = /(?<![\p{L}-])then-\p{L}|(?<!(?:will|would|could|can|may|might|must|shall|should|to|and|or)\s+)(?<![\p{L}-])then\s+(?:\p{L}+ed|won|took|had|got|held|gained|lost|polled|saw|came|went|rose|fell)(?![\p{L}])/giu;
/**
 * A count and a per-cent number paired right after it ("60 MPs (22.28%)", "20,000 votes, or 4%",
 * `PAIR_LINK`): the share of the count, of the same election.
 */
function pairedShares(nums: Quantity[], text: string): [Quantity, Quantity][] {
  const out: [Quantity, Quantity][] = [];
  for (let i = 1; i < nums.length; i++) {
    const [count, share] = [nums[i - 1]!, nums[i]!];
    if (!count.percent && share.percent && count.kind !== 'year' && PAIR_LINK.test(text.slice(count.end, share.start))) out.push([count, share]);
  }
  return out;
}
/**
 * Whether a clause break (`BREAK_AFTER`, `BREAK_BEFORE`: a dash, a semicolon, "while", "but",
 * "and") stands between a number and a year or earlier-election words: "won 28.6% of the vote,
 * while the Greens lost after their big rise four years ago", "reached 21% – down on the 2022
 * elections", "Ann Ames, with 15.4%, and who reached the run-off four years ago": they date it not.
 */
function brokenBetween(q: Quantity, m: { start: number; end: number }, breaks: Mention<unknown>[]): boolean {
  const [from, to] = q.end <= m.start ? [q.end, m.start] : [m.end, q.start];
  return breaks.some((k) => k.start >= from && k.end <= to);
}
/** How far (in characters) after "then" its number may stand ("the then-opposition PPM-PNC coalition won just eight"). */
const THEN_NEAR = 60;
/** A break of the clause between "then" and a number: a stop, semicolon or dash, "while", "but". */
const CLAUSE_BREAK_IN = /[.;—–]|\s(?:while|but|whereas)\s/u;
/** "seven of its 20", "ten seats of their 34": a part, then the whole a party held. */
const SAME = /(?<![\p{L}])same(?![\p{L}])/iu;
const PART_OF_ITS = /^\s+(?:\p{L}+\s+)?of\s+(?:its|their|his|her)\s+$/iu;
/** A verb of change, then "from" right before a number ("dropping from 13", "fell from a record 13.5", "dropped below the 10 per cent mark – from 13.5"): the number is what was held before. */
const CHANGE_FROM = /(?<![\p{L}])(?:dropp(?:ed|ing)|drops?|f[ae]ll(?:ing|s)?|r[io]s(?:e|es|ing)|grew|grow(?:s|ing)?|climb(?:ed|ing|s)?|slipp(?:ed|ing)|slips?|jump(?:ed|ing|s)?|shr[au]nk|shrinking|declin(?:ed|ing|es?)|increas(?:ed|ing|es?)|decreas(?:ed|ing|es?)|went|going|goes|sank|sinking|plunged?|plunging|surged?|surging)(?:\s+|[^.;–—]*?\s[–—]\s+)from\s+(?:(?:a|an|the|its|their|record|high|low|of)\s+){0,3}$/iu;
/** Between the two numbers of a change: the first's unit, then "to" ("13 to just 5", "13.5 percent to a 9.8 percent"). */
/** A number's "then", up to the next number: "14 percent then to", "14 seats then and". */
const THEN_TO = /^\s*(?:%|percent|per\s+cent|seats?|mandates?|votes?)?\s+then\s*,?\s+(?:to|and|against|versus|vs\.?)\s+(?:(?:just|only|about|around)\s+)?$/iu;
/** "now" right after a number (or its unit): "8 percent now". */
const NOW_AFTER = /^\s*(?:%|percent|per\s+cent|seats?|mandates?|votes?)?\s+now(?![\p{L}])/iu;
const CHANGE_TO = /^\s*(?:%|percent|per\s+cent|seats?|mandates?|votes?|points?)?\s+to\s+(?:(?:just|only|a|an|about|around)\s+){0,2}$/iu;
/** A side's seat count and the share it won after it: "won 184 parliamentary seats, 71.28%", "will have 64 MPs in the next Parliament after winning 24.6 per cent", "37 MPs after finishing third with 14.2 per cent". */
const SEATS_THEN_SHARE = /^\s+(?:\p{Ll}+\s+)?(?:seats|mandates|MPs|deputies)(?:,\s*|\s+and\s+|(?:\s+[\p{L}-]+){0,5}?\s+(?:with|after\s+winning)\s+)$/u;
/** …and a share before a seat count: "with 14% and 18 seats", "a percentage of 11% and 13 seats". */
const SHARE_THEN_SEATS = /^\s+and\s+$/u;

/** Whether the numbers at i and j (i before j) are a share and a seat count of one side's item, in either order (`SEATS_THEN_SHARE`, `SHARE_THEN_SEATS`). */
function seatsPair(nums: Quantity[], i: number, j: number, text: string): boolean {
  const [a, b] = [nums[i], nums[j]];
  if (!a || !b || a.total || b.total) return false;
  if (!a.percent && b.percent) return SEATS_THEN_SHARE.test(text.slice(a.end, b.start));
  return a.percent && !b.percent && SHARE_THEN_SEATS.test(text.slice(a.end, b.start)) && /^\s+(?:seats|mandates)(?![\p{L}])/u.test(text.slice(b.end, b.end + 12));
}

/**
 * What joins a count and a share of one item: "1,429,981 (66.40 per cent)", "66.40% 1,429,981", "723,632 – 33.6 per cent", "368,204 votes, 57.10%", "47.9 percent of the ballots – 54.8 million votes", "52.6% of the vote, a total of 2,350,711 votes".
 * A count's share named as such after it is its too: "103,755 votes and a percentage of 26.11%", "177,881, with a share of 5.44%", "235,000 votes at 16 per cent".
 */
const SHARE_PAIR = /^\s*(?:(?:of\s+(?:the\s+)?)?(?:votes?|ballots)\s*)?(?:[(/–—-]\s*|,\s*(?:or\s+|a\s+total\s+of\s+)?|,?\s*or\s+|,?\s*(?:and|with)\s+(?:a\s+)?(?:percentage|share)\s+of\s+|at\s+)?$/iu;
/** What joins a score pair's two shares ("57-43%", "41/59"): a dash or a slash and nothing else. */
const SCORE_LINK = /^[-–/]$/u;
/** "with 4.6% and 12 seats", "a vote share of 20.06% and won 71 seats": a count after a share and "and" (one lower-case word between at most) is the share's party's. */
const SHARE_AND = /^\s*(?:(?:of\s+(?:the\s+)?)?(?:votes?|ballots)\s*)?,?\s*and\s+(?:\p{Ll}+\s+)?$/u;
/** What stands between the two sides of a contrast: "68 per cent to 32 per cent", "68% in favour of yes to 32%", a score pair's "57-43%". */
const CONTRAST_LINK = /^(?:(?:\s*(?:percent|per cent|%))?[^\d;,.]{0,30}\s(?:to|against|versus|vs\.?)\s*|[-–/])$/iu;
/** What joins two numbers of one item: "12.4 percent or 301,200 votes", "46.9 percent of the vote or 1,670,999 votes", "45,809 representing 0.4%", "2,796,613 voters or by 5.28%", "3,309,863 votes (21.70%)", "54%, or 6.4 million", "38.17% of voters (or 989,972 citizens)", "814,481 votes, amounting to 50.64 percent", "793,914 votes, constituting 49.36 percent", "60,027; that is, 1.84%". */
const PAIR_LINK = /^\s*(?:of\s+(?:the\s+)?(?:votes?|ballots)\s*|(?:(?:percent|per cent|%|\p{L}+)\s*){0,2})(?:[,;]\s*)?(?:\(\s*or|or(?:\s+by)?|\(|\/|representing|(?:that|which)\s+represents?|accounting\s+for|equal\s+to|equivalent\s+to|amounting\s+to|constituting|translating\s+to|that\s+is,?)\s*$/iu;
/** What may stand before another body's name that opens a sentence: "In the", "For the", "In the local elections in …" is the name itself. */
const BODY_OPENER = /^\s*(?:(?:in|for|at|among)\s+(?:the\s+)?)?$/iu;

/**
 * Whether a sentence goes on with the list of another body that the sentence before opened with
 * ("In the local elections in Northport, Unity won 38.7% of votes or 48 seats. Reform received 6%
 * of votes or seven seats, …"; "In provincial assemblies, Unity won 84 seats in the North. The
 * South Assembly saw Reform leading with 137 seats."): right after it, in its paragraph or the
 * next, while it names no year, no qualifier cue, no word of now and no chamber of the election.
 */
function bodyGoesOn(context: SentenceContext, text: string, all: readonly Quantity[], c: Compiled): boolean {
  const b = context.otherBody;
  if (!b || context.paragraph - b.paragraph > 1 || all.some((y) => y.kind === 'year')) return false;
  return !c.nowRe?.test(text) && !qualifierCues(c, text).length && !c.chamberAnywhereRe.test(text);
}
/** How far (in characters) another body's name may stand from the number it takes. */
const OTHER_BODY_NEAR = 60;

/**
 * Whether a number `q` goes with another body's number `near` (the nearest to the body's name `b`):
 * near the name too, with no break (an "and", a dash, "while") between it and the name, and no
 * comma between it and `near` ("renew 130 of the 257 seats in the Senate", "the Senate, winning 66
 * seats to 34 for Reform"). "160 deputies of the Grand Hall, 20 of the Senate" and "237 seats in the
 * Grand Hall and 115 in the Senate" keep their first number.
 */
function bodyPartner(q: Quantity, near: Quantity, b: { start: number; end: number }, text: string, breaks: readonly { start: number; end: number }[]): boolean {
  if (gap(q, b) > OTHER_BODY_NEAR) return false;
  const [from, to] = q.end <= b.start ? [q.end, b.start] : [b.end, q.start];
  if (breaks.some((k) => k.start >= from && k.end <= to)) return false;
  return !text.slice(Math.min(q.end, near.end), Math.max(q.start, near.start)).includes(',');
}

/**
 * How far a sentence's count has gone through the areas it names with a verb of counting, where
 * the numbers are no quantity of their own ("With 155 of 156 constituencies reporting", "after
 * 2,100 of 2,300 districts were counted"): `partial` below the whole (step 4), `complete` at it
 * (step 5), null where none is named.
 */
function countedPart(c: Compiled, text: string): 'partial' | 'complete' | null {
  if (!c.progressCountedRe) return null;
  let out: 'partial' | 'complete' | null = null;
  for (const m of text.matchAll(DIGITS_OF)) {
    if (!c.progressCountedRe.test(text.slice(m.index + m[0].length))) continue;
    const [part, whole] = [Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))];
    if (part < whole) return 'partial';
    if (part === whole) out = 'complete';
  }
  return out;
}

/** Whether the text after the total of "N of M" names what a count goes through: "3,111 precincts", "156 constituencies reporting". */
function progressTotal(c: Compiled, after: string): boolean {
  return !!(c.progressUnitRe?.test(after) || c.progressCountedRe?.test(after));
}

/** How far (in characters) a party or place may stand from a number it is given to, outside its clause. */
const NEAR = 100;

/** RFC 4180 CSV of the claims, one row each, columns in a fixed order. */
export const CSV_COLUMNS = [
  'id',
  'source',
  'metric',
  'entity',
  'value',
  'low',
  'high',
  'bound',
  'precision',
  'unit',
  'qualifier',
  'election',
  'text',
  'line',
  'column',
  'sentence',
  'quote',
] as const;

/**
 * One RFC 4180 field. Article text that starts like a spreadsheet formula (= + - @, tab, CR)
 * gets a leading apostrophe, so that opening claims.csv in a spreadsheet never runs it (CSV
 * injection); numbers stay as they are.
 */
function csvField(v: unknown): string {
  let s = v == null ? '' : String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && !/^[-+]?\d+(?:\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function claimsToCsv(claims: Claim[]): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const c of claims) rows.push(CSV_COLUMNS.map((k) => csvField(c[k])).join(','));
  return `${rows.join('\r\n')}\r\n`;
}

/** The warnings of claims whose name is no entity: `file:line:col: warning: "Brightway" is no known entity; nearest alias …`. */
export function unknownEntityWarnings(corpus: Corpus, claims: Claim[], lexicon: Lexicon): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const c of claims) {
    if (!c.surface) continue;
    const near = nearestAlias(c.surface.text, lexicon.entities);
    const file = corpus.sources.find((s) => s.meta.id === c.source)?.file ?? c.source;
    out.push(diagnostic({ file, line: c.surface.line, column: c.surface.column }, 'unknown-entity', msg.UNKNOWN_NAME(c.surface.text, near?.alias ?? null, near?.id ?? null), msg.UNKNOWN_NAME_HINT, 'warning'));
  }
  return out;
}
