/**
 * The one typeface of the briefing: Inter, shipped by the npm package @fontsource/inter.
 * The HTML embeds it as data: URLs (so the file is self-contained and the print browser
 * fetches nothing), the charts measure text with the same files, and the PDF embeds it.
 *
 * Only the `latin` and `latin-ext` subsets are shipped: text must stay within their ranges
 * (no →, ≤, ≥, ≈, and no ‡ although the latin subset's unicode-range claims U+2000–206F: write "to",
 * "at most", "at least", "about"; render.ts draws ‡ as a vector mark), or the browser falls back to
 * another font and the PDF embeds a second one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const FONT_FAMILY = 'Inter';
export const FONT_STACK = "Inter, 'Inter Fallback', sans-serif";
export const FONT_WEIGHTS = [400, 600, 700] as const;
export const FONT_SUBSETS = ['latin', 'latin-ext'] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];
export type FontStyle = 'normal' | 'italic';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@fontsource/inter/package.json'));
const unicode = JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>;

/** Path of one font file of the package (`ext` woff for opentype.js, woff2 for browsers). */
export function fontFile(subset: string, weight: number, style: FontStyle = 'normal', ext: 'woff' | 'woff2' = 'woff'): string {
  return join(packageDir, 'files', `inter-${subset}-${weight}-${style}.${ext}`);
}

/** The version of the font package, for the build manifest. */
export function fontVersion(): string {
  return (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
}

/** `@font-face` rules with the woff2 files inlined as data: URLs. */
export function fontFaceCss(): string {
  const rules: string[] = [];
  for (const weight of FONT_WEIGHTS) {
    for (const style of ['normal', 'italic'] as const) {
      if (style === 'italic' && weight !== 400) continue;
      for (const subset of FONT_SUBSETS) {
        const data = readFileSync(fontFile(subset, weight, style, 'woff2')).toString('base64');
        rules.push(
          `@font-face{font-family:'${FONT_FAMILY}';font-style:${style};font-weight:${weight};font-display:block;` +
            `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${unicode[subset]};}`,
        );
      }
    }
  }
  return rules.join('\n');
}
