/**
 * The charts a template places: every `::chart[…]{#id}` of templates/briefing.md, with its place.
 * Parsed with the same Markdown and directive syntax as render (so a chart in a code block or a
 * comment is not placed). The charts stage builds these specs only, and `check-event` tells a
 * placed spec that matches no figure (the build fails) from one that is not placed (a warning);
 * both name a spec by its file (`chartId`), as render does.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import type { Nodes, Root } from 'mdast';

export interface PlacedChart {
  id: string;
  line: number | null;
  column: number | null;
  /** Inside an `:::optional` (or `:::otherwise`) passage: left out, with the passage, when the election lacks its data. */
  optional?: boolean;
}

/** The charts `template` places, in the order they stand (an id placed twice is listed twice). */
export function placedCharts(template: string): PlacedChart[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).parse(template) as Root;
  const out: PlacedChart[] = [];
  const within = (node: Nodes, optional: boolean): void => {
    if (node.type === 'leafDirective' && node.name === 'chart') {
      const id = node.attributes?.id;
      if (id) out.push({ id, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null, ...(optional ? { optional } : {}) });
      return;
    }
    const inner = optional || (node.type === 'containerDirective' && (node.name === 'optional' || node.name === 'otherwise'));
    if ('children' in node) for (const child of node.children) within(child, inner);
  };
  within(tree, false);
  return out;
}

/** The charts `template` places only inside `:::optional` passages (each of their placements is). */
export function optionalIds(template: string): Set<string> {
  const placed = placedCharts(template);
  return new Set(placed.filter((c) => c.optional && placed.every((o) => o.id !== c.id || o.optional)).map((c) => c.id));
}

/** The ids of the charts `template` places. */
export function placedIds(template: string): Set<string> {
  return new Set(placedCharts(template).map((c) => c.id));
}

/** The chart id of a spec file: its name without `.vl.json`. */
export function chartId(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.vl\.json$/, '');
}
