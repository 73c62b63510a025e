/**
 * What changed since the last published briefing: sources added, removed or edited, figures
 * that changed value or status (with why), conflicts opened or resolved, cross-checks whose
 * outcome changed, and settings or templates edited.
 *
 * ## What a publication keeps: the snapshot
 *
 * `snapshot(figures, claims, corpus, checks, inputs)` condenses a build into what a later
 * build compares with:
 * - every source: id, file, sha256 of the file, of its text and of its front matter, title,
 *   and the name the briefing gives it;
 * - every figure: value, bounds, precision, unit, qualifier, status, rule, its value as a
 *   reader sees it, the sources that give it and those of the value used, what each source
 *   states about it, and the disagreeing values (a derived figure gets the sources of the
 *   figures it is computed from);
 * - every cross-check: title, status and detail;
 * - the sha256 of the settings and templates (lexicon, policy, templates/; the articles
 *   are covered as sources).
 * Claim ids are not kept: they are renumbered when an article is edited. `date` is the
 * latest publication date among the sources (what the briefing's `latest-source` date is);
 * `digest` is the sha256 of everything else, and names the snapshot. The changes stage
 * writes it as `output/data/snapshot.json` beside `output/data/changes.json`.
 *
 * ## Where the last publication comes from: `<out>/publish/baseline.json`
 *
 * `make publish` writes `baseline.json` into the publish folder (unhashed name, beside the
 * manifest): `nextBaseline(previous, current)`, i.e. `{ latest, before }`, the snapshot of
 * this publication and of the one before it. CI publishes that folder to Pages, so the site
 * always holds the baseline of what it shows.
 *
 * - Locally, `output/publish/baseline.json` is the one the last `make publish` wrote; no
 *   network is involved. `make clean` removes it: the next build is a first publication.
 * - In CI, a step before `make` downloads `baseline.json` from the published site into
 *   `output/publish/` (nothing is downloaded on the first publication, or without network).
 * - Tests and `make reproducible` build in fresh trees without it: a first publication.
 *
 * No file or absent site: `previous` is null and the list says "first publication". The
 * baseline is deliberately not an input of the manifest's `inputsDigest`: publishing must not
 * be triggered by the baseline alone. `parseBaseline` also reads a bare snapshot, so `diff`
 * can compare any two builds (e.g. the `data/snapshot.json` of two CI artifacts).
 *
 * ## Which publication a build is compared with (`baselineFor`)
 *
 * With the latest publication, unless this build has exactly its content (same snapshot
 * digest): then it is a rebuild of what is published, and it is compared with the
 * publication before it, as the published briefing was. So the briefing published and any
 * rebuild of it say the same, and `make publish` twice publishes the same bytes; the list
 * says so (`diffReport`; not in the briefing, whose bytes must not change when it is
 * published). Identical snapshots diff to an empty list (`diffBriefings`).
 *
 * ## Why a figure changed
 *
 * Its sources that were added or removed, and those edited so that what they state about it
 * changed; failing these, the settings or templates that changed (a policy edit that changes
 * a rule's outcome); failing these, the pipeline itself (same sources and settings).
 *
 * ## Ordering
 *
 * Sources by id, figures and conflicts by figure id, checks by id, settings by path; the
 * reasons of a figure in a fixed order (added, removed, edited), names sorted by source id.
 * Every entry has a `text` sentence (messages.ts) built from the data, for the briefing's
 * `::changes` directive, `make diff` and the CI job summary.
 */
import { z } from 'zod';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import { sha256, toJson } from '../shared/io.ts';
import * as msg from '../shared/messages.ts';
import { formatStated, sourceInfo } from '../reconcile/index.ts';
import { isoDate, QualifierId, Status, type Check, type Claim, type Corpus, type Figure } from '../shared/schema.ts';

const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortedUnique = (xs: Iterable<string>): string[] => [...new Set(xs)].sort(byString);

// ── the snapshot of a build ─────────────────────────────────────────────────────────────────

export const SnapshotSource = z.object({
  id: z.string(),
  file: z.string(),
  /** sha256 of the file, of the article text (body) and of the front matter (as parsed). */
  sha256: z.string(),
  text: z.string(),
  details: z.string(),
  title: z.string().nullable(),
  /** How the briefing names the source: outlet, else title, else its id. */
  name: z.string(),
  published: isoDate.nullable(),
});
export type SnapshotSource = z.infer<typeof SnapshotSource>;

/** A figure's value, unit, qualifier and status: what a snapshot figure and both sides of a change carry. */
const FigureValue = z.object({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  precision: z.number(),
  unit: z.string(),
  qualifier: QualifierId,
  status: Status,
});
type FigureValue = z.infer<typeof FigureValue>;
const figureValue = (f: FigureValue): FigureValue => ({
  value: f.value,
  low: f.low,
  high: f.high,
  precision: f.precision,
  unit: f.unit,
  qualifier: f.qualifier,
  status: f.status,
});

export const SnapshotFigure = z.object({
  id: z.string(),
  metric: z.string(),
  entity: z.string().nullable(),
  kind: z.string(),
  ...FigureValue.shape,
  /** The value as a reader sees it ("54.19 %", "62 to 64 seats"); `no value` for a conflict. */
  text: z.string(),
  rule: z.string(),
  /** Every source with a claim about this figure, and the sources of the value used. */
  sources: z.array(z.string()),
  supporting: z.array(z.string()),
  /** What each source states about it, as stated with its qualifier ("22 seats (preliminary)"), by source. */
  stated: z.array(z.object({ source: z.string(), claims: z.array(z.string()) })),
  /** The disagreeing values, as stated, with their sources. */
  dissent: z.array(z.object({ text: z.string(), sources: z.array(z.string()) })),
});
export type SnapshotFigure = z.infer<typeof SnapshotFigure>;

export const SnapshotCheck = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(['ok', 'fails', 'skipped']),
  detail: z.string(),
});
export type SnapshotCheck = z.infer<typeof SnapshotCheck>;

export const SnapshotInput = z.object({ path: z.string(), sha256: z.string() });
export type SnapshotInput = z.infer<typeof SnapshotInput>;

export const Snapshot = z.object({
  version: z.literal(1),
  /** sha256 of the snapshot without this field: its name. */
  digest: z.string(),
  /** The latest publication date among the sources, YYYY-MM-DD. */
  date: isoDate.nullable(),
  sources: z.array(SnapshotSource),
  figures: z.array(SnapshotFigure),
  checks: z.array(SnapshotCheck),
  /** Settings and templates (everything built from but the articles), by path. */
  inputs: z.array(SnapshotInput),
});
export type Snapshot = z.infer<typeof Snapshot>;

/** What a publication leaves for the next build: its snapshot and the one before it. */
export const Baseline = z.object({ latest: Snapshot, before: Snapshot.nullable() });
export type Baseline = z.infer<typeof Baseline>;

/** A figure's bound, from which of value, low and high it has. */
function bound(f: Pick<Figure, 'value' | 'low' | 'high'>): Claim['bound'] {
  if (f.value != null) return 'exact';
  if (f.low != null && f.high != null) return 'range';
  if (f.low != null) return 'lower-bound';
  if (f.high != null) return 'upper-bound';
  return 'exact';
}

function sourceOfClaim(id: string, claims: Map<string, Claim>): string {
  return claims.get(id)?.source ?? id.replace(/:c\d+$/, '');
}

function statedPrecision(claimIds: string[], claims: Map<string, Claim>, fallback: number): number {
  const ps = claimIds.map((id) => claims.get(id)?.precision).filter((p): p is number => p !== undefined);
  return ps.length > 0 ? Math.min(...ps) : fallback;
}

/**
 * The snapshot of a build. `inputs` are the files the briefing is built from with their
 * sha256 (stages.ts `inputFiles`); the articles among them are left out (they are sources).
 */
export function snapshot(figures: Figure[], claims: Claim[], corpus: Corpus, checks: Check[], inputs: SnapshotInput[] = []): Snapshot {
  const byId = new Map(claims.map((c) => [c.id, c]));
  const info = sourceInfo(corpus);
  const articleFiles = new Set(corpus.sources.map((s) => s.file));
  const sources = corpus.sources
    .map((s) => ({
      id: s.meta.id,
      file: s.file,
      sha256: s.sha256,
      text: sha256(s.body),
      details: sha256(toJson(s.meta)),
      title: s.meta.title,
      name: info.get(s.meta.id)?.name ?? s.meta.id,
      published: s.meta.published,
    }))
    .sort((a, b) => byString(a.id, b.id));
  const dates = sources.map((s) => s.published).filter((d): d is string => d != null).sort(byString);
  const figs = figures
    .map((f) => {
      const supporting = sortedUnique(f.claims.map((c) => sourceOfClaim(c, byId)));
      const dissent = f.dissent.map((d) => ({
        // As stated: with the precision of its most precise claim ("8.9 %", not "8.90 %").
        text: formatStated({ value: d.value, low: d.low, high: d.high, bound: bound(d), precision: statedPrecision(d.claims, byId, f.precision), unit: f.unit }),
        sources: sortedUnique(d.claims.map((c) => sourceOfClaim(c, byId))),
      }));
      const stated = new Map<string, string[]>();
      for (const id of [...f.claims, ...f.dissent.flatMap((d) => d.claims)]) {
        const c = byId.get(id);
        if (!c) continue;
        stated.set(c.source, [...(stated.get(c.source) ?? []), `${formatStated(c)} (${c.qualifier})`]);
      }
      return {
        id: f.id,
        metric: f.metric,
        entity: f.entity,
        kind: f.kind,
        ...figureValue(f),
        text: formatStated({ value: f.value, low: f.low, high: f.high, bound: bound(f), precision: f.precision, unit: f.unit }),
        rule: f.rule,
        sources: sortedUnique([...supporting, ...dissent.flatMap((d) => d.sources)]),
        supporting,
        stated: [...stated.keys()].sort(byString).map((source) => ({ source, claims: sortedUnique(stated.get(source)!) })),
        dissent,
      };
    })
    .sort((a, b) => byString(a.id, b.id));
  // A derived figure has no claims of its own: its sources are those of the figures it is computed from.
  const direct = new Map(figs.map((f) => [f.id, f]));
  for (const f of figures) {
    if (f.inputs.length === 0) continue;
    const fig = direct.get(f.id)!;
    const from = f.inputs.map((id) => direct.get(id)).filter((x) => x !== undefined);
    fig.sources = sortedUnique([...fig.sources, ...from.flatMap((x) => x.sources)]);
    fig.supporting = sortedUnique([...fig.supporting, ...from.flatMap((x) => x.supporting)]);
    const stated = new Map<string, string[]>();
    for (const x of [fig, ...from]) for (const st of x.stated) stated.set(st.source, [...(stated.get(st.source) ?? []), ...st.claims]);
    fig.stated = [...stated.keys()].sort(byString).map((source) => ({ source, claims: sortedUnique(stated.get(source)!) }));
  }
  const body = {
    version: 1 as const,
    date: dates.length > 0 ? dates[dates.length - 1]! : null,
    sources,
    figures: figs,
    checks: checks
      .map((c) => ({ id: c.id, title: c.title, status: c.status, detail: c.detail }))
      .sort((a, b) => byString(a.id, b.id)),
    inputs: inputs
      .filter((i) => !articleFiles.has(i.path))
      .map((i) => ({ path: i.path, sha256: i.sha256 }))
      .sort((a, b) => byString(a.path, b.path)),
  };
  const { version, ...rest } = body;
  return { version, digest: sha256(toJson(body)), ...rest };
}

/**
 * Reads a baseline file's text; a bare snapshot (`output/data/snapshot.json` of another build)
 * is read as a baseline with nothing before it, so `diff` can compare any two builds. A file
 * this pipeline cannot read is an error that says what to do.
 */
export function parseBaseline(file: string, text: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PipelineError(diagnostic({ file }, 'bad-baseline', msg.BAD_BASELINE((error as Error).message), msg.BAD_BASELINE_HINT));
  }
  const bare = data !== null && typeof data === 'object' && 'version' in data;
  const parsed = bare ? Snapshot.transform((latest): Baseline => ({ latest, before: null })).safeParse(data) : Baseline.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || '(top)'}: ${issue.message}` : 'unknown';
    throw new PipelineError(diagnostic({ file }, 'bad-baseline', msg.BAD_BASELINE(where), msg.BAD_BASELINE_HINT));
  }
  return parsed.data;
}

/** The baseline `make publish` leaves: this build's snapshot, and the publication before it. */
export function nextBaseline(previous: Baseline | null, current: Snapshot): Baseline {
  if (previous === null) return { latest: current, before: null };
  if (previous.latest.digest === current.digest) return previous;
  return { latest: current, before: previous.latest };
}

/** The publication a build is compared with, and whether the build is a rebuild of the latest one. */
export function baselineFor(baseline: Baseline | null, current: Snapshot): { previous: Snapshot | null; republished: boolean } {
  if (baseline === null) return { previous: null, republished: false };
  if (baseline.latest.digest === current.digest) return { previous: baseline.before, republished: true };
  return { previous: baseline.latest, republished: false };
}

// ── the change list ─────────────────────────────────────────────────────────────────────────

const Change = z.enum(['added', 'removed', 'edited']);

export const SourceChange = z.object({
  id: z.string(),
  change: Change,
  title: z.string().nullable(),
  name: z.string(),
  /** For `edited`: what changed (`text`, `details`, `file`). */
  parts: z.array(z.enum(['text', 'details', 'file'])),
  text: z.string(),
});
export type SourceChange = z.infer<typeof SourceChange>;

/** A figure's value as shown, for both sides of a change. */
export const FigureState = z.object({
  ...FigureValue.shape,
  /** "54.19 %" (the value alone), and with qualifier and status: "54.19 % (preliminary, single source)". */
  value_text: z.string(),
  text: z.string(),
  rule: z.string(),
});
export type FigureState = z.infer<typeof FigureState>;

export const Reason = z.object({
  /** `source-added`, `source-removed`, `source-edited`: those sources; `inputs`: settings edited; `pipeline`: none of these. */
  kind: z.enum(['source-added', 'source-removed', 'source-edited', 'inputs', 'pipeline']),
  /** Source ids, or paths for `inputs`. */
  items: z.array(z.string()),
  text: z.string(),
});
export type Reason = z.infer<typeof Reason>;

export const FigureChange = z.object({
  id: z.string(),
  metric: z.string(),
  entity: z.string().nullable(),
  change: z.enum(['added', 'removed', 'changed']),
  /** For `changed`: which aspects differ. */
  aspects: z.array(z.enum(['value', 'qualifier', 'status', 'sources', 'dissent'])),
  from: FigureState.nullable(),
  to: FigureState.nullable(),
  reasons: z.array(Reason),
  text: z.string(),
});
export type FigureChange = z.infer<typeof FigureChange>;

export const ConflictChange = z.object({
  figure: z.string(),
  change: z.enum(['opened', 'resolved', 'dropped']),
  text: z.string(),
});
export type ConflictChange = z.infer<typeof ConflictChange>;

export const CheckChange = z.object({
  id: z.string(),
  title: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  from: z.enum(['ok', 'fails', 'skipped']).nullable(),
  to: z.enum(['ok', 'fails', 'skipped']).nullable(),
  text: z.string(),
});
export type CheckChange = z.infer<typeof CheckChange>;

export const InputChange = z.object({ path: z.string(), change: Change, text: z.string() });
export type InputChange = z.infer<typeof InputChange>;

const Publication = z.object({ digest: z.string(), date: isoDate.nullable() });

export const Changes = z.object({
  /** The publication compared with; null on the first publication. */
  previous: Publication.nullable(),
  current: Publication,
  /**
   * @deprecated Never set: whether a build is a rebuild of the latest publication is not part
   * of the briefing (a rebuild must give the published bytes); `formatChanges` takes it as an
   * option. Kept optional only until render.ts stops reading it.
   */
  republished: z.boolean().optional(),
  first: z.boolean(),
  /** Not the first publication, and nothing changed. */
  empty: z.boolean(),
  count: z.number().int(),
  /** One line: what changed, counted ("2 sources, 1 figure changed"), or the first/empty sentence. */
  summary: z.string(),
  sources: z.array(SourceChange),
  figures: z.array(FigureChange),
  conflicts: z.array(ConflictChange),
  checks: z.array(CheckChange),
  inputs: z.array(InputChange),
});
export type Changes = z.infer<typeof Changes>;

/** A figure's side of a change; `names` names sources (a contested figure lists its values and who gives them). */
function state(f: SnapshotFigure, names: (ids: string[]) => string[]): FigureState {
  const valueText = f.status === 'conflict' ? msg.CHANGE_CONTESTED : f.text;
  const qualifier = f.qualifier === 'unspecified' ? null : f.qualifier;
  const values = f.dissent.map((d) => msg.CHANGE_VALUES(d.text, names(d.sources)));
  return {
    ...figureValue(f),
    value_text: valueText,
    text: f.status === 'conflict' ? msg.CHANGE_CONTESTED_STATE(values) : msg.CHANGE_STATE(valueText, qualifier, msg.CHANGE_STATUS[f.status] ?? f.status),
    rule: f.rule,
  };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const dissentKey = (f: SnapshotFigure) => f.dissent.map((d) => `${d.text}|${d.sources.join(',')}`).sort(byString);

/** The change list from the publication `previous` (null: none yet) to the build `current`. Pure. */
export function diffBriefings(previous: Snapshot | null, current: Snapshot): Changes {
  const currentPub = { digest: current.digest, date: current.date };
  if (previous === null) {
    return {
      previous: null,
      current: currentPub,
      first: true,
      empty: false,
      count: 0,
      summary: msg.CHANGES_FIRST,
      sources: [],
      figures: [],
      conflicts: [],
      checks: [],
      inputs: [],
    };
  }

  // Sources, by id.
  const prevSources = new Map(previous.sources.map((s) => [s.id, s]));
  const curSources = new Map(current.sources.map((s) => [s.id, s]));
  const nameOf = (id: string) => curSources.get(id)?.name ?? prevSources.get(id)?.name ?? id;
  const names = (ids: string[]) => ids.map(nameOf);
  const label = (s: SnapshotSource) => msg.CHANGE_SOURCE_LABEL(s.name, s.title);
  const added = new Set<string>();
  const removed = new Set<string>();
  const edited = new Set<string>();
  const sources: SourceChange[] = [];
  for (const id of sortedUnique([...prevSources.keys(), ...curSources.keys()])) {
    const a = prevSources.get(id);
    const b = curSources.get(id);
    if (!a && b) {
      added.add(id);
      sources.push({ id, change: 'added', title: b.title, name: b.name, parts: [], text: msg.CHANGE_SOURCE_ADDED(label(b)) });
    } else if (a && !b) {
      removed.add(id);
      sources.push({ id, change: 'removed', title: a.title, name: a.name, parts: [], text: msg.CHANGE_SOURCE_REMOVED(label(a)) });
    } else if (a && b && (a.sha256 !== b.sha256 || a.file !== b.file)) {
      edited.add(id);
      const parts: SourceChange['parts'] = [];
      if (a.text !== b.text) parts.push('text');
      if (a.details !== b.details) parts.push('details');
      if (a.file !== b.file) parts.push('file');
      const words = parts.map((p) => (p === 'text' ? msg.CHANGE_PART_TEXT : p === 'details' ? msg.CHANGE_PART_DETAILS : msg.CHANGE_PART_FILE));
      sources.push({ id, change: 'edited', title: b.title, name: b.name, parts, text: msg.CHANGE_SOURCE_EDITED(label(b), words) });
    }
  }

  // Settings and templates, by path.
  const prevInputs = new Map(previous.inputs.map((i) => [i.path, i.sha256]));
  const curInputs = new Map(current.inputs.map((i) => [i.path, i.sha256]));
  const inputs: InputChange[] = [];
  for (const path of sortedUnique([...prevInputs.keys(), ...curInputs.keys()])) {
    const a = prevInputs.get(path);
    const b = curInputs.get(path);
    const change = a === undefined ? 'added' : b === undefined ? 'removed' : a !== b ? 'edited' : null;
    if (change) inputs.push({ path, change, text: msg.CHANGE_INPUT(path, change) });
  }

  // Why a figure changed: its sources that were added or removed, or edited so that what they
  // state about it changed; else the settings; else the pipeline.
  const statedBy = (f: SnapshotFigure | undefined, source: string) => f?.stated.find((x) => x.source === source)?.claims ?? [];
  const reasons = (before: SnapshotFigure | undefined, after: SnapshotFigure | undefined): Reason[] => {
    const involved = sortedUnique([...(before?.sources ?? []), ...(after?.sources ?? [])]);
    const restated = (id: string) => !sameList(statedBy(before, id), statedBy(after, id));
    const out: Reason[] = [];
    const push = (kind: Reason['kind'], ids: string[], text: (n: string[]) => string) => {
      if (ids.length > 0) out.push({ kind, items: ids, text: text(names(ids)) });
    };
    push('source-added', involved.filter((id) => added.has(id)), msg.CHANGE_WHY_ADDED);
    push('source-removed', involved.filter((id) => removed.has(id)), msg.CHANGE_WHY_REMOVED);
    push('source-edited', involved.filter((id) => edited.has(id) && restated(id)), msg.CHANGE_WHY_EDITED);
    if (out.length === 0 && inputs.length > 0) {
      const paths = inputs.map((i) => i.path);
      out.push({ kind: 'inputs', items: paths, text: msg.CHANGE_WHY_INPUTS(paths) });
    }
    if (out.length === 0) out.push({ kind: 'pipeline', items: [], text: msg.CHANGE_WHY_PIPELINE });
    return out;
  };
  const why = (rs: Reason[]) => rs.map((r) => r.text).join('; ');

  // Figures and conflicts, by figure id.
  const prevFigures = new Map(previous.figures.map((f) => [f.id, f]));
  const curFigures = new Map(current.figures.map((f) => [f.id, f]));
  const figures: FigureChange[] = [];
  const conflicts: ConflictChange[] = [];
  const valuesOf = (f: SnapshotFigure) => f.dissent.map((d) => msg.CHANGE_VALUES(d.text, names(d.sources)));
  for (const id of sortedUnique([...prevFigures.keys(), ...curFigures.keys()])) {
    const a = prevFigures.get(id);
    const b = curFigures.get(id);
    const any = (b ?? a)!;
    const base = { id, metric: any.metric, entity: any.entity };
    if (!a && b) {
      const rs = reasons(a, b);
      figures.push({ ...base, change: 'added', aspects: [], from: null, to: state(b, names), reasons: rs, text: msg.CHANGE_FIGURE_ADDED(id, state(b, names).text, why(rs)) });
    } else if (a && !b) {
      const rs = reasons(a, b);
      figures.push({ ...base, change: 'removed', aspects: [], from: state(a, names), to: null, reasons: rs, text: msg.CHANGE_FIGURE_REMOVED(id, state(a, names).text, why(rs)) });
    } else if (a && b) {
      const aspects: FigureChange['aspects'] = [];
      if (a.text !== b.text || a.value !== b.value || a.low !== b.low || a.high !== b.high) aspects.push('value');
      if (a.qualifier !== b.qualifier) aspects.push('qualifier');
      if (a.status !== b.status) aspects.push('status');
      if (!sameList(a.sources, b.sources)) aspects.push('sources');
      if (!sameList(dissentKey(a), dissentKey(b))) aspects.push('dissent');
      if (aspects.length > 0) {
        const rs = reasons(a, b);
        figures.push({ ...base, change: 'changed', aspects, from: state(a, names), to: state(b, names), reasons: rs, text: msg.CHANGE_FIGURE_CHANGED(id, state(a, names).text, state(b, names).text, why(rs)) });
      }
    }
    const wasConflict = a?.status === 'conflict';
    const isConflict = b?.status === 'conflict';
    if (!wasConflict && isConflict) conflicts.push({ figure: id, change: 'opened', text: msg.CHANGE_CONFLICT_OPENED(id, valuesOf(b!)) });
    else if (wasConflict && b && !isConflict) conflicts.push({ figure: id, change: 'resolved', text: msg.CHANGE_CONFLICT_RESOLVED(id, state(b, names).text, b.rule) });
    else if (wasConflict && !b) conflicts.push({ figure: id, change: 'dropped', text: msg.CHANGE_CONFLICT_DROPPED(id) });
  }

  // Cross-checks whose outcome changed, by id.
  const prevChecks = new Map(previous.checks.map((c) => [c.id, c]));
  const curChecks = new Map(current.checks.map((c) => [c.id, c]));
  const word = (s: SnapshotCheck['status']) => msg.CHANGE_CHECK_STATUS[s] ?? s;
  const checks: CheckChange[] = [];
  for (const id of sortedUnique([...prevChecks.keys(), ...curChecks.keys()])) {
    const a = prevChecks.get(id);
    const b = curChecks.get(id);
    if (!a && b) checks.push({ id, title: b.title, change: 'added', from: null, to: b.status, text: msg.CHANGE_CHECK_ADDED(b.title, word(b.status), b.detail) });
    else if (a && !b) checks.push({ id, title: a.title, change: 'removed', from: a.status, to: null, text: msg.CHANGE_CHECK_REMOVED(a.title) });
    else if (a && b && a.status !== b.status) {
      checks.push({ id, title: b.title, change: 'changed', from: a.status, to: b.status, text: msg.CHANGE_CHECK_CHANGED(b.title, word(a.status), word(b.status), b.detail) });
    }
  }

  const counts = { sources: sources.length, figures: figures.length, conflicts: conflicts.length, checks: checks.length, inputs: inputs.length };
  const count = counts.sources + counts.figures + counts.conflicts + counts.checks + counts.inputs;
  return {
    previous: { digest: previous.digest, date: previous.date },
    current: currentPub,
    first: false,
    empty: count === 0,
    count,
    summary: count === 0 ? msg.CHANGES_NONE : msg.CHANGES_COUNTS(counts),
    sources,
    figures,
    conflicts,
    checks,
    inputs,
  };
}

/**
 * The change list of a build against the baseline file's publications (see `baselineFor`).
 * Pure. A rebuild of the latest publication gives the very list that publication has.
 */
export function changesFor(baseline: Baseline | null, current: Snapshot): Changes {
  return diffBriefings(baselineFor(baseline, current).previous, current);
}

/** What `make diff` prints: the change list, saying so when the build is a rebuild of the latest publication. */
export function diffReport(baseline: Baseline | null, current: Snapshot): string {
  return formatChanges(changesFor(baseline, current), { republished: baselineFor(baseline, current).republished });
}

/**
 * The change list as plain text for the terminal (`make diff`) and the CI job summary: it
 * reads as Markdown too (a heading line, then one "- " list per part).
 */
export function formatChanges(changes: Changes, options: { republished?: boolean } = {}): string {
  const lines: string[] = [];
  if (changes.previous === null) {
    lines.push(options.republished ? msg.CHANGES_REPUBLISHED_FIRST(changes.current.date) : msg.CHANGES_FIRST);
    return `${lines.join('\n')}\n`;
  }
  lines.push(msg.CHANGES_SINCE(changes.previous.date, changes.previous.digest));
  if (options.republished) lines.push('', msg.CHANGES_REPUBLISHED(changes.current.date));
  lines.push('', changes.summary);
  const parts = [
    [msg.CHANGES_HEADINGS.sources, changes.sources],
    [msg.CHANGES_HEADINGS.figures, changes.figures],
    [msg.CHANGES_HEADINGS.conflicts, changes.conflicts],
    [msg.CHANGES_HEADINGS.checks, changes.checks],
    [msg.CHANGES_HEADINGS.inputs, changes.inputs],
  ] as const;
  for (const [heading, entries] of parts) {
    if (entries.length === 0) continue;
    lines.push('', `${heading}:`);
    for (const e of entries) lines.push(`- ${e.text}`);
  }
  return `${lines.join('\n')}\n`;
}
