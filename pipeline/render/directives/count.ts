/** A count that depends on the corpus (`:count[sources]` → "five"), so that no count is typed by hand. */
import { h } from 'hastscript';
import type { Directive } from '../context.ts';
import { COUNTS, countWord } from '../counts.ts';
import * as msg from '../../shared/messages.ts';

export const count: Directive = {
  name: 'count', kind: 'text', usage: ':count[sources|figures|claims|contested|checks|charts]',
  description: 'how many sources, figures, claims, contested figures, checks or charts the briefing has, in words up to nine',
  render(node, ctx) {
    const what = ctx.label(node);
    const counter = ctx.find(node, new Map(Object.entries(COUNTS)), what, 'unknown-count', msg.UNKNOWN_COUNT(what), msg.UNKNOWN_COUNT_HINT(Object.keys(COUNTS)));
    return h('span', { className: ['count'] }, countWord(counter(ctx.input), ctx.input, ctx.language));
  },
};
