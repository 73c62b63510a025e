/**
 * The lexicon: the domain knowledge (parties, places, their aliases, boilerplate rules) as
 * a validated data file. Code never names a party; it reads them from here.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isMainThread, workerData } from 'node:worker_threads';
import { closest, distance } from 'fastest-levenshtein';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { PipelineError, diagnostic, lineColumn } from './errors.ts';
import { fold } from './fold.ts';
import * as msg from './messages.ts';
import { ISO_DATE } from './schema.ts';

/**
 * Entity ids the figure ids keep for themselves: `national` is the whole election
 * (`turnout.national`: only the country, a place, may have it), `unknown` a name the lexicon lacks.
 */
const reservedEntityId = (e: { id: string; kind: string }): boolean => e.id === 'unknown' || (e.id === 'national' && e.kind !== 'place');

/** The kinds a metric or a reference word may stand for (an entity's own `kind` lists them in its error's order). */
const EntityKinds = z.enum(['party', 'group', 'place', 'candidate', 'option']);

export const Entity = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    kind: z.enum(['party', 'place', 'group', 'candidate', 'option']),
    aliases: z.array(z.string().min(1)).min(1),
    /**
     * A coalition's or bloc's member parties (entity ids): "A and B have 192 seats" is the
     * coalition's. Without it, the parties of the lexicon its name names ("A–B coalition") are its members.
     */
    members: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type Entity = z.infer<typeof Entity>;

export const Boilerplate = z
  .object({
    repeated_line_min: z.number().int().min(2).default(3),
    nav_headings: z.array(z.string()).default([]),
    nav_tail_max_words: z.number().int().min(1).default(8),
  })
  .strict();
export type Boilerplate = z.infer<typeof Boilerplate>;

const words = z.array(z.string().min(1));

/** How articles end sentences: the abbreviations after which a sentence goes on ("Mr. Karin"). */
export const Sentences = z
  .object({
    abbreviations: words.default([]),
  })
  .strict();
export type Sentences = z.infer<typeof Sentences>;

/** What a figure measures, and the words that say so (see the comments in lexicon.yaml). */
export const Metric = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case letters, digits and underscores'),
    label: z.string().min(1),
    unit: z.string().min(1),
    cues: words.min(1),
    entity: z.enum(['national', 'attach']).default('attach'),
    entity_kinds: z.array(EntityKinds).min(1).default([...EntityKinds.options]),
    needs_entity: z.boolean().default(false),
    generic: z.boolean().default(false),
    fallback: z.boolean().default(false),
    qualifier: z.enum(['rule', 'estimate', 'forecast', 'historical']).optional(),
    results: z.boolean().default(false),
    national_qualifier: z.enum(['rule', 'estimate', 'forecast']).optional(),
    total: z.string().optional(),
    /** Only a number this metric's cue is the head noun of takes it ("a threshold of 5%", "the 5% threshold"). */
    head_only: z.boolean().default(false),
    /** Only a number followed by one of its unit's nouns takes it ("4 points", not "Harbour: 410"). */
    needs_unit: z.boolean().default(false),
    /** Cues of a loss ("lost 12 seats", "dipped by 15 points"): the nearest cue being one, the value is negative. */
    negative_cues: words.default([]),
    /** "at least 5%", "more than 50%": a lower bound of this metric states its value (a threshold is the bound itself). */
    bound_is_value: z.boolean().default(false),
    /** Cues that count for this metric only after a figure of its unit in the sentence ("120 candidates … another 296 in single-seat constituencies"). */
    context_cues: words.default([]),
    /** Cues that count for this metric only for a number followed by a noun of its unit ("candidates from 22 parties", "Five parties participate"). */
    unit_cues: words.default([]),
    /** A figure known before the count (the electorate, the parties on the ballot): no result, so no counting stage, neither from its sentence nor from a frame ("unspecified" unless its own cue makes it a poll's, an estimate's, historical). */
    before_count: z.boolean().default(false),
    /** A figure of the voting as it goes (turnout, ballots cast): one given at a time of day frames this metric's figures after it, interim (stage.ts `snapshotOf`). */
    snapshot: z.boolean().default(false),
    /** A share of the chamber: a per-cent figure paired with a count of this unit ("64 seats (42.7%)") that is that count's share of the chamber's seats. */
    share_of: z.string().optional(),
    /**
     * (A per-cent metric) the metric of the count it is a share of (turnout: the ballots cast): a
     * count this metric's cue heads ("a voter turnout of 1,281,911 people") is that metric's, and a
     * per-cent number paired right after a figure of that metric ("18.8 million (74.5%) voted") is this one.
     */
    count_metric: z.string().optional(),
    /** The metric its claims are stated as, in this metric's unit: invalid ballots as a share ("1.18% of ballots were declared invalid") are the invalid ballots in %. */
    claim_as: z.string().optional(),
    /** Cues of a gain that also mean "won": in a list of other names' totals ("A won 26 seats, B 14 and C gained 12") the number is a total like them. */
    obtained_cues: words.default([]),
    /** A change of this metric has no metric of its own (turnout): a share or points "higher/lower than" read as it, or after its figure in the sentence, is no figure. */
    change_unnamed: z.boolean().default(false),
    /** The metric this one is the change of (vote share for its change in points): "up 2 points to 34%" gives the level 34% to that metric. */
    change_of: z.string().optional(),
    /** Nouns of a change (a metric of points) that, as the head of a per-cent number ("an increase of 2.7%", "a 1.4% loss"), make it a change in points. */
    points_nouns: words.default([]),
    /** Verbs of a change that, before "by" and a per-cent number ("plummeted by 25 per cent"), make it a change in points. */
    points_verbs: words.default([]),
    /** Words between a count and this metric's cue after it that make the count a side's holding judged against the rule ("90 seats, enough for a majority"). */
    judged_by: words.default([]),
    /** Bare nouns that, as the head of a count, make it this metric: "the 233 majority", "the 31-seat threshold" (after "the"), "majority 201" (right before it). */
    head_nouns: words.default([]),
    /** Words right before a count with a lower bound that make it this metric: "a majority of at least 90 seats" (a majority's bare "of 87 seats" is often what a side holds). */
    bound_head_nouns: words.default([]),
    /** Words before the name of the side behind ("over", "ahead of"): "an advantage of 10 points over Reform" is not Reform's, but the side before the word's (or, of two options, the other one's). */
    trailing_cues: words.default([]),
    /**
     * The generic metric this one is a tier of (list seats of seats): a count of that metric that
     * names no tier takes this one where its sentence opens or closes with this tier's cue ("On the
     * party list, Unity won 47 seats", "… and Reform 10 seats on the party list") or the article's
     * headline names this tier alone ("Unity wins 18 seats in the multi-member constituency").
     */
    tier_of: z.string().optional(),
    /** In "X out of Y" ("7,822 out of 8,273 polling stations"), only the whole Y is this metric's figure: the X is a part counted so far. */
    counts_whole: z.boolean().default(false),
    /**
     * A lead written as a comparison with the other side (a metric of points: the margin), for a
     * number of its unit with no cue of its own: `side_ahead` words after it name the side behind
     * ("12 percentage points more than Reform", "six points above its main rival": the subject's
     * lead); `side_behind` words name the side ahead ("18 points less than Unity": Unity's lead);
     * `side_verbs` before it lead to the side behind after it ("Unity exceeds by 12 points Reform");
     * `rivals` are nouns that name the other side ("its main rival").
     */
    side_ahead: words.default([]),
    side_behind: words.default([]),
    side_verbs: words.default([]),
    rivals: words.default([]),
    /** Words that make a sentence's counts of this (generic) metric the whole of its tiers ("in total", "aggregate"): a headline's tier does not reach them. */
    whole_cues: words.default([]),
  })
  .strict();
export type Metric = z.infer<typeof Metric>;

export const Numbers = z
  .object({
    words: z.record(z.string(), z.number()).default({}),
    not_alone: words.default([]),
    /** Words right before a `not_alone` word that make it a number: "won one", "lost one", "secure one seat". */
    alone_after: words.default([]),
    /** Words for one read only right before a noun of `singular_nouns`: "gained one seat", "retained its single seat". */
    singular: words.default([]),
    singular_nouns: words.default([]),
    /** Comparisons a word for one is read right before too: "one more than they had", "one fewer than in 2027". */
    singular_comparisons: words.default([]),
    fractions: z.record(z.string(), z.tuple([z.number().int(), z.number().int().positive()])).default({}),
    /** Nouns a fraction is a share of after "of (the|all)": "more than half of the votes" is more than 50 per cent. */
    fraction_of: words.default([]),
    scales: z.record(z.string(), z.number().positive()).default({}),
    percent: words.default(['%', 'percent', 'per cent']),
    approximate: words.default([]),
    lower_bound: words.default([]),
    upper_bound: words.default([]),
    durations: words.default([]),
    other_nouns: words.default([]),
    /** Words right before a number that make it no figure when no unit noun follows it ("aged 65", "a majority of 706,349"). */
    other_before: words.default([]),
    /** Words that open a supposed case: a number after them in their clause is no figure ("even if all the votes (947,000) were added"). */
    hypothetical: words.default([]),
    /** How a poll or projection was made (`poll_nouns` before, in the sentence): a count right after `method_before` ("exit poll … accurate within 1 to 8 seats", "projections based on 10,000 votes") or after `on`/`at`/`among` past one of `method_verbs` ("the exit poll was conducted … at 160 polling stations") is no figure. */
    poll_method: z
      .object({ poll_nouns: words.default([]), method_before: words.default([]), method_verbs: words.default([]) })
      .strict()
      .default({ poll_nouns: [], method_before: [], method_verbs: [] }),
    /** A verb of crossing or staying and a side right before a per-cent number that make it a bound named, no figure ("dipped below 90%", "remained above 75%"). */
    bound_before: words.default([]),
    /** Words right before a number written as a word that make it a set named, no count ("the two candidates", "the big three"). */
    definite_before: words.default([]),
    /** Words right after a number word after `definite_before` that set its seats aside by the rules ("the other two seats are reserved"): a count, no set. */
    set_aside_after: words.default([]),
    /** Words right before a count of votes that make it a winning margin, no figure ("won by 6,553 votes", "a majority of 29 votes"). */
    margin_before: words.default([]),
    /** Words after a count (and its unit noun) that make it a margin, no figure ("seven seats short", "three shy of"). */
    margin_after: words.default([]),
    /** Words right before a count of seats contested ("vying for 250 seats", "competed for 126 seats"): the chamber's size, no party's. */
    contested_before: words.default([]),
    /**
     * Verbs of a party's winning right before a count (up to three words between: "could end up
     * with just", "would get a total of"): a count of a metric that is the chamber's size when no
     * name is found (`national_qualifier`) is then a party's, never the chamber's.
     */
    won_before: words.default([]),
    /**
     * A margin named as the subject before its count ("the difference came down to 160 votes", "the
     * distance between second and third place increased to 2,617 votes"): one of the nouns, then in
     * the same clause one of the verbs right before the count (an adverb may stand between).
     */
    margin_subject: z.object({ nouns: words.default([]), verbs: words.default([]) }).strict().default({ nouns: [], verbs: [] }),
    /** Lower-case words right after a number that make it a subset of a figure named elsewhere, no count ("two other candidates"); matched with their case ("Other 17" stays). */
    subset_after: words.default([]),
    /** Words that name the total of valid votes, right after a count or as its label ("2,153,613 valid votes", "Valid votes: 2,153,613"): a national count so named is no figure. */
    valid_votes: words.default([]),
    /** Words after a share or points (and their unit noun) that make them a difference ("1.97 per cent less than 2019", "3.65 percentage points higher than"). */
    difference_after: words.default([]),
    /** Change nouns or verbs right before a count of a metric with no change metric ("a drop of 74,000 votes"): no figure. */
    count_change_before: words.default([]),
    /** Comparatives right after such a count or its unit noun ("184,584 less", "5.8 million more people"): no figure. */
    count_change_after: words.default([]),
    /** A counting stage named as the base of a change ("down 2 from election night", "lost two seats on final vote count"): the change between counts is no figure. */
    stage_base: words.default([]),
    /** Verbs after a share that make it an opinion on the outcome, no figure ("47% of voters believe that Unity will win"). */
    opinion_verbs: words.default([]),
    /** Words after a share (past "of" and up to four words) that make it a group's part of a set, no figure ("51.6 percent of those eligible were women"). */
    group_share_after: words.default([]),
    /** Words right before a share that make it a group's part of a set ("Women made up 23.9 per cent of the candidates"). */
    group_share_before: words.default([]),
    /** Words right before a count of parties (past up to three modifiers) that make it the parties a coalition is made of, no figure ("a coalition of four left-wing parties"). */
    composition_before: words.default([]),
    /** The nouns of such a count ("parties", "movements"). */
    composition_nouns: words.default([]),
    /** Rates that are no figure of an election ("abstention", "economic growth"): a share they name, right before it in its clause or right after it, is no figure. */
    other_rates: words.default([]),
    /** Words right before a count of `progress.units` that make it the polling stations where something went wrong, no figure ("repeated voting in around thirty polling stations"). */
    incident_before: words.default([]),
    /** Words right after such a count and its noun ("221 polling stations were cancelled"). */
    incident_after: words.default([]),
    currencies: words.default([]),
    /** Words before a share with no cue in its clause that stand for the figure named last ("it was", "the figure", "this is down from"): the share is of that figure's metric. */
    figure_references: words.default([]),
    /** How far the count is ("99% of the ballots counted"): no figure, and its sentence is a snapshot. */
    progress: z
      .object({
        units: words.default([]),
        counted: words.default([]),
        verbs: words.default([]),
        before: words.default([]),
        /** Nouns of a count (no share) that, before one of `count_verbs`, is how far the count is ("with 160 thousand ballots counted"). */
        counts: words.default([]),
        count_verbs: words.default([]),
        /** Words before a count of `units` or `areas` (no share) that make it how far the count is ("based on 267 constituency results"). */
        count_before: words.default([]),
        /** Areas a count goes through, after a count that `count_before` opens ("results from 40 constituencies"). */
        areas: words.default([]),
        /** The count itself right after "of the" with no word between: a share of it is how far the count is ("with 79% of the count"). */
        count_nouns: words.default([]),
      })
      .strict()
      .default({ units: [], counted: [], verbs: [], before: [], counts: [], count_verbs: [], count_before: [], areas: [], count_nouns: [] }),
    /**
     * A count of seats whose results are counted or still awaited, no figure: one of `nouns` after
     * it, and `before` then "for"/"from" before it in its clause ("counting was held for 542
     * seats"), or `pending_before` right before it ("the unannounced three seats"), or
     * `pending_after` after the noun in its clause ("219 seats accounted for").
     */
    seats_counted: z
      .object({ nouns: words.default([]), before: words.default([]), pending_before: words.default([]), pending_after: words.default([]) })
      .strict()
      .default({ nouns: [], before: [], pending_before: [], pending_after: [] }),
    /** Words after a number that make it a time of day ("8 p.m.", "10 local time"). */
    clock: words.default([]),
    /** Words before an hour written without a clock word ("open from 9 to 20", "open until 21"): it and the second hour of "from 9 to 20" are times of day. */
    hours_before: words.default([]),
    months: words.default(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']),
  })
  .strict();
export type Numbers = z.infer<typeof Numbers>;

const QualifierCues = z
  .object({
    forecast: words.default([]),
    exit_poll: words.default([]),
    estimate: words.default([]),
    interim: words.default([]),
    recount: words.default([]),
    rule: words.default([]),
    preliminary: words.default([]),
    final: words.default([]),
    historical: words.default([]),
    /** The article's result status (qualifiers.document). */
    result: words.default([]),
  })
  .strict();

export const Qualifiers = z
  .object({
    cues: QualifierCues.default(QualifierCues.parse({})),
    document: z.array(z.object({ qualifier: z.enum(['final', 'preliminary', 'interim', 'exit_poll', 'estimate']), cues: words.min(1) }).strict()).default([]),
    /** Phrases that hold a cue word but are no cue ("before the poll": the election, no opinion poll); read as cues are, leftmost and longest first. */
    not_cues: words.default([]),
    historical: words.default([]),
    /** Words that put the number near them in the previous election: what a party held before the vote ("the 98 seats it previously held"). */
    held_before: words.default([]),
    /**
     * Forecast cues that, in an article reporting a count (interim, preliminary or final status;
     * no exit-poll article), project that count: the figure takes the article's status ("Unity is
     * projected to take 55 seats"), unless another poll or estimate cue stands in its sentence.
     */
    count_projection: words.default([]),
    /** Words of a count's projection: with no poll or estimate named beside them, a count in progress ("a projected total of 412 seats"). */
    projected: words.default([]),
    /** Cues of a lead ("leads with"): a count in progress, except in an article of an exit poll (the poll's lead). */
    leads: words.default([]),
    /** Words of the newest report ("the latest report"): a count not complete unless the frame has stated the count complete or its stage. */
    latest: words.default([]),
    /**
     * Words before a year or earlier-election words (up to four words between, no number) that make
     * them the base of a comparison or a founding date, dating no number: "a drop of 2.5 points
     * from 2019", "compared to the previous election in 2019", "the highest since the 2002
     * election", "a party founded in 2019".
     */
    base_before: words.default([]),
    /** Verbs that tell of an election being held ("The last election was held in 2017."): such a sentence with no figure introduces an earlier election. */
    held_verbs: words.default([]),
    /** Words right before a year that make it a law's ("the Elections Act of 1981"): it dates no number. */
    law_before: words.default([]),
    /** Words of now that end the stretch an opening earlier year covers ("In 2019, Unity had 37.4%; this time it may see 36.6%"). */
    now: words.default([]),
    /**
     * The rounds of a two-round election: words of the first round (`earlier`: "first round"),
     * of a later one (`later`: "runoff", "second round") and words that put a later round ahead
     * (`ahead`: "will", "heads to", "scheduled"). An article whose first sentence naming a later
     * round (its headline first) names no first round and puts it ahead of no word is about the
     * later round: the figures it gives of the first round are no figures of its own count.
     */
    rounds: z.object({ earlier: words.default([]), later: words.default([]), ahead: words.default([]) }).strict().default({ earlier: [], later: [], ahead: [] }),
    continuation: words.default([]),
    /**
     * Words after a year that make it an election's ("the 2019 elections", "the 2019 Grand Hall
     * vote"): an optional kind (or a chamber name of the event) and a noun.
     */
    election_words: z.object({ kinds: words.default([]), nouns: words.default([]) }).strict().default({ kinds: [], nouns: [] }),
    /**
     * Words near a final or preliminary document cue that make it a result still to come ("a final
     * result is scheduled", "only the commission can give the official result"): the article's
     * count is then one in progress (interim).
     */
    pending: words.default([]),
    /** Last words of a cue that names the result itself ("final results", "official tally"): only such a cue can be pending. */
    result_nouns: words.default([]),
    /** Words right before a document cue that make it partial ("near-final data", "non-final results"): interim. */
    hedges: words.default([]),
    /** Words right before a cue of a count in progress that make it a count still to come or the rule of counting ("will be counted", "are counted"): no snapshot. */
    count_to_come: words.default([]),
    /** A count word, then a word that it is done ("the counting of votes has ended"): the article's results are preliminary. */
    count_done: z.object({ count: words.default([]), done: words.default([]) }).strict().default({ count: [], done: [] }),
    /** Words of an exception after a result noun or count word ("the final results from 156 constituencies, barring one"): a count not complete. */
    count_except: words.default([]),
    /** The authority that counts, named as a sentence's source ("Election officials said …"): the sentence reports the count, no poll's or estimate's frame reaches it. */
    count_sources: words.default([]),
    /** Words of seats set aside by the rules, right before or after the seat noun ("twenty guaranteed seats", "4 seats reserved for"): a rule. */
    reserved: words.default([]),
    /** Words shortly before a count still to come that say part of the votes remains ("some votes remained to be counted"): the article's results are preliminary. */
    count_remaining: words.default([]),
    /**
     * A verb of declaring, then (within a short phrase naming the winner) its object: the final
     * result ("the commission declared Ann Ames the winner", "Ames declared president-elect"). Not
     * after a pronoun of the declarer's own ("declared his party the winner": a claim).
     */
    declared: z
      .object({ verbs: words.default([]), objects: words.default([]), wins: words.default([]), says: words.default([]), confirms: words.default([]), confirmers: words.default([]) })
      .strict()
      .default({ verbs: [], objects: [], wins: [], says: [], confirms: [], confirmers: [] }),
    /** Words shortly before a final cue that make it preliminary ("the preliminary final result", "provisional official results"). */
    provisional: words.default([]),
    /** Words before a result noun or count word (up to two words between) that call the result final, the decision list's step 6 ("the official vote count", "certified results"). */
    final_words: words.default([]),
    /** Words before a result noun or count word (up to two words between) that make the count not complete, the decision list's step 4 ("the latest data", "initial results"). */
    partial_words: words.default([]),
    /** Words before a result noun or count word (up to two words between) that call the count complete, the decision list's step 5 ("full results", "the complete count"). */
    complete_words: words.default([]),
    /** Count cues that say only that votes were counted ("votes were counted", "after counting"): a count not complete only where the sentence states a part counted (a share below 100, "X of Y"). */
    bare_counts: words.default([]),
    /** Phrases of a result still to come ("before the official results", "await the final results"): the final or preliminary cue inside states no stage, and the sentence is no frame. */
    to_come: words.default([]),
    /** Words before the votes of a count cue that make the count complete ("with all the votes counted", "after the remaining postal votes were counted"): preliminary results. */
    count_all: words.default([]),
    /** Words after a number that compare it with an earlier election ("50 more than in 2022"): the year after them is the base, not the number's. */
    compared: words.default([]),
  })
  .strict();
export type Qualifiers = z.infer<typeof Qualifiers>;

export const Lexicon = z
  .object({
    entities: z.array(Entity),
    boilerplate: Boilerplate.default({ repeated_line_min: 3, nav_headings: [], nav_tail_max_words: 8 }),
    election: z
      .object({
        year: z.number().int().min(1000).max(2999),
        /** Election day (the first round's), as YYYY-MM-DD: `:election[date]` in a template. */
        date: z.string().regex(ISO_DATE, 'a date is written YYYY-MM-DD').nullable().default(null),
        /** The last day of voting, as YYYY-MM-DD, when it spans several days (`date` is then the first): `:election[date]` reads "15–17 March 2024". */
        last_day: z.string().regex(ISO_DATE, 'a date is written YYYY-MM-DD').nullable().default(null),
        /** The later round's day (a run-off), as YYYY-MM-DD: an article about it, published that day or after, gives its figures round 2. */
        second_round: z.string().regex(ISO_DATE, 'a date is written YYYY-MM-DD').nullable().default(null),
        previous: z.number().int().min(1000).max(2999).nullable().default(null),
        earlier: z.array(z.number().int().min(1000).max(2999)).default([]),
        /** The chamber's names ("Veldrath", "Veldrat"): "{chamber}" in the general words stands for each. */
        chamber: words.default([]),
        /** The chamber's size, when the articles give it. */
        seats: z.number().int().positive().nullable().default(null),
        /** What the election is called in a sentence ("general election", "presidential election"): `:election[kind]`; by default from the chamber and the entities' kinds. */
        kind: z.string().min(1).nullable().default(null),
      })
      .strict()
      .nullable()
      .default(null),
    numbers: Numbers.default(Numbers.parse({})),
    metrics: z.array(Metric).default([]),
    qualifiers: Qualifiers.default(Qualifiers.parse({})),
    /** Other countries: a name, or a list of one country's names. */
    foreign: z.array(z.union([z.string().min(1), words.min(1)])).default([]),
    /** The election's own currencies ("tenge", "quells"), added to numbers.currencies: an amount is no figure. */
    currencies: words.default([]),
    /** The country of the election, or a list of its names, the first the one the briefing writes ("Russia", "Russian Federation"): its names in `foreign` are no foreign place. */
    country: z.union([z.string().min(1), words.min(1)]).nullable().default(null),
    /** Unit → nouns that name it right after a number ("98 seats"). */
    units: z.record(z.string(), words).default({}),
    sentences: Sentences.default(Sentences.parse({})),
    /** Unit nouns that narrow a number's metric only when no other metric's cue is in its clause. */
    weak_units: words.default([]),
    /** Words that say who gives a figure ("according to", "an exit poll by"), and sources named without a name. */
    attribution: z
      .object({ before_name: words.default([]), after_name: words.default([]), sources: words.default([]) })
      .strict()
      .default({ before_name: [], after_name: [], sources: [] }),
    /** Head words of party names ("party", "union"): "Green Party" is also "Green" and "Greens" (extract/aliases.ts). */
    name_heads: words.default([]),
    /** Lower-cased words that are no names, for the capitalised names next to numbers that match no entity. */
    not_names: words.default([]),
    /** Words that stand for a name named before ("it", "the party", "he") → the kinds of name they stand for. */
    references: z.record(z.string(), z.array(EntityKinds).min(1)).default({}),
    /** Words of `references` that stand for a name only before the number ("they won 4 seats"; "…162 seats, they are" begins a clause of its own). */
    references_before: words.default([]),
    /** Other bodies than the one elected ("Senate", "regional council"): a figure for one of them is no claim. */
    other_bodies: words.default([]),
    /** Legislatures and their members ("Congress", "deputies"): other bodies in an election that names no chamber and no seats (a presidential election, a referendum). */
    legislatures: words.default([]),
    /** Words for the chamber elected ("parliament", "lower house"), beside the event's chamber names: "the parliament has 577 seats" is its size. */
    chambers: words.default([]),
    /** Words of winning or comparing between two names ("beat", "ahead of"): "A beat B by 52% to 48%" gives 52% to A and 48% to B. */
    contrast_verbs: words.default([]),
    /** Phrases that hold a metric's cue but name no metric ("turned out to be"): they hide the cue inside them. */
    not_metric_cues: words.default([]),
    /**
     * Results tables flattened into text ("Party Seats Change Votes" over "Unity 72 +5 1,458,151"):
     * the header word over the column of names, the column names of each metric, and the column
     * names of a change (of the metric named with them, else of the column before).
     */
    tables: z
      .object({ names: words.default([]), columns: z.record(z.string(), words).default({}), change: words.default([]) })
      .strict()
      .default({ names: [], columns: {}, change: [] }),
    /**
     * Words after the names of two or more members of a coalition and before their number that
     * make the number the coalition's (`plural`: "Unity and Reform have 80 seats", "together"),
     * and words that keep it each party's own (`apart`: "each", "respectively").
     */
    coalitions: z.object({ plural: words.default([]), apart: words.default([]) }).strict().default({ plural: [], apart: [] }),
    /** Metric id → the label the briefing shows for this event ("Seats in the Veldrath"). */
    labels: z.record(z.string(), z.string().min(1)).default({}),
    /** Metric id → more cue words for it, joined to the metric's own (an event's lexicon adds words without replacing `metrics:`). */
    cues: z.record(z.string(), words.min(1)).default({}),
    /** An event's sections (of `JOINED`) that replace the general ones as a whole instead of being joined to them. */
    replace: z.array(z.string()).default([]),
    /** General words an event's lexicon takes out, by the path of their list: `{numbers: {progress: {units: [seats]}}}`. */
    remove: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type Lexicon = z.infer<typeof Lexicon>;

/** Every name of the election's country (`country:`, one name or a list). */
export function countryNames(l: Pick<Lexicon, 'country'>): string[] {
  return l.country == null ? [] : typeof l.country === 'string' ? [l.country] : l.country;
}

/** How many alias expansions a YAML input may make before it is refused (yaml's own default). */
export const MAX_YAML_ALIASES = 100;

/** Parses YAML text and validates it with `schema`; errors point at the offending line. */
export function parseYamlFile<T>(file: string, text: string, schema: z.ZodType<T>, rule: string, wrap: (reason: string) => string, hint: string): T {
  const doc = parseDocument(text, { prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const at = lineColumn(text, yamlError.pos[0]);
    throw new PipelineError(diagnostic({ file, ...at }, rule, wrap(yamlError.message.split('\n')[0] ?? ''), hint));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    // yaml refuses a document whose aliases expand past the count (a "billion laughs" file).
    throw new PipelineError(diagnostic({ file, line: 1, column: 1 }, rule, wrap(msg.YAML_ALIASES(MAX_YAML_ALIASES)), msg.YAML_ALIASES_HINT));
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path as (string | number)[];
    // Point at the deepest node of the path that exists in the document; an unknown key at the key itself.
    let at: { line: number; column: number } | null = null;
    if (issue.code === 'unrecognized_keys') {
      const map = (path.length ? doc.getIn(path, true) : doc.contents) as { items?: { key?: { value?: unknown; range?: [number, number] } }[] } | null;
      const key = map?.items?.find((p) => p.key?.value === issue.keys[0])?.key;
      if (key?.range) at = lineColumn(text, key.range[0]);
    }
    for (let n = path.length; n >= 0 && !at; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
      if (node && node.range) at = lineColumn(text, node.range[0]);
    }
    const fields = issue.code === 'unrecognized_keys' ? fieldsAt(schema, path) : null;
    const reason =
      issue.code === 'unrecognized_keys' && fields
        ? msg.YAML_UNKNOWN_KEY(path.join('.'), issue.keys[0]!, fields, nearField(issue.keys[0]!, fields))
        : `${path.join('.') || '(top)'}: ${issue.message}`;
    throw new PipelineError(diagnostic({ file, ...(at ?? {}) }, rule, wrap(reason), hint));
  }
  return parsed.data;
}

/** The field a mistyped key most likely meant: within two edits, or a third of its length. */
function nearField(key: string, fields: string[]): string | null {
  const near = fields.length ? closest(key, fields) : null;
  return near !== null && distance(near, key) <= Math.max(2, key.length / 3) ? near : null;
}

/** The fields a schema allows at `path` (into objects, array items and record values), or null where it is no object. */
export function fieldsAt(schema: z.ZodType, path: readonly (string | number)[]): string[] | null {
  type Def = { innerType?: unknown; in?: unknown; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown };
  const def = (x: unknown): Def | undefined => (x as { _zod?: { def?: Def } } | undefined)?._zod?.def;
  // Through defaults, optionals, nullables and transforms to the type underneath.
  const unwrap = (x: unknown): unknown => {
    for (let d = def(x); d && (d.innerType || d.in); d = def(x)) x = d.innerType ?? d.in;
    return x;
  };
  let s = unwrap(schema);
  for (const p of path) {
    const d = def(s);
    if (d?.shape) s = unwrap(d.shape[String(p)]);
    else if (d?.element) s = unwrap(d.element);
    else if (d?.valueType) s = unwrap(d.valueType);
    else return null;
  }
  const shape = def(s)?.shape;
  return shape ? Object.keys(shape) : null;
}

/** Where the general election lexicon is, relative to the pipeline's code folder. */
export const GENERAL_LEXICON = 'extract/general.yaml';

let general: { text: string; lexicon: Lexicon } | null = null;

/**
 * pipeline/, as build/code.ts finds it (shared/ imports nothing outside itself): named by the
 * launcher when the CLI runs from its bundle (in a worker thread, in its workerData), else the
 * parent of this module's folder.
 */
function pipelineDir(): string {
  const named = (isMainThread ? globalThis : (workerData ?? {})) as { briefingCodeDir?: unknown };
  return typeof named.briefingCodeDir === 'string' ? named.briefingCodeDir : dirname(import.meta.dirname);
}

/** The general election lexicon (pipeline/extract/general.yaml), parsed and checked once. */
export function generalLexicon(): { text: string; lexicon: Lexicon } {
  if (!general) {
    const text = readFileSync(join(pipelineDir(), GENERAL_LEXICON), 'utf8');
    general = { text, lexicon: parseYamlFile(`pipeline/${GENERAL_LEXICON}`, text, Lexicon.extend({ entities: z.array(Entity).default([]) }), 'bad-lexicon', msg.BAD_LEXICON, msg.BAD_LEXICON_HINT) };
  }
  return general;
}

/**
 * Sections of general words an event's lexicon joins to the general ones (`joinSection`), or
 * replaces as a whole when its `replace:` names them.
 */
export const JOINED = ['numbers', 'metrics', 'units', 'qualifiers', 'weak_units', 'attribution', 'references', 'not_names', 'name_heads', 'tables'] as const;

/** The key that names an item of a list of objects in a joined section: a metric by its id, a document cue list by its qualifier. */
const ITEM_KEYS = ['id', 'qualifier'] as const;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> => !!v && typeof v === 'object' && !Array.isArray(v);
const itemKey = (v: Json): string | undefined => (isObject(v) ? ITEM_KEYS.map((k) => v[k]).find((x): x is string => typeof x === 'string') : undefined);

/**
 * An event's section joined to the general one, as far as the event's file gives it (`raw`, the
 * YAML as written; `event`, the same parsed with its defaults): a list of words is the union; a
 * list of named objects (metrics by id, document cues by qualifier) keeps the general items and
 * adds the event's, an event's metric replacing the general one of its id and an event's cue list
 * joined to the general one of its qualifier; a map is joined key by key; a single value (a
 * number, a flag) is the event's.
 */
export function joinSection(base: Json, event: Json, raw: Json): Json {
  if (Array.isArray(raw) && Array.isArray(base) && Array.isArray(event)) {
    if (event.every((v) => typeof v === 'string') && base.every((v) => typeof v === 'string')) return union(base as string[], event as string[]);
    const out = [...base];
    event.forEach((item, i) => {
      const k = itemKey(item);
      const at = k === undefined ? -1 : out.findIndex((b) => itemKey(b) === k);
      if (at < 0) out.push(item);
      else out[at] = isObject(item) && 'qualifier' in item ? joinSection(out[at], item, raw[i]) : item;
    });
    return out;
  }
  if (isObject(raw) && isObject(base) && isObject(event)) {
    const out: Record<string, Json> = { ...base };
    for (const k of Object.keys(raw)) out[k] = k in base ? joinSection(base[k], event[k], raw[k]) : event[k];
    return out;
  }
  return event;
}

/**
 * The merged lexicon with the words an event's `remove:` names taken out (`remove` mirrors the
 * sections: a list of words where the lexicon has one; an item of a list of items with ids, such
 * as a metric, by its id). Returns the path of the first entry that
 * names no list of words, or a word the list does not hold, for the error.
 */
type BadRemove = { path: string[]; word?: string; known?: string[]; list?: string[]; ids?: string[] };
function removeWords(lexicon: Record<string, Json>, remove: Json, path: string[] = []): BadRemove | null {
  if (!isObject(remove)) return { path };
  // What this place holds, for the error: its lists of words and its sections.
  const known = () => Object.keys(lexicon).filter((key) => isObject(lexicon[key]) || Array.isArray(lexicon[key]));
  for (const [k, v] of Object.entries(remove)) {
    const here = lexicon[k];
    if (Array.isArray(v)) {
      if (!Array.isArray(here) || !here.every((w) => typeof w === 'string')) return { path: [...path, k], known: known() };
      const missing = v.find((w) => typeof w !== 'string' || !here.includes(w));
      if (missing !== undefined) return { path: [...path, k], word: String(missing), list: here as string[] };
      lexicon[k] = here.filter((w) => !v.includes(w));
    } else if (isObject(here)) {
      const copy = { ...here };
      const bad = removeWords(copy, v, [...path, k]);
      if (bad) return bad;
      lexicon[k] = copy;
    } else if (Array.isArray(here) && isObject(v) && here.every((x) => isObject(x) && typeof x.id === 'string')) {
      // A list of items with ids (`metrics:`): `remove: {metrics: {seats_single_mandate: {cues: [constituencies]}}}`.
      const items = here.map((x) => ({ ...(x as Record<string, Json>) }));
      for (const [id, words] of Object.entries(v)) {
        const item = items.find((x) => x.id === id);
        if (!item) return { path: [...path, k], word: id, ids: items.map(itemKey).filter((x): x is string => !!x) };
        const bad = removeWords(item, words, [...path, k, id]);
        if (bad) return bad;
      }
      lexicon[k] = items;
    } else return { path: [...path, k], known: known() };
  }
  return null;
}

/** The error's words for a `remove:` entry that names nothing to remove: what the place holds instead, and where the general list is written. */
function badRemoveMessage(bad: BadRemove): string {
  const path = bad.path.join('.');
  if (bad.ids) return msg.LEXICON_REMOVE_NO_ITEM(path, bad.word!, bad.ids);
  if (bad.list) {
    const near = nearestWords(bad.word!, bad.list);
    return msg.LEXICON_REMOVE_NO_WORD(path, bad.word!, bad.list.length <= REMOVE_LIST_SHOWN ? bad.list : null, near, bad.list.length, generalPlace(bad.path));
  }
  return msg.LEXICON_BAD_REMOVE(path, bad.word, bad.known, bad.known ? nearField(bad.path.at(-1)!, bad.known) : null);
}

/** A list of words up to this long is shown whole in a `remove:` error; a longer one by its nearest words. */
const REMOVE_LIST_SHOWN = 24;

/** The words of `list` nearest `word` (sharing its letters, or a few edits away), at most five, in the list's order. */
function nearestWords(word: string, list: readonly string[]): string[] {
  const w = word.toLowerCase();
  const scored = list.map((x, i) => {
    const l = x.toLowerCase();
    const d = l.includes(w) || w.includes(l) ? 0 : distance(l, w);
    return { x, i, d };
  });
  return scored
    .filter((s) => s.d <= Math.max(2, w.length / 3))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, 5)
    .sort((a, b) => a.i - b.i)
    .map((s) => s.x);
}

/** Where the general lexicon writes the list at `path` (`pipeline/extract/general.yaml:312`; an item of a list of items by its id), or null. */
function generalPlace(path: readonly string[]): string | null {
  const { text } = generalLexicon();
  const doc = parseDocument(text);
  const steps: (string | number)[] = [];
  let value: Json = doc.toJS();
  for (const p of path) {
    const i = Array.isArray(value) ? value.findIndex((x) => itemKey(x) === p) : -1;
    if (Array.isArray(value) && i < 0) return null;
    steps.push(Array.isArray(value) ? i : p);
    value = Array.isArray(value) ? value[i] : isObject(value) ? value[p] : undefined;
  }
  const node = doc.getIn(steps, true) as { range?: [number, number] } | undefined;
  return node?.range ? `pipeline/${GENERAL_LEXICON}:${lineColumn(text, node.range[0]).line}` : null;
}

/**
 * The lexicon an election is read with: the general lexicon, with the event's own (`event`, as
 * parsed, and the top-level keys its file gives) on top. Entities, the election, page furniture
 * and labels are the event's; a section of JOINED that the event gives is joined to the general
 * one (`joinSection`), or replaces it when the event's `replace:` names it; foreign places, abbreviations, navigation headings, other bodies and the event's `currencies` are joined,
 * and the event's `cues` (metric id → words) are added to those metrics' cue words. "{chamber}" in the
 * historical words stands for each of the election's chamber names; the event's country (and
 * every name of it, and every entity's alias) is no foreign place.
 */
export function mergeLexicon(base: Lexicon, event: Lexicon, given: ReadonlySet<string>, raw: Record<string, Json> = {}): Lexicon {
  const out: Lexicon = { ...base, entities: event.entities, election: event.election, country: event.country ?? base.country, labels: { ...base.labels, ...event.labels } };
  for (const k of JOINED) {
    if (!given.has(k)) continue;
    (out as Record<string, unknown>)[k] = event.replace.includes(k) || !(k in raw) ? event[k] : joinSection(base[k], event[k], raw[k]);
  }
  out.sentences = { abbreviations: union(base.sentences.abbreviations, event.sentences.abbreviations) };
  if (event.currencies.length) out.numbers = { ...out.numbers, currencies: union(out.numbers.currencies, event.currencies) };
  out.boilerplate = given.has('boilerplate') ? { ...event.boilerplate, nav_headings: union(base.boilerplate.nav_headings, event.boilerplate.nav_headings) } : base.boilerplate;
  const chambers = event.election?.chamber ?? [];
  const historical = out.qualifiers.historical.flatMap((w) => (w.includes('{chamber}') ? chambers.map((c) => w.replace('{chamber}', c)) : [w]));
  out.qualifiers = { ...out.qualifiers, historical: union(historical, []) };
  const own = new Set([...countryNames(out), ...event.entities.flatMap((e) => e.aliases)].map(normalizeName));
  const groups = [...base.foreign, ...(given.has('foreign') ? event.foreign : [])].map((f) => (typeof f === 'string' ? [f] : f));
  out.foreign = union(groups.filter((g) => !g.some((name) => own.has(normalizeName(name)))).flat(), []);
  // The chamber elected is no other body ("the Senate" when the Senate is elected).
  const chamber = new Set(chambers.map(normalizeName));
  out.other_bodies = union(base.other_bodies, given.has('other_bodies') ? event.other_bodies : []).filter((b) => !chamber.has(normalizeName(b)));
  if (electsNoChamber(event)) out.other_bodies = union(out.other_bodies, base.legislatures);
  out.metrics = out.metrics.map((m) => {
    const more = event.cues[m.id];
    return { ...m, ...(out.labels[m.id] ? { label: out.labels[m.id]! } : {}), ...(more ? { cues: union(m.cues, more) } : {}) };
  });
  out.cues = {};
  out.replace = [];
  out.remove = {};
  return out;
}

/**
 * An election that names no chamber and no seats (a presidential election, a referendum): the
 * legislature's seats it mentions ("the 57 seats in the Legislative Assembly", "80 deputies")
 * are another body's.
 */
function electsNoChamber(event: Lexicon): boolean {
  return !!event.election && event.election.chamber.length === 0 && event.election.seats == null;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** The YAML text as written, no defaults (for `mergeLexicon`: which keys it gives). */
function rawOf(text: string): Record<string, Json> {
  const js = parseDocument(text, { prettyErrors: false }).toJS({ maxAliasCount: MAX_YAML_ALIASES }) as unknown;
  return isObject(js) ? js : {};
}

/**
 * An event's lexicon file (sources/lexicon.yaml), checked, on top of the general lexicon
 * (`base`; pass null to read the file alone, as a whole lexicon).
 */
export function parseLexicon(file: string, text: string, base: Lexicon | null = generalLexicon().lexicon): Lexicon {
  const own = parseYamlFile(file, text, Lexicon, 'bad-lexicon', msg.BAD_LEXICON, msg.BAD_LEXICON_HINT);
  const raw = rawOf(text);
  const given = new Set(Object.keys(raw));
  // The place of a node of this file: the entities are the file's own, the metrics when it gives them.
  let doc: ReturnType<typeof parseDocument> | null = null;
  const at = (path: (string | number)[], key = false) => {
    doc ??= parseDocument(text);
    let node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
    if (key) {
      const parent = doc.getIn(path.slice(0, -1), true) as { items?: { key: { value?: unknown; range?: [number, number] } }[] } | undefined;
      node = parent?.items?.find((p) => p.key?.value === path[path.length - 1])?.key;
    }
    return { file, ...(node?.range ? lineColumn(text, node.range[0]) : {}) };
  };
  own.replace.forEach((k, i) => {
    if (!(JOINED as readonly string[]).includes(k)) throw new PipelineError(diagnostic(at(['replace', i]), 'bad-lexicon', msg.BAD_LEXICON(msg.LEXICON_BAD_REPLACE(k, JOINED)), msg.BAD_LEXICON_HINT));
  });
  const lexicon = base ? mergeLexicon(base, own, given, raw) : own;
  const bad = base ? removeWords(lexicon as unknown as Record<string, Json>, own.remove) : null;
  if (bad) throw new PipelineError(diagnostic(at(['remove', ...bad.path]), 'bad-lexicon', msg.BAD_LEXICON(badRemoveMessage(bad)), msg.BAD_LEXICON_HINT));
  // A metric's place in this file: its own item when the file gives it.
  const metricsAt = ([i, ...rest]: (string | number)[]) => {
    if (base === null) return at(['metrics', i!, ...rest]);
    const j = given.has('metrics') ? own.metrics.findIndex((m) => m.id === lexicon.metrics[i as number]?.id) : -1;
    return j >= 0 ? at(['metrics', j, ...rest]) : { file };
  };
  const day = own.election?.date;
  if (day != null && own.election) {
    const d = new Date(`${day}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day || d.getUTCFullYear() !== own.election.year) {
      throw new PipelineError(diagnostic(at(['election', 'date']), 'bad-lexicon', msg.BAD_LEXICON(msg.LEXICON_BAD_DATE(day, own.election.year)), msg.BAD_LEXICON_HINT));
    }
  }
  const last = own.election?.last_day;
  if (last != null && own.election) {
    const d = new Date(`${last}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== last || day == null || last <= day || d.getTime() - new Date(`${day}T00:00:00Z`).getTime() > 31 * 86_400_000) {
      throw new PipelineError(diagnostic(at(['election', 'last_day']), 'bad-lexicon', msg.BAD_LEXICON(msg.LEXICON_BAD_LAST_DAY(last, day ?? null)), msg.BAD_LEXICON_HINT));
    }
  }
  const second = own.election?.second_round;
  if (second != null && own.election) {
    const d = new Date(`${second}T00:00:00Z`);
    const y = d.getUTCFullYear();
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== second || y < own.election.year || y > own.election.year + 1 || (day != null && second <= day)) {
      throw new PipelineError(diagnostic(at(['election', 'second_round']), 'bad-lexicon', msg.BAD_LEXICON(msg.LEXICON_BAD_SECOND_ROUND(second, own.election.year, day ?? null)), msg.BAD_LEXICON_HINT));
    }
  }
  const seen = new Map<string, string>();
  lexicon.entities.forEach((entity, i) => {
    if (reservedEntityId(entity)) {
      throw new PipelineError(diagnostic(at(['entities', i, 'id']), 'bad-lexicon', msg.BAD_LEXICON(msg.LEXICON_RESERVED_ID(entity.id)), msg.BAD_LEXICON_HINT));
    }
    if (seen.has(`id:${entity.id}`)) {
      throw new PipelineError(diagnostic(at(['entities', i, 'id']), 'bad-lexicon', msg.BAD_LEXICON(`entity id "${entity.id}" appears twice`), msg.BAD_LEXICON_HINT));
    }
    seen.set(`id:${entity.id}`, entity.id);
    entity.members?.forEach((member, j) => {
      if (!lexicon.entities.some((e) => e.id === member && e.id !== entity.id)) {
        throw new PipelineError(diagnostic(at(['entities', i, 'members', j]), 'bad-lexicon', msg.BAD_LEXICON(msg.LEXICON_UNKNOWN_MEMBER(entity.id, member)), msg.BAD_LEXICON_HINT));
      }
    });
    entity.aliases.forEach((alias, j) => {
      const key = normalizeName(alias);
      const other = seen.get(key);
      if (other && other !== entity.id) {
        throw new PipelineError(
          diagnostic(at(['entities', i, 'aliases', j]), 'bad-lexicon', msg.BAD_LEXICON(`alias "${alias}" is given to both "${other}" and "${entity.id}"`), msg.BAD_LEXICON_HINT),
        );
      }
      seen.set(key, entity.id);
    });
  });
  // The event's own metrics first: joined to the general ones, a second item of one id would silently replace the first.
  if (base !== null && given.has('metrics')) {
    const ownIds = new Set<string>();
    own.metrics.forEach((metric, i) => {
      if (ownIds.has(metric.id)) throw new PipelineError(diagnostic(at(['metrics', i, 'id']), 'bad-lexicon', msg.BAD_LEXICON(`metric id "${metric.id}" appears twice`), msg.BAD_LEXICON_HINT));
      ownIds.add(metric.id);
    });
  }
  const metricIds = new Set<string>();
  lexicon.metrics.forEach((metric, i) => {
    if (metricIds.has(metric.id)) {
      throw new PipelineError(diagnostic(metricsAt([i, 'id']), 'bad-lexicon', msg.BAD_LEXICON(`metric id "${metric.id}" appears twice`), msg.BAD_LEXICON_HINT));
    }
    metricIds.add(metric.id);
  });
  const fallbacks = new Map<string, string>();
  lexicon.metrics.forEach((metric, i) => {
    if (!metric.fallback) return;
    const unitClass = metric.unit === '%' ? 'per-cent' : 'count';
    const other = fallbacks.get(unitClass);
    if (other) {
      throw new PipelineError(
        diagnostic(metricsAt([i, 'fallback']), 'bad-lexicon', msg.BAD_LEXICON(`metrics "${other}" and "${metric.id}" are both the fallback for ${unitClass} figures; keep one`), msg.BAD_LEXICON_HINT),
      );
    }
    fallbacks.set(unitClass, metric.id);
  });
  const unknownMetric = (place: { file: string; line?: number; column?: number }, where: string, metric: string): never => {
    const near = metricIds.size > 0 ? closest(metric, [...metricIds]) : null;
    throw new PipelineError(
      diagnostic(place, 'unknown-metric', msg.BAD_LEXICON(msg.LEXICON_UNKNOWN_METRIC(where, metric)), msg.LEXICON_UNKNOWN_METRIC_HINT(near !== null && distance(near, metric) <= Math.max(2, metric.length / 3) ? near : null)),
    );
  };
  lexicon.metrics.forEach((metric, i) => {
    if (metric.total && !metricIds.has(metric.total)) unknownMetric(metricsAt([i, 'total']), `metric "${metric.id}": total`, metric.total);
    if (metric.count_metric && !metricIds.has(metric.count_metric)) unknownMetric(metricsAt([i, 'count_metric']), `metric "${metric.id}": count_metric`, metric.count_metric);
    if (metric.claim_as && !metricIds.has(metric.claim_as)) unknownMetric(metricsAt([i, 'claim_as']), `metric "${metric.id}": claim_as`, metric.claim_as);
  });
  // Labels are the event's (the general lexicon's are checked with it).
  for (const id of Object.keys(own.labels)) if (!metricIds.has(id)) unknownMetric(at(['labels', id], true), 'labels', id);
  for (const id of Object.keys(own.cues)) if (!metricIds.has(id)) unknownMetric(at(['cues', id], true), 'cues', id);
  return lexicon;
}

/**
 * The form two names are compared in: accents and dashes folded as matching folds them
 * (shared/fold.ts), case folded, one apostrophe, double quotes dropped, spaces collapsed.
 */
export function normalizeName(name: string): string {
  return fold(name).toLowerCase().replace(/[’‘`]/g, "'").replace(/["“”„«»]/g, '').replace(/\s+/g, ' ').trim();
}
