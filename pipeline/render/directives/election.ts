/**
 * A word of the election from the lexicon (`:election[chamber]` → "Mazhilis"), so that a template
 * names no election of its own: `country`, `chamber` (its first name), `kind` (what the election
 * is called, `electionKind`), `year`, `date` (election day, "19 March 2023"; days of voting, "15–17 March 2024"), `previous` (the
 * previous election's year). In the front matter too (`title: ":election[country]'s election"`).
 */
import { h } from 'hastscript';
import type { Directive } from '../context.ts';
import { countryNames, type Lexicon } from '../../shared/lexicon.ts';
import * as msg from '../../shared/messages.ts';

/** Election day as a reader writes it ("19 March 2023"): Intl, in UTC, so the machine's zone never shifts it. */
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * What the election is called (`:election[kind]`): the lexicon's `election.kind`, else from what
 * it elects: a chamber and candidates, a general election (a president and a parliament the same
 * day); a chamber alone, "<chamber> election" (a parliamentary election when the chamber's name
 * holds the country's); candidates alone, a presidential election; options
 * alone, a referendum; else an election.
 */
export function electionKind(l: Lexicon): string | null {
  if (!l.election) return null;
  if (l.election.kind) return l.election.kind;
  const chamber = l.election.chamber[0];
  const has = (kind: string) => l.entities.some((e) => e.kind === kind);
  // A chamber named after its country ("Assembly of Albania") is a parliamentary election: the
  // title already names the country ("Albania's parliamentary election", not "Albania's Assembly
  // of Albania election").
  const named = (c: string) => countryNames(l).some((n) => c.toLowerCase().includes(n.toLowerCase()));
  if (chamber) return has('candidate') ? 'general election' : named(chamber) ? 'parliamentary election' : `${chamber} election`;
  if (has('candidate')) return 'presidential election';
  return has('option') && !has('party') ? 'referendum' : 'election';
}

/** What `:election[…]` may name, and where the lexicon says it (null: the lexicon does not). */
export const ELECTION_WORDS: Record<string, (l: Lexicon) => string | null> = {
  country: (l) => countryNames(l)[0] ?? null,
  chamber: (l) => l.election?.chamber[0] ?? null,
  kind: electionKind,
  year: (l) => (l.election ? String(l.election.year) : null),
  date: (l) => {
    const e = l.election;
    if (!e?.date) return null;
    const first = new Date(`${e.date}T00:00:00Z`);
    if (!e.last_day) return DAY.format(first);
    // Voting over several days, Intl's range: "15–17 March 2024" (days alone close up to the
    // dash), "28 February – 1 March 2024" (Intl's thin spaces made plain).
    const range = DAY.formatRange(first, new Date(`${e.last_day}T00:00:00Z`));
    return /^\d+\s–\s\d+\s/.test(range) ? range.replace(/\s–\s/, '–') : range.replace(/\s–\s/, ' – ');
  },
  previous: (l) => (l.election?.previous != null ? String(l.election.previous) : null),
};

/** The word, or why there is none: the message and hint of a build error. */
export function electionWord(what: string, lexicon: Lexicon): { word: string } | { rule: string; message: string; hint: string } {
  const get = ELECTION_WORDS[what];
  if (!get) return { rule: 'unknown-election-word', message: msg.UNKNOWN_ELECTION_WORD(what), hint: msg.UNKNOWN_ELECTION_WORD_HINT(Object.keys(ELECTION_WORDS)) };
  const word = get(lexicon);
  return word === null ? { rule: 'election-word', message: msg.ELECTION_WORD_MISSING(what), hint: msg.ELECTION_WORD_MISSING_HINT(what) } : { word };
}

export const election: Directive = {
  name: 'election', kind: 'text', usage: ':election[country|chamber|kind|year|date|previous]',
  description: "a word of the election from the lexicon: its country, chamber, kind (\"general election\"), year, election day or the previous election's year",
  render(node, ctx) {
    const what = ctx.label(node);
    const r = electionWord(what, ctx.input.lexicon);
    if ('message' in r) return ctx.fail(node, r.rule, r.message, r.hint);
    return h('span', { className: ['election'] }, r.word);
  },
};
