/**
 * The editors' page layout (templates/layout.html) is data too: it is parsed and checked before
 * it is used, so the briefing stays script-free and self-contained whatever the layout holds.
 *
 * Refused, with the place in the file: elements that run code, embed or load other documents
 * (script, iframe, object, embed, frame, frameset, applet, base, link, noscript, portal), a
 * `<meta http-equiv>` (refresh, cookies, policies), an event-handler attribute (`onload=` …), a
 * `style` attribute or `<style>` element whose CSS loads anything (see style-check.ts), and an
 * address in a URL attribute that is not a `#fragment` or a `data:` image.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { diagnostic, PipelineError, type Diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';
import { isSafeLayoutAddress } from './addresses.ts';
import { checkStyle } from './style-check.ts';

const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'base', 'link', 'noscript', 'portal', 'template']);
/** hast property names of attributes that hold an address. */
const URL_PROPERTIES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'background', 'cite', 'data', 'ping', 'manifest', 'longDesc', 'codeBase', 'xLinkHref', 'itemId']);

export interface CheckedLayout {
  tree: Root;
  warnings: Diagnostic[];
}

export function checkLayout(file: string, text: string): CheckedLayout {
  const tree = unified().use(rehypeParse, { fragment: false }).parse(text) as Root;
  const warnings: Diagnostic[] = [];
  visit(tree, 'element', (node: Element) => {
    const start = node.position?.start;
    const place = { file, line: start?.line ?? null, column: start?.column ?? null };
    const refuse = (what: string): never => {
      throw new PipelineError(diagnostic(place, 'layout-unsafe', msg.LAYOUT_UNSAFE(what), msg.LAYOUT_UNSAFE_HINT));
    };
    if (FORBIDDEN.has(node.tagName)) refuse(msg.LAYOUT_UNSAFE_ELEMENT(node.tagName));
    const props = node.properties ?? {};
    if (node.tagName === 'meta' && props.httpEquiv !== undefined) refuse(msg.LAYOUT_UNSAFE_HTTP_EQUIV);
    for (const [name, value] of Object.entries(props)) {
      if (/^on/i.test(name)) refuse(msg.LAYOUT_UNSAFE_HANDLER(name.toLowerCase()));
      if (URL_PROPERTIES.has(name)) {
        for (const v of Array.isArray(value) ? value : [value]) {
          const address = String(v).trim();
          if (!isSafeLayoutAddress(address)) refuse(msg.LAYOUT_UNSAFE_ADDRESS(address.slice(0, 80), name));
        }
      }
      if (name === 'style') {
        const checked = checkStyle(file, `x{${String(value)}}`);
        warnings.push(...checked.warnings.map((w) => ({ ...w, line: place.line, column: place.column })));
      }
    }
    if (node.tagName === 'style') {
      const css = node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');
      warnings.push(...checkStyle(file, css).warnings.map((w) => ({ ...w, line: w.line === null ? null : (start?.line ?? 1) + w.line - 1 })));
    }
  });
  return { tree, warnings };
}
