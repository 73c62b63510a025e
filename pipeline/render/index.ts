/**
 * Stage 5, render: the editors' template (`templates/briefing.md`, Markdown with directives)
 * and layout (`templates/layout.html` + `templates/style.css`) → one self-contained HTML file.
 *
 * 1. The template is parsed with unified (remark-parse, remark-frontmatter, remark-directive).
 * 2. Each directive is checked (known name, known figure or chart id, well formed) and
 *    replaced by a hast subtree (`data.hName`/`hChildren`); mistakes stop the build with
 *    `file:line:column` and the nearest known id. Digits typed in the narrative give a warning.
 * 3. remark-rehype turns the document into hast; the layout (parsed with rehype-parse) gets
 *    it in its `<slot>` elements. Everything from articles enters as hast text nodes, so it is
 *    escaped by construction: article text is data, never markup.
 * 4. Every character shown is checked against the embedded Inter's glyphs (a warning names
 *    any it lacks: the PDF would embed a fallback font). ‡ is drawn as a small SVG for that reason.
 *
 * Directives (see README "Editing the briefing"):
 *   :fig[<figure id>]{unit=none}   a figure: value, unit, citation marks, quotes on hover
 *   :name[<entity id>]             an entity's display name from the lexicon
 *   ::chart[caption]{#<chart id>}  a chart (inline SVG) with caption and data table
 *   ::keyfigures[<id> <id> …]      a row of headline figures, large, with label and citation marks
 *   ::legend                       how to read the marks: [n] sources, ‡ contested, † single source
 *   ::figures                      the table of all figures with their status
 *   ::disagreements                the disagreement register
 *   ::checks                       the cross-checks
 *   ::methods                      the methods note (extraction, policy, inputs and hashes)
 *   ::sources                      the numbered source list with every quote cited
 *   ::changes                      what changed since the last published briefing
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeParse from 'rehype-parse';
import { toHtml } from 'hast-util-to-html';
import { h, s } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { closest } from 'fastest-levenshtein';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Root as MdRoot, Nodes as MdNodes, Parent as MdParent } from 'mdast';
import type { Element, ElementContent, Root as HRoot, RootContent } from 'hast';
import type { ChartArtifact, Check, Claim, Corpus, Diagnostic, Figure, IngestedSource } from '../shared/schema.ts';
import type { Lexicon } from '../shared/lexicon.ts';
import type { Changes } from '../changes/index.ts';
import { sourceInfo } from '../reconcile/index.ts';
import { PipelineError, diagnostic } from '../shared/errors.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_SUBSETS, fontFaceCss, fontFile } from '../shared/fonts.ts';
import * as msg from '../shared/messages.ts';

export const TemplateMeta = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().default(''),
    author: z.string().default(''),
    subject: z.string().default(''),
    keywords: z.array(z.string()).default([]),
    language: z.string().default('en'),
    /** `latest-source` (the newest publication date among the sources) or a fixed YYYY-MM-DD. */
    date: z.union([z.literal('latest-source'), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).default('latest-source'),
  })
  .strict();
export type TemplateMeta = z.infer<typeof TemplateMeta>;

/** What print needs to know about the briefing (written as output/data/briefing.json). */
export const BriefingMeta = z.object({
  title: z.string(),
  subtitle: z.string(),
  author: z.string(),
  subject: z.string(),
  keywords: z.array(z.string()),
  language: z.string(),
  /** The briefing's date, YYYY-MM-DD, from the template's date policy (never the clock). */
  date: z.string(),
});
export type BriefingMeta = z.infer<typeof BriefingMeta>;

export interface TextFile {
  file: string;
  text: string;
}

export interface RenderInput {
  template: TextFile;
  layout: TextFile;
  style: string;
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
  /** What changed since the last published briefing (output/data/changes.json); absent on a first publication. */
  changes?: Changes | null;
}


export interface RenderOutput {
  html: string;
  meta: BriefingMeta;
  warnings: Diagnostic[];
}

const BLOCK_DIRECTIVES = ['chart', 'keyfigures', 'legend', 'figures', 'disagreements', 'checks', 'methods', 'sources', 'changes'] as const;
const TEXT_DIRECTIVES = ['fig', 'name'] as const;

export function render(input: RenderInput): RenderOutput {
  const { ctx, hast, meta } = build(input);
  return { html: ctx.assemble(hast, meta), meta, warnings: ctx.warnings };
}

/** The template's content alone, without layout, style and fonts (for tests and previews). */
export function renderFragment(input: RenderInput): { html: string; warnings: Diagnostic[] } {
  const { ctx, hast } = build(input);
  ctx.checkGlyphs(hast);
  return { html: `${toHtml(hast)}\n`, warnings: ctx.warnings };
}

function build(input: RenderInput) {
  const ctx = new Context(input);
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
  const tree = parser.parse(input.template.text) as MdRoot;
  const meta = ctx.templateMeta(tree);
  ctx.transform(tree);
  const hast = unified().use(remarkRehype).runSync(tree) as HRoot;
  return { ctx, hast, meta };
}

// ── formatting ────────────────────────────────────────────────────────────────────────────

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** Decimal places that `precision` (half a unit of the last digit) implies. */
function decimals(precision: number): number {
  if (!(precision > 0)) return 0;
  return Math.max(0, Math.round(-Math.log10(precision * 2)));
}

function formatNumber(n: number, places: number, precision = 0): string {
  if (Math.abs(n) >= 1e6 && Number.isInteger(Math.round(n / 1e4) / 1e2 * 1e2)) {
    return `${formatNumber(n / 1e6, decimals(precision / 1e6))} million`;
  }
  const fixed = n.toFixed(places);
  const [int, frac] = fixed.split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function unitSuffix(unit: string, value: number | null): string {
  if (unit === '%') return '\u00a0%';
  if (unit === '' || unit === 'count') return '';
  if (value === 1 && unit.endsWith('s')) return `\u00a0${unit.slice(0, -1)}`;
  return `\u00a0${unit}`;
}

export interface Valued {
  value: number | null;
  low: number | null;
  high: number | null;
  precision: number;
  unit: string;
  bound?: string;
  /** For a contested figure without a value: the values the sources give. */
  dissent?: { value: number | null; low: number | null; high: number | null }[];
}

/** Decimal places a number is written with ("66.7" 1, "71.09" 2, "54" 0). */
function ownPrecision(n: number): number {
  const places = (String(n).split('.')[1] ?? '').length;
  return places === 0 ? 0.5 : 0.5 * 10 ** -places;
}

/** "54.19 %", "62–64 seats", "about 6.3 million", "more than 300 observers", "53.9 % or 71.09 %" (contested). */
export function formatValue(v: Valued, withUnit = true): string {
  const places = decimals(v.precision);
  const unit = (n: number | null) => (withUnit ? unitSuffix(v.unit, n) : '');
  if (v.value == null && v.low != null && v.high != null) {
    return `${formatNumber(v.low, places)}\u2013${formatNumber(v.high, places)}${unit(v.high)}`;
  }
  if (v.value == null && v.low != null) return `more than ${formatNumber(v.low, places)}${unit(v.low)}`;
  if (v.value == null && v.high != null) return `up to ${formatNumber(v.high, places)}${unit(v.high)}`;
  if (v.value == null && v.dissent?.length) {
    // A conflict: every value the sources give, lowest first ("53.9 %, 66.7 % or 71.09 %").
    const texts = [...v.dissent]
      .sort((a, b) => (a.value ?? a.low ?? a.high ?? 0) - (b.value ?? b.low ?? b.high ?? 0))
      .map((d) => formatValue({ ...d, unit: v.unit, precision: ownPrecision(d.value ?? d.low ?? d.high ?? 0) }, withUnit))
      .filter((t, i, all) => t !== 'no value' && all.indexOf(t) === i);
    if (texts.length === 1) return texts[0]!;
    if (texts.length > 1) return `${texts.slice(0, -1).join(', ')} or ${texts[texts.length - 1]}`;
  }
  if (v.value == null) return 'no value';
  const text = `${formatNumber(v.value, places, v.precision)}${unit(v.value)}`;
  if (v.bound === 'approximate') return `about ${text}`;
  if (v.bound === 'lower-bound') return `more than ${text}`;
  if (v.bound === 'upper-bound') return `nearly ${text}`;
  return text;
}

/** Headings of the groups of the figure table, by the figure's kind (schema.ts), in table order. */
const KIND_HEADINGS = new Map([
  ['result', 'Results'],
  ['historical', 'Earlier elections'],
  ['forecast', 'Forecasts before the vote'],
  ['estimate', 'Estimates'],
  ['rule', 'Rules of the election'],
]);

/** About how many characters of a long sentence the register and the pop-ups quote around the number. */
const QUOTE_WINDOW = 200;
/** A register entry with at most this many quoted claims is kept on one page in print (class `keep-whole`). */
const KEEP_WHOLE = 5;

const CHECK_TEXT: Record<Check['status'], string> = { ok: 'holds', fails: 'fails', skipped: 'skipped' };

const STATUS_TEXT: Record<Figure['status'], string> = {
  agreed: 'agreed: all sources give the same value',
  rounded: 'rounded: the sources agree within the precision they state',
  resolved: 'resolved: sources disagree and a rule chose the value',
  conflict: 'conflict: sources disagree and no rule decides',
  single: 'single source',
  derived: 'derived: computed from other figures',
};

// ── the render context ───────────────────────────────────────────────────────────────────


class Context {
  readonly warnings: Diagnostic[] = [];
  private readonly figures = new Map<string, Figure>();
  private readonly charts = new Map<string, ChartArtifact>();
  private readonly claims = new Map<string, Claim>();
  private readonly sources = new Map<string, IngestedSource>();
  /** Source ids in the order of the source list; citation numbers are positions in it. */
  private readonly sourceOrder: string[];
  private readonly entityNames = new Map<string, string>();
  private readonly sourceNames: ReturnType<typeof sourceInfo>;
  private readonly metricLabels = new Map<string, string>();
  private readonly numberWords: RegExp | null;
  /** Claims behind any figure (used or dissenting): the source list quotes each, so every mark has a target. */
  private readonly cited = new Set<string>();

  constructor(private readonly input: RenderInput) {
    for (const f of input.figures) this.figures.set(f.id, f);
    for (const c of input.charts) this.charts.set(c.id, c);
    for (const c of input.claims) this.claims.set(c.id, c);
    for (const s of input.corpus.sources) this.sources.set(s.meta.id, s);
    this.sourceNames = sourceInfo(input.corpus);
    this.sourceOrder = [...input.corpus.sources]
      .sort((a, b) => {
        const da = a.meta.published ?? '9999-99-99';
        const db = b.meta.published ?? '9999-99-99';
        return da < db ? -1 : da > db ? 1 : a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0;
      })
      .map((s) => s.meta.id);
    for (const f of input.figures) for (const id of [...f.claims, ...f.dissent.flatMap((d) => d.claims)]) this.cited.add(id);
    for (const e of input.lexicon.entities) this.entityNames.set(e.id, e.name);
    for (const m of input.lexicon.metrics ?? []) this.metricLabels.set(m.id, m.label);
    // Number words the lexicon knows ("six", "twenty"), except those that count only in a compound ("one").
    const numbers = input.lexicon.numbers;
    const notAlone = new Set((numbers?.not_alone ?? []).map((w) => w.toLowerCase()));
    const numberWords = Object.keys(numbers?.words ?? {}).filter((w) => !notAlone.has(w.toLowerCase()));
    this.numberWords = numberWords.length ? new RegExp(`\\b(${numberWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'gi') : null;
  }

  // ── template front matter ──
  templateMeta(tree: MdRoot): BriefingMeta {
    const file = this.input.template.file;
    const node = tree.children[0];
    if (!node || node.type !== 'yaml') {
      throw new PipelineError(diagnostic({ file, line: 1, column: 1 }, 'template-front-matter', msg.TEMPLATE_NO_FRONT_MATTER, msg.TEMPLATE_FRONT_MATTER_HINT));
    }
    let raw: unknown;
    try {
      raw = parseYaml(node.value);
    } catch (error) {
      throw new PipelineError(
        diagnostic({ file, line: node.position?.start.line ?? 1, column: 1 }, 'template-front-matter', msg.TEMPLATE_BAD_FRONT_MATTER((error as Error).message.split('\n')[0] ?? ''), msg.TEMPLATE_FRONT_MATTER_HINT),
      );
    }
    const parsed = TemplateMeta.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new PipelineError(
        diagnostic({ file, line: node.position?.start.line ?? 1, column: 1 }, 'template-front-matter', msg.TEMPLATE_BAD_FRONT_MATTER(`${issue.path.join('.') || '(top)'}: ${issue.message}`), msg.TEMPLATE_FRONT_MATTER_HINT),
      );
    }
    const m = parsed.data;
    const dates = this.input.corpus.sources.map((s) => s.meta.published).filter((d): d is string => d != null).sort();
    const date = m.date === 'latest-source' ? (dates[dates.length - 1] ?? '1970-01-01') : m.date;
    return { title: m.title, subtitle: m.subtitle, author: m.author, subject: m.subject, keywords: m.keywords, language: m.language, date };
  }

  // ── directives ──
  transform(tree: MdRoot): void {
    visit(tree, (node, index, parent) => {
      if (node.type === 'yaml') return SKIP;
      if (node.type === 'text' && parent && (parent as MdNodes).type !== 'link') {
        this.warnNumbers(node.value, node.position?.start.line ?? null, node.position?.start.column ?? null);
        return;
      }
      if (node.type === 'containerDirective') {
        this.fail(node, 'unknown-directive', msg.UNKNOWN_DIRECTIVE(`:::${node.name}`), msg.UNKNOWN_DIRECTIVE_HINT(null, [...BLOCK_DIRECTIVES, ...TEXT_DIRECTIVES]));
      }
      if (node.type === 'textDirective') {
        const replacement = this.textDirective(node);
        if (parent && index != null) (parent as MdParent).children.splice(index, 1, replacement as never);
        return SKIP;
      }
      if (node.type === 'leafDirective') {
        const replacement = this.leafDirective(node);
        if (parent && index != null) (parent as MdParent).children.splice(index, 1, replacement as never);
        return SKIP;
      }
      return undefined;
    });
  }

  private fail(node: MdNodes, rule: string, message: string, hint: string): never {
    throw new PipelineError(
      diagnostic({ file: this.input.template.file, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null }, rule, message, hint),
    );
  }

  private label(node: MdNodes & { children?: MdNodes[] }): string {
    return (node.children ?? []).map((c) => ('value' in c ? String(c.value) : '')).join('').trim();
  }

  private textDirective(node: Extract<MdNodes, { type: 'textDirective' }>): MdNodes {
    if (!(TEXT_DIRECTIVES as readonly string[]).includes(node.name)) {
      this.fail(node, 'unknown-directive', msg.UNKNOWN_DIRECTIVE(`:${node.name}`), msg.UNKNOWN_DIRECTIVE_HINT(nearest(node.name, [...TEXT_DIRECTIVES]), [...TEXT_DIRECTIVES]));
    }
    const id = this.label(node);
    if (!id) this.fail(node, 'malformed-directive', msg.DIRECTIVE_NEEDS_ID(`:${node.name}`), msg.DIRECTIVE_NEEDS_ID_HINT(`:${node.name}`));
    if (node.name === 'name') {
      const name = this.entityNames.get(id);
      if (!name) this.fail(node, 'unknown-entity', msg.UNKNOWN_ENTITY(id), msg.UNKNOWN_ENTITY_HINT(nearest(id, [...this.entityNames.keys()])));
      return hastNode(h('span', { className: ['entity'] }, name));
    }
    const figure = this.figures.get(id);
    if (!figure) this.fail(node, 'unknown-figure', msg.UNKNOWN_FIGURE(id), msg.UNKNOWN_FIGURE_HINT(nearest(id, [...this.figures.keys()])));
    const attrs = node.attributes ?? {};
    for (const key of Object.keys(attrs)) {
      if (key !== 'unit') this.fail(node, 'malformed-directive', msg.UNKNOWN_ATTRIBUTE(key, ':fig'), msg.UNKNOWN_ATTRIBUTE_HINT(['unit=none']));
    }
    return hastNode(this.figureRef(figure, attrs.unit !== 'none'));
  }

  private leafDirective(node: Extract<MdNodes, { type: 'leafDirective' }>): MdNodes {
    const name = node.name;
    if (!(BLOCK_DIRECTIVES as readonly string[]).includes(name)) {
      this.fail(node, 'unknown-directive', msg.UNKNOWN_DIRECTIVE(`::${name}`), msg.UNKNOWN_DIRECTIVE_HINT(nearest(name, [...BLOCK_DIRECTIVES]), [...BLOCK_DIRECTIVES]));
    }
    if (name === 'chart') {
      const id = node.attributes?.id;
      if (!id) this.fail(node, 'malformed-directive', msg.DIRECTIVE_NEEDS_ID('::chart'), msg.CHART_NEEDS_ID_HINT);
      const chart = this.charts.get(id);
      if (!chart) this.fail(node, 'unknown-chart', msg.UNKNOWN_CHART(id), msg.UNKNOWN_CHART_HINT(nearest(id, [...this.charts.keys()])));
      return hastNode(this.chart(chart, this.label(node)));
    }
    if (name === 'keyfigures') return hastNode(this.keyFigures(node));
    if (name === 'legend') return hastNode(this.legend());
    if (name === 'changes') return hastNode(this.changesSection());
    if (name === 'figures') return hastNode(this.figureTable());
    if (name === 'disagreements') return hastNode(this.disagreements());
    if (name === 'checks') return hastNode(this.checkList());
    if (name === 'methods') return hastNode(this.methods());
    return hastNode(this.sourceList());
  }

  private warnNumbers(text: string, line: number | null, column: number | null): void {
    const re = /\d[\d.,]*/g;
    const found: RegExpExecArray[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
    if (this.numberWords) {
      this.numberWords.lastIndex = 0;
      for (let m = this.numberWords.exec(text); m; m = this.numberWords.exec(text)) found.push(m);
    }
    found.sort((a, b) => a.index - b.index);
    for (const m of found) {
      const token = m[0].replace(/[.,]+$/, '');
      const before = text.slice(0, m.index);
      const after = text.slice(m.index + m[0].length);
      // Years and calendar dates are not figures.
      if (/^(19|20)\d\d$/.test(token)) continue;
      if (/^\s*(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)) continue;
      if (/(January|February|March|April|May|June|July|August|September|October|November|December)\s*$/.test(before)) continue;
      // On a continuation line of a paragraph the column counts from the line's start.
      const nl = before.lastIndexOf('\n');
      const col = column == null ? null : nl < 0 ? column + m.index : m.index - nl;
      const ln = line != null ? line + (before.match(/\n/g)?.length ?? 0) : null;
      this.warnings.push(
        diagnostic({ file: this.input.template.file, line: ln, column: col }, 'typed-number', msg.TYPED_NUMBER(token), msg.TYPED_NUMBER_HINT, 'warning'),
      );
    }
  }

  // ── pieces ──
  figureLabel(f: Figure): string {
    const metric = this.metricLabels.get(f.metric) ?? f.metric.replace(/_/g, ' ');
    // `national` is the whole election (schema.ts): the metric alone says it.
    const entity = f.entity && f.entity !== 'national' ? (this.entityNames.get(f.entity) ?? f.entity) : null;
    const kind = f.kind !== 'result' ? ` (${f.kind === 'historical' && f.election ? f.election : f.kind})` : '';
    const label = `${metric}${entity ? `, ${entity}` : ''}${kind}`;
    return label.charAt(0).toUpperCase() + label.slice(1);
  }

  private sourceNumber(id: string): number {
    return this.sourceOrder.indexOf(id) + 1;
  }

  /** How the briefing names a source, the same way the reconciliation's sentences do. */
  private sourceLabel(id: string): string {
    return this.sourceNames.get(id)?.name ?? id;
  }

  /** "sentence 12, paragraph 4": where the claim's sentence stands in its article. */
  private sentencePlace(c: Claim): string {
    const s = this.sources.get(c.source);
    const sentence = s?.sentences.find((x) => x.id === c.sentence);
    const n = /:s(\d+)$/.exec(c.sentence)?.[1];
    const parts = [n ? `sentence ${n}` : null, sentence ? `paragraph ${sentence.paragraph + 1}` : null].filter((p): p is string => p != null);
    return parts.join(', ');
  }

  /** One citation mark per source behind the figure, each linking to that source's quote. */
  private citeMarks(claimIds: string[]): Element[] {
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

  private flag(f: Figure): Element | null {
    if (f.status === 'conflict' || f.status === 'resolved') return contestedMark();
    if (f.status === 'single') return singleMark();
    return null;
  }

  /** The sentence of a claim with the number it states marked. */
  /**
   * The sentence of a claim with the numbers it states marked. With `window`, a sentence longer
   * than that is cut to about `window` characters around its first mark, at word boundaries,
   * with "…" where text is left out (the source list always has the whole sentence).
   */
  private markedQuote(quote: string, start: number, claims: Claim[], window?: number): Element {
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

  private figureRef(f: Figure, withUnit: boolean): Element {
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
      h('span', { className: ['fig-value'] }, formatValue(f, withUnit)),
      h('sup', { className: ['cites'] }, this.citeMarks(f.claims)),
      ...(flag ? [flag] : []),
      h('span', { className: ['fig-pop'], role: 'tooltip', id: popId }, [
        h('span', { className: ['pop-head'] }, `${this.figureLabel(f)}: ${STATUS_TEXT[f.status]}. ${keepUnits(f.rule)}`),
        ...quotes,
      ]),
    ]);
  }

  /** Citation marks for the sources behind the figures a chart shows, linking to the source entries. */
  private sourceMarks(figureIds: string[]): Element[] {
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

  private chartCount = 0;
  private popCount = 0;

  private chart(c: ChartArtifact, caption: string): Element {
    this.chartCount += 1;
    const svg = unified().use(rehypeParse, { fragment: true, space: 'svg' }).parse(c.svg) as HRoot;
    const captionId = `chart-${anchor(c.id)}-caption`;
    const marks = this.sourceMarks(c.figures);
    return h('figure', { className: ['chart'], id: `chart-${anchor(c.id)}`, ariaLabelledBy: captionId }, [
      // The SVG names itself (role="img", <title> and <desc>, from the charts stage).
      h('div', { className: ['chart-svg'] }, svg.children as ElementContent[]),
      h('figcaption', { id: captionId }, [
        h('span', { className: ['chart-number'] }, `Chart ${this.chartCount}. `),
        h('strong', caption || c.title),
        ' ',
        h('span', { className: ['chart-description'] }, c.description),
        ...(marks.length ? [' ', h('span', { className: ['chart-sources'] }, ['Sources: ', ...marks])] : []),
      ]),
      h('details', { className: ['chart-data'] }, [
        h('summary', 'Data behind the chart'),
        h('table', [
          h('caption', `Data of chart ${this.chartCount}: ${caption || c.title}`),
          h('thead', h('tr', c.table.columns.map((col) => h('th', { scope: 'col' }, col)))),
          h(
            'tbody',
            c.table.rows.map((row) =>
              h(
                'tr',
                row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell == null ? '' : String(cell)) : h('td', { className: typeof cell === 'number' ? ['num'] : [] }, cell == null ? '' : String(cell)))),
              ),
            ),
          ),
        ]),
      ]),
    ]);
  }

  /** `::keyfigures[turnout.national vote_share.amanat]`: each id checked where it is written. */
  private keyFigures(node: Extract<MdNodes, { type: 'leafDirective' }>): Element {
    const text = node.children[0];
    const value = text && text.type === 'text' ? text.value : this.label(node);
    if (!value.trim()) this.fail(node, 'malformed-directive', msg.DIRECTIVE_NEEDS_ID('::keyfigures'), msg.KEYFIGURES_NEEDS_IDS_HINT);
    const figures: Figure[] = [];
    const re = /\S+/g;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      const id = m[0].replace(/,$/, '');
      const f = this.figures.get(id);
      if (!f) {
        const start = text?.position?.start;
        const place = start && !value.slice(0, m.index).includes('\n') ? { line: start.line, column: start.column + m.index } : { line: node.position?.start.line ?? null, column: node.position?.start.column ?? null };
        throw new PipelineError(
          diagnostic({ file: this.input.template.file, ...place }, 'unknown-figure', msg.UNKNOWN_FIGURE(id), msg.UNKNOWN_FIGURE_HINT(nearest(id, [...this.figures.keys()]))),
        );
      }
      figures.push(f);
    }
    return h(
      'dl',
      { className: ['key-figures'] },
      figures.map((f) =>
        h('div', { className: ['key-figure'] }, [
          h('dt', this.figureLabel(f)),
          h('dd', [h('span', { className: ['key-value'] }, this.figureRef(f, true)), f.qualifier !== 'unspecified' ? h('span', { className: ['key-qualifier'] }, f.qualifier) : '']),
        ]),
      ),
    );
  }

  /** What changed since the last publication, from output/data/changes.json (its sentences are built there). */
  private changesSection(): Element {
    const changes = this.input.changes;
    if (changes == null) {
      return h('div', { className: ['changes'] }, h('p', { className: ['empty', 'changes-none'] }, msg.CHANGES_UNAVAILABLE));
    }
    if (changes.first || changes.empty || changes.previous == null) {
      return h('div', { className: ['changes'] }, h('p', { className: ['empty', 'changes-none'] }, changes.summary));
    }
    const withLabel = (id: string, text: string): (Element | string)[] => {
      const f = this.figures.get(id);
      const rest = text.startsWith(`${id}: `) ? text.slice(id.length + 2) : text;
      const label = f ? this.figureLabel(f) : id;
      return [h('strong', label), h('span', { className: ['change-id'] }, [' (', h('code', id), ')']), `: ${rest}`];
    };
    const groups: [keyof typeof msg.CHANGES_HEADINGS, (Element | string)[][]][] = [
      ['figures', changes.figures.map((c) => withLabel(c.id, c.text))],
      ['conflicts', changes.conflicts.map((c) => withLabel(c.figure, c.text))],
      ['sources', changes.sources.map((c) => [c.text])],
      ['checks', changes.checks.map((c) => [c.text])],
      ['inputs', changes.inputs.map((c) => [c.text])],
    ];
    return h('div', { className: ['changes'] }, [
      h('p', { className: ['changes-lead'] }, [h('strong', `${changes.summary}. `), msg.CHANGES_SINCE(changes.previous.date ? formatDate(changes.previous.date) : null, changes.previous.digest), '.']),
      ...(changes.republished ? [h('p', { className: ['changes-note'] }, msg.CHANGES_REPUBLISHED(changes.previous.date ? formatDate(changes.previous.date) : null))] : []),
      ...groups
        .filter(([, items]) => items.length > 0)
        .map(([key, items]) => h('section', { className: ['changes-group'] }, [h('h3', msg.CHANGES_HEADINGS[key]), h('ul', items.map((children) => h('li', children)))])),
    ]);
  }

  /** How to read the marks; the template places it with ::legend, the methods note repeats it. */
  private legend(): Element {
    return h('aside', { className: ['legend'], ariaLabel: 'How to read this briefing' }, [
      h('p', { className: ['legend-title'] }, 'How to read this briefing'),
      h('dl', [
        h('div', [h('dt', h('span', { className: ['cite'] }, '[1]')), h('dd', 'A source in the list at the end; the mark links to the exact sentence quoted, with the number highlighted.')]),
        h('div', [h('dt', contestedMark()), h('dd', 'Contested: the sources give different values; the disagreement register shows each one and the rule that chose.')]),
        h('div', [h('dt', singleMark()), h('dd', 'Single-sourced: only one article states this figure.')]),
        h('div', [h('dt', h('span', { className: ['fig-value'] }, 'Value')), h('dd', 'In the HTML version, hovering over or focusing a figure shows every quote behind it.')]),
      ]),
    ]);
  }

  private figureTable(): Element {
    const row = (f: Figure) =>
      h('tr', [
        h('th', { scope: 'row' }, [this.figureLabel(f), h('br'), h('code', f.id)]),
        h('td', { className: ['num'] }, [formatValue(f), ...(this.flag(f) ? [this.flag(f)!] : [])]),
        h('td', [
          h('span', { className: ['status', `status-${f.status}`] }, f.status),
          ...(f.qualifier !== 'unspecified' && f.qualifier !== f.kind ? [h('span', { className: ['qualifier'] }, f.qualifier)] : []),
        ]),
        h('td', { className: ['cites-cell'] }, this.citeMarks(f.claims)),
      ]);
    const shown = [...this.figures.values()].filter((f) => f.status !== 'derived');
    // One body per kind of figure (schema.ts: figures of different kinds never mix), in this order.
    const kinds = [...KIND_HEADINGS.keys(), ...new Set(shown.map((f) => f.kind).filter((k) => !KIND_HEADINGS.has(k)))];
    const bodies = kinds
      .map((kind) => ({ kind, figures: shown.filter((f) => f.kind === kind) }))
      .filter((g) => g.figures.length > 0)
      .map((g) =>
        h('tbody', [
          h('tr', { className: ['group'] }, h('th', { scope: 'colgroup', colSpan: 4 }, KIND_HEADINGS.get(g.kind) ?? g.kind)),
          ...g.figures.map(row),
        ]),
      );
    return h('table', { className: ['figure-table'] }, [
      h('caption', 'Every figure the sources state, with the value used and its status'),
      h('thead', h('tr', [h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Sources')])),
      ...bodies,
    ]);
  }

  private claimItem(id: string, role: string, used: boolean): Element | null {
    const c = this.claims.get(id);
    if (!c) return null;
    return h('li', { className: [used ? 'claim-used' : 'claim-dissent'] }, [
      h('span', { className: ['claim-value'] }, [h('span', { className: ['num'] }, formatValue({ ...c })), h('span', { className: ['claim-role'] }, role)]),
      h('span', { className: ['claim-body'] }, [
        h('span', { className: ['claim-source'] }, [
          h('a', { href: `#${claimAnchor(id)}`, className: ['cite'] }, `[${this.sourceNumber(c.source)}]`),
          ` ${this.sourceLabel(c.source)}, ${c.qualifier}, ${this.sentencePlace(c)}`,
        ]),
        ' ',
        this.markedQuote(c.quote, c.span[0], [c], QUOTE_WINDOW),
      ]),
    ]);
  }

  /** Each claim once: the value used and its claims, then each disagreeing value (for a conflict: every value). */
  private registerItems(f: Figure): Element[] {
    const listed = new Set<string>();
    const items: (Element | null)[] = [];
    const add = (id: string, role: string, used: boolean) => {
      if (listed.has(id)) return;
      listed.add(id);
      items.push(this.claimItem(id, role, used));
    };
    const conflict = f.status === 'conflict';
    if (!conflict) for (const id of f.claims) add(id, 'used', true);
    for (const d of f.dissent) for (const id of d.claims) add(id, conflict ? 'one of the values' : `dissents: ${d.kind.replace(/-/g, ' ')}`, false);
    for (const id of f.claims) add(id, conflict ? 'one of the values' : 'used', !conflict);
    return items.filter((r): r is Element => r != null);
  }

  private disagreements(): Element {
    const contested = [...this.figures.values()].filter((f) => f.dissent.length > 0 || f.status === 'conflict');
    if (contested.length === 0) return h('p', { className: ['empty'] }, 'The sources agree on every figure.');
    const registerItems = new Map(contested.map((f) => [f.id, this.registerItems(f)]));
    return h(
      'div',
      { className: ['register'] },
      contested.map((f) =>
        h('section', { className: ['register-entry', ...(registerItems.get(f.id)!.length <= KEEP_WHOLE ? ['keep-whole'] : [])], id: `disagreement-${anchor(f.id)}` }, [
          h('div', { className: ['register-head'] }, [
            h('h3', this.figureLabel(f)),
            h('p', { className: ['register-verdict'] }, [
              h('span', { className: ['status', `status-${f.status}`] }, f.status),
              ' ',
              h('strong', f.status === 'conflict' ? 'No value chosen. ' : `Value used: ${formatValue(f)}${f.qualifier !== 'unspecified' ? ` (${f.qualifier})` : ''}. `),
              keepUnits(f.rule),
            ]),
          ]),
          h('ul', { className: ['register-claims'] }, registerItems.get(f.id)!),
          ...f.dissent.map((d) => h('p', { className: ['dissent-note'] }, keepUnits(d.note))),
        ]),
      ),
    );
  }

  private checkList(): Element {
    if (this.input.checks.length === 0) return h('p', { className: ['empty'] }, 'No cross-check could be computed from these figures.');
    return h('table', { className: ['checks-table'] }, [
      h('caption', 'Cross-checks computed from the figures'),
      h('thead', h('tr', ['Check', 'Result', 'Computation'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        this.input.checks.map((c) =>
          h('tr', { className: [`check-${c.status}`] }, [
            h('th', { scope: 'row' }, c.title),
            h('td', h('span', { className: ['status', `check-${c.status}`] }, CHECK_TEXT[c.status])),
            h('td', { className: ['check-detail'] }, keepUnits(c.detail)),
          ]),
        ),
      ),
    ]);
  }

  private methods(): Element {
    const sentences = this.input.corpus.sources.reduce((n, s) => n + s.sentences.length, 0);
    return h('div', { className: ['methods'] }, [
      h('p', [
        `Figures were extracted by machine from ${this.input.corpus.sources.length} articles (${sentences} sentences after removing page furniture such as tickers and navigation). `,
        `Every number the articles state about the election became a claim with its exact sentence; claims about the same quantity were reconciled into one figure by the policy below. `,
        `${this.input.claims.length} claims gave ${this.input.figures.length} figures.`,
      ]),
      h('h3', 'Reconciliation policy'),
      h('ul', this.input.policy.map((p) => h('li', p))),
      this.legend(),
      h('h3', 'Inputs of this build'),
      h('table', { className: ['inputs-table'] }, [
        h('caption', 'Every file the briefing was built from, with its SHA-256 content hash'),
        h('thead', h('tr', [h('th', { scope: 'col' }, 'File'), h('th', { scope: 'col' }, 'SHA-256')])),
        h('tbody', this.input.inputs.map((i) => h('tr', [h('td', h('code', i.path)), h('td', h('code', { className: ['hash'] }, i.sha256))]))),
      ]),
    ]);
  }

  private sourceList(): Element {
    const items = this.sourceOrder.map((id) => {
      const s = this.sources.get(id)!;
      const m = s.meta;
      // Claims grouped by sentence, in reading order: one quote per sentence, every number marked.
      const bySentence = new Map<string, Claim[]>();
      for (const c of this.input.claims) {
        if (c.source !== id || !this.cited.has(c.id)) continue;
        bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
      }
      const groups = [...bySentence.values()].sort((a, b) => a[0]!.span[0] - b[0]!.span[0]);
      return h('li', { id: `source-${anchor(id)}`, value: this.sourceNumber(id) }, [
        h('p', { className: ['source-head'] }, [
          h('strong', m.outlet ?? 'Outlet unknown'),
          m.author ? `, ${m.author}` : '',
          '. ',
          h('cite', m.title ?? 'Untitled'),
          '. ',
          m.published ? formatDate(m.published) : 'Date unknown',
          '. ',
          m.url ? h('a', { href: m.url }, m.url) : 'Address unknown.',
        ]),
        ...(m.notes ? [h('p', { className: ['source-notes'] }, m.notes)] : []),
        // What ingest could work around (markup in the text, an article emptied by boilerplate
        // removal, …): the build goes on, and the reader is told.
        ...(s.warnings.length
          ? [
              h('div', { className: ['source-warnings'] }, [
                h('p', h('strong', 'Warnings while reading this article')),
                h(
                  'ul',
                  s.warnings.map((w) =>
                    h('li', [w.message, w.line != null ? ` (${w.file}:${w.line}${w.column != null ? `:${w.column}` : ''})` : '', w.hint ? `. ${w.hint}` : '']),
                  ),
                ),
              ]),
            ]
          : []),
        ...(groups.length
          ? [
              h(
                'ul',
                { className: ['quotes'] },
                groups.map((claims) => {
                  const first = claims[0]!;
                  const values = claims.map((c, i) =>
                    h('span', { className: ['quote-value'], ...(i > 0 ? { id: claimAnchor(c.id) } : {}) }, c.qualifier !== 'unspecified' ? `${formatValue(c)} (${c.qualifier})` : formatValue(c)),
                  );
                  return h('li', { id: claimAnchor(first.id) }, [
                    h('span', { className: ['quote-values'] }, values.flatMap((v, i) => (i > 0 ? [', ', v] : [v]))),
                    ' ',
                    this.markedQuote(first.quote, first.span[0], claims),
                    h('span', { className: ['quote-place'] }, ` ${this.sentencePlace(first)} \u00b7 ${s.file}:${first.line}:${first.column}`),
                  ]);
                }),
              ),
            ]
          : []),
      ]);
    });
    return h('ol', { className: ['source-list'] }, items);
  }

  /** Gives each section heading (h2) an id and returns the list of links to them, for the layout's `toc` slot. */
  private contents(content: HRoot): ElementContent[] {
    const used = new Set<string>();
    const items: Element[] = [];
    for (const node of content.children) {
      if (node.type !== 'element' || node.tagName !== 'h2') continue;
      const text = textOf(node);
      const base = `section-${text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'untitled'}`;
      let id = base;
      for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
      used.add(id);
      node.properties = { ...node.properties, id };
      items.push(h('li', h('a', { href: `#${id}` }, text)));
    }
    return items.length ? [h('ol', { className: ['toc-list'] }, items)] : [];
  }

  /**
   * Warns about characters the embedded Inter has no glyph for (‡, arrows, ≤, Cyrillic…): the
   * browser would draw them with another font, and the PDF would embed it. One warning per
   * character, at its first place in the template when it comes from there.
   */
  checkGlyphs(tree: HRoot): void {
    const seen = new Set<string>();
    visit(tree, (node, _index, parent) => {
      if (node.type !== 'text') return;
      if (parent && parent.type === 'element' && (parent.tagName === 'style' || parent.tagName === 'script' || parent.tagName === 'title')) return;
      for (const ch of node.value) {
        if (seen.has(ch) || hasGlyph(ch)) continue;
        seen.add(ch);
        const at = node.value.indexOf(ch);
        const excerpt = node.value.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ').trim();
        const start = node.position?.start;
        this.warnings.push(
          diagnostic(
            { file: this.input.template.file, line: start?.line ?? null, column: start && !node.value.slice(0, at).includes('\n') ? start.column + at : (start?.column ?? null) },
            'missing-glyph',
            msg.MISSING_GLYPH(ch, `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, excerpt),
            start ? msg.MISSING_GLYPH_HINT_TEMPLATE : msg.MISSING_GLYPH_HINT_DATA,
            'warning',
          ),
        );
      }
    });
  }

  // ── layout ──
  assemble(content: HRoot, meta: BriefingMeta): string {
    const layout = unified().use(rehypeParse, { fragment: false }).parse(this.input.layout.text) as HRoot;
    const slots: Record<string, ElementContent[] | string> = {
      title: meta.title,
      subtitle: meta.subtitle,
      author: meta.author,
      date: formatDate(meta.date),
      'sources-count': String(this.input.corpus.sources.length),
      'figures-count': String(this.input.figures.length),
      'contested-count': String(this.input.figures.filter((f) => f.status === 'conflict' || f.status === 'resolved').length),
      content: content.children as ElementContent[],
      toc: this.contents(content),
    };
    let filledContent = false;
    visit(layout, 'element', (node: Element, index, parent) => {
      if (node.tagName === 'html') node.properties = { ...node.properties, lang: meta.language };
      if (node.tagName === 'title') node.children = [{ type: 'text', value: meta.title }];
      if (node.tagName === 'head') {
        node.children.push(h('meta', { name: 'author', content: meta.author }), h('meta', { name: 'description', content: meta.subject }), h('meta', { name: 'keywords', content: meta.keywords.join(', ') }));
        node.children.push(h('style', `${fontFaceCss()}\n${runningHeadCss(meta)}\n${this.input.style}`));
      }
      if (node.tagName !== 'slot' || !parent || index == null) return undefined;
      const name = String(node.properties?.name ?? '');
      const value = slots[name];
      if (value === undefined) {
        throw new PipelineError(diagnostic({ file: this.input.layout.file, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null }, 'unknown-slot', msg.UNKNOWN_SLOT(name), msg.UNKNOWN_SLOT_HINT(Object.keys(slots))));
      }
      if (name === 'content') filledContent = true;
      const children: RootContent[] = typeof value === 'string' ? [{ type: 'text', value }] : value;
      (parent as Element).children.splice(index, 1, ...(children as ElementContent[]));
      return [SKIP, index + children.length];
    });
    if (!filledContent) {
      throw new PipelineError(diagnostic({ file: this.input.layout.file, line: 1, column: 1 }, 'missing-slot', msg.MISSING_CONTENT_SLOT, msg.MISSING_CONTENT_SLOT_HINT));
    }
    this.checkGlyphs(layout);
    return `${toHtml(layout, { allowDangerousHtml: false })}\n`;
  }
}

/**
 * The words of the printed page's running header, as CSS variables for the stylesheet's page
 * margin boxes (`@top-left { content: var(--briefing-title) }`): the title and the date.
 */
export function runningHeadCss(meta: Pick<BriefingMeta, 'title' | 'date'>): string {
  return `:root { --briefing-title: ${cssString(meta.title)}; --briefing-date: ${cssString(formatDate(meta.date))}; }`;
}

/**
 * `text` as a CSS string in which every character but letters, digits and spaces is an escape
 * (`\22 ` for a quote), so that no text can end the string, the rule or the <style> element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}

interface GlyphFont {
  charToGlyph(ch: string): { index: number };
}
let glyphFonts: GlyphFont[] | undefined;
/** What `hasGlyph` answered, by character: a briefing has a few hundred distinct characters in 100,000. */
const glyphKnown = new Map<string, boolean>();
/** Whether the embedded Inter (any shipped subset) has a glyph for `ch`; control characters count as drawn. */
function hasGlyph(ch: string): boolean {
  let known = glyphKnown.get(ch);
  if (known === undefined) {
    known = lookUpGlyph(ch);
    glyphKnown.set(ch, known);
  }
  return known;
}

function lookUpGlyph(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return true;
  glyphFonts ??= FONT_SUBSETS.map((subset) => {
    const buffer = readFileSync(fontFile(subset, 400, 'normal', 'woff'));
    // lowMemory: glyphs are read when asked for; only the character map is needed here.
    return (requireCjs('opentype.js') as { parse(b: ArrayBuffer, o: { lowMemory: boolean }): GlyphFont }).parse(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
      { lowMemory: true },
    );
  });
  return glyphFonts.some((f) => f.charToGlyph(ch).index > 0);
}

const requireCjs = createRequire(import.meta.url);

function textOf(node: ElementContent | HRoot): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}

function hastNode(element: Element): MdNodes {
  // An mdast node that remark-rehype turns into exactly this hast element.
  return { type: 'paragraph', children: [], data: { hName: element.tagName, hProperties: element.properties as never, hChildren: element.children } } as unknown as MdNodes;
}

/** ‡ drawn as a small vector mark: the shipped Inter subsets have no U+2021 glyph. */
function contestedMark(): Element {
  return h('span', { className: ['flag', 'flag-contested'], title: 'contested: sources disagree', role: 'img', ariaLabel: 'contested' }, [
    s('svg', { viewBox: '0 0 6 12', width: '0.42em', height: '0.84em', ariaHidden: 'true', focusable: 'false' }, [
      s('path', { d: 'M3 0.5V11.5M0.6 3.2H5.4M0.6 8.4H5.4', stroke: 'currentColor', strokeWidth: '1.1', fill: 'none' }),
    ]),
  ]);
}

function singleMark(): Element {
  return h('span', { className: ['flag', 'flag-single'], title: 'single source' }, '\u2020');
}

/** Sentences from the data keep a number and its unit on one line ("53.9 %" never breaks before "%"). */
function keepUnits(text: string): string {
  return (text.charAt(0).toUpperCase() + text.slice(1)).replace(/(\d) (%|seats?\b|votes?\b|people\b|million\b)/g, '$1\u00a0$2');
}

function anchor(id: string): string {
  return id.replace(/[^a-zA-Z0-9_-]/g, '-');
}

export function claimAnchor(id: string): string {
  return `claim-${anchor(id)}`;
}

function nearest(id: string, known: string[]): string | null {
  if (known.length === 0) return null;
  return closest(id, known);
}
