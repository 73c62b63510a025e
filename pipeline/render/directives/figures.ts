/** The table of every figure (derived ones aside) with value, status and citation marks, grouped by kind. */
import { h } from 'hastscript';
import type { Figure } from '../../shared/schema.ts';
import type { Directive } from '../context.ts';

/** Headings of the groups of the figure table, by the figure's kind (schema.ts), in table order. */
const KIND_HEADINGS = new Map([
  ['result', 'Results'],
  ['latest', 'Latest snapshots (no complete count reported)'],
  ['historical', 'Earlier elections'],
  ['forecast', 'Forecasts before the vote'],
  ['estimate', 'Estimates'],
  ['rule', 'Rules of the election'],
]);

export const figures: Directive = {
  name: 'figures', kind: 'leaf', usage: '::figures',
  description: 'the table of all figures with their status',
  render(_node, ctx) {
    const row = (f: Figure) =>
      h('tr', [
        h('th', { scope: 'row' }, [ctx.figureLabel(f), h('br'), h('code', f.id)]),
        h('td', { className: ['num'] }, [ctx.formatValue(f), ...(ctx.flag(f) ? [ctx.flag(f)!] : [])]),
        h('td', [
          h('span', { className: ['status', `status-${f.status}`] }, f.status),
          ...(f.qualifier !== 'unspecified' && f.qualifier !== f.kind ? [h('span', { className: ['qualifier'] }, f.qualifier)] : []),
        ]),
        h('td', { className: ['cites-cell'] }, ctx.citeMarks(f.claims)),
      ]);
    const shown = [...ctx.figures.values()].filter((f) => f.status !== 'derived');
    // One body per kind of figure (schema.ts: figures of different kinds never mix), in this order.
    const kinds = [...KIND_HEADINGS.keys(), ...new Set(shown.map((f) => f.kind).filter((k) => !KIND_HEADINGS.has(k)))];
    const bodies = kinds
      .map((kind) => ({ kind, figures: shown.filter((f) => f.kind === kind) }))
      .filter((g) => g.figures.length > 0)
      .map((g) =>
        h('tbody', [
          h('tr', { className: ['group'] }, h('th', { scope: 'colgroup', colSpan: 4 }, KIND_HEADINGS.get(g.kind) ?? g.kind)),
          ...g.figures.map(row),
        ]),
      );
    return h('table', { className: ['figure-table'] }, [
      h('caption', 'Every figure the sources state, with the value used and its status'),
      h('thead', h('tr', [h('th', { scope: 'col' }, 'Figure'), h('th', { scope: 'col' }, 'Value'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Sources')])),
      ...bodies,
    ]);
  },
};
