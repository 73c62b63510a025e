/**
 * The article's text, and nothing else, as Markdown an analyst can read and ingest can split.
 *
 * 1. Mozilla's Readability (Firefox's reader view) finds the article in the page's DOM and
 *    drops the furniture around it: navigation, share bars, related links, comments, cookie
 *    banners. The DOM is linkedom's (see README: about nine times faster than jsdom here, with
 *    the same article text on the real-page set).
 * 2. Its DOM goes through the unified chain: hast-util-from-dom → hast, what is no text
 *    removed (images, figures and their captions, media, forms, buttons), rehype-remark → mdast.
 * 3. The mdast is made plain: links, emphasis and code spans keep only their text, images and
 *    raw HTML go. Ingest reads a source's body as text and never interprets inline Markdown,
 *    so the text is written as it stands, with no escapes (remark-stringify's `text` handler
 *    is replaced): what the page says is what the file says, character for character. Only
 *    HTML's own white-space rule applies (runs of spaces and line breaks in the markup are one
 *    space, as a browser shows them).
 *
 * Paragraphs stay paragraphs, headings become `##` lines, lists `-` or `1.` items, tables GFM
 * tables (remark-gfm); ingest reads those markers as such.
 */
import { Readability } from '@mozilla/readability';
import type { Element, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Nodes as MdNodes, Root as MdRoot, RootContent as MdContent } from 'mdast';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { fromDom } from 'hast-util-from-dom';
import { parseHTML } from 'linkedom';
import { unified } from 'unified';

export interface Article {
  markdown: string;
  /** Words in the article text (what the "no article text" check counts). */
  words: number;
  /** Readability's own title guess, for messages. */
  title: string | null;
}

/** Elements that carry no article text. A `figure` that holds a table is kept. */
const DROP = new Set(['img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math', 'figcaption', 'button', 'form', 'input', 'select', 'textarea', 'label', 'nav', 'aside', 'script', 'style', 'noscript', 'template']);

function hasTable(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (c.tagName === 'table' || hasTable(c)));
}

function pruneHast(node: HastRoot | Element): void {
  const kept = node.children.filter((c: HastContent) => {
    if (c.type === 'comment' || c.type === 'doctype') return false;
    if (c.type !== 'element') return true;
    if (DROP.has(c.tagName)) return false;
    if (c.tagName === 'figure' && !hasTable(c)) return false;
    pruneHast(c);
    return true;
  });
  // Text split by a removed comment (`A<!-- -->22`) is one text again.
  node.children = mergeText(kept) as typeof node.children;
}

/** Adjacent text nodes (of hast or mdast) joined into one. */
function mergeText<T extends { type: string }>(nodes: T[]): T[] {
  const merged: T[] = [];
  for (const n of nodes) {
    const last = merged[merged.length - 1];
    if (n.type === 'text' && last?.type === 'text') (last as unknown as { value: string }).value += (n as unknown as { value: string }).value;
    else merged.push(n);
  }
  return merged;
}

type Parent = Extract<MdNodes, { children: unknown[] }>;

/** Links, emphasis and the like give way to their text; images, HTML and rules go. */
function plainMdast(node: Parent): void {
  const out: MdNodes[] = [];
  for (const child of node.children as MdNodes[]) {
    switch (child.type) {
      case 'link':
      case 'linkReference':
      case 'emphasis':
      case 'strong':
      case 'delete':
        plainMdast(child);
        out.push(...(child.children as MdNodes[]));
        continue;
      case 'inlineCode':
        out.push({ type: 'text', value: child.value });
        continue;
      case 'image':
      case 'imageReference':
      case 'html':
      case 'thematicBreak':
      case 'footnoteReference':
      case 'definition':
        continue;
      default:
        if ('children' in child) plainMdast(child as Parent);
        if ((child.type === 'list' || child.type === 'listItem') && 'spread' in child) child.spread = false;
        // A block left with no text (a paragraph that held only an image) goes.
        if ((child.type === 'paragraph' || child.type === 'heading') && toText(child).trim() === '') continue;
        if (child.type === 'listItem' && toText(child).trim() === '') continue;
        out.push(child);
    }
  }
  // Adjacent text nodes (left by unwrapping) become one.
  node.children = mergeText(out) as typeof node.children;
}

function toText(node: MdNodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as MdNodes[]).map(toText).join('');
  return '';
}

const toMarkdown = unified()
  .use(() => (tree: HastRoot) => pruneHast(tree))
  .use(rehypeRemark)
  .use(() => (tree: MdRoot) => plainMdast(tree))
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, {
    bullet: '-',
    rule: '-',
    fences: true,
    listItemIndent: 'one',
    handlers: {
      // The text as it stands: ingest never reads inline Markdown, so nothing is escaped.
      text: (node: { value: string }) => node.value,
      break: () => '\n',
    },
  });

/**
 * Markdown of a DOM element (the article Readability found), with its words counted. The DOM
 * becomes hast directly (hast-util-from-dom): the page is parsed once, by linkedom.
 */
export function domToMarkdown(node: Node): { markdown: string; words: number } {
  const hast = fromDom(node);
  const root: HastRoot = hast.type === 'root' ? hast : { type: 'root', children: [hast as HastContent] };
  const tree = toMarkdown.runSync(root);
  const markdown = `${toMarkdown.stringify(tree).replace(/\n{3,}/g, '\n\n').trim()}\n`;
  return { markdown, words: countWords(markdown) };
}

/** Markdown of an HTML fragment (the expected text of a test page, a snippet in a test). */
export function htmlToMarkdown(html: string): { markdown: string; words: number } {
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document };
  return domToMarkdown(document.body);
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function removeComments(node: Node | null): void {
  for (let child = node?.firstChild ?? null; child; ) {
    const next = child.nextSibling;
    if (child.nodeType === 8) child.parentNode!.removeChild(child);
    else if (child.nodeType === 1) removeComments(child);
    child = next;
  }
}

/** Readability on `doc` (which it changes), then Markdown; `null` when it finds no article. */
export function extractArticle(doc: Document): Article | null {
  // Comments out of the way first: Readability wraps each run of text between two comments in
  // a paragraph of its own (React pages put `<!-- -->` between the parts of a sentence).
  removeComments(doc.documentElement);
  // The serializer hands back the DOM element itself: no HTML string to parse again.
  const parsed = new Readability<Node>(doc, { charThreshold: 500, serializer: (node) => node }).parse();
  if (!parsed?.content) return null;
  const { markdown, words } = domToMarkdown(parsed.content);
  return { markdown, words, title: parsed.title ?? null };
}
