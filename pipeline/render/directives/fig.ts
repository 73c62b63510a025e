/**
 * A figure in the text: its value and unit, one citation mark per source, ‡ or †, and the quotes
 * behind it on hover. `{stage=preliminary}` cites a counting stage (the stage's own figure
 * `<id>.<stage>` where the stages differ, else the figure when its value is of that stage);
 * `{at="10:00"}` a snapshot of the figure (`<id>.at-…` with that moment).
 */
import type { Figure } from '../../shared/schema.ts';
import type { Directive, DirectiveNode, RenderContext } from '../context.ts';
import * as msg from '../../shared/messages.ts';

export const fig: Directive = {
  name: 'fig', kind: 'text', usage: ':fig[<figure id, or vote_share.@1 by rank>]{unit=none stage=<stage> at=<moment>}',
  description: 'a figure: value, unit, citation marks, quotes on hover; a counting stage or a snapshot of it',
  attributes: [
    { key: 'unit', written: 'unit=none' },
    { key: 'stage', written: 'stage=<stage>' },
    { key: 'at', written: 'at=<moment>' },
  ],
  render(node, ctx) {
    const id = ctx.label(node);
    const figure = ctx.figureNamed(node, id);
    const attrs = node.attributes ?? {};
    return ctx.figureRef(figureAt(node, ctx, figure, attrs.stage, attrs.at), attrs.unit !== 'none');
  },
};

function figureAt(node: DirectiveNode, ctx: RenderContext, figure: Figure, stage: string | null | undefined, at: string | null | undefined): Figure {
  if (stage) {
    const own = ctx.figures.get(`${figure.id}.${stage}`);
    if (own && own.kind === 'stage') return own;
    if (figure.qualifier === stage) return figure;
    const stages = [...ctx.figures.values()].filter((f) => f.kind === 'stage' && f.id.startsWith(`${figure.id}.`)).map((f) => f.qualifier);
    ctx.fail(node, 'unknown-stage', msg.FIGURE_NO_STAGE(figure.id, stage), msg.FIGURE_NO_STAGE_HINT([...new Set([figure.qualifier, ...stages])]));
  }
  if (at) {
    const snapshots = [...ctx.figures.values()].filter((f) => f.kind === 'snapshot' && f.id.startsWith(`${figure.id}.at-`));
    const found = snapshots.find((f) => f.as_of === at);
    if (found) return found;
    ctx.fail(node, 'unknown-moment', msg.FIGURE_NO_MOMENT(figure.id, at), msg.FIGURE_NO_MOMENT_HINT(snapshots.map((f) => f.as_of ?? '')));
  }
  return figure;
}
