/**
 * Charts kept in a long-lived process (the preview), apart from the charts module so that the
 * charts stage can ask about them without loading Vega. Rendering is a pure function of a
 * spec, the theme and the data, so a chart kept under the sha256 of those is the same artifact
 * (with the same layout warnings) as one rendered again. Only the charts of the last render
 * are kept, with the key of the data they were rendered from.
 */
import type { Diagnostic } from '../shared/errors.ts';
import type { ChartArtifact } from '../shared/schema.ts';

export interface KeptChart {
  chart: ChartArtifact;
  warnings: Diagnostic[];
}

const kept = new Map<string, KeptChart>();
let on = false;
let keptData: string | null = null;

/** Keeps rendered charts from now on (the preview), or stops and forgets them. */
export function keepRenderedCharts(keep = true): void {
  on = keep;
  if (!keep) {
    kept.clear();
    keptData = null;
  }
}

export const keepsRenderedCharts = (): boolean => on;

/** Whether the charts of the last render were rendered from the data `dataKey` names. */
export const keptFor = (dataKey: string): boolean => on && keptData === dataKey;

export function keptChart(key: string): KeptChart | undefined {
  return kept.get(key);
}

/** Replaces the kept charts with those of a render of the data `dataKey` names. */
export function keepCharts(charts: Map<string, KeptChart>, dataKey: string): void {
  if (!on) return;
  kept.clear();
  for (const [k, v] of charts) kept.set(k, v);
  keptData = dataKey;
}
