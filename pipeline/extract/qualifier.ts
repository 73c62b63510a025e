/**
 * The qualifier of a claim in the extract stage (`qualifierFor`): a metric's fixed qualifier, a
 * rule of the electoral system, the nearest qualifier cue (a poll, an estimate, an earlier
 * election), else a result's stage by the decision list (stage.ts) as the sentence's stage
 * (`SentenceStage`) gives it; the stage of a figure read at a time of day (`timedStage`), a
 * forecast word that projects the count (`projectsCount`, `countProjected`), the cue an
 * introduction hands its list (`introCue`), and a claim's account of its stage for `make claims`
 * (`stageWhy`).
 */
import type { Qualifier } from '../shared/schema.ts';
import type { Metric } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import type { Compiled, Mention, QualifierCue } from './compiled.ts';
import { norm as key } from './numbers.ts';
import type { StageDecision } from './stage.ts';

/** The stage of a sentence's results (the decision list on its own words, else the frame's), the frame's alone, and the sentence's times of day (snapshots). */
export interface SentenceStage {
  sentence: Qualifier;
  frame: Qualifier;
  /** The stage the sentence's own words state, with no frame (`unspecified`: none). */
  own: Qualifier;
  snapshots: ReadonlySet<Mention<QualifierCue>>;
  /** The sentence states no stage and stands under a turnout at a time of day (stage.ts `snapshotOf`): its figures of the voting are that snapshot's. */
  snapshot: boolean;
}

/** The statuses of an article that reports a count. */
export const COUNT_STATUS = new Set<Qualifier>(['interim', 'preliminary', 'final']);

/**
 * "Based on results from 96% of polling stations, Unity is projected to take 55 seats.": in an
 * article that reports a count (and no exit poll), a forecast cue of `count_projection` projects
 * the count, so it names the article's result ('result'), unless another poll or estimate cue
 * stands in the sentence. Cues are replaced in the array, never changed in place.
 */
export function projectsCount(cues: Mention<QualifierCue>[], text: string, c: Compiled, status: Qualifier, exitPoll: boolean, sourced = false): void {
  if (!COUNT_STATUS.has(status) || (exitPoll && !sourced) || (c.countProjection.size === 0 && !sourced)) return;
  const polls = cues.filter((m) => POLL_CUES.has(m.value));
  // A sentence that names the authority that counts as its source (`countSourced`): its forecast words project that count, in an article of exit polls too.
  const projecting = (m: Mention<QualifierCue>) => m.value === 'forecast' && (sourced || c.countProjection.has(key(text.slice(m.start, m.end))));
  if (!polls.length || !polls.every(projecting)) return;
  for (let i = 0; i < cues.length; i++) if (projecting(cues[i]!)) cues[i] = { ...cues[i]!, value: 'result' };
}

/**
 * "a projected total of 412 seats", "Unity is projected to win 156 seats": a word of a count's
 * projection (`qualifiers.projected`) with no poll or estimate named in its sentence, in an
 * article with no exit poll (and no poll going on from the sentence before: `counting`), projects
 * the count in progress: step 4's count not complete, `interim`, unless a frame already states
 * the count's stage (then `projectsCount` gives the frame's). ("projection", "projections" of an
 * institute are its estimate; "the polls projected" a forecast.)
 */
export function countProjected(c: Compiled, text: string, cues: readonly Mention<QualifierCue>[], counting: boolean): Mention<QualifierCue>[] {
  if (!counting || c.projected.size === 0) return [...cues];
  const projecting = (m: Mention<QualifierCue>) => m.value === 'forecast' && c.projected.has(key(text.slice(m.start, m.end)));
  const polls = cues.filter((m) => POLL_CUES.has(m.value));
  if (!polls.length || !polls.every(projecting)) return [...cues];
  return cues.map((m) => (projecting(m) ? { ...m, value: 'interim' as const } : m));
}

/** The qualifiers of polls and estimates: a time of day after their cue in a sentence is the poll's, no snapshot of the count. */
export const POLL_CUES = new Set<QualifierCue>(['exit_poll', 'forecast', 'estimate']);

/** How far after a number a qualifier cue may stand ("5,3% of voters, as predicted by …"). */
const QUALIFIER_AFTER = 40;

export function qualifierFor(
  metric: Metric,
  q: { start: number; end: number },
  cues: Mention<QualifierCue>[],
  stage: SentenceStage,
  after: { start: number; end: number } | null,
  exitPoll: boolean,
  timeAfter = false,
  pollOn: Qualifier | null = null,
): Qualifier {
  if (metric.qualifier) return metric.qualifier;
  // Words that describe the electoral system make every figure of their sentence a rule.
  if (cues.some((m) => m.value === 'rule')) return 'rule';
  const counted = isCounted(metric);
  const usable = cues.filter((m) => counted || !['preliminary', 'final', 'result', 'interim', 'recount'].includes(m.value));
  const before = usable.filter((m) => m.end <= q.start).at(-1);
  const afterCue = after ? usable.find((m) => m.start >= q.end && m.end <= after.end && m.start - q.end <= QUALIFIER_AFTER) : undefined;
  const cue = before ?? afterCue;
  // In an article about an exit poll, "projected", "forecast" mean the exit poll's.
  if (cue?.value === 'forecast' && exitPoll) return 'exit_poll';
  // "was forecast to win 36 seats … based on post-election polls", "is projected to have 42%, according to … which was providing
  // projections": a forecast word beside an exit poll or an estimate of the night in its sentence is that one's.
  const nightPoll = cue?.value === 'forecast' ? cues.find((m) => m.value === 'exit_poll' || m.value === 'estimate') : undefined;
  if (nightPoll) return nightPoll.value === 'exit_poll' ? 'exit_poll' : 'estimate';
  // A sentence that goes on with a poll or estimate named before: its "likely to" is that one's.
  if (cue?.value === 'forecast' && pollOn) return pollOn;
  // In an article about an estimate (a quick count of sample ballots), a count in progress is the estimate's.
  // A time of day: a snapshot, or an estimate's in an article framed by one.
  if (cue?.value === 'interim' && (stage.snapshots.has(cue) || stage.frame === 'estimate')) return stage.frame === 'estimate' ? 'estimate' : timedStage(metric, stage);
  // "Turnout by province: North — 70.9%" under "71.5% had voted as of 17:00": that snapshot's (stage.ts `snapshotOf`).
  const snapshot = stage.snapshot && metric.snapshot;
  if (snapshot && (!cue || cue.value === 'result') && !pollOn) return stage.frame === 'estimate' ? 'estimate' : 'interim';
  // A cue of a result's stage: the decision list's stage of the sentence (stage.ts).
  if (cue) return cue.value === 'result' || STAGE_CUES.has(cue.value) ? stage.sentence : cue.value;
  // "… cast their ballot in the elections as of 5pm.": a time of day later in the sentence.
  if (timeAfter && counted) return stage.frame === 'estimate' ? 'estimate' : 'interim';
  if (pollOn && counted) return pollOn;
  return counted ? stage.sentence : 'unspecified';
}

/** `Frames.see`'s place for the headline: it frames the body from before its first sentence. */
export const HEADLINE_AT = -1;

/**
 * A claim's account of its qualifier (`confidence.stage`), for `make claims`: where the decision
 * list took a result's stage from (its own sentence's words, the frame's sentence by its place,
 * the headline, or no stage word), or that a word or rule of its own gave another qualifier (a
 * poll, an earlier election, a rule of the system, a snapshot). Compares the claim's qualifier with
 * the list's decision for its sentence; it decides nothing itself.
 */
export function stageWhy(qualifier: Qualifier, decision: StageDecision, frameAt: number | null, where: (offset: number) => { line: number; column: number }): string {
  if (qualifier !== decision.stage) return msg.STAGE_WHY_OWN_RULE(qualifier);
  if (decision.from === 'own') return msg.STAGE_WHY_SENTENCE(decision.step);
  if (decision.from === 'frame') {
    if (frameAt === HEADLINE_AT) return msg.STAGE_WHY_HEADLINE(decision.step);
    const at = frameAt == null ? null : where(frameAt);
    return msg.STAGE_WHY_FRAME(decision.step, at ? `${at.line}:${at.column}` : null);
  }
  return msg.STAGE_WHY_NONE;
}

/**
 * Whether the decision list gives a figure of this metric a counting stage: a result, not a figure
 * known before the count (`before_count`: the electorate, the parties on the ballot), which no
 * count's words and no poll's or estimate's frame reach (the list's revision of 2026-12-05:
 * unspecified, unless a cue of its own sentence makes it another kind).
 */
function isCounted(metric: Metric): boolean {
  return metric.results && !metric.before_count;
}

/**
 * The stage of a figure read at a time of day: a snapshot, `interim` (step 4; for a turnout, step
 * 1), unless its own sentence states step 3's word for a result that is no figure of the voting as
 * it goes ("in the unofficial returns as of 11:17 p.m.": the list's earlier step wins, preliminary).
 */
function timedStage(metric: Metric, stage: SentenceStage): Qualifier {
  return stage.own === 'preliminary' && metric.results && !metric.snapshot ? 'preliminary' : 'interim';
}

/** The cues of a result's stage, which the decision list reads (stage.ts). */
export const STAGE_CUES = new Set<QualifierCue>(['interim', 'preliminary', 'final', 'recount', 'result']);

/** The stage cues by the decision list's step, earliest first: a recount (1), step 3, a count in progress (4), final (6), a result with no stage. */
const STAGE_STEPS: readonly QualifierCue[] = ['recount', 'preliminary', 'interim', 'final', 'result'];

/**
 * The cue an introduction hands the items of its list: its last cue, but where all its cues are
 * of a result's stage, the one of the decision list's earliest step ("The unverified result as of
 * 4pm:": step 3's word before the snapshot's step 4, preliminary).
 */
export function introCue(cues: readonly QualifierCue[]): QualifierCue | null {
  if (!cues.length) return null;
  if (!cues.every((q) => STAGE_CUES.has(q))) return cues.at(-1)!;
  return STAGE_STEPS.find((q) => cues.includes(q)) ?? cues.at(-1)!;
}
