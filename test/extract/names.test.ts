/**
 * Unknown names (a capitalised name next to a number that matches no entity) and who gives a
 * figure (attribution), and the confidence every claim carries: on sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { extract, unknownEntityWarnings } from '../../pipeline/extract/index.ts';
import { formatClaimsReport, unclaimedNumbers } from '../../pipeline/extract/report.ts';
import { capitalisedNames, distance, nearestAlias, suggestedLine } from '../../pipeline/extract/names.ts';
import { format } from '../../pipeline/shared/errors.ts';

const lexicon = parseLexicon(
  'x.yaml',
  `entities:
  - {id: ak-zhol, name: Ak Zhol, kind: party, aliases: [Ak Zhol]}
  - {id: unity, name: Unity, kind: party, aliases: [Unity]}
election: {year: 2031}
`,
);

function run(body: string) {
  const corpus = ingest([{ file: 'sources/x.md', text: `---\nid: x\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\n${body}\n` }], lexicon);
  return { corpus, claims: extract(corpus, lexicon) };
}

describe('unknown names', () => {
  it('"The Akzhol party won 9 seats": entity unknown with the name as written, never the chamber size', () => {
    const { claims } = run('Unity won 41 seats. The Akzhol party won 9 seats.');
    expect(claims.map((c) => [c.text, c.metric, c.entity, c.surface?.text ?? null])).toEqual([
      ['41', 'seats_total', 'unity', null],
      ['9', 'seats_total', 'unknown', 'Akzhol'],
    ]);
    expect(claims[1]!.confidence?.entity).toBe('unknown-name');
  });

  it('warns with the place of the name and the nearest alias', () => {
    const { corpus, claims } = run('Unity won 41 seats. The Akzhol party won 9 seats.');
    expect(unknownEntityWarnings(corpus, claims, lexicon).map(format)).toEqual([
      `sources/x.md:10:25: warning: "Akzhol" is no known entity; nearest alias "Ak Zhol" (ak-zhol) [unknown-entity]\n  The number next to it is kept as a claim of entity \`unknown\`, never a figure of the whole election. Add the name to sources/lexicon.yaml (\`make claims\` suggests a line).`,
    ]);
  });

  it('make claims lists the name with a lexicon line', () => {
    const { corpus, claims } = run('The Akzhol party won 9 seats. Freedom Alliance: 4 seats.');
    const report = formatClaimsReport(corpus, claims, unclaimedNumbers(corpus, lexicon, claims), lexicon.entities);
    expect(report).toContain('"Akzhol" (sources/x.md:10:5)\n    add "Akzhol" to the aliases of ak-zhol');
    expect(report).toContain('- {id: freedom-alliance, name: "Freedom Alliance", kind: party, aliases: ["Freedom Alliance"]}');
  });

  it('sentence openers, metric words and known names are no unknown names', () => {
    const text = 'In Unity, Turnout was 60% and The Greens won 5%';
    expect(capitalisedNames(text, [{ start: 3, end: 8 }], new Set(['in', 'the', 'turnout'])).map((n) => n.value)).toEqual(['Greens']);
  });

  it('a word that opens a sentence ("Although", "Fourth,", "Finally,") or a title ("President-elect") is no unknown name', () => {
    const read = (s: string) => run(s).claims.map((c) => [c.text, c.metric, c.entity]);
    expect(read('Although 2.4 million people were eligible to vote, fewer than half did.')).toEqual([['2.4 million', 'registered_voters', 'national']]);
    expect(read('Fourth, with 6.2% and five seats, is Unity.')).toEqual([
      ['6.2%', 'vote_share', 'unity'],
      ['five', 'seats_total', 'unity'],
    ]);
    expect(read('Ak Zhol won 41% of the vote. Finally, Unity took 12.5% of the vote.').map((c) => c[2])).toEqual(['ak-zhol', 'unity']);
    expect(read('The candidate of the ruling party, Unity, was proclaimed the new President-elect with 42.9% of the votes.')).toEqual([['42.9%', 'vote_share', 'unity']]);
  });

  it('nearest alias by spelling', () => {
    expect(distance('akzhol', 'akzhol')).toBe(0);
    expect(nearestAlias('Akzhol', lexicon.entities)).toEqual({ alias: 'Ak Zhol', id: 'ak-zhol', distance: 0 });
    expect(suggestedLine('Unitee', nearestAlias('Unitee', lexicon.entities))).toBe('add "Unitee" to the aliases of unity');
  });
});

describe('attribution and confidence on every claim', () => {
  it('"according to …", "an exit poll by …", "analysts estimate"', () => {
    const at = (s: string) => run(s).claims.map((c) => c.attribution);
    expect(at('According to the Central Election Commission, Unity won 41% of the vote.')).toEqual(['According to the Central Election Commission']);
    expect(at('An exit poll by Ipsos gave Unity 35 seats.')).toEqual(['An exit poll by Ipsos']);
    expect(at('Analysts estimate that Unity won about 40% of the vote.')).toEqual(['Analysts estimate']);
    expect(at('Unity won 41% of the vote.')).toEqual([null]);
  });

  it('says which rule attached the number and how far the name stood', () => {
    const [a, b] = run('Unity won 41% of the vote, and 9.1 percent went to Ak Zhol.').claims;
    const none = 'no stage word in its sentence or before it (step 7)';
    expect(a!.confidence).toEqual({ metric: 'cue-right-after', entity: 'name-before', distance: 5, stage: none });
    expect(b!.confidence).toEqual({ metric: 'list-goes-on', entity: 'number-first', distance: 9, stage: none });
  });
});
