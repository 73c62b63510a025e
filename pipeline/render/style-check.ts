/**
 * The editors' stylesheet is data: parsed with css-tree and written out again, so that nothing
 * in it can end the <style> element it is inlined into, load a file or reach the network.
 *
 * - `@import` and every `url()` but a `data:` image or font and a `#fragment` are errors with
 *   the place in the file; so is an address given as a string to a function that loads it
 *   (`image-set("https://…" 1x)`, `image()`, `cross-fade()`, `src()`) (the HTML promises to be self-contained, and the print browser would
 *   block the request anyway, silently).
 * - Every `<` left in the output (inside a string, or in a value css-tree keeps raw) is written
 *   as the CSS escape `\3c `, which means the same character to CSS and can never close
 *   `</style>`.
 * - A syntax error is a warning: css-tree recovers as browsers do, and the build goes on.
 * - A font family that is neither the embedded Inter nor a generic family is a warning: the
 *   browser would fall back to a system font and the PDF would embed it.
 */
// The self-contained build: the package's own modules read JSON files with require(), which
// the bundle of pipeline/launch.mjs cannot follow.
import * as csstree from 'css-tree/dist/csstree.esm';
import { diagnostic, PipelineError, type Diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';
import { isSafeStyleAddress } from './addresses.ts';

export interface CheckedStyle {
  css: string;
  warnings: Diagnostic[];
}

/** Font families the briefing can show without embedding a second font. */
const KNOWN_FAMILIES = new Set(['inter', 'serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-sans-serif', 'ui-serif', 'ui-monospace', 'emoji', 'math', 'inherit', 'initial', 'unset', 'revert', 'revert-layer']);

/** Functions that load an address given to them as a string, as url() does. */
const LOADS_STRINGS = /^(?:-webkit-)?(?:image-set|image|cross-fade|src)$/i;

export function checkStyle(file: string, text: string): CheckedStyle {
  const warnings: Diagnostic[] = [];
  const place = (loc: csstree.CssLocation | undefined) => ({ file, line: loc?.start.line ?? null, column: loc?.start.column ?? null });
  const ast = csstree.parse(text, {
    positions: true,
    filename: file,
    onParseError: (error) => {
      const e = error as unknown as { message: string; line?: number; column?: number };
      warnings.push(diagnostic({ file, line: e.line ?? null, column: e.column ?? null }, 'style-syntax', msg.STYLE_SYNTAX(e.message), msg.STYLE_SYNTAX_HINT, 'warning'));
    },
  });
  const families = new Set<string>();
  csstree.walk(ast, (node) => {
    if (node.type === 'Atrule' && node.name.toLowerCase() === 'import') {
      throw new PipelineError(diagnostic(place(node.loc), 'style-external', msg.STYLE_IMPORT, msg.STYLE_EXTERNAL_HINT));
    }
    if (node.type === 'Url' && !isSafeStyleAddress(node.value)) {
      throw new PipelineError(diagnostic(place(node.loc), 'style-external', msg.STYLE_URL(printableUrl(node.value)), msg.STYLE_EXTERNAL_HINT));
    }
    if (node.type === 'Function' && LOADS_STRINGS.test(node.name)) {
      node.children.forEach((child) => {
        if (child.type === 'String' && !isSafeStyleAddress(child.value)) {
          throw new PipelineError(diagnostic(place(child.loc), 'style-external', msg.STYLE_URL(printableUrl(child.value), node.name.toLowerCase()), msg.STYLE_EXTERNAL_HINT));
        }
      });
    }
    if (node.type === 'Declaration' && /^font(-family)?$/i.test(node.property)) {
      for (const family of fontFamilies(csstree.generate(node.value), node.property.toLowerCase() === 'font')) {
        if (KNOWN_FAMILIES.has(family.toLowerCase()) || families.has(family)) continue;
        families.add(family);
        warnings.push(diagnostic(place(node.loc), 'missing-font', msg.STYLE_UNKNOWN_FONT(family), msg.STYLE_UNKNOWN_FONT_HINT, 'warning'));
      }
    }
  });
  return { css: csstree.generate(ast).replace(/</g, '\\3c '), warnings };
}

/** The family names of a `font-family` value, or of a `font` shorthand (the part after the size). */
function fontFamilies(value: string, shorthand: boolean): string[] {
  let list = value;
  if (shorthand) {
    // `font: italic 700 12px/1.4 Inter, sans-serif`: the families follow the size.
    const m = /(?:^|\s)[\d.]+(?:px|pt|em|rem|%|ex|ch|vw|vh|mm|cm|in|pc|q)(?:\/\S+)?\s+(.*)$/i.exec(value);
    if (!m) return [];
    list = m[1]!;
  }
  return list
    .split(',')
    .map((f) => f.trim().replace(/^(['"])(.*)\1$/, '$2').trim())
    .filter((f) => f !== '' && !f.startsWith('var('));
}

/** A URL as a message may show it: at most 80 characters, no control characters. */
export function printableUrl(url: string): string {
  const clean = url.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 80 ? `${clean.slice(0, 77)}...` : clean;
}
