/** The numbered source list: outlet, author, title, date, link, and every quoted sentence with its numbers marked. */
import { h } from 'hastscript';
import type { ElementContent } from 'hast';
import type { Claim, SourceMeta } from '../../shared/schema.ts';
import type { Directive } from '../context.ts';
import { anchor, claimAnchor, formatDate } from '../pieces.ts';

/** "A, B or C". */
function either(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * The head of a source entry: what is known, in order (outlet and author, title, date, address),
 * then one sentence for what is not ("No date or address given."). With neither outlet nor
 * title, the file the text came from names it.
 */
export function sourceHead(m: SourceMeta, file: string): ElementContent[] {
  const out: ElementContent[] = [];
  if (m.outlet) out.push(h('strong', m.outlet), m.author ? { type: 'text', value: `, ${m.author}. ` } : { type: 'text', value: '. ' });
  if (m.title) out.push(h('cite', m.title), { type: 'text', value: '. ' });
  if (!m.outlet && !m.title) out.push({ type: 'text', value: 'Text in ' }, h('span', { className: ['locator'] }, file), { type: 'text', value: m.author ? `, by ${m.author}. ` : '. ' });
  if (m.published) out.push({ type: 'text', value: `${formatDate(m.published)}. ` });
  if (m.url) out.push(h('a', { href: m.url }, m.url), { type: 'text', value: ' ' });
  const missing = [!m.outlet && 'outlet', !m.title && 'title', !m.published && 'date', !m.url && 'address'].filter((w): w is string => Boolean(w));
  if (missing.length) out.push({ type: 'text', value: `No ${either(missing)} given.` });
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return out;
}

export const sources: Directive = {
  name: 'sources', kind: 'leaf', usage: '::sources',
  description: 'the numbered source list with every quote cited',
  render(_node, ctx) {
    // The cited claims of each source, in one pass (a pass per source would cost sources × claims).
    const cited = new Map<string, Claim[]>();
    for (const c of ctx.input.claims) {
      if (!ctx.cited.has(c.id)) continue;
      const list = cited.get(c.source);
      if (list) list.push(c);
      else cited.set(c.source, [c]);
    }
    const items = ctx.sourceOrder.map((id) => {
      const s = ctx.sources.get(id)!;
      const m = s.meta;
      // Claims grouped by sentence, in reading order: one quote per sentence, every number marked.
      const bySentence = new Map<string, Claim[]>();
      for (const c of cited.get(id) ?? []) {
        const group = bySentence.get(c.sentence);
        if (group) group.push(c);
        else bySentence.set(c.sentence, [c]);
      }
      const groups = [...bySentence.values()].sort((a, b) => a[0]!.span[0] - b[0]!.span[0]);
      return h('li', { id: `source-${anchor(id)}`, value: ctx.sourceNumber(id) }, [
        h('p', { className: ['source-head'] }, sourceHead(m, s.file)),
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
                    h('span', { className: ['quote-value'], ...(i > 0 ? { id: claimAnchor(c.id) } : {}) }, c.qualifier !== 'unspecified' ? `${ctx.formatValue(c)} (${c.qualifier})` : ctx.formatValue(c)),
                  );
                  return h('li', { id: claimAnchor(first.id) }, [
                    h('span', { className: ['quote-values'] }, values.flatMap((v, i) => (i > 0 ? [', ', v] : [v]))),
                    ' ',
                    ctx.markedQuote(first.quote, first.span[0], claims),
                    // The locator moves to the next line whole rather than break mid-path.
                    h('span', { className: ['quote-place'] }, [` ${ctx.sentencePlace(first)} \u00b7 `, h('span', { className: ['locator'] }, `${s.file}:${first.line}:${first.column}`)]),
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
