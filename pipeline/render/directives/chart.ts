/** A numbered chart: the SVG the charts stage drew, its caption with the source marks, and the data behind it. */
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { h } from 'hastscript';
import type { ElementContent, Root as HRoot } from 'hast';
import type { Directive, DirectiveNode, RenderContext } from '../context.ts';
import * as msg from '../../shared/messages.ts';
import { anchor } from '../pieces.ts';
import { chartId } from '../../shared/placed.ts';
import { escapeRegex } from '../../shared/regex.ts';

export const chart: Directive = {
  name: 'chart', kind: 'leaf', usage: '::chart[caption]{#<chart id>}',
  description: 'a chart (inline SVG) with caption and data table',
  attributes: [{ key: 'id', written: '#<chart id>' }],
  render(node: DirectiveNode, ctx: RenderContext) {
    const id = node.attributes?.id;
    if (!id) ctx.fail(node, 'malformed-directive', msg.DIRECTIVE_NEEDS_ID('::chart'), msg.CHART_NEEDS_ID_HINT);
    if (!ctx.charts.has(id)) {
      // Only placed charts are built, so a mistyped id is suggested among every spec file of the
      // inputs (listed only then, not for every chart placed).
      const specs = new Map<string, unknown>(ctx.input.inputs.flatMap((f) => /(^|\/)charts\/[^/]+\.vl\.json$/.test(f.path) ? [[chartId(f.path), null]] : []));
      for (const k of ctx.charts.keys()) specs.set(k, null);
      ctx.find(node, specs, id, 'unknown-chart', msg.UNKNOWN_CHART(id), msg.UNKNOWN_CHART_HINT);
    }
    const c = ctx.find(node, ctx.charts, id, 'unknown-chart', msg.UNKNOWN_CHART(id), msg.UNKNOWN_CHART_HINT);
    const caption = ctx.label(node);
    const before = ctx.placeChart(c.id);
    if (before > 0) ctx.warn(node, 'duplicate-chart', msg.DUPLICATE_CHART(c.id), msg.DUPLICATE_CHART_HINT);
    const number = ctx.nextChartNumber();
    // A chart placed again gets ids of its own (`chart-seats-2`, and inside its SVG), so none repeats.
    const suffix = before > 0 ? `-${before + 1}` : '';
    const own = suffix ? c.svg.replace(new RegExp(`(["#\\s])chart-${escapeRegex(c.id)}(?=[-"\\s)])`, 'g'), `$1chart-${c.id}${suffix}`) : c.svg;
    const svg = unified().use(rehypeParse, { fragment: true, space: 'svg' }).parse(own) as HRoot;
    const base = `chart-${anchor(c.id)}${suffix}`;
    const captionId = `${base}-caption`;
    const marks = ctx.sourceMarks(c.figures);
    return h('figure', { className: ['chart'], id: base, ariaLabelledBy: captionId }, [
      // The SVG names itself (role="img", <title> and <desc>, from the charts stage).
      h('div', { className: ['chart-svg'] }, svg.children as ElementContent[]),
      h('figcaption', { id: captionId }, [
        h('span', { className: ['chart-number'] }, `Chart ${number}. `),
        // One sentence: the editor's caption and the sources. What the chart shows value by value
        // is its description (the SVG's <desc>, read by assistive technology) and the data table.
        h('strong', caption || c.title),
        ...(marks.length ? [' ', h('span', { className: ['chart-sources'] }, [marks.length === 1 ? '(source ' : '(sources ', ...marks, ')'])] : []),
        '.',
      ]),
      h('details', { className: ['chart-data'] }, [
        h('summary', 'Data behind the chart'),
        h('table', [
          h('caption', `Data of chart ${number}: ${caption || c.title}`),
          h('thead', h('tr', c.table.columns.map((col) => h('th', { scope: 'col' }, col)))),
          h(
            'tbody',
            c.table.rows.map((row) =>
              h(
                'tr',
                row.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell == null ? '' : String(cell)) : h('td', { className: typeof cell === 'number' ? ['num'] : [] }, cell == null ? '' : String(cell)))),
              ),
            ),
          ),
        ]),
      ]),
    ]);
  },
};
