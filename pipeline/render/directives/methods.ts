/** The methods note: how the figures were made, the policy in force, every input with its hash (the template puts it in an appendix). */
import { h } from 'hastscript';
import type { Directive } from '../context.ts';

export const methods: Directive = {
  name: 'methods', kind: 'leaf', usage: '::methods',
  description: 'the methods note (extraction, policy, inputs and hashes)',
  render(_node, ctx) {
    const sentences = ctx.input.corpus.sources.reduce((n, s) => n + s.sentences.length, 0);
    return h('div', { className: ['methods'] }, [
      h('p', [
        `Figures were extracted by machine from ${ctx.input.corpus.sources.length} articles (${sentences} sentences after removing page furniture such as tickers and navigation). `,
        `Every number the articles state about the election became a claim with its exact sentence; claims about the same quantity were reconciled into one figure by the policy below. `,
        `${ctx.input.claims.length} claims gave ${ctx.input.figures.length} figures.`,
      ]),
      h('h3', 'Reconciliation policy'),
      h('ul', ctx.input.policy.map((p) => h('li', p))),
      h('h3', 'Inputs of this build'),
      h('table', { className: ['inputs-table'] }, [
        h('caption', 'Every file the briefing was built from, with its SHA-256 content hash'),
        h('thead', h('tr', [h('th', { scope: 'col' }, 'File'), h('th', { scope: 'col' }, 'SHA-256')])),
        h('tbody', ctx.input.inputs.map((i) => h('tr', [h('td', h('code', i.path)), h('td', h('code', { className: ['hash'] }, i.sha256))]))),
      ]),
    ]);
  },
};
