/**
 * Typographic quotes, apostrophes and dashes in the text the pipeline and the editors write
 * ("the sources' own account" → "the sources’ own account", "--" → "–"), by retext-smartypants
 * on each text node of the rendered briefing. Quoted source text is never touched: nothing
 * inside <q> or <blockquote> (the quotes of the articles, with their marked numbers), <cite>
 * (an article's own title), <code>, <svg>, <style> or <script> changes, so every quote stays the
 * article's verbatim text.
 */
import type { Element, Root as HRoot, RootContent } from 'hast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

const processor = retext().use(retextSmartypants, { dashes: 'oldschool' }).freeze();

/** Elements whose text is left as written. */
const VERBATIM = new Set(['q', 'blockquote', 'cite', 'code', 'pre', 'svg', 'style', 'script', 'title', 'textarea']);

const cache = new Map<string, string>();

/** One string with typographic quotes and dashes ("it's" → "it’s"). */
export function smarten(text: string): string {
  if (!/["'`-]|\.\.\./.test(text)) return text;
  let out = cache.get(text);
  if (out === undefined) {
    out = String(processor.processSync(text));
    cache.set(text, out);
  }
  return out;
}

/** Every text node of `tree` outside the verbatim elements, smartened in place. */
export function smartenTree(tree: HRoot | Element): void {
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') node.value = smarten(node.value);
      else if (node.type === 'element' && !VERBATIM.has(node.tagName)) walk(node.children as RootContent[]);
    }
  };
  walk(tree.children as RootContent[]);
}
