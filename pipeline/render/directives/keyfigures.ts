/**
 * A row of headline figures, large, each with its label and citation marks; every id is checked
 * where it is written. An id ending in `?` (`seats_total.@1?`) is left out when this election
 * lacks it (no such figure, a rank that does not exist), as an optional passage is.
 */
import { h } from 'hastscript';
import type { Directive, DirectiveNode, RenderContext } from '../context.ts';
import * as msg from '../../shared/messages.ts';
import type { Figure } from '../../shared/schema.ts';

export const keyfigures: Directive = {
  name: 'keyfigures', kind: 'leaf', usage: '::keyfigures[<id> <id>? …]',
  description: 'a row of headline figures, large, with label and citation marks',
  render(node: DirectiveNode, ctx: RenderContext) {
    const text = node.children[0];
    const value = text && text.type === 'text' ? text.value : ctx.label(node);
    if (!value.trim()) ctx.fail(node, 'malformed-directive', msg.DIRECTIVE_NEEDS_ID('::keyfigures'), msg.KEYFIGURES_NEEDS_IDS_HINT);
    const figures: Figure[] = [];
    const re = /\S+/g;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      const written = m[0].replace(/,$/, '');
      const optional = written.endsWith('?');
      const id = optional ? written.slice(0, -1) : written;
      const start = text?.position?.start;
      const place = start && !value.slice(0, m.index).includes('\n') ? { line: start.line, column: start.column + m.index } : { line: node.position?.start.line ?? null, column: node.position?.start.column ?? null };
      if (optional) {
        const missing = ctx.missingFigure(id);
        if (missing) {
          ctx.leftOut.push(msg.OPTIONAL_LEFT_OUT(place.line, missing));
          continue;
        }
      }
      figures.push(ctx.figureNamed(node, id, place));
    }
    return h(
      'dl',
      { className: ['key-figures'] },
      figures.map((f) =>
        h('div', { className: ['key-figure'] }, [
          h('dt', ctx.figureLabel(f)),
          // A snapshot (the latest one, where no complete count is reported) says its moment.
          h('dd', [h('span', { className: ['key-value'] }, ctx.figureRef(f, true)), f.as_of && f.as_of !== f.qualifier ? h('span', { className: ['key-qualifier'] }, msg.FIGURE_AS_OF(f.as_of)) : f.qualifier !== 'unspecified' ? h('span', { className: ['key-qualifier'] }, f.qualifier) : '']),
        ]),
      ),
    );
  },
};
