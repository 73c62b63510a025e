/**
 * How the briefing writes a value ("54.19 %", "62–64 seats", "about 6.3 million"): the charts
 * (data tables, labels) and the render stage (text, tables, quotes) write figures the same way.
 */

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
