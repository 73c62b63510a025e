/** An entity's display name from the lexicon. */
import { h } from 'hastscript';
import type { Directive } from '../context.ts';
import * as msg from '../../shared/messages.ts';

export const name: Directive = {
  name: 'name', kind: 'text', usage: ':name[<entity id>]',
  description: "an entity's display name from the lexicon",
  render(node, ctx) {
    const id = ctx.label(node);
    return h('span', { className: ['entity'] }, ctx.find(node, ctx.entityNames, id, 'unknown-entity', msg.UNKNOWN_ENTITY(id), msg.UNKNOWN_ENTITY_HINT));
  },
};
