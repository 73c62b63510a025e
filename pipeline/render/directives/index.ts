/**
 * The directives of the template language (README "Editing the briefing"), one file each. To add
 * one, write `directives/<name>.ts` exporting a `Directive` (a function from the directive node
 * and the read-only render context to hast) and list it here. The order is the order in which
 * error hints list the names.
 */
import type { Directive } from '../context.ts';
import { changes } from './changes.ts';
import { chart } from './chart.ts';
import { checks } from './checks.ts';
import { count } from './count.ts';
import { disagreements } from './disagreements.ts';
import { election } from './election.ts';
import { fig } from './fig.ts';
import { figures } from './figures.ts';
import { keyfigures } from './keyfigures.ts';
import { legend } from './legend.ts';
import { methods } from './methods.ts';
import { name } from './name.ts';
import { sources } from './sources.ts';

export const DIRECTIVES: readonly Directive[] = [fig, name, count, election, chart, keyfigures, legend, figures, disagreements, checks, methods, sources, changes];

/** The directive of that name and kind, if there is one. */
export function directiveNamed(kind: Directive['kind'], name: string): Directive | undefined {
  return DIRECTIVES.find((d) => d.kind === kind && d.name === name);
}

/** The names of the directives of one kind, in table order. */
export function directiveNames(kind: Directive['kind']): string[] {
  return DIRECTIVES.filter((d) => d.kind === kind).map((d) => d.name);
}
