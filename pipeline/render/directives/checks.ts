/** The cross-checks computed from the figures, each with its result and computation. */
import { h } from 'hastscript';
import type { Directive } from '../context.ts';
import { CHECK_TEXT } from '../context.ts';
import { keepUnits } from '../pieces.ts';

export const checks: Directive = {
  name: 'checks', kind: 'leaf', usage: '::checks',
  description: 'the cross-checks',
  render(_node, ctx) {
    if (ctx.input.checks.length === 0) return h('p', { className: ['empty'] }, 'No cross-check could be computed from these figures.');
    return h('table', { className: ['checks-table'] }, [
      h('caption', 'Cross-checks computed from the figures'),
      h('thead', h('tr', ['Check', 'Result', 'Computation'].map((c) => h('th', { scope: 'col' }, c)))),
      h(
        'tbody',
        ctx.input.checks.map((c) =>
          h('tr', { className: [`check-${c.status}`] }, [
            h('th', { scope: 'row' }, c.title),
            h('td', h('span', { className: ['status', `check-${c.status}`] }, CHECK_TEXT[c.status])),
            h('td', { className: ['check-detail'] }, keepUnits(c.detail)),
          ]),
        ),
      ),
    ]);
  },
};
