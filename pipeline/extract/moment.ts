/**
 * The moment of a result (`as_of`) in the extract stage: the share or part of the count done, or
 * the time of day, that a sentence states for its results (`momentOf`); the moment a result takes
 * from its own sentence or from the frame its stage came from (`asOfClaim`, beside stage.ts, which
 * holds the decision list and its frames); and when a frame's moment goes on into the next frame
 * (`countGoesOn`, `countNamings`).
 */
import type { Qualifier } from '../shared/schema.ts';
import type { Metric } from '../shared/lexicon.ts';
import { words, type Compiled } from './compiled.ts';
import type { Quantity } from './numbers.ts';
import { stageOf, type Frames, type StageWords } from './stage.ts';

/**
 * The moment a new frame that states none keeps from the frame before it: the same count in
 * progress, named again ("With 95% of the votes counted, Unity leads with 41.2 percent." then
 * "The preliminary results were a surprise." or "According to preliminary results, Reform has
 * 20 percent." then "Hope had 9 percent": at "95% counted"). Not when either frame is of another
 * stage (final, complete, an exit poll), nor a moment in words alone ("more than half counted") or
 * of a complete count. A frame with figures of its own passes it on to the results of the sides
 * only (`Moments.sidesOnly`), or to all when it names the count with a definite word (`countNamings`:
 * "Although these results are still preliminary, Reform has 20 percent.").
 */
export function countGoesOn(moment: string | null, before: StageWords | null, now: StageWords | null): string | null {
  const counting = (w: StageWords | null) => {
    const stage = stageOf(null, w).stage;
    return stage === 'interim' || stage === 'preliminary';
  };
  if (!moment || !counting(before) || !counting(now)) return null;
  return /\d/u.test(moment) && !COMPLETE_MOMENT.test(moment) ? moment : null;
}
/**
 * How a sentence names a count, from its result nouns (`qualifiers.result_nouns`) read once:
 * `again`, the count before it by a definite word ("these results", "the preliminary results",
 * "the latest data": "the", "these" or "those", up to two words, then a result noun); `other`, a
 * count of something else.
 */
export function countNamings(c: Compiled, text: string): { again: boolean; other: boolean } {
  const nouns = words(c.resultNounRe, text, () => true);
  const other = (n: { end: number }) => OF_ANOTHER.test(text.slice(n.end));
  return {
    again: nouns.some((n) => NAMED_AGAIN.test(text.slice(Math.max(0, n.start - 40), n.start)) && !other(n)),
    // A count of something else: a result noun with what it is of ("the results of the postal vote", "the results from abroad").
    other: nouns.some(other),
  };
}
/** "the", "these", "those" and up to two words right before a result noun. */
const NAMED_AGAIN = /(?<![\p{L}])(?:the|these|those)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "the results of voting online", "the results in Moscow", "the results from abroad": a part of the count, or another, no count named again. */
const OF_ANOTHER = /^\s+(?:of|in|from|for)\s/iu;

/** A moment that says the count is complete ("100% counted", "all ballots counted"). */
const COMPLETE_MOMENT = /\b100\s*(?:%|per\s?cent)|\ball\b/iu;

/** The moments the current frame and snapshot frame state (`as_of`), kept beside stage.ts `Frames`. */
export interface Moments {
  frame: string | null;
  snapshot: string | null;
  /**
   * The frame's moment went on past a frame sentence with figures of its own ("According to
   * preliminary results, Reform has 20 percent."): it dates the results of the sides after it
   * (shares, votes, seats), not the figures of the voting (turnout, ballots cast: a `snapshot`
   * metric), which an article gives of the whole voting, not of the count so far.
   */
  sidesOnly: boolean;
}

/**
 * The moment a sentence states for the results in it, a snapshot's `as_of`: the share or part of
 * the count done ("With 95% of the votes counted" → "95% counted", "more than 99% counted"; "3,110 of 3,111 polling stations
 * reporting" → "3,110 of 3,111 polling stations"), else a time of day that is no polling hour
 * ("By 10:00" → "10:00"); null when it states none. `except`: the figure's own number.
 */
export function momentOf(text: string, quantities: readonly Quantity[], c: Compiled, except: Quantity | null = null): string | null {
  for (const q of quantities) {
    if (q === except || (q.value ?? q.low ?? q.high) == null) continue;
    if (q.kind === 'progress' && !q.total) return `${q.text} counted`;
    const unit = q.total && c.progressUnitRe ? c.progressUnitRe.exec(text.slice(q.total.end)) : null;
    // "3,110 of 3,111 polling stations reporting", "results from 3,110 of 3,111 polling stations":
    // a part of the count done; not "mistakes at 59 out of 128 polling stations".
    const counting = !!unit && (!!c.progressDoneRe?.test(text.slice(q.total!.end + unit[0].length)) || !!c.progressLeadRe?.test(text.slice(0, q.start)) || resultsLead(c, text.slice(0, q.start)));
    if ((q.kind === 'progress' || q.kind === 'quantity') && q.total && unit && counting) return `${text.slice(q.start, q.total.end)} ${unit[0].trim()}`;
  }
  const part = countedPartText(c, text);
  if (part) return part;
  const time = quantities.find((q) => q !== except && q.kind === 'time' && !pollingHour(text, q));
  return time ? time.text : null;
}

/**
 * Whether the text before a part of the polling stations says the results come from it, up to
 * three words between (`numbers.progress.count_before`: "according to the results of the ballots
 * of 3,110 out of 3,111 precincts", "based on processed 7,822 out of 8,273 polling stations"; not
 * "the vote counting procedures at 59 out of 128 polling stations").
 */
function resultsLead(c: Compiled, before: string): boolean {
  let text = before;
  for (let k = 0; k <= 3; k++) {
    if (c.grammar.countBeforeRe?.test(text)) return true;
    const word = /[\p{L}'’-]+\s+$/u.exec(text);
    if (!word) return false;
    text = text.slice(0, word.index);
  }
  return false;
}

/**
 * The part of the count a sentence names with a verb of counting where its numbers are no
 * quantity of their own (`countedPart`): "With 155 of 156 constituencies reporting" → "155 of 156
 * constituencies reporting", "ballots from 25 of 28 districts counted"; or null.
 */
function countedPartText(c: Compiled, text: string): string | null {
  if (!c.progressCountedRe) return null;
  for (const m of text.matchAll(DIGITS_OF)) {
    const done = c.progressCountedRe.exec(text.slice(m.index + m[0].length));
    if (done) return `${m[0]} ${done[0].trim()}`;
  }
  return null;
}

/**
 * The moment of a result (`as_of`): a count in progress or a time of day its own sentence states,
 * else the moment of the frame its stage came from (the decision list's step 2: "With 95% of the
 * votes counted, Unity leads. Reform has 20%." — both at "95% counted"), or of the snapshot frame
 * for a figure of the voting under a turnout at a time of day. Results only; a complete count's
 * moment ("100% counted") is kept too (reconcile reads it as no snapshot).
 */
export function asOfClaim(qualifier: Qualifier, text: string, quantities: readonly Quantity[], q: Quantity, frames: Frames, moments: Moments, c: Compiled, metric: Metric): { as_of?: string } {
  if (qualifier !== 'interim' && qualifier !== 'preliminary' && qualifier !== 'final') return {};
  const own = momentOf(text, quantities, c, q);
  if (own) return { as_of: own };
  // A count in progress read under a frame that states a moment is at that moment, whatever stage the frame named.
  if (moments.frame && !(moments.sidesOnly && metric.snapshot) && (qualifier === 'interim' || stageOf(null, frames.frame).stage === qualifier)) return { as_of: moments.frame };
  if (qualifier === 'interim' && frames.snapshot && moments.snapshot) return { as_of: moments.snapshot };
  return {};
}

/**
 * A time of day that dates no count, so no snapshot: when voting opened or closed ("began at 8
 * a.m. and ended at 4 p.m.", "opened at 7:00"), that hour in another zone in brackets right after
 * it ("closed at 6 p.m. local time (1700 GMT)", `POLLING_HOUR_GLOSS`), and the hour someone
 * announced or said something ("who announced the result at 4.10 am", "told the media at about
 * 1:10 a.m.", `STATEMENT_HOUR`: the corpus README's decision list, "the time at which results were
 * announced … dates the announcement, not the count").
 */
const POLLING_HOUR = /(?<![\p{L}])(?:began|begins|ended|ends|opened|opens|opening|closed|closes|closing)\s+(?:at\s+)?$/iu;
const POLLING_HOUR_GLOSS = /(?<![\p{L}])(?:began|begins|ended|ends|opened|opens|opening|closed|closes|closing)\s+(?:at\s+)?[^()\d]{0,5}\d[^()]{0,25}\(\s*$/iu;
const STATEMENT_HOUR = /(?<![\p{L}])(?:announced|announces|declared|declares|said|says|told)\s+(?:[\p{L}'’]+\s+){0,3}?at\s+(?:about\s+|around\s+)?$/iu;
export function pollingHour(text: string, t: { start: number }): boolean {
  const before = text.slice(Math.max(0, t.start - 60), t.start);
  return POLLING_HOUR.test(before.slice(-20)) || POLLING_HOUR_GLOSS.test(before.slice(-50)) || STATEMENT_HOUR.test(before);
}

/** "N of M" or "N out of M" in digits. */
export const DIGITS_OF = /(?<![\d.,])(\d{1,3}(?:,\d{3})*|\d+)\s+(?:out\s+)?of\s+(?:the\s+)?(\d{1,3}(?:,\d{3})*|\d+)(?![\d.,]\d)/gu;
