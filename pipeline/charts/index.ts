/**
 * Stage 4, charts: Vega-Lite specs that editors own (`templates/charts/*.vl.json`) plus the
 * reconciled figures → one `ChartArtifact` per spec: exact vector SVG, a title, a description
 * and a table generated from the data.
 *
 * ## How a spec names its data (templates/charts/README.md says the same for editors)
 *
 * A spec carries no numbers. Its `usermeta.briefing` block declares named data sources,
 * each selecting figures by id pattern (`*` stands for one part of an id: `vote_share.*`
 * matches `vote_share.amanat` but not `vote_share.amanat.forecast`); the marks read them with
 * `{"data": {"name": "<source>"}}`. The pipeline fills each source with rows:
 *
 *   rows "figures" (one row per figure): id, metric, metricLabel, entity, name, entityKind,
 *     kind, election, value, low, high, at (the value, else the stated bound), text (the value
 *     as the briefing writes it), note (said of a derived figure), status, qualifier, unit,
 *     sources (how many articles), color (from the theme), series, label, figureLabel, order,
 *     asOf (a snapshot's moment, for a timeline)
 *   rows "claims" (one row per distinct value the articles state for a figure): figure,
 *     figureLabel, metricLabel, entity, name, source (the sources stating it, "A, B and C",
 *     or "A, B, C and N others"), sourceId, sources (how many), claim, value, low, high, at,
 *     text, qualifier, unit, role ("used" for the value the briefing uses, else "claim"),
 *     chosen (it supports the value used), status, used (the value used, as written), color,
 *     label, order
 *
 * The description (alt text and caption detail) and the accessible table are built from the
 * same rows, so they always say what the chart shows.
 *
 * ## Checks (each fails the build with file:line:column and what to do)
 * bad JSON; a chart id unfit for HTML; missing or malformed `usermeta.briefing`; a figure id
 * that does not exist (or a source whose patterns match nothing, unless it is `optional`);
 * data the spec uses but does not declare; data typed into the spec (`values`, `url`,
 * `datasets`, a number as `datum` or in a scale domain); a digit typed in text a reader sees
 * (title, label and lead templates, table headings, axis titles, text values); a field the
 * rows do not have; an unknown mark or field type (from Vega-Lite's JSON schema); an
 * expression that does not parse; anything Vega-Lite rejects or warns about (but for a short
 * list of warnings that change nothing), or Vega rejects.
 *
 * ## Rendering
 * Vega-Lite compiles the spec; Vega renders it headless (`renderer: 'none'`, `toSVG()`), with
 * text measured from Inter's font files (measure.ts), so labels are never cut and layout
 * matches the browser. Element ids in the SVG are renamed `<chart id>-<n>` in order of
 * appearance, so several charts can sit in one page and the bytes depend only on the inputs.
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { createHash } from 'node:crypto';
import { keepCharts, keepsRenderedCharts, keptChart, type KeptChart } from './keep.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseDocument } from 'yaml';
import { z } from 'zod';
import { closest, distance } from 'fastest-levenshtein';
import { PipelineError, diagnostic, lineColumn, type Diagnostic, type Place } from '../shared/errors.ts';
import { FONT_STACK } from '../shared/fonts.ts';
import type { Lexicon } from '../shared/lexicon.ts';
import { useFontMetrics, type VegaTextMetrics } from './measure.ts';
import { collisions, sceneShapes, type Collision } from './collisions.ts';
import { patternRegex } from './pattern.ts';
import { hasRank, rankings, resolveFigureId, type Rankings } from '../shared/rank.ts';
import { chartId } from '../shared/placed.ts';
import * as msg from '../shared/messages.ts';
import { formatValue } from '../shared/format.ts';
import { smarten } from '../shared/typography.ts';
import type { ChartArtifact, Check, Claim, Corpus, Figure } from '../shared/schema.ts';
import { escapeRegex } from '../shared/regex.ts';

// ── the binding an editor writes ──────────────────────────────────────────────────────────

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const DataBinding = z
  .object({
    /** Figure ids or patterns; `*` stands for one part of an id (no dots); `@1`, `@1-3`, `@*` for entities by rank (shared/rank.ts). */
    figures: z.array(z.string().regex(/^[A-Za-z0-9_*@~-]+(\.[A-Za-z0-9_*@~-]+)*$/, 'a figure id or pattern such as vote_share.* or vote_share.@1')).min(1),
    /** One row per figure, or one row per distinct value the articles state for a figure. */
    rows: z.enum(['figures', 'claims']).default('figures'),
    /** Keep only figures of these kinds (result, forecast, estimate, historical, rule, stage, snapshot, latest); without it, every kind but `latest`. */
    kind: oneOrMany.optional(),
    /** Keep only figures whose entity is of these lexicon kinds (party, place, group). */
    entityKind: oneOrMany.optional(),
    /** Keep only figures the sources disagree about. */
    contested: z.boolean().default(false),
    /** Keep only figures with a value (or a range). */
    valued: z.boolean().default(true),
    /** Keep only figures the articles state more than one value for (agreeing or not). */
    differ: z.boolean().default(false),
    /** For each metric and entity, keep only the figure of the first pattern that matches. */
    firstMatch: z.boolean().default(false),
    /** Keep only figures that have a partner in this other data source ... */
    with: z.string().optional(),
    /**
     * Keep only figures that have no partner in this other data source (by `by`, as `with`): a
     * party's total where no source splits it. A source left empty by it is a chart without its
     * data (an error, unless `optional`; the chart is then left out where the template places it
     * in an `:::optional` passage).
     */
    without: z.string().optional(),
    /** ... by entity (default) or by figure (the same metric and entity, of another kind). */
    by: z.enum(['entity', 'figure']).default('entity'),
    /** No error when nothing matches: the chart then shows this source only when it exists. */
    optional: z.boolean().default(false),
    /**
     * Row order: by id, by value, by election year, or by the entity's total over this data
     * source (its rows then stay together); "-" for descending.
     */
    sort: z.enum(['id', 'value', '-value', 'election', '-election', 'total', '-total']).default('id'),
    /** A name for each metric or kind, shown as the row's `series` ("seats_list": "Party list"). */
    series: z.record(z.string(), z.string().min(1)).default({}),
    /** The row's `label`, from fields in braces: "{name}", "{name} {election}". */
    label: z.string().min(1).default('{name}'),
    /** Words before this source's rows in the description, from the first row's fields: "{metricLabel} of {name}". */
    lead: z.string().min(1).optional(),
  })
  .strict();
export type DataBinding = z.infer<typeof DataBinding>;

export const ChartBinding = z
  .object({
    title: z.string().min(1),
    data: z.record(z.string().regex(NAME, 'a name of letters, digits, _ and -'), DataBinding).refine((d) => Object.keys(d).length > 0, 'declare at least one data source'),
    /** The data behind the chart as a table: which source, and which fields under which headings. */
    table: z
      .object({
        data: z.string(),
        columns: z.array(z.object({ field: z.string(), title: z.string().min(1) }).strict()).min(1),
      })
      .strict()
      .optional(),
    /** The data sources the description reads, in order (all of them when not given). */
    describe: z.array(z.string()).optional(),
  })
  .strict();
export type ChartBinding = z.infer<typeof ChartBinding>;

export const ChartTheme = z
  .object({
    /** Entity id (or series name) to a CSS color; `default` for anything else. */
    colors: z.record(z.string(), z.string().min(1)).default({}),
    /** A Vega-Lite config shared by every chart (a spec's own config wins). */
    config: z.record(z.string(), z.unknown()).default({}),
    /**
     * The colours of the entities `colors` gives none (and no `default` covers), in lexicon order;
     * without it, Vega's `tableau10` scheme. `[]`: those rows take the fallback grey.
     */
    palette: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type ChartTheme = z.infer<typeof ChartTheme>;

export interface ChartContext {
  figures: Figure[];
  checks: Check[];
  claims: Claim[];
  corpus: Corpus;
  lexicon: Lexicon;
}

export type Row = Record<string, string | number | boolean | null>;

export const FIGURE_FIELDS = [
  'id', 'metric', 'metricLabel', 'entity', 'name', 'entityKind', 'kind', 'election', 'value', 'low', 'high', 'at', 'text',
  'note', 'status', 'qualifier', 'unit', 'sources', 'color', 'series', 'label', 'figureLabel', 'order', 'asOf',
] as const;
export const CLAIM_FIELDS = [
  'figure', 'figureLabel', 'metric', 'metricLabel', 'entity', 'name', 'source', 'sourceId', 'sources', 'claim', 'value',
  'low', 'high', 'at', 'text', 'qualifier', 'unit', 'role', 'chosen', 'status', 'used', 'color', 'series', 'label', 'order',
] as const;

/** The fields of a row that are the editors' words (names and labels; never a source's outlet). */
const WORDS = ['name', 'label', 'figureLabel', 'metricLabel', 'series', 'note'] as const;

/** How many sources a claims row names before "and N others". */
const SOURCES_NAMED = 3;

/** The color of a row the theme gives none (a mid grey, visible on white and in print). */
const FALLBACK_COLOR = '#777777';

/** What every chart is held to, over the theme and the spec: the briefing's font, no cut labels. */
const BASE_CONFIG = {
  font: FONT_STACK,
  // The SVG is one image to assistive technology (role="img" with <title> and <desc>, and the
  // data as a table beside it): no per-mark ARIA labels (they would read "color: #1f5fa8").
  aria: false,
  axis: { labelLimit: 0, titleLimit: 0 },
  legend: { labelLimit: 0, titleLimit: 0 },
  header: { labelLimit: 0, titleLimit: 0 },
  title: { limit: 0 },
  text: { limit: 0 },
};

/**
 * Vega-Lite warnings that do not mean the chart differs from its spec; every other warning
 * (a dropped channel, an invalid type, an ignored transform, …) fails the build.
 */
const BENIGN_WARNINGS = [
  // Said for "fit-x" with a stepped height, although x is then fitted as asked.
  /^Dropping "fit-[xy]" because spec has discrete/,
  // Said for independent scales in a facet whose layers read one data source.
  /^Detected faceted independent scales that union domain of the same fields from different source/,
];

// ── locating things in the spec file ──────────────────────────────────────────────────────

type Path = (string | number)[];

class SpecFile {
  private doc: ReturnType<typeof parseDocument> | null = null;
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** The place of the value at `path` (or of its nearest existing parent). */
  at(path: Path): Place {
    this.doc ??= parseDocument(this.text, { prettyErrors: false });
    for (let n = path.length; n >= 0; n--) {
      const node = this.doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
      if (node && node.range) return { file: this.file, ...lineColumn(this.text, node.range[0]) };
    }
    return { file: this.file, line: 1, column: 1 };
  }

  /** The place of the first key (else string) equal to one of `tokens`, outside usermeta. */
  find(tokens: string[]): Place {
    const meta = this.text.indexOf('"usermeta"');
    const inMeta = (i: number) => meta !== -1 && i > meta && i < this.usermetaEnd(meta);
    for (const token of tokens) {
      for (const re of [new RegExp(`${escapeRegex(JSON.stringify(token))}\\s*:`, 'g'), new RegExp(escapeRegex(JSON.stringify(token)), 'g')]) {
        for (const m of this.text.matchAll(re)) if (!inMeta(m.index)) return { file: this.file, ...lineColumn(this.text, m.index) };
      }
    }
    return { file: this.file, line: 1, column: 1 };
  }

  private usermetaEnd(start: number): number {
    this.doc ??= parseDocument(this.text, { prettyErrors: false });
    const node = this.doc.getIn(['usermeta'], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? node.range[1] : start;
  }

  fail(place: Place, rule: string, message: string, hint: string | null): never {
    throw new PipelineError(diagnostic(place, rule, message, hint));
  }
}

function parseJson(spec: SpecFile): unknown {
  try {
    return JSON.parse(spec.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const pos = /at position (\d+)/.exec(reason);
    const place: Place = pos ? { file: spec.file, ...lineColumn(spec.text, Number(pos[1])) } : { file: spec.file };
    const short = reason.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    return spec.fail(place, 'chart-bad-json', msg.CHART_BAD_JSON(short), msg.CHART_BAD_JSON_HINT);
  }
}

function zodFail(spec: SpecFile, base: Path, error: z.ZodError, rule: string, wrap: (r: string) => string, hint: string): never {
  // An unknown key explains a missing one ("figure" for "figures"): report it first, at the key.
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys') ?? error.issues[0]!;
  const extra = issue.code === 'unrecognized_keys' ? [issue.keys[0]!] : [];
  const path = [...base, ...(issue.path as Path), ...extra];
  const shown = issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
  return spec.fail(spec.at(path), rule, wrap(shown), hint);
}

// ── selecting figures and building rows ───────────────────────────────────────────────────

/** The candidate nearest to `word`, when it is near enough to be a likely typo. */
function suggest(word: string, candidates: readonly string[]): string | null {
  if (!candidates.length) return null;
  const best = closest(word, [...candidates]);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
}

/** For a pattern that matches nothing: the nearest pattern that matches something. */
function suggestPattern(pattern: string, ids: string[]): string | null {
  const parts = pattern.split('.');
  const shapes = new Set(
    ids
      .map((id) => id.split('.'))
      .filter((segments) => segments.length === parts.length)
      .map((segments) => segments.map((seg, i) => (parts[i]!.includes('*') ? parts[i] : seg)).join('.')),
  );
  return suggest(pattern, [...shapes]);
}

const list = (v: string | string[] | undefined): string[] | null => (v === undefined ? null : Array.isArray(v) ? v : [v]);

interface Names {
  /** Every metric's ranking, for selectors by rank (`vote_share.@1`). */
  rankings: Rankings;
  entity: Map<string, { name: string; kind: string }>;
  metric: Map<string, string>;
  source: Map<string, string>;
  sourceOrder: Map<string, number>;
}

function names(ctx: ChartContext): Names {
  const entity = new Map(ctx.lexicon.entities.map((e) => [e.id, { name: e.name, kind: e.kind }]));
  const metric = new Map<string, string>();
  const metrics = (ctx.lexicon as { metrics?: unknown }).metrics;
  const entries: [string, unknown][] = Array.isArray(metrics)
    ? metrics.map((m) => [String((m as { id?: unknown }).id), m])
    : metrics && typeof metrics === 'object'
      ? Object.entries(metrics)
      : [];
  for (const [id, m] of entries) {
    const o = (m ?? {}) as { label?: unknown; name?: unknown };
    const label = typeof o.label === 'string' ? o.label : typeof o.name === 'string' ? o.name : null;
    if (label) metric.set(id, label);
  }
  const source = new Map<string, string>();
  const sourceOrder = new Map<string, number>();
  ctx.corpus.sources.forEach((s, i) => {
    source.set(s.meta.id, s.meta.outlet ?? s.meta.author ?? s.meta.title ?? s.meta.id);
    sourceOrder.set(s.meta.id, i);
  });
  return { rankings: rankings(ctx.figures, ctx.lexicon), entity, metric, source, sourceOrder };
}

/**
 * The colour of each lexicon entity the theme gives no colour: the theme's `palette` (else
 * Vega's tableau10 scheme) in lexicon order, leaving out the colours the theme already gives a
 * party, so that no two parties share one until the palette runs out (then it starts again).
 */
export function paletteColours(lexicon: Pick<Lexicon, 'entities'>, theme: ChartTheme): Map<string, string> {
  const palette = theme.palette ?? ((vega as unknown as { scheme(name: string): string[] | undefined }).scheme('tableau10') ?? []);
  const used = new Set(Object.values(theme.colors).map((c) => c.toLowerCase()));
  const free = palette.filter((c) => !used.has(c.toLowerCase()));
  const colours = free.length ? free : palette;
  const out = new Map<string, string>();
  if (!colours.length) return out;
  for (const e of lexicon.entities) if (theme.colors[e.id] === undefined) out.set(e.id, colours[out.size % colours.length]!);
  return out;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function metricLabel(n: Names, metric: string): string {
  return n.metric.get(metric) ?? capitalize(metric.replace(/_/g, ' '));
}

function figureLabel(n: Names, f: Figure): string {
  const entity = f.entity ? (n.entity.get(f.entity)?.name ?? f.entity) : null;
  const kind = f.kind !== 'result' ? ` (${f.kind === 'historical' && f.election ? f.election : f.kind})` : '';
  return `${metricLabel(n, f.metric)}${entity ? `, ${entity}` : ''}${kind}`;
}

function fillLabel(template: string, row: Row): string {
  return template
    .replace(/\{([A-Za-z]+)\}/g, (_, field: string) => (row[field] == null ? '' : String(row[field])))
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:]+|[\s,;]+$/g, '');
}

const pointValue = (f: Figure): number | null => f.value ?? f.high ?? f.low;

function sortFigures(figures: Figure[], sort: DataBinding['sort']): Figure[] {
  const key = sort.replace('-', '') as 'id' | 'value' | 'election' | 'total';
  const dir = sort.startsWith('-') ? -1 : 1;
  const totals = new Map<string | null, number>();
  for (const f of figures) totals.set(f.entity, (totals.get(f.entity) ?? 0) + (pointValue(f) ?? 0));
  const measure = (f: Figure): number | null =>
    key === 'value' ? pointValue(f) : key === 'election' ? f.election : key === 'total' ? (totals.get(f.entity) ?? null) : null;
  const byEntity = (a: Figure, b: Figure) => (key === 'total' ? String(a.entity).localeCompare(String(b.entity)) : 0);
  return [...figures].sort((a, b) => {
    const av = measure(a);
    const bv = measure(b);
    if (av !== bv) {
      if (av === null) return 1;
      if (bv === null) return -1;
      return (av - bv) * dir;
    }
    return byEntity(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** The figures a data source names, after its filters (all but `with`), in pattern order. */
function match(spec: SpecFile, name: string, b: DataBinding, ctx: ChartContext, n: Names, claimById: Map<string, Claim>, warnings?: Diagnostic[]): Figure[] {
  const byId = new Map(ctx.figures.map((f) => [f.id, f]));
  const ids = [...byId.keys()];
  const chosen = new Set<string>();
  const empty: number[] = [];
  /** Why a selector by rank found nothing (the rank does not exist), by its index. */
  const noRank = new Map<number, { message: string; hint: string }>();
  b.figures.forEach((written, i) => {
    const where = () => spec.at(['usermeta', 'briefing', 'data', name, 'figures', i]);
    // A rank (`vote_share.@1`, `seats_total.@1.*`, `vote_share.@1-3`) stands for the entities it
    // names now; a figure it names that this election lacks is no error (the spec is for any election).
    const ranked = hasRank(written);
    let patterns = [written];
    if (ranked) {
      const r = resolveFigureId(written, n.rankings, true);
      if (!r.ok) {
        if (r.reason === 'malformed') spec.fail(where(), 'chart-bad-rank', r.message, r.hint);
        noRank.set(i, { message: r.message, hint: r.hint });
        empty.push(i);
        return;
      }
      patterns = r.ids ?? [r.id];
      // One rank that is a tie: the chart shows the entity listed first in the lexicon; say so.
      for (const t of r.ties) warnings?.push(diagnostic(where(), 'rank-tie', msg.RANK_TIE(written, t.rank, t.metric, t.entity, t.tiedWith), msg.RANK_TIE_HINT, 'warning'));
    }
    let hit = false;
    for (const pattern of patterns) {
      if (!pattern.includes('*')) {
        if (byId.has(pattern)) {
          chosen.add(pattern);
          hit = true;
        } else if (!b.optional && !ranked) spec.fail(where(), 'chart-unknown-figure', msg.UNKNOWN_FIGURE(pattern), msg.UNKNOWN_FIGURE_HINT(suggest(pattern, ids)));
        continue;
      }
      const re = patternRegex(pattern);
      for (const id of ids) {
        if (!re.test(id)) continue;
        chosen.add(id);
        hit = true;
      }
    }
    if (!hit) empty.push(i);
  });
  // A pattern may match nothing when another of the same source does (a fallback pattern).
  if (!chosen.size && empty.length && !b.optional) {
    const i = empty[0]!;
    const pattern = b.figures[i]!;
    const where = spec.at(['usermeta', 'briefing', 'data', name, 'figures', i]);
    const rank = noRank.get(i);
    if (rank) spec.fail(where, 'chart-rank-missing', rank.message, rank.hint);
    spec.fail(where, 'chart-no-match', msg.CHART_NO_MATCH(pattern), msg.CHART_NO_MATCH_HINT(suggestPattern(pattern, ids)));
  }
  const kinds = list(b.kind);
  const entityKinds = list(b.entityKind);
  const stated = (f: Figure) =>
    new Set([...f.claims, ...f.dissent.flatMap((d) => d.claims)].map((id) => claimById.get(id)).filter((c) => c).map((c) => `${c!.value}|${c!.low}|${c!.high}`)).size;
  const seen = new Set<string>();
  return [...chosen]
    .map((id) => byId.get(id)!)
    // The latest snapshot of a quantity no complete count reports (kind `latest`) only where the
    // spec asks for it: a chart of results never shows a snapshot as a result.
    .filter((f) => (kinds ? kinds.includes(f.kind) : f.kind !== 'latest'))
    .filter((f) => !entityKinds || (f.entity != null && entityKinds.includes(n.entity.get(f.entity)?.kind ?? '')))
    .filter((f) => !b.contested || f.dissent.length > 0)
    .filter((f) => !b.differ || f.dissent.length > 0 || stated(f) > 1)
    .filter((f) => !b.valued || f.value != null || f.low != null || f.high != null || b.rows === 'claims')
    .filter((f) => {
      if (!b.firstMatch) return true;
      const key = `${f.metric}|${f.entity}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const pairKey = (f: Figure, by: DataBinding['by']) => (by === 'figure' ? `${f.metric}|${f.entity}` : String(f.entity));

function buildRows(b: DataBinding, matched: Figure[], ctx: ChartContext, n: Names, theme: ChartTheme, claimById: Map<string, Claim>): Row[] {
  const figures = sortFigures(matched, b.sort);
  const palette = paletteColours(ctx.lexicon, theme);
  const colorOf = (entity: string | null, series: string | null) =>
    (entity != null ? theme.colors[entity] : undefined) ??
    (series != null ? theme.colors[series] : undefined) ??
    theme.colors.default ??
    (entity != null ? palette.get(entity) : undefined) ??
    FALLBACK_COLOR;

  const base = (f: Figure) => {
    const series = b.series[f.metric] ?? b.series[f.kind] ?? (f.election != null ? b.series[String(f.election)] : undefined) ?? metricLabel(n, f.metric);
    return {
      metric: f.metric,
      metricLabel: metricLabel(n, f.metric),
      entity: f.entity,
      name: f.entity ? (n.entity.get(f.entity)?.name ?? f.entity) : metricLabel(n, f.metric),
      figureLabel: figureLabel(n, f),
      series,
      color: colorOf(f.entity, series),
    };
  };

  const rows: Row[] = [];
  if (b.rows === 'figures') {
    for (const f of figures) {
      const row: Row = {
        id: f.id,
        ...base(f),
        entityKind: f.entity ? (n.entity.get(f.entity)?.kind ?? null) : null,
        kind: f.kind,
        election: f.election,
        value: f.value,
        low: f.low,
        high: f.high,
        text: formatValue(f),
        status: f.status,
        qualifier: f.qualifier,
        unit: f.unit,
        at: f.value ?? f.low ?? f.high,
        note: f.status === 'derived' ? msg.CHART_NOTE_DERIVED : null,
        sources: new Set(f.claims.map((c) => claimById.get(c)?.source ?? c)).size,
        order: rows.length,
        // A snapshot's moment ("10:00", "95% counted"): the x of a timeline.
        asOf: f.as_of ?? null,
      };
      row.label = fillLabel(b.label, row);
      rows.push(row);
    }
  } else {
    // One row per distinct value stated for a figure, naming every source that states it:
    // a reader sees the spread, and the rows stay few however many articles there are.
    for (const f of figures) {
      const ids = [...new Set([...f.claims, ...f.dissent.flatMap((d) => d.claims)])];
      const claims = ids
        .map((id) => claimById.get(id))
        .filter((c): c is Claim => c !== undefined)
        .sort((a, c) => (n.sourceOrder.get(a.source) ?? 0) - (n.sourceOrder.get(c.source) ?? 0) || (a.id < c.id ? -1 : 1));
      const groups = new Map<string, Claim[]>();
      for (const c of claims) {
        const key = `${c.value}|${c.low}|${c.high}|${c.bound}`;
        groups.set(key, [...(groups.get(key) ?? []), c]);
      }
      const usedKey = `${f.value}|${f.low}|${f.high}`;
      for (const group of groups.values()) {
        const c = group[0]!;
        const sources = [...new Set(group.map((x) => x.source))];
        // An outlet named once, with how many of its articles say it (copies of one article).
        const perName = new Map<string, number>();
        for (const id of sources) perName.set(n.source.get(id) ?? id, (perName.get(n.source.get(id) ?? id) ?? 0) + 1);
        const names = [...perName].map(([name, k]) => (k > 1 ? msg.CHART_SOURCE_ARTICLES(name, k) : name));
        const row: Row = {
          figure: f.id,
          ...base(f),
          source: msg.CHART_SOURCE_LIST(names.slice(0, SOURCES_NAMED), Math.max(0, names.length - SOURCES_NAMED)),
          sourceId: c.source,
          sources: sources.length,
          claim: c.id,
          value: c.value,
          low: c.low,
          high: c.high,
          at: c.value ?? c.low ?? c.high,
          text: formatValue(c),
          qualifier: [...new Set(group.map((x) => x.qualifier))].join(', '),
          unit: c.unit,
          role: f.value != null && `${c.value}|${c.low}|${c.high}` === usedKey ? 'used' : 'claim',
          chosen: f.value != null && group.some((x) => f.claims.includes(x.id)),
          status: f.status,
          used: f.value != null || f.low != null || f.high != null ? formatValue(f) : null,
          order: rows.length,
        };
        row.label = fillLabel(b.label, row);
        rows.push(row);
      }
    }
  }
  // The editors' words get typographic apostrophes and quotes, as in the text ("People’s Party").
  return rows.map((r) => {
    for (const k of WORDS) if (typeof r[k] === 'string') r[k] = smarten(r[k]);
    return r;
  });
}

// ── checking the Vega-Lite part of the spec ───────────────────────────────────────────────

/** Mark types and field types, from Vega-Lite's own JSON schema (clear errors before compiling). */
const VL_ENUMS = (() => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8')) as {
    definitions: Record<string, { enum?: string[]; const?: string; anyOf?: { $ref: string }[] }>;
  };
  const d = schema.definitions;
  const composite = (d.CompositeMark?.anyOf ?? []).map((r) => d[r.$ref.split('/').pop()!]?.const).filter((c): c is string => !!c);
  return { marks: [...(d.Mark?.enum ?? []), ...composite], types: d.Type?.enum ?? [] };
})();

interface Walked {
  dataNames: { name: string; path: Path }[];
  fields: { field: string; path: Path }[];
  defined: Set<string>;
  typed: { key: string; path: Path }[];
  typedText: { text: string; path: Path }[];
  bad: { what: string; value: string; known: string[]; path: Path }[];
  expressions: { expr: string; path: Path }[];
  /** What would load or link something outside the briefing: an image mark, a url or href, an address. */
  unsafe: { what: string; path: Path }[];
  tooLarge: { key: string; value: number; path: Path }[];
}

/**
 * Sizes in pixels (or a band's step): Vega's time and memory grow with them. Also the config's
 * sizes of a part (`labelFontSize`, `titlePadding`, `symbolStrokeWidth`, `discreteHeight`).
 */
const SIZE_KEY = /^(?:width|height|step|strokeWidth|fontSize|padding)$|[a-z](?:FontSize|StrokeWidth|Padding|Width|Height)$/;
/** The largest size a chart may ask for: several times a printed page's width (about 700 px). */
export const MAX_CHART_SIZE = 4000;

/** Encoding channels and mark properties that load or link an address. */
/** A CSS paint or style that loads an address ("url(file:…)"); "url(#gradient)" stays inside the SVG. */
const CSS_URL = /url\(\s*['"]?\s*(?!#)/i;
const ADDRESS_KEYS = new Set(['url', 'href']);
/** A string that is an address outside the briefing (a scheme, or a protocol-relative path). */
const ADDRESS = /^\s*(?:(?:javascript|vbscript|data|file|blob|filesystem|about|mailto|ftp|https?):|[a-z][a-z0-9+.-]*:\/\/|\/\/)/i;

/** Properties whose string value is a Vega expression. */
const EXPRESSION_KEYS = new Set(['calculate', 'filter', 'expr', 'test', 'labelExpr']);
/** Properties whose numbers are in data space: typed there, a number would be a figure. */
const DATA_SPACE_KEYS = new Set(['datum', 'domain', 'domainMin', 'domainMax', 'domainMid']);
/** Properties whose text a reader sees (`value` only as a text channel's): a digit there is a typed number. */
const SHOWN_TEXT_KEYS = new Set(['title', 'subtitle', 'text', 'value']);
const hasNumber = (v: unknown): boolean => typeof v === 'number' || (Array.isArray(v) && v.some(hasNumber));

function walk(value: unknown, path: Path, out: Walked): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => walk(v, [...path, i], out));
    return;
  }
  if (!value || typeof value !== 'object') return;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (path.length === 0 && key === 'usermeta') continue;
    const here = [...path, key];
    if (key === 'datasets' && path.length === 0) out.typed.push({ key, path: here });
    if (key === 'data' && v && typeof v === 'object' && !Array.isArray(v)) {
      const d = v as Record<string, unknown>;
      if (typeof d.name === 'string') out.dataNames.push({ name: d.name, path: [...here, 'name'] });
      for (const k of ['values', 'url', 'sequence', 'graticule', 'sphere']) if (k in d) out.typed.push({ key: k, path: [...here, k] });
    }
    if (key === 'field' && typeof v === 'string') out.fields.push({ field: v, path: here });
    if (EXPRESSION_KEYS.has(key) && typeof v === 'string') out.expressions.push({ expr: v, path: here });
    if (DATA_SPACE_KEYS.has(key) && hasNumber(v)) out.typed.push({ key, path: here });
    const shown = SHOWN_TEXT_KEYS.has(key) && (key !== 'value' || path[path.length - 1] === 'text');
    if (shown && typeof v === 'string' && /\d/.test(v)) out.typedText.push({ text: v, path: here });
    if (SIZE_KEY.test(key)) {
      const n = typeof v === 'number' ? v : v && typeof v === 'object' && typeof (v as { step?: unknown }).step === 'number' ? (v as { step: number }).step : null;
      if (n !== null && !(n <= MAX_CHART_SIZE)) out.tooLarge.push({ key, value: n, path: here });
    }
    if (ADDRESS_KEYS.has(key)) out.unsafe.push({ what: msg.CHART_UNSAFE_KEY(key), path: here });
    else if (typeof v === 'string' && key !== '$schema' && (ADDRESS.test(v) || CSS_URL.test(v)) && !EXPRESSION_KEYS.has(key)) out.unsafe.push({ what: msg.CHART_UNSAFE_ADDRESS(v.trim().slice(0, 60)), path: here });
    if (key === 'mark') {
      const type = typeof v === 'string' ? v : v && typeof v === 'object' ? (v as { type?: unknown }).type : undefined;
      if (type === 'image') out.unsafe.push({ what: msg.CHART_UNSAFE_IMAGE, path: typeof v === 'string' ? here : [...here, 'type'] });
      else if (typeof type === 'string' && !VL_ENUMS.marks.includes(type)) {
        out.bad.push({ what: 'mark', value: type, known: VL_ENUMS.marks, path: typeof v === 'string' ? here : [...here, 'type'] });
      }
    }
    if (key === 'type' && typeof v === 'string' && 'field' in (value as object) && !VL_ENUMS.types.includes(v)) {
      out.bad.push({ what: 'field type', value: v, known: VL_ENUMS.types, path: here });
    }
    if (key === 'as') {
      for (const a of Array.isArray(v) ? v : [v]) if (typeof a === 'string') out.defined.add(a);
    }
    walk(v, here, out);
  }
}

// ── rendering ─────────────────────────────────────────────────────────────────────────────

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Renames every id in the SVG to `<prefix>-<n>` in order of appearance, and its references. */
function renameIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(m[1]!)) ids.set(m[1]!, `${prefix}-${ids.size + 1}`);
  if (!ids.size) return svg;
  return svg
    .replace(/\sid="([^"]+)"/g, (all, id: string) => ` id="${ids.get(id) ?? id}"`)
    .replace(/url\(#([^)]+)\)/g, (all, id: string) => `url(#${ids.get(id) ?? id})`)
    .replace(/href="#([^"]+)"/g, (all, id: string) => `href="#${ids.get(id) ?? id}"`);
}

function accessible(svg: string, id: string, title: string, description: string): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) return svg;
  const tag = open[0].replace(/^<svg\b/, `<svg role="img" aria-labelledby="${id}-title ${id}-desc"`);
  const head = `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(description)}</desc>`;
  return tag + head + svg.slice(open[0].length);
}

function describe(binding: ChartBinding, data: Map<string, { b: DataBinding; rows: Row[] }>): string {
  const order = binding.describe ?? [...data.keys()];
  const sentences: string[] = [];
  for (const name of order) {
    const d = data.get(name);
    if (!d || !d.rows.length) continue;
    if (d.b.rows === 'figures') {
      const items = d.rows.map((r) => msg.CHART_DESC_ITEM(String(r.label), r.note ? `${r.text} (${r.note})` : String(r.text))).join(', ');
      sentences.push(d.b.lead ? msg.CHART_DESC_LEAD(fillLabel(d.b.lead, d.rows[0]!), items) : `${items}.`);
    } else {
      const byFigure = new Map<string, Row[]>();
      for (const r of d.rows) byFigure.set(String(r.figure), [...(byFigure.get(String(r.figure)) ?? []), r]);
      for (const rows of byFigure.values()) {
        const values = rows.map((r) => msg.CHART_DESC_STATED(String(r.text), String(r.source)));
        const used = rows[0]!.used;
        sentences.push(msg.CHART_DESC_SOURCES(String(rows[0]!.figureLabel), values, used == null ? null : String(used)));
      }
    }
  }
  return sentences.length ? sentences.join(' ') : msg.CHART_DESC_EMPTY;
}

function table(binding: ChartBinding, data: Map<string, { b: DataBinding; rows: Row[] }>): ChartArtifact['table'] {
  const name = binding.table?.data ?? [...data.keys()][0]!;
  const d = data.get(name)!;
  const columns =
    binding.table?.columns ??
    (d.b.rows === 'claims'
      ? [
          { field: 'figureLabel', title: msg.CHART_TABLE_FIGURE },
          { field: 'source', title: msg.CHART_TABLE_SOURCE },
          { field: 'text', title: msg.CHART_TABLE_VALUE },
        ]
      : [
          { field: 'label', title: msg.CHART_TABLE_ITEM },
          { field: 'text', title: msg.CHART_TABLE_VALUE },
        ]);
  const cell = (v: Row[string] | undefined) => (v === undefined || v === null ? null : typeof v === 'boolean' ? (v ? 'yes' : 'no') : v);
  return { columns: columns.map((c) => c.title), rows: d.rows.map((r) => columns.map((c) => cell(r[c.field]))) };
}

function mergeConfig(...configs: Record<string, unknown>[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const config of configs) {
    for (const [k, v] of Object.entries(config)) {
      const prev = out[k];
      out[k] =
        v && typeof v === 'object' && !Array.isArray(v) && prev && typeof prev === 'object' && !Array.isArray(prev)
          ? mergeConfig(prev as Record<string, unknown>, v as Record<string, unknown>)
          : v;
    }
  }
  return out;
}

/** What `walk` finds in a spec (or a theme's config), failing first on an address or a size past the limit. */
function walkSpec(spec: SpecFile, json: unknown): Walked {
  const walked: Walked = { dataNames: [], fields: [], defined: new Set(), typed: [], typedText: [], bad: [], expressions: [], unsafe: [], tooLarge: [] };
  walk(json, [], walked);
  for (const t of walked.tooLarge) spec.fail(spec.at(t.path), 'chart-too-large', msg.CHART_TOO_LARGE(t.key, t.value, MAX_CHART_SIZE), msg.CHART_TOO_LARGE_HINT);
  for (const u of walked.unsafe) spec.fail(spec.at(u.path), 'chart-unsafe', msg.CHART_UNSAFE(u.what), msg.CHART_UNSAFE_HINT);
  return walked;
}

export function parseTheme(theme: { file: string; text: string } | undefined): ChartTheme {
  if (!theme) return ChartTheme.parse({});
  const spec = new SpecFile(theme.file, theme.text);
  const json = parseJson(spec);
  const parsed = ChartTheme.safeParse(json);
  if (!parsed.success) zodFail(spec, [], parsed.error, 'chart-bad-theme', msg.CHART_BAD_THEME, msg.CHART_BAD_THEME_HINT);
  // The theme's config is held to what a spec is: no address, no size past the limit.
  walkSpec(spec, json);
  return parsed.data;
}

export { chartId };

/**
 * A collision in a chart as a warning on its spec file, at what to move: the text channel (or
 * text mark) for labels that overlap, the rule mark for a rule through a label.
 */
function layoutWarning(spec: SpecFile, id: string, c: Collision): Diagnostic {
  const message = c.kind === 'labels' ? msg.LAYOUT_LABELS_OVERLAP(id, c.a, c.b) : msg.LAYOUT_RULE_CROSSES_LABEL(id, c.a);
  return diagnostic(spec.find(c.kind === 'labels' ? ['text'] : ['rule']), 'layout-chart', message, msg.LAYOUT_CHART_HINT, 'warning');
}

async function renderOne(
  file: string,
  text: string,
  ctx: ChartContext,
  n: Names,
  theme: ChartTheme,
  warnings?: Diagnostic[],
): Promise<ChartArtifact> {
  const spec = new SpecFile(file, text);
  const id = chartId(file);
  const json = parseJson(spec);
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return spec.fail({ file, line: 1, column: 1 }, 'chart-invalid', msg.CHART_INVALID_VEGA_LITE(msg.CHART_NOT_OBJECT), msg.CHART_INVALID_VEGA_LITE_HINT);
  }
  const vlSpec = json as Record<string, unknown>;
  const usermeta = vlSpec.usermeta as Record<string, unknown> | undefined;
  if (!usermeta || typeof usermeta !== 'object' || !('briefing' in usermeta)) {
    return spec.fail(spec.at(['usermeta']), 'chart-no-binding', msg.CHART_NO_BINDING, msg.CHART_HINT_README);
  }
  const parsed = ChartBinding.safeParse(usermeta.briefing);
  if (!parsed.success) zodFail(spec, ['usermeta', 'briefing'], parsed.error, 'chart-bad-binding', msg.CHART_BAD_BINDING, msg.CHART_HINT_README);
  const binding = parsed.data;
  const typedIn = (text: string, path: Path) => {
    if (/\d/.test(text)) spec.fail(spec.at(path), 'chart-typed-number', msg.CHART_TYPED_NUMBER(text), msg.CHART_TYPED_NUMBER_HINT);
  };
  typedIn(binding.title, ['usermeta', 'briefing', 'title']);
  binding.table?.columns.forEach((c, i) => typedIn(c.title, ['usermeta', 'briefing', 'table', 'columns', i, 'title']));

  // Label templates: fields only, no typed numbers.
  for (const [name, b] of Object.entries(binding.data)) {
    const fields = b.rows === 'claims' ? CLAIM_FIELDS : FIGURE_FIELDS;
    for (const key of ['label', 'lead'] as const) {
      const template = b[key];
      if (template === undefined) continue;
      const where = () => spec.at(['usermeta', 'briefing', 'data', name, key]);
      if (/\d/.test(template.replace(/\{[^}]*\}/g, ''))) spec.fail(where(), 'chart-typed-number', msg.CHART_TYPED_NUMBER(template), msg.CHART_TYPED_NUMBER_HINT);
      for (const m of template.matchAll(/\{([^}]*)\}/g)) {
        if (!(fields as readonly string[]).includes(m[1]!) || m[1] === 'label') {
          spec.fail(where(), 'chart-unknown-field', msg.CHART_UNKNOWN_FIELD(m[1]!), msg.CHART_UNKNOWN_FIELD_HINT(suggest(m[1]!, fields), [...fields]));
        }
      }
    }
  }
  const declared = Object.keys(binding.data);
  const checkName = (name: string, path: Path) => {
    if (!declared.includes(name)) spec.fail(spec.at(path), 'chart-unknown-data', msg.CHART_UNKNOWN_DATA(name), msg.CHART_UNKNOWN_DATA_HINT(declared));
  };
  if (binding.table) checkName(binding.table.data, ['usermeta', 'briefing', 'table', 'data']);
  binding.describe?.forEach((name, i) => checkName(name, ['usermeta', 'briefing', 'describe', i]));

  // The Vega-Lite part: declared data only, no typed data, known fields.
  const walked = walkSpec(spec, vlSpec);
  for (const e of walked.expressions) {
    try {
      vega.parseExpression(e.expr);
    } catch (error) {
      const reason = msg.CHART_BAD_EXPRESSION(e.expr, error instanceof Error ? error.message : String(error));
      spec.fail(spec.at(e.path), 'chart-invalid', msg.CHART_INVALID_VEGA_LITE(reason), msg.CHART_BAD_EXPRESSION_HINT);
    }
  }
  for (const b of walked.bad) {
    spec.fail(spec.at(b.path), 'chart-invalid', msg.CHART_INVALID_VEGA_LITE(msg.CHART_UNKNOWN_VALUE(b.what, b.value)), msg.CHART_UNKNOWN_VALUE_HINT(suggest(b.value, b.known), b.known));
  }
  for (const t of walked.typed) spec.fail(spec.at(t.path), 'chart-typed-data', msg.CHART_TYPED_DATA(t.key), msg.CHART_TYPED_DATA_HINT);
  for (const t of walked.typedText) spec.fail(spec.at(t.path), 'chart-typed-number', msg.CHART_TYPED_NUMBER(t.text), msg.CHART_TYPED_NUMBER_HINT);
  for (const d of walked.dataNames) checkName(d.name, d.path);
  const usesClaims = Object.values(binding.data).some((b) => b.rows === 'claims');
  const usesFigures = Object.values(binding.data).some((b) => b.rows === 'figures');
  const known = [...new Set([...(usesFigures ? FIGURE_FIELDS : []), ...(usesClaims ? CLAIM_FIELDS : []), ...walked.defined])];
  for (const f of walked.fields) {
    const base = f.field.split(/(?<!\\)\./)[0]!.replace(/\\/g, '');
    if (!known.includes(base)) {
      spec.fail(spec.at(f.path), 'chart-unknown-field', msg.CHART_UNKNOWN_FIELD(f.field), msg.CHART_UNKNOWN_FIELD_HINT(suggest(base, known), known.filter((k) => !walked.defined.has(k))));
    }
  }
  if (binding.table) {
    const tb = binding.data[binding.table.data]!;
    const fields: readonly string[] = tb.rows === 'claims' ? CLAIM_FIELDS : FIGURE_FIELDS;
    binding.table.columns.forEach((c, i) => {
      if (!fields.includes(c.field)) {
        spec.fail(spec.at(['usermeta', 'briefing', 'table', 'columns', i, 'field']), 'chart-unknown-field', msg.CHART_UNKNOWN_FIELD(c.field), msg.CHART_UNKNOWN_FIELD_HINT(suggest(c.field, fields), [...fields]));
      }
    });
  }

  // The data.
  const claimById = new Map(ctx.claims.map((c) => [c.id, c]));
  const matched = new Map<string, Figure[]>();
  for (const [name, b] of Object.entries(binding.data)) matched.set(name, match(spec, name, b, ctx, n, claimById, warnings));
  const data = new Map<string, { b: DataBinding; rows: Row[] }>();
  const figureIds = new Set<string>();
  for (const [name, b] of Object.entries(binding.data)) {
    let figures = matched.get(name)!;
    if (b.with !== undefined) {
      const partner = matched.get(b.with);
      if (!partner || b.with === name) {
        spec.fail(spec.at(['usermeta', 'briefing', 'data', name, 'with']), 'chart-unknown-data', msg.CHART_UNKNOWN_DATA(b.with), msg.CHART_UNKNOWN_DATA_HINT(declared.filter((d) => d !== name)));
      }
      const keys = new Set(partner!.map((f) => pairKey(f, b.by)));
      figures = figures.filter((f) => keys.has(pairKey(f, b.by)));
    }
    if (b.without !== undefined) {
      const partner = matched.get(b.without);
      const at = spec.at(['usermeta', 'briefing', 'data', name, 'without']);
      if (!partner || b.without === name) spec.fail(at, 'chart-unknown-data', msg.CHART_UNKNOWN_DATA(b.without), msg.CHART_UNKNOWN_DATA_HINT(declared.filter((d) => d !== name)));
      const keys = new Set(partner!.map((f) => pairKey(f, b.by)));
      figures = figures.filter((f) => !keys.has(pairKey(f, b.by)));
      if (!figures.length && !b.optional) spec.fail(at, 'chart-no-match', msg.CHART_NONE_WITHOUT(b.figures[0]!, b.without), msg.CHART_NONE_WITHOUT_HINT);
    }
    data.set(name, { b, rows: buildRows(b, figures, ctx, n, theme, claimById) });
    for (const f of figures) figureIds.add(f.id);
  }
  const description = describe(binding, data);

  // Compile and render.
  const withData = {
    ...vlSpec,
    // The font and the no-cut rule hold whatever the spec's own config says.
    config: mergeConfig((vlSpec.config ?? {}) as Record<string, unknown>, BASE_CONFIG),
    datasets: Object.fromEntries([...data].map(([name, d]) => [name, d.rows])),
  };
  delete (withData as Record<string, unknown>).usermeta;
  markColoursWin(withData);
  const problems: string[] = [];
  const logger = {
    level() {
      return logger;
    },
    error: (...args: unknown[]) => void problems.push(args.map(String).join(' ')),
    warn: (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!BENIGN_WARNINGS.some((re) => re.test(text))) problems.push(text);
    },
    info: () => logger,
    debug: () => logger,
  };
  const invalid = (reason: string): never => {
    // Point at the first name the message quotes ("channel "x""), leaving out quoted JSON.
    const quoted = [...reason.replace(/\{[^{}]*\}/g, '').matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
    return spec.fail(spec.find(quoted), 'chart-invalid', msg.CHART_INVALID_VEGA_LITE(reason), msg.CHART_INVALID_VEGA_LITE_HINT);
  };
  let svg: string;
  try {
    const config = mergeConfig(theme.config, BASE_CONFIG);
    const compiled = vl.compile(withData as unknown as vl.TopLevelSpec, { config: config as vl.Config, logger: logger as never });
    if (problems.length) invalid(problems[0]!);
    // Vega's own warnings at run time are about the data (an empty extent when no source
    // gives a range), not the spec: only its errors fail the build.
    const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', logLevel: vega.Error, logger: { ...logger, warn: () => logger } as never });
    await view.runAsync();
    if (problems.length) invalid(problems[0]!);
    for (const c of collisions(sceneShapes((view.scenegraph() as unknown as { root: unknown }).root))) warnings?.push(layoutWarning(spec, id, c));
    svg = await view.toSVG();
    view.finalize();
  } catch (error) {
    if (error instanceof PipelineError) throw error;
    return invalid(error instanceof Error ? error.message : String(error));
  }
  svg = accessible(renameIds(svg, `chart-${id}`), `chart-${id}`, binding.title, description);
  return { id, title: binding.title, description, figures: [...figureIds].sort(), table: table(binding, data), svg };
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A colour written on a mark (`"mark": { "type": "bar", "color": "#c00" }`) wins over the
 * theme's party colours: in Vega-Lite an encoding beats a mark property, so a mark that also
 * gets `"color": { "field": "color", … }` (the theme's colour of each row), itself or from
 * the layer around it, would silently take the party colours. Such a mark gets its colour as
 * an encoding value instead (`"color": { "value": "#c00" }`), which wins. Changes `spec` in
 * place (a copy made for the compile); a colour encoding on another field is Vega-Lite's to
 * decide, as written.
 */
export function markColoursWin(spec: Node, inherited?: unknown): void {
  const own = isNode(spec.encoding) ? spec.encoding.color : undefined;
  const colour = own ?? inherited;
  if (spec.mark !== undefined && isNode(spec.mark) && typeof spec.mark.color === 'string' && isNode(colour) && colour.field === 'color') {
    spec.encoding = { ...(isNode(spec.encoding) ? spec.encoding : {}), color: { value: spec.mark.color } };
  }
  if (Array.isArray(spec.layer)) for (const child of spec.layer) if (isNode(child)) markColoursWin(child, colour);
  for (const key of ['spec', 'concat', 'hconcat', 'vconcat'] as const) {
    const value = spec[key];
    for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) markColoursWin(child);
  }
}

export { keepRenderedCharts, keepsRenderedCharts } from './keep.ts';

/** The errors that say a chart's data is missing from this election (not that its spec is wrong). */
const DATA_MISSING: readonly string[] = ['chart-no-match', 'chart-unknown-figure', 'chart-rank-missing'];

/**
 * Renders every chart spec (sorted by file) against the figures. `theme` is the optional
 * shared file of party colors and Vega-Lite config (templates/charts/theme.json).
 */
export async function renderCharts(
  specs: { file: string; text: string }[],
  ctx: ChartContext,
  theme?: { file: string; text: string },
  /** Receives the layout check's warnings: labels that overlap each other or a rule line. */
  warnings?: Diagnostic[],
  /** A digest of everything in `ctx` (the stage hashes the data files' bytes); without one nothing is kept. */
  dataKey?: string,
  /**
   * Charts the template places only inside `:::optional` passages: one whose data this election
   * lacks (no figure matches, a rank that does not exist) is left out, and render leaves out its passage.
   */
  optional?: ReadonlySet<string>,
): Promise<ChartArtifact[]> {
  useFontMetrics((vega as unknown as { textMetrics: VegaTextMetrics }).textMetrics);
  const n = names(ctx);
  const t = parseTheme(theme);
  const out: ChartArtifact[] = [];
  const seen = new Map<string, string>();
  const keys = new Map<string, KeptChart>();
  for (const s of [...specs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const id = chartId(s.file);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      throw new PipelineError(diagnostic({ file: s.file }, 'chart-bad-id', msg.CHART_BAD_ID(id), msg.CHART_BAD_ID_HINT));
    }
    if (seen.has(id)) throw new PipelineError(diagnostic({ file: s.file }, 'chart-duplicate-id', msg.CHART_DUPLICATE_ID(id), msg.CHART_DUPLICATE_ID_HINT));
    seen.set(id, s.file);
    const key = keepsRenderedCharts() && dataKey !== undefined ? createHash('sha256').update(`${s.file}\0${s.text}\0${theme?.file ?? ''}\0${theme?.text ?? ''}\0${dataKey}`).digest('hex') : null;
    let done = key !== null ? keptChart(key) : undefined;
    if (!done) {
      const own: Diagnostic[] = [];
      try {
        done = { chart: await renderOne(s.file, s.text, ctx, n, t, own), warnings: own };
      } catch (error) {
        if (optional?.has(id) && error instanceof PipelineError && error.diagnostics.every((d) => DATA_MISSING.includes(d.ruleId))) continue;
        throw error;
      }
    }
    if (key !== null) keys.set(key, done);
    warnings?.push(...done.warnings);
    out.push(done.chart);
  }
  if (dataKey !== undefined) keepCharts(keys, dataKey);
  return out;
}
