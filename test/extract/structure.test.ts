/**
 * Attachment by sentence structure (pipeline/extract/structure.ts and its use in extract.ts):
 * each rule on sentences written for this test, with a made-up event lexicon over the general one.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { extract } from '../../pipeline/extract/index.ts';
import { leaders, linkedAfter, parenthesised, respectively, withoutGlosses } from '../../pipeline/extract/structure.ts';

const lexicon = parseLexicon(
  'x.yaml',
  `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity, Unity Party]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
  - {id: green, name: Green Party, kind: party, aliases: [Green Party, Greens]}
  - {id: farmers, name: Farmers' Union, kind: party, aliases: [Farmers' Union]}
  - {id: faith, name: Light of Faith, kind: party, aliases: [Light of Faith]}
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}
  - {id: brandt, name: Bo Brandt, kind: candidate, aliases: [Bo Brandt, Brandt]}
  - {id: northport, name: Northport, kind: place, aliases: [Northport]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall]}
country: Freedonia
`,
);

function read(body: string): string[] {
  const doc = ingest([{ file: 'sources/x.md', text: `---\nid: x\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\n${body}\n` }], lexicon);
  return extract(doc, lexicon).map((c) => `${c.text} ${c.metric}.${c.entity}`);
}

describe('structure: lists', () => {
  it('dash list with "or": each share and count goes to the name before it', () => {
    expect(read("The Green Party – 12.4 percent or 301,200 votes; the Farmers' Union – 9.1 percent or 221,000 votes.")).toEqual([
      '12.4 percent vote_share.green',
      '301,200 votes_received.green',
      '9.1 percent vote_share.farmers',
      '221,000 votes_received.farmers',
    ]);
  });

  it('parenthesised pairs: "(7 seats)" stays with the name before it, not the next one', () => {
    expect(read('Unity – 9.1% (7 seats), Reform – 6.0% (4 seats).')).toEqual(['9.1% vote_share.unity', '7 seats_total.unity', '6.0% vote_share.reform', '4 seats_total.reform']);
  });

  it('colon list, one item a sentence', () => {
    expect(read('Seats won so far. Unity: 41 seats. Reform: 12 seats.')).toEqual(['41 seats_total.unity', '12 seats_total.reform']);
  });

  it('number first: "9.1 percent went to Unity, 6.0 percent to Reform"', () => {
    expect(read('In the count, 9.1 percent went to Unity, 6.0 percent to Reform.')).toEqual(['9.1 percent vote_share.unity', '6.0 percent vote_share.reform']);
    expect(read('Ames won 52.1% of the vote, against 47.9% for Brandt.')).toEqual(['52.1% vote_share.ames', '47.9% vote_share.brandt']);
  });

  it('"respectively" pairs the names and the numbers in order', () => {
    expect(read('Unity and Reform took about nine and six percent of the vote, respectively.')).toEqual(['about nine vote_share.unity', 'six percent vote_share.reform']);
  });

  it('"respectively": a share in brackets right after a count is that count\'s item of the list', () => {
    expect(read('Officials said Unity and Reform won 412,881 (41.2 per cent) and 390,004 (38.9 per cent) votes respectively.')).toEqual([
      '412,881 votes_received.unity',
      '41.2 per cent vote_share.unity',
      '390,004 votes_received.reform',
      '38.9 per cent vote_share.reform',
    ]);
  });

  it('"respectively" with no name before its numbers but a word for sides: the names of the sentence before', () => {
    expect(read('Unity now holds 48 seats and Reform 46 seats. The two largest parties gained ten and seven seats respectively.')).toEqual([
      '48 seats_total.unity',
      '46 seats_total.reform',
      'ten seats_change.unity',
      'seven seats_change.reform',
    ]);
    // No word for the sides: no list of the sentence before ("Last week's figures were …").
    expect(read('Unity took 41% and Reform 45%. Last week the figures were 43% and 40% respectively.').slice(2)).not.toContain('43% vote_share.unity');
  });

  it('a gloss in parentheses never breaks the clause: "Light of Faith (Justice and Development) 7.9%"', () => {
    expect(read('Light of Faith (Justice and Development) won 7.9% of the vote.')).toEqual(['7.9% vote_share.faith']);
  });
});

describe('structure: items that lean on their list', () => {
  it('"Name: N" items take the metric of the list\'s last figure, and a country inside a name is no foreign place', () => {
    expect(read('Seats: Unity won 41 seats. Reform: 12. Northport Union: 3.')).toEqual(['41 seats_total.unity', '12 seats_total.reform']);
  });

  it('a head-only cue after the number counts only in a clause without a name', () => {
    expect(read('Parties must receive at least 5% of the vote to enter parliament.')).toEqual(['at least 5% threshold.national']);
    expect(read('Unity won 41% of the vote to enter parliament.')).toEqual(['41% vote_share.unity']);
  });

  it('a count with the word of another metric is that metric, not votes: "34,900 ballots declared invalid"', () => {
    expect(read('Approximately 34,900 ballots were declared invalid.')).toEqual(['Approximately 34,900 invalid_ballots.national']);
  });
});

describe('structure: metrics that need their unit', () => {
  it('a change or lead in points needs the word "points"; a list item with none is no lead', () => {
    expect(read('Unity rose by 4 points to 41% of the vote.')).toEqual(['4 vote_share_change.unity', '41% vote_share.unity']);
    expect(read('Unity holds a lead of 6 percentage points over Reform.')).toEqual(['6 margin.unity']);
    expect(read('Seats, with Unity in the lead: Unity won 41 seats. Reform: 12.')).toEqual(['41 seats_total.unity', '12 seats_total.reform']);
  });
});

describe('structure: context from the sentence before', () => {
  it('a dangling opener ("By 10:00, …") takes the election the sentence before named', () => {
    const doc = ingest([{ file: 'sources/x.md', text: '---\nid: x\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\nThe 2027 vote was annulled. By 10:00, turnout was 6.7%.\n' }], lexicon);
    expect(extract(doc, lexicon).map((c) => [c.text, c.metric, c.qualifier, c.election])).toEqual([['6.7%', 'turnout', 'historical', 2027]]);
    expect(read('Unity campaigned hard. By 10:00, turnout was 6.7%.')).toEqual(['6.7% turnout.national']);
  });
});

describe('structure: references and other bodies', () => {
  it('"it" and "the party" stand for the last party named before', () => {
    expect(read('Unity held its rallies in the north. With nearly 40 percent of the vote, it outpaced Reform.')).toEqual(['nearly 40 percent vote_share.unity']);
    expect(read('Reform campaigned on taxes. The party won 12 seats.')).toEqual(['12 seats_total.reform']);
  });

  it('"he" stands for the last candidate, never a party', () => {
    expect(read('Reform backed Ames in the run-off. He had won 38% of the vote in the first round.').at(0)).toBe('38% vote_share.ames');
  });

  it('a figure for another body is kept apart: "20 deputies elected to the Senate"', () => {
    expect(read('Unity won 41 seats in the Grand Hall, and 20 deputies were elected to the Senate.')).toEqual(['41 seats_total.unity']);
  });
});

describe('structure: the helpers', () => {
  it('finds the outermost parentheses', () => {
    expect(parenthesised('a (b (c) d) e (f)')).toEqual([
      { start: 2, end: 11 },
      { start: 14, end: 17 },
    ]);
  });

  it('a name in a gloss after another name is no name of its own', () => {
    const text = 'Light of Faith (Unity) 7.9%';
    const names = [
      { start: 0, end: 14, value: 'faith' },
      { start: 16, end: 21, value: 'unity' },
    ];
    expect(withoutGlosses(names, parenthesised(text), text).map((n) => n.value)).toEqual(['faith']);
  });

  it('respectively, number-first links and leading names', () => {
    const text = 'A and B got 9 and 6, respectively';
    const names = [
      { start: 0, end: 1, value: 'a' },
      { start: 6, end: 7, value: 'b' },
    ];
    const nums = [
      { start: 12, end: 13 },
      { start: 18, end: 19 },
    ];
    expect([...respectively(text, nums, names)].map(([i, n]) => [i, n.value])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    // "respectively" before the numbers, a verb between: the run of numbers after it.
    const after = 'A and B fell, respectively losing 5 and 6 seats';
    expect([...respectively(after, [{ start: 34, end: 35 }, { start: 40, end: 41 }], names)].map(([i, n]) => [i, n.value])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    expect(linkedAfter('9% for B', { start: 0, end: 2 }, [{ start: 7, end: 8, value: 'b' }], 8)?.value).toBe('b');
    // A passive of winning: "received by his opponent, B".
    expect(linkedAfter('9% received by his opponent, B', { start: 0, end: 2 }, [{ start: 29, end: 30, value: 'b' }], 30)?.value).toBe('b');
    expect(linkedAfter('9% won by B', { start: 0, end: 2 }, [{ start: 10, end: 11, value: 'b' }], 11)?.value).toBe('b');
    expect(linkedAfter('9% and B', { start: 0, end: 2 }, [{ start: 7, end: 8, value: 'b' }], 8)).toBeNull();
    // A count with only a space before a name counts its members ("two independents"), unless the name leads a number.
    expect(linkedAfter('two B MPs', { start: 0, end: 3 }, [{ start: 4, end: 5, value: 'b' }], 9)?.value).toBe('b');
    expect(linkedAfter('40 B 30', { start: 0, end: 2 }, [{ start: 3, end: 4, value: 'b' }], 7)).toBeNull();
    expect(linkedAfter('40, B', { start: 0, end: 2 }, [{ start: 4, end: 5, value: 'b' }], 5)).toBeNull();
    // A name that opens with the number is the number's.
    expect(linkedAfter('two Bs won', { start: 0, end: 3 }, [{ start: 0, end: 6, value: 'b' }], 10)?.value).toBe('b');
    const list = 'A – 9% (7), B – 6%';
    expect([...leaders(list, [{ start: 4, end: 6 }, { start: 8, end: 9 }, { start: 16, end: 18 }], [{ start: 0, end: 1, value: 'a' }, { start: 12, end: 13, value: 'b' }])].map(([n, i]) => [n.value, i])).toEqual([
      ['a', 0],
      ['b', 2],
    ]);
  });
});
