/**
 * The typed artifacts that the stages hand to each other.
 *
 * Every stage reads and writes JSON files whose shape is declared here once, as a zod
 * schema; the TypeScript types are inferred from the schemas, and `make schemas` writes
 * the JSON Schema of each artifact to `output/schema/` for people and other tools.
 *
 *   sources/*.md ──ingest──▶ corpus.json ──extract──▶ claims.json ──reconcile──▶ figures.json
 *                                                                     │
 *   templates/charts/*.vl.json ─────────────────────charts──▶ charts.json (+ SVG)
 *                                                                     │
 *   templates/briefing.md + layout ──render──▶ briefing.html ──print──▶ briefing.pdf
 *
 * Offsets are UTF-16 code-unit offsets into a source's `body` (the article text below its
 * front matter, exactly as in the file), so `body.slice(start, end)` gives the text back.
 */
import { z } from 'zod';

export const Span = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]);
export type Span = z.infer<typeof Span>;

/** A calendar day written YYYY-MM-DD: the one pattern every stage checks dates with. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const isoDate = z.string().regex(ISO_DATE, 'a date written YYYY-MM-DD');

/** The front matter of one `sources/*.md` file. Unknown stays `null`, explained in `notes`. */
export const SourceMeta = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    title: z.string().min(1).nullable(),
    outlet: z.string().min(1).nullable(),
    author: z.string().min(1).nullable(),
    published: isoDate.nullable(),
    url: z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'an http(s) address')
      .nullable(),
    retrieved: isoDate.nullable(),
    notes: z.string().nullable().default(null),
    /** Optional weight for the source-order rule of the reconciliation policy (higher wins). */
    tier: z.number().int().min(0).max(9).optional(),
    /** The file the text was collected as, for provenance. */
    collected_as: z.string().optional(),
  })
  .strict();
export type SourceMeta = z.infer<typeof SourceMeta>;

export const Removed = z.object({
  start: z.number().int(),
  end: z.number().int(),
  /** Which general rule removed it: `repeated-line`, `date-line`, `title-line`, `nav-tail`, … */
  rule: z.string(),
});
export type Removed = z.infer<typeof Removed>;

export const Sentence = z.object({
  /** `<source id>:s<n>`, numbered from 1 in reading order. */
  id: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  /** Index into `paragraphs`. */
  paragraph: z.number().int(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Paragraph = z.object({
  start: z.number().int(),
  end: z.number().int(),
  /** 1-based line of the paragraph's first character in the source file. */
  line: z.number().int(),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Diagnostic = z.object({
  file: z.string(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
  severity: z.enum(['error', 'warning', 'info']),
  ruleId: z.string(),
  message: z.string(),
  hint: z.string().nullable(),
});
export type Diagnostic = z.infer<typeof Diagnostic>;

/** One article after ingest. */
export const IngestedSource = z.object({
  meta: SourceMeta,
  /** Path of the file relative to the project, with `/`. */
  file: z.string(),
  sha256: z.string(),
  /** The article text below the front matter, verbatim. */
  body: z.string(),
  /** 1-based line in the file where `body` starts (offset 0). */
  bodyLine: z.number().int(),
  paragraphs: z.array(Paragraph),
  sentences: z.array(Sentence),
  removed: z.array(Removed),
  warnings: z.array(Diagnostic),
});
export type IngestedSource = z.infer<typeof IngestedSource>;

export const Corpus = z.object({ sources: z.array(IngestedSource) });
export type Corpus = z.infer<typeof Corpus>;

export const Qualifier = z.enum([
  'preliminary',
  'final',
  'forecast',
  'estimate',
  'historical',
  'rule',
  'unspecified',
  /** A snapshot: turnout at a time of day, a partial count. */
  'interim',
  'exit_poll',
  'recount',
]);
export type Qualifier = z.infer<typeof Qualifier>;

// ── reconcile (issue 16): stages are data ──────────────────────────────────────────────────
/**
 * A claim's or figure's qualifier as the artifacts carry it: a counting stage or kind of figure
 * that the reconciliation policy lists (sources/policy.yaml `stages:` and `kinds:`, e.g.
 * `interim`, `recount`, `exit_poll`). The policy, not this schema, says which are known.
 */
export const QualifierId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'a qualifier: lower-case letters, digits and "_"');

/**
 * What reconcile reads from a claim when the extractor gives it (all optional): how sure the
 * extractor is, who the sentence says gives the figure, the moment of a snapshot ("10:00",
 * "95% counted"), and the round, place and voter group a figure is for.
 */
/** How the extractor read a claim: the rule that chose its metric, the one that gave its entity, the name's distance in characters. */
const Confidence = z.object({
  metric: z.string(),
  entity: z.string(),
  distance: z.number().int().nonnegative().nullable(),
  /** Where its qualifier came from: the decision list's step and whose words (its sentence's, the frame's at line:column, the headline's), or a word or rule of its own. */
  stage: z.string().optional(),
});

export const ClaimContext = z.object({
  /** How the extractor read the claim: the rule that chose its metric, the one that gave its entity, the name's distance in characters. */
  confidence: Confidence.optional(),
  attribution: z.string().nullable().optional(),
  as_of: z.string().nullable().optional(),
  round: z.union([z.number().int(), z.string()]).nullable().optional(),
  place: z.string().nullable().optional(),
  group: z.string().nullable().optional(),
});
export type ClaimContext = z.infer<typeof ClaimContext>;
// ────────────────────────────────────────────────────────────────────────────────────────────

/** One figure as one article states it. */
export const Claim = z.object({
  /** `<source id>:c<n>`, numbered in reading order. */
  id: z.string(),
  source: z.string(),
  metric: z.string(),
  /** Lexicon id of the party or place the figure belongs to; `national` for the whole election. */
  entity: z.string().nullable(),
  /** The value as stated; `null` when only a range or bound is stated. */
  value: z.number().nullable(),
  /** Interval of a range or bound ("62-64", "more than 300"); `null` where open. */
  low: z.number().nullable(),
  high: z.number().nullable(),
  /** `exact`, `approximate` ("about"), `lower-bound` ("more than"), `upper-bound` ("nearly"), `range`. */
  bound: z.enum(['exact', 'approximate', 'lower-bound', 'upper-bound', 'range']).default('exact'),
  /** Half the unit of the last stated digit: "54" → 0.5, "54.19" → 0.005. */
  precision: z.number().nonnegative(),
  unit: z.string(),
  qualifier: QualifierId,
  /** The year of the election the figure is about (2023 for this one, 2021 for the last). */
  election: z.number().int().nullable(),
  /** The sentence exactly as it stands in the body: `body.slice(span[0], span[1])`. */
  quote: z.string(),
  span: Span,
  /** The number as written ("66,7%", "seven", "62-64") and where it stands in the body. */
  text: z.string(),
  textSpan: Span,
  sentence: z.string(),
  /** 1-based line and column of the number in the source file. */
  line: z.number().int(),
  column: z.number().int(),
  /**
   * How the claim was read: the rule that chose its metric and the one that gave it its entity
   * (`name-before`, `name-after`, `number-first`, `respectively`, `paired`, `reference`,
   * `same-metric`, `near`, `paragraph`, `unknown-name`, `national`, `whole`), and how far the
   * entity's name stood from the number, in characters (null: no name was read). Extract sets it
   * on every claim; older artifacts may lack it.
   */
  confidence: Confidence.optional(),
  /** Who the sentence says gives the figure ("according to the Central Election Commission"), or null. */
  attribution: z.string().nullable().optional(),
  /** For entity `unknown`: the name as the article writes it, and where it stands. */
  surface: z.object({ text: z.string(), line: z.number().int(), column: z.number().int() }).nullable().optional(),
  /** The round of a two-round election the figure is of, where not the first (2: an article about the run-off). */
  round: z.union([z.number().int(), z.string()]).nullable().optional(),
  /** The moment of a result read during the count: a time of day or the share or part counted ("10:00", "95% counted"); absent where none is stated. */
  as_of: z.string().optional(),
});
export type Claim = z.infer<typeof Claim>;

export const Claims = z.array(Claim);

export const Status = z.enum(['agreed', 'rounded', 'resolved', 'conflict', 'single', 'derived']);
export type Status = z.infer<typeof Status>;

export const Dissent = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  claims: z.array(z.string()),
  /** What kind of disagreement: `rounding`, `truncation`, `different-value`, `outside-range`, … */
  kind: z.string(),
  /** A sentence a reader understands. */
  note: z.string(),
});
export type Dissent = z.infer<typeof Dissent>;

/** One quantity, reconciled from the claims about it. */
export const Figure = z.object({
  /** `<metric>.<entity>` plus `.<qualifier class or year>` where needed; templates name figures by it. */
  id: z.string(),
  metric: z.string(),
  entity: z.string().nullable(),
  election: z.number().int().nullable(),
  /** `result`, `forecast`, `estimate`, `historical` or `rule`: figures of different kinds never mix. */
  kind: z.string(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  precision: z.number().nonnegative(),
  unit: z.string(),
  /** The qualifier of the chosen value (final, preliminary, …). */
  qualifier: QualifierId,
  /** A snapshot's moment ("10:00", "95% counted"); the round, place and voter group the figure is for. */
  as_of: z.string().optional(),
  round: z.union([z.number().int(), z.string()]).optional(),
  place: z.string().optional(),
  group: z.string().optional(),
  status: Status,
  /** Why this value: a sentence a reader understands. */
  rule: z.string(),
  /** Supporting claim ids. */
  claims: z.array(z.string()),
  dissent: z.array(Dissent),
  /** Ids of the cross-checks that involve this figure. */
  checks: z.array(z.string()),
  /** For derived figures: the formula and its input figure ids. */
  formula: z.string().nullable().default(null),
  inputs: z.array(z.string()).default([]),
});
export type Figure = z.infer<typeof Figure>;

export const Check = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['ok', 'fails', 'skipped']),
  /** The computation with its numbers, e.g. "69 + 29 = 98". */
  detail: z.string(),
  figures: z.array(z.string()),
});
export type Check = z.infer<typeof Check>;

export const Figures = z.array(Figure);
export const Checks = z.array(Check);

/** One chart after rendering. */
export const ChartArtifact = z.object({
  /** The spec's file name without `.vl.json`; templates name charts by it. */
  id: z.string(),
  title: z.string(),
  description: z.string(),
  /** The figure ids bound into the chart. */
  figures: z.array(z.string()),
  /** The data as rows, for the accessible table beside the chart. */
  table: z.object({ columns: z.array(z.string()), rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))) }),
  svg: z.string(),
});
export type ChartArtifact = z.infer<typeof ChartArtifact>;
export const Charts = z.array(ChartArtifact);
