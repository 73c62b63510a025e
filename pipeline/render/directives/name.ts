/** An entity's display name from the lexicon. */
import { h } from 'hastscript';
import type { Directive } from '../context.ts';

export const name: Directive = {
  name: 'name', kind: 'text', usage: ':name[<entity id, or @1 by rank>]',
  description: "an entity's display name from the lexicon",
  render(node, ctx) {
    const id = ctx.label(node);
    return h('span', { className: ['entity'] }, ctx.entityNamed(node, id));
  },
};
