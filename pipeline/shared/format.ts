/**
 * How the briefing writes a value ("54.19 %", "62–64 seats", "about 6.3 million"): the charts
 * (data tables, labels) and the render stage (text, tables, quotes) write figures the same way.
 */

/** Decimal places that `precision` (half a unit of the last digit) implies. */
function decimals(precision: number): number {
  if (!(precision > 0)) return 0;
  return Math.max(0, Math.round(-Math.log10(precision * 2)));
}

const formats = new Map<string, Intl.NumberFormat>();
/** Intl.NumberFormat for `locale` with exactly `places` decimals, plain or as "3.7 million" (compact). */
function numberFormat(locale: string, places: number, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${places}|${compact}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      minimumFractionDigits: places,
      maximumFractionDigits: places,
      ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
    } as Intl.NumberFormatOptions);
    formats.set(key, f);
  }
  return f;
}

/**
 * A number as the language writes it: "1,182,291" in English, "1.182.291" in German. A value
 * of a million or more that was stated in millions (its precision is a hundredth of a million
 * or coarser: "3.7 million", "12 million") is written so again; a count stated to the unit
 * keeps every digit. Never e-notation.
 */
function formatNumber(n: number, places: number, precision = 0, locale = 'en'): string {
  if (Math.abs(n) >= 1e6 && precision >= 5e3) return numberFormat(locale, decimals(precision / 1e6), true).format(n);
  return numberFormat(locale, places, false).format(n);
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
export function formatValue(v: Valued, withUnit = true, locale = 'en'): string {
  const places = decimals(v.precision);
  const unit = (n: number | null) => (withUnit ? unitSuffix(v.unit, n) : '');
  if (v.value == null && v.low != null && v.high != null) {
    return `${formatNumber(v.low, places, v.precision, locale)}\u2013${formatNumber(v.high, places, v.precision, locale)}${unit(v.high)}`;
  }
  if (v.value == null && v.low != null) return `more than ${formatNumber(v.low, places, v.precision, locale)}${unit(v.low)}`;
  if (v.value == null && v.high != null) return `up to ${formatNumber(v.high, places, v.precision, locale)}${unit(v.high)}`;
  if (v.value == null && v.dissent?.length) {
    // A conflict: every value the sources give, lowest first ("53.9 %, 66.7 % or 71.09 %").
    const texts = [...v.dissent]
      .sort((a, b) => (a.value ?? a.low ?? a.high ?? 0) - (b.value ?? b.low ?? b.high ?? 0))
      .map((d) => formatValue({ ...d, unit: v.unit, precision: ownPrecision(d.value ?? d.low ?? d.high ?? 0) }, withUnit, locale))
      .filter((t, i, all) => t !== 'no value' && all.indexOf(t) === i);
    if (texts.length === 1) return texts[0]!;
    if (texts.length > 1) return `${texts.slice(0, -1).join(', ')} or ${texts[texts.length - 1]}`;
  }
  if (v.value == null) return 'no value';
  const text = `${formatNumber(v.value, places, v.precision, locale)}${unit(v.value)}`;
  if (v.bound === 'approximate') return `about ${text}`;
  if (v.bound === 'lower-bound') return `more than ${text}`;
  if (v.bound === 'upper-bound') return `nearly ${text}`;
  return text;
}
