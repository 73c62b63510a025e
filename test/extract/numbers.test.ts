/**
 * Number parsing: every form the articles use, each with a case that fails without its rule.
 * The words come from the real lexicon's `numbers:` block.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { compileGrammar, findQuantities, parseDigits, type Quantity } from '../../pipeline/extract/numbers.ts';

// The general lexicon's numbers (pipeline/extract/general.yaml), read under a one-entity event.
const lexicon = parseLexicon('x.yaml', 'entities:\n  - {id: unity, name: Unity, kind: party, aliases: [Unity]}\n');
const grammar = compileGrammar(lexicon.numbers);

function read(text: string): Partial<Quantity>[] {
  return findQuantities(text, grammar).map((q) => ({
    text: q.text,
    kind: q.kind,
    value: q.value,
    low: q.low,
    high: q.high,
    bound: q.bound,
    precision: q.precision,
    percent: q.percent,
  }));
}

function one(text: string): Partial<Quantity> {
  const all = read(text);
  expect(all, text).toHaveLength(1);
  return all[0]!;
}

const exact = { low: null, high: null, bound: 'exact', kind: 'quantity' } as const;

describe('numbers: forms', () => {
  it('a unit written once at the end of a list holds for all, but never makes a year a share', () => {
    expect(read('nine and six percent').map((q) => [q.text, q.percent])).toEqual([
      ['nine', true],
      ['six percent', true],
    ]);
    expect(read('In 2017, 81.6 percent voted').map((q) => [q.text, q.kind, q.percent])).toEqual([
      ['2017', 'year', false],
      ['81.6 percent', 'quantity', true],
    ]);
  });

  it('a per-cent sign glued to the next word is still one ("52.8 %as against"); a per-cent word is not ("5 percentages")', () => {
    expect(read('Ames polled 52.8 %as against 41.1% for Berg').map((q) => [q.text, q.percent])).toEqual([
      ['52.8 %', true],
      ['41.1%', true],
    ]);
    expect(read('up 5 percentages').map((q) => [q.text, q.percent])).toEqual([['5', false]]);
  });

  it('an hour with no clock word after "open from", "open until" is a time, and so is the second hour of "from 7 to 20"; a change "from 7 to 20" is not', () => {
    expect(read('The polling stations were open from 7 to 20.').map((q) => [q.text, q.kind])).toEqual([
      ['7', 'time'],
      ['20', 'time'],
    ]);
    expect(read('Stations stay open until 21 in the capital').map((q) => [q.text, q.kind])).toEqual([['21', 'time']]);
    expect(read('Unity rose from 7 to 20 seats').map((q) => q.kind)).not.toContain('time');
  });

  it('a score pair that makes 100 is two shares: "57-43%", "61–39 per cent", "45.5/54.5"; a range, even halves and other ratios stay', () => {
    expect(read('ahead at 57-43% in Northport').map((q) => [q.text, q.value, q.percent])).toEqual([
      ['57', 57, true],
      ['43%', 43, true],
    ]);
    expect(read('won 61–39 per cent').map((q) => [q.text, q.percent])).toEqual([
      ['61', true],
      ['39 per cent', true],
    ]);
    expect(read('Northport - 45.5/54.5.').map((q) => [q.text, q.value, q.percent])).toEqual([
      ['45.5', 45.5, true],
      ['54.5', 54.5, true],
    ]);
    expect(one('between 40-60% of them')).toMatchObject({ low: 40, high: 60, bound: 'range', percent: true });
    expect(one('a 50/50 chance')).toMatchObject({ kind: 'ratio' });
    expect(one('a 3/1 ratio')).toMatchObject({ kind: 'ratio' });
    // A dash pair needs the per-cent word: "a 57-43 vote" may count seats.
    expect(read('a 57-43 vote').map((q) => q.percent)).not.toContain(true);
  });

  it('a year with a possessive is a year after a bound word too: "even less than 2019’s 33.06%"', () => {
    expect(read('even less than 2019’s 33.06%').map((q) => [q.kind, q.percent])).toEqual([
      ['year', false],
      ['quantity', true],
    ]);
    expect(one('less than 2019 votes')).toMatchObject({ kind: 'quantity', high: 2019 });
  });

  it('a hyphen after a name before a count with thousands separators is a dash: "Ann Ames-14,542", "Ann Ames -43,924"', () => {
    expect(read('Unity Party (UP) Ann Ames-14,542').map((q) => [q.text, q.value])).toEqual([['14,542', 14542]]);
    expect(read('Unity Party (UP), Ann Ames -43,924').map((q) => [q.text, q.value])).toEqual([['43,924', 43924]]);
    // A compound's number, or a change after another number, stays unread.
    expect(read('during COVID-19 and the Su-27')).toEqual([]);
    expect(read('1,234,567 -43,924').map((q) => q.text)).toEqual(['1,234,567']);
  });

  it('a scale glued to the digits is read: "25m votes", "1.49m", "35.9M"', () => {
    expect(read('with 25m votes, 1.49m to 1.46m, and 35.9M').map((q) => [q.text, q.value])).toEqual([
      ['25m', 25_000_000],
      ['1.49m', 1_490_000],
      ['1.46m', 1_460_000],
      ['35.9M', 35_900_000],
    ]);
    expect(read('at 5pm, the 2nd').map((q) => q.kind)).toEqual(['time']);
  });

  it('a number with one or two decimals glued to a capitalised word is read (list items run together): "60.71NSW"', () => {
    expect(read("'no' 60.71Northport: 'yes' 40.35").map((q) => q.value)).toEqual([60.71, 40.35]);
    // Not a count, nor a lower-case word.
    expect(read('1.234Northport and 12Northport and 60.71while')).toEqual([]);
  });

  it('two years joined by a dash are a span of years, no range: "the 2024-2028 term"; "62-64 seats" stays a range', () => {
    expect(read('for the 2024-2028 term').map((q) => [q.text, q.kind])).toEqual([['2024-2028', 'year']]);
    expect(one('62-64 seats')).toMatchObject({ low: 62, high: 64, bound: 'range' });
  });

  it('a slash after a per-cent word parts two figures: "38.06 percent/48 seats"; other slashes stay', () => {
    expect(read('UNITY: 38.06 percent/48 seats').map((q) => [q.text, q.value])).toEqual([
      ['38.06 percent', 38.06],
      ['48', 48],
    ]);
    expect(read('see example.com/20231001/news and/or 5').map((q) => q.text)).toEqual(['5']);
  });

  it('"a" and "one" before a scale word are a number: "nearly a million", "more than one million"; "one" alone and "a m" are not', () => {
    expect(read('polled nearly a million votes').map((q) => [q.text, q.high])).toEqual([['nearly a million', 1_000_000]]);
    expect(read('more than one million invalid votes').map((q) => [q.text, q.low])).toEqual([['more than one million', 1_000_000]]);
    expect(read('one of them, at one point, a m')).toEqual([]);
  });

  it('mixed numbers add up: "1 million 182 thousand 291 voters"', () => {
    expect(one('1 million 182 thousand 291 voters came')).toMatchObject({ text: '1 million 182 thousand 291', value: 1182291, kind: 'quantity' });
    expect(one('2 million 500 thousand people')).toMatchObject({ value: 2500000 });
    expect(read('6.3 million in 2021').map((q) => q.value)).toEqual([6300000, 2021]);
  });

  it('"2 to 1" is a ratio, "from 2 to 1" a change; "X voters out of the total Y" holds its total', () => {
    expect(read('a 2 to 1 win').map((q) => [q.text, q.kind])).toEqual([['2 to 1', 'ratio']]);
    expect(read('from 2 to 1 seats').map((q) => q.kind)).toEqual(['quantity', 'quantity']);
    const q = findQuantities('6,120,400 voters out of the total 9,800,000 voted', grammar)[0];
    expect([q!.value, q!.total?.value, q!.text.slice(0, q!.ownEnd - q!.start)]).toEqual([6_120_400, 9_800_000, '6,120,400']);
  });

  it('counting progress is no figure: "With 95% of the votes counted", "after counting 70% of the ballots"', () => {
    expect(read('With 95% of the votes counted, Unity had 41%.').map((q) => [q.text, q.kind])).toEqual([
      ['95%', 'progress'],
      ['41%', 'quantity'],
    ]);
    expect(one('data from 70.91% of polling stations')).toMatchObject({ kind: 'progress' });
    expect(one('after counting 99.3% of the ballots')).toMatchObject({ kind: 'progress' });
    expect(one('Unity won 41% of the votes')).toMatchObject({ kind: 'quantity' });
  });

  it('counting progress of tables, seats and processed or counted votes: "99.71% of the tables counted", "90% of the seats confirmed"', () => {
    expect(one('With 99.71% of the tables counted')).toMatchObject({ kind: 'progress' });
    expect(one('With 43.92% of the valid processed votes')).toMatchObject({ kind: 'progress' });
    expect(one('based on 98.20% of counted ballots')).toMatchObject({ kind: 'progress' });
    expect(one('with 90% of the seats confirmed')).toMatchObject({ kind: 'progress' });
    expect(one('with 90% of the results from polling stations counted')).toMatchObject({ kind: 'progress' });
    expect(one('won 40% of the seats')).toMatchObject({ kind: 'quantity' });
    expect(one('won with 55.1 percent of the votes with all ballots tallied')).toMatchObject({ kind: 'quantity' });
  });

  it('a share opening a clause of "with" or "after" whose verb is one of counting is progress: "With 56% of voting centers reporting"', () => {
    expect(read('With 61% of voting centers reporting, Unity leads with 52.4% of the vote.').map((q) => [q.text, q.kind])).toEqual([
      ['61%', 'progress'],
      ['52.4%', 'quantity'],
    ]);
    expect(one("After 72% of the votes in Sunday's election have been counted, Reform leads")).toMatchObject({ kind: 'progress' });
    expect(one('Ames is ahead with 64,25%% of the vote counted')).toMatchObject({ kind: 'progress' });
    expect(one('With *77.3%* results of the run-off vote released by the commission')).toMatchObject({ kind: 'progress' });
    // A number or a word that joins another clause ends the counted words; no opener, no progress.
    expect(read('Ames led with 44.1 percent of the votes with 70.2 percent of the votes counted').map((q) => [q.text, q.kind])).toEqual([
      ['44.1 percent', 'quantity'],
      ['70.2 percent', 'progress'],
    ]);
    expect(one('Unity finished first with 39% of the votes and its lead was reported')).toMatchObject({ kind: 'quantity' });
    expect(one('Unity got 39% of the votes in districts reported late')).toMatchObject({ kind: 'quantity' });
  });

  it('a share a side won of the votes counted is no progress: "who obtained 14.93% of the votes counted"', () => {
    expect(one('Bell, who obtained 14.93% of the votes counted')).toMatchObject({ kind: 'quantity' });
    expect(one('Ames had won 50.89% of the votes counted so far')).toMatchObject({ kind: 'quantity' });
    expect(read('Ames has so far secured over 50% of the votes counted in 25 districts')[0]).toMatchObject({ kind: 'quantity', low: 50 });
    // The words before it still make a share progress; no verb of winning, no share.
    expect(one('after counting 99.3% of the votes counted')).toMatchObject({ kind: 'progress' });
    expect(read('Unity leads with 41% and 52.3% of the votes counted').map((q) => q.kind)).toEqual(['quantity', 'progress']);
  });

  it('a share of the count itself, or of a count the count has gone through, is no figure: "with 64% of the count", "data from 812 precincts, which corresponds to 55.2% of the total"', () => {
    expect(read('Ames leads with 41.2% of the votes with 64% of the count').map((q) => [q.text, q.kind])).toEqual([
      ['41.2%', 'quantity'],
      ['64%', 'progress'],
    ]);
    expect(one('with 88 percent of the vote count')).toMatchObject({ kind: 'progress' });
    expect(one('Bell had 24.9 percent of the total count')).toMatchObject({ kind: 'quantity' });
    expect(read('after counting data from 812 precincts, which corresponds to 55.2% of the total').map((q) => [q.text, q.kind])).toEqual([
      ['812', 'progress'],
      ['55.2%', 'progress'],
    ]);
    // The sample an estimate rests on: no figure, and no stage of its sentence.
    expect(read('first projections based on 20,000 votes, or 4% of the votes cast, give Unity 51%').map((q) => [q.text, q.kind])).toEqual([
      ['20,000', 'quantity'],
      ['4%', 'other'],
      ['51%', 'quantity'],
    ]);
    expect(read('Unity won 20,000 votes, or 4% of the votes cast').map((q) => [q.text, q.kind])).toEqual([
      ['20,000', 'quantity'],
      ['4%', 'quantity'],
    ]);
  });

  it('a count the count has gone through is no figure: "with 160 thousand ballots counted", "based on 267 constituency results"', () => {
    expect(one('With around 160 thousand ballots counted, Unity leads')).toMatchObject({ kind: 'progress', value: 160_000 });
    expect(one('About 1.6 million votes had been counted')).toMatchObject({ kind: 'progress' });
    expect(one('Turnout was high, based on 267 constituency results')).toMatchObject({ kind: 'progress' });
    expect(one('after counting data from 2,206 polling stations')).toMatchObject({ kind: 'progress' });
    // Of polling stations the total stays a figure; of areas it is the progress's.
    expect(read('Based on results from 396 out of 405 polling stations').map((q) => [q.text, q.kind])).toEqual([
      ['396', 'progress'],
      ['405', 'quantity'],
    ]);
    expect(read('results of 257 constituencies out of 265 have emerged').map((q) => [q.text, q.kind])).toEqual([['257 constituencies out of 265', 'progress']]);
    expect(one('Unity won 12 constituencies').kind).not.toBe('progress');
    expect(one('Unity received 1,200 votes')).toMatchObject({ kind: 'quantity' });
    expect(one('a drop of 74,000 votes was reported')).toMatchObject({ kind: 'quantity' });
    expect(one('seats are distributed based on 400 open constituency seats')).toMatchObject({ kind: 'quantity' });
  });

  it('a count of counting units right after "from" is how far the count is: "results received by the monitors from 2,310 precincts"', () => {
    expect(one('results received by the monitors from 2,310 clustered precincts, Unity leads')).toMatchObject({ kind: 'progress' });
    expect(read('From *1,204* out of the total *1,500* voting places covered, Unity leads').map((q) => [q.text, q.kind])).toEqual([
      ['1,204', 'progress'],
      ['1,500', 'quantity'],
    ]);
    // A total after "from" is the progress's too.
    expect(read('after counting votes from 120 from 350 polling stations').map((q) => [q.text, q.kind])).toEqual([
      ['120', 'progress'],
      ['350', 'progress'],
    ]);
    // The whole of them, named with "the" or "all", stays a figure; so does a count "from" no unit.
    expect(one('the final count of ballots from the 3,120 polling stations')).toMatchObject({ kind: 'quantity' });
    expect(one('the votes from all 3,120 polling places')).toMatchObject({ kind: 'quantity' });
    expect(one('Unity rose from 12 seats')).toMatchObject({ kind: 'quantity' });
  });

  it('two numbers joined by a dash in brackets after a count they add up to are its two parts, no range: "Unity: 2 (1-1)", "141 (112-29)"', () => {
    expect(read('Unity: 2 (1-1)').map((q) => [q.text, q.value])).toEqual([
      ['2', 2],
      ['1', 1],
      ['1', 1],
    ]);
    expect(read('Reform 141 (112-29)').map((q) => q.value)).toEqual([141, 112, 29]);
    expect(read('Greens: 1 (0-1)').map((q) => q.value)).toEqual([1, 0, 1]);
    expect(read('Unity could win 62 (60-64)').map((q) => [q.text, q.bound])).toEqual([
      ['62', 'exact'],
      ['60-64', 'range'],
    ]);
  });

  it('counts of other offices are no figure: "17 governors", "609 local councilors", "340 municipal mayors"', () => {
    expect(one('as were the country\'s 17 governors')).toMatchObject({ kind: 'other' });
    expect(one('and 609 local councilors')).toMatchObject({ kind: 'other' });
    expect(one('and 340 municipal mayors')).toMatchObject({ kind: 'other' });
    expect(one('and 80 deputies')).toMatchObject({ kind: 'quantity' });
  });

  it('"3,494.750": a dot before three digits after comma groups is a thousands separator', () => {
    expect(one('Unity has got around 3,494.750 votes')).toMatchObject({ value: 3_494_750 });
    expect(one('12,345.5 votes')).toMatchObject({ value: 12_345.5 });
  });

  it('"from its pre-election tally of 98 to 148 seats" is a change; "ranging from 37 per cent to 46 per cent" a range', () => {
    expect(read('from its pre-election tally of 98 to 148 seats').map((q) => [q.text, q.bound])).toEqual([
      ['98', 'exact'],
      ['148', 'exact'],
    ]);
    expect(one('variations in turnout from 37 per cent to 46 per cent')).toMatchObject({ low: 37, high: 46, bound: 'range', percent: true });
    expect(one('turnout ranging from 37% to 46%')).toMatchObject({ low: 37, high: 46, bound: 'range' });
    expect(read('turnout rose from 37% to 46%').map((q) => q.bound)).toEqual(['exact', 'exact']);
  });

  it('seats still to be assigned are how far the count is; multi-member constituencies voted in are places, no figure', () => {
    expect(one('With only four seats remaining to be assigned')).toMatchObject({ kind: 'progress', value: 4 });
    expect(one('nine constituencies still to be declared')).toMatchObject({ kind: 'progress' });
    expect(one('deputies are directly elected in 14 multi-seat constituencies')).toMatchObject({ kind: 'other' });
    expect(one('The election was held by 14 multi-member constituencies')).toMatchObject({ kind: 'other' });
    expect(one('chosen by the majority method in 71 single-member districts')).toMatchObject({ kind: 'quantity' });
    expect(one('Unity won 63 districts')).not.toMatchObject({ kind: 'progress' });
  });

  it('a day in brackets after a weekday, a year of founding, distances and "ways" are no counts', () => {
    expect(one('elections held this Sunday (25), exit polls show')).toMatchObject({ kind: 'date' });
    expect(one('The Grand Hall, founded in 930 by settlers')).toMatchObject({ kind: 'year' });
    expect(one('some 28 kilometers northeast of the capital')).toMatchObject({ kind: 'other' });
    expect(one('This number will be divided six ways')).toMatchObject({ kind: 'other' });
    expect(one('Unity (25) leads')).toMatchObject({ kind: 'quantity' });
  });

  it('"9, 3%": a decimal comma with a stray space before one digit and a per-cent sign; a list stays', () => {
    expect(read('Unity won 17 seats or 9, 3% of votes')[1]).toMatchObject({ text: '9, 3%', value: 9.3, percent: true });
    expect(read('shares of 12, 9, 3%').map((q) => q.value)).toEqual([12, 9, 3]);
  });

  it('hundreds written out are one number: "one hundred and thirty-seven", "two hundred", "a hundred and five"', () => {
    expect(one('Unity leads with one hundred and thirty-seven seats')).toMatchObject({ text: 'one hundred and thirty-seven', value: 137 });
    expect(one('two hundred seats')).toMatchObject({ text: 'two hundred', value: 200 });
    expect(one('a hundred and five seats')).toMatchObject({ text: 'a hundred and five', value: 105 });
    expect(one('two hundred thousand votes')).toMatchObject({ value: 200_000 });
    expect(read('hundreds of voters')).toEqual([]);
  });

  it('a range of number words: "Seven to eight", "two or three"; "from two to three" and "two to one" are none', () => {
    expect(one('Seven to eight parties could enter')).toMatchObject({ text: 'Seven to eight', low: 7, high: 8, bound: 'range', value: null });
    expect(one('two or three seats')).toMatchObject({ low: 2, high: 3, bound: 'range' });
    expect(read('rose from two to three seats').map((q) => q.bound)).toEqual(['exact', 'exact']);
    expect(read('a two to one majority').map((q) => q.kind)).toEqual(['ratio']);
  });

  it('a share paired with a count before it is no progress: "3,629,491, or 6.9 percent of votes counted"', () => {
    expect(read('with 3,629,491, or 6.9 percent of votes counted').map((q) => [q.text, q.kind])).toEqual([
      ['3,629,491', 'quantity'],
      ['6.9 percent', 'quantity'],
    ]);
    expect(read('29,356,123 votes, equivalent to 58.7 percent of all votes counted').map((q) => q.kind)).toEqual(['quantity', 'quantity']);
    expect(one('With 95% of the votes counted')).toMatchObject({ kind: 'progress' });
  });

  it('a word for one is read right before a singular noun (`singular_nouns`), not after a preposition nor before a place noun; "a dozen" is 12', () => {
    expect(one('less than one percent of the vote')).toMatchObject({ text: 'less than one percent', high: 1, percent: true });
    expect(one('rose by one percentage point')).toMatchObject({ value: 1 });
    expect(read('at one point, no one')).toEqual([]);
    expect(one('lost almost a dozen seats')).toMatchObject({ text: 'almost a dozen', high: 12 });
    const seats = parseLexicon('y.yaml', 'entities: []\nreplace: [numbers]\nnumbers:\n  words: {one: 1}\n  not_alone: [one]\n  singular: [one, single]\n  singular_nouns: [seat]\n  other_nouns: [constituencies]\n');
    const g = compileGrammar(seats.numbers);
    const texts = (t: string) => findQuantities(t, g).map((q) => [q.text, q.value]);
    expect(texts('Reform gained one seat and kept its single seat.')).toEqual([['one', 1], ['single', 1]]);
    expect(texts('in single seat constituencies, constituencies of one seat each, one of them')).toEqual([]);
    expect(texts('Each 40,000 votes equaled one seat; a region is worth one seat.')).toEqual([['40,000', 40000]]);
  });

  it('counts of other things past a number word\'s modifiers are no figure: "his two closest rivals", "four outstanding constituencies"; digits stay', () => {
    expect(one('the same as his two closest rivals')).toMatchObject({ kind: 'other' });
    expect(one('results for four outstanding constituencies')).toMatchObject({ kind: 'other' });
    expect(one('Based on a preliminary count of 52% of the votes')).toMatchObject({ kind: 'progress' });
    expect(one('won 4 outstanding constituencies')).toMatchObject({ kind: 'quantity' });
    expect(one('four of the rivals')).toMatchObject({ kind: 'quantity' });
  });

  it('counting progress in other words: polls, districts, returns, reports counted; "a count of", "had counted"', () => {
    expect(one('With 91.2% of the polls counted')).toMatchObject({ kind: 'progress' });
    expect(one('with 88 percent of electoral districts counted')).toMatchObject({ kind: 'progress' });
    expect(one('after 90% of constituencies were counted')).toMatchObject({ kind: 'progress' });
    expect(one('from 96.5% of election returns')).toMatchObject({ kind: 'progress' });
    expect(one('after 100 percent of the processed reports')).toMatchObject({ kind: 'progress' });
    expect(one('based on a count of more than 97% of the votes')).toMatchObject({ kind: 'progress' });
    expect(one('an unofficial count of over 95% of votes cast')).toMatchObject({ kind: 'progress' });
    expect(one('the commission had counted 92.41% of the votes')).toMatchObject({ kind: 'progress' });
    expect(one('Unity won 41% of the districts')).toMatchObject({ kind: 'quantity' });
    expect(one('a total count of 41% for Unity')).toMatchObject({ kind: 'quantity' });
  });

  it('a time of day is never a count: "10:00", "18:00 local time", "8 p.m."', () => {
    expect(read('By 10:00, turnout was 6.7%.').map((q) => [q.text, q.kind])).toEqual([
      ['10:00', 'time'],
      ['6.7%', 'quantity'],
    ]);
    expect(one('polls closed at 18:00 local time')).toMatchObject({ text: '18:00 local time', kind: 'time' });
    expect(one('by 8 p.m. on Sunday')).toMatchObject({ text: '8 p.m.', kind: 'time' });
    expect(one('the first count came in at around 1.15pm')).toMatchObject({ text: '1.15pm', kind: 'time' });
    expect(one('by 10.30 a.m. on Sunday')).toMatchObject({ text: '10.30 a.m.', kind: 'time' });
    expect(one('Unity won 10.30 per cent')).toMatchObject({ kind: 'quantity', value: 10.3 });
    expect(one('Unity won 8 seats')).toMatchObject({ kind: 'quantity', value: 8 });
  });

  it('hours and minutes in four digits with a clock word are a time: "1430 GMT", "0800 hrs"; a year or a count stays', () => {
    expect(read('By 1430 GMT, turnout was 35.2 percent.').map((q) => [q.text, q.kind])).toEqual([
      ['1430 GMT', 'time'],
      ['35.2 percent', 'quantity'],
    ]);
    expect(one('the 0800 hrs figure')).toMatchObject({ text: '0800 hrs', kind: 'time' });
    expect(one('in 1999 the vote')).toMatchObject({ kind: 'year' });
    expect(one('some 1430 observers')).toMatchObject({ kind: 'quantity', value: 1430 });
    expect(one('at 2460 GMT')).not.toMatchObject({ kind: 'time' });
  });

  it('thousands set off by a space alone: "12 500 voters", "1 182 291 votes"; a year before a count and a phone number stay apart', () => {
    expect(one('some 12 500 voters')).toMatchObject({ text: 'some 12 500', bound: 'approximate', value: 12500, precision: 0.5 });
    expect(one('won 1\u00a0182\u00a0291 votes')).toMatchObject({ value: 1182291 });
    expect(read('in 2027 500 observers came').map((q) => q.value)).toEqual([2027, 500]);
    expect(read('Unity 41, Reform 120 seats').map((q) => q.value)).toEqual([41, 120]);
    expect(read('won 12.5 500 times').map((q) => q.value)).not.toContain(5500);
  });

  it('decimals with a point, and their precision', () => {
    expect(one('Amanat 53.9% of the vote')).toEqual({ ...exact, text: '53.9%', value: 53.9, precision: 0.05, percent: true });
    expect(one('turnout of 54.19%')).toMatchObject({ value: 54.19, precision: 0.005 });
    expect(one('turnout of 54%')).toMatchObject({ value: 54, precision: 0.5 });
  });

  it('comma decimals: "66,7%" is 66.7, "12,000" is twelve thousand', () => {
    expect(one('66,7% of voters')).toMatchObject({ text: '66,7%', value: 66.7, precision: 0.05, percent: true });
    expect(one('5,3% will vote')).toMatchObject({ value: 5.3 });
    expect(one('12,000 observers')).toMatchObject({ value: 12000, precision: 0.5 });
    expect(parseDigits('1,234,567.5')).toEqual({ value: 1234567.5, precision: 0.05 });
  });

  it('commas between groups not all of three digits, two commas or more: lakhs and crores ("7,84,523"), a slipped group ("1,898,7323"); one comma stays a decimal', () => {
    expect(parseDigits('7,84,523')).toEqual({ value: 784523, precision: 0.5 });
    expect(parseDigits('1,23,45,678')).toEqual({ value: 12345678, precision: 0.5 });
    expect(parseDigits('1,898,7323')).toEqual({ value: 18987323, precision: 0.5 });
    expect(one('Ames polled 6,10,533 votes')).toMatchObject({ text: '6,10,533', value: 610533 });
    expect(parseDigits('80,2067')).toEqual({ value: 80.2067, precision: 0.00005 });
    expect(parseDigits('1,2,3')).toBeNull();
  });

  it('digits alone, and the precision of each number of decimals', () => {
    expect(parseDigits('41')).toEqual({ value: 41, precision: 0.5 });
    expect(parseDigits('0070')).toEqual({ value: 70, precision: 0.5 });
    expect(parseDigits('53.9')).toEqual({ value: 53.9, precision: 0.05 });
    expect(parseDigits('2.120.346')).toEqual({ value: 2120346, precision: 0.5 });
    expect(parseDigits('0.123456789012345678')?.precision).toBe(Number((0.5 * 10 ** -18).toFixed(19)));
    expect(parseDigits('12a')).toBeNull();
  });

  it('"%", "percent" and "per cent" all mark a percentage', () => {
    expect(one('at 54 per cent clearly')).toMatchObject({ text: '54 per cent', percent: true });
    expect(one('of 53 percent, a figure')).toMatchObject({ text: '53 percent', percent: true });
    expect(one('5.2%')).toMatchObject({ percent: true });
    expect(one('54 people')).toMatchObject({ percent: false });
  });

  it('a whole number with a leading zero is a code or a phone number, no count: "0410 539 905", "(0040 GMT)", "TOP 09"', () => {
    expect(read('Call Counselling Services 0410 539 905 today').map((q) => [q.text, q.kind])).toEqual([
      ['0410', 'other'],
      ['539', 'quantity'],
      ['905', 'quantity'],
    ]);
    // A four-digit time with a clock word is a time (below); with none, a leading zero makes it a code.
    expect(read('as of 7:40 p.m. local time (0040 GMT)').map((q) => q.kind)).toEqual(['time', 'time']);
    expect(one('reference 0040 today')).toMatchObject({ kind: 'other' });
    expect(one('the TOP 09 party')).toMatchObject({ kind: 'other' });
    expect(one('Unity won 0.9 percent')).toMatchObject({ kind: 'quantity', value: 0.9 });
    expect(one('Reform won 0 seats')).toMatchObject({ kind: 'quantity', value: 0 });
  });

  it('"pct" and "pct." (wire style) mark a percentage', () => {
    expect(one('turnout stood at 53.85 pct, down')).toMatchObject({ text: '53.85 pct', value: 53.85, percent: true });
    expect(one('– 31.9 pct. for Unity')).toMatchObject({ value: 31.9, percent: true });
    expect(read('With 97.2 pct. of ballots counted, Unity leads').map((q) => q.kind)).toEqual(['progress']);
  });

  it('ranges: "62-64", "70-80 percent", "between 10 and 12 percent", "53 to 54 percent"', () => {
    expect(one('can take 62-64 seats')).toEqual({ ...exact, bound: 'range', text: '62-64', value: null, low: 62, high: 64, precision: 0.5, percent: false });
    expect(one('70-80 percent of them')).toMatchObject({ bound: 'range', low: 70, high: 80, percent: true });
    expect(one('10–12 percent')).toMatchObject({ bound: 'range', low: 10, high: 12 });
    // After a modal verb "from X to Y" is a range; else a change ("rose from 24 to 29 seats").
    expect(one('could win from 260 to 310 seats')).toMatchObject({ text: '260 to 310', bound: 'range', low: 260, high: 310 });
    expect(read('rose from 24 to 29 seats').map((q) => [q.text, q.bound])).toEqual([['24', 'exact'], ['29', 'exact']]);
    expect(one('with between 22.5% and 26.5% of the vote')).toMatchObject({ text: 'between 22.5% and 26.5%', low: 22.5, high: 26.5, bound: 'range' });
    expect(one('between 22.5 percent and 26.5 percent')).toMatchObject({ low: 22.5, high: 26.5, bound: 'range' });
    expect(read('between 22.5% and 26 seats').map((q) => q.text)).toEqual(['22.5%', '26']);
    expect(one('would oscillate between 10 and 12 percent.')).toMatchObject({
      text: 'between 10 and 12 percent',
      bound: 'range',
      low: 10,
      high: 12,
      percent: true,
    });
    expect(one('turnout of 53 to 54 percent')).toMatchObject({ text: '53 to 54 percent', bound: 'range', low: 53, high: 54, percent: true });
  });

  it('"from 7% to 5%" is a change, two numbers, not a range', () => {
    const q = findQuantities('lowered from 7% to 5%.', grammar);
    expect(q.map((x) => [x.text, x.value, x.changeFrom])).toEqual([
      ['7%', 7, true],
      ['5%', 5, false],
    ]);
  });

  it('"from 7 to 5 percent" is a change with one unit for both; "from 41 countries" is no change', () => {
    const q = findQuantities('fell from 7 to 5 percent', grammar);
    expect(q.map((x) => [x.text, x.value, x.percent, x.changeFrom])).toEqual([
      ['7', 7, true, true],
      ['5 percent', 5, true, false],
    ]);
    expect(findQuantities('observers from 41 regions', grammar)[0]!.changeFrom).toBe(false);
  });

  it('"fell from nine to four seats": a number word after "from" starts a change as digits do', () => {
    const q = findQuantities('the Greens fell from nine to four seats', grammar);
    expect(q.map((x) => [x.text, x.value, x.changeFrom])).toEqual([
      ['nine', 9, true],
      ['four', 4, false],
    ]);
    expect(findQuantities('delegates from two regions', grammar)[0]!.changeFrom).toBe(false);
  });

  it('a change passes a determiner and a word of time before its first number, "about" before it, and "then" before "to"', () => {
    const pairs = (s: string) => findQuantities(s, grammar).map((x) => [x.text, x.changeFrom]);
    expect(pairs('slid from the outgoing 31 to 26')).toEqual([
      ['31', true],
      ['26', false],
    ]);
    expect(pairs('dropping from roughly 17 percent then to 11 percent today')).toEqual([
      ['roughly 17 percent', true],
      ['11 percent', false],
    ]);
    // Confirmed only by a number after "to": "from the northern 12 districts" is no change.
    expect(pairs('delegates from the northern 12 districts')).toEqual([['12', false]]);
  });

  it('"22 out of 29" and "23 of the 29": the first is the value, the total is kept', () => {
    const [a] = findQuantities('they get 22 out of 29 seats', grammar);
    expect([a!.text, a!.value, a!.total?.value, a!.text.slice(0, a!.ownEnd - a!.start)]).toEqual(['22 out of 29', 22, 29, '22']);
    const [b] = findQuantities('and 23 of the 29 single-mandate seats', grammar);
    expect([b!.text, b!.value, b!.total?.value]).toEqual(['23 of the 29', 23, 29]);
    // "62 of the then 76 seats": a past whole ("then" with a space or a hyphen).
    const [c] = findQuantities('won 62 of the-then 76 seats', grammar);
    expect([c!.text, c!.value, c!.total?.value]).toEqual(['62 of the-then 76', 62, 76]);
    // "of the vote" is no total.
    expect(one('5.2% of the vote')).toMatchObject({ text: '5.2%' });
  });

  it('word numbers: "seven", "six", "nine", with the precision of a whole unit', () => {
    expect(one('the remaining seven seats')).toEqual({ ...exact, text: 'seven', value: 7, precision: 0.5, percent: false });
    expect(one('six self-nominated candidates')).toMatchObject({ value: 6 });
    expect(one('an average of nine per mandate')).toMatchObject({ value: 9 });
    expect(read('often, tenfold, seventeenth')).toEqual([]);
  });

  it('compound word numbers: "twenty-two", "thirty-one" (but "one" alone is no number)', () => {
    expect(one('won twenty-two seats')).toMatchObject({ text: 'twenty-two', value: 22, precision: 0.5 });
    expect(one('thirty-one candidates')).toMatchObject({ value: 31 });
    expect(read('Not even one? One of them')).toEqual([]);
  });

  it('"6,366,000 of 11,950,000": a total written with a plain "of"', () => {
    const [q] = findQuantities('with 6,366,000 of 11,950,000 registered voters', grammar);
    expect([q!.value, q!.total?.value, q!.text.slice(0, q!.ownEnd - q!.start)]).toEqual([6_366_000, 11_950_000, '6,366,000']);
  });

  it('fractions: "two-thirds", "half"', () => {
    expect(one('close to a two-thirds majority')).toMatchObject({ kind: 'fraction', value: 2 / 3, text: 'two-thirds' });
    expect(one('over half the voters')).toMatchObject({ kind: 'fraction', bound: 'lower-bound', low: 0.5, text: 'over half' });
  });

  it('scale words: "6.3 million", "12 million"', () => {
    expect(one('6.3 million voters')).toMatchObject({ text: '6.3 million', value: 6_300_000, precision: 50_000 });
    expect(one('12 million')).toMatchObject({ value: 12_000_000, precision: 500_000 });
  });

  it('"about 6.3 million out of 12 million": approximate value with its total', () => {
    const [q] = findQuantities('about 6.3 million out of 12 million.', grammar);
    expect([q!.bound, q!.value, q!.total?.value, q!.total?.text]).toEqual(['approximate', 6_300_000, 12_000_000, '12 million']);
  });

  it('approximations and bounds: about, nearly, just over, more than, over', () => {
    expect(one('about 500 issues')).toMatchObject({ text: 'about 500', bound: 'approximate', value: 500 });
    expect(one('nearly 70%')).toMatchObject({ bound: 'upper-bound', value: null, high: 70 });
    expect(one('just over 50%')).toMatchObject({ text: 'just over 50%', bound: 'lower-bound', low: 50, value: null });
    expect(one('more than 300 observers')).toMatchObject({ text: 'more than 300', bound: 'lower-bound', low: 300 });
    expect(one('a turnout of over 60%')).toMatchObject({ text: 'over 60%', bound: 'lower-bound', low: 60, percent: true });
    // Not right before the number: no bound.
    expect(one('fewer than the 76 it had')).toMatchObject({ bound: 'exact', value: 76 });
  });

  it('a sign right after an opening bracket is read with its number ("51 seats (-20)"), the sign left to the claim', () => {
    expect(read('51 seats (-20)').map((q) => q.value)).toEqual([51, 20]);
    expect(read('8.2 percent (−5.7)').map((q) => q.value)).toEqual([8.2, 5.7]);
    expect(read('41 MPs (+1)').map((q) => q.value)).toEqual([41, 1]);
  });

  it('a dash between words is punctuation, not a minus', () => {
    expect(one('(NSDP - 5.2%)')).toMatchObject({ value: 5.2 });
    expect(one('for the region - 54%,')).toMatchObject({ value: 54 });
  });
});

describe('numbers: what is never a figure', () => {
  it('years and dates', () => {
    expect(read('On March 19, 2019 he said').map((q) => q.kind)).toEqual(['date', 'year']);
    expect(read('the 5 June 2022 referendum').map((q) => q.kind)).toEqual(['date', 'year']);
    expect(one('on March 3-10 by')).toMatchObject({ kind: 'date' });
    expect(read('the 19th, the fourth time')).toEqual([]);
  });

  it('durations, compounds, money, ratios and parts', () => {
    expect(one('in the past ten years')).toMatchObject({ kind: 'duration' });
    expect(one('a little over two years')).toMatchObject({ kind: 'duration' });
    expect(one('the 23-hour window')).toMatchObject({ kind: 'compound', text: '23-hour' });
    expect(one('a seven-year mandate')).toMatchObject({ kind: 'compound' });
    expect(one('close to $5 billion')).toMatchObject({ kind: 'money' });
    expect(one('50/50 in regional maslikhats')).toMatchObject({ kind: 'ratio', text: '50/50' });
    expect(one('three of them - Auyl')).toMatchObject({ kind: 'part' });
    expect(one('from 41 countries')).toMatchObject({ kind: 'other' });
    expect(one('at least 238 deaths')).toMatchObject({ kind: 'other', bound: 'lower-bound' });
    expect(one('70-80 percent of them are new')).toMatchObject({ kind: 'quantity' });
  });

  it('never reads a negative number, a number glued to a word, or a ticker rate as a plain figure', () => {
    expect(read('TJS/USD = 0.09103 -0.76%').map((q) => q.value)).toEqual([0.09103]);
    expect(read('COVID19 and A4')).toEqual([]);
  });
});

describe('numbers: properties', () => {
  it('any decimal written with digits parses back to itself, with the precision of its last digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99999 }), fc.integer({ min: 0, max: 3 }), (n, d) => {
        const text = d === 0 ? String(n) : (n / 10 ** d).toFixed(d);
        const q = findQuantities(`got ${text}% of votes`, grammar);
        expect(q).toHaveLength(1);
        expect(q[0]!.value).toBe(Number(text));
        expect(q[0]!.precision).toBeCloseTo(0.5 * 10 ** -d, 12);
      }),
      { numRuns: 200, seed: 1 },
    );
  });

  it('offsets always give the text back', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        for (const q of findQuantities(s, grammar)) expect(s.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 300, seed: 2 },
    );
  });
});
