/** The disagreement register: every contested result or rule (pieces.ts `inRegister`) with the value used, the rule, and each claim quoted. */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Figure } from '../../shared/schema.ts';
import type { Directive, RenderContext } from '../context.ts';
import { KEEP_WHOLE, QUOTE_WINDOW } from '../context.ts';
import { anchor, claimAnchor, inRegister, keepUnits } from '../pieces.ts';

/**
 * One row of the register: a value, its role and the quote; claims that say the same value in
 * the same words with the same status (a syndicated or copied article) share one row, with a
 * mark for each.
 */
function claimItem(ctx: RenderContext, ids: string[], role: string, used: boolean): Element | null {
  const c = ctx.claims.get(ids[0]!);
  if (!c) return null;
  const others = ids.length - 1;
  return h('li', { className: [used ? 'claim-used' : 'claim-dissent'] }, [
    h('span', { className: ['claim-value'] }, [h('span', { className: ['num'] }, ctx.formatValue({ ...c })), h('span', { className: ['claim-role'] }, role)]),
    h('span', { className: ['claim-body'] }, [
      h('span', { className: ['claim-source'] }, [
        ...ids.flatMap((id, i) => {
          const mark = h('a', { href: `#${claimAnchor(id)}`, className: ['cite'] }, `[${ctx.sourceNumber(ctx.claims.get(id)!.source)}]`);
          return i > 0 ? [' ', mark] : [mark];
        }),
        ` ${ctx.sourceLabel(c.source)}${others > 0 ? ` and ${others} other${others === 1 ? '' : 's'} in the same words` : ''}, ${c.qualifier}, ${ctx.sentencePlace(c)}`,
      ]),
      ' ',
      ctx.markedQuote(c.quote, c.span[0], [c], QUOTE_WINDOW),
    ]),
  ]);
}

/** Each claim once: the value used and its claims, then each disagreeing value (for a conflict: every value). */
function registerItems(ctx: RenderContext, f: Figure): Element[] {
  const listed = new Set<string>();
  const rows = new Map<string, { ids: string[]; role: string; used: boolean }>();
  const add = (id: string, role: string, used: boolean) => {
    const c = ctx.claims.get(id);
    if (listed.has(id) || !c) return;
    listed.add(id);
    const key = JSON.stringify([role, ctx.formatValue({ ...c }), c.qualifier, c.quote]);
    const row = rows.get(key);
    if (row) row.ids.push(id);
    else rows.set(key, { ids: [id], role, used });
  };
  const conflict = f.status === 'conflict';
  if (!conflict) for (const id of f.claims) add(id, 'used', true);
  for (const d of f.dissent) for (const id of d.claims) add(id, conflict ? 'one of the values' : `dissents: ${d.kind.replace(/-/g, ' ')}`, false);
  for (const id of f.claims) add(id, conflict ? 'one of the values' : 'used', !conflict);
  return [...rows.values()].map((r) => claimItem(ctx, r.ids, r.role, r.used)).filter((r): r is Element => r != null);
}

export const disagreements: Directive = {
  name: 'disagreements', kind: 'leaf', usage: '::disagreements',
  description: 'the disagreement register',
  render(_node, ctx) {
    const contested = [...ctx.figures.values()].filter(inRegister);
    if (contested.length === 0) return h('p', { className: ['empty'] }, 'The sources agree on every figure.');
    const itemsOf = new Map(contested.map((f) => [f.id, registerItems(ctx, f)]));
    return h(
      'div',
      { className: ['register'] },
      contested.map((f) =>
        h('section', { className: ['register-entry', ...(itemsOf.get(f.id)!.length <= KEEP_WHOLE ? ['keep-whole'] : [])], id: `disagreement-${anchor(f.id)}` }, [
          h('div', { className: ['register-head'] }, [
            h('h3', ctx.figureLabel(f)),
            h('p', { className: ['register-verdict'] }, [
              h('span', { className: ['status', `status-${f.status}`] }, f.status),
              ' ',
              h('strong', f.status === 'conflict' ? 'No value chosen. ' : `Value used: ${ctx.formatValue(f)}${f.qualifier !== 'unspecified' ? ` (${f.qualifier})` : ''}. `),
              keepUnits(f.rule),
            ]),
          ]),
          h('ul', { className: ['register-claims'] }, itemsOf.get(f.id)!),
          ...f.dissent.map((d) => h('p', { className: ['dissent-note'] }, keepUnits(d.note))),
        ]),
      ),
    );
  },
};
