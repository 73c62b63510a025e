/**
 * How the lexicon's names are matched in text beyond the spellings listed, so that an analyst's
 * one-line entity ("{id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames]}") finds the
 * forms articles use:
 *
 * - `fold` (shared/fold.ts): letters with accents are read as their base letter, every dash as a
 *   hyphen ("Progresívne Slovensko" finds "Progresivne Slovensko").
 * - `aliasForms`: quotes around a name are dropped ('"Georgian Dream"' is Georgian Dream); a
 *   name with its abbreviation in brackets ("Alternative for Germany (AfD)") is each of the two
 *   as well; a candidate is also called by each word of their name ("Ann Ames": "Ames"), a
 *   party by its name without "party" and in the plural ("Green Party": "Greens"), unless
 *   another entity has that form; such a derived form matches only with a capital.
 * - `definedAbbreviation`: an abbreviation an article defines in brackets after a known name
 *   ("Progressive Unity (PU)"): the extract stage reads it as that entity in the article.
 *
 * Pure and linear in the text.
 */

import { fold } from '../shared/fold.ts';

export { fold };

const QUOTES = /["“”„«»‘’']+$|^["“”„«»‘’']+/g;
/** "Name (ABBR)": a name, a space, and a capitalised name or abbreviation of two letters or more in brackets ("JD(S)" is one name). */
const BRACKETED = /^(.{2,}?)\s+\((\p{Lu}[^()]+)\)$/u;

/**
 * The forms an entity's names are matched by: `listed`, each alias folded, without surrounding
 * quotes, and split at a bracketed part; `derived`, short forms of the listed names:
 * - a candidate's own names, each word of the name ("Ann Ames": "Ann", "Ames");
 * - a party or group named with a head word (`heads`: "party", "union", …): the name without it
 *   and its plural ("Green Party": "Green", "Greens"; "Socialist Party": "Socialists";
 *   "Democratic Party": "Democrats").
 * A derived word that is a common word (`common`, lower-cased: "national", "party") is left out.
 */
export function aliasForms(e: { name: string; kind: string; aliases: string[] }, common: ReadonlySet<string>, heads: ReadonlySet<string>): { listed: string[]; derived: string[] } {
  const listed = new Set<string>();
  const add = (s: string) => {
    const t = fold(s).replace(QUOTES, '').trim();
    if (t) listed.add(t);
  };
  for (const a of e.aliases) {
    add(a);
    const m = BRACKETED.exec(a.trim());
    if (m) {
      add(m[1]!);
      add(m[2]!);
    }
  }
  const derived = new Set<string>();
  const capitalised = (w: string) => /^\p{Lu}[\p{L}'’-]+$/u.test(w) && !common.has(w.toLowerCase());
  if (e.kind === 'candidate') {
    for (const w of fold(e.name.replace(/\([^()]*\)/g, ' ')).trim().split(/\s+/)) if (w.length >= 3 && capitalised(w)) derived.add(w);
  } else {
    for (const n of [e.name, ...listed]) {
      const words = fold(n).replace(QUOTES, '').replace(/^the\s+/i, '').trim().split(/\s+/);
      if (words.length < 2 || !heads.has(words.at(-1)!.toLowerCase())) continue;
      const rest = words.slice(0, -1);
      if (!rest.every((w) => /^\p{Lu}/u.test(w)) || rest.every((w) => common.has(w.toLowerCase()))) continue;
      derived.add(rest.join(' '));
      const last = rest.at(-1)!;
      if (/^\p{Lu}\p{Ll}+$/u.test(last)) derived.add([...rest.slice(0, -1), last.endsWith('ic') ? `${last.slice(0, -2)}s` : `${last}s`].join(' '));
    }
  }
  for (const d of listed) derived.delete(d);
  return { listed: [...listed], derived: [...derived] };
}

/**
 * Which entity each matched form (by `key`) stands for: listed forms first (a later entity's
 * alias replaces an earlier one's, as before); a derived form only where no listed form and no
 * other entity's derived form is the same. `capitalOnly`: the keys of derived forms, which match
 * only when the text writes them with a capital.
 */
export function entityForms(
  entities: { id: string; name: string; kind: string; aliases: string[] }[],
  key: (s: string) => string,
  common: ReadonlySet<string>,
  heads: readonly string[],
): { forms: Map<string, string>; capitalOnly: Set<string> } {
  const headSet = new Set(heads.map((h) => h.toLowerCase()));
  const forms = new Map<string, string>();
  const all = entities.map((e) => ({ id: e.id, ...aliasForms(e, common, headSet) }));
  for (const f of all) for (const a of f.listed) forms.set(key(a), f.id);
  const derived = new Map<string, string | null>();
  for (const f of all) for (const a of f.derived) derived.set(key(a), derived.has(key(a)) && derived.get(key(a)) !== f.id ? null : f.id);
  const capitalOnly = new Set<string>();
  for (const [k, id] of derived) {
    if (!id || forms.has(k)) continue;
    forms.set(k, id);
    capitalOnly.add(k);
  }
  return { forms, capitalOnly };
}

/** Right after a name: a bracketed abbreviation of two to eight letters, two or more of them capitals ("(PU)", "(AfD)"). */
const ABBREVIATION = /^\s*\((\p{Lu}[\p{L}\p{N}&-]{1,7})\)/u;

/** The abbreviation `after` (the text right after a name) opens with, if any. */
export function definedAbbreviation(after: string): string | null {
  const m = ABBREVIATION.exec(after);
  if (!m) return null;
  const caps = m[1]!.replace(/[^\p{Lu}]/gu, '').length;
  return caps >= 2 ? m[1]! : null;
}
