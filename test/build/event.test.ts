/**
 * check-event's rules on small written inputs (pipeline/build/event.ts), the charts a template
 * places (shared/placed.ts), and the event's currencies joined to the general ones.
 */
import { describe, expect, it } from 'vitest';
import { checkEvent } from '../../pipeline/build/event.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { optionalIds, placedCharts } from '../../pipeline/shared/placed.ts';
import { rankings as rankingsOf } from '../../pipeline/shared/rank.ts';
import type { Corpus } from '../../pipeline/shared/schema.ts';

const lexiconText = `entities:
  - {id: harbour, name: Harbour Party, kind: party, aliases: [Harbour Party]}
  - {id: dawn, name: Green Dawn, kind: party, aliases: [Green Dawn]}
election: {year: 2031, chamber: [Grand Hall]}
country: Freedonia
labels:
  seats_total: Seats in the Grand Hall
  vote_share: Vote share of Harbour Party lists
`;
const corpus = (body: string): Corpus =>
  ({ sources: [{ meta: { id: 'a', title: 'Results' }, file: 'sources/a.md', body, bodyLine: 9 }] }) as unknown as Corpus;
const spec = (patterns: string[], extra = '') =>
  JSON.stringify({ usermeta: { briefing: { title: 'T', data: { rows: { figures: patterns, series: { seats_list: 'Party list' } } } } }, mark: 'bar', ...(extra ? { description: extra } : {}) }, null, 2);

function run(over: Partial<Parameters<typeof checkEvent>[0]> = {}) {
  return checkEvent({
    lexiconFile: { file: 'sources/lexicon.yaml', text: lexiconText },
    lexicon: parseLexicon('sources/lexicon.yaml', lexiconText),
    corpus: corpus('The Harbour Party won 41.2%, Green Dawn 27.5%.'),
    figures: ['vote_share.harbour', 'vote_share.dawn'],
    specs: [],
    ...over,
  }).diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
}

describe('check-event', () => {
  it('finds nothing in an event whose data is its own: labels naming its chamber and entities, series colours', () => {
    const theme = { file: 'templates/charts/theme.json', text: '{"colors": {"harbour": "#111", "Party list": "#222", "default": "#333"}}' };
    expect(run({ theme, specs: [{ file: 'templates/charts/shares.vl.json', text: spec(['vote_share.*']) }] })).toEqual([]);
  });

  it('an entity mentioned only in another spelling or word is unused: aliases match as whole words', () => {
    expect(run({ corpus: corpus('The Harbour Party won 41.2%; Green Dawning was a slogan.') })).toEqual(['sources/lexicon.yaml:3:5 warning event-entity-unused']);
  });

  it('a chart matching no figure is an error only when the template places it; an optional source is never one', () => {
    const specs = [
      { file: 'templates/charts/old.vl.json', text: spec(['seats.*.forecast', 'vote_share.*.forecast']) },
      { file: 'templates/charts/opt.vl.json', text: JSON.stringify({ usermeta: { briefing: { title: 'T', data: { r: { figures: ['x.*'], optional: true } } } } }) },
    ];
    expect(run({ specs, template: { file: 'templates/briefing.md', text: '# B\n\n```\n::chart[Old]{#old}\n```\n' } })).toEqual(['templates/charts/old.vl.json:8:13 warning event-chart-no-match']);
    expect(run({ specs, template: { file: 'templates/briefing.md', text: '# B\n\n::chart[Old]{#old}\n' } })).toEqual(['templates/charts/old.vl.json:8:13 error event-chart-no-match']);
  });
});

describe('check-event and `without`', () => {
  const withoutSpec = (without: string) =>
    JSON.stringify({ usermeta: { briefing: { title: 'T', data: { all: { figures: ['vote_share.*'] }, rest: { figures: ['vote_share.*'], without } } } }, mark: 'bar' }, null, 2);
  const template = { file: 'templates/briefing.md', text: '# B\n\n::chart[W]{#w}\n' };

  it('a `without` naming another data source of the spec is fine; an unknown name or the source itself is an error where the chart is placed', () => {
    expect(run({ template, specs: [{ file: 'templates/charts/w.vl.json', text: withoutSpec('all') }] })).toEqual([]);
    expect(run({ template, specs: [{ file: 'templates/charts/w.vl.json', text: withoutSpec('everything') }] })).toEqual(['templates/charts/w.vl.json:15:22 error event-chart-without']);
    expect(run({ template, specs: [{ file: 'templates/charts/w.vl.json', text: withoutSpec('rest') }] })).toEqual(['templates/charts/w.vl.json:15:22 error event-chart-without']);
  });

  it('is a warning for a chart the template does not place', () => {
    expect(run({ template: { file: 'templates/briefing.md', text: '# B\n' }, specs: [{ file: 'templates/charts/w.vl.json', text: withoutSpec('everything') }] })).toEqual(['templates/charts/w.vl.json:15:22 warning event-chart-without']);
  });
});

describe('check-event and ranks', () => {
  const rankings = rankingsOf(
    [
      { id: 'vote_share.harbour', metric: 'vote_share', entity: 'harbour', kind: 'result', value: 41.2 },
      { id: 'vote_share.dawn', metric: 'vote_share', entity: 'dawn', kind: 'result', value: 27.5 },
    ],
    parseLexicon('sources/lexicon.yaml', lexiconText),
  );
  const placed = { file: 'templates/briefing.md', text: '# B\n\n::chart[R]{#ranked}\n\n:::optional\n::chart[O]{#maybe}\n:::\n' };

  it('a rank that exists is no stale id; one that does not is, like a pattern matching nothing', () => {
    const ranked = (patterns: string[], file = 'templates/charts/ranked.vl.json') => ({ file, text: spec(patterns) });
    expect(run({ rankings, template: placed, specs: [ranked(['vote_share.@1', 'vote_share.@2'])] })).toEqual([]);
    expect(run({ rankings, template: placed, specs: [ranked(['vote_share.@1-5'])] })).toEqual([]);
    expect(run({ rankings, template: placed, specs: [ranked(['vote_share.@3'])] })).toEqual(['templates/charts/ranked.vl.json:8:13 error event-chart-no-match']);
    // Without the figures' values no rank exists.
    expect(run({ template: placed, specs: [ranked(['vote_share.@1'])] })).toEqual(['templates/charts/ranked.vl.json:8:13 error event-chart-no-match']);
  });

  it('a chart placed only in an optional passage is a warning: the build leaves the passage out', () => {
    expect(run({ rankings, template: placed, specs: [{ file: 'templates/charts/maybe.vl.json', text: spec(['vote_share.*.forecast']) }] })).toEqual(['templates/charts/maybe.vl.json:8:13 warning event-chart-no-match']);
  });
});

describe('placedCharts', () => {
  it('lists the ::chart directives with their places, not one in a code block', () => {
    expect(placedCharts('---\ntitle: T\n---\n\n::chart[A]{#a}\n\n    ::chart[B]{#b}\n\nText ::chart[C]{#c}\n\n::chart[D]{#d}\n')).toEqual([
      { id: 'a', line: 5, column: 1 },
      { id: 'd', line: 11, column: 1 },
    ]);
  });

  it('marks a chart inside an :::optional passage; it is optional only when every placement is', () => {
    const t = ':::optional\n::chart[A]{#a}\n\n::chart[B]{#b}\n:::\n\n::chart[B again]{#b}\n';
    expect(placedCharts(t)).toEqual([
      { id: 'a', line: 2, column: 1, optional: true },
      { id: 'b', line: 4, column: 1, optional: true },
      { id: 'b', line: 7, column: 1 },
    ]);
    expect([...optionalIds(t)]).toEqual(['a']);
  });
});

describe('the event lexicon', () => {
  it('adds its currencies to the general ones', () => {
    const lexicon = parseLexicon('sources/lexicon.yaml', 'entities: []\ncurrencies: [quells]\n');
    expect(lexicon.numbers.currencies).toEqual(expect.arrayContaining(['dollars', 'quells']));
  });
});
