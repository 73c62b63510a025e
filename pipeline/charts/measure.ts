/**
 * Text measurement with the briefing's real font, for the charts.
 *
 * Vega sizes axes, legends and labels from the width of their text. Without a canvas it
 * guesses 0.8 × font size per character and cuts labels it thinks too long ("People's Party
 * of Kaz…"). Here the width comes from the advance widths in Inter's own font files (the
 * files the HTML and PDF embed), read with opentype.js, so the layout fits the text as the
 * browser draws it.
 *
 * - Weight and style select the file (400, 600, 700; italic only at 400), the same
 *   choices the browser makes from the embedded @font-face rules.
 * - Each character takes its glyph from the first subset (latin, latin-ext) that has it.
 * - Digits are measured as tabular figures (the `tnum` substitution of the font), because
 *   the briefing's stylesheet sets `font-feature-settings: "tnum"` and inline SVG inherits it.
 * - Kerning is not applied: opentype.js 1.3.5 does not read Inter's kerning table (an
 *   extension lookup). For the briefing's labels this stays within 1 px of the width
 *   Chromium draws (checked against getComputedTextLength: "People's Party of Kazakhstan"
 *   at 11 px is 152.04 here, 152.27 drawn); only rare pairs such as "AV" differ more.
 *
 * `useFontMetrics(textMetrics)` installs the measurement into vega-scenegraph through the
 * hook it offers for this (`textMetrics.width`, which vl-convert replaces the same way).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_SUBSETS, FONT_WEIGHTS, fontFile, type FontStyle, type FontWeight } from '../shared/fonts.ts';

/** The part of opentype.js used here (the package ships no type declarations). */
interface OtGlyph {
  index: number;
  advanceWidth?: number;
}
interface OtLookup {
  lookupType: number;
  subtables: {
    substFormat: number;
    coverage: { format: number; glyphs?: number[]; ranges?: { start: number; end: number; index: number }[] };
    deltaGlyphId?: number;
    substitute?: number[];
  }[];
}
interface OtFont {
  unitsPerEm: number;
  charToGlyph(ch: string): OtGlyph;
  glyphs: { get(index: number): OtGlyph };
  tables: { gsub?: { features: { tag: string; feature: { lookupListIndexes: number[] } }[]; lookups: OtLookup[] } };
}
interface Opentype {
  parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): OtFont;
}

const require = createRequire(import.meta.url);
const opentype = require('opentype.js') as Opentype;

interface Face {
  font: OtFont;
  /** Glyph index to its tabular-figure substitute. */
  tnum: Map<number, number>;
}

const faces = new Map<string, Face>();
const cache = new Map<string, number>();

/** The single substitutions of one GSUB feature, glyph index to glyph index. */
function singleSubstitutions(font: OtFont, tag: string): Map<number, number> {
  const out = new Map<number, number>();
  const gsub = font.tables.gsub;
  if (!gsub) return out;
  for (const feature of gsub.features.filter((f) => f.tag === tag)) {
    for (const index of feature.feature.lookupListIndexes) {
      const lookup = gsub.lookups[index];
      if (!lookup || lookup.lookupType !== 1) continue;
      for (const sub of lookup.subtables) {
        const covered: number[] = [];
        if (sub.coverage.format === 1) covered.push(...(sub.coverage.glyphs ?? []));
        else for (const r of sub.coverage.ranges ?? []) for (let g = r.start; g <= r.end; g++) covered.push(g);
        covered.forEach((glyph, i) => {
          const to = sub.substFormat === 1 ? glyph + (sub.deltaGlyphId ?? 0) : sub.substitute?.[i];
          if (to !== undefined && !out.has(glyph)) out.set(glyph, to);
        });
      }
    }
  }
  return out;
}

/** One font file, parsed on first use (glyphs are read lazily: only the ones measured). */
function face(subset: string, weight: FontWeight, style: FontStyle): Face {
  const key = `${subset}-${weight}-${style}`;
  let f = faces.get(key);
  if (!f) {
    const bytes = readFileSync(fontFile(subset, weight, style, 'woff'));
    const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, { lowMemory: true });
    f = { font, tnum: singleSubstitutions(font, 'tnum') };
    faces.set(key, f);
  }
  return f;
}

/** The weight the browser picks among the embedded ones for a CSS font-weight. */
export function nearestWeight(weight: string | number | null | undefined): FontWeight {
  const n = weight == null || weight === 'normal' ? 400 : weight === 'bold' || weight === 'bolder' ? 700 : Number(weight);
  if (!Number.isFinite(n)) return 400;
  let best: FontWeight = FONT_WEIGHTS[0];
  for (const w of FONT_WEIGHTS) if (Math.abs(w - n) < Math.abs(best - n)) best = w;
  return best;
}

export interface TextStyle {
  fontSize?: number | string | null;
  fontWeight?: number | string | null;
  fontStyle?: string | null;
}

/** Width in px of `text` set in Inter at the given size, weight and style. */
export function measureText(text: string, style: TextStyle = {}): number {
  const size = style.fontSize == null ? 11 : Number(style.fontSize) || 0;
  if (size <= 0 || text === '') return 0;
  const italic = style.fontStyle === 'italic' || style.fontStyle === 'oblique';
  const weight = italic ? 400 : nearestWeight(style.fontWeight);
  const key = `${weight}|${italic ? 'i' : 'n'}|${text}`;
  let units = cache.get(key);
  if (units === undefined) {
    const style: FontStyle = italic ? 'italic' : 'normal';
    units = 0;
    for (const ch of text) {
      let width: number | undefined;
      for (const subset of FONT_SUBSETS) {
        const { font, tnum } = face(subset, weight, style);
        const glyph = font.charToGlyph(ch);
        if (glyph.index === 0) continue;
        const tab = tnum.get(glyph.index);
        const shown = tab === undefined ? glyph : font.glyphs.get(tab);
        width = ((shown.advanceWidth ?? 0) / font.unitsPerEm) * 1000;
        break;
      }
      // A character no subset has is drawn from a fallback font: count it as wide as "M".
      units += width ?? measureText('M', { fontSize: 1000, fontWeight: weight });
    }
    cache.set(key, units);
  }
  return (units / 1000) * size;
}

/** The text-metrics object vega-scenegraph exports (only the member replaced here). */
export interface VegaTextMetrics {
  width: (item: Record<string, unknown>, text?: unknown) => number;
}

/** Makes Vega measure text with the real font. The text is measured as given, untruncated. */
export function useFontMetrics(textMetrics: VegaTextMetrics): void {
  textMetrics.width = (item, text) => {
    const value = text === undefined ? item.text : text;
    const line = value == null ? '' : Array.isArray(value) ? value.join(' ') : String(value).trim();
    return measureText(line, item as TextStyle);
  };
}
