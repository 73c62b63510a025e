/** The numbered source list: outlet, author, title, date, link, and every quoted sentence with its numbers marked. */
import { h } from 'hastscript';
import type { Claim } from '../../shared/schema.ts';
import { formatValue } from '../../shared/format.ts';
import type { Directive } from '../context.ts';
import { anchor, claimAnchor, formatDate } from '../pieces.ts';

export const sources: Directive = {
  name: 'sources', kind: 'leaf', usage: '::sources',
  description: 'the numbered source list with every quote cited',
  render(_node, ctx) {
    const items = ctx.sourceOrder.map((id) => {
      const s = ctx.sources.get(id)!;
      const m = s.meta;
      // Claims grouped by sentence, in reading order: one quote per sentence, every number marked.
      const bySentence = new Map<string, Claim[]>();
      for (const c of ctx.input.claims) {
        if (c.source !== id || !ctx.cited.has(c.id)) continue;
        bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
      }
      const groups = [...bySentence.values()].sort((a, b) => a[0]!.span[0] - b[0]!.span[0]);
      return h('li', { id: `source-${anchor(id)}`, value: ctx.sourceNumber(id) }, [
        h('p', { className: ['source-head'] }, [
          h('strong', m.outlet ?? 'Outlet unknown'),
          m.author ? `, ${m.author}` : '',
          '. ',
          h('cite', m.title ?? 'Untitled'),
          '. ',
          m.published ? formatDate(m.published) : 'Date unknown',
          '. ',
          m.url ? h('a', { href: m.url }, m.url) : 'Address unknown.',
        ]),
        ...(m.notes ? [h('p', { className: ['source-notes'] }, m.notes)] : []),
        // What ingest could work around (markup in the text, an article emptied by boilerplate
        // removal, …): the build goes on, and the reader is told.
        ...(s.warnings.length
          ? [
              h('div', { className: ['source-warnings'] }, [
                h('p', h('strong', 'Warnings while reading this article')),
                h(
                  'ul',
                  s.warnings.map((w) =>
                    h('li', [w.message, w.line != null ? ` (${w.file}:${w.line}${w.column != null ? `:${w.column}` : ''})` : '', w.hint ? `. ${w.hint}` : '']),
                  ),
                ),
              ]),
            ]
          : []),
        ...(groups.length
          ? [
              h(
                'ul',
                { className: ['quotes'] },
                groups.map((claims) => {
                  const first = claims[0]!;
                  const values = claims.map((c, i) =>
                    h('span', { className: ['quote-value'], ...(i > 0 ? { id: claimAnchor(c.id) } : {}) }, c.qualifier !== 'unspecified' ? `${formatValue(c)} (${c.qualifier})` : formatValue(c)),
                  );
                  return h('li', { id: claimAnchor(first.id) }, [
                    h('span', { className: ['quote-values'] }, values.flatMap((v, i) => (i > 0 ? [', ', v] : [v]))),
                    ' ',
                    ctx.markedQuote(first.quote, first.span[0], claims),
                    h('span', { className: ['quote-place'] }, ` ${ctx.sentencePlace(first)} \u00b7 ${s.file}:${first.line}:${first.column}`),
                  ]);
                }),
              ),
            ]
          : []),
      ]);
    });
    return h('ol', { className: ['source-list'] }, items);
  },
};
