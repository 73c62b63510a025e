/**
 * eval-corpus: the development corpus's annotation is placed by anchor, scored strict and loose,
 * missing texts are listed and never fail the run, and the test half's details are never printed.
 * Runs on a made-up corpus in test/fixtures/extract-corpus/ (never on test/corpus/).
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.ts';
import { generalLexicon, parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { extract } from '../../pipeline/extract/index.ts';
import { evaluateCorpus, eventLexicon, formatCorpusEvaluation, locate, scoreArticle, matchEntityIds, sameEntity, sameMoment, sameValue } from '../../pipeline/extract/corpus-eval.ts';
import { CorpusArticle, loadCorpusEvents, loadSecondReadings, type CorpusFigure } from '../../pipeline/shared/corpus.ts';
import type { Claim } from '../../pipeline/shared/schema.ts';
import { fixtures } from '../paths.ts';

const dir = join(fixtures, 'extract-corpus');
const lexicon = generalLexicon().lexicon;

function run(second: ReadonlyMap<string, readonly string[]> = new Map()) {
  const events = loadCorpusEvents(dir, (f) => f.slice(dir.length + 1));
  return evaluateCorpus(
    events,
    (id) => {
      const file = join(dir, 'texts', `${id}.md`);
      return existsSync(file) ? { file: `texts/${id}.md`, text: readFileSync(file, 'utf8') } : null;
    },
    (file, lex) => {
      const corpus = ingest([file], lex);
      return { corpus, claims: extract(corpus, lex) };
    },
    (e) => eventLexicon(lexicon, e.event),
    second,
  );
}

describe('eval-corpus', () => {
  it('reads the events with their half, and lists a missing text without failing', () => {
    const e = run();
    expect(e.total).toBe(3);
    expect(e.missing).toEqual(['zz-2099-house-gone']);
    expect(e.articles.map((a) => [a.id, a.half])).toEqual([
      ['yy-2099-president-daily', 'test'],
      ['zz-2099-house-wire', 'tune'],
    ]);
    expect(formatCorpusEvaluation(e, null)).toContain('1 of 3 texts missing: zz-2099-house-gone');
  });

  it('prints the tune half in detail and the test half only as totals', () => {
    const out = formatCorpusEvaluation(run(), 'tune');
    expect(out).toMatch(/yy-2099-president \(test\)/);
    expect(out).toMatch(/test half/);
    expect(out).not.toContain('SECRET-DETAIL');
    expect(out).toContain('zz-2099-house-wire (zz-2099-house)');
  });

  it('reads second readings and scores an article with either reader\'s qualifier only where the reading has all its figures', () => {
    const second = loadSecondReadings(dir, (f) => f);
    expect([...second.keys()]).toEqual(['yy-2099-president-daily', 'zz-2099-house-wire']);
    const e = run(second);
    // The house wire's reading has one qualifier for more figures: another list, not used.
    expect(e.articles.map((a) => [a.id, a.eitherReading !== null])).toEqual([
      ['yy-2099-president-daily', true],
      ['zz-2099-house-wire', false],
    ]);
    expect(formatCorpusEvaluation(e, null)).toMatch(/test half \(1 articles, 2 figures\): as annotated precision [0-9.]+, recall [0-9.]+; either reading/);
  });

  it("gives the event's entities and year to the lexicon", () => {
    const [, house] = loadCorpusEvents(dir, (f) => f);
    const lex = eventLexicon(lexicon, house!.event);
    expect(lex.entities.map((x) => x.id)).toEqual(['unity', 'reform']);
    expect(lex.election?.year).toBe(2099);
    expect(lex.election?.previous).toBe(2095);
  });

  it('places a figure at its text inside the nth occurrence of its anchor', () => {
    const body = 'Unity won 40%. Later Unity won 40% again.';
    expect(locate(body, { anchor: 'Unity won 40%', text: '40' })).toEqual({ start: 10, end: 12 });
    expect(locate(body, { anchor: 'Unity won 40%', text: '40', nth: 2 })).toEqual({ start: 31, end: 33 });
    expect(locate(body, { anchor: 'Unity won 41%', text: '41' })).toBeNull();
    // Curly and straight quotes are the same to an anchor.
    expect(locate('Unity’s 40%', { anchor: "Unity's 40%", text: '40' })).toEqual({ start: 8, end: 10 });
  });

  it('places a number\'s text where it is no part of a longer number in its anchor ("17" of "17.9 percent … and 17 seats")', () => {
    const body = 'Unity, with 17.9 percent of the votes and 17 seats.';
    expect(locate(body, { anchor: 'with 17.9 percent of the votes and 17 seats', text: '17' })).toEqual({ start: 42, end: 44 });
    expect(locate(body, { anchor: 'with 17.9 percent of the votes and 17 seats', text: '17.9' })).toEqual({ start: 12, end: 16 });
    // Receiving 4.11 per cent and 11 seats: the 11 after "and".
    expect(locate('Reform, receiving 4.11 per cent and 11 seats.', { anchor: 'receiving 4.11 per cent and 11 seats', text: '11' })).toEqual({ start: 36, end: 38 });
    // With no place of its own, the first.
    expect(locate('Unity won 17.9%.', { anchor: 'Unity won 17.9%', text: '17' })).toEqual({ start: 10, end: 12 });
    // A number word is no part of a longer word: "ten" is not in "potentially".
    expect(locate('Reform potentially has ten seats.', { anchor: 'potentially has ten seats', text: 'ten' })).toEqual({ start: 23, end: 26 });
    // The kth figure with the same anchor and text stands at the kth place.
    expect(locate('Others | 19 | 19 | 19 |', { anchor: 'Others | 19 | 19 | 19 |', text: '19' }, 2)).toEqual({ start: 19, end: 21 });
  });

  it('scores strict (all fields) and loose (number, metric, entity), and counts claims on not_figures', () => {
    const body = 'Unity won 41.5% and Reform 12 seats; the 3 cities.';
    const claim = (text: string, over: Partial<Claim>): Claim => {
      const start = body.indexOf(text);
      return {
        id: 'x', source: 'a', metric: 'vote_share', entity: 'unity', value: 41.5, low: null, high: null, bound: 'exact', precision: 0.05, unit: '%',
        qualifier: 'unspecified', election: 2099, quote: body, span: [0, body.length], text, textSpan: [start, start + text.length], sentence: 'a:s1', line: 1, column: 1, ...over,
      };
    };
    const article = CorpusArticle.parse({
      id: 'a',
      pointer: {},
      figures: [
        { anchor: 'Unity won 41.5%', text: '41.5', metric: 'vote_share', entity: 'unity', value: 41.5, unit: '%', qualifier: 'unspecified' },
        { anchor: 'Reform 12 seats', text: '12', metric: 'seats_total', entity: 'reform', value: 12, unit: 'seats', qualifier: 'final' },
      ],
      not_figures: [{ anchor: 'the 3 cities', text: '3' }],
    });
    const claims = [claim('41.5%', {}), claim('12', { metric: 'seats_total', entity: 'reform', value: 12, unit: 'seats' }), claim('3', { metric: 'seats_total', value: 3 })];
    const r = scoreArticle(body, claims, article, 'e', 'tune');
    // The seat count is right but for its counting stage (unspecified for final): stage-blind, not strict.
    expect(r.counts).toEqual({ claims: 3, annotated: 2, strict: 1, loose: 2, notFigures: 1, stageBlind: 2, laterRound: 0, laterRoundRight: 0, roundFalse: 0, moment: 0, momentRight: 0, momentFalse: 0 });
    expect(r.kinds.sort()).toEqual(['not-figure', 'wrong-qualifier']);
  });

  it('counts the moment of a snapshot apart from strict: the same moment in other words, a wrong one, one where the figure has none', () => {
    const body = 'By 5pm, Unity had 41.5% and Reform 12.1%. Unity won 40.2% in the end.';
    const claim = (text: string, value: number, entity: string, qualifier: 'interim' | 'final', asOf?: string): Claim => {
      const start = body.indexOf(text);
      return {
        id: text, source: 'a', metric: 'vote_share', entity, value, low: null, high: null, bound: 'exact', precision: 0.05, unit: '%', qualifier, election: 2099,
        quote: body, span: [0, body.length], text, textSpan: [start, start + text.length], sentence: 'a:s1', line: 1, column: 1, ...(asOf ? { as_of: asOf } : {}),
      };
    };
    const article = CorpusArticle.parse({
      id: 'a',
      pointer: {},
      figures: [
        { anchor: 'Unity had 41.5%', text: '41.5', metric: 'vote_share', entity: 'unity', value: 41.5, unit: '%', qualifier: 'interim', as_of: '17:00' },
        { anchor: 'Reform 12.1%', text: '12.1', metric: 'vote_share', entity: 'reform', value: 12.1, unit: '%', qualifier: 'interim', as_of: '17:00' },
        { anchor: 'Unity won 40.2%', text: '40.2', metric: 'vote_share', entity: 'unity', value: 40.2, unit: '%', qualifier: 'final' },
      ],
    });
    const claims = [claim('41.5%', 41.5, 'unity', 'interim', '5pm'), claim('12.1%', 12.1, 'reform', 'interim', '6pm'), claim('40.2%', 40.2, 'unity', 'final', '5pm')];
    const r = scoreArticle(body, claims, article, 'e', 'tune');
    expect([r.counts.strict, r.counts.moment, r.counts.momentRight, r.counts.momentFalse]).toEqual([3, 2, 1, 1]);
    expect(sameMoment('95% counted', '95 % of the votes counted')).toBe(true);
    expect(sameMoment('3,110 of 3,111 polling stations', '3110 of 3111')).toBe(true);
    // A moment annotated both as a time of day and as a share counted: either is the same moment.
    expect(sameMoment('4pm', '4pm on Monday (over 99% of votes counted)')).toBe(true);
    expect(sameMoment('over 99% counted', '4pm on Monday (over 99% of votes counted)')).toBe(true);
    expect(sameMoment('7:17 p.m.', '98.09% of clustered precincts, 19:17')).toBe(true);
    expect(sameMoment('5pm', '4pm on Monday (over 99% of votes counted)')).toBe(false);
    expect(sameMoment('4% counted', '4pm')).toBe(false);
  });

  it('counts the round apart from strict: a run-off figure given round 2, a first-round figure given round 2', () => {
    const body = 'Unity won 52% in the run-off, after 41% in the first round.';
    const claim = (text: string, value: number, round: number | null): Claim => {
      const start = body.indexOf(text);
      return {
        id: 'x', source: 'a', metric: 'vote_share', entity: 'unity', value, low: null, high: null, bound: 'exact', precision: 0.5, unit: '%',
        qualifier: 'unspecified', election: 2099, quote: body, span: [0, body.length], text, textSpan: [start, start + text.length], sentence: 'a:s1', line: 1, column: 1, round,
      };
    };
    const article = CorpusArticle.parse({
      id: 'a',
      pointer: {},
      figures: [
        { anchor: 'Unity won 52%', text: '52', metric: 'vote_share', entity: 'unity', value: 52, unit: '%', qualifier: 'unspecified', round: 2 },
        { anchor: 'after 41%', text: '41', metric: 'vote_share', entity: 'unity', value: 41, unit: '%', qualifier: 'unspecified' },
      ],
    });
    const r = scoreArticle(body, [claim('52%', 52, 2), claim('41%', 41, 2)], article, 'e', 'tune');
    expect(r.counts).toMatchObject({ strict: 2, laterRound: 1, laterRoundRight: 1, roundFalse: 1 });
    expect(r.rounds).toEqual(['"41%" → vote_share.unity 41 % unspecified round 2, annotated 1  in "after 41%"']);
  });
});

describe('a second reading of the qualifiers', () => {
  it('counts a claim right when its qualifier is either reader\'s, and only where the second reading has every figure', () => {
    const body = 'Unity won 52% as counting went on; Reform had 30%.';
    const claim = (text: string, value: number, entity: string, qualifier: string): Claim => {
      const start = body.indexOf(text);
      return {
        id: 'x', source: 'a', metric: 'vote_share', entity, value, low: null, high: null, bound: 'exact', precision: 0.5, unit: '%',
        qualifier, election: 2099, quote: body, span: [0, body.length], text, textSpan: [start, start + text.length], sentence: 'a:s1', line: 1, column: 1,
      };
    };
    const article = CorpusArticle.parse({
      id: 'a',
      pointer: {},
      figures: [
        { anchor: 'Unity won 52%', text: '52', metric: 'vote_share', entity: 'unity', value: 52, unit: '%', qualifier: 'interim' },
        { anchor: 'Reform had 30%', text: '30', metric: 'vote_share', entity: 'reform', value: 30, unit: '%', qualifier: 'interim' },
      ],
    });
    // The first claim has the first reader's stage; the second the second reader's; neither reader gave "final".
    const claims = [claim('52%', 52, 'unity', 'interim'), claim('30%', 30, 'reform', 'unspecified')];
    expect(scoreArticle(body, claims, article, 'e', 'test', ['interim', 'unspecified'])).toMatchObject({ counts: { strict: 1 }, eitherReading: 2 });
    expect(scoreArticle(body, claims, article, 'e', 'test', ['final', 'final'])).toMatchObject({ counts: { strict: 1 }, eitherReading: 1 });
    // A reading of another length is of other figures: not used.
    expect(scoreArticle(body, claims, article, 'e', 'test', ['interim']).eitherReading).toBeNull();
    expect(scoreArticle(body, claims, article, 'e', 'test').eitherReading).toBeNull();
  });
});

describe('the strict score compares the stated number, not the bound', () => {
  it('a bound states its end; a range states both ends', () => {
    expect(sameValue({ value: null, low: null, high: 80 }, { value: 80 })).toBe(true);
    expect(sameValue({ value: 50, low: null, high: null }, { low: 50 })).toBe(true);
    expect(sameValue({ value: 79, low: null, high: null }, { value: 80 })).toBe(false);
    expect(sameValue({ value: null, low: 115, high: 145 }, { low: 115, high: 145 })).toBe(true);
    expect(sameValue({ value: 145, low: null, high: null }, { low: 115, high: 145 })).toBe(false);
    expect(sameValue({ value: null, low: 115, high: 145 }, { value: 115 })).toBe(false);
  });
});

describe("an analyst's lexicon is scored with the annotation's entity ids", () => {
  it('each entity takes the id of the annotated entity sharing most names; one with none keeps its id', () => {
    const event = {
      event: 'x',
      half: 'tune',
      entities: [
        { id: 'unity', name: 'Unity Party', kind: 'party', aliases: ['Unity', 'UP'] },
        { id: 'reform', name: 'Reform', kind: 'party', aliases: ['Reform Bloc'] },
      ],
    } as unknown as Parameters<typeof matchEntityIds>[1];
    const analyst = parseLexicon(
      'a.yaml',
      'entities:\n  - {id: up, name: Unity Party, kind: party, aliases: [Unity]}\n  - {id: reform-bloc, name: Reform Bloc, kind: party, aliases: [Reform Bloc]}\n  - {id: dawn, name: Dawn, kind: party, aliases: [Dawn]}\n',
    );
    const { lexicon: renamed, renamed: pairs } = matchEntityIds(analyst, event);
    expect(renamed.entities.map((e) => e.id)).toEqual(['unity', 'reform', 'dawn']);
    expect(pairs).toEqual([
      ['up', 'unity'],
      ['reform-bloc', 'reform'],
    ]);
  });
});

describe('an event\'s lexicon', () => {
  it('has the body as its chamber for a parliament, and no chamber for a presidential election or a referendum (as an analyst writes it)', () => {
    const event = { event: 'x', half: 'tune' as const, year: 2031, previous: 2027, entities: [] };
    expect(eventLexicon(lexicon, { ...event, kind: 'parliament', body: 'Grand Hall' }).election?.chamber).toEqual(['Grand Hall']);
    expect(eventLexicon(lexicon, { ...event, kind: 'presidential', body: 'President' }).election?.chamber).toEqual([]);
    expect(eventLexicon(lexicon, { ...event, kind: 'referendum', body: 'Constitution' }).election?.chamber).toEqual([]);
  });
});

describe('a national figure of a place or voter group', () => {
  it('is the place\'s or group\'s too, and no other entity\'s', () => {
    const f = (extra: Record<string, unknown>) => ({ anchor: 'a', text: '48.4', metric: 'turnout', entity: 'national', unit: '%', qualifier: 'final', ...extra }) as CorpusFigure;
    const claim = (entity: string) => ({ entity }) as Claim;
    expect(sameEntity(claim('northport'), f({ place: 'northport' }))).toBe(true);
    expect(sameEntity(claim('women'), f({ group: 'women' }))).toBe(true);
    expect(sameEntity(claim('national'), f({ place: 'northport' }))).toBe(true);
    expect(sameEntity(claim('southport'), f({ place: 'northport' }))).toBe(false);
    expect(sameEntity(claim('northport'), f({}))).toBe(false);
    expect(sameEntity(claim('northport'), { ...f({ place: 'northport' }), entity: 'unity' })).toBe(false);
  });
});
