/**
 * How the reconcile stage writes numbers, figure names and source names in its sentences (the
 * rules, dissent notes and cross-checks), and how it names the sources. The cross-checks
 * (checks.ts) and later stages (changes, render) write them the same way.
 */
import type { Lexicon } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import type { Claim, Corpus } from '../shared/schema.ts';

export const EPS = 1e-9;
export const clean = (x: number): number => (Number.isFinite(x) ? Math.round(x * 1e9) / 1e9 : x);

/** Decimals a precision stands for: 0.5 → 0, 0.05 → 1, 0.005 → 2. */
export function decimalsOf(precision: number): number {
  if (precision <= 0) return 0;
  return Math.max(0, Math.round(-Math.log10(2 * precision)));
}

/** A number as a reader sees it, with as many decimals as its precision states. */
export function formatNumber(value: number, precision: number): string {
  if (Math.abs(value) >= 1e6) {
    const m = value / 1e6;
    const d = precision > 0 ? decimalsOf(precision / 1e6) : Math.min(6, decimalsNeeded(m));
    return msg.NUM_MILLION(trimFixed(m, d));
  }
  const d = precision > 0 ? decimalsOf(precision) : decimalsNeeded(value);
  const [int, frac] = trimFixed(value, d).split('.');
  const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

function decimalsNeeded(x: number): number {
  for (let d = 0; d < 6; d++) if (Math.abs(Math.round(x * 10 ** d) / 10 ** d - x) < EPS) return d;
  return 6;
}

function trimFixed(x: number, d: number): string {
  return clean(x).toFixed(d);
}

export function withUnit(n: string, unit: string, value: number | null): string {
  if (unit === '%') return `${n} %`;
  if (!unit) return n;
  if (value === 1 && unit.endsWith('s')) return `${n} ${unit.slice(0, -1)}`;
  return `${n} ${unit}`;
}

type Stated = Pick<Claim, 'value' | 'low' | 'high' | 'bound' | 'precision' | 'unit'>;

/** "54.19 %", "62 to 64 seats", "about 6.3 million people", "more than 300 observers". */
export function formatStated(c: Stated): string {
  const p = c.precision;
  const num = (x: number) => formatNumber(x, p);
  if (c.bound === 'range' || (c.value == null && c.low != null && c.high != null)) {
    return withUnit(msg.NUM_RANGE(num(c.low ?? -Infinity), num(c.high ?? Infinity)), c.unit, null);
  }
  if (c.bound === 'lower-bound') return withUnit(msg.NUM_MORE_THAN(num(c.low ?? c.value ?? 0)), c.unit, null);
  if (c.bound === 'upper-bound') return withUnit(msg.NUM_NEARLY(num(c.high ?? c.value ?? 0)), c.unit, null);
  if (c.value == null) return msg.NUM_NONE;
  const v = withUnit(num(c.value), c.unit, c.value);
  return c.bound === 'approximate' ? msg.NUM_ABOUT(v) : v;
}

// ── sources ───────────────────────────────────────────────────────────────────────────────

export interface SourceInfo {
  id: string;
  /** How the briefing names the source: outlet, else title, else the id. */
  name: string;
  published: string | null;
  tier: number;
  /** Sources with the same key are not independent (same outlet). */
  outletKey: string;
}

export function sourceInfo(corpus: Corpus): Map<string, SourceInfo> {
  const out = new Map<string, SourceInfo>();
  for (const s of corpus.sources) {
    const m = s.meta;
    out.set(m.id, {
      id: m.id,
      name: m.outlet ?? m.title ?? msg.SOURCE_BY_ID(m.id),
      published: m.published,
      tier: m.tier ?? 0,
      outletKey: m.outlet ? `outlet:${m.outlet.toLowerCase()}` : `source:${m.id}`,
    });
  }
  return out;
}

/** "turnout (Almaty)": the metric's label and the entity's name from the lexicon, for use in a sentence. */
export function figureName(metric: string, entity: string | null, lexicon: Lexicon): string {
  const label = lexicon.metrics.find((m) => m.id === metric)?.label ?? metric.replace(/_/g, ' ');
  // Used inside a sentence: "Turnout" becomes "turnout", an acronym such as "NSDP" stays.
  const metricName = /^[A-Z][^A-Z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
  const entityName = lexicon.entities.find((e) => e.id === entity)?.name ?? entity ?? msg.UNATTRIBUTED;
  return msg.FIGURE_NAME(metricName, entityName);
}
