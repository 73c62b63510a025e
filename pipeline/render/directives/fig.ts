/** A figure in the text: its value and unit, one citation mark per source, ‡ or †, and the quotes behind it on hover. */
import type { Directive } from '../context.ts';
import * as msg from '../../shared/messages.ts';

export const fig: Directive = {
  name: 'fig', kind: 'text', usage: ':fig[<figure id>]{unit=none}',
  description: 'a figure: value, unit, citation marks, quotes on hover',
  attributes: [{ key: 'unit', written: 'unit=none' }],
  render(node, ctx) {
    const id = ctx.label(node);
    const figure = ctx.find(node, ctx.figures, id, 'unknown-figure', msg.UNKNOWN_FIGURE(id), msg.UNKNOWN_FIGURE_HINT);
    return ctx.figureRef(figure, node.attributes?.unit !== 'none');
  },
};
