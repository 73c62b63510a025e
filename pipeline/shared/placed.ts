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
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

export interface PlacedChart {
  id: string;
  line: number | null;
  column: number | null;
}

/** The charts `template` places, in the order they stand (an id placed twice is listed twice). */
export function placedCharts(template: string): PlacedChart[] {
  const tree = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).parse(template) as Root;
  const out: PlacedChart[] = [];
  visit(tree, (node) => {
    if (node.type !== 'leafDirective' || node.name !== 'chart') return;
    const id = node.attributes?.id;
    if (id) out.push({ id, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null });
  });
  return out;
}

/** The ids of the charts `template` places. */
export function placedIds(template: string): Set<string> {
  return new Set(placedCharts(template).map((c) => c.id));
}

/** The chart id of a spec file: its name without `.vl.json`. */
export function chartId(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.vl\.json$/, '');
}
