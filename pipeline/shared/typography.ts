/**
 * Typographic quotes, apostrophes and dashes in the words the editors write ("the sources' own
 * account" → "the sources’ own account", "--" → "–"), by retext-smartypants: the template's
 * text and front matter, and the lexicon's names and labels. Anything from a source (its
 * quotes, outlet, author, title, notes) is never passed through it, so it stays verbatim.
 */
import type { Nodes as MdNodes, Root as MdRoot } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

const processor = retext().use(retextSmartypants, { dashes: 'oldschool' }).freeze();

/**
 * The strings smartened so far: a long-running preview sees every edit of the template's text,
 * so the cache is bounded (cleared when full; the same few hundred strings come back at once).
 */
const cache = new Map<string, string>();
const CACHE_MAX = 2048;

/** One string with typographic quotes and dashes ("it's" → "it’s"). */
export function smarten(text: string): string {
  if (!/["'`-]|\.\.\./.test(text)) return text;
  let out = cache.get(text);
  if (out === undefined) {
    out = String(processor.processSync(text));
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(text, out);
  }
  return out;
}

/**
 * The template's own text (the Markdown's text nodes, before the directives are replaced),
 * smartened in place; code and the directives' ids are left as written.
 */
export function smartenTemplate(tree: MdRoot): void {
  const walk = (nodes: MdNodes[]) => {
    for (const node of nodes) {
      if (node.type === 'text') node.value = smarten(node.value);
      else if ('children' in node && !/Directive$/.test(node.type)) walk(node.children as MdNodes[]);
    }
  };
  walk(tree.children as MdNodes[]);
}
