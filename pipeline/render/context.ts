/**
 * What a directive reads: the build's data (figures, claims, sources, charts, lexicon, …) by id,
 * and the pieces several directives share: a figure with its citation marks and pop-up, a
 * marked quote, how a source and a sentence are named. Directives only read it; the one thing
 * that counts along the document is the numbering of charts and figure pop-ups.
 */
import { h } from 'hastscript';
import type { Nodes as MdNodes } from 'mdast';
import type { Element, ElementContent } from 'hast';
import type { ChartArtifact, Check, Claim, Corpus, Figure, IngestedSource } from '../shared/schema.ts';
import type { Lexicon } from '../shared/lexicon.ts';
import type { Changes } from '../changes/index.ts';
import { sourceInfo } from '../reconcile/index.ts';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import type { Diagnostic } from '../shared/schema.ts';
import { formatValue, type Valued } from '../shared/format.ts';
import { smarten } from '../shared/typography.ts';
import { rankings, resolveEntity, resolveFigureId, type Rankings, type Resolved } from '../shared/rank.ts';
import * as msg from '../shared/messages.ts';
import { anchor, claimAnchor, contestedMark, inRegister, keepUnits, nearest, singleMark } from './pieces.ts';

export interface TextFile {
  file: string;
  text: string;
}

export interface RenderInput {
  template: TextFile;
  layout: TextFile;
  style: string;
  /** Where `style` was read from, for its diagnostics (default templates/style.css). */
  styleFile?: string;
  corpus: Corpus;
  claims: Claim[];
  figures: Figure[];
  checks: Check[];
  charts: ChartArtifact[];
  lexicon: Lexicon;
  /** Sentences describing the reconciliation policy in force. */
  policy: string[];
  /** The build's inputs and their sha256, for the methods note. */
  inputs: { path: string; sha256: string }[];
  /**
   * The files a character the briefing shows may come from, besides the template, layout and
   * article bodies (whole articles with their front matter, the lexicon, policy, chart specs):
   * asked for only to place a warning (a glyph the font lacks), so a build reads them only then.
   */
  dataFiles?: () => TextFile[];
  /** What changed since the last published briefing (output/data/changes.json); absent on a first publication. */
  changes?: Changes | null;
}

/** About how many characters of a long sentence the register and the pop-ups quote around the number. */
export const QUOTE_WINDOW = 200;
/** A register entry with at most this many quoted claims is kept on one page in print (class `keep-whole`). */
export const KEEP_WHOLE = 5;

export const CHECK_TEXT: Record<Check['status'], string> = { ok: 'holds', fails: 'fails', skipped: 'skipped' };

const STATUS_TEXT: Record<Figure['status'], string> = {
  agreed: 'agreed: all sources give the same value',
  rounded: 'rounded: the sources agree within the precision they state',
  resolved: 'resolved: sources disagree and a rule chose the value',
  conflict: 'conflict: sources disagree and no rule decides',
  single: 'single source',
  derived: 'derived: computed from other figures',
};

export class RenderContext {
  readonly figures: ReadonlyMap<string, Figure>;
  readonly charts: ReadonlyMap<string, ChartArtifact>;
  readonly claims: ReadonlyMap<string, Claim>;
  readonly sources: ReadonlyMap<string, IngestedSource>;
  /** Source ids in the order of the source list; citation numbers are positions in it. */
  readonly sourceOrder: readonly string[];
  readonly entityNames: ReadonlyMap<string, string>;
  private readonly sourceNames: ReturnType<typeof sourceInfo>;
  private readonly metricLabels: ReadonlyMap<string, string>;
  /** Claims behind any figure (used or dissenting): the source list quotes each, so every mark has a target. */
  readonly cited: ReadonlySet<string>;
  private chartCount = 0;
  private popCount = 0;
  /** How often each chart has been placed so far (a second placement gets a warning and its own ids). */
  private readonly placed = new Map<string, number>();
  /** The `:::optional` passages left out, and why (render/index.ts). */
  readonly leftOut: string[] = [];
  /** Warnings the directives give: the render result reports them with the others. */
  readonly warnings: Diagnostic[] = [];
  /** The template's language (front matter `language`): numbers are written as it writes them. */
  language = 'en';

  /** A value as the briefing writes it, in the template's language (shared/format.ts). */
  formatValue(v: Valued, withUnit = true): string {
    return formatValue(v, withUnit, this.language);
  }

  constructor(readonly input: Readonly<RenderInput>) {
    this.figures = new Map(input.figures.map((f) => [f.id, f]));
    this.charts = new Map(input.charts.map((c) => [c.id, c]));
    this.claims = new Map(input.claims.map((c) => [c.id, c]));
    this.sources = new Map(input.corpus.sources.map((s) => [s.meta.id, s]));
    this.sourceNames = sourceInfo(input.corpus);
    this.sourceOrder = [...input.corpus.sources]
      .sort((a, b) => {
        const da = a.meta.published ?? '9999-99-99';
        const db = b.meta.published ?? '9999-99-99';
        return da < db ? -1 : da > db ? 1 : a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0;
      })
      .map((s) => s.meta.id);
    this.cited = new Set(input.figures.flatMap((f) => [...f.claims, ...f.dissent.flatMap((d) => d.claims)]));
    // Names and labels are the editors' words (the lexicon): typographic apostrophes ("People’s Party").
    this.entityNames = new Map(input.lexicon.entities.map((e) => [e.id, smarten(e.name)]));
    this.metricLabels = new Map((input.lexicon.metrics ?? []).map((m) => [m.id, smarten(m.label)]));
  }

  /** The next chart's number ("Chart 2"), in the order the charts stand in the template. */
  nextChartNumber(): number {
    this.chartCount += 1;
    return this.chartCount;
  }

  /** How many times the chart has been placed before this placement (0 the first time). */
  placeChart(id: string): number {
    const before = this.placed.get(id) ?? 0;
    this.placed.set(id, before + 1);
    return before;
  }

  warn(node: MdNodes, rule: string, message: string, hint: string): void {
    this.warnings.push(diagnostic({ file: this.input.template.file, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null }, rule, message, hint, 'warning'));
  }

  fail(node: MdNodes, rule: string, message: string, hint: string): never {
    throw new PipelineError(
      diagnostic({ file: this.input.template.file, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null }, rule, message, hint),
    );
  }

  /**
   * What `id` names in `known` (figures, charts, entities), or a build error at the directive
   * (`rule`, `message`) with the nearest known id as the hint's suggestion.
   */
  find<T>(node: MdNodes, known: ReadonlyMap<string, T>, id: string, rule: string, message: string, hint: (nearest: string | null) => string, place?: { line: number | null; column: number | null }): T {
    const found = known.get(id);
    if (!found) {
      const at = place ?? { line: node.position?.start.line ?? null, column: node.position?.start.column ?? null };
      throw new PipelineError(diagnostic({ file: this.input.template.file, ...at }, rule, message, hint(nearest(id, [...known.keys()]))));
    }
    return found;
  }

  /** Every metric's ranking (shared/rank.ts), made when a reference by rank first asks for it. */
  get rankings(): Rankings {
    this.ranked ??= rankings(this.input.figures, this.input.lexicon);
    return this.ranked;
  }
  private ranked: Rankings | undefined;

  /** A figure id as written (`vote_share.amanat`, `vote_share.@1`) resolved, without failing: for `:::optional`. */
  resolveFigureId(written: string): Resolved {
    return resolveFigureId(written, this.rankings);
  }

  /**
   * Why this election lacks the figure `written` names (no such figure, a rank that does not
   * exist), or null when it has it or the reference is malformed (which fails where it is rendered).
   */
  missingFigure(written: string): string | null {
    const r = this.resolveFigureId(written);
    if (!r.ok) return r.reason === 'missing' ? r.message : null;
    return this.figures.has(r.id) ? null : msg.UNKNOWN_FIGURE(r.id);
  }

  /** An entity as written (`amanat`, `@1`, `@2~vote_share`) resolved, without failing. */
  resolveEntityId(written: string): Resolved {
    return resolveEntity(written, this.rankings);
  }

  /**
   * The figure a directive names, by id or by rank: a rank that does not exist stops the build at
   * `place` (default the directive's), a tied rank gives a warning there.
   */
  figureNamed(node: MdNodes, written: string, place?: { line: number | null; column: number | null }): Figure {
    return this.find(node, this.figures, this.ranked_(node, this.resolveFigureId(written), written, place), 'unknown-figure', msg.UNKNOWN_FIGURE(written), msg.UNKNOWN_FIGURE_HINT, place);
  }

  /** The display name of an entity a directive names, by id or by rank. */
  entityNamed(node: MdNodes, written: string): string {
    return this.find(node, this.entityNames, this.ranked_(node, this.resolveEntityId(written), written), 'unknown-entity', msg.UNKNOWN_ENTITY(written), msg.UNKNOWN_ENTITY_HINT);
  }

  private ranked_(node: MdNodes, r: Resolved, written: string, place?: { line: number | null; column: number | null }): string {
    const at = place ?? { line: node.position?.start.line ?? null, column: node.position?.start.column ?? null };
    if (!r.ok) throw new PipelineError(diagnostic({ file: this.input.template.file, ...at }, r.reason === 'missing' ? 'rank-missing' : 'malformed-rank', r.message, r.hint));
    for (const t of r.ties) {
      this.warnings.push(diagnostic({ file: this.input.template.file, ...at }, 'rank-tie', msg.RANK_TIE(written, t.rank, t.metric, t.entity, t.tiedWith), msg.RANK_TIE_HINT, 'warning'));
    }
    return r.id;
  }

  label(node: MdNodes & { children?: MdNodes[] }): string {
    return (node.children ?? []).map((c) => ('value' in c ? String(c.value) : '')).join('').trim();
  }

  figureLabel(f: Figure): string {
    const metric = this.metricLabels.get(f.metric) ?? f.metric.replace(/_/g, ' ');
    // `national` is the whole election (schema.ts): the metric alone says it.
    const entity = f.entity && f.entity !== 'national' ? (this.entityNames.get(f.entity) ?? f.entity) : null;
    // What the figure is of besides its entity: its kind, and a later round, a place or a voter group.
    const name = (id: string) => this.entityNames.get(id) ?? id;
    const scope = [
      ...(f.kind !== 'result' ? [f.kind === 'historical' && f.election ? String(f.election) : f.kind] : []),
      ...(f.round != null && String(f.round) !== '1' ? [msg.LABEL_ROUND(String(f.round))] : []),
      ...(f.place ? [msg.LABEL_PLACE(name(f.place))] : []),
      ...(f.group ? [msg.LABEL_GROUP(name(f.group))] : []),
    ];
    const label = `${metric}${entity ? `, ${entity}` : ''}${scope.length ? ` (${scope.join(', ')})` : ''}`;
    return label.charAt(0).toUpperCase() + label.slice(1);
  }

  sourceNumber(id: string): number {
    // A map made once: indexOf would cost a pass over the sources for every citation.
    this.sourceNumbers ??= new Map(this.sourceOrder.map((s, i) => [s, i + 1]));
    return this.sourceNumbers.get(id) ?? 0;
  }
  private sourceNumbers: Map<string, number> | undefined;

  /** How the briefing names a source, the same way the reconciliation's sentences do. */
  sourceLabel(id: string): string {
    return this.sourceNames.get(id)?.name ?? id;
  }

  /** "sentence 12, paragraph 4": where the claim's sentence stands in its article. */
  sentencePlace(c: Claim): string {
    const s = this.sources.get(c.source);
    const sentence = s?.sentences.find((x) => x.id === c.sentence);
    const n = /:s(\d+)$/.exec(c.sentence)?.[1];
    const parts = [n ? `sentence ${n}` : null, sentence ? `paragraph ${sentence.paragraph + 1}` : null].filter((p): p is string => p != null);
    return parts.join(', ');
  }

  /** One citation mark per source behind the figure, each linking to that source's quote. */
  citeMarks(claimIds: string[]): Element[] {
    const bySource = new Map<string, Claim>();
    for (const id of claimIds) {
      const c = this.claims.get(id);
      if (c && !bySource.has(c.source)) bySource.set(c.source, c);
    }
    return [...bySource.entries()]
      .sort((a, b) => this.sourceNumber(a[0]) - this.sourceNumber(b[0]))
      .map(([source, c]) =>
        h(
          'a',
          { className: ['cite'], href: `#${claimAnchor(c.id)}`, title: `${this.sourceLabel(source)}, ${this.sentencePlace(c)}` },
          `[${this.sourceNumber(source)}]`,
        ),
      );
  }

  flag(f: Figure): Element | null {
    if (inRegister(f)) return contestedMark();
    if (f.status === 'single') return singleMark();
    return null;
  }

  /**
   * The sentence of a claim with the numbers it states marked. With `window`, a sentence longer
   * than that is cut to about `window` characters around its first mark, at word boundaries,
   * with "…" where text is left out (the source list always has the whole sentence).
   */
  markedQuote(quote: string, start: number, claims: Claim[], window?: number): Element {
    const marks = [...claims]
      .map((c) => [c.textSpan[0] - start, c.textSpan[1] - start] as const)
      .filter(([a, b]) => a >= 0 && b <= quote.length && a < b)
      .sort((x, y) => x[0] - y[0]);
    let from = 0;
    let to = quote.length;
    if (window && quote.length > window * 1.3 && marks.length > 0) {
      const [a, b] = marks[0]!;
      const half = Math.max(0, Math.floor((window - (b - a)) / 2));
      from = Math.max(0, a - half);
      to = Math.min(quote.length, b + half);
      if (from > 0) from = quote.indexOf(' ', from) + 1 || from;
      if (to < quote.length) to = Math.max(b, quote.lastIndexOf(' ', to));
    }
    const parts: ElementContent[] = [];
    if (from > 0) parts.push({ type: 'text', value: '\u2026' });
    let at = from;
    for (const [a, b] of marks) {
      if (a < at || b > to) continue;
      if (a > at) parts.push({ type: 'text', value: quote.slice(at, a) });
      parts.push(h('mark', quote.slice(a, b)));
      at = b;
    }
    if (at < to) parts.push({ type: 'text', value: quote.slice(at, to) });
    if (to < quote.length) parts.push({ type: 'text', value: '\u2026' });
    return h('q', parts);
  }

  figureRef(f: Figure, withUnit: boolean): Element {
    const allClaims = [...new Set([...f.claims, ...f.dissent.flatMap((d) => d.claims)])];
    const quotes: ElementContent[] = allClaims
      .map((id) => this.claims.get(id))
      .filter((c): c is Claim => c != null)
      .map((c) =>
        h('span', { className: ['pop-quote'] }, [
          this.markedQuote(c.quote, c.span[0], [c], QUOTE_WINDOW),
          ` \u2014 [${this.sourceNumber(c.source)}] ${this.sourceLabel(c.source)}, ${c.qualifier}, ${this.sentencePlace(c)}`,
        ]),
      );
    const flag = this.flag(f);
    this.popCount += 1;
    const popId = `fig-pop-${this.popCount}`;
    return h('span', { className: ['fig', `status-${f.status}`], tabIndex: 0, dataFigure: f.id, ariaDescribedBy: popId }, [
      h('span', { className: ['fig-value'] }, this.formatValue(f, withUnit)),
      h('sup', { className: ['cites'] }, this.citeMarks(f.claims)),
      ...(flag ? [flag] : []),
      h('span', { className: ['fig-pop'], role: 'tooltip', id: popId }, [
        h('span', { className: ['pop-head'] }, `${this.figureLabel(f)}: ${STATUS_TEXT[f.status]}. ${keepUnits(f.rule)}`),
        ...quotes,
      ]),
    ]);
  }

  /** Citation marks for the sources behind the figures a chart shows, linking to the source entries. */
  sourceMarks(figureIds: string[]): Element[] {
    const sources = new Set<string>();
    for (const id of figureIds) {
      for (const c of this.figures.get(id)?.claims ?? []) {
        const claim = this.claims.get(c);
        if (claim) sources.add(claim.source);
      }
    }
    return [...sources]
      .sort((a, b) => this.sourceNumber(a) - this.sourceNumber(b))
      .map((id) => h('a', { className: ['cite'], href: `#source-${anchor(id)}`, title: this.sourceLabel(id) }, `[${this.sourceNumber(id)}]`));
  }
}

/** A directive node of the template: `:name[…]{…}` (text) or `::name[…]{…}` on a line of its own (leaf). */
export type DirectiveNode = Extract<MdNodes, { type: 'textDirective' }> | Extract<MdNodes, { type: 'leafDirective' }>;

/** One directive of the template language: its name, what it shows, and how (a file in directives/). */
export interface Directive {
  name: string;
  /** `text`: inside a sentence, `:name[id]`; `leaf`: a block on a line of its own, `::name[…]{…}`. */
  kind: 'text' | 'leaf';
  /** How it is written in the template. */
  usage: string;
  /** What it shows (README "Editing the briefing" says more). */
  description: string;
  /** The attributes it takes, as written in a hint (`unit=none`, `#<chart id>`); any other is an error. */
  attributes?: readonly { key: string; written: string }[];
  /** The hast that stands in its place; a mistake throws (`ctx.fail`) with the template's file, line and column. */
  render(node: DirectiveNode, ctx: RenderContext): Element;
}
