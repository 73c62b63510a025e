/**
 * The counting stage of a result, as the corpus README's decision list gives it ("The counting
 * stage of a result: a decision list"). The list, step by step, as `stageOf` takes it (the first
 * step that applies wins; where the words of two steps qualify the same result, the earlier one):
 *
 * 1. Not a result: a frame of an exit poll or an estimate (`notResult`) keeps that qualifier; a
 *    recount's outcome (`recount`) is `recount`. (A figure's own poll, forecast, estimate,
 *    historical or rule cue, and a turnout at a time of day, are read before the list is asked:
 *    index.ts `qualifierFor`.) A turnout at a time of day frames the figures of the voting after
 *    it that state no stage, until a sentence that states a stage (`Frames.snapshot`, `snapshotOf`).
 * 2. The words that state the stage: the figure's own sentence's (`own`), and where it has none,
 *    those of the current frame (`frame`): the nearest sentence before it, headline and lead
 *    included, whose words state a stage. A frame holds until another replaces it; a sentence
 *    about the future ("final results are due on 10 May") is no frame (`Frames`).
 * 3. "preliminary", "provisional", "unofficial", "unverified" (`preliminary`): `preliminary`, even with a share
 *    counted ("preliminary results with 95 % of precincts counted").
 * 4. A count that is not complete (`partial`: a share counted below 100, "partial", "early
 *    results", "so far", "as counting continues", "is leading", "almost all counted", "155 of 156
 *    constituencies reporting"): `interim`, even when the results are called official or final
 *    ("official results with 98 % counted").
 * 5. A complete count (`complete`: "with all the votes counted", "after the count ended", "full
 *    results", "the votes have been counted") not called final or official: `preliminary`.
 * 6. Final (`final`: "final", "official", "certified", "confirmed" results, the authority
 *    declaring or confirming a winner, also after it: "X is the winner, the commission has
 *    declared"): `final`.
 * (The list's revision of 2026-12-05 in the corpus README rules on "unverified" (step 3), a time of
 * day on a result (step 4 unless an earlier step applies) and a stage named as a comparison's base
 * (no frame); index.ts reads those words.)
 * 7. Nothing says: `unspecified` (a winner the article itself names, "X won 52 %"; a figure
 *    "according to the electoral commission" with no stage word; an article with no frame).
 *
 * Pure: the words are found by index.ts with the lexicon's cue lists (general.yaml
 * `qualifiers`); this module only decides.
 */
import type { Qualifier } from '../shared/schema.ts';

/** The stage words of one sentence (or of a frame), by the step of the list they belong to. */
export interface StageWords {
  /** Step 1: the sentence frames a figure that is no result (an exit poll, an estimate). */
  notResult: 'exit_poll' | 'estimate' | null;
  /** Step 1: a recount. */
  recount: boolean;
  /** Step 3: "preliminary", "provisional", "unofficial". */
  preliminary: boolean;
  /** Step 4: a count that is not complete. */
  partial: boolean;
  /** Step 5: a complete count. */
  complete: boolean;
  /** Step 6: final, official, certified, confirmed results; a winner declared. */
  final: boolean;
  /**
   * Step 4 by "the latest" alone ("According to the commission's latest report"): the newest
   * report, a count not complete unless the frame has stated the count complete or its stage
   * (steps 3, 5, 6): then the frame's (`latestOnly`).
   */
  latest: boolean;
}

export type Step = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface StageDecision {
  stage: Qualifier;
  /** The step of the list that decided. */
  step: Step;
  /** Whose words decided: the figure's own sentence's, the frame's, or none (step 7 with no words). */
  from: 'own' | 'frame' | null;
}

/** No stage words. */
export const NO_WORDS: Readonly<StageWords> = Object.freeze({ notResult: null, recount: false, preliminary: false, partial: false, complete: false, final: false, latest: false });

/** Whether a sentence's words state a stage at all (step 2: only such a sentence is a frame, or speaks for its own figures). */
export function statesStage(w: StageWords | null): boolean {
  return !!w && (w.notResult !== null || w.recount || w.preliminary || w.partial || w.complete || w.final || w.latest);
}

/** Whether words state only "the latest" (step 4 unless a frame states the count done or its stage). */
function latestOnly(w: StageWords | null): boolean {
  return !!w && w.latest && !statesStage({ ...w, latest: false });
}

/** Whether a frame states the count complete or its stage (steps 3, 5, 6): "the latest" under it is that count's. */
function settled(frame: StageWords | null): boolean {
  return !!frame && !frame.partial && (frame.preliminary || frame.complete || frame.final);
}

/**
 * Whether a sentence's only words are final under a frame that called the results final but not
 * complete ("releasing the final results from 156 constituencies, barring one. In the final tally,
 * Ames secured 2,810,777 votes"): the same count, not complete (step 4), whatever else the frame says.
 */
function hedgedFinal(own: StageWords | null, frame: StageWords | null): boolean {
  return !!own && !!frame && frame.final && frame.partial && own.final && !statesStage({ ...own, final: false });
}

/** The words of both: a sentence read in two ways (its cues, and its count and declaration words) states what either does. */
export function joinWords(a: StageWords, b: StageWords): StageWords {
  return {
    notResult: a.notResult ?? b.notResult,
    recount: a.recount || b.recount,
    preliminary: a.preliminary || b.preliminary,
    partial: a.partial || b.partial,
    complete: a.complete || b.complete,
    final: a.final || b.final,
    latest: a.latest || b.latest,
  };
}

/**
 * The words a sentence frames the figures after it with: its own, except that a sentence that
 * names a result's stage (final, preliminary, a complete count) beside a poll or an estimate
 * ("The final results are the same as the exit polls") frames results, not the poll. A count in
 * progress beside an estimate is the estimate's ("with 95% of the sample processed").
 */
export function asFrame(w: StageWords): StageWords {
  return w.notResult && (w.final || w.preliminary || w.complete || w.recount) ? { ...w, notResult: null } : w;
}

/** The decision list: the stage of a result from its own sentence's words and the current frame's (steps in the module's docblock). */
export function stageOf(own: StageWords | null, frame: StageWords | null): StageDecision {
  // Step 2: the own sentence's words, else the frame's ("the latest" alone under a settled count: the frame's).
  const ownStates = statesStage(own) && !(latestOnly(own) && settled(frame));
  const from = ownStates ? 'own' : statesStage(frame) ? 'frame' : null;
  // A final word under a frame that called the count final but not complete: that count, not complete.
  const w = from === 'own' ? (hedgedFinal(own, frame) ? { ...own!, partial: true } : own!) : from === 'frame' ? frame! : NO_WORDS;
  if (w.notResult) return { stage: w.notResult, step: 1, from };
  if (w.recount) return { stage: 'recount', step: 1, from };
  if (w.preliminary) return { stage: 'preliminary', step: 3, from };
  if (w.partial || w.latest) return { stage: 'interim', step: 4, from };
  if (w.complete && !w.final) return { stage: 'preliminary', step: 5, from };
  if (w.final) return { stage: 'final', step: 6, from };
  return { stage: 'unspecified', step: 7, from };
}

/**
 * The current frame while an article is read in order (headline first): `see` each sentence's
 * words after its figures are read; `frame` is then the words of the nearest sentence so far
 * that stated a stage. A sentence about the future states none: index.ts drops the words of a
 * result still to come ("final results are due on 10 May", `qualifiers.to_come`, `pending`) and of
 * a count still to come ("will be counted") before they reach here.
 */
export class Frames {
  private current: StageWords | null = null;
  private currentAt: number | null = null;
  private snapshotOn = false;

  /** The words of the frame the next sentence's figures stand under (null: none yet). */
  get frame(): StageWords | null {
    return this.current;
  }

  /**
   * Whether the nearest sentence so far that framed anything gave a figure of the voting as it
   * goes (a turnout) at a time of day: step 1's snapshot ("71.5% had voted as of 17:00"). It
   * frames the figures of the voting after it ("Turnout by province: North — 70.9%, …") until a
   * sentence that states a stage replaces it (`snapshotOf`).
   */
  get snapshot(): boolean {
    return this.snapshotOn;
  }

  /** Where the frame's sentence starts in the article's body (the headline: -1; none: null), for a claim's account of its stage. */
  get at(): number | null {
    return this.current ? this.currentAt : null;
  }

  /** A sentence read (starting at `at` in the body): it becomes the frame when it states a stage (`asFrame` of its words), or the snapshot frame when it gives a turnout at a time of day. */
  see(words: StageWords, snapshot = false, at: number | null = null): void {
    if (statesStage(words) && !(latestOnly(words) && settled(this.current))) {
      this.current = asFrame(words);
      this.currentAt = at;
    }
    if (snapshot) this.snapshotOn = true;
    else if (statesStage(words)) this.snapshotOn = false;
  }
}

/**
 * Step 1 and 2 for a figure of the voting as it goes (a turnout, the ballots cast) whose own
 * sentence states no stage: under a snapshot frame (`Frames.snapshot`: "71.5% had voted as of
 * 17:00. Turnout by province: …") it is that snapshot's, `interim`.
 */
export function snapshotOf(own: StageWords | null, snapshotFrame: boolean): boolean {
  return snapshotFrame && !statesStage(own);
}
