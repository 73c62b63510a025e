import { escapeRegex } from '../shared/regex.ts';

/**
 * A chart's figure pattern (`vote_share.*`) as a regular expression: `*` stands for one part of
 * an id (no dots). The charts stage selects figures with it; `check-event` finds the specs whose
 * patterns match no figure with the same rule.
 */
export function patternRegex(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map(escapeRegex).join('[^.]*')}$`);
}
