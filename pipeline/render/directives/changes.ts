/** What changed since the last published briefing, from output/data/changes.json (its sentences are written by the changes stage). */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Directive } from '../context.ts';
import * as msg from '../../shared/messages.ts';
import { formatDate } from '../pieces.ts';

export const changes: Directive = {
  name: 'changes', kind: 'leaf', usage: '::changes',
  description: 'what changed since the last published briefing',
  render(_node, ctx) {
    const changes = ctx.input.changes;
    if (changes == null) {
      return h('div', { className: ['changes'] }, h('p', { className: ['empty', 'changes-none'] }, msg.CHANGES_UNAVAILABLE));
    }
    if (changes.first || changes.empty || changes.previous == null) {
      return h('div', { className: ['changes'] }, h('p', { className: ['empty', 'changes-none'] }, changes.summary));
    }
    const withLabel = (id: string, text: string): (Element | string)[] => {
      const f = ctx.figures.get(id);
      const rest = text.startsWith(`${id}: `) ? text.slice(id.length + 2) : text;
      const label = f ? ctx.figureLabel(f) : id;
      return [h('strong', label), h('span', { className: ['change-id'] }, [' (', h('code', id), ')']), `: ${rest}`];
    };
    const groups: [keyof typeof msg.CHANGES_HEADINGS, (Element | string)[][]][] = [
      ['figures', changes.figures.map((c) => withLabel(c.id, c.text))],
      ['conflicts', changes.conflicts.map((c) => withLabel(c.figure, c.text))],
      ['sources', changes.sources.map((c) => [c.text])],
      ['checks', changes.checks.map((c) => [c.text])],
      ['inputs', changes.inputs.map((c) => [c.text])],
    ];
    return h('div', { className: ['changes'] }, [
      h('p', { className: ['changes-lead'] }, [h('strong', `${changes.summary}. `), msg.CHANGES_SINCE(changes.previous.date ? formatDate(changes.previous.date) : null, changes.previous.digest), '.']),
      ...(changes.republished ? [h('p', { className: ['changes-note'] }, msg.CHANGES_REPUBLISHED(changes.previous.date ? formatDate(changes.previous.date) : null))] : []),
      ...groups
        .filter(([, items]) => items.length > 0)
        .map(([key, items]) => h('section', { className: ['changes-group'] }, [h('h3', msg.CHANGES_HEADINGS[key]), h('ul', items.map((children) => h('li', children)))])),
    ]);
  },
};
