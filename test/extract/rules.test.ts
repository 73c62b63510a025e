/**
 * General rules of the extract stage added on the development corpus's tune half: each on
 * sentences written for this test, with a made-up event lexicon over the general one.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.ts';
import { generalLexicon, parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { extract } from '../../pipeline/extract/index.ts';
import { linkedAfter } from '../../pipeline/extract/structure.ts';

const lexicon = parseLexicon(
  'x.yaml',
  `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity, Unity Party]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
  - {id: green, name: Green Party, kind: party, aliases: [Green Party, Greens]}
  - {id: yes, name: 'Yes', kind: option, aliases: ['Yes']}
  - {id: no, name: 'No', kind: option, aliases: ['No']}
  - {id: against-all, name: Against all, kind: group, aliases: [against all]}
  - {id: northport, name: Northport, kind: place, aliases: [Northport]}
  - {id: star, name: 7-Star Movement, kind: party, aliases: [7-Star Movement]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall]}
country: Freedonia
`,
);

/** The claims of one article with this body (and headline), read with the given lexicon. */
function read(body: string, lex: typeof lexicon, title: string | null = null) {
  const head = title === null ? 'null' : JSON.stringify(title);
  const doc = ingest([{ file: 'sources/r.md', text: `---\nid: r\ntitle: ${head}\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\n${body}\n` }], lex);
  return extract(doc, lex);
}

/** Each claim as "text metric.entity value qualifier". */
function claims(body: string): string[] {
  return read(body, lexicon).map((c) => `${c.text} ${c.metric}.${c.entity} ${c.value ?? `${c.low ?? ''}..${c.high ?? ''}`} ${c.qualifier}`);
}

/** Each claim as "text metric.entity value qualifier" of an article with this headline. */
function claimsTitled(title: string, body: string): string[] {
  return read(body, lexicon, title).map((c) => `${c.text} ${c.metric}.${c.entity} ${c.value ?? `${c.low ?? ''}..${c.high ?? ''}`} ${c.qualifier}`);
}

/** Each claim as "text metric.entity value", read with another lexicon. */
function claimsWith(lex: typeof lexicon, body: string): string[] {
  return read(body, lex).map((c) => `${c.text} ${c.metric}.${c.entity} ${c.value}`);
}

describe('a heading or introduction without a figure', () => {
  it('a name line ending with a colon gives its side to the count and share of the paragraph under it ("2 350 711 (52.6%)"); a party before its candidate is the candidate\'s', () => {
    const race = parseLexicon(
      'race.yaml',
      'entities:\n  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames]}\n  - {id: bell, name: Bo Bell, kind: candidate, aliases: [Bo Bell]}\n  - {id: unity, name: Unity, kind: party, aliases: [Unity]}\n  - {id: reform, name: Reform, kind: party, aliases: [Reform]}\nelection: {year: 2031, chamber: [Grand Hall]}\n',
    );
    const lines = ['The final figures:', 'Unity, President Ann AMES :', '2 350 711 (52.6%)', 'Reform, Bo BELL : 1 967 343 (44.0%)'];
    expect(claimsWith(race, lines.join('\n\n'))).toEqual([
      '2 350 711 votes_received.ames 2350711',
      '52.6% vote_share.ames 52.6',
      '1 967 343 votes_received.bell 1967343',
      '44.0% vote_share.bell 44',
    ]);
    expect(claimsWith(race, ['The final figures:', 'Ann AMES :', '2 350 711 (52.6%)'].join('\n\n'))).toEqual(['2 350 711 votes_received.ames 2350711', '52.6% vote_share.ames 52.6']);
  });

  it('a list item that names a party takes no metric of the nation or of places from the sentences before: votes and a share', () => {
    expect(claims('92,553 ballots were invalid.\n\nTurnout was 68.9 percent.\n\nThe final figures:\n\nUnity: 2,350,711 (52.6%)\n\nReform: 1,967,343 (44.0%)')).toEqual([
      '92,553 invalid_ballots.national 92553 unspecified',
      '68.9 percent turnout.national 68.9 unspecified',
      '2,350,711 votes_received.unity 2350711 final',
      '52.6% vote_share.unity 52.6 final',
      '1,967,343 votes_received.reform 1967343 final',
      '44.0% vote_share.reform 44 final',
    ]);
    // A place's item still takes the turnout before it.
    expect(claims('Turnout was 68.9 percent.\n\nNorthport: 61.2%')).toEqual(['68.9 percent turnout.national 68.9 unspecified', '61.2% turnout.northport 61.2 unspecified']);
  });

  it('names the metric and the time of the list items after it', () => {
    expect(claims('This is the voter turnout as recorded around 5 PM in the regions\n\nNorthport: 61.2%')).toEqual(['61.2% turnout.northport 61.2 interim']);
    expect(claims('Turnout by region:\n\n- Northport — 61.2%')).toEqual(['61.2% turnout.northport 61.2 unspecified']);
  });
});

describe('a number compared with an earlier election', () => {
  it('is a change of this election: "50 more than in 2027", "two fewer than in the previous election"', () => {
    expect(claims('Unity won 142 seats, 50 more than in 2027.')).toEqual(['142 seats_total.unity 142 unspecified', '50 seats_change.unity 50 unspecified']);
    expect(claims('Reform took 20 seats, two fewer than in the previous election.')).toEqual(['20 seats_total.reform 20 unspecified', 'two seats_change.reform -2 unspecified']);
    expect(claims('Unity won 50 seats in 2027.')).toEqual(['50 seats_total.unity 50 historical']);
  });
});

describe('a gain or loss with its own counted noun', () => {
  it('is not the cue of a number after that noun: "gained one seat for a new total of 15"; a list of gains goes on', () => {
    expect(claims('The Greens gained one seat for a new total of 15 seats.')).toEqual(['one seats_change.green 1 unspecified', '15 seats_total.green 15 unspecified']);
    expect(claims('Reform lost 4 seats, for a total of 20 seats.')).toEqual(['4 seats_change.reform -4 unspecified', '20 seats_total.reform 20 unspecified']);
    expect(claims('Unity gained 5 seats, and Reform 3.')).toEqual(['5 seats_change.unity 5 unspecified', '3 seats_change.reform 3 unspecified']);
  });
});

describe('a gain cue that also means "won"', () => {
  it('after another name\'s total names a total: "Unity secured 26 seats, Reform obtained 14 and the Greens gained 12"; alone, or after a gain, a gain', () => {
    expect(claims('Unity secured 26 seats, Reform obtained 14 and the Greens gained 12.')).toEqual([
      '26 seats_total.unity 26 unspecified',
      '14 seats_total.reform 14 unspecified',
      '12 seats_total.green 12 unspecified',
    ]);
    expect(claims('The Greens gained 12 seats.')).toEqual(['12 seats_change.green 12 unspecified']);
    expect(claims('Unity lost 4 seats, while Reform gained 3.')).toEqual(['4 seats_change.unity -4 unspecified', '3 seats_change.reform 3 unspecified']);
  });
  it('right after the same side\'s share, or before the chamber or the election won in, names a total', () => {
    expect(claims('Reform came second with 19.4 percent of the votes, gaining 14 seats.')).toEqual(['19.4 percent vote_share.reform 19.4 unspecified', '14 seats_total.reform 14 unspecified']);
    expect(claims('The Greens gained 15 seats in the 63-seat parliament.')).toEqual(['15 seats_total.green 15 unspecified', '63 seats_total.national 63 rule']);
    expect(claims('Unity gained just 41 seats in the election.')).toEqual(['41 seats_total.unity 41 unspecified']);
    expect(claims('Unity won 31.2 percent, while Reform gained 5 seats.')).toEqual(['31.2 percent vote_share.unity 31.2 unspecified', '5 seats_change.reform 5 unspecified']);
    expect(claims('The Greens gained 12 seats, to 40.')).toContain('12 seats_change.green 12 unspecified');
  });
});

describe('a change\'s cue that counts nothing', () => {
  it('"the only other party that gained seats", "though it made no net gain" leave the seats before them totals', () => {
    expect(claims('Unity won 12 seats, the only other party that gained seats.')).toEqual(['12 seats_total.unity 12 unspecified']);
    expect(claims('Reform held on to its 13 seats, though it made no net gain.')).toEqual(['13 seats_total.reform 13 unspecified']);
    expect(claims('Unity won 40 seats, a gain of 5.')).toEqual(['40 seats_total.unity 40 unspecified', '5 seats_change.unity 5 unspecified']);
  });
});

describe('a gain of seats written with "more" or "extra"', () => {
  it('"two more seats", "two extra seats", "four seats more than it had" are gains; "This is five seats less than in 2027" is the side\'s before', () => {
    expect(claims('Unity won 18 percent of the vote and two extra seats.')).toEqual(['18 percent vote_share.unity 18 unspecified', 'two seats_change.unity 2 unspecified']);
    expect(claims('That gives Reform two more seats in the Grand Hall.')).toEqual(['two seats_change.reform 2 unspecified']);
    expect(claims('Unity would gain 38 seats, which is four seats more than it had.')).toEqual(['38 seats_total.unity 38 unspecified', 'four seats_change.unity 4 unspecified']);
    expect(claims('Reform won 20 seats. This is five seats less than in the previous election.')).toEqual(['20 seats_total.reform 20 unspecified', 'five seats_change.reform -5 unspecified']);
    expect(claims('Unity is projected to win 156 seats, one more than it had.')).toEqual(['156 seats_total.unity 156 interim', 'one seats_change.unity 1 interim']);
  });
});

describe('the seats needed for a majority, as the rule or as what was won', () => {
  it('"required to hold a majority", "needed to form a majority", "the majority, which is 76"', () => {
    expect(claims('Unity fell short of the 76 seats required to hold a majority.')).toEqual(['76 seats_majority.national 76 rule']);
    expect(claims('Reform fell below the 76 needed to form a majority.')).toEqual(['76 seats_majority.national 76 rule']);
    expect(claims('Unity fell below the majority, which is 76.')).toEqual(['76 seats_majority.national 76 rule']);
  });
  it('"The majority threshold is 139 seats", "A majority requires 76 MPs"; "90 seats, enough for a majority" is what a side holds', () => {
    expect(claims('The majority threshold in the Grand Hall is 139 seats.')).toEqual(['139 seats_majority.national 139 rule']);
    expect(claims('A parliamentary majority requires 76 MPs.')).toEqual(['76 seats_majority.national 76 rule']);
    expect(claims('This brings Unity to 90 seats, enough for a majority.')).toEqual(['90 seats_total.unity 90 unspecified']);
    expect(claims('Reform won 70 seats, which would not be sufficient for an absolute majority.')).toEqual(['70 seats_total.reform 70 unspecified']);
  });
  it('a compound that names the chamber counts its unit: "required to win a majority in the 150-seat Grand Hall"', () => {
    expect(claims('A minimum of 76 seats is required to win a majority in the 150-seat Grand Hall.')).toEqual([
      '76 seats_majority.national 76 rule',
      '150 seats_total.national 150 rule',
    ]);
  });
  it('"with" after a rule\'s cue leads to what was won: "win an absolute majority with 80 seats"', () => {
    // "is on course to": a count not complete (the decision list's step 4).
    expect(claims('Unity is on course to win an absolute majority with 80 seats.')).toEqual(['80 seats_total.unity 80 interim']);
    expect(claims('Reform cleared the threshold with 5.2% of the vote.')).toEqual(['5.2% vote_share.reform 5.2 unspecified']);
  });
});

describe('the seats needed for a majority', () => {
  it('"an absolute majority (76 seats)", "the majority is 76", "the magic figure of 76"', () => {
    expect(claims('No party could reach an absolute majority (76 seats).')).toEqual(['76 seats_majority.national 76 rule']);
    expect(claims('The majority is 76.')).toEqual(['76 seats_majority.national 76 rule']);
    expect(claims('Unity fell short of the magic figure of 76.')).toEqual(['76 seats_majority.national 76 rule']);
  });
  it('a number right after a party\'s possessive is the party\'s own: "Unity needs Reform\'s eight seats to form a government"', () => {
    expect(claims("Unity needs Reform's eight seats to form a government.")).toEqual(['eight seats_total.reform 8 unspecified']);
    expect(claims('Unity needs 76 seats to form a government.')).toEqual(['76 seats_majority.national 76 rule']);
  });
  it('a majority of a kind and "of", or "majority of" and a lower bound, before the count: "a simple majority of 112 seats", "a majority of at least 90 seats"', () => {
    expect(claims('Unity won 73 seats, failing to secure a simple majority of 112 seats.').at(-1)).toBe('112 seats_majority.national 112 rule');
    expect(claims('Unity is one seat away from securing a two-thirds majority of 184 seats.')).toEqual(['184 seats_majority.national 184 rule']);
    expect(claims('Neither bloc was able to achieve a majority of at least 90 seats in the Grand Hall.')).toEqual(['at least 90 seats_majority.national 90.. rule']);
    // What a side holds stays its own: "a clear majority of 87 seats", "a majority of 87 seats".
    expect(claims('Unity would have a clear majority of 87 seats in the Grand Hall.')).toEqual(['87 seats_total.unity 87 unspecified']);
  });
});

describe('numbers that are no figures', () => {
  it('an article of a law, a polling station\'s number; a count completed or voting machines counted are progress', () => {
    expect(claims('Under Article 112 of the code, Unity won 41 seats.')).toEqual(['41 seats_total.unity 41 unspecified']);
    expect(claims('This picture is from polling station 10 in Northport.')).toEqual([]);
    expect(claims('With 99.5% of the count completed, Unity had 41.2%.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
    expect(claims('Unity reaches 41.2%, with 70% of the voting machines.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
    expect(claims('Out of 74% of the votes cast, Unity has 41.2%.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
    expect(claims('An update incorporating 86% of the data puts Unity at 41.2%.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
    expect(claims('Projections (95.3 percent of the processed sample): Unity 41.2 percent.').map((s) => s.split(' ')[0])).toEqual(['41.2']);
  });
});

describe('a table written one cell per line', () => {
  it('reads a number cell with the name cell above it; under a heading of another body, none', () => {
    expect(claims('GRAND HALL (150 seats):\n\n|Unity\n\n|81\n\n|Reform\n\n|24')).toEqual([
      '150 seats_total.national 150 rule',
      '81 seats_total.unity 81 unspecified',
      '24 seats_total.reform 24 unspecified',
    ]);
    expect(claims('SENATE (50 seats):\n\n|Unity\n\n|31')).toEqual([]);
    // A name cell may hold digits ("|5-Star Movement"), not a per-cent sign.
    expect(claims('GRAND HALL (150 seats):\n\n|7-Star Movement\n\n|81')).toEqual(['150 seats_total.national 150 rule', '81 seats_total.star 81 unspecified']);
  });
});

describe('the article status', () => {
  it('final results still awaited are no frame (a sentence about the future): no stage', () => {
    expect(claims('Reform said it would await the final results. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('The final results are expected on Monday. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
  });

  it('"as of" a time, "the last update", stations "having reported": a count in progress, whose results are interim', () => {
    expect(claims('As of 9 p.m., Unity led. Unity is ahead with 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('Reform led until the last update. Unity now reaches 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
  });

  it('a bare count states a part counted only by a share before it in its clause, not by a side\'s share elsewhere in the sentence', () => {
    // The side's share is no part counted: the bare count states no stage, the frame before decides.
    expect(claims('With all the votes counted, the count is done. According to the vote count, Reform received 17.2% of the vote.')).toEqual(['17.2% vote_share.reform 17.2 preliminary']);
    expect(claims('Votes were counted on Monday, with Unity at 41.2%.')).toEqual(['41.2% vote_share.unity 41.2 unspecified']);
    // A share before the count word in its clause is the part counted: a count in progress.
    expect(claims('Unity stands at 41.2%, and more than 90% of the votes have been counted.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
    // A count read at a time of day is a count in progress.
    expect(claims('Based on the votes counted around 1:00 am, Unity would win 41.2% of the vote.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
  });

  it('the commission confirming or validating the count, or declaring the winner, gives the final result; reporting it does not', () => {
    // An authority that reports or announces figures without declaring a winner states no stage (step 7).
    expect(claims('The election commission reported the count. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Judges validated the results on Friday. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('Unity won the race, the election commission confirmed on Sunday. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('Ann Ames was declared the winner. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    // A frame after the figure frames nothing before it.
    expect(claims('The vote count went on late. Unity took 41.2 percent of the vote. The final figures came out on Monday.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
  });

  it('a winner declared, with the name between the verb and "winner", gives the final result; a declarer\'s own claim or one still to come does not', () => {
    expect(claims('The commission declared Ann Ames the winner on Friday. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claimsTitled('Commission declares Ames president-elect', 'Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('"Ann Ames is hereby declared winner," the chairman said. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('The prime minister declared his party the winner. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('The commission has not yet declared a winner. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
  });

  it('a winner named first and the declaring act in a reporting clause that ends the sentence gives the final result; a hedged or long clause does not', () => {
    expect(claims('Unity is the winner of the Grand Hall vote, the Grand Hall electoral commission has declared. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('Unity is the winner of the Grand Hall vote, the electoral commission has not yet declared. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Unity is the winner of the Grand Hall vote, say her supporters, though the count is slow and nothing has been formally declared. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
  });

  it('an authority confirming a side\'s own figure, or a figure "confirmed as" itself, gives the final result; saying it, or a confirmation still to come, does not', () => {
    expect(claims('The electoral tribunal confirmed Unity won 41 seats.')).toEqual(['41 seats_total.unity 41 final']);
    expect(claims('The court (GHC) on Monday reaffirmed that Unity secured 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('With every seat in, the turnout was confirmed as 59.9%.')).toEqual(['59.9% turnout.national 59.9 final']);
    expect(claims('Unity won 41 seats, the electoral tribunal said.')).toEqual(['41 seats_total.unity 41 unspecified']);
    expect(claims('The electoral tribunal has not confirmed that Unity won 41 seats.')).toEqual(['41 seats_total.unity 41 unspecified']);
    expect(claims('If the court confirms that Unity won 41 seats, it will govern alone.')).toEqual(['41 seats_total.unity 41 unspecified']);
  });

  it('a count that leaves a part out is not complete, even called final, and a final word under it is that count\'s (step 4)', () => {
    expect(claims('The commission released the final results from 156 constituencies, barring one. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('All regions had completed their ballot count on Tuesday except the north. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('The official results, with 98% of the votes counted, are in. In the final tally, Unity took 41.2 percent of the vote.')).toContain('41.2 percent vote_share.unity 41.2 interim');
    expect(claims('The commission released the final results from 156 constituencies, barring one. In the final tally, Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    // An exception with no result noun or count word before it; a final word under a complete count.
    expect(claims('Every party except Reform lost support. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('The commission released the full results. In the final tally, Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
  });

  it('newly elected deputies registered give the final seats; a new chamber meeting states no stage (the decision list, step 7)', () => {
    expect(claims('The Grand Hall will convene its first session on Monday. Unity will hold 41 seats.')).toEqual(['41 seats_total.unity 41 unspecified']);
    expect(claims('The commission met for the registration of deputies. Unity won 41 seats.')).toEqual(['41 seats_total.unity 41 final']);
  });

  it('the electorate and the parties on the ballot take no counting stage, from a frame or their own sentence (the list\'s revision of 2026-12-05)', () => {
    expect(claims('With 40% of the votes counted, Unity leads. Some 3.2 million voters were eligible.')).toEqual([
      'Some 3.2 million registered_voters.national 3200000 unspecified',
    ]);
    expect(claims('In the districts counted so far, 2,000 people voted out of 3,000 eligible voters.')).toContain('3,000 registered_voters.national 3000 unspecified');
    expect(claims('According to the final results, 3.2 million voters were eligible.')).toEqual(['3.2 million registered_voters.national 3200000 unspecified']);
    expect(claims('Preliminary results were published on Monday. Nine parties took part in the election.')).toEqual(['Nine parties_contesting.national 9 unspecified']);
  });

  it('the electorate takes no exit poll\'s or estimate\'s status, nor a poll going on from before', () => {
    expect(claims('Pollsters published quick counts tonight. Some 3.2 million voters were eligible to vote.')).toEqual([
      'Some 3.2 million registered_voters.national 3200000 unspecified',
    ]);
    expect(claims('According to the exit poll, Unity won 41%. About 3.2 million voters were called to the polls.')).toEqual([
      '41% vote_share.unity 41 exit_poll',
      'About 3.2 million registered_voters.national 3200000 unspecified',
    ]);
  });

  it('a quick count of sample ballots is an estimate, and so is its count in progress', () => {
    expect(claims('Pollsters published quick counts tonight. Unity has 41.2 percent of the vote, based on 80 percent of ballots counted.')).toEqual([
      '41.2 percent vote_share.unity 41.2 estimate',
    ]);
    expect(claims('With 83.5% of data processed, Unity leads with 41.2%.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
    expect(claims('Pollster projections (based on 95 percent of the processed sample): Unity won 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 estimate']);
  });

  it('preliminary results named anywhere beat a count in progress; a complete count is preliminary; "declared results" is final', () => {
    expect(claims('The latest count is in, and preliminary results are out. Unity holds 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('After counting 100% of the votes, Unity won. It took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('After counting 100% of the votes, Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('The commission has declared results, with Unity winning 41 seats.')).toEqual(['41 seats_total.unity 41 final']);
  });

  it('a cue inside a longer cue of another status does not count: "after counting all" is a complete count', () => {
    expect(claims('After counting all districts, Unity comes to 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('After counting most districts, Unity comes to 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
  });

  it('"it\'s official", "the final report", a returning officer: the final result', () => {
    expect(claims("It's official: Unity won. Unity took 41.2 percent of the vote.")).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('The returning officer read the result. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
  });

  it('a final result still to come is no frame; a hedged one, or one with a count in progress, is interim', () => {
    expect(claims('Unity took 41.2 percent of the vote. The final result is scheduled to be declared next month.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Only the commission can give the official result. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Unity took 41.2 percent of the vote, according to near-final data.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    // "non-final results": not yet final, step 3 (as "unofficial"), no count in progress.
    expect(claims('Unity took 41.2 percent of the vote, according to non-final results.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('The commission announced the figures after processing ballots from 812 of 900 stations. Unity took 41.2 percent of the vote.')).toEqual([
      '41.2 percent vote_share.unity 41.2 interim',
    ]);
  });

  it('a final result still to come in the past tense, before its announcement, or past an aside is no frame', () => {
    // "were due": the past of "are due"; the frame before it (95% counted) goes on.
    expect(claims('With 95% of the votes counted, Unity took 41.2 percent. The official results were due to be published on Monday. Reform won 20 percent.')).toEqual([
      '41.2 percent vote_share.unity 41.2 interim',
      '20 percent vote_share.reform 20 interim',
    ]);
    expect(claims('The leader of Reform conceded even before the announcement of official results. Unity won 31 seats.')).toEqual(['31 seats_total.unity 31 unspecified']);
    // The pending word after an aside set off by commas is the result's.
    expect(claims('With 95% of the votes counted, Unity took 41.2 percent. The final results, including the seats won by each party, were expected later this week. Reform won 20 percent.')).toEqual([
      '41.2 percent vote_share.unity 41.2 interim',
      '20 percent vote_share.reform 20 interim',
    ]);
    // A result stated, not to come: final, aside or not.
    expect(claims('The final results, including the seats won by each party, showed Unity with 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('The official results were published on Monday. Unity won 31 seats.')).toEqual(['31 seats_total.unity 31 final']);
  });

  it('a done act stays final whatever follows it; preliminary results with a count in progress stay preliminary', () => {
    expect(claims('The commission confirmed the results on how the seats will be shared. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claims('After counting 97 percent of the districts, Unity took 41.2 percent of the vote, according to preliminary results.')).toEqual([
      '41.2 percent vote_share.unity 41.2 preliminary',
    ]);
  });

  it('a count cue right after a share of 100 is a complete count: preliminary results', () => {
    expect(claims('The shares with 100 percent of preliminary results counted: Unity (41.2%), Reform (30.1%).')).toEqual([
      '41.2% vote_share.unity 41.2 preliminary',
      '30.1% vote_share.reform 30.1 preliminary',
    ]);
    expect(claims('With 100% of the districts tallied, Unity took 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('With 90% of the districts tallied, Unity took 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
  });

  it('an exit poll named only after a result figure is no status of the article: what the exit polls had said', () => {
    expect(claims('Unity won with 41.2 percent of the vote. Early exit polls had shown Reform ahead.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Unity won 41 seats. Exit polls had put it second.')).toEqual(['41 seats_total.unity 41 unspecified']);
    expect(claims('The first exit poll is out. Unity is on 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 exit_poll']);
    expect(claims('Polls projected 41.2 percent for Unity. The exit poll gave Reform 30.1 percent.')).toEqual([
      '41.2 percent vote_share.unity 41.2 exit_poll',
      '30.1 percent vote_share.reform 30.1 exit_poll',
    ]);
  });

  it('the headline states the status as well: "– preliminary data", "Counting continues", "Final results show"', () => {
    expect(claimsTitled('Unity wins 41 seats – preliminary data', 'Unity won 41 seats, Reform 30.')).toEqual(['41 seats_total.unity 41 preliminary', '30 seats_total.reform 30 preliminary']);
    expect(claimsTitled('Counting continues in the Freedonia vote', 'Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claimsTitled('Final results show a record for Unity', 'Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
    expect(claimsTitled('Unity wins the Freedonia vote', 'Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claimsTitled('Unity takes 41 seats', 'The first exit poll is out. Unity is on 41 seats.')).toEqual(['41 seats_total.unity 41 exit_poll']);
  });

  it('a count of all the votes is complete: preliminary results; "of all votes counted", "almost all", "until all … are counted" are not', () => {
    expect(claims('With all the votes counted, Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('After the remaining postal votes were counted, Unity stood at 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claimsTitled('All votes counted: Unity wins', 'Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('Unity garnered 3,100,000 votes, equivalent to 41.2 percent of all votes counted by noon.')).toEqual([
      '3,100,000 votes_received.unity 3100000 interim',
      '41.2 percent vote_share.unity 41.2 interim',
    ]);
    expect(claims('Almost all votes were counted. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('Unity took 41.2 percent of the vote, but all the votes were about to be counted again.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('The parties wait until all votes are counted. Unity took 41.2 percent of the vote.')).not.toContain('41.2 percent vote_share.unity 41.2 preliminary');
  });

  it('a complete count in its own sentence is preliminary, even under a final frame (own words first); a date in its clause says nothing', () => {
    expect(claims('The final results are out. After all the ballots were counted, Unity received 41.2 percent of the vote.')).toEqual([
      '41.2 percent vote_share.unity 41.2 preliminary',
    ]);
    expect(claims('With all votes cast on 3 May counted, Unity received 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
  });

  it('a final act still to come is no final status: "will be officially confirmed", "to be declared the winner"; a foretold preliminary one stays', () => {
    expect(claims('The vote count was completed overnight. Unity took 41.2 percent of the vote. The results will be officially confirmed on Monday.')).toEqual([
      '41.2 percent vote_share.unity 41.2 preliminary',
    ]);
    expect(claims('Unity took 41.2 percent of the vote. A candidate needs more votes than the others to be declared the winner.')).toEqual([
      '41.2 percent vote_share.unity 41.2 unspecified',
    ]);
    expect(claims('Unity will provisionally receive 41 seats.')).toEqual(['41 seats_total.unity 41 preliminary']);
  });

  it('the "first" official results are a count in progress; "early" preliminary results stay preliminary (step 3 before 4); a final result one is "not going to have" is to come', () => {
    expect(claims('The first official results came in at 19:30. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('Early preliminary results suggested a Unity win. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('"We are not going to have a final result tonight," Ames said. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
  });

  it('conceding "before official results": a result to come, no frame; "still counting the final results": a count in progress', () => {
    expect(claims('Reform conceded even before official results were announced. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('"They are still counting the final results," Ames said. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
  });

  it('"as per latest trends", "trends show": a count in progress; "wait for" the final count: a result to come, no frame', () => {
    expect(claims('As per latest trends, Unity is set to win 99 seats.')).toEqual(['99 seats_total.unity 99 interim']);
    expect(claims('Trends show Unity ahead. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('Reform asked voters to wait for the final vote count. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
  });

  it('numbers that "differ from" the final results have no stage; the "latest" official tally is a count in progress', () => {
    expect(claims('These numbers may differ from the final results. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('According to the latest official tally, Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
  });

  it('counting "under way", votes "being counted", "incomplete results", precincts reporting: a count in progress; "all precincts reporting", "counting complete": a complete one', () => {
    expect(claims('Counting is still under way. Unity won 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('Votes are still being counted. Unity won 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('Unity won 41.2 percent, according to incomplete results.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('Unity won 41.2 percent, with all precincts reporting.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('With counting complete in all constituencies, Unity won 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('Unity won 41.2 percent. Counting is almost complete.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Unity won 41.2 percent in the provisional count.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('Unity won 41.2 percent, according to provisional figures.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
  });

  it('a count of all the votes is complete (preliminary) beside an announcement; a count in progress beside it is interim', () => {
    expect(claims('With all votes counted, the election commission announced that Unity won 41 seats.')).toEqual(['41 seats_total.unity 41 preliminary']);
    expect(claims('With 90% of votes counted, the election commission announced that Unity won 41 seats.')).toEqual(['41 seats_total.unity 41 interim']);
  });

  it('a final result called preliminary in its phrase is preliminary: "the preliminary final result"', () => {
    expect(claims('According to the preliminary final result, Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claimsTitled('Preliminary Grand Hall final result is out', 'Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('Provisional official results give Unity 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('Unity took 41.2 percent of the vote, the official results show.')).toEqual(['41.2 percent vote_share.unity 41.2 final']);
  });

  it('a count said to be done gives preliminary results, a part of it said done a count in progress; a hedged or pending one nothing', () => {
    expect(claims('The process of counting votes in the election has ended. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('Officials finished counting on Monday. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 preliminary']);
    expect(claims('Unity took 41.2 percent of the vote. The commission reported that 812 of the 900 districts had finished counting.')).toEqual([
      '41.2 percent vote_share.unity 41.2 unspecified',
    ]);
    expect(claims('The commission reported that 812 of the 900 districts had finished counting. Unity took 41.2 percent of the vote.')).toEqual([
      '41.2 percent vote_share.unity 41.2 interim',
    ]);
    expect(claims('The counting is near finished. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Once the count has ended, seats will be shared. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
  });

  it('part of the votes still to be counted: a count not complete, interim (step 4)', () => {
    expect(claims('Unity took 41.2 percent of the vote, and some ballots remained to be counted.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
    expect(claims('It is still necessary to count the votes cast abroad. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
  });

  it('a count still to come or the rule of counting is no count in progress: "will be counted", "are counted"', () => {
    expect(claims('Second preferences will be counted on Monday. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Unity took 41.2 percent of the vote. Postal votes are counted last.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Unity took 41.2 percent of the vote. Postal ballots will be counted on Monday.')).toEqual(['41.2 percent vote_share.unity 41.2 unspecified']);
    expect(claims('Unity took 41.2 percent of the vote as the last ballots were about to be counted.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
  });

  it('"as of the latest count", "at the time of writing": a snapshot', () => {
    expect(claims('Unity won 41 seats (at the time of writing).')).toEqual(['41 seats_total.unity 41 interim']);
    expect(claims('At the moment, data from most stations has been processed. Unity took 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 interim']);
  });
});

describe('tables: a cell is read by its header row', () => {
  it('the column header names the metric, the year or the kind; the first cell the party', () => {
    const table = ['Projected seats in the Grand Hall:', '', 'Party | 2027 Seats | Poll | Exit poll |', 'Unity | 40 | 52 | 48 |', 'Reform | 12 | 9 | 11 |'].join('\n');
    expect(claims(table)).toEqual([
      '40 seats_total.unity 40 historical',
      '52 seats_total.unity 52 forecast',
      '48 seats_total.unity 48 exit_poll',
      '12 seats_total.reform 12 historical',
      '9 seats_total.reform 9 forecast',
      '11 seats_total.reform 11 exit_poll',
    ]);
  });

  it('a Markdown table: a column named "%" holds shares, the separator row is no header', () => {
    const table = ['| Party | Votes | % |', '|---|---:|---:|', '| Unity | 120,400 | 41.2 |', '| Greens | 30,100 | 10.3 |'].join('\n');
    expect(claims(table)).toEqual([
      '120,400 votes_received.unity 120400 unspecified',
      '41.2 vote_share.unity 41.2 unspecified',
      '30,100 votes_received.green 30100 unspecified',
      '10.3 vote_share.green 10.3 unspecified',
    ]);
  });

  it('a column that has carried a per-cent sign holds shares below it too; an "and" in a row starts no clause', () => {
    const table = ['Party | Alliance | Votes | |', '---|---|---|---|', 'Unity | Unity and Friends | 120,400 | % 41.2 |', 'Greens | Greens and Allies | 30,100 | 10.3 |'].join('\n');
    expect(claims(table)).toEqual([
      '120,400 votes_received.unity 120400 unspecified',
      '41.2 vote_share.unity 41.2 unspecified',
      '30,100 votes_received.green 30100 unspecified',
      '10.3 vote_share.green 10.3 unspecified',
    ]);
  });

  it('"the last five elections" counts elections, no figure', () => {
    expect(claims('Unity won 41 seats, its best result in the last five elections.')).toEqual(['41 seats_total.unity 41 unspecified']);
  });
});

describe('tables flattened into text (general lexicon `tables`)', () => {
  it('a header line over rows one per line: the cells fill the columns from the left; a dash is an empty cell', () => {
    const table = ['Results by party:', '', 'Party Seats Won Seats Change Votes', '', 'Unity (UP) 72 - 1,458,151', '', 'Reform 2031 (R31) 20 -4 513,900', '', 'Greens 3'].join('\n');
    expect(claims(table)).toEqual([
      '72 seats_total.unity 72 unspecified',
      '1,458,151 votes_received.unity 1458151 unspecified',
      '20 seats_total.reform 20 unspecified',
      '-4 seats_change.reform -4 unspecified',
      '513,900 votes_received.reform 513900 unspecified',
      '3 seats_total.green 3 unspecified',
    ]);
  });

  it('a whole table on one line: a change column is of the column before it, a per-cent cell under "Votes" a share', () => {
    expect(claims('Group Seats Change Votes Unity 188 +57 26.3 % Reform 161 -76 24.7 % Greens 12 0 5.0 %')).toEqual([
      '188 seats_total.unity 188 unspecified',
      '+57 seats_change.unity 57 unspecified',
      '26.3 % vote_share.unity 26.3 unspecified',
      '161 seats_total.reform 161 unspecified',
      '-76 seats_change.reform -76 unspecified',
      '24.7 % vote_share.reform 24.7 unspecified',
      '12 seats_total.green 12 unspecified',
      '0 seats_change.green 0 unspecified',
      '5.0 % vote_share.green 5 unspecified',
    ]);
  });

  it('a heading naming an earlier election dates its table, and the text after the table in its sentence', () => {
    expect(claims('ELECTION OF MAY 2, 2027 ELECTION OF MAY 2, 2027 PARTY (sort) PARTY (sort) MPs (sort) MPs (sort) % OF VOTE (sort) Unity 81 41,2 % Reform 24 20,1 % Turnout: 67%.')).toEqual([
      '81 seats_total.unity 81 historical',
      '41,2 % vote_share.unity 41.2 historical',
      '24 seats_total.reform 24 historical',
      '20,1 % vote_share.reform 20.1 historical',
      '67% turnout.national 67 historical',
    ]);
  });

  it('a heading naming this election and an earlier one: the first table is this one, the next the earlier', () => {
    const line = '2027 2031 Click on a party Group Seats Change Votes Unity 90 +9 41.0 % Reform 30 -9 20.0 % Group Seats Votes Unity 81 38.0 % Reform 39 25.0 %';
    expect(claims(line).filter((x) => x.includes('unity'))).toEqual([
      '90 seats_total.unity 90 unspecified',
      '+9 seats_change.unity 9 unspecified',
      '41.0 % vote_share.unity 41 unspecified',
      '81 seats_total.unity 81 historical',
      '38.0 % vote_share.unity 38 historical',
    ]);
  });

  it('header variants: "Votes %" are two columns, "Votes (%)" one of shares, "+/-" a change', () => {
    expect(claims('Party Votes % Seats +/- Unity 120,400 41.2 60 +5 Reform 90,000 30.8 40 -5')).toEqual([
      '120,400 votes_received.unity 120400 unspecified',
      '41.2 vote_share.unity 41.2 unspecified',
      '60 seats_total.unity 60 unspecified',
      '+5 seats_change.unity 5 unspecified',
      '90,000 votes_received.reform 90000 unspecified',
      '30.8 vote_share.reform 30.8 unspecified',
      '40 seats_total.reform 40 unspecified',
      '-5 seats_change.reform -5 unspecified',
    ]);
    expect(claims('Party Votes (%) Seats Unity 41.2 60 Reform 30.8 40')).toEqual([
      '41.2 vote_share.unity 41.2 unspecified',
      '60 seats_total.unity 60 unspecified',
      '30.8 vote_share.reform 30.8 unspecified',
      '40 seats_total.reform 40 unspecified',
    ]);
  });

  it('a header of two names with a slash ("YES/NO"): each row\'s "41/59" gives the first to one, the second to the other', () => {
    expect(claims('NATIONAL VOTE - YES/NO\n\nSTATES\n\n* Northport - 41/59.\n\n* Southport - 45.5/54.5.')).toEqual([
      '41 vote_share.yes 41 unspecified',
      '59 vote_share.no 59 unspecified',
      '45.5 vote_share.yes 45.5 unspecified',
      '54.5 vote_share.no 54.5 unspecified',
    ]);
    // Not 100 together: no shares; no header: no names.
    expect(claims('NATIONAL VOTE - YES/NO\n\n* Northport - 2/3.')).toEqual([]);
    expect(claims('* Northport - 41/59.')).toEqual([]);
  });

  it('a block of label lines under a line that is a name alone: the label lines\' numbers are the name\'s', () => {
    expect(claims('Main parties:\n\nReform\n\nLeader: Bo Berg\n\nSeats won in the last election: 28\n\nUnity Party / Unité (UP)\n\nSeats won in the last election: 78')).toEqual([
      '28 seats_total.reform 28 historical',
      '78 seats_total.unity 78 historical',
    ]);
    // A sentence between ends the block; a turnout is no party's.
    expect(claims('Reform\n\nThe count went on.\n\nSeats won in the last election: 28')).toEqual(['28 seats_total.national 28 historical']);
    expect(claims('Reform\n\nTurnout: 61.2%')).toEqual(['61.2% turnout.national 61.2 unspecified']);
    // A label of the votes cast ("Cast Votes: …", as results pages write it) names ballots cast.
    expect(claims('Voter Participation\n\nCast Votes: 812,400')).toEqual(['812,400 ballots_cast.national 812400 unspecified']);
    // A sentence that opens with a name is no name line; a label whose value is no number is no label row.
    expect(claims('Reform (R), who led the polls, obtained 30.0% of the votes. The results of the others are as follows: Unity 23.8%.')).toEqual([
      '30.0% vote_share.reform 30 unspecified',
      '23.8% vote_share.unity 23.8 unspecified',
    ]);
  });

  it('is no table: a sentence, a header without rows, rows of another length, lower-case words', () => {
    expect(claims('Party Seats Votes\n\nThe count goes on.\n\nUnity won 41 seats.')).toEqual(['41 seats_total.unity 41 unspecified']);
    expect(claims('The party seats 20 members and votes 12 times a year.')).not.toContainEqual(expect.stringContaining('votes_received'));
    // Rows of one cell under two columns: read as any sentence is ("Votes" names the counts).
    expect(claims('Group Seats Votes Unity 81 Reform 24 and more.')).toEqual(['81 votes_received.unity 81 unspecified', '24 votes_received.reform 24 unspecified']);
  });
});

describe('losses, ties between cues, lists', () => {
  it('a loss is negative: the metric cue nearest the number is one of its negative cues', () => {
    expect(claims('Reform lost 12 seats, while Unity gained 9 seats.')).toEqual(['12 seats_change.reform -12 unspecified', '9 seats_change.unity 9 unspecified']);
    expect(claims("Reform's share dipped by 4.5 points.")).toEqual(['4.5 vote_share_change.reform -4.5 unspecified']);
    expect(claims("Reform's vote share was reduced by 1.6 percentage points.")).toEqual(['1.6 vote_share_change.reform -1.6 unspecified']);
    expect(claims('Unity saw an improvement of 1.7 percentage points.')).toEqual(['1.7 vote_share_change.unity 1.7 unspecified']);
  });

  it('a cue between two numbers goes to the one it is the head noun of: "24 seats (minus 10)"', () => {
    expect(claims('Reform now has 24 seats (minus 10).')).toEqual(['24 seats_total.reform 24 unspecified', '10 seats_change.reform -10 unspecified']);
    expect(claims('Unity holds 81 seats, above the majority mark of 76 seats.')).toEqual(['81 seats_total.unity 81 unspecified', '76 seats_majority.national 76 rule']);
  });

  it('a list item takes the newest recent metric it can be: a bare count is no change in points', () => {
    expect(claims('Reform won 12 seats. Unity slipped 3 points in a month.\n\nGreens: 7')).toEqual([
      '12 seats_total.reform 12 unspecified',
      '3 vote_share_change.unity -3 unspecified',
      '7 seats_total.green 7 unspecified',
    ]);
  });

  it('short items after a sentence ending in a colon take its qualifier', () => {
    expect(claims('Here is the full exit poll:\n\nUnity: 81 seats\n\nReform: 24 seats')).toEqual(['81 seats_total.unity 81 exit_poll', '24 seats_total.reform 24 exit_poll']);
  });
});

describe('contrasts: "68 per cent to 32 per cent"', () => {
  it('the second side is never the first side\'s: its own name, or the other of a pair', () => {
    expect(claims('Northport voted Yes by 61 per cent to 39 per cent.')).toEqual(['61 per cent vote_share.yes 61 unspecified', '39 per cent vote_share.no 39 unspecified']);
    expect(claims('Northport was 58% in favour of Yes to 42% for No.')).toEqual(['58% vote_share.yes 58 unspecified', '42% vote_share.no 42 unspecified']);
  });

  it('with no pair to take the other from, the second side is no claim', () => {
    expect(claims('Unity won the district by 55 per cent to 45 per cent.')).toEqual(['55 per cent vote_share.unity 55 unspecified']);
  });

  it('a change ("from 7% to 5%") is no contrast', () => {
    expect(claims('Unity fell from 47% to 41% of the vote.')).toEqual(['47% vote_share.unity 47 historical', '41% vote_share.unity 41 unspecified']);
  });

  it('a gain and the total it reaches are no contrast: "gained 3 seats to 48" (even for one of a pair)', () => {
    expect(claims('Northport voted Yes by 61 per cent to 39 per cent. Yes gained 3 points to 61 per cent.').slice(2)).toEqual(['3 vote_share_change.yes 3 unspecified', '61 per cent vote_share.yes 61 unspecified']);
  });
});

describe('number-first links', () => {
  it('a name whose spelling holds the link word ("for No") is linked with nothing between', () => {
    const text = 'Northport was 58 per cent Yes, to 42 per cent for No.';
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    expect(linkedAfter(text, at('42 per cent'), [{ ...at('for No'), value: 'no' }], text.length)?.value).toBe('no');
    expect(linkedAfter(text, at('42 per cent'), [{ ...at('No.'), end: at('No.').start + 2, value: 'no' }], text.length)?.value).toBe('no');
  });

  it('a count with only a space before a name counts that name\'s members, before the name of the sentence\'s figure', () => {
    const lex = parseLexicon(
      'ind.yaml',
      'entities:\n  - {id: unity, name: Unity, kind: party, aliases: [Unity]}\n  - {id: green, name: Green Party, kind: party, aliases: [Green party]}\n  - {id: independents, name: Independents, kind: group, aliases: [Independent MPs, independents]}\nelection: {year: 2031, previous: 2027, chamber: [Grand Hall]}\n',
    );
    expect(claimsWith(lex, 'The Green party had only two seats and there were five Independent MPs.')).toEqual(['two seats_total.green 2', 'five seats_total.independents 5']);
    expect(claimsWith(lex, 'Unity won 40 seats, along with two independents.')).toEqual(['40 seats_total.unity 40', 'two seats_total.independents 2']);
  });
});

describe('issue 21: settings an analyst needs without reading code', () => {
  it('the words that make a year an election\'s are the lexicon\'s (`qualifiers.election_words`)', () => {
    // A dangling opener takes the year of the election the sentence before names.
    const body = 'The 2023 plebiscite was annulled. By 10:00, turnout was 6.7%.';
    expect(read(body, lexicon).map((c) => `${c.text} ${c.qualifier} ${c.election}`)).toEqual(['6.7% interim 2031']);
    const general = generalLexicon().lexicon;
    const more = { ...lexicon, qualifiers: { ...lexicon.qualifiers, election_words: { ...general.qualifiers.election_words, nouns: [...general.qualifiers.election_words.nouns, 'plebiscite'] } } };
    expect(read(body, more).map((c) => `${c.text} ${c.qualifier} ${c.election}`)).toEqual(['6.7% historical 2023']);
  });

  it('"a registered voter count of N" is the registered voters (a general cue)', () => {
    expect(claims('With a registered voter count of 6.6 million, Freedonia voted on Sunday.')).toEqual(['6.6 million registered_voters.national 6600000 unspecified']);
  });

  it('`cues:` in an event lexicon adds words to a general metric, keeping its own', () => {
    const body = 'There were 3.2 million names on the roll. Some 2.1 million people were eligible to vote.';
    expect(claimsWith(lexicon, body)).toEqual(['Some 2.1 million registered_voters.national 2100000']);
    const more = parseLexicon('more.yaml', 'entities: []\nelection: {year: 2031, previous: 2027}\ncues: {registered_voters: [names on the roll]}\n');
    expect(claimsWith(more, body)).toEqual(['3.2 million registered_voters.national 3200000', 'Some 2.1 million registered_voters.national 2100000']);
    expect(more.metrics.find((m) => m.id === 'registered_voters')?.cues).toEqual(expect.arrayContaining(['eligible to vote', 'names on the roll']));
  });

  it('a section of general words in an event lexicon is joined to the general one; `remove:` takes a general word out; `replace:` makes the section whole', () => {
    const event = 'entities:\n  - {id: unity, name: Unity, kind: party, aliases: [Unity]}\nelection: {year: 2031}\n';
    const body = 'Unity had 41.2 percent of the vote from 80% of tally booths.';
    const plain = parseLexicon('a.yaml', event);
    const added = parseLexicon('b.yaml', `${event}numbers: {progress: {units: [tally booths]}}\n`);
    expect(added.numbers.progress.units).toEqual([...plain.numbers.progress.units, 'tally booths']);
    expect(added.numbers.clock).toEqual(plain.numbers.clock);
    expect(claimsWith(plain, body)).toEqual(['41.2 percent vote_share.unity 41.2', '80% vote_share.unity 80']);
    expect(claimsWith(added, body)).toEqual(['41.2 percent vote_share.unity 41.2']);
    const removed = parseLexicon('c.yaml', `${event}remove: {numbers: {clock: [hrs]}}\n`);
    expect(removed.numbers.clock).toEqual(plain.numbers.clock.filter((w) => w !== 'hrs'));
    const whole = parseLexicon('d.yaml', `${event}replace: [numbers]\nnumbers: {percent: ['%']}\n`);
    expect(whole.numbers.clock).toEqual([]);
    expect(() => parseLexicon('e.yaml', `${event}remove: {numbers: {clock: [fortnight]}}\n`)).toThrow(/e\.yaml:4:\d+: error: .*remove: "numbers\.clock" has no word "fortnight" to remove; the list holds .*"hrs"/);
    // A long list: its nearest words, how many it holds, and the line of the general lexicon that writes it.
    const long = (() => { try { parseLexicon('e2.yaml', `${event}remove: {numbers: {other_nouns: [rival]}}\n`); return ''; } catch (e) { return (e as Error).message; } })();
    expect(long).toMatch(/has no word "rival" to remove; nearest: .*"rivals".*; the list holds \d+ words \(the general ones at pipeline\/extract\/general\.yaml:\d+\)/);
    const line = Number(/general\.yaml:(\d+)/.exec(long)![1]);
    expect(generalLexicon().text.split('\n')[line - 1]).toMatch(/^\s*other_nouns:/);
    // A metric's cue word, by the metric's id: "percent of the vote" is then no cue of vote_share.
    const cue = plain.metrics.find((m) => m.id === 'vote_share')!.cues[0]!;
    const fewer = parseLexicon('f.yaml', `${event}remove: {metrics: {vote_share: {cues: ['${cue}']}}}\n`);
    expect(fewer.metrics.find((m) => m.id === 'vote_share')!.cues).toEqual(plain.metrics.find((m) => m.id === 'vote_share')!.cues.filter((w) => w !== cue));
    expect(fewer.metrics.find((m) => m.id === 'turnout')!.cues).toEqual(plain.metrics.find((m) => m.id === 'turnout')!.cues);
    expect(() => parseLexicon('g.yaml', `${event}remove: {metrics: {no_such_metric: {cues: [x]}}}\n`)).toThrow(/remove: "metrics" has no item "no_such_metric"; its items are .*"vote_share"/);
    // A list that is not there: the nearest, and what the place holds.
    expect(() => parseLexicon('h.yaml', `${event}remove: {numbers: {clocks: [hrs]}}\n`)).toThrow(/remove: "numbers\.clocks" names no list of general words \(nearest: "clock"\); "numbers" holds .*\bclock\b/);
    // An unknown field: the nearest, and every field of the place.
    expect(() => parseLexicon('i.yaml', `${event}numbers: {progres: {units: [tally booths]}}\n`)).toThrow(/numbers: "progres" is no field here \(nearest: "progress"\); the fields of numbers are .*\bprogress\b/);
  });

  it('"X voters out of the total Y": X voted, Y is the registered voters (`total:` of ballots_cast)', () => {
    expect(claims('Some 6,120,400 voters out of the total 9,800,000 took part.')).toEqual([
      'Some 6,120,400 ballots_cast.national 6120400 unspecified',
      '9,800,000 registered_voters.national 9800000 unspecified',
    ]);
  });

  it('a weak unit noun gives way to another metric\'s cue: "people … registered as candidates", "voters … voted against all"', () => {
    expect(claims('About 1,300 people from 14 parties registered as candidates.')).toEqual(['About 1,300 candidates.national 1300 unspecified']);
    expect(claims('25,578 voters or 2.15 percent voted against all.')).toEqual([
      '25,578 votes_received.against-all 25578 unspecified',
      '2.15 percent vote_share.against-all 2.15 unspecified',
    ]);
  });

  it('one phrase, two metrics, told apart by the figure before it (`context_cues`); a dash after a number breaks nothing', () => {
    expect(claims('Unity nominated 120 candidates on its list and another 296 in single-seat constituencies.')).toEqual([
      '120 candidates.national 120 unspecified',
      '296 candidates_single_mandate.national 296 unspecified',
    ]);
    expect(claims('Of the seats, 64 went to party lists and 36 – in single-seat constituencies.')).toEqual([
      '64 seats_list.national 64 rule',
      '36 seats_single_mandate.national 36 rule',
    ]);
  });

  it('no figure: an age, a winning margin with no unit, a ratio, a poll\'s sample', () => {
    expect(claims('Those aged 65 and over backed Yes, which won by a majority of 706,349, or 2 to 1.')).toEqual([]);
    expect(claims('Unity has a majority of 87 seats.')).toEqual(['87 seats_total.unity 87 unspecified']);
    expect(claims('The exit poll asked 4,000 respondents at 160 polling stations; Unity leads with 44% of the vote.')).toEqual([
      '160 polling_stations.national 160 exit_poll',
      '44% vote_share.unity 44 exit_poll',
    ]);
  });
});

describe('the first round in an article about a later round', () => {
  it('is no figure of the run-off\'s count: unspecified, in its sentence and the sentences after one that names it', () => {
    expect(
      claimsTitled(
        'Unity wins the presidential runoff',
        'With 95% of the votes counted, Unity won 52.1% of the vote.\n\nThe first round took place on May 14. Unity won 49.5% of the vote. Reform took 44.9%. Unity asked voters to back it in the runoff.\n\nIn the first round, Unity had a five-point lead over Reform but fell short of the 50% needed to win.',
      ),
    ).toEqual([
      '52.1% vote_share.unity 52.1 interim',
      '49.5% vote_share.unity 49.5 unspecified',
      '44.9% vote_share.reform 44.9 unspecified',
      'five margin.unity 5 unspecified',
      '50% threshold.national 50 rule',
    ]);
  });

  it('an article about the first round, whose later round is ahead ("heads to a runoff", "will face off in a second round"), keeps its count', () => {
    expect(claimsTitled('Unity wins the first round and heads to a runoff', 'With 95% of the votes counted, Unity won the first round with 49.5% of the vote.')).toEqual([
      '49.5% vote_share.unity 49.5 interim',
    ]);
    expect(claims('Unity and Reform will face off in a runoff on June 19. With 95% of the votes counted, Unity won the first round with 49.5% of the vote.')).toEqual([
      '49.5% vote_share.unity 49.5 interim',
    ]);
    expect(claims('The second round is scheduled for May 28. With 95% of the votes counted, Unity won the first round with 49.5% of the vote.')).toEqual([
      '49.5% vote_share.unity 49.5 interim',
    ]);
  });
});

describe('the round a figure is of', () => {
  /** An election with a run-off on 28 May (`election.second_round`). */
  const twoRounds = { ...lexicon, election: { ...lexicon.election!, date: '2031-05-14', second_round: '2031-05-28' } };
  /** Each claim as "text metric.entity value round" of an article with this headline, published on this day. */
  const rounds = (title: string, body: string, published: string | null = null, lex: typeof lexicon = twoRounds) => {
    const doc = ingest([{ file: 'sources/r.md', text: `---\nid: r\ntitle: ${JSON.stringify(title)}\noutlet: null\nauthor: null\npublished: ${published ?? 'null'}\nurl: null\nretrieved: null\n---\n${body}\n` }], lex);
    return extract(doc, lex).map((c) => `${c.text} ${c.metric}.${c.entity} ${c.value} ${c.round ?? 1}`);
  };

  it('an article about a later round gives its figures round 2, and the first round\'s none', () => {
    expect(rounds('Unity wins the presidential runoff', 'Unity won 52.1% of the vote, with 47.9% for Reform. In the first round, Unity won 49.5% of the vote.', '2031-05-29')).toEqual([
      '52.1% vote_share.unity 52.1 2',
      '47.9% vote_share.reform 47.9 2',
      '49.5% vote_share.unity 49.5 1',
    ]);
  });

  it('nor to a rule or seats: "A candidate needed 50% to win."', () => {
    expect(rounds('Unity wins the runoff', 'Unity won 52.1% of the vote. A candidate needed 50% to win.', '2031-05-29')).toEqual(['52.1% vote_share.unity 52.1 2', '50% threshold.national 50 1']);
  });

  it('an article about the first round, a later round still ahead, or one published before its day gives none', () => {
    expect(rounds('Unity and Reform head to a runoff', 'Unity won 49.5% of the vote.')).toEqual(['49.5% vote_share.unity 49.5 1']);
    expect(rounds('Results', 'The runoff will be held on May 28. Unity won 49.5% of the vote.')).toEqual(['49.5% vote_share.unity 49.5 1']);
    expect(rounds('Unity wins the runoff', 'Unity won 49.5% of the vote.', '2031-05-15')).toEqual(['49.5% vote_share.unity 49.5 1']);
  });

  it('an article published before the run-off\'s day is about the first round: its count keeps its stage ("sent to a runoff")', () => {
    const doc = (published: string) =>
      ingest([{ file: 'sources/r.md', text: `---\nid: r\ntitle: "Voters send Unity and Reform to a runoff"\noutlet: null\nauthor: null\npublished: ${published}\nurl: null\nretrieved: null\n---\nWith 98 per cent of the votes counted, Unity had 41.2%. Neither came close to the 50 per cent needed to win in the first round. Reform had 30.5%.\n` }], twoRounds);
    const stages = (published: string) => extract(doc(published), twoRounds).map((c) => `${c.text} ${c.qualifier}`);
    expect(stages('2031-05-15')).toEqual(['41.2% interim', '50 per cent rule', '30.5% interim']);
  });

  it('an election with no second_round has one round', () => {
    expect(rounds('Unity wins the presidential runoff', 'Unity won 52.1% of the vote.', '2031-05-29', lexicon)).toEqual(['52.1% vote_share.unity 52.1 1']);
  });

  it('words that put a round ahead count only in the later round\'s clause: "won the runoff on Sunday and will lead the country"', () => {
    expect(rounds('Results', 'Unity won the runoff on Sunday and will lead the country. Unity received 52.1% of the vote.')).toEqual(['52.1% vote_share.unity 52.1 2']);
  });
});

describe('earlier elections named by their year', () => {
  it('an opener ending in a year covers its sentence: "In the previous election in 2027, …"', () => {
    expect(claims('In the previous election in 2027, Unity won 57.5% of the vote, with 20.8% for Reform.')).toEqual([
      '57.5% vote_share.unity 57.5 historical',
      '20.8% vote_share.reform 20.8 historical',
    ]);
  });

  it('an opening phrase that names an earlier election, words and a year in it up to its comma, covers its sentence: "In the 2027 early legislative elections, …", "In the previous elections held in July 2027, …"', () => {
    expect(claims('With 90% of the votes counted, Unity has 40 seats. In the 2027 early legislative elections, Reform elected 12 deputies, becoming the third force.')).toEqual([
      '40 seats_total.unity 40 interim',
      '12 seats_total.reform 12 historical',
    ]);
    expect(claims('At the 2027 snap election, the governing Unity Party, led by Ann Ames, won re-election, securing 42 seats.')).toEqual(['42 seats_total.unity 42 historical']);
    expect(claims('With 90% of the votes counted, Unity has 40 seats. In the previous parliamentary elections held in July 2027, Unity came first, occupying 46 seats, while the second Reform secured 44 seats.')).toEqual([
      '40 seats_total.unity 40 interim',
      '46 seats_total.unity 46 historical',
      '44 seats_total.reform 44 historical',
    ]);
    // No comma before the numbers: the year dates only what stands near it.
    expect(claims('In the 2027 early elections Unity won 40 seats, and now it has 50 seats.')).toEqual(['40 seats_total.unity 40 unspecified', '50 seats_total.unity 50 unspecified']);
  });

  it('a year\'s election, its metric and "of" right before a number is that year\'s figure, even as a comparison\'s base: "surpassing the 2027 election turnout of 75.03%"', () => {
    expect(claims('Sunday\'s election marked a record turnout of 75.22%, surpassing the 2027 election turnout of 75.03%.')).toEqual([
      '75.22% turnout.national 75.22 unspecified',
      '75.03% turnout.national 75.03 historical',
    ]);
  });

  it('a clause after a year that tells what its election saw is that year\'s, even as a comparison\'s base: "a drop from the referendum in 2027 which saw a turnout of 64 per cent"', () => {
    expect(claims('Turnout was 44.4 per cent, a significant drop from the referendum in 2027 which saw a turnout of 64 per cent.')).toEqual([
      '44.4 per cent turnout.national 44.4 unspecified',
      '64 per cent turnout.national 64 historical',
    ]);
  });

  it('a "where" clause after an election that is a comparison\'s base is that election\'s: "lower than the last referendum, where 64% voted"', () => {
    expect(claims('Turnout was 44.4 per cent, well below the 71.2 per cent of last time. It was lower than the most recent referendum – the Harbour Act – where there was a 64% turnout.')).toContain('64% turnout.national 64 historical');
    expect(claims('The final turnout is 58.3%, down 9 points from the last general elections, where 67.3% of eligible people voted.')).toEqual([
      '58.3% turnout.national 58.3 final',
      '67.3% turnout.national 67.3 historical',
    ]);
    expect(claims('Turnout in the run-off may be higher than in the general election, where 77.6 percent of voters cast ballots.')).toEqual(['77.6 percent turnout.national 77.6 historical']);
    // A "where" clause of no comparison stays this election's.
    expect(claims('Unity won in Northport, where 61.2% of voters backed it.')).not.toContain('61.2% vote_share.unity 61.2 historical');
  });

  it('an earlier election a figure is likened to ("similar to", "equal to", "the same as") dates no figure: the figure is this election\'s', () => {
    expect(claims('Turnout in the vote was 61.4%, similar to the last election in 2027.')).toEqual(['61.4% turnout.national 61.4 unspecified']);
    expect(claims('Similar to the 2027 elections, turnout was 48.2 per cent.')).toEqual(['48.2 per cent turnout.national 48.2 unspecified']);
    expect(claims('Unity won 31 seats, a number equal to that won in the previous election.')).toEqual(['31 seats_total.unity 31 unspecified']);
    // The earlier election's own figure in the likeness stays its own.
    expect(claims('Turnout was 61.4 per cent, similar to the 62.1 per cent recorded in the last election in 2027.')).toContain('62.1 per cent turnout.national 62.1 historical');
  });

  it('a past told with "then" ("Reform then won 12 seats", "the then-ruling Unity took just eight") is the earlier election\'s; "then" of a list, a condition or a future is not', () => {
    expect(claims('Unity won the 2031 vote with 44 seats. In 2027 Unity had been ahead; Reform then won 12 seats.')).toContain('12 seats_total.reform 12 historical');
    expect(claims('It mirrors the win by Reform in the last election. Meanwhile, the then-ruling Unity Party took just eight seats.')).toContain('eight seats_total.unity 8 historical');
    expect(claims('Unity won 40%, then Reform with 30%.')).toEqual(['40% vote_share.unity 40 unspecified', '30% vote_share.reform 30 unspecified']);
    expect(claims('Unity will then form a government with its 44 seats.')).toEqual(['44 seats_total.unity 44 unspecified']);
  });

  it('a count and the share paired with it are of one election: "Reform won 40 seats (21.5%) in 2027", "the 1,200,000 (48.6%) of votes in the 2027 election"', () => {
    expect(claims('In 2027, Unity won 84 seats. Reform then won 40 seats (21.5%).')).toEqual(expect.arrayContaining(['40 seats_total.reform 40 historical', '21.5% vote_share.reform 21.5 historical']));
    expect(claims('The commission said 1,300,000 votes were cast today, 49.4% of those eligible. This is slightly more than the 1,200,000 (48.6%) of votes in the 2027 parliamentary election.')).toContain(
      '1,200,000 ballots_cast.national 1200000 historical',
    );
    // A pair of this election stays this election's.
    expect(claims('Reform won 40 seats (21.5%).')).toEqual(['40 seats_total.reform 40 unspecified', '21.5% vote_share.reform 21.5 unspecified']);
  });

  it('a year or earlier-election words across a clause break (a dash, "while", "but", "and") date no number: "won 28.6% of the vote, while Reform lost after its rise four years ago"', () => {
    expect(claims('Unity won the election with 28.6% of the vote, while Reform was the main loser after its big rise four years ago.')).toEqual(['28.6% vote_share.unity 28.6 unspecified']);
    expect(claims('Unity reached 21% of the vote – down on where it stood in the 2027 parliamentary elections.')).toEqual(['21% vote_share.unity 21 unspecified']);
    expect(claims('Reform, with 15.4%, and which already reached the run-off four years ago, is third.')).toEqual(['15.4% vote_share.reform 15.4 unspecified']);
    // In its own clause the year still dates the number.
    expect(claims('Unity won 28.6% of the vote four years ago.')).toEqual(['28.6% vote_share.unity 28.6 historical']);
  });

  it('an earlier election a figure is likened to keeps its own figure', () => {
    expect(claims('Turnout was 61.4 per cent, similar to the 62.1 per cent recorded in the last election in 2027.')).toEqual([
      '61.4 per cent turnout.national 61.4 unspecified',
      '62.1 per cent turnout.national 62.1 historical',
    ]);
  });

  it('an election named by its year before any number covers the rest of its sentence', () => {
    expect(claims('Comparatively, the 2027 elections saw Unity with 64 seats and Reform with 40.')).toEqual([
      '64 seats_total.unity 64 historical',
      '40 seats_total.reform 40 historical',
    ]);
  });

  it('a sentence with no figure that introduces an earlier election hands it to the sentences after it in its paragraph, until a year, a word of now or a cue', () => {
    expect(claims('The last election to the Grand Hall was held in October 2027. Unity won 78 seats and Reform 40. Turnout was 60%.')).toEqual([
      '78 seats_total.unity 78 historical',
      '40 seats_total.reform 40 historical',
      '60% turnout.national 60 historical',
    ]);
    expect(claims('The previous elections took place in 2027. Unity won 78 seats. This time, Unity won 80 seats.')).toEqual([
      '78 seats_total.unity 78 historical',
      '80 seats_total.unity 80 unspecified',
    ]);
    expect(claims('The last election was held in 2027. Unity won 78 seats.\n\nUnity won 80 seats, according to preliminary results.')).toEqual([
      '78 seats_total.unity 78 historical',
      '80 seats_total.unity 80 preliminary',
    ]);
    expect(claims('Turnout was the highest since 2027 in any election. Unity won 80 seats.')).toEqual(['80 seats_total.unity 80 unspecified']);
    expect(claims('Turnout was higher than in the last election. Unity won 80 seats.')).toEqual(['80 seats_total.unity 80 unspecified']);
    expect(claims('The last election was held in 2027. Unity won 78 seats. On Sunday, Unity won 80 seats.')).toEqual([
      '78 seats_total.unity 78 historical',
      '80 seats_total.unity 80 unspecified',
    ]);
    expect(claims('Unity lost its lead of the last election. Unity won 80 seats.')).toEqual(['80 seats_total.unity 80 unspecified']);
  });

  it('an election "held on" or "held in" an earlier year, no verb before, introduces it as "was held" does', () => {
    expect(claims('Unity went on to win the Grand Hall election held on 30 July 2027. Unity took 78 seats.')).toEqual(['78 seats_total.unity 78 historical']);
    expect(claims('Unity went on to win the Grand Hall election held in 2027. Unity took 78 seats.')).toEqual(['78 seats_total.unity 78 historical']);
    expect(claims('The Grand Hall election will be held in 2035. Unity took 78 seats.')).toEqual(['78 seats_total.unity 78 unspecified']);
  });

  it('a sentence that opens on a reference ("It got …") goes on with the earlier election of the sentence before it across a paragraph break; a name does not', () => {
    expect(claims('Unity went on to win the Grand Hall election held on 30 July 2027.\n\nIt got 78 seats.')).toEqual(['78 seats_total.unity 78 historical']);
    expect(claims('Unity went on to win the Grand Hall election held on 30 July 2027.\n\nUnity got 80 seats.')).toEqual(['80 seats_total.unity 80 unspecified']);
    expect(claims('Unity went on to win the Grand Hall election held on 30 July 2027.\n\nIt got 78 seats. Unity got 80 seats this time.')).toEqual([
      '78 seats_total.unity 78 historical',
      '80 seats_total.unity 80 unspecified',
    ]);
  });

  it('earlier-election words that open a sentence cover it and the sentences after it: "In the previous election, …", "Heading into the race, …"', () => {
    expect(claims('In the previous election, in 2027, turnout was only 18.4% at noon. It was 39.4% at 5 p.m. At the end of the day, turnout reached 47.5%.')).toEqual([
      '18.4% turnout.national 18.4 historical',
      '39.4% turnout.national 39.4 historical',
      '47.5% turnout.national 47.5 historical',
    ]);
    expect(claims('Heading into the race, Unity held 155 seats, Reform held 119 seats and the Greens held 24 seats. The Greens had only two seats in 2023.')).toEqual([
      '155 seats_total.unity 155 historical',
      '119 seats_total.reform 119 historical',
      '24 seats_total.green 24 historical',
      'two seats_total.green 2 historical',
    ]);
  });

  it('a year an election noun dates before any number ("ELECTION OF OCTOBER 21, 2027", "the elections held in 2027") covers the rest of its sentence', () => {
    expect(claims('GENERAL ELECTION OF OCTOBER 21, 2027 PARTY SEATS % OF VOTE Unity 157 seats 33.1 % Reform 121 seats 34.4 %')).toEqual([
      '157 seats_total.unity 157 historical',
      '33.1 % vote_share.unity 33.1 historical',
      '121 seats_total.reform 121 historical',
      '34.4 % vote_share.reform 34.4 historical',
    ]);
    expect(claims('The elections held in 2027 gave Unity 157 seats and Reform 121.')).toEqual(['157 seats_total.unity 157 historical', '121 seats_total.reform 121 historical']);
    expect(claims('Unity won 160 seats, more than at the election of 2027.')).toEqual(['160 seats_total.unity 160 unspecified']);
  });

  it('"YEAR when …" without a comma is a clause of that year too', () => {
    expect(claims('The previous closest race was in 2027 when Unity beat Reform by 51.6% to 48.4%.')).toEqual([
      '51.6% vote_share.unity 51.6 historical',
      '48.4% vote_share.reform 48.4 historical',
    ]);
  });

  it('"in YEAR" after a pair joined by "and" dates both ("taking 17 and 14 percent of the vote respectively in 2027"), not a number before a comma', () => {
    expect(claims('Unity and Reform lost ground after taking 17 and 14 percent of the vote respectively in 2027.')).toEqual([
      '17 vote_share.unity 17 historical',
      '14 percent vote_share.reform 14 historical',
    ]);
    expect(claims('Turnout was 53.8 percent, two points lower than in 2027.')).toEqual(['53.8 percent turnout.national 53.8 unspecified']);
  });

  it('a law\'s year ("the Elections Act of 2027, when …") dates no number', () => {
    expect(claims('Under the Elections Act of 2027, when no candidate has received more than one-half of the valid votes, a second count follows.')).toEqual([
      'more than one-half threshold.national 50 rule',
    ]);
  });

  it('a list that goes on with a name and its number alone keeps the election of the number before ("which formerly held 247 seats and Reform 32")', () => {
    expect(claims('Unity, which formerly held 247 seats and Reform 32, will sit together.')).toEqual([
      '247 seats_total.unity 247 historical',
      '32 seats_total.reform 32 historical',
    ]);
  });

  it('the parts of an earlier election\'s figure (", of which …") are of that election too', () => {
    expect(claims('Unity won 38 seats in 2027, of which 22 were district seats and 13 were at-large seats.')).toEqual([
      '38 seats_total.unity 38 historical',
      '22 seats_single_mandate.unity 22 historical',
      '13 seats_list.unity 13 historical',
    ]);
    expect(claims('Unity won 38 seats, of which 22 were district seats.')).toEqual(['38 seats_total.unity 38 unspecified', '22 seats_single_mandate.unity 22 unspecified']);
  });

  it('"in YEAR" right before a number dates that number: "while in 2023 66.3 percent voted"', () => {
    expect(claims('Turnout was 71.9 percent in 2027, while in 2023 66.3 percent of eligible voters voted.')).toEqual([
      '71.9 percent turnout.national 71.9 historical',
      '66.3 percent turnout.national 66.3 historical',
    ]);
  });

  it('"at that time", "back then" after a comparison with an earlier election put the nearest figure in it', () => {
    expect(claims('Turnout was 77.7 percent, an increase compared to 2027. At that time it was 75.6 percent.')).toEqual([
      '77.7 percent turnout.national 77.7 unspecified',
      '75.6 percent turnout.national 75.6 historical',
    ]);
    expect(claims('Back then, turnout was 75.6 percent.')).toEqual(['75.6 percent turnout.national 75.6 historical']);
  });

  it('"N years ago" puts the nearest figure in the previous election', () => {
    expect(claims('Turnout fell to 58.1%. Four years ago it was 61.3%.')).toEqual([
      '58.1% turnout.national 58.1 unspecified',
      '61.3% turnout.national 61.3 historical',
    ]);
  });

  it('"YEAR, when …": the clause the year opens is of that year', () => {
    expect(claims('Turnout was the lowest since 2019, when it slumped to 59.4%: 61.2% voted this time.')).toEqual([
      '59.4% turnout.national 59.4 historical',
      '61.2% turnout.national 61.2 unspecified',
    ]);
  });

  it('"in YEAR" dates the number just before it, not the nearer one after', () => {
    expect(claims('Turnout was 77.7%, below the 78.7% turnout in 2027 and 81.9% in 2023.')).toEqual([
      '77.7% turnout.national 77.7 unspecified',
      '78.7% turnout.national 78.7 historical',
      '81.9% turnout.national 81.9 historical',
    ]);
  });

  it('"in YEAR" ("in late YEAR", "in early YEAR") dates the number before it across words alone ("seats in the Grand Hall in 2027"), not across a clause break', () => {
    expect(claims('Reform won five district seats in the Grand Hall in 2027, and Unity now polls 41.2 percent of the vote.')).toEqual([
      'five seats_single_mandate.reform 5 historical',
      '41.2 percent vote_share.unity 41.2 unspecified',
    ]);
    expect(claims('Unity won 40 seats, the most of any party since it was founded in 2027.')).toEqual(['40 seats_total.unity 40 unspecified']);
    expect(claims('Nearly 80 per cent of voters said Yes to a new charter in a vote held in late 2027.')).toEqual(['Nearly 80 per cent vote_share.yes ..80 historical']);
  });

  it('a sentence that ends in "YEAR, when …" hands its year to the next one in its paragraph, unless the year is the base of a comparison', () => {
    expect(claims('The last hung chamber was in 2019, when the Grand Hall had 120 seats. Unity won 50 seats, Reform 40.')).toEqual([
      '120 seats_total.national 120 historical',
      '50 seats_total.unity 50 historical',
      '40 seats_total.reform 40 historical',
    ]);
    expect(claims('Unity nearly doubled its tally compared to 2019, when it won 30 seats. Now Unity is set to win 58 seats.')).toEqual([
      '30 seats_total.unity 30 historical',
      '58 seats_total.unity 58 unspecified',
    ]);
    expect(claims('The last hung chamber was in 2019, when the Grand Hall had 120 seats.\n\nUnity won 50 seats.')).toEqual([
      '120 seats_total.national 120 historical',
      '50 seats_total.unity 50 unspecified',
    ]);
  });

  it('a rule as an earlier year changed it is the rule now: "In 2027, … from 100 to 120 seats"; a party\'s change stays of its year', () => {
    expect(claims('In 2027, the Grand Hall was enlarged from 100 to 120 seats.')).toEqual([
      '100 seats_total.national 100 historical',
      '120 seats_total.national 120 rule',
    ]);
    expect(claims('In 2027, Unity fell from 50 to 40 seats.')).toEqual(['50 seats_total.unity 50 historical', '40 seats_total.unity 40 historical']);
  });

  it('a year after "since" starts a time span and dates no number near it, unless the number is in brackets right after it', () => {
    expect(claims('Reform had its highest tally since 2019, with 71 seats.')).toEqual(['71 seats_total.reform 71 unspecified']);
    expect(claims('Turnout at noon was a record since 2019 (63.6%).')).toEqual(['63.6% turnout.national 63.6 historical']);
  });
});

describe('glued per cent, counts beside shares, "N seats for X"', () => {
  it('a per-cent word glued to the digits is read: "66.4pc", "78pc-"', () => {
    expect(claims('Some 78pc- backing Unity in the count.')).toEqual(['Some 78pc vote_share.unity 78 unspecified']);
  });

  it('a count paired with a share is the votes behind it', () => {
    expect(claims('YES 1,429,981 (66.40 per cent)\n\nNO 723,632 (33.60 per cent)')).toEqual([
      '1,429,981 votes_received.yes 1429981 unspecified',
      '66.40 per cent vote_share.yes 66.4 unspecified',
      '723,632 votes_received.no 723632 unspecified',
      '33.60 per cent vote_share.no 33.6 unspecified',
    ]);
    expect(claims('Unity 41 (12%).')).toEqual(['41 votes_received.unity 41 unspecified', '12% vote_share.unity 12 unspecified']);
    expect(claims('Unity got 41 in Northport.')).toEqual([]);
  });

  it('a unit word may stand between a number and its link: "37 seats for Unity"', () => {
    expect(claims('With most votes counted: 37 seats for Unity.')).toEqual(['37 seats_total.unity 37 interim']);
  });

  it('"against" sets two sides against each other, unless the second is of an earlier year', () => {
    expect(claims('Yes won with 74.05% against 25.95%.')).toEqual(['74.05% vote_share.yes 74.05 unspecified', '25.95% vote_share.no 25.95 unspecified']);
    expect(claims('Unity won 53.9% of the vote against 71.09% in 2027.')).toEqual(['53.9% vote_share.unity 53.9 unspecified', '71.09% vote_share.unity 71.09 historical']);
  });
});

describe('counts that are no figures', () => {
  it('constituencies and districts are places, reports are no votes, "two centuries" a duration, "24.kg" an address', () => {
    expect(claims('Unity carried 39 out of 40 constituencies and won in all 120 districts.')).toEqual([]);
    expect(claims('The council received 225 reports of problems at polling stations.')).toEqual([]);
    expect(claims('Reform won 131 seats, its worst showing in two centuries (Note of 24.kg news).')).toEqual(['131 seats_total.reform 131 unspecified']);
  });

  it('a compound size before "majority" is a margin; a lead in points stays the margin metric', () => {
    expect(claims('That would give Unity a 170-seat majority.')).toEqual([]);
    expect(claims('Unity holds a five-point lead over Reform.')).toEqual(['five margin.unity 5 unspecified']);
  });
});

describe('the threshold keeps to its own number; a later name beats the same metric\'s name', () => {
  it('a head-only metric is never taken over by the next item of a list', () => {
    expect(claims('Just below the 5 percent threshold: Reform (4.9 percent) and the Greens (4.7 percent).')).toEqual([
      '5 percent threshold.national 5 rule',
      '4.9 percent vote_share.reform 4.9 unspecified',
      '4.7 percent vote_share.green 4.7 unspecified',
    ]);
  });

  it('a threshold cue the figure before already took is not the next number\'s', () => {
    expect(claims('Unity won 8.7% while Reform stayed below the 5% threshold needed to enter parliament, garnering 4.97%.')).toEqual([
      '8.7% vote_share.unity 8.7 unspecified',
      '5% threshold.national 5 rule',
      '4.97% vote_share.reform 4.97 unspecified',
    ]);
  });
});

describe('seats gained', () => {
  it('"200 additional seats" is a gain', () => {
    expect(claims('Unity won more than 20 additional seats.')).toEqual(['more than 20 seats_change.unity 20.. unspecified']);
  });
});

describe('lists after an introduction, and times of day', () => {
  it('"Name – number" lines after a sentence take its qualifier; an introduction without one goes on from the sentence before', () => {
    const text = [
      'The commission says 38.17% of voters (or 989,972 citizens) cast their ballot as of 5pm.',
      'The turnout by region is as follows:',
      'Northport – 344,868 citizens or 40.15%',
    ].join('\n');
    expect(claims(text)).toEqual([
      '38.17% turnout.national 38.17 interim',
      '989,972 ballots_cast.national 989972 interim',
      '344,868 ballots_cast.northport 344868 interim',
      '40.15% turnout.northport 40.15 interim',
    ]);
  });

  it('once a colon\'s list has had "Name – number" lines, a sentence of another shape ends it', () => {
    const text = ['Turnout by region as of 5pm:', 'Northport – 40.15%', 'Lake-Side: 38.2%', 'A total of 2,593,572 citizens are eligible to vote.'].join('\n');
    expect(claims(text)).toEqual([
      '40.15% turnout.northport 40.15 interim',
      '38.2% turnout.unknown 38.2 interim',
      '2,593,572 registered_voters.national 2593572 unspecified',
    ]);
  });

  it('a time of day that opens a sentence of results frames the sentences after it ("At 10pm on Saturday, the tally stood at …"); one later in it does not', () => {
    expect(claims('At 10pm on Saturday, the national tally stood at 52 per cent for Unity. In the north, Reform won 45 per cent.')).toEqual([
      '52 per cent vote_share.unity 52 interim',
      '45 per cent vote_share.reform 45 interim',
    ]);
    expect(claims('The national tally stood at 52 per cent for Unity at 10pm on Saturday. In the north, Reform won 45 per cent.')).toEqual([
      '52 per cent vote_share.unity 52 interim',
      '45 per cent vote_share.reform 45 unspecified',
    ]);
  });

  it('a time of day glued to its digits ("5pm") is a time; one later in the sentence makes its results interim', () => {
    expect(claims('Turnout was 12.4% in the elections held across the whole country, as of 10am.')).toEqual(['12.4% turnout.national 12.4 interim']);
  });

  it('a time of day after a poll\'s cue is the poll\'s time, no snapshot of the count', () => {
    expect(claims('The exit poll results, valid for 21:00, give Unity 41.2 percent of the vote.')).toEqual(['41.2 percent vote_share.unity 41.2 exit_poll']);
    expect(claims('Turnout was 41.2 percent by 18:00, and it is predicted to rise.')).toEqual(['41.2 percent turnout.national 41.2 interim']);
  });
});

describe('polling hours', () => {
  it('a time voting began or ended at is no snapshot: "began at 8 a.m. and ended at 4 p.m."', () => {
    expect(claims('The vote, which began at 8 a.m. and ended at 4 p.m., saw a turnout of 71.9 percent.')).toEqual(['71.9 percent turnout.national 71.9 unspecified']);
    expect(claims('By 4 p.m., turnout was 52.3 percent.')).toEqual(['52.3 percent turnout.national 52.3 interim']);
    expect(claims('Turnout was 71.9 percent, with polling stations opening at 8am and closing at 6pm.')).toEqual(['71.9 percent turnout.national 71.9 unspecified']);
  });
});

describe('"final turnout"', () => {
  it('names the final result, for its figure and for the figures after it (not before)', () => {
    expect(claims('Unity came out on top with 26.01% of the vote. The final turnout is 63.91%. Reform had 20.1%.')).toEqual([
      '26.01% vote_share.unity 26.01 unspecified',
      '63.91% turnout.national 63.91 final',
      '20.1% vote_share.reform 20.1 final',
    ]);
  });
});

describe('lists of votes and shares', () => {
  it('"Unity: 368,204 votes, 57.10%": the share after a comma pairs with the votes; the introduction\'s preliminary results win over its count in progress (step 3)', () => {
    const text = ['Out of 50.5% of the counted votes, the parties stand as follows according to preliminary results:', '', 'Unity: 368,204 votes, 57.10%', '', 'Reform: 124,435 votes, 19.30%'].join('\n');
    expect(claims(text)).toEqual([
      '368,204 votes_received.unity 368204 preliminary',
      '57.10% vote_share.unity 57.1 preliminary',
      '124,435 votes_received.reform 124435 preliminary',
      '19.30% vote_share.reform 19.3 preliminary',
    ]);
  });
});

describe('the share needed to win outright', () => {
  it('"none of the candidates exceeded 50 percent", "needs more than 50 percent" state the threshold', () => {
    expect(claims('A run-off follows because none of the candidates exceeded 50 percent of the votes.')).toEqual(['50 percent threshold.national 50 rule']);
    expect(claims('The winner needs more than 50 percent of the vote.')).toEqual(['more than 50 percent threshold.national 50 rule']);
    expect(claims('Unity won 48.2 percent of the vote.')).toEqual(['48.2 percent vote_share.unity 48.2 unspecified']);
  });
  it('"limit", "must receive", "no political force" name the bar a share must pass', () => {
    expect(claims('Nine parties did not reach the four per cent limit.')).toEqual(['four per cent threshold.national 4 rule']);
    expect(claims('To enter the Grand Hall, a party must receive at least 3.25% of all valid ballots.')).toEqual(['at least 3.25% threshold.national 3.25 rule']);
    expect(claims('A run-off follows because no political force managed to gather 50% of the votes.')).toEqual(['50% threshold.national 50 rule']);
    expect(claims('Reform managed to gather 12% of the votes.')).toEqual(['12% vote_share.reform 12 unspecified']);
  });
  it('the bar a kind of side must reach: "parties that received", "the party that secures", "has to receive"', () => {
    expect(claims('National seats go to the parties that received at least 2% of the vote nationally.')).toEqual(['at least 2% threshold.national 2 rule']);
    expect(claims('The presidency goes to the party that secures at least 51 parliamentary seats.')).toEqual(['at least 51 seats_majority.national 51.. rule']);
    expect(claims('Under the new system the winner has to receive more than 50 percent of the vote.')).toEqual(['more than 50 percent threshold.national 50 rule']);
    expect(claims('Reform received 2% of the vote and Unity secured 51 seats.')).toEqual(['2% vote_share.reform 2 unspecified', '51 seats_total.unity 51 unspecified']);
  });
  it('more than half of the votes that no side takes is the bar to win, whatever verb of winning is near', () => {
    expect(claims('A second round is due, as the count showed that nobody had collected over 50% of the votes.')).toEqual(['over 50% threshold.national 50 rule']);
    expect(claims('Under the new law, the victor has to receive more than 50 percent of the vote.')).toEqual(['more than 50 percent threshold.national 50 rule']);
    expect(claims('With one contender taking more than half of the votes, the race ends in the first round.')).toEqual(['more than half threshold.national 50 rule']);
    // A side's share stays the side's; a bound of another size taken by no side stays no figure.
    expect(claims('Unity collected over 50% of the votes.')).toEqual(['over 50% vote_share.unity 50.. unspecified']);
    expect(claims('One contender collected over 40% of the votes.')).toEqual([]);
  });
});

describe('list and district seats in other words', () => {
  it('"at-large" seats are list seats; "single-member" and "district legislators" are single-mandate seats', () => {
    expect(claims('Unity won 40 seats: 28 in single-member districts and 12 were at-large.')).toEqual([
      '40 seats_total.unity 40 unspecified',
      '28 seats_single_mandate.unity 28 unspecified',
      '12 seats_list.unity 12 unspecified',
    ]);
    expect(claims('The Grand Hall has 73 district legislators.')).toEqual(['73 seats_single_mandate.national 73 rule']);
  });
  it('a district cue past a comma after the count, or a named district\'s, is no tier of the seats won', () => {
    expect(claims('Unity has won 67 seats, which include seats in constituencies long held by Reform.')).toEqual(['67 seats_total.unity 67 unspecified']);
    expect(claims('Reform, which went into the election with three seats, won none in the districts.')).toEqual(['three seats_total.reform 3 historical']);
    expect(claims('Reform won two seats in Eastvale Constituency.')).toEqual(['two seats_total.reform 2 unspecified']);
    expect(claims('Unity won 40 seats in the constituencies.')).toEqual(['40 seats_single_mandate.unity 40 unspecified']);
  });
});

describe('the size of the chamber', () => {
  it('"the number of legislators" names seats: "raised the number of legislators from 100 to 120"', () => {
    expect(claims('An amendment raised the number of legislators from 100 to 120.')).toEqual([
      '100 seats_total.national 100 historical',
      '120 seats_total.national 120 rule',
    ]);
  });
});

describe('turnout, voters and the electorate in other words', () => {
  it('"participated", "of registered voters", "registered on the electoral lists"; "a population of" is no figure', () => {
    expect(claims('Some 3,100,000 people participated, which is 61.5% of the voters on the voting lists.')).toEqual([
      'Some 3,100,000 ballots_cast.national 3100000 unspecified',
      '61.5% turnout.national 61.5 unspecified',
    ]);
    expect(claims('By 12:00, 18.4% of registered voters had voted.')).toEqual(['18.4% turnout.national 18.4 interim']);
    expect(claims('There are 5.2 million people registered on the electoral lists, out of a population of over 7 million.')).toEqual([
      '5.2 million registered_voters.national 5200000 unspecified',
    ]);
  });
});

describe('opinion polls in other words', () => {
  it('"respondents", "voters stating", "drop in support", "undecided", "could win" make a figure a forecast; "before the poll" (the election) does not', () => {
    expect(claims('Reform recorded a drop in support to 9.5 percent.')).toEqual(['9.5 percent vote_share.reform 9.5 forecast']);
    expect(claims('Of the respondents, 9.2 percent back Unity.')).toEqual(['9.2 percent vote_share.unity 9.2 forecast']);
    expect(claims('The latest polls before the blackout put Unity ahead with 41.2 percent.')).toEqual(['41.2 percent vote_share.unity 41.2 forecast']);
    expect(claims('Some 16 percent of those consulted back Reform.')).toEqual(['Some 16 percent vote_share.reform 16 forecast']);
    expect(claims('Reform, a sensation before the poll, has 59,404 votes or 0.44%.')).toEqual(['59,404 votes_received.reform 59404 unspecified', '0.44% vote_share.reform 0.44 unspecified']);
    expect(claims('Unity could win from 60 to 70 seats.')).toEqual(['60 to 70 seats_total.unity 60..70 forecast']);
  });

  it('a forecast word beside an exit poll or an estimate of the night in its sentence is that one\'s; an estimate made before the vote is a forecast', () => {
    expect(claims('Unity was forecast to win 36 seats, based on post-election polls.')).toEqual(['36 seats_total.unity 36 exit_poll']);
    expect(claims('The exit results indicate that Reform could win more than 20% of the votes.')).toEqual(['more than 20% vote_share.reform 20.. exit_poll']);
    expect(claims('Unity is projected to have roughly 42% of the vote, according to the institute providing projections to the broadcaster.')).toEqual(['roughly 42% vote_share.unity 42 estimate']);
    expect(claims('Previous projections showed that Unity could win 30% of votes.')).toEqual(['30% vote_share.unity 30 forecast']);
  });

  it('a forecast the outcome is set against ("as the polls predicted", "although it was expected to") or a second predicate\'s ("and is likely to form") makes no figure a forecast', () => {
    expect(claims('As the polls predicted, Unity won 62 seats.')).toEqual(['62 seats_total.unity 62 unspecified']);
    expect(claims('The big loser, as the polls had already predicted, was Reform, which received only 9.4% of the vote.')).toEqual(['9.4% vote_share.reform 9.4 unspecified']);
    expect(claims('Although it was expected to trail, Reform took 10% of the vote.')).toEqual(['10% vote_share.reform 10 unspecified']);
    expect(claims('Reform won 40 seats and is likely to form a coalition government.')).toEqual(['40 seats_total.reform 40 unspecified']);
    // A number in the forecast's own clause keeps it a forecast.
    expect(claims('As polls predicted 40%, Unity is expected to win.')).toEqual(['40% vote_share.unity 40 forecast']);
    // A figure before the clause is the forecast's ("as predicted by sociologists" tells whose), and so is one under a forecast in the present.
    expect(claims('Some 5.3% of voters, as predicted by sociologists, will vote for Reform.')).toEqual(['Some 5.3% vote_share.reform 5.3 forecast']);
    expect(claims('As the polls predict, Unity will win 40% of the vote.')).toEqual(['40% vote_share.unity 40 forecast']);
    expect(claims('Reform won 40 seats and is likely to win 45 next time.')).toContain('45 seats_total.reform 45 forecast');
  });

  it('"pre-election polls", "polls from", a voting intention are opinion polls ("the polls" alone may be the election); a relative clause that tells of them sets the outcome against them', () => {
    expect(claims('Pre-election polls had given Unity a lead of 12 points.')).toEqual(['12 margin.unity 12 forecast']);
    expect(claims('Polls from a private broadcaster put Unity at 35.8% and Reform at 22.5%.')).toEqual(['35.8% vote_share.unity 35.8 forecast', '22.5% vote_share.reform 22.5 forecast']);
    expect(claims('Unity led the race with a voting intention close to 40 percent.')).toEqual(['close to 40 percent vote_share.unity 40 forecast']);
    expect(claims('The race was led by the intention to vote for Reform, with 37.6% of support.')).toEqual(['37.6% vote_share.reform 37.6 forecast']);
    // "who had been leading the pre-election polls,": the poll's clause tells of the past, with no number; the figure is the outcome.
    expect(claims('Reform, who until now had been leading the pre-election polls, obtained 30.0% of the votes.')).toEqual(['30.0% vote_share.reform 30 unspecified']);
    expect(claims('Reform, which opinion polls had put first, won 41 seats.')).toEqual(['41 seats_total.reform 41 unspecified']);
  });

  it('a poll given as the source in other words ("a projection showed", "on the basis of a projection") is its sentence\'s and goes on; a contrast ("but it ended up") ends its reach', () => {
    // The source stands far after the figure.
    expect(claims('Unity was seen winning 98 of the 169 seats in the Grand Hall, enough to govern alone, according to estimates based on advance ballots.')).toContain('98 seats_total.unity 98 estimate');
    expect(claims('Unity won 25.5% of votes in a snap election on Sunday, the institute said on the basis of a projection of results from a sample of polling stations.')).toEqual(['25.5% vote_share.unity 25.5 estimate']);
    // "a projection showed" in a sentence with no figure: the broadcaster's "predicted" after it is the projection's.
    expect(claims('Unity looked on track to win the election on Sunday, a projection showed, beating Reform into second place. The public broadcaster predicted Unity would win 48 seats, ahead of Reform with 46 seats.')).toEqual([
      '48 seats_total.unity 48 estimate',
      '46 seats_total.reform 46 estimate',
    ]);
    expect(claims('Early estimates based on exit polls had Reform as the likely winner, but it ended up in second place with only 17.1 percent of the vote.')).toEqual(['17.1 percent vote_share.reform 17.1 unspecified']);
  });

  it('a ranking that goes on from a sentence naming an opinion poll ("In second place is", "placed third", "Following is") gives the poll\'s figures', () => {
    expect(claims('Unity continues to lead in opinion polls, with about 36%. In second place is Reform, with 27.5%. Following are the Greens, trailing with only 20%.')).toEqual([
      'about 36% vote_share.unity 36 forecast',
      '27.5% vote_share.reform 27.5 forecast',
      '20% vote_share.green 20 forecast',
    ]);
    // The same ranking of an outcome stays the outcome's, and so does one with a cue of its own.
    expect(claims('Unity won the election with 36%. In second place is Reform, with 27.5%.')).toEqual(['36% vote_share.unity 36 unspecified', '27.5% vote_share.reform 27.5 unspecified']);
    expect(claims('Unity leads in opinion polls, with about 36%. In the final results, Reform placed second with 27.5%.')).toContain('27.5% vote_share.reform 27.5 final');
  });
});

describe('taking part', () => {
  it('"citizens took part in the elections" are ballots cast; "parties took part" parties', () => {
    expect(claims('In total, 1,562,238 citizens took part in the elections.')).toEqual(['1,562,238 ballots_cast.national 1562238 unspecified']);
    expect(claims('Fourteen parties took part in the elections.')).toEqual(['Fourteen parties_contesting.national 14 unspecified']);
  });
});

describe('counts of other things', () => {
  it('senators (another body) and organisations are no figures', () => {
    expect(claims('Voters elect 120 deputies and 60 senators.')).toEqual(['120 seats_total.national 120 rule']);
    expect(claims('Some 850 observers came from more than 20 organizations.')).toEqual(['Some 850 observers.national 850 unspecified']);
  });
});

describe('cue words of the last step', () => {
  it('a threshold stated as a lower bound is the threshold; "of those eligible", "votes were cast", "provisionally"', () => {
    expect(claims('A party must receive at least 5% of the vote to enter parliament.')).toEqual(['at least 5% threshold.national 5 rule']);
    expect(claims('The commission provisionally announced that 1,281,174 votes were cast, constituting 49.4% of those eligible.')).toEqual([
      '1,281,174 ballots_cast.national 1281174 preliminary',
      '49.4% turnout.national 49.4 preliminary',
    ]);
  });
});

describe('leaders', () => {
  it('a name after "led by" is a leader, not the party the number is given to', () => {
    expect(claims('Second came the Reform alliance led by Bo Carlsen with 21.04% of the votes.')).toEqual(['21.04% vote_share.reform 21.04 unspecified']);
  });
});

describe('candidates and their parties', () => {
  const race = parseLexicon(
    'race.yaml',
    `entities:
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity, Unity Party]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
election: {year: 2031, previous: 2027}
country: Freedonia
`,
  );
  it('a party named after a candidate in the clause is the candidate\'s: the candidate takes the figure', () => {
    expect(claimsWith(race, 'Ann Ames of the Unity Party won 1,200,000 votes.')).toEqual(['1,200,000 votes_received.ames 1200000']);
    expect(claimsWith(race, 'Ames, running for Unity, came first with 52.4%.')).toEqual(['52.4% vote_share.ames 52.4']);
    expect(claimsWith(race, 'Reform won 41.5% of the vote.')).toEqual(['41.5% vote_share.reform 41.5']);
  });
});

describe('turnout of a group', () => {
  const phased = parseLexicon(
    'phased.yaml',
    `entities:
  - {id: phase-1, name: First phase, kind: group, aliases: [first phase]}
  - {id: northport, name: Northport, kind: place, aliases: [Northport]}
election: {year: 2031, previous: 2027}
country: Freedonia
`,
  );
  it('a voter group (a voting phase) takes its turnout like a place, but never by "it"', () => {
    expect(claimsWith(phased, 'The turnout in the first phase stood at 66.1 per cent.')).toEqual(['66.1 per cent turnout.phase-1 66.1']);
    expect(claimsWith(phased, 'Turnout in Northport was 58.2%.')).toEqual(['58.2% turnout.northport 58.2']);
    expect(claims('Some 2.1% voted against all. Turnout reached 61%, and it was a sunny day.')).toEqual([
      'Some 2.1% vote_share.against-all 2.1 unspecified',
      '61% turnout.national 61 unspecified',
    ]);
  });
});

describe('a cue past a name its metric cannot take', () => {
  it('"38.1% for Yes amid heavy turnout" is Yes\'s share; "58% in Northport" stays turnout', () => {
    expect(claims('The No camp had 61.9% support compared with 38.1% for Yes amid heavy turnout.')).toEqual(['61.9% vote_share.no 61.9 unspecified', '38.1% vote_share.yes 38.1 unspecified']);
    expect(claims('It was 58% in Northport, a record turnout.')).toEqual(['58% turnout.northport 58 unspecified']);
  });
});

describe('the total vote cast', () => {
  it('"6,101,533 votes of the 24,965,218 total vote cast", "The total vote cast is 24,965,218" are the ballots cast', () => {
    expect(claims('Unity won 6,101,533 votes of the 24,965,218 total vote cast.')).toEqual(['6,101,533 votes_received.unity 6101533 unspecified', '24,965,218 ballots_cast.national 24965218 unspecified']);
    expect(claims('The total vote cast is 24,965,218.')).toEqual(['24,965,218 ballots_cast.national 24965218 unspecified']);
  });
});

describe('parties in parliament and voting centres, by their nouns', () => {
  it('"four formations will hold seats", "seven candidate lists passed the 5 percent threshold", "3,000 voting centres"', () => {
    expect(claims('Only these four formations will hold seats in the Grand Hall.')).toEqual(['four parties_elected.national 4 unspecified']);
    expect(claims('A total of seven candidate lists passed the 5 percent threshold.')).toEqual(['seven parties_elected.national 7 unspecified', '5 percent threshold.national 5 rule']);
    expect(claims('Voting took place across more than 3,000 voting centres.')).toEqual(['more than 3,000 polling_stations.national 3000.. unspecified']);
    expect(claims('Unity won 40 seats and passed the threshold.')).toEqual(['40 seats_total.unity 40 unspecified']);
  });
});

describe('voters casting ballots for a side, voters going to the polls', () => {
  it('"15% of voters cast their ballots for the Greens" is a share; "33% of voters went to the polls" is turnout', () => {
    expect(claims('About 15% of voters cast their ballots for the Green Party.')).toEqual(['About 15% vote_share.green 15 unspecified']);
    expect(claims('Since more than 33% of voters went to the polls, the referendum is valid.')).toEqual(['more than 33% turnout.national 33.. unspecified']);
    expect(claims('By noon, 40% of voters had cast their ballots.')).toEqual(['40% turnout.national 40 unspecified']);
  });
});

describe('the electorate and the ballots cast of a voter group', () => {
  const abroad = parseLexicon(
    'abroad.yaml',
    `entities:
  - {id: abroad, name: Voters abroad, kind: group, aliases: [abroad, living abroad]}
  - {id: northport, name: Northport, kind: place, aliases: [Northport]}
election: {year: 2031, previous: 2027}
country: Freedonia
`,
  );
  it('"107,669 people were registered as voters abroad", "32,000 voters living abroad cast their ballots" are the group\'s', () => {
    expect(claimsWith(abroad, 'A total of 107,669 people were registered as voters abroad.')).toEqual(['107,669 registered_voters.abroad 107669']);
    expect(claimsWith(abroad, 'Some 32,000 voters living abroad cast their ballots.')).toEqual(['Some 32,000 ballots_cast.abroad 32000']);
    expect(claimsWith(abroad, 'In Northport, 1.2 million voters cast their ballots.')).toEqual(['1.2 million ballots_cast.northport 1200000']);
  });
});

describe('names an analyst did not list: derived forms, folded spellings, abbreviations the article defines', () => {
  const thin = parseLexicon(
    'thin.yaml',
    `entities:
  - {id: pu, name: Progressive Unity, kind: party, aliases: [Progressive Unity]}
  - {id: soc, name: Socialist Party, kind: party, aliases: [Socialist Party]}
  - {id: dem, name: Democratic Party, kind: party, aliases: [Democratic Party]}
  - {id: nat, name: National Party, kind: party, aliases: [National Party]}
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames]}
  - {id: sv, name: Svobodná Volba, kind: party, aliases: ['"Svobodna Volba"']}
  - {id: afd, name: Action for Dawn, kind: party, aliases: [Action for Dawn (AfD)]}
election: {year: 2031, previous: 2027}
country: Freedonia
`,
  );

  it('an abbreviation in brackets after a known name is that name for the rest of the article', () => {
    expect(claimsWith(thin, 'Progressive Unity (PU) won 41.2 percent of the vote. PU also took 40 seats.')).toEqual([
      '41.2 percent vote_share.pu 41.2',
      '40 seats_total.pu 40',
    ]);
  });

  it('a party without its head word, and in the plural; a common word is no short form', () => {
    expect(claimsWith(thin, 'The Socialists won 20 seats.')).toEqual(['20 seats_total.soc 20']);
    expect(claimsWith(thin, 'The Democrats won 20 seats.')).toEqual(['20 seats_total.dem 20']);
    expect(claimsWith(thin, 'National turnout was 61.5 percent.')).toEqual(['61.5 percent turnout.national 61.5']);
  });

  it("a candidate by one of their names, only when written with a capital", () => {
    expect(claimsWith(thin, 'Ames took 51.5 percent of the vote.')).toEqual(['51.5 percent vote_share.ames 51.5']);
  });

  it('accents, dashes and quotes do not part a name from its alias', () => {
    expect(claimsWith(thin, 'Svobodná Volba – 12.4 percent.')).toEqual(['12.4 percent vote_share.sv 12.4']);
    expect(claimsWith(thin, 'AfD took 9.1 percent of the vote.')).toEqual(['9.1 percent vote_share.afd 9.1']);
  });
});

describe('a number word after "the"', () => {
  it('names a set, no count: "the two candidates", "the big three"; digits, "the remaining two" and "six of the seven" stay figures', () => {
    expect(claims('The run-off will be held between the top two candidates.')).toEqual([]);
    expect(claims('Outside the big three, Reform won 12 seats.')).toEqual(['12 seats_total.reform 12 unspecified']);
    expect(claims('The other two parties, Unity and Reform, lost ground.')).toEqual([]);
    expect(claims('Unity won 40 seats and Reform the remaining two.')).toEqual(['40 seats_total.unity 40 unspecified', 'two seats_total.reform 2 unspecified']);
    expect(claims('Unity won six of the seven seats in Northport.')).toEqual(['six of the seven seats_total.unity 6 unspecified']);
    // A noun before "of the six": a count, not the set ("the representatives of the six parties in the Grand Hall").
    expect(claims('The struggle between the representatives of the six parties in the parliament goes on.')).toEqual(['six parties_elected.national 6 unspecified']);
  });
});

describe('a winning margin in votes', () => {
  it('"by 6,553 votes", "a majority of 29 votes over" is no figure; "by three" (no votes) and a party\'s votes stay', () => {
    expect(claims('Unity won 41.2% and beat Reform by 6,553 votes.')).toEqual(['41.2% vote_share.unity 41.2 unspecified']);
    expect(claims('Unity held Northport with a majority of 29 votes over Reform.')).toEqual([]);
    expect(claims('Reform increased its seats by three.')).toEqual([expect.stringMatching(/^three seats_\w+\.reform 3 /)]);
    expect(claims('Unity won 812,000 votes.')).toEqual(['812,000 votes_received.unity 812000 unspecified']);
  });
});

describe('a share of the chamber', () => {
  const chamber = parseLexicon(
    'chamber.yaml',
    `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity, Unity Party]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall], seats: 150}
country: Freedonia
`,
  );
  it('"64 seats (42.7%)" is a share of the seats when 64 of the 150 seats are 42.7%; a share that is no such fraction stays a vote share', () => {
    expect(claimsWith(chamber, 'Unity won 64 seats (42.7%).')).toEqual(['64 seats_total.unity 64', '42.7% seats_share.unity 42.7']);
    expect(claimsWith(chamber, 'Reform took 21% (21 seats).')).toEqual(['21% vote_share.reform 21', '21 seats_total.reform 21']);
    expect(claimsWith(chamber, 'Reform took 14% (21 seats).')).toEqual(['14% seats_share.reform 14', '21 seats_total.reform 21']);
    expect(claimsWith(chamber, 'Unity won 64 seats (38.1%).')).toEqual(['64 seats_total.unity 64', '38.1% vote_share.unity 38.1']);
  });
  it('a share of a noun of the seats past a count, a possessive or a word ("of the 93 seats", "of the parliament\'s seats", "of legislative seats") is a share of the seats, as "of the seats" is', () => {
    expect(claimsWith(chamber, 'Unity won 62 per cent of the 93 seats contested.')).toEqual(['62 per cent of the 93 seats_share.unity 62']);
    expect(claimsWith(chamber, 'Reform will hold 24.1 per cent of the parliament’s seats.')).toEqual(['24.1 per cent seats_share.reform 24.1']);
    expect(claimsWith(chamber, 'Early counts show that 27.9 per cent of legislative seats will go to Unity.')).toEqual(['27.9 per cent seats_share.unity 27.9']);
    // Not a noun of the seats after "of": the votes, with seats in the clause after, stay a vote share.
    expect(claimsWith(chamber, 'Unity won 45 per cent of the votes in 60 seats.')).toEqual(['45 per cent vote_share.unity 45', '60 seats_total.unity 60']);
  });
  it('a count read as the chamber\'s size is one only when it is that size (150): "competing for 140 seats" is no figure; the chamber named right before ("a Grand Hall expanded to 160 seats") or "together" (a sum of parts) keeps it', () => {
    expect(claimsWith(chamber, 'Eighteen parties are competing for 140 seats.')).toEqual(['Eighteen parties_contesting.national 18']);
    expect(claimsWith(chamber, 'Eighteen parties are competing for 150 seats.')).toEqual(['Eighteen parties_contesting.national 18', '150 seats_total.national 150']);
    expect(claimsWith(chamber, 'This time, in a Grand Hall expanded to 160 seats, the party is less dominant.')).toEqual(['160 seats_total.national 160']);
    expect(claimsWith(chamber, 'Two islands each elect two members. Together they are entitled to four seats.')).toEqual(['four seats_total.national 4']);
    expect(claimsWith(chamber, 'Two islands each elect two members. They are entitled to four seats.')).toEqual([]);
  });
  it('the whole of a part of the seats is the chamber\'s size only when it is that size: "won 96 out of 140 seats" (150 seats) is another whole, no figure; "won 96 of the 150 seats" gives the size', () => {
    expect(claimsWith(chamber, 'Unity won 96 out of 140 seats in the unofficial results.')).toEqual(['96 seats_total.unity 96']);
    expect(claimsWith(chamber, 'Reform won 21 of the 40 seats contested in the north.')).toEqual(['21 seats_total.reform 21']);
    expect(claimsWith(chamber, 'Unity won 96 of the 150 seats.')).toEqual(['96 seats_total.unity 96', '150 seats_total.national 150']);
  });
  it('"Unity 41.5 percent of the vote (66), Reform 8.2 (13)": a whole number alone in brackets after a share is the seats, a larger one or one with a separator the votes', () => {
    expect(claimsWith(chamber, 'The lists that passed: Unity 41.5 percent of the vote (66), Reform 8.2 (13).')).toEqual([
      '41.5 percent vote_share.unity 41.5',
      '66 seats_total.unity 66',
      '8.2 vote_share.reform 8.2',
      '13 seats_total.reform 13',
    ]);
    expect(claimsWith(chamber, 'Unity won 41.5% (1,204,300), Reform 8.2% (240,112).')).toEqual([
      '41.5% vote_share.unity 41.5',
      '1,204,300 votes_received.unity 1204300',
      '8.2% vote_share.reform 8.2',
      '240,112 votes_received.reform 240112',
    ]);
  });
});

describe('a number with decimals after a share of its sentence', () => {
  it('is a share too: "Northport - 69.22%, Harbour (68.08)"; an integer or a number with its unit noun stays a count', () => {
    const places = parseLexicon(
      'places.yaml',
      `entities:
  - {id: northport, name: Northport, kind: place, aliases: [Northport]}
  - {id: harbour, name: Harbour, kind: place, aliases: [Harbour]}
election: {year: 2031, previous: 2027}
country: Freedonia
`,
    );
    expect(claimsWith(places, 'Turnout was highest in Northport - 69.22%, and Harbour (68.08).')).toEqual(['69.22% turnout.northport 69.22', '68.08 turnout.harbour 68.08']);
    expect(claims('Unity won 41.2% and Reform 30.5, with Greens on 3.2 points less.')).toEqual([
      '41.2% vote_share.unity 41.2 unspecified',
      '30.5 vote_share.reform 30.5 unspecified',
      expect.stringMatching(/^3\.2 vote_share_change\.green /),
    ]);
  });
});

describe('counting progress written with a verb or "the count of"', () => {
  it('"when 98% had been counted", "according to the count of 88% of the votes" are progress, no figure', () => {
    expect(claims('Unity had 41.2% when 98% had been counted.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
    expect(claims('According to the count of 88% of the votes, Unity received 41.2%.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
  });
});

describe('counting progress written as a count of ballots, polling stations or constituencies', () => {
  it('is no figure, and its areas name no tier of the figures: "results of 257 constituencies out of 265"', () => {
    expect(claims('With around 160 thousand ballots counted, Unity had 41.2%.')).toEqual(['41.2% vote_share.unity 41.2 interim']);
    expect(claims('Turnout was 60.9 per cent, based on 267 constituency results.')).toEqual(['60.9 per cent turnout.national 60.9 interim']);
    expect(claims('Unity has won 95 seats in the Grand Hall as results of 257 constituencies out of 265 have emerged.')).toEqual(['95 seats_total.unity 95 interim']);
    expect(claims('Based on results from 396 out of 405 polling stations, Unity leads.')).toEqual(['405 polling_stations.national 405 unspecified']);
    expect(claims('Unity has won 95 seats in the Grand Hall in single-seat constituencies.')).toEqual(['95 seats_single_mandate.unity 95 unspecified']);
  });
});

describe('a count stated as a change of a metric with no change metric', () => {
  it('is no figure: "a drop of nearly 74,000 votes", "adds another 102,000 votes", "has polled 184,584 less"', () => {
    expect(claims('Compared to 2027, a drop of nearly 74,000 votes was reported for Unity.')).toEqual([]);
    expect(claims('Unity adds another 102,000 votes to its result, with 357,167 people voting for it yesterday.')).toEqual(['357,167 votes_received.unity 357167 unspecified']);
    expect(claims('Reform won 2,151,927 votes in 2027, and this time it has polled 184,584 less.')).toEqual(['2,151,927 votes_received.reform 2151927 historical']);
    expect(claims('Nearly 5.8 million more people voted in 2031 than in 2027, when 54.8 million had cast their votes.')).toEqual(['54.8 million ballots_cast.national 54800000 historical']);
    // A change of seats has its metric.
    expect(claims('Reform took 20 seats, two fewer than in the previous election.')).toEqual(['20 seats_total.reform 20 unspecified', 'two seats_change.reform -2 unspecified']);
  });
});

describe('the part a group makes of a set', () => {
  it('is no figure: "51.6 percent of those eligible to vote were women", "Women made up 23.9 per cent of the candidates"', () => {
    expect(claims('According to the registry, 51.6 percent of those eligible to vote were women and 48.4 percent were men.')).toEqual([]);
    expect(claims('More than 51 million Freedonians, more than 50% of them women, were called to vote.')).toEqual(['More than 51 million registered_voters.national 51000000.. unspecified']);
    expect(claims('Women made up 23.9 per cent of the candidates.')).toEqual([]);
    expect(claims('The Grand Hall was renewed with 38% of the elected deputies being women.')).toEqual([]);
    expect(claims('Among young voters, almost 83% were enrolled.')).toEqual([]);
    expect(claims('12% of women voted for Unity.')).toEqual(['12% vote_share.unity 12 unspecified']);
  });
});

describe('a count split into two parts in brackets', () => {
  it('gives the parts the two tiers in the order the article named them: "(113 constituencies and 39 party-list)" then "Reform 141 (112-29)"', () => {
    expect(claims('The results are as follows:\n\nUnity: 152 seats (113 constituencies and 39 party-list)\n\nReform 141 (112-29)\n\nGreens: 1 (0-1)')).toEqual([
      '152 seats_total.unity 152 unspecified',
      '39 seats_list.unity 39 unspecified',
      '141 seats_total.reform 141 unspecified',
      '112 seats_single_mandate.reform 112 unspecified',
      '29 seats_list.reform 29 unspecified',
      '1 seats_total.green 1 unspecified',
      '0 seats_single_mandate.green 0 unspecified',
      '1 seats_list.green 1 unspecified',
    ]);
    // With no order named before, the parts keep their readings.
    expect(claims('Seats won:\n\nReform 141 (112-29)')).toEqual(['141 seats_total.reform 141 unspecified', '112 seats_total.reform 112 unspecified', '29 seats_total.reform 29 unspecified']);
  });
});

describe('seats of the Central American Parliament', () => {
  it('are another body\'s: "160 deputies of the Grand Hall, 20 of the Central American Parliament"', () => {
    expect(claims('Voters will elect 160 deputies of the Grand Hall, 20 of the Central American Parliament and 340 municipal mayors.')).toEqual(['160 seats_total.national 160 rule']);
  });
});

describe('a count larger than any chamber', () => {
  it('is no seat count: "1,804,588 voted for Reform (38 seats)"', () => {
    // The opener names the party-list tier: the seats are list seats (`tiered`).
    expect(claims('On the party list, 2,900,000 voted for Unity (135 seats), while 1,804,588 voted for Reform (38 seats) and 317,780 voted for the Greens.')).toEqual([
      '2,900,000 votes_received.unity 2900000 unspecified',
      '135 seats_list.unity 135 unspecified',
      '1,804,588 votes_received.reform 1804588 unspecified',
      '38 seats_list.reform 38 unspecified',
      '317,780 votes_received.green 317780 unspecified',
    ]);
  });
});

describe('seats still to be assigned', () => {
  it('make the results around them a count in progress: "With only four seats remaining to be assigned"', () => {
    expect(claims('With only four seats remaining to be assigned in the Grand Hall, Unity obtained 28.66 percent.')).toEqual(['28.66 percent vote_share.unity 28.66 interim']);
  });
});

describe('a share named as a mark, a majority in votes', () => {
  it('is no figure: "dropped below the symbolic 10 per cent mark", "a 35,280 vote majority"', () => {
    expect(claims('The Greens dropped below the symbolic 10 per cent mark – from a record 13.5 percent to a 9.8 percent share of the vote.')).toEqual([
      '13.5 percent vote_share.green 13.5 historical',
      '9.8 percent vote_share.green 9.8 unspecified',
    ]);
    expect(claims('In 2027, Unity won 55.04% of the vote which gave it a 35,280 vote majority.')).toEqual(['55.04% vote_share.unity 55.04 historical']);
  });
});

describe('a change between two counts of this election', () => {
  it('is no figure: "(down 2 from election night)", "lost two seats on final vote count"; "on election night" stays', () => {
    expect(claims('UNITY: 38.06 percent/48 seats (down 2 from election night)')).toEqual(['38.06 percent vote_share.unity 38.06 unspecified', '48 seats_total.unity 48 unspecified']);
    expect(claims('Reform lost two seats on final vote count.')).toEqual([]);
    expect(claims('Reform lost two seats on election night.')).toEqual(['two seats_change.reform -2 unspecified']);
  });
});

describe('"a total of" valid votes beside a side', () => {
  it('is the total, no side\'s votes: "casting a total of 2,153,613 valid votes"; "Unity received 812,000 valid votes" stays', () => {
    expect(claims('Reform won 33.6 per cent, with a 64.1 per cent turnout casting a total of 2,153,613 valid votes.')).toEqual([
      '33.6 per cent vote_share.reform 33.6 unspecified',
      '64.1 per cent turnout.national 64.1 unspecified',
    ]);
    expect(claims('Unity received 812,000 valid votes.')).toEqual(['812,000 votes_received.unity 812000 unspecified']);
  });
});

describe('an opinion on the outcome', () => {
  it('"47% of voters believe that No will prevail", "44% who foresee …" is no figure; a vote intention stays', () => {
    expect(claims('In the poll, 47% of voters believe that No will prevail, against 44% who foresee a win for Yes.')).toEqual([]);
    expect(claims('More than a third of respondents (35.6 percent) believe that Unity will stay in power.')).toEqual([]);
    expect(claims('In the poll, 47% of voters would vote No.')).toEqual(['47% vote_share.no 47 forecast']);
  });
});

describe('a person\'s age', () => {
  it('"Ames, 53, was", "Ann Ames (53), who" is no figure; "Unity, 41, and Reform, 30" stays', () => {
    expect(claims('The leader of Unity, Ann Ames, 53, was trailing with 41.2%.')).toEqual(['41.2% vote_share.unity 41.2 unspecified']);
    expect(claims('Former minister Ann Ames (53), who left Unity, is seen as the kingmaker.')).toEqual([]);
    expect(claims('Seats: Unity, 41, and Reform, 30.')).toEqual(['41 seats_total.unity 41 unspecified', '30 seats_total.reform 30 unspecified']);
  });
});

describe('a margin in seats', () => {
  it('"seven seats short", "three shy of", "9 seats ahead" is no figure; "8 points ahead" stays a lead', () => {
    expect(claims('With 169 seats, Unity would still be seven seats short.')).toEqual(['169 seats_total.unity 169 unspecified']);
    expect(claims('Unity won 59 seats, three shy of a majority.')).toEqual(['59 seats_total.unity 59 unspecified']);
    expect(claims('Unity won 35 seats, 9 seats ahead of Reform.')).toEqual(['35 seats_total.unity 35 unspecified']);
    expect(claims('Unity is 8 points ahead of Reform.')).toEqual(['8 margin.unity 8 unspecified']);
  });
});

describe('the second of a pair in a list', () => {
  it('goes on with the list\'s metric for its partner\'s name: "… 23.6 percent (65) and the Greens - 4.9 (13)"', () => {
    expect(claims('Unity won the most votes - 46.3 percent (127 seats), Reform - 23.6 percent (65) and the Greens - 4.9 (13).')).toEqual([
      '46.3 percent vote_share.unity 46.3 unspecified',
      '127 seats_total.unity 127 unspecified',
      '23.6 percent vote_share.reform 23.6 unspecified',
      '65 seats_total.reform 65 unspecified',
      '4.9 vote_share.green 4.9 unspecified',
      '13 seats_total.green 13 unspecified',
    ]);
  });
});

describe('a number before "other"', () => {
  it('is a subset of a figure named elsewhere: "Two other parties shared the remaining eight seats"; a table\'s "Other 17" stays', () => {
    expect(claims('Unity won 40 seats. Two other parties shared the remaining eight seats.')).toEqual(['40 seats_total.unity 40 unspecified', 'eight seats_total.national 8 rule']);
    expect(claims('Seats: Unity 41, Reform 30, Other 17.')).toEqual(['41 seats_total.unity 41 unspecified', '30 seats_total.reform 30 unspecified', expect.stringMatching(/^17 seats_total\./)]);
  });
});

describe('a comparison with "those" of an earlier election', () => {
  it('"47 more than those won in 2027" is a change; the list goes on from the figure before the comparison', () => {
    expect(claims('Unity won 136 seats, 47 more than those won in 2027, while Reform came second with 122.')).toEqual([
      '136 seats_total.unity 136 unspecified',
      '47 seats_change.unity 47 unspecified',
      '122 seats_total.reform 122 unspecified',
    ]);
    expect(claims('Reform won 31 seats, four fewer than those of 2027.')).toEqual(['31 seats_total.reform 31 unspecified', 'four seats_change.reform -4 unspecified']);
  });
});

describe('the total of valid votes', () => {
  it('"a total of 2,153,613 legitimate votes were cast", "Valid votes cast: 2,153,613" is no figure; a party\'s valid votes stay its votes', () => {
    expect(claims('In this election, a total of 2,153,613 legitimate votes were cast.')).toEqual([]);
    expect(claims('Valid votes cast: 2,153,613')).toEqual([]);
    expect(claims('Unity received 812,000 valid votes.')).toEqual(['812,000 votes_received.unity 812000 unspecified']);
  });
});

describe('a live blog\'s entry number', () => {
  it('"Update 2:" is no figure', () => {
    expect(claims('Some 1,200,000 people voted. Update 2: The commission spoke.')).toEqual(['Some 1,200,000 ballots_cast.national 1200000 unspecified']);
  });
});

describe('the share needed to win outright, after "neither" or "any candidate with"', () => {
  const race = parseLexicon(
    'race2.yaml',
    `entities:
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}
  - {id: bell, name: Bo Bell, kind: candidate, aliases: [Bo Bell, Bell]}
election: {year: 2031, previous: 2027}
country: Freedonia
`,
  );
  it('is the threshold, not a candidate\'s share', () => {
    expect(claimsWith(race, 'Ames led Bell, but as neither has secured more than 50% of the vote, a run-off follows.')).toEqual(['more than 50% threshold.national 50']);
    expect(claimsWith(race, 'In the absence of any candidate with at least 50% of the vote, Ames and Bell meet again.')).toEqual(['at least 50% threshold.national 50']);
  });
});

describe('a change of turnout', () => {
  it('has no metric (`change_unnamed`): "1.97 per cent less than in 2027", "3.65 percentage points higher than …" after a turnout are no figures; a vote share\'s change stays', () => {
    expect(claims('Turnout was 1.97 per cent less than in 2027.')).toEqual([]);
    expect(claims('Turnout in Northport stood at 69.16 per cent, 3.65 percentage points higher than in 2027.')).toEqual(['69.16 per cent turnout.northport 69.16 unspecified']);
    expect(claims('Unity won 41.2 per cent, 3.6 percentage points higher than in 2027.')).toEqual([
      '41.2 per cent vote_share.unity 41.2 unspecified',
      expect.stringMatching(/^3\.6 vote_share_change\.unity 3\.6 /),
    ]);
  });
});

describe('a cue right after the number before', () => {
  it('is that number\'s, not the next one\'s when the next has its own unit noun ("all 150 Grand Hall constituencies, with Unity winning 81 seats")', () => {
    expect(claims('The commission declared results for all 150 Grand Hall constituencies, with Unity winning 81 seats and Reform 24.').slice(1)).toEqual([
      '81 seats_total.unity 81 final',
      '24 seats_total.reform 24 final',
    ]);
    expect(claims('Unity won 40 district seats and Reform 30.')).toEqual(['40 seats_single_mandate.unity 40 unspecified', '30 seats_single_mandate.reform 30 unspecified']);
  });
});

describe('a sentence that opens with another body', () => {
  it('is all that body\'s: "In the local elections in Northport, …", "SENATE (200 seats, majority 101):"', () => {
    expect(claims('In the local elections in Northport, Unity won 38.7% of votes or 48 seats and Reform 34.7% or 43 seats.')).toEqual([]);
    expect(claims('SENATE (200 seats, majority 101):')).toEqual([]);
    expect(claims('Unity won 41.2% of votes and 48 seats. The local elections follow in May.')).toEqual(['41.2% vote_share.unity 41.2 unspecified', '48 seats_total.unity 48 unspecified']);
  });
  it('opens with "among" as well: "Among senatorial candidates, …"', () => {
    expect(claims('Among senatorial candidates, Ann Ames stayed on top with 21,194,896 votes, followed by Bo Bell with 19,936,449.')).toEqual([]);
  });
  it('goes on over the sentences right after it, in its paragraph and the next, that name no year, stage cue or chamber of the election', () => {
    expect(claims('In the local elections in Northport, Unity won 38.7% of votes or 48 seats.\n\nReform received 6% of votes or seven seats, and the Greens 4.8% or six seats.')).toEqual([]);
    expect(claims('In provincial assemblies, Unity won 84 seats in the North Assembly. The South Assembly saw Reform leading with 137 seats.')).toEqual([]);
    // A sentence that names the chamber, or one with no figure between, ends it.
    expect(claims('In the local elections in Northport, Unity won 38.7% of votes.\n\nIn the parliament, Unity won 41.2% of votes.')).toEqual(['41.2% vote_share.unity 41.2 unspecified']);
    expect(claims('In the local elections in Northport, Unity won 38.7% of votes.\n\nThe count went on overnight.\n\nUnity won 41.2% of votes.')).toEqual(['41.2% vote_share.unity 41.2 unspecified']);
  });
  it('a body joined to the election by "and" is elected with it: "the national and local elections"', () => {
    expect(claims('The 2031 national and local elections saw a turnout of 81 percent.')).toEqual(['81 percent turnout.national 81 unspecified']);
    expect(claims('The 2031 local elections saw a turnout of 61 percent.')).toEqual([]);
  });
});

describe('thousands set off by a comma and a space', () => {
  it('"93, 828 citizens" and "5, 565, 781 votes" are one number each; a list "41, 12 and 9" and a date are not', () => {
    expect(claims('Unity received 5, 565, 781 votes.')).toEqual(['5, 565, 781 votes_received.unity 5565781 unspecified']);
    expect(claims('In Northport, 93, 828 citizens voted.')).toEqual(['93, 828 ballots_cast.northport 93828 unspecified']);
    expect(claims('Unity, Reform and the Greens took 41, 12 and 9 percent respectively.').map((s) => s.split(' ')[0])).toEqual(['41', '12', '9']);
    expect(claims('On May 12, 100 observers arrived.')).toEqual(['100 observers.national 100 unspecified']);
  });
  it('beside plain commas: "8, 794,726", "6,984, 520" (one of the groups spaced), but not a list', () => {
    expect(claims('Unity got 8, 794,726 votes, while Reform polled 6,984, 520 votes.')).toEqual([
      '8, 794,726 votes_received.unity 8794726 unspecified',
      '6,984, 520 votes_received.reform 6984520 unspecified',
    ]);
    expect(claims('Unity, Reform and the Greens took 41, 12,000 and 9,000 votes respectively.').map((s) => s.split(' ')[0])).toEqual(['41', '12,000', '9,000']);
  });
});

describe('a scale word after a number written out in full', () => {
  it('repeats the scale: "31,088,020 million votes" is 31,088,020', () => {
    expect(claims('Unity garnered 31,088,020 million votes.')).toEqual(['31,088,020 million votes_received.unity 31088020 unspecified']);
    expect(claims('Unity garnered 3,088 million votes.')).toEqual(['3,088 million votes_received.unity 3088000000 unspecified']);
    expect(claims('Unity garnered 31.5 million votes.')).toEqual(['31.5 million votes_received.unity 31500000 unspecified']);
  });
});

describe('"respectively" over names with glosses between them', () => {
  const cands = parseLexicon(
    'c.yaml',
    `entities:
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}
  - {id: berg, name: Bo Berg, kind: candidate, aliases: [Bo Berg, Berg]}
  - {id: ozan, name: Ayla Özkan, kind: candidate, aliases: [Ayla İlkan]}
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity Party, Unity]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform, "Cal Cole's Reform"]}
  - {id: green, name: Green Party, kind: party, aliases: [Green Party, Greens]}
election: {year: 2031, previous: 2027}
`,
  );
  it('takes the last different names of the last name\'s kind, in order', () => {
    expect(claimsWith(cands, 'Ann Ames, of the Unity Party, and Bo Berg, from Reform, took 4.7% and 3.2%, respectively.')).toEqual([
      '4.7% vote_share.ames 4.7',
      '3.2% vote_share.berg 3.2',
    ]);
    expect(claimsWith(cands, "The Greens won 20%, while Cal Cole's Reform and the Unity Party led by Ann Ames won 8.8% and 8.2% respectively.")).toEqual([
      '20% vote_share.green 20',
      '8.8% vote_share.reform 8.8',
      '8.2% vote_share.unity 8.2',
    ]);
  });
  it('pairs nothing when the word pairs the numbers with years listed after them', () => {
    expect(claimsWith(cands, 'The Unity Party won 41 seats. Reform fell short of the 30 and 28 seats it had won in 2023 and 2019, respectively.')).toEqual([
      '41 seats_total.unity 41',
      '30 seats_total.reform 30',
      '28 seats_total.reform 28',
    ]);
  });
  it('reads a dotted capital I in a name: "Ayla İlkan"', () => {
    expect(claimsWith(cands, 'Ayla İlkan received 0.4% of the vote.')).toEqual(['0.4% vote_share.ozan 0.4']);
  });
});

describe('a relative clause about a name', () => {
  it('"Greens, which backed Reform, won 31 seats": the names inside the clause give way to the name it is about', () => {
    expect(claims('The Greens, which brought together 15 small groups and backed Reform, won 31 seats.')).toContain('31 seats_total.green 31 unspecified');
    expect(claims('The Greens, which offered to partner with Unity were projected to win 33 seats.')).toEqual(['33 seats_total.green 33 interim']);
    expect(claims('The Greens, which are part of the Unity Party alliance, won 12 seats, against the 9 it won in 2027.')).toEqual([
      '12 seats_total.green 12 unspecified',
      '9 seats_total.green 9 historical',
    ]);
  });
  it('keeps a name right before its number, or one that leads it, inside the clause', () => {
    expect(claimsWith(lexicon, "Unity, which won 48% compared to Reform's 43%, leads.")).toEqual(['48% vote_share.unity 48', '43% vote_share.reform 43']);
    expect(claimsWith(lexicon, 'The bloc, which includes Unity (40 seats) and Reform (12 seats), leads.')).toEqual(['40 seats_total.unity 40', '12 seats_total.reform 12']);
  });
});

describe('a comparison is no number-first link', () => {
  it('"48% compared to Reform\'s 43%" gives 48% to the name before', () => {
    expect(claimsWith(lexicon, "Unity won 48% compared to Reform's 43%.")).toEqual(['48% vote_share.unity 48', '43% vote_share.reform 43']);
  });
});

describe('the second number of a change', () => {
  it('"Unity fell from 13 to seven seats, and Reform …" takes the first number\'s name', () => {
    expect(claimsWith(lexicon, 'Unity suffered a setback, falling from 13 to seven seats, and those of Reform lost one.')).toContain('seven seats_total.unity 7');
    expect(claimsWith(lexicon, 'Unity dropped from 24 to 9 seats, and Reform from 5 to 3.')).toEqual([
      '24 seats_total.unity 24',
      '9 seats_total.unity 9',
      '5 seats_total.reform 5',
      '3 seats_total.reform 3',
    ]);
  });
});

describe('number-first items with a pair in brackets', () => {
  it('"64 seats (42.7%) going to Unity, 29 seats (19.3%) to Reform": both numbers of an item go to the name after it', () => {
    expect(claimsWith(lexicon, 'The seats were shared, with 64 seats (42.7%) going to Unity, 29 seats (19.3%) to Reform and 21 seats (14%) to the Greens.').filter((s) => /seats_total/.test(s))).toEqual([
      '64 seats_total.unity 64',
      '29 seats_total.reform 29',
      '21 seats_total.green 21',
    ]);
    expect(claimsWith(lexicon, 'The seats were shared, with 64 seats (42.7%) going to Unity, 29 seats (19.3%) to Reform.').map((s) => s.split(' ')[1]!.split('.')[1])).toEqual(['unity', 'unity', 'reform', 'reform']);
  });
});

describe('a running mate', () => {
  it('"Ann Ames and her running mate Bo Berg of the Unity Party received 40%": "and her" starts no clause, the candidate takes the figure', () => {
    const cands = parseLexicon(
      'c.yaml',
      `entities:
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames]}
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity Party]}
election: {year: 2031, previous: 2027}
`,
    );
    expect(claimsWith(cands, 'Ann Ames and her running mate Bo Berg of the Unity Party received 4,671,021 votes.')).toEqual(['4,671,021 votes_received.ames 4671021']);
  });
});

describe('a share "of the vote" paired with a count', () => {
  it('"It won 46.9 percent of the vote or 1,670,999 votes", "47.9 percent of the ballots – more than 54.8 million votes"', () => {
    expect(claimsWith(lexicon, 'Unity won the election. It won 46.9 percent of the vote or 1,670,999 votes.')).toEqual(['46.9 percent vote_share.unity 46.9', '1,670,999 votes_received.unity 1670999']);
    expect(claimsWith(lexicon, 'Unity came first, winning 47.9 percent of the ballots – more than 54.8 million votes.')).toEqual([
      '47.9 percent vote_share.unity 47.9',
      'more than 54.8 million votes_received.unity null',
    ]);
  });
});

describe('an apposition, and a number after a closed clause', () => {
  it('"Reform, the main Unity Party rival, with 26.6 percent": the apposition\'s names give way to its subject', () => {
    expect(claimsWith(lexicon, 'Second place went to Reform, the main Unity Party rival, with 26.6 percent.')).toEqual(['26.6 percent vote_share.reform 26.6']);
  });
  it('"The Greens, which contested more seats than in 2027, garnered 36.6 per cent": no name in its clause, the subject takes it', () => {
    expect(claimsWith(lexicon, 'The Greens, which contested more seats this time, garnered 36.6 per cent of the votes.')).toEqual(['36.6 per cent vote_share.green 36.6']);
    expect(claimsWith(lexicon, 'Reform, an upstart that spent nothing, was polling in single digits, but surged to just under 23% of the vote.')).toEqual([
      'just under 23% vote_share.reform null',
    ]);
  });
  it('a count followed by its share of the electorate is the ballots cast: "Turnout was 4.2 million, or 61.5% of the 6.8 million eligible voters"', () => {
    expect(claimsWith(lexicon, 'Turnout was 4.2 million, or 61.5% of the 6.8 million eligible voters.')).toEqual([
      '4.2 million ballots_cast.national 4200000',
      '61.5% turnout.national 61.5',
      '6.8 million registered_voters.national 6800000',
    ]);
    expect(claimsWith(lexicon, 'The turnout in the election was 1,634,183, representing 66.12% of the total registered voters.')).toEqual([
      '1,634,183 ballots_cast.national 1634183',
      '66.12% turnout.national 66.12',
    ]);
    expect(claimsWith(lexicon, 'Almost 2.5 million Freedonians, or just over 52% of the 4.8 million Freedonians eligible to vote, went to the polls today.')).toEqual([
      'Almost 2.5 million ballots_cast.national null',
      'just over 52% turnout.national null',
      '4.8 million registered_voters.national 4800000',
    ]);
    // A whole that is no metric's total leaves the count as it was.
    expect(claimsWith(lexicon, 'Unity won 2.1 million votes, or 45% of the 4.7 million votes cast.')).toEqual([
      '2.1 million votes_received.unity 2100000',
      '45% of the 4.7 million vote_share.unity 45',
    ]);
  });
  it('a word of the election\'s kind between a count in digits and its unit noun leaves the unit its own: "19 presidential candidates", "101 parliament seats", "11 presidential tickets"', () => {
    expect(claimsWith(lexicon, 'None of the 19 presidential candidates won a majority.')).toEqual(['19 candidates.national 19']);
    expect(claimsWith(lexicon, 'Ten individual candidates fought for 101 parliament seats.')).toEqual(['Ten candidates_single_mandate.national 10', '101 seats_total.national 101']);
    expect(claimsWith(lexicon, 'Voters could choose one of 11 presidential tickets.')).toEqual(['11 candidates.national 11']);
    // A pair sent to the run-off, in words, is no count of the field.
    expect(claimsWith(lexicon, 'Voters sent two presidential candidates to the run-off.')).toEqual([]);
  });
  it('a line of sources numbers its entries: "Sources: Electoral Court (1), Daily News, Electoral Court (2)" has no figure', () => {
    expect(claimsWith(lexicon, 'Unity won 40 seats.\n\nSources: Electoral Court (1), Daily News, Electoral Court (2)')).toEqual(['40 seats_total.unity 40']);
  });
  it('a name near the number inside a clause closed before it gives way to the clause\'s subject: "who …", "a Unity splinter party", "founded by …"', () => {
    expect(claimsWith(lexicon, 'The Greens, who governed in a coalition with Unity until May, lost 5.9 percentage points and achieved a result of 8.0 percent.')).toEqual([
      '5.9 vote_share_change.green -5.9',
      '8.0 percent vote_share.green 8',
    ]);
    expect(claimsWith(lexicon, 'The Greens, a Unity splinter party, mustered 220 809 votes.')).toEqual(['220 809 votes_received.green 220809']);
    expect(claimsWith(lexicon, 'In third place, the Greens, founded by former members of Unity and Reform, won nearly seven percent of the vote.')).toEqual([
      'nearly seven percent vote_share.green null',
    ]);
    // "followed by" opens no clause: the name after it leads its own number.
    expect(claimsWith(lexicon, 'Unity won 40%, followed by Reform, with 20%.')).toEqual(['40% vote_share.unity 40', '20% vote_share.reform 20']);
  });
  it('keeps a list that only looks like one: "Unity, the far-right Reform and the Greens won 40%, 12% and 9%"', () => {
    expect(claimsWith(lexicon, 'Unity, the far-right Reform and the Greens won 40%, 12% and 9% respectively.')).toEqual([
      '40% vote_share.unity 40',
      '12% vote_share.reform 12',
      '9% vote_share.green 9',
    ]);
  });
});

describe('thousands set off by dots', () => {
  it('"Ann Ames: 2.120.346 – 22.94%" is a count of 2,120,346 (two dots: no decimal)', () => {
    expect(claimsWith(lexicon, 'Unity: 2.120.346 – 22.94%')).toEqual(['2.120.346 votes_received.unity 2120346', '22.94% vote_share.unity 22.94']);
  });
});

describe('"his party", "its" and the whole after "out of"', () => {
  it('"his party could secure 35 out of the 150 seats": the last party named, and the chamber', () => {
    expect(claims('Reform celebrated. According to the poll, his party could secure 35 out of the 150 seats available.')).toEqual([
      '35 seats_total.reform 35 forecast',
      '150 seats_total.national 150 rule',
    ]);
  });
  it('"The party is expected to lose 10 of its 15 seats": "its" is the last party', () => {
    expect(claimsWith(lexicon, 'The Greens are the biggest losers. The party is expected to lose 10 of its 15 seats.')).toEqual(['10 seats_change.green -10', '15 seats_total.green 15']);
  });
});

describe('the chamber\'s size', () => {
  it('"the parliament has 577 seats", "the size of the parliament to 122 MPs", "LOWER HOUSE (400 seats": no party\'s', () => {
    expect(claims('Reform may get 230 seats, but the parliament has 577 seats in total.')).toEqual(['230 seats_total.reform 230 forecast', '577 seats_total.national 577 rule']);
    expect(claims('Unity won two more electorates, increasing the size of the Parliament to 122 MPs.').at(-1)).toBe('122 seats_total.national 122 rule');
    expect(claims('In 2027, when the Grand Hall had 225 seats, Unity won 90.')[0]).toBe('225 seats_total.national 225 historical');
  });
  it('"the National Assembly\'s 300 seats", "(lower house of 200 representatives)", "there are 179 seats in the parliament", "61 seats in the parliament out of 151"', () => {
    expect(claims('Unity expanded its majority to 175 of the National Assembly’s 300 seats.')).toEqual(['175 seats_total.unity 175 unspecified', '300 seats_total.national 300 rule']);
    expect(claims('Unity won 62 seats in the Grand Hall (lower house of 200 representatives).')).toEqual(['62 seats_total.unity 62 unspecified', '200 seats_total.national 200 rule']);
    expect(claims('Reform fell short of 90 seats - there are 179 seats in the parliament.').at(-1)).toBe('179 seats_total.national 179 rule');
    expect(claims('Unity gets 61 seats in the parliament out of 151.')).toEqual(['61 seats_total.unity 61 unspecified', '151 seats_total.national 151 rule']);
    expect(claims('There were five Unity MPs in the Grand Hall.')).toEqual(['five seats_total.unity 5 unspecified']);
    expect(claims('Unity increased its representation in the parliament of 77 for 79 seats.')).toEqual(['77 seats_total.unity 77 unspecified', '79 seats_total.unity 79 unspecified']);
  });
  it('"(out of 250)", "the parliament, which has 250 seats", "any of the 62 seats": the chamber\'s whole, no party\'s', () => {
    expect(claims('Unity rose to 195 MPs (out of 250).').at(-1)).toBe('250 seats_total.national 250 rule');
    expect(claims('Unity kept its majority in the parliament, which has 250 seats.')).toEqual(['250 seats_total.national 250 rule']);
    expect(claims('Reform failed to win any of the 62 seats in the Grand Hall.')).toEqual(['62 seats_total.national 62 rule']);
    // "all of the" is what a side swept, its own.
    expect(claims('Unity won all of the 18 seats in Northport.')).toEqual(['18 seats_total.unity 18 unspecified']);
  });
  it('"62 of the then 76 seats" in a past election: the whole is that election\'s chamber (a size it no longer has)', () => {
    const sized = parseLexicon(
      'sized.yaml',
      `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall], seats: 126}
country: Freedonia
`,
    );
    const read2 = (body: string) => read(body, sized).map((c) => `${c.text} ${c.metric}.${c.entity} ${c.value} ${c.qualifier}`);
    expect(read2('Unity had won 62 of the-then 76 seats in the Grand Hall in 2027.')).toEqual(['62 seats_total.unity 62 historical', '76 seats_total.national 76 historical']);
    expect(read2('Unity had won 62 of the 126 seats in the Grand Hall in 2027.').at(-1)).toBe('126 seats_total.national 126 rule');
  });
  it('keeps a party\'s seats "in the parliament of 77"', () => {
    expect(claimsWith(lexicon, 'Unity increased its representation in the parliament from 77 to 79 seats.')).toEqual(['77 seats_total.unity 77', '79 seats_total.unity 79']);
  });
});

describe('a cue between two numbers whose second has a noun of another unit', () => {
  it('is the first\'s: "328,877 voters cast their ballots at 231 polling stations"; a list goes on only in a unit it fits', () => {
    expect(claims('A total of 328,877 voters cast their ballots at 231 polling stations.')).toEqual(['328,877 ballots_cast.national 328877 unspecified', '231 polling_stations.national 231 unspecified']);
    expect(claims('More than 26 thousand voters cast their ballots at 30 polling stations open to residents of Northport.').at(-1)).toBe('30 polling_stations.northport 30 unspecified');
  });
});

describe('polling stations of a place; the country\'s own name', () => {
  it('"at 231 polling stations in Northport" is the place\'s, national without one; "Freedonia\'s 17,795 polling stations" is no unknown name', () => {
    expect(claimsWith(lexicon, 'Voters abroad cast their ballots at 231 polling stations in Northport.')).toEqual(['231 polling_stations.northport 231']);
    expect(claimsWith(lexicon, 'Voting took place across Freedonia\'s 17,795 polling stations.')).toEqual(['17,795 polling_stations.national 17795']);
  });
});

describe('a gain or loss with no name of its own', () => {
  it('"The Greens, which ran everywhere, garnered 36.6 per cent of the votes, a drop of 0.7 percentage points" is the Greens\' change', () => {
    expect(claimsWith(lexicon, 'The Greens, which ran in every district this time, garnered 36.6 per cent of the votes polled, a drop of 0.7 percentage points.')).toEqual([
      '36.6 per cent vote_share.green 36.6',
      '0.7 vote_share_change.green -0.7',
    ]);
  });
});

describe('a contrast after two names', () => {
  it('"Unity beat Reform by 51.6% to 48.4%", "the Greens overcame Reform, with six seats against five": first number to the first name', () => {
    expect(claimsWith(lexicon, 'Unity won a second term by beating Reform by 51.6 % to 48.4 %.')).toEqual(['51.6 % vote_share.unity 51.6', '48.4 % vote_share.reform 48.4']);
    expect(claimsWith(lexicon, 'The Greens overcame Reform for the first time, with six seats against five of the latter.')).toEqual(['six seats_total.green 6', 'five seats_total.reform 5']);
  });
  it('needs a word of winning between the names: "between Unity and Reform, Reform won 52% to 48%" is no such pair', () => {
    expect(claimsWith(lexicon, 'In the runoff between Unity and Reform, Reform won 52% to 48%.')[0]).toBe('52% vote_share.reform 52');
  });
});

describe('"each"', () => {
  it('"Unity, Reform, and the Greens each secured four seats": one claim per name', () => {
    expect(claimsWith(lexicon, 'Unity, Reform, and the Greens each secured four seats.')).toEqual([
      'four seats_total.unity 4',
      'four seats_total.reform 4',
      'four seats_total.green 4',
    ]);
  });
  it('leaves out the members a clause names, and names before "while"', () => {
    expect(claimsWith(lexicon, 'Northport chose Unity, while the Greens and the Reform alliance, consisting of the Unity Party and others, each obtained 13 seats.')).toEqual([
      '13 seats_total.green 13',
      '13 seats_total.reform 13',
    ]);
  });
  it('is no list with one name: "Reform each secured four seats" stays one claim', () => {
    expect(claimsWith(lexicon, 'Reform and its partner each secured four seats.')).toEqual(['four seats_total.reform 4']);
  });
});

describe('"representing", "or by" join a count and its share', () => {
  it('"Unity polled 45,809 votes representing 0.4% with Reform …", "the votes of 2,796,613 voters or by 5.28%, ahead of Reform"', () => {
    expect(claimsWith(lexicon, 'Unity polled 45,809 votes representing 0.4% with Reform far behind.')).toEqual(['45,809 votes_received.unity 45809', '0.4% vote_share.unity 0.4']);
    expect(claimsWith(lexicon, 'Unity received the votes of 2,796,613 voters or by 5.28%, ahead of Reform.')).toEqual(['2,796,613 votes_received.unity 2796613', '5.28% vote_share.unity 5.28']);
  });
});

describe('the sentences after a poll given as their source', () => {
  it('go on giving its figures while they have no cue of a result of their own', () => {
    expect(claims('With 90% of the votes counted, turnout is 61.2%. According to the estimates of pollsters, Unity won 44.1%. Reform follows with 30.2%.\n\nThe Greens have 6.3%.')).toEqual([
      '61.2% turnout.national 61.2 interim',
      '44.1% vote_share.unity 44.1 estimate',
      '30.2% vote_share.reform 30.2 estimate',
      '6.3% vote_share.green 6.3 estimate',
    ]);
    // "likely to" in a sentence that goes on is the poll's, not a forecast of its own.
    expect(claims('According to the exit poll, Unity won 44.1%. It is likely to receive 81 seats.')).toEqual([
      '44.1% vote_share.unity 44.1 exit_poll',
      '81 seats_total.unity 81 exit_poll',
    ]);
  });

  it('go on after a poll that heads a list before a colon ("Pollster projections (95% of the processed sample): …")', () => {
    expect(claims('With 90% of the votes counted, Unity has 45.1%.\n\nPollster projections (95% of the processed sample): Unity – 46.3 percent, Reform – 23.6 percent.\n\nTwo small lists also passed: Greens 1.7 percent.')).toEqual([
      '45.1% vote_share.unity 45.1 interim',
      '46.3 percent vote_share.unity 46.3 estimate',
      '23.6 percent vote_share.reform 23.6 estimate',
      '1.7 percent vote_share.green 1.7 estimate',
    ]);
  });

  it('stop at a sentence with a count of its own, and never follow a poll named without a source', () => {
    expect(claims('According to the exit poll, Unity won 44.1%. With 20% of the votes counted, Reform has 30.2%.')).toEqual([
      '44.1% vote_share.unity 44.1 exit_poll',
      '30.2% vote_share.reform 30.2 interim',
    ]);
    expect(claims('The estimated turnout was 61.2%. Unity won 44.1% of the vote.')).toEqual(['61.2% turnout.national 61.2 estimate', '44.1% vote_share.unity 44.1 unspecified']);
  });
});

describe('seats set aside by the rules (`qualifiers.reserved`, `numbers.set_aside_after`)', () => {
  const minorities = parseLexicon(
    'minorities.yaml',
    'entities:\n  - {id: unity, name: Unity Party, kind: party, aliases: [Unity]}\n  - {id: reform, name: Reform, kind: party, aliases: [Reform]}\n  - {id: minorities, name: National minorities, kind: group, aliases: [national minorities, minorities]}\n  - {id: north, name: Northern community, kind: group, aliases: [Northern community]}\nelection: {year: 2031, chamber: [Grand Hall]}\ncountry: Freedonia\n',
  );
  const ruled = (body: string) => read(body, minorities).map((c) => `${c.text} ${c.metric}.${c.entity} ${c.value} ${c.qualifier}`);

  it('the count of seats reserved or guaranteed, and the counts after it in its sentence, are the rule; the counts before it stay results', () => {
    expect(ruled('Only Unity (71 seats) and Reform (29) would enter the Grand Hall alongside the 4 seats reserved for the national minorities.')).toEqual([
      '71 seats_total.unity 71 unspecified',
      '29 seats_total.reform 29 unspecified',
      '4 seats_total.minorities 4 rule',
    ]);
    expect(ruled('National minorities have twenty guaranteed seats in the Grand Hall, ten for the Northern community and ten for other minorities.')).toEqual([
      'twenty seats_total.minorities 20 rule',
      'ten seats_total.north 10 rule',
      'ten seats_total.minorities 10 rule',
    ]);
    // Seats won "in the Grand Hall guaranteed for" a community: the side's result.
    expect(ruled('The Northern community list declared victory in its race for all ten seats in the Grand Hall guaranteed for the community.')).toEqual(['ten seats_total.north 10 unspecified']);
  });

  it('a number word after "the other" whose seats are set aside is a count, no set', () => {
    expect(ruled('The other two seats are reserved for the national minorities.')).toEqual(['two seats_total.minorities 2 rule']);
    expect(ruled('The other two parties won seats.')).toEqual([]);
  });
});

describe('the authority that counts named as a sentence\'s source (`qualifiers.count_sources`)', () => {
  it('takes no exit poll\'s frame, unless the sentence names a poll itself', () => {
    expect(claims('According to the exit poll, Unity is set to win 36.6 percent. Election officials said turnout was 64 percent.')).toEqual([
      '36.6 percent vote_share.unity 36.6 exit_poll',
      '64 percent turnout.national 64 unspecified',
    ]);
    expect(claims('According to the exit poll, Unity is set to win 36.6 percent. Turnout was 64 percent.')).toEqual([
      '36.6 percent vote_share.unity 36.6 exit_poll',
      '64 percent turnout.national 64 exit_poll',
    ]);
  });

  it('sets its count in progress against a poll it names beside it: the count frames the figures after it', () => {
    expect(
      claims('Unity won with 44.2% of the votes: the data are from the Electoral Commission, with a third of the ballots counted, and confirm the lead the exit polls had shown. Reform follows with 30.5% of the votes.'),
    ).toEqual(['44.2% vote_share.unity 44.2 interim', '30.5% vote_share.reform 30.5 interim']);
  });

  it('projects the count with its forecast words, in an article of exit polls too', () => {
    expect(
      claims('Exit polls put Unity ahead. Reform is forecast to come second with 21.4 percent, the election commission\'s preliminary results based on 40 percent of the votes counted showed.'),
    ).toEqual(['21.4 percent vote_share.reform 21.4 preliminary']);
  });
});

describe('poll words', () => {
  it('"polls indicate" is a poll: "Pre-election polls indicate that Unity is leading with approximately 40 percent support"', () => {
    expect(claims('Unity won 41.2 percent. Pre-election polls indicate that Reform, in power since 2019, is leading with approximately 30 percent support.')).toEqual([
      '41.2 percent vote_share.unity 41.2 unspecified',
      'approximately 30 percent vote_share.reform 30 forecast',
    ]);
  });
});

describe('thresholds written as fractions, as conditions that go on, and glossed by a dash', () => {
  it('"more than half of the votes" is a share of 50 per cent; other fractions stay no figures', () => {
    expect(claims('If no candidate obtains more than half of the votes, the first two meet again.')).toEqual(['more than half threshold.national 50 rule']);
    expect(claims('Less than three-quarters of eligible voters voted in Northport.')).toEqual(['Less than three-quarters turnout.northport ..75 unspecified']);
    expect(claims('With more than half of the votes counted, Unity has 41%.')).toEqual(['41% vote_share.unity 41 interim']);
    expect(claims('Unity won half of the seats.')).toEqual([]);
  });
  it('a head-only cue is not hidden by another cue between it and its number', () => {
    expect(claims('Unity and Reform met in a first round, but neither gained more than half of the votes.')).toEqual(['more than half threshold.national 50 rule']);
  });
  it('a lower bound after the threshold, with no name between, is another condition of the rule', () => {
    expect(claims('A candidate needs more than half of all votes and at least 25% of the votes in more than half of the 47 counties.')).toEqual([
      'more than half threshold.national 50 rule',
      'at least 25% threshold.national 25 rule',
    ]);
    expect(claims('As none of the candidates obtained 45% of the votes or 40% with a lead over the runner-up, a run-off follows.')).toEqual([
      '45% threshold.national 45 rule',
      '40% threshold.national 40 rule',
    ]);
    // A name before and no bound: the party's share, not the rule's.
    expect(claims('Reform stayed below the 5% threshold needed to enter the Grand Hall, garnering 4.97%.')).toEqual([
      '5% threshold.national 5 rule',
      '4.97% vote_share.reform 4.97 unspecified',
    ]);
  });
  it('a dash that glosses the cue joins it to its number: "a simple majority – more than 50%"', () => {
    expect(claims('A candidate must attain a simple majority – more than 50% of the votes – and at least 20% of the votes in half of the provinces.')).toEqual([
      'more than 50% threshold.national 50 rule',
      'at least 20% threshold.national 20 rule',
    ]);
    expect(claims('The law says a candidate needs a simple majority – or more than 50 per cent – of the votes to win.')).toEqual(['more than 50 per cent threshold.national 50 rule']);
    expect(claims('Unity is close to the 50 percent needed to avoid the second round.')).toEqual(['50 percent threshold.national 50 rule']);
  });
});

describe('counts of parties', () => {
  it('"those of the two parties", "outside of the big three" name a set; "six of the seven" stays a figure', () => {
    expect(claims('Compared with those of the two parties that won them in 2027, Unity has 40 seats.')).toEqual(['40 seats_total.unity 40 historical']);
    expect(claims('Unity won six of the seven seats in Northport.')).toEqual(['six of the seven seats_total.unity 6 unspecified']);
  });
});

describe('a rival named after a verb of beating', () => {
  it('is not the owner of the number before the verb: "won 2,350,711 votes to beat Reform"; a name after the number with no such verb still is', () => {
    expect(claims('Unity won 2,350,711 votes to beat Reform.')).toEqual(['2,350,711 votes_received.unity 2350711 unspecified']);
    expect(claims('Unity won 52.6% of the vote, a total of 2,350,711 votes, to beat Reform, which won 1,967,343 votes.')).toEqual([
      '52.6% vote_share.unity 52.6 unspecified',
      '2,350,711 votes_received.unity 2350711 unspecified',
      '1,967,343 votes_received.reform 1967343 unspecified',
    ]);
    expect(claims('9.1 percent went to Unity, ahead of Reform.')).toEqual(['9.1 percent vote_share.unity 9.1 unspecified']);
  });
});

describe('"one" right after a verb of winning or losing', () => {
  it('is a number: "lost one", "won one", "each managed to secure one seat"', () => {
    expect(claims('Unity won 12 seats, while Reform lost one and was left with six.')).toEqual([
      '12 seats_total.unity 12 unspecified',
      'one seats_change.reform -1 unspecified',
      'six seats_total.reform 6 unspecified',
    ]);
    expect(claims('The Unity Party and Reform each managed to secure one seat.')).toEqual(['one seats_total.unity 1 unspecified', 'one seats_total.reform 1 unspecified']);
  });

  it('is a number after the verb\'s first number and "and": "won 1.5% and one seat"; not before a function word ("and one of its leaders")', () => {
    expect(claims('Reform won 1.5% and one seat.')).toEqual(['1.5% vote_share.reform 1.5 unspecified', 'one seats_total.reform 1 unspecified']);
    expect(claims('Unity won 12 seats and one of its leaders resigned.')).toEqual(['12 seats_total.unity 12 unspecified']);
  });

  it('is a number right before "seat" (`numbers.singular_nouns`): "retained its single seat", "secure just one seat", "one seat for"', () => {
    expect(claims('Reform retained its single seat, and the Greens managed to secure just one seat.')).toEqual(['single seats_total.reform 1 unspecified', 'one seats_total.green 1 unspecified']);
    expect(claims('The count gave one seat for Reform. Unity gained one seat.')).toEqual(['one seats_total.reform 1 unspecified', 'one seats_change.unity 1 unspecified']);
  });
  it('is a number right before a comparison with what a side had (`numbers.singular_comparisons`): "40 seats, one more than they had"', () => {
    expect(claims('Unity won 40 seats, one more than they had.')).toEqual(['40 seats_total.unity 40 unspecified', 'one seats_change.unity 1 unspecified']);
    expect(claims('Reform won 12 seats, one fewer than in 2027.')).toEqual(['12 seats_total.reform 12 unspecified', 'one seats_change.reform -1 unspecified']);
    expect(claims('Unity needs one more day to count the votes.')).toEqual([]);
  });
  it('is no number elsewhere: "at one point", "one of the parties"', () => {
    expect(claims('At one point Unity led in Northport.')).toEqual([]);
    expect(claims('Reform is one of the parties that won seats.')).toEqual([]);
  });
});

describe('a foreign place and the number nearest it', () => {
  it('drops the number, unless the place stands in brackets the number is not in, or a name stands between them', () => {
    expect(claims('Around midday (5am in Italy), turnout of 45% was recorded in Northport.')).toEqual(['45% turnout.northport 45 interim']);
    expect(claims('According to early results quoted by a channel in Italy, Unity won with over 42% of votes.')).toEqual(['over 42% vote_share.unity 42.. interim']);
    expect(claims('Reform gained two seats thanks to voters living in Italy.')).toEqual([]);
  });
  it('spares the number when the place stands in a relative clause the number is not in', () => {
    expect(claims('Unity, which opposes sanctions against Italy, won the election with 29.1% of the vote.')).toEqual(['29.1% vote_share.unity 29.1 unspecified']);
    expect(claims('Just over two million people in the country, which borders Italy and Spain, were called to vote.')).toEqual([
      'Just over two million registered_voters.national 2000000.. unspecified',
    ]);
    // The number inside the clause stays dropped.
    expect(claims('Unity, which won 29.1% in Italy, leads.')).toEqual([]);
  });
  it('a number word with a capital inside a name is part of the name: "the Five Star Movement"', () => {
    const five = parseLexicon('five.yaml', 'entities:\n  - {id: m5s, name: Five Star Movement, kind: party, aliases: [Five Star Movement]}\nelection: {year: 2031, previous: 2027}\n');
    expect(claimsWith(five, 'Reform was followed by the Five Star Movement with 15.5%.')).toEqual(['15.5% vote_share.m5s 15.5']);
  });
});

describe('a figure that needs a name and found none in reach', () => {
  it('takes the sentence\'s one name before it, however far', () => {
    expect(claims('Unity did not win the support of most voters in the capital and in the precincts of the provinces, gaining only 17.7% of votes abroad.')).toEqual([
      '17.7% vote_share.unity 17.7 unspecified',
    ]);
    // Two names before it: no guess.
    expect(claims('Unity and Reform did not win the support of most voters in the capital and in the precincts of the provinces, gaining only 17.7% of votes abroad.')).toEqual([]);
  });
  it('"voters casting their votes" counts ballots cast', () => {
    expect(claims('The turnout was 68.5 percent with 3,007,123 voters casting their votes.')).toEqual([
      '68.5 percent turnout.national 68.5 unspecified',
      '3,007,123 ballots_cast.national 3007123 unspecified',
    ]);
  });
});

describe('metrics named around the number', () => {
  it('"The total number of votes cast was …" counts ballots cast (read before "of votes")', () => {
    expect(claims('The total number of votes cast was 2,883,412.')).toEqual(['2,883,412 ballots_cast.national 2883412 unspecified']);
    expect(claims('Unity won 41% of votes cast.')).toEqual(['41% vote_share.unity 41 unspecified']);
    expect(claims('Of 6,500,666 people entitled to vote, 58.84% cast their ballots.')).toEqual([
      '6,500,666 registered_voters.national 6500666 unspecified',
      '58.84% turnout.national 58.84 unspecified',
    ]);
  });
  it('a unit noun after a name that follows the number: "121 Unity MPs"', () => {
    expect(claims('A total of 121 Unity MPs have been elected.')).toEqual(['121 seats_total.unity 121 unspecified']);
  });
  it('"vote share" is a cue of the vote share', () => {
    expect(claims('The party\'s vote share was 19.4 per cent in Northport. Unity\'s vote share was 21.2 per cent.')).toEqual(['21.2 per cent vote_share.unity 21.2 unspecified']);
  });
  it('the share after "to" right after a change is the changed metric\'s level, with the change\'s name', () => {
    expect(claims('Unity\'s vote share increased by 1.74 percentage points to reach 21.20 per cent.')).toEqual([
      '1.74 vote_share_change.unity 1.74 unspecified',
      '21.20 per cent vote_share.unity 21.2 unspecified',
    ]);
    expect(claims('Reform suffered a drop in vote share, plummeting by 20 points to 24%.')).toEqual([
      '20 vote_share_change.reform -20 unspecified',
      '24% vote_share.reform 24 unspecified',
    ]);
  });
});

describe('figures that were read as no figure (recall on the tune half)', () => {
  it('a count of parties with a word of standing in the election is of the parties on the ballot, known before the count (`unit_cues`)', () => {
    expect(claims('Over 900 candidates from 12 parties were vying for the 150 seats.')).toContain('12 parties_contesting.national 12 unspecified');
    expect(claims('Nine political parties fielded candidates. With 40% of the votes counted, Unity leads with 41%.')).toEqual([
      'Nine parties_contesting.national 9 unspecified',
      '41% vote_share.unity 41 interim',
    ]);
    expect(claims('Five parties participate in the elections.')).toEqual(['Five parties_contesting.national 5 unspecified']);
    // Only before a noun of parties: a count of voters that "participated" stays the ballots cast.
    expect(claims('Some 2.1 million voters participated in the elections.')).toEqual(['Some 2.1 million ballots_cast.national 2100000 unspecified']);
    // Parties that exist, or that got in, are not the parties on the ballot.
    expect(claims('A total of 12 political parties operate in Freedonia.')).toEqual([]);
    expect(claims('The lower threshold let six parties in.')).toEqual([]);
    // A metric's own cue still decides: "parties will enter parliament".
    expect(claims('Five parties will enter parliament.')).toEqual(['Five parties_elected.national 5 unspecified']);
  });
  it('a headline repeated above the text is read when it states a figure', () => {
    const doc = ingest(
      [{ file: 'sources/h.md', text: '---\nid: h\ntitle: "Unity wins with 57.1%"\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\nUnity wins with 57.1%\n\nReform came second.\n' }],
      lexicon,
    );
    expect(extract(doc, lexicon).map((c) => `${c.text} ${c.metric}.${c.entity} ${c.value}`)).toEqual(['57.1% vote_share.unity 57.1']);
  });
  it('"100% of voting records counted" is how far the count is, no share', () => {
    expect(claims('Unity has 50.1% with 100% of voting records counted.')).toEqual(['50.1% vote_share.unity 50.1 preliminary']);
  });
  it('a share whose clause refers back to a figure ("it was", "this is") is of the metric of the last share (`numbers.figure_references`)', () => {
    expect(claims('Turnout was 59.8 percent.\n\nThis is down sharply from 67.3% at the last election in 2027.')).toEqual([
      '59.8 percent turnout.national 59.8 unspecified',
      '67.3% turnout.national 67.3 historical',
    ]);
    expect(claims('Unity won 41%.\n\nAccording to the exit poll, it was 43 percent.')).toEqual(['41% vote_share.unity 41 unspecified', '43 percent vote_share.unity 43 exit_poll']);
    // Without such words a share with no cue and no name stays no figure.
    expect(claims('Unity won 41%.\n\nAccording to the exit poll, 43 percent.')).toEqual(['41% vote_share.unity 41 unspecified']);
  });
  it('a score pair gives the first share to the side named before it and the second to the other side; later pairs keep the order', () => {
    expect(claims('The No vote was ahead at 57-43% in Northport; 60-40% in the south.')).toEqual([
      '57 vote_share.no 57 interim',
      '43% vote_share.yes 43 interim',
      '60 vote_share.no 60 interim',
      '40% vote_share.yes 40 interim',
    ]);
  });
  it('a list of votes written "Name-14,542" gives each candidate its count', () => {
    const lex = parseLexicon(
      'x.yaml',
      `entities:
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames]}
  - {id: berg, name: Bo Berg, kind: candidate, aliases: [Bo Berg]}
`,
    );
    expect(claimsWith(lex, 'The votes of the candidates are:\n\nUnity Party (UP) Ann Ames-14,542\n\nReform (RF), Bo Berg -43,924')).toEqual([
      '14,542 votes_received.ames 14542',
      '43,924 votes_received.berg 43924',
    ]);
  });
  it('two numbers with decimals close together that make 100 are two shares: "Yes 39.29, No 60.71"', () => {
    expect(claims('National: Yes 39.29, No 60.71\n\nNorthport: Yes 40.35, No 59.65')).toEqual([
      '39.29 vote_share.yes 39.29 unspecified',
      '60.71 vote_share.no 60.71 unspecified',
      '40.35 vote_share.yes 40.35 unspecified',
      '59.65 vote_share.no 59.65 unspecified',
    ]);
    // Numbers that do not make 100 stay what they were.
    expect(claims('National: Yes 39.29, No 50.71')).toEqual([]);
  });
  it('"the latest figures", "the latest results" are a count in progress', () => {
    expect(claims('The latest figures in the referendum.\n\nYes won 39.3%.')).toEqual(['39.3% vote_share.yes 39.3 interim']);
  });
  it('a heading without a figure that names a side, or two joined by a slash, gives them to the list items after it that name none', () => {
    expect(claims('NATIONAL VOTE - YES/NO\n* 40/60 nationally.\nREGIONS\n* Northport - 41/59.\nHIGHEST NO VOTE\n* Southport - 84.1 per cent.')).toEqual([
      '40 vote_share.yes 40 unspecified',
      '60 vote_share.no 60 unspecified',
      '41 vote_share.yes 41 unspecified',
      '59 vote_share.no 59 unspecified',
      '84.1 per cent vote_share.no 84.1 unspecified',
    ]);
    // A sentence (ending in a full stop) names no sides; nor does a heading for a line that is no list item.
    expect(claims('Unity is ahead.\n* Northport - 41.5 per cent.')).toEqual([]);
    expect(claims('Unity leads\nFlights were cut by 60%.')).toEqual([]);
  });
  it('a place named first is where a share was counted: a side in the clause, or "it", is still its own', () => {
    expect(claims('In Northport, 63 per cent voted Yes and 37 per cent voted No.')).toEqual(['63 per cent vote_share.yes 63 unspecified', '37 per cent vote_share.no 37 unspecified']);
    expect(claims('Yes won 45.5 per cent.\n\nIn Northport, it was 31.5 per cent.')).toEqual(['45.5 per cent vote_share.yes 45.5 unspecified', '31.5 per cent vote_share.yes 31.5 unspecified']);
    // A place alone gives a share no party.
    expect(claims('In Northport, 63 per cent.')).toEqual([]);
  });
  it('"with 87% of polling locations having reported", "97.2 pct. of ballots counted" are how far the count is', () => {
    expect(claims('With 87% of polling locations having reported, Unity had 41%.')).toEqual(['41% vote_share.unity 41 interim']);
    expect(claims('Unity leads with 97.2 pct. of ballots counted.')).toEqual([]);
  });
  it('"summoned to the polls" names the electorate', () => {
    expect(claims('More than 3.4 million Freedonians were summoned to the polls.')).toEqual(['More than 3.4 million registered_voters.national 3400000.. unspecified']);
  });
  it('a count after "polled", "garnered", "scored" is the votes; a share or seats stay what their unit says', () => {
    expect(claims('Unity polled 45,809 and Reform garnered 24,388.')).toEqual(['45,809 votes_received.unity 45809 unspecified', '24,388 votes_received.reform 24388 unspecified']);
    expect(claims('Unity polled 35%.')).toEqual(['35% vote_share.unity 35 unspecified']);
    expect(claims('Unity scored 5 seats.')).toEqual(['5 seats_total.unity 5 unspecified']);
    expect(claims('Of these, 749,719 supported Yes, while 739,155 backed No.')).toEqual(['749,719 votes_received.yes 749719 unspecified', '739,155 votes_received.no 739155 unspecified']);
  });
});

describe('a party\'s count with no name in reach', () => {
  it('is the party\'s of the sentence\'s figure before it: "took second place with 26.5% of the votes and may receive 52 mandates"', () => {
    expect(claims('The Unity Party of the long-serving and much-discussed incumbent Chancellor took second place with 26.5% of the votes and may receive 52 mandates.')).toEqual([
      '26.5% vote_share.unity 26.5 unspecified',
      '52 seats_total.unity 52 unspecified',
    ]);
    expect(claims('Unity won 40% of the vote, and the Grand Hall has 150 seats.')).toEqual(['40% vote_share.unity 40 unspecified', '150 seats_total.national 150 rule']);
  });
  it('takes no name from the chamber\'s size before it: "the 150-seat Grand Hall with 72 mandates"', () => {
    expect(claims('Once the count of the ballots cast over the two long days of the late autumn ended, Unity was the largest party in the 150-seat Grand Hall with 72 mandates.')).toEqual([
      '150 seats_total.national 150 rule',
      '72 seats_total.unity 72 unspecified',
    ]);
  });
});

describe('changes in brackets', () => {
  it('a signed number in brackets right after a figure is the change of its metric, and its name\'s: "41 MPs (+1)", "9.1 percent (-1.0)"', () => {
    expect(claims('Reform has 51 seats (-20) and Unity now has 41 MPs (+1).')).toEqual([
      '51 seats_total.reform 51 unspecified',
      '20 seats_change.reform -20 unspecified',
      '41 seats_total.unity 41 unspecified',
      '1 seats_change.unity 1 unspecified',
    ]);
    expect(claims('Reform got 9.1 percent (−1.0) and the Greens landed at 8.2 percent (+5.7).')).toEqual([
      '9.1 percent vote_share.reform 9.1 unspecified',
      '1.0 vote_share_change.reform -1 unspecified',
      '8.2 percent vote_share.green 8.2 unspecified',
      '5.7 vote_share_change.green 5.7 unspecified',
    ]);
  });
  it('a number with a change in brackets right after it is the level, not a change: "Greens 13 (minus seven seats)"', () => {
    expect(claims('Reform won 23 seats, losing eight since 2027, Greens 13 (minus seven seats) and Unity nine places.')).toEqual([
      '23 seats_total.reform 23 unspecified',
      'eight seats_change.reform -8 unspecified',
      '13 seats_total.green 13 unspecified',
      'seven seats_change.green -7 unspecified',
      'nine seats_total.unity 9 unspecified',
    ]);
  });
});

describe('a count after a share and "and"', () => {
  it('is the share\'s party\'s, not the next name\'s: "Unity with the 4.6% and 12 seats and Reform with …", "20.06% and won 71 seats, ahead of the Greens"', () => {
    expect(claims('Two parties follow: Unity with the 4.6% and 12 seats and Reform with the 4.5% and 11 seats.')).toEqual([
      '4.6% vote_share.unity 4.6 unspecified',
      '12 seats_total.unity 12 unspecified',
      '4.5% vote_share.reform 4.5 unspecified',
      '11 seats_total.reform 11 unspecified',
    ]);
    expect(claims('Reform came in second place with a vote share of 20.06% and won 71 seats, ahead of the Greens.')).toEqual([
      '20.06% vote_share.reform 20.06 unspecified',
      '71 seats_total.reform 71 unspecified',
    ]);
  });
});

describe('a party and its leader', () => {
  const lex = parseLexicon(
    'x.yaml',
    `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity, Unity Party]}
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames]}
election: {year: 2031, previous: 2027}
country: Freedonia
`,
  );
  it('a candidate glossing the party before as its leader leaves the figure to the party: ", headed by Prime Minister Ann Ames,", "of Prime Minister Ann Ames"', () => {
    expect(claimsWith(lex, 'The Unity Party, headed by Prime Minister Ann Ames, has secured first place, taking 31.6% of the vote.')).toEqual(['31.6% vote_share.unity 31.6']);
    expect(claimsWith(lex, 'The Unity Party of Prime Minister Ann Ames came ahead with over 31% of the votes.')).toEqual(['over 31% vote_share.unity null']);
    expect(claimsWith(lex, 'Ann Ames, the candidate of the Unity Party, is in the lead with 39.25%.')).toEqual(['39.25% vote_share.ames 39.25']);
  });
  it('a name glossing the party before leaves the figure to the party: an unknown leader after "of" or "led by" and a title of up to four words, and the parties it is made of', () => {
    expect(claims('This probably includes the populist Reform of Olaf Brenner, with 8 percent.')).toEqual(['8 percent vote_share.reform 8 unspecified']);
    expect(claims('In second place was the Green Party (GP), led by former head of state Olaf Brenner, with 16.9 percent of the vote.')).toEqual([
      '16.9 percent vote_share.green 16.9 unspecified',
    ]);
    expect(claims('The coalition Unity of two centre-left parties Reform and Greens finished top with 27.8% of the vote.')).toEqual(['27.8% vote_share.unity 27.8 unspecified']);
    // Not a gloss: a name of its own after a party ("Reform and Olaf Brenner's list"), nor a party after "and".
    expect(claims('Unity won 40% and Reform 12%, while Olaf Brenner got 3 percent.')).toEqual([
      '40% vote_share.unity 40 unspecified',
      '12% vote_share.reform 12 unspecified',
      '3 percent vote_share.unknown 3 unspecified',
    ]);
  });
  it('"equal to" pairs a count with the share before it: "39.25%, equal to over 62 thousand votes"', () => {
    expect(claimsWith(lex, 'Ann Ames, the candidate of the Unity Party, is in the lead with 39.25%, equal to over 62 thousand votes.')).toEqual([
      '39.25% vote_share.ames 39.25',
      'over 62 thousand votes_received.ames null',
    ]);
  });
});

describe('thresholds named after their number', () => {
  it('"the 3 percent electoral threshold", "the 5 percent minimum", "needed 7%" are thresholds; a party\'s shares after it still zip with "respectively"', () => {
    expect(claims('Unity and Reform passed the 3 percent electoral threshold and entered the Grand Hall, with 4.5 percent and 3.74 percent, respectively.')).toEqual([
      '3 percent threshold.national 3 rule',
      '4.5 percent vote_share.unity 4.5 unspecified',
      '3.74 percent vote_share.reform 3.74 unspecified',
    ]);
    expect(claims('Reform secured more than the 5 percent minimum to be represented in the Grand Hall.')).toEqual(['5 percent threshold.national 5 rule']);
    expect(claims('Unity and Reform fell short of the four per cent parliamentary representation threshold, winning 3.09 per cent and 2.24 per cent, respectively.')).toEqual([
      'four per cent threshold.national 4 rule',
      '3.09 per cent vote_share.unity 3.09 unspecified',
      '2.24 per cent vote_share.reform 2.24 unspecified',
    ]);
    expect(claims('Unity and Reform ran as an alliance and therefore needed 7% to return to the Grand Hall.')).toEqual(['7% threshold.national 7 rule']);
  });
  it('a threshold named in a relative clause after the number is not its: "The turnout amounted to 42.44%, which exceeded the threshold"', () => {
    expect(claims('The turnout amounted to 42.44%, which exceeded the required threshold.')).toEqual(['42.44% turnout.national 42.44 unspecified']);
  });
});

describe('a count won with no name in reach', () => {
  it('is the sentence\'s one name before it: "Reform …, winning 7 seats with 6.17 percent"', () => {
    expect(claims('The far-right Reform has also been able to secure more than the 5 percent minimum to be represented in the Grand Hall, winning 7 seats with 6.17 percent of the vote.')).toEqual([
      '5 percent threshold.national 5 rule',
      '7 seats_total.reform 7 unspecified',
      '6.17 percent vote_share.reform 6.17 unspecified',
    ]);
  });
});

describe('a change\'s cue before what is held', () => {
  it('"gained ground with 235 seats", "will lose their three current seats": the number is a total', () => {
    expect(claims('Reform has gained ground with 235 seats.')).toEqual(['235 seats_total.reform 235 unspecified']);
    expect(claims('The Greens will lose their three current seats.')).toEqual(['three seats_total.green 3 historical']);
    expect(claims('Reform lost 3 seats.')).toEqual(['3 seats_change.reform -3 unspecified']);
  });
  it('the number a change is "down from" is the level changed: "a net loss of 251 MPs, down from 372 in 2027"', () => {
    expect(claims('Reform suffered a net loss of 251 MPs, down from 372 in 2027.')).toEqual([
      '251 seats_change.reform -251 unspecified',
      '372 seats_total.reform 372 historical',
    ]);
  });
});

describe('the side behind a lead (metric field trailing_cues)', () => {
  it('a lead is never the side named after "over" or "between": the side before it, or the other option', () => {
    expect(claims('The advantage of Unity over the young Reform stood at almost ten points.')).toEqual(['almost ten margin.unity ..10 unspecified']);
    expect(claims('The advantage over Yes, according to the commission, is 24 points.')).toEqual(['24 margin.no 24 unspecified']);
    expect(claims('Unity won 45% of the votes and an advantage of 30 points over its closest rival, Reform.')).toEqual([
      '45% vote_share.unity 45 unspecified',
      '30 margin.unity 30 unspecified',
    ]);
  });
});

describe('the whole after "out of"', () => {
  it('is the total of the figure before it: "participated in the voting out of 19,944,859 voters" (ballots cast → registered voters)', () => {
    expect(claims('Some 12,504,688 people participated in the voting out of 19,944,859 voters.')).toEqual([
      'Some 12,504,688 ballots_cast.national 12504688 unspecified',
      '19,944,859 registered_voters.national 19944859 unspecified',
    ]);
  });
});

describe('an opening phrase of winning', () => {
  it('"Securing 53.10 percent of the votes, Unity has won 135 seats": the opener is no name, its number the subject\'s after the comma', () => {
    expect(claims('Securing 53.10 percent of the votes, Unity has won 135 seats in the Grand Hall.')).toEqual([
      '53.10 percent vote_share.unity 53.1 unspecified',
      '135 seats_total.unity 135 unspecified',
    ]);
  });
});

describe('a compound after a possessive', () => {
  it('is the holder\'s count, not the chamber\'s size: "its 279-seat strength"; "the 150-seat Grand Hall" stays the whole', () => {
    expect(claims('Unity saw its 279-seat strength weakened.')).toEqual(['279 seats_total.unity 279 unspecified']);
    expect(claims('Unity won 40% in the 150-seat Grand Hall.')).toEqual(['40% vote_share.unity 40 unspecified', '150 seats_total.national 150 rule']);
  });
});

describe('a part with its own cue', () => {
  it('"of which 46 were from single-member districts" is of its cue\'s metric, not the whole\'s', () => {
    expect(claims('Unity won 61 seats, of which 46 were from single-member districts.')).toEqual([
      '61 seats_total.unity 61 unspecified',
      '46 seats_single_mandate.unity 46 unspecified',
    ]);
  });
});

describe('another body named by its size', () => {
  it('"115 seats in the 200-seat upper house Senate" is the other body\'s, no claim', () => {
    expect(claims('The coalition Unity ends up with a total of 237 seats in the 400-seat Grand Hall and 115 seats in the 200-seat upper house Senate.')).toEqual([
      '237 seats_total.unity 237 unspecified',
      '400 seats_total.national 400 rule',
    ]);
  });
});

describe('the seats contested (numbers.contested_before)', () => {
  it('"competed for 126 seats" after a party\'s name is the chamber\'s size, no party\'s count', () => {
    expect(claims('Unity and Reform, along with the Greens, competed for 126 seats.')).toEqual(['126 seats_total.national 126 rule']);
  });
});

describe('what a party held before the vote', () => {
  it('is the previous election\'s: "formerly held", "it previously held", "went into the election with"', () => {
    expect(claims('Unity, which formerly held 61 seats, won 48.')).toEqual(['61 seats_total.unity 61 historical', '48 seats_total.unity 48 unspecified']);
    expect(claims('Reform won 30 seats, up from the 22 seats it previously held.')).toEqual(['30 seats_total.reform 30 unspecified', '22 seats_total.reform 22 historical']);
    expect(claims('The Green Party, which went into the election with four seats, won none.')).toEqual(['four seats_total.green 4 historical']);
    expect(claims('Reform saw its pre-election strength, which was 12 seats, grow to 30 seats.')).toEqual(['12 seats_total.reform 12 historical', '30 seats_total.reform 30 unspecified']);
  });

  it('a number marked "then" against one marked "now" is what was held before: "from about 14 percent then to 8 percent now"', () => {
    expect(claims('Unity won 30.2 percent, up from about 14 percent then.')).toEqual(['30.2 percent vote_share.unity 30.2 unspecified', 'about 14 percent vote_share.unity 14 unspecified']);
    expect(claims('Its rival has almost halved. Unity is also losing considerably, from about 14 percent then to 8 percent now.').filter((x) => x.includes('14'))).toEqual(['about 14 percent vote_share.unity 14 historical']);
  });

  it('"going into the 12th general election", with words between "into the" and the election noun, is too', () => {
    expect(claims('Unity had 61 seats going into the 12th general election, and it won 48.')).toEqual(['61 seats_total.unity 61 historical', '48 seats_total.unity 48 unspecified']);
    expect(claims('Unity had 61 seats heading into Sunday\'s parliamentary vote.')).toEqual(['61 seats_total.unity 61 historical']);
  });

  it('a number word after "the" with such a clause is a count: "the seven it previously held"', () => {
    expect(claims('Reform won 28 seats, four times the seven it previously held.')).toContain('seven seats_total.reform 7 historical');
  });

  it('is only the number near the words, and not "the same number it had before"', () => {
    expect(claims('Unity won 50 seats and Reform 20, far more than anybody expected it had before.')).toEqual(['50 seats_total.unity 50 unspecified', '20 seats_total.reform 20 unspecified']);
    expect(claims('Reform is set to win 10 seats, the same number it had before.')).toEqual(['10 seats_total.reform 10 unspecified']);
  });

  it('the whole of "N of its M" is what the party held: "lost seven of its 20 seats"', () => {
    expect(claims('The Green Party lost seven of its 20 seats.')).toEqual(['seven seats_change.green -7 unspecified', '20 seats_total.green 20 historical']);
  });
});

describe('a forecast verb in an article that reports a count', () => {
  it('projects the count: the article\'s status ("Unity is projected to take 55 seats" after "with 96% of the votes counted")', () => {
    expect(claims('With 96% of the votes counted, Unity leads.\n\nUnity is projected to take 55 seats, Reform 30.')).toEqual([
      '55 seats_total.unity 55 interim',
      '30 seats_total.reform 30 interim',
    ]);
    expect(claims('The final results were announced.\n\nPartial results predict Unity 42.3%, Reform 21.1%.')).toEqual([
      '42.3% vote_share.unity 42.3 interim',
      '21.1% vote_share.reform 21.1 interim',
    ]);
  });

  it('stays a forecast beside a poll word, or in an exit-poll article; with no count and no poll, a projected count is in progress (stage.test.ts)', () => {
    expect(claims('Unity is projected to take 55 seats.')).toEqual(['55 seats_total.unity 55 interim']);
    expect(claims('With 96% of the votes counted, Unity leads.\n\nAn opinion poll had projected Unity to take 55 seats.')).toEqual(['55 seats_total.unity 55 forecast']);
    expect(claims('With 96% of the votes counted, Unity leads. The exit poll gave Unity 50 seats.\n\nUnity is projected to take 55 seats.')).toContain('55 seats_total.unity 55 exit_poll');
  });
});

describe('margins between the sides', () => {
  it('a count compared with another side is a margin, no figure: "44,058 more than Reform", "5.8 million more votes than"', () => {
    expect(claims('Unity received 8,835,579 votes, 44,058 more than Reform, which got 8,791,521.')).toEqual([
      '8,835,579 votes_received.unity 8835579 unspecified',
      '8,791,521 votes_received.reform 8791521 unspecified',
    ]);
    expect(claims('Unity won 5.8 million more votes than Reform.')).toEqual([]);
    // A comparison with an earlier election stays a change, and so does one with what a party had.
    expect(claims('Unity won 142 seats, 50 more than in 2027.')).toContain('50 seats_change.unity 50 unspecified');
    expect(claims('Reform won 20 seats, which is four seats more than it had.')).toContain('20 seats_total.reform 20 unspecified');
  });

  it('a count after a margin named as its subject is no figure: "the difference came down to 160 votes"', () => {
    expect(claims('Unity won 41.2% of the vote; the difference came down to 160 votes.')).toEqual(['41.2% vote_share.unity 41.2 unspecified']);
    expect(claims('The distance between second and third place increased to 2,617 votes in favour of Reform.')).toEqual([]);
    expect(claims('The difference is about 3 million.')).toEqual([]);
    // A lead in points stays a figure.
    expect(claims('The gap between Unity and Reform is 4 points.').map((s) => s.split(' ')[0])).toEqual(['4']);
  });

  it('a margin\'s unit noun still names the metric of a list after it', () => {
    expect(claims('The distance between second and third place increased to 2,617 votes.\n\nUnity: 2.120.346 – 22.94% Reform: 1.772.150 – 19.18%')).toEqual([
      '2.120.346 votes_received.unity 2120346 unspecified',
      '22.94% vote_share.unity 22.94 unspecified',
      '1.772.150 votes_received.reform 1772150 unspecified',
      '19.18% vote_share.reform 19.18 unspecified',
    ]);
  });
});

describe('a count a party won, with no name in reach', () => {
  it('is no chamber size: the paragraph\'s party of the metric, else no claim', () => {
    expect(claims('Unity won 40 seats in 2027. This time she received 37 seats in the Grand Hall.')).toEqual([
      '40 seats_total.unity 40 historical',
      '37 seats_total.unity 37 unspecified',
    ]);
    expect(claims('It was the best result in its history, winning four seats.')).toEqual([]);
    expect(claims('The newcomers could end up with just 70-100 seats.')).toEqual([]);
  });

  it('a count with no verb of winning stays the chamber\'s size', () => {
    expect(claims('There are 150 seats in the Grand Hall.')).toEqual(['150 seats_total.national 150 rule']);
  });
});

describe('the base of a comparison dates no number', () => {
  it('a year or earlier-election words after "from", "compared to", "since", "founded in"', () => {
    expect(claims('Unity won 31.2% of the vote, a drop of 2.5 points from 2027.')).toEqual([
      '31.2% vote_share.unity 31.2 unspecified',
      '2.5 vote_share_change.unity -2.5 unspecified',
    ]);
    expect(claims('Reform lost 5.9 percentage points compared to the previous election in 2027.')).toEqual(['5.9 vote_share_change.reform -5.9 unspecified']);
    expect(claims('Turnout was 71.9 per cent, slightly down from the 2027 election.')).toEqual(['71.9 per cent turnout.national 71.9 unspecified']);
    expect(claims('The turnout was the highest since the 2027 parliamentary election, reaching 68.5 percent.')).toEqual(['68.5 percent turnout.national 68.5 unspecified']);
    expect(claims('Reform, a party founded in 2027, received 18.1% of the votes.')).toEqual(['18.1% vote_share.reform 18.1 unspecified']);
  });

  it('a year or earlier-election words after "similar to", "equal to": the figure is like the earlier one, not it', () => {
    expect(claims('Similar to the 2027 elections, the voter turnout was 39.1 per cent.')).toEqual(['39.1 per cent turnout.national 39.1 unspecified']);
    expect(claims('The voter turnout was 71.9 %, similar to the last election in 2027.')).toEqual(['71.9 % turnout.national 71.9 unspecified']);
    expect(claims('Unity won 21 seats, a number equal to that won in the previous general elections.')).toEqual(['21 seats_total.unity 21 unspecified']);
  });

  it('still dates a "when" clause, a bracket, and a result named with a possessive', () => {
    expect(claims('Turnout is a record since the 2027 election, when it reached 27.6%.')).toEqual(['27.6% turnout.national 27.6 historical']);
    expect(claims('Turnout was a record since 2027 (63.6%).')).toEqual(['63.6% turnout.national 63.6 historical']);
    expect(claims('Unity won 40 seats, up from their 2027 result of 33.')).toEqual(['40 seats_total.unity 40 unspecified', '33 seats_total.unity 33 historical']);
  });
});

describe('"pct." in a dash list', () => {
  it('is a share of the item it ends', () => {
    expect(claims('With 90% of the votes counted, the results were:\n\n– 31.9 pct. for Unity\n– 15.8 pct. for Reform')).toEqual([
      '31.9 pct. vote_share.unity 31.9 interim',
      '15.8 pct. vote_share.reform 15.8 interim',
    ]);
  });
});

describe('"poll" for the election itself', () => {
  it('"the poll watchdog", "poll winners", "Sunday\'s poll" are no opinion poll', () => {
    expect(claims('Tallies by the poll watchdog showed Unity had 41,088,020 votes.')).toEqual(['41,088,020 votes_received.unity 41088020 unspecified']);
    expect(claims('Reform, at 4th place with 1,879,335 votes, called on the public to support poll winners.')).toEqual(['1,879,335 votes_received.reform 1879335 unspecified']);
    expect(claims('Unity secured 29.5 percent of the vote in Sunday\'s poll.')).toEqual(['29.5 percent vote_share.unity 29.5 unspecified']);
    expect(claims('Unity had 29.5 percent in the latest opinion poll.')).toEqual(['29.5 percent vote_share.unity 29.5 forecast']);
  });
});

describe('an earlier year\'s stretch of a sentence', () => {
  it('an opening year covers its sentence up to a word of now ("this time")', () => {
    expect(claims('In 2027, Unity had secured 37.4% of the votes, this time it may see 36.6%.')).toEqual([
      '37.4% vote_share.unity 37.4 historical',
      '36.6% vote_share.unity 36.6 unspecified',
    ]);
    expect(claims('In 2027, Unity won 37.4% of the votes and Reform 20.1%.')).toEqual([
      '37.4% vote_share.unity 37.4 historical',
      '20.1% vote_share.reform 20.1 historical',
    ]);
  });

  it('"below", "above" make earlier-election words a comparison\'s base', () => {
    expect(claims('Turnout at 6:30 p.m. was 67.8 percent, just below the values of four years ago.')).toEqual(['67.8 percent turnout.national 67.8 interim']);
  });

  it('a comparison\'s base reaches its earlier-election words after a clause ("four less than those obtained by …, in previous elections")', () => {
    expect(claims('Reform won 31 seats, four less than those obtained by its predecessor, the old Reform list, in previous elections.')).toContain('four seats_change.reform -4 unspecified');
  });
});

describe('the seats needed for a majority', () => {
  it('"needed to form a majority", "is required to win a majority", "the required N seats" are a rule', () => {
    expect(claims('The coalition fell below the 76 needed to form a majority.')).toEqual(['76 seats_majority.national 76 rule']);
    expect(claims('A minimum of 76 seats is required to win a majority in the 150-seat Grand Hall.')).toEqual([
      '76 seats_majority.national 76 rule',
      '150 seats_total.national 150 rule',
    ]);
    expect(claims('Unity failed to win the required 76 seats in parliament.')).toEqual(['76 seats_majority.national 76 rule']);
  });
});

describe('a phone number', () => {
  it('written with a leading zero gives no claim, nor do its other groups', () => {
    expect(claims('Unity won 41 seats.\n\nCounselling Services 0410 539 905')).toEqual(['41 seats_total.unity 41 unspecified']);
  });
});

describe('the chamber\'s size in a sentence about a party\'s seats', () => {
  it('is no name a party\'s count takes ("… would get a total of 101 seats in the 169-seat assembly")', () => {
    expect(claims('In the 150-seat Grand Hall, Unity won 61 seats.')).toEqual(['150 seats_total.national 150 rule', '61 seats_total.unity 61 unspecified']);
    expect(claims('In the 150-seat Grand Hall, the allies would get a total of 101 seats.')).toEqual(['150 seats_total.national 150 rule']);
    expect(claims('The bloc saw its 150-seat pre-election strength weakened to 101 seats.')).toEqual(['150 seats_total.national 150 historical']);
  });

  it('the seats the parties compete for are the whole ("18 parties, along with 42 independents, competed for 126 seats")', () => {
    expect(claims('Unity, Reform and 42 independents competed for 150 seats.')).toContain('150 seats_total.national 150 rule');
    expect(claims('Unity, Reform and 42 independents are vying for the 150 seats.')).toContain('150 seats_total.national 150 rule');
  });
});


describe('a count placed in another body\'s size', () => {
  it('is that body\'s: "115 seats in the 200-seat upper house Senate"', () => {
    expect(claims('Unity ends up with a total of 237 seats in the 400-seat Grand Hall and 115 seats in the 200-seat upper house Senate.')).toEqual([
      '237 seats_total.unity 237 unspecified',
      '400 seats_total.national 400 rule',
    ]);
  });
});

describe('the numbers of another body\'s clause', () => {
  it('every number near the body with no break between is the body\'s, not only the nearest: "renew 130 of the 257 seats in the Senate", "the Senate, winning 66 seats to 34 for Reform"; "and" parts them ("the 400-seat Grand Hall and 115 … Senate")', () => {
    expect(claims('Unity won 52 seats; voters also renewed 130 of the 257 seats in the Senate.')).toEqual(['52 seats_total.unity 52 unspecified']);
    expect(claims('Unity won 52 seats. The opposition kept the upper chamber Senate, winning 66 seats to 34 for Reform.')).toEqual(['52 seats_total.unity 52 unspecified']);
    expect(claims('Unity won 237 seats in the 400-seat Grand Hall and 115 seats in the Senate.')).toEqual(['237 seats_total.unity 237 unspecified', '400 seats_total.national 400 rule']);
  });
  it('state elections and state seats are other bodies (`other_bodies`): "turnout for the Northport state elections was 70.5 per cent", "a majority of over 50 per cent of state seats"', () => {
    expect(claims('Turnout for the Northport state elections was 70.5 per cent.')).toEqual([]);
    expect(claims('No party won a majority of over 50 per cent of state seats.')).toEqual([]);
  });
});

describe('other races of the same election day', () => {
  it('governorships, senatorial seats, local posts and the vice-presidential race are other bodies', () => {
    expect(claims('Voters also chose nine governorships, 128 senatorial seats, 1,802 municipal presidencies and 14,560 council seats.')).toEqual([]);
    expect(claims('For the vice-presidential race, Ann Ames continues to amass votes, with 31,435,335 votes.')).toEqual([]);
    expect(claims('Unity won 31,435,335 votes.')).toEqual(['31,435,335 votes_received.unity 31435335 unspecified']);
  });
});

describe('the tier of a mixed system (`tier_of`)', () => {
  it('"directly elected", "directly contested", "electorates" name the district seats; a tier\'s cue far after the number does not', () => {
    expect(claims('In the Grand Hall, 254 seats were directly elected.')).toEqual(['254 seats_single_mandate.national 254 rule']);
    expect(claims('Unity won 161 out of 254 directly contested seats, while Reform won 90.')).toEqual([
      '161 out of 254 seats_single_mandate.unity 161 unspecified',
      '90 seats_single_mandate.reform 90 unspecified',
    ]);
    expect(claims('Unity has won six of the seven Northport electorates.')).toEqual(['six of the seven seats_single_mandate.unity 6 unspecified']);
    expect(claims('Reform flipped two electorates.')).toEqual([]);
    expect(claims('Unity has grabbed 95 seats in the Grand Hall as unofficial and unconfirmed results of 257 constituencies out of 265 have emerged.')[0]).toBe('95 seats_total.unity 95 preliminary');
  });
  it('an opening phrase or an introduction naming one tier gives it to the parties\' seats', () => {
    expect(claims('On the national list, which includes voters abroad, Unity won 47 seats and Reform 38 seats.')).toEqual(['47 seats_list.unity 47 unspecified', '38 seats_list.reform 38 unspecified']);
    expect(claims('Thus, the distribution of seats in the single nationwide constituency is as follows: Unity – 26 seats, Reform – 14.')).toEqual(['26 seats_list.unity 26 unspecified', '14 seats_list.reform 14 unspecified']);
  });
  it('a tier\'s cue before a count gives way to a generic cue of another unit after it ("voted for": votes)', () => {
    expect(claims('On the national list, 2,735,383 Freedonians voted for the Unity Party (47 seats).').filter((x) => x.startsWith('2,735,383'))).not.toContainEqual(
      expect.stringContaining('seats_list'),
    );
  });
  it('a closing phrase after the last number gives it to the whole list', () => {
    expect(claims('Unity secured 26 seats, Reform obtained 14, and the Greens claimed 10 seats in a single electoral district.')).toEqual([
      '26 seats_list.unity 26 unspecified',
      '14 seats_list.reform 14 unspecified',
      '10 seats_list.green 10 unspecified',
    ]);
  });
  it('not where the tier is a part ("including"), nor to the chamber\'s size', () => {
    expect(claims('Including proportional seats, Unity and its sister party secured 175 seats and Reform won 108 seats in the Grand Hall.')).toEqual([
      '175 seats_total.unity 175 unspecified',
      '108 seats_total.reform 108 unspecified',
    ]);
    expect(claims('Unity won 64 seats, including 26 on the party list.')).toEqual(['64 seats_total.unity 64 unspecified', '26 seats_list.unity 26 unspecified']);
  });
  it('two tiers joined name the whole', () => {
    expect(claims('The aggregate results in the multi-member and single-member constituencies: 20 seats for Unity, 17 seats for Reform.')).toEqual([
      '20 seats_total.unity 20 unspecified',
      '17 seats_total.reform 17 unspecified',
    ]);
  });
  it('a headline naming one tier gives it to the article\'s seats, but not to a total', () => {
    expect(claimsTitled('Unity wins 18 seats in multi-member constituency', 'Reform came second with 17 seats. In total, Unity has 30 seats.')).toEqual([
      '17 seats_list.reform 17 unspecified',
      '30 seats_total.unity 30 unspecified',
    ]);
    expect(claimsTitled('Unity wins 18 seats', 'Reform came second with 17 seats.')).toEqual(['17 seats_total.reform 17 unspecified']);
  });
});

describe('a coalition named by its members', () => {
  const coalition = parseLexicon(
    'x.yaml',
    `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity, Unity Party]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
  - {id: green, name: Green Party, kind: party, aliases: [Green Party, Greens]}
  - {id: hope, name: Hope, kind: party, aliases: [Hope]}
  - {id: pact, name: Unity–Reform coalition, kind: group, aliases: [the pact]}
  - {id: bloc, name: the opposition bloc, kind: group, aliases: [the opposition], members: [green, hope]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall]}
`,
  );
  it('"A and B have N seats": the coalition whose name names them', () => {
    expect(claimsWith(coalition, 'The Unity Party and Reform have only secured 192 out of 465 seats.')).toEqual(['192 seats_total.pact 192', '465 seats_total.national 465']);
    expect(claimsWith(coalition, 'The Greens (7 seats) and Hope (20 seats) would have a clear majority of 27 seats.')).toEqual([
      '7 seats_total.green 7',
      '20 seats_total.hope 20',
      '27 seats_total.bloc 27',
    ]);
    // The Greens are no member of the pact: "Unity, Reform and the Greens" names no coalition.
    expect(claimsWith(coalition, 'Unity, Reform and the Greens would have 87 seats.')).toEqual(['87 seats_total.green 87']);
  });
  it('"together they have" past another name; the members a lexicon gives (`members`)', () => {
    expect(claimsWith(coalition, 'The Greens, led by Ann Ames, and Hope have pledged to oust Unity from power — together they have 248 seats.')).toEqual(['248 seats_total.bloc 248']);
  });
  it('not with "each", nor without a plural word, nor for one member', () => {
    expect(claimsWith(coalition, 'Unity and Reform each won four seats.')).toEqual(['four seats_total.unity 4', 'four seats_total.reform 4']);
    expect(claimsWith(coalition, 'Unity and Reform: 80 seats.')).not.toContainEqual('80 seats_total.pact 80');
    expect(claimsWith(coalition, 'Unity has 80 seats.')).toEqual(['80 seats_total.unity 80']);
  });
  it('a member that is no entity of the lexicon is an error', () => {
    expect(() => parseLexicon('x.yaml', 'entities:\n  - {id: bloc, name: Bloc, kind: group, aliases: [Bloc], members: [nobody]}\n')).toThrow(/member "nobody"/);
  });
});

describe('ranges written with "between" or after a modal range', () => {
  it('"between 27.6%-33%", "between 24.2% to 29.5%" are ranges (the second with its per-cent sign)', () => {
    expect(claims('Unity moves between 27.6%-33%, ahead of Reform, which gathers between 24.2% to 29.5%.')).toEqual([
      'between 27.6%-33% vote_share.unity 27.6..33 unspecified',
      'between 24.2% to 29.5% vote_share.reform 24.2..29.5 unspecified',
    ]);
  });
  it('"Reform – from 115 to 145 seats" after "could win from 260 to 310 seats" is a range; a change stays a change', () => {
    expect(claims('Unity could win from 260 to 310 seats, Reform - from 115 to 145 seats.')).toEqual([
      '260 to 310 seats_total.unity 260..310 forecast',
      '115 to 145 seats_total.reform 115..145 forecast',
    ]);
    expect(claims('Unity rose from 20% to 25%, Reform - from 10% to 12%.').map((x) => x.split(' ')[0])).toEqual(['20%', '25%', '10%', '12%']);
  });
});

describe('a metric that counts the whole (`counts_whole`)', () => {
  it('"7,822 out of 8,273 polling stations" is 8,273 polling stations; the 7,822 a count\'s progress', () => {
    expect(claims('The commission has processed 7,822 out of 8,273 polling stations.')).toEqual(['8,273 polling_stations.national 8273 unspecified']);
    expect(claims('Some 3,210,000 voters out of the total 6,300,000 took part.')).toEqual([
      'Some 3,210,000 ballots_cast.national 3210000 unspecified',
      '6,300,000 registered_voters.national 6300000 unspecified',
    ]);
  });
  it('the whole of a part of the polling stations is their count: "of 46,200 polling units", "62% of 2 480 polling stations"; a bare count after it is none', () => {
    expect(claims('Ames leads after results from 40,100 of 46,200 polling units have been counted.')).toEqual(['46,200 polling_stations.national 46200 unspecified']);
    expect(claims('Out of 170,300 polling units in 770 local areas, results have come from 80,500 units.')).toEqual(['170,300 polling_stations.national 170300 unspecified']);
    expect(claims('Only 62% of 2 480 polling stations across the country opened on time.')).toEqual(['2 480 polling_stations.national 2480 unspecified']);
    expect(claims('The returns came from 97.4 percent of 105,300 precincts nationwide.')).toEqual(['105,300 polling_stations.national 105300 unspecified']);
    // A share of another whole stays a share.
    expect(claims('Unity won 45% of 3 million votes.')).toEqual(['45% of 3 million vote_share.unity 45 unspecified']);
  });
});

describe('the electorate as a count of voters before the vote', () => {
  it('a count of voters who will head to the polls, convoked, or enabled as citizens to vote is the registered voters; "tables" are polling stations', () => {
    expect(claims('More than 12 million voters will head to the polls on Sunday.')).toEqual(['More than 12 million registered_voters.national 12000000.. unspecified']);
    expect(claims('The 3,120,500 Freedonians convoked will elect a new president.')).toEqual(['3,120,500 registered_voters.national 3120500 unspecified']);
    expect(claims('The electoral roll enabled 5,210,300 citizens to vote, who will go to 12,400 tables in 2,100 schools.')).toEqual([
      '5,210,300 registered_voters.national 5210300 unspecified',
      '12,400 polling_stations.national 12400 unspecified',
    ]);
    // Those who came out to vote are no electorate; a party's seats stay seats.
    expect(claims('About 1.2 million people came out to vote.')).toEqual([]);
    expect(claims('Unity will elect 12 deputies in Northport.')).toEqual(['12 seats_total.unity 12 unspecified']);
  });
});

describe('a seat gained, in words', () => {
  it('"(up one)" after a seat count, "an extra seat" and "the four additional seats" are gains; "won a seat in a constituency" and "the two candidates" stay none', () => {
    expect(claims('Unity won 25 seats (up one) on 17.2% of the vote.')).toEqual([
      '25 seats_total.unity 25 unspecified',
      'one seats_change.unity 1 unspecified',
      '17.2% vote_share.unity 17.2 unspecified',
    ]);
    expect(claims('Reform also made gains, winning an extra seat.')).toEqual(['an seats_change.reform 1 unspecified']);
    expect(claims('Support for Reform rose by 2.1 points to 19.4 per cent, securing the four additional seats.').at(-1)).toBe('four seats_change.reform 4 unspecified');
    expect(claims('Reform leader Ann Ames won a seat in a constituency in Northport.')).toEqual([]);
    expect(claims('The two candidates met on Sunday.')).toEqual([]);
  });
});

describe('a change named by its direction after a figure', () => {
  it('"(up two", ", down two," and "(down 5.9%)" right after a figure are its change', () => {
    expect(claims('Unity won 33 seats (up two, on a 7.6% share of the vote).')).toEqual(['33 seats_total.unity 33 unspecified', 'two seats_change.unity 2 unspecified', '7.6% vote_share.unity 7.6 unspecified']);
    expect(claims('Reform held 119 seats, down two, on 33.7%.').slice(0, 2)).toEqual(['119 seats_total.reform 119 unspecified', 'two seats_change.reform -2 unspecified']);
    expect(claims('Unity won 40 seats, up from 35.')).not.toContainEqual(expect.stringContaining('seats_change'));
    expect(claims('The Greens stopped at 8% (down 5.9%).')).toEqual(['8% vote_share.green 8 unspecified', '5.9% vote_share_change.green -5.9 unspecified']);
  });
  it('a per-cent number a lead noun heads ("a 1.93% lead over Reform", "a difference of 0.39 percent") is a lead in points, the side\'s before "leads"', () => {
    expect(claims('Unity came first, with a 1.93% lead over Reform.')).toEqual(['1.93% margin.unity 1.93 unspecified']);
    expect(claims('Unity leads Reform with a difference of 0.39 percent.')).toEqual(['0.39 percent margin.unity 0.39 unspecified']);
    expect(claims('Unity leads Reform by 4 points.')).toEqual(['4 margin.unity 4 unspecified']);
  });
  it('a per-cent number a change noun heads ("an increase of 2.7%", "a 1.4% loss") is a change in points', () => {
    expect(claims('Unity won 21.3% of the vote, an increase of 2.7%.')).toEqual(['21.3% vote_share.unity 21.3 unspecified', '2.7% vote_share_change.unity 2.7 unspecified']);
    expect(claims('Reform got 9.1%, a 1.4% loss, while the Greens had a 1.5 percent increase.')).toEqual([
      '9.1% vote_share.reform 9.1 unspecified',
      '1.4% vote_share_change.reform -1.4 unspecified',
      '1.5 percent vote_share_change.green 1.5 unspecified',
    ]);
    expect(claims('Reform achieved a 3 percent lower result than Unity.')).toEqual(['3 percent vote_share_change.reform -3 unspecified']);
    expect(claims('Reform\'s vote share plummeted by 25 per cent from the previous election.')).toEqual(['25 per cent vote_share_change.reform -25 unspecified']);
    expect(claims('Although turnout fell by 4.5% overall, Unity won.')).toEqual([]);
    expect(claims('Unity won a 2.7% share of the vote.')).toEqual(['2.7% vote_share.unity 2.7 unspecified']);
  });
  it('"a minus of 11 percentage points", "a possible decrease of 0.77 percentage points" are losses; "an increase of" a gain of the share', () => {
    expect(claims('Unity received 26.5 percent, which corresponds to a minus of 11 percentage points.')).toEqual(['26.5 percent vote_share.unity 26.5 unspecified', '11 vote_share_change.unity -11 unspecified']);
    expect(claims('Unity is seen at 36.59% — a possible decrease of 0.77 percentage points.')).toEqual(['36.59% vote_share.unity 36.59 unspecified', '0.77 vote_share_change.unity -0.77 unspecified']);
    expect(claims('Unity won 28.8 percent of the vote (an increase of 12.7 percentage points) ahead of Reform with 26.3 percent.')).toEqual([
      '28.8 percent vote_share.unity 28.8 unspecified',
      '12.7 vote_share_change.unity 12.7 unspecified',
      '26.3 percent vote_share.reform 26.3 unspecified',
    ]);
  });
});

describe('the seats needed for a majority, in more words', () => {
  it('"needed for a parliamentary majority", "must get at least", "would need at least" are a rule', () => {
    expect(claims('Unity fell short of the 170 needed for a parliamentary majority.')).toEqual(['170 seats_majority.national 170 rule']);
    expect(claims('To govern, the coalition must get at least 71 seats in the 141-member Grand Hall.')).toEqual([
      'at least 71 seats_majority.national 71.. rule',
      '141 seats_total.national 141 rule',
    ]);
    expect(claims('Unity, which would need at least 57 seats, won 51 seats.')).toEqual(['at least 57 seats_majority.national 57.. rule', '51 seats_total.unity 51 unspecified']);
  });
  it('is the number\'s before it, past its unit noun: not the next number\'s, nor a list of totals\'', () => {
    expect(claims('With 170 seats needed for a parliamentary majority, the Unity Party gained only two seats, winning 159.')).toEqual([
      '170 seats_majority.national 170 rule',
      'two seats_change.unity 2 unspecified',
      '159 seats_total.unity 159 unspecified',
    ]);
  });
});

describe('a lead written as a comparison with the other side', () => {
  it('"12 percentage points more than Reform", "six points above its main rival", "exceeds by 12 points Reform": the subject\'s lead', () => {
    expect(claims('Unity obtained 40.3%, 12 percentage points more than Reform (28.2%).')).toEqual([
      '40.3% vote_share.unity 40.3 unspecified',
      '12 margin.unity 12 unspecified',
      '28.2% vote_share.reform 28.2 unspecified',
    ]);
    expect(claims('Unity is six percentage points (pps) above its main rival.')).toEqual(['six margin.unity 6 unspecified']);
    expect(claims('Unity exceeds by more than 12 percentage points the Reform party.')).toEqual(['more than 12 margin.unity 12.. unspecified']);
  });
  it('"18 points less than Unity", "12 points behind Unity": the lead of the side named after', () => {
    expect(claims('The Greens got 26%, 18 points less than Unity.')).toEqual(['26% vote_share.green 26 unspecified', '18 margin.unity 18 unspecified']);
    expect(claims('Reform is 12 points behind Unity.')).toEqual(['12 margin.unity 12 unspecified']);
  });
  it('a comparison with an earlier election stays a change', () => {
    expect(claims('Unity got 40%, 3 points more than in 2027.')).toEqual(['40% vote_share.unity 40 unspecified', '3 vote_share_change.unity 3 unspecified']);
  });
});

describe('a name in the possessive before the next number', () => {
  it('"50.5 percent of the vote to Reform\'s 47.3 percent": the possessive is the second number\'s, the first the subject\'s', () => {
    expect(claims('Unity won 50.5 percent of the vote to Reform’s 47.3 percent on Sunday.')).toEqual(['50.5 percent vote_share.unity 50.5 unspecified', '47.3 percent vote_share.reform 47.3 unspecified']);
  });
});

describe('a tier as large as the chamber', () => {
  const sized = parseLexicon(
    'x.yaml',
    `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity, Unity Party]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall], seats: 120}
`,
  );
  it('is the whole chamber: its counts are seats, its size the chamber\'s', () => {
    expect(claimsWith(sized, 'Results are in for all constituencies, with Unity winning 64 of the 120 seats and Reform 40.')).toEqual([
      '64 seats_total.unity 64',
      '120 seats_total.national 120',
      '40 seats_total.reform 40',
    ]);
    expect(claimsWith(sized, 'Unity has declared results for all 120 Grand Hall constituencies.')).toEqual(['120 seats_total.national 120']);
    expect(claimsWith(sized, 'Unity won 30 of the 60 constituency seats.')).toEqual(['30 of the 60 seats_single_mandate.unity 30']);
  });
  it('a part of the chamber\'s size is what a side holds, whatever cue of a change, majority or tier is near', () => {
    expect(claimsWith(sized, 'Unity kept its absolute majority in the new Grand Hall, winning 64 of the 120 seats.')).toEqual(['64 seats_total.unity 64', '120 seats_total.national 120']);
    expect(claimsWith(sized, 'Unity won the vote, gaining 64 of parliament’s 120 seats.')).toEqual(['64 seats_total.unity 64', '120 seats_total.national 120']);
    expect(claimsWith(sized, 'Unity is ahead with a projected 64 of 120 seats after most electoral districts were counted.')).toEqual(['64 seats_total.unity 64', '120 seats_total.national 120']);
    // Of a whole that is not the chamber, the cue stands.
    expect(claimsWith(sized, 'Unity lost 10 of its 30 seats.')).toEqual(['10 seats_change.unity -10', '30 seats_total.unity 30']);
  });
});

describe('a continuation word ("the remaining")', () => {
  it('takes over the last metric only for a number its unit noun fits: "the remaining four parties" counts no seats', () => {
    expect(claims('Unity won 45 seats. The remaining four parties in the coalition all suffered losses.')).toEqual(['45 seats_total.unity 45 unspecified']);
    expect(claims('Unity won 40 seats. The remaining 12 went to Reform.')).toEqual(['40 seats_total.unity 40 unspecified', '12 seats_total.reform 12 unspecified']);
  });
});

describe('a number written as a word, then modifiers and a noun', () => {
  it('counts the noun past up to three modifiers: "two smaller left-wing parties" and "its two closest rivals" are no seats', () => {
    expect(claims('Unity won 45 seats, and two smaller left-wing parties won the rest.')).toEqual(['45 seats_total.unity 45 unspecified']);
    expect(claims('Reform won 12 seats, the same as its two closest rivals.')).toEqual(['12 seats_total.reform 12 unspecified']);
    expect(claims('Two far-right forces follow, Unity with 12 seats and Reform with 10 seats.')).toEqual(['12 seats_total.unity 12 unspecified', '10 seats_total.reform 10 unspecified']);
  });
  it('names no metric by that noun alone: "two presidential candidates" is no count of candidates; "four parties won seats" stays', () => {
    expect(claims('Voters sent two presidential candidates to the run-off.')).toEqual([]);
    expect(claims('Unity won 45 seats and four parties won seats.')).toEqual(['45 seats_total.unity 45 unspecified', 'four parties_elected.national 4 unspecified']);
  });
});

describe('words of getting in (parties_elected `unit_cues`)', () => {
  it('name the parties in parliament for a number with a noun of parties: "Three political forces will be represented"', () => {
    expect(claims('Three political forces will be represented in the Grand Hall.')).toEqual(['Three parties_elected.national 3 unspecified']);
    expect(claims('Only seven parties passed the 5 percent barrier.')).toEqual(['seven parties_elected.national 7 unspecified', '5 percent threshold.national 5 rule']);
  });
  it('leave other numbers and the parties that entered the race alone', () => {
    expect(claims('Nine parties entered the race.')).toEqual(['Nine parties_contesting.national 9 unspecified']);
    expect(claims('Unity passed 40 percent.')).toEqual(['40 percent vote_share.unity 40 unspecified']);
  });
});

describe('a list going on with another name', () => {
  it('keeps the metric of the figure before only for a number of its unit: "18 parties took part, and Unity won 45 seats"', () => {
    expect(claims('Some 18 parties took part, and Unity won 45 seats.')).toEqual(['Some 18 parties_contesting.national 18 unspecified', '45 seats_total.unity 45 unspecified']);
    expect(claims('Unity won 45 seats and Reform 40.')).toEqual(['45 seats_total.unity 45 unspecified', '40 seats_total.reform 40 unspecified']);
  });
});

describe('the level after a change of a count', () => {
  it('is the total the change reaches: "gained two seats, now holding 40", "for a new total of 15", "by seven to 46"', () => {
    expect(claims('Reform has gained two seats, now holding 40.')).toEqual(['two seats_change.reform 2 unspecified', '40 seats_total.reform 40 unspecified']);
    expect(claims('The Greens have gained 2 seats for a new total of 15.')).toEqual(['2 seats_change.green 2 unspecified', '15 seats_total.green 15 unspecified']);
    expect(claims('Unity increased its seat total by seven to 46.')).toEqual(['seven seats_change.unity 7 unspecified', '46 seats_total.unity 46 unspecified']);
    expect(claims('Reform saw its seat total decrease by eight to 23.')).toEqual(['eight seats_change.reform -8 unspecified', '23 seats_total.reform 23 unspecified']);
  });
});

describe('a count some seats away from a mark', () => {
  it('is a margin, no figure ("two seats away from a majority")', () => {
    expect(claims('Unity, which is 2 seats away from a majority, won 45 seats.')).toEqual(['45 seats_total.unity 45 unspecified']);
  });
});

describe('the number of registered voters', () => {
  it('is the electorate, though turnout\'s "of registered voters" starts inside it', () => {
    expect(claims('The total number of registered voters stood at 128,585,760.')).toEqual(['128,585,760 registered_voters.national 128585760 unspecified']);
    expect(claims('Turnout was 45 percent of registered voters.')).toEqual(['45 percent turnout.national 45 unspecified']);
  });
});

describe('a number inside a name or a document\'s name', () => {
  const numbered = parseLexicon(
    'n.yaml',
    `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity]}
  - {id: f300, name: Forward 300, kind: party, aliases: [Forward 300]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall]}
`,
  );
  it('is no figure: "Forward 300" is a name, "Form 47" a document', () => {
    expect(claimsWith(numbered, 'Unity won 40 seats and 14 went to Forward 300.')).toEqual(['40 seats_total.unity 40', '14 seats_total.f300 14']);
    expect(claimsWith(numbered, 'The study is based on an examination of Form 47, the statement of results.')).toEqual([]);
  });
});

describe('a count compared with an earlier election, of a metric with no change metric', () => {
  it('is no figure ("34,734 votes more than in 2027"), but the paragraph goes on with its name; seats stay a seat change', () => {
    expect(claims('Unity received 34,734 votes more than in 2027. Now 669,361 people voted for it.')).toEqual(['669,361 votes_received.unity 669361 unspecified']);
    expect(claims('Unity won 142 seats, 50 more than in 2027.')).toEqual(['142 seats_total.unity 142 unspecified', '50 seats_change.unity 50 unspecified']);
  });
});

describe('a share over 100 per cent', () => {
  it('is no party\'s share of the votes ("a growth of 300%"); a place\'s turnout may pass 100', () => {
    expect(claims('With this result, Unity registered a growth of 300%.')).toEqual([]);
    expect(claims('Northport had the highest turnout at 117 percent.')).toEqual(['117 percent turnout.northport 117 unspecified']);
  });
});

describe('other nouns of polling stations', () => {
  it('name the unit right after a count: "the 3,400 voting centers"; in "3,110 out of 3,111 precincts" the 3,110 is counting progress, the 3,111 the whole', () => {
    expect(claims('Results are in from 3,110 out of 3,111 precincts.')).toEqual(['3,111 polling_stations.national 3111 unspecified']);
    expect(claims('At six, the 3,400 voting centers closed.')).toEqual(['3,400 polling_stations.national 3400 unspecified']);
  });
});

describe('a share of the valid votes', () => {
  it('"per cent of the valid votes cast" is a cue of the vote share, no count of ballots cast', () => {
    expect(claims('Unity won 812,000 votes, representing 56.5 per cent of the valid votes cast.')).toEqual(['812,000 votes_received.unity 812000 unspecified', '56.5 per cent vote_share.unity 56.5 unspecified']);
    expect(claims('Reform took 41.6 per cent of the total valid votes cast.')).toEqual(['41.6 per cent vote_share.reform 41.6 unspecified']);
  });
});

describe('a supposed case', () => {
  it('holds no figure (`numbers.hypothetical`): "even if all the votes (947,000 votes) were added"; a fact after its clause, or "even though", stays', () => {
    expect(claims('Even if all the votes from the nine constituencies (947,000 votes) were added to the runner-up, Unity would still lead.')).toEqual([]);
    expect(claims('Even if Reform won, Unity took 40 seats.')).toEqual(['40 seats_total.unity 40 unspecified']);
    expect(claims('Even though turnout fell, Unity won 52% of the vote.')).toEqual(['52% vote_share.unity 52 unspecified']);
  });
});

describe('a reference mark', () => {
  it('a small whole number alone in square brackets after a sentence\'s end or glued to its last word is no figure: "(29.64%). [3]", "seats.[4]"; "Unity [78]" stays', () => {
    expect(claims('Unity won the most seats with 78 (29.64%). [3]')).toEqual(['78 seats_total.unity 78 unspecified', '29.64% vote_share.unity 29.64 unspecified']);
    expect(claims('Unity won 78 seats.[4]')).toEqual(['78 seats_total.unity 78 unspecified']);
    expect(claims('Seats: Unity [78], Reform [12].')).toEqual(['78 seats_total.unity 78 unspecified', '12 seats_total.reform 12 unspecified']);
  });
});

describe('people who stand', () => {
  it('are candidates: "Over 2,400 people ran for the Grand Hall", "1,200 people are running for 200 seats"', () => {
    expect(claims('Over 2,400 people ran for the Grand Hall.')).toEqual(['Over 2,400 candidates.national 2400.. unspecified']);
    expect(claims('Some 1,200 people are running for 200 seats.')).toEqual(['Some 1,200 candidates.national 1200 unspecified', '200 seats_total.national 200 rule']);
  });
});

describe('a part of a set of candidates', () => {
  it('a count with no unit noun after a sentence opened by "Of the N candidates …," is no figure; "Of the 150 seats, Unity won 40" stays', () => {
    expect(claims('Of the 46 candidates who were involved in the funding scandal, 28 fell to defeat, while 18 were re-elected.')).toEqual(['46 candidates.national 46 unspecified']);
    expect(claims('Of the 46 candidates, 28 were women.')).toEqual(['46 candidates.national 46 unspecified']);
    expect(claims('Of the 150 seats, Unity won 40.')).toEqual(['150 seats_total.national 150 rule', '40 seats_total.unity 40 unspecified']);
  });
});

describe('members of parliament', () => {
  it('name seats right after a count: "produced 82 members of parliament for Unity"', () => {
    expect(claims('The count has produced 82 members of parliament for Unity.')).toEqual(['82 seats_total.unity 82 unspecified']);
    expect(claims('Reform produced 58 members of the parliament.')).toEqual(['58 seats_total.reform 58 unspecified']);
  });
  it('members of a chamber (a general word or the event\'s name) are its seats: "60 new members of the Grand Hall will be selected" is its size', () => {
    expect(claims('On Sunday, 60 new members of the Grand Hall will be selected.')).toEqual(['60 seats_total.national 60 rule']);
    expect(claims('Voters went to the polls to elect 99 members of the National Assembly.')).toEqual(['99 seats_total.national 99 rule']);
    expect(claims('Unity now has 40 members of the legislature.')).toEqual(['40 seats_total.unity 40 unspecified']);
  });
  it('the whole of "X of Y seats" is the chamber\'s size, a figure of its own (a rule); a region\'s whole ("in Northport", "in Westvale") is none', () => {
    expect(claims('Unity won 24 of the 150 seats in the Grand Hall.')).toEqual(['24 seats_total.unity 24 unspecified', '150 seats_total.national 150 rule']);
    expect(claims('Reform received 89 mandates out of 150.')).toEqual(['89 seats_total.reform 89 unspecified', '150 seats_total.national 150 rule']);
    expect(claims('Reform won 17 of the 18 mandates in Northport.')).toEqual(['17 of the 18 seats_total.reform 17 unspecified']);
    expect(claims('Unity won nine out of 59 seats in Westvale.')).toEqual(['nine out of 59 seats_total.unity 9 unspecified']);
  });
  it('"who poll" before a count is the verb of winning votes, no opinion poll: the count is no forecast', () => {
    expect(claims('Ann Ames was followed by Bo Bell of Reform, who poll 6,10,533 votes.')).toEqual(['6,10,533 votes_received.reform 610533 unspecified']);
  });
  it('"members" with the chamber named right before the count or between it and "members", or as many as the chamber\'s seats, are its seats: the chamber\'s size', () => {
    expect(claims('The Grand Hall has 150 members.')).toEqual(['150 seats_total.national 150 rule']);
    expect(claims('Unity lost power; the vote decides the composition of 61 Grand Hall members and 600 local councillors.')).toEqual(['61 seats_total.national 61 rule']);
    const sized = parseLexicon('s.yaml', 'entities:\n  - {id: unity, name: Unity, kind: party, aliases: [Unity]}\nelection: {year: 2031, chamber: [Grand Hall], seats: 150}\n');
    expect(claimsWith(sized, 'The assembly, also called the Great Hall, has its 150 members chosen for five years.')).toEqual(['150 seats_total.national 150']);
    // Members of a party, or members of anything else, are no seats.
    expect(claims('Unity has 5,000 members.')).toEqual([]);
    expect(claimsWith(sized, 'Unity has 150 members of staff.')).toEqual([]);
  });
});

describe('more cues of the turnout', () => {
  it('"turn-out", "attended", "voting percentage(s)": "only 54% attended"; the share compared with it keeps its metric', () => {
    expect(claims('The turn-out could be higher than the 81 percent of 2027.')).toEqual(['81 percent turnout.national 81 historical']);
    expect(claims('However, only 54% attended.')).toEqual(['54% turnout.national 54 unspecified']);
    expect(claims('Voting percentages as of 4:00 p.m. were 47.5%, versus 42.3% in the previous election.')).toEqual([
      '47.5% turnout.national 47.5 interim',
      '42.3% turnout.national 42.3 historical',
    ]);
  });
});

describe('more cues of the registered voters', () => {
  it('"voters were registered", "people are registered" after the count: "Just over 355,000 voters were registered"', () => {
    expect(claims('Just over 355,000 voters were registered.')).toEqual(['Just over 355,000 registered_voters.national 355000.. unspecified']);
    expect(claims('About 9 million people are registered for the vote.')).toEqual(['About 9 million registered_voters.national 9000000 unspecified']);
  });
  it('"the registered" right before a count of voters: "30 per cent of the registered 22 million voters" (the share stays turnout)', () => {
    expect(claims('Turnout was low, with only 30 per cent of the registered 22 million voters showing up as of noon.')).toEqual(['30 per cent turnout.national 30 interim', '22 million registered_voters.national 22000000 unspecified']);
    expect(claims('Unity registered 40% of the vote.')).toEqual(['40% vote_share.unity 40 unspecified']);
  });
  it('"summoned to the electoral polls" (also after people named by nationality) and "a roll of"', () => {
    expect(claims('Around 9.3 million Freedonians were summoned to the electoral polls.')).toEqual(['Around 9.3 million registered_voters.national 9300000 unspecified']);
    expect(claims('The vote was held with a roll of about 7.3 million voters.')).toEqual(['about 7.3 million registered_voters.national 7300000 unspecified']);
  });
});

describe('a per-cent number of the electorate, of those who voted', () => {
  it('"69.54 percent of the electorate", "27.27 per cent had cast ballots" are turnout; "83% of those who voted" is a side\'s share', () => {
    expect(claims('5,241,029 citizens voted, making up 69.54 percent of the electorate.')).toEqual(['5,241,029 ballots_cast.national 5241029 unspecified', '69.54 percent turnout.national 69.54 unspecified']);
    expect(claims('The commission said that 27.27 per cent had cast ballots.')).toEqual(['27.27 per cent turnout.national 27.27 unspecified']);
    expect(claims('Unity won almost 83% of those who voted.')).toEqual(['almost 83% vote_share.unity ..83 unspecified']);
  });
});

describe('more words of invalid ballots', () => {
  it('"votes invalidated", "null votes" name invalid ballots, no side\'s votes', () => {
    expect(claims('Unity won 812,000 votes, with 247,937 votes invalidated.')).toEqual(['812,000 votes_received.unity 812000 unspecified', '247,937 invalid_ballots.national 247937 unspecified']);
    expect(claims('There were 12,000 null votes.')).toEqual(['12,000 invalid_ballots.national 12000 unspecified']);
  });
});

describe('provincial, state and regional assemblies', () => {
  it('are other bodies: a sentence that opens with one is all theirs ("In provincial assemblies, Reform …")', () => {
    expect(claims('Unity won 120 seats. In provincial assemblies, Reform emerged as the largest party with eighty-four seats.')).toEqual(['120 seats_total.unity 120 unspecified']);
    expect(claims('In the regional assemblies, Unity won 45 seats.')).toEqual([]);
  });
});

describe('a bound a share is measured against', () => {
  it('is no figure: "dipped below 90%", "remained above 75%"; the share it refers to stays of its metric; "fell below the 5% threshold" stays a threshold', () => {
    expect(claims('Turnout last dipped below 90% in 2019, when it stood at 89.7%.')).toEqual(['89.7% turnout.national 89.7 historical']);
    expect(claims('Turnout remained above 75% at every election until 2019, when it dipped to 72.0%.')).toEqual(['72.0% turnout.national 72 historical']);
    expect(claims('Reform fell below the 5% threshold.')).toEqual(['5% threshold.national 5 rule']);
  });
});

describe('a side\'s name leading a list item', () => {
  it('takes no metric of the whole election from the figure before ("92,553 were invalid", then "Reform: 1,967,343 (44.0%)" is Reform\'s votes)', () => {
    expect(claims('A total of 4,561,221 votes were cast and of these, 92,553 were invalid.\n\nThe figures:\n\nUnity Party: 2,350,711 (52.6%)\n\nReform: 1,967,343 (44.0%)')).toEqual([
      '4,561,221 ballots_cast.national 4561221 unspecified',
      '92,553 invalid_ballots.national 92553 unspecified',
      '2,350,711 votes_received.unity 2350711 unspecified',
      '52.6% vote_share.unity 52.6 unspecified',
      '1,967,343 votes_received.reform 1967343 unspecified',
      '44.0% vote_share.reform 44 unspecified',
    ]);
  });
});

describe('a list item\'s first number', () => {
  it('takes the metric the item before opened with, not that of its last figure ("Unity Party: 152 seats (including 39 party-list seats)", then "Reform 141")', () => {
    expect(claims('The results so far:\n\nUnity Party: 152 seats (including 39 party-list seats)\n\nReform 141\n\nGreens 71')).toEqual([
      '152 seats_total.unity 152 interim',
      '39 seats_list.unity 39 interim',
      '141 seats_total.reform 141 interim',
      '71 seats_total.green 71 interim',
    ]);
  });
});

describe('a dash or "and" inside a name', () => {
  it('breaks no clause: "Ann Ames of the National Union – Patriotic Front (NUPF) got 2,350,711 votes" is the candidate\'s', () => {
    const race = parseLexicon(
      'race.yaml',
      `entities:
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}
  - {id: nupf, name: National Union – Patriotic Front, kind: party, aliases: [National Union – Patriotic Front (NUPF), National Union – Patriotic Front, NUPF]}
election: {year: 2031, previous: 2027}
`,
    );
    expect(claimsWith(race, 'The commission said that Ann Ames of the National Union – Patriotic Front (NUPF) got 2,350,711 votes (52.6%).')).toEqual([
      '2,350,711 votes_received.ames 2350711',
      '52.6% vote_share.ames 52.6',
    ]);
  });
});

describe('a tier the count includes', () => {
  it('is no tier of it: "Including proportional seats, Unity secured 175 seats" is its seats', () => {
    expect(claims('Including proportional seats, Unity secured 175 seats.')).toEqual(['175 seats_total.unity 175 unspecified']);
    expect(claims('On the proportional list, Unity secured 47 seats.')).toEqual(['47 seats_list.unity 47 unspecified']);
  });
});

describe('a change, then a name "now holding" a count', () => {
  it('holds a level, no change: "Unity lost nine seats, with the Greens now holding 22 seats and Reform 11"', () => {
    expect(claims('Unity lost nine seats, with the Greens now holding 22 seats and Reform 11.')).toEqual([
      'nine seats_change.unity -9 unspecified',
      '22 seats_total.green 22 unspecified',
      '11 seats_total.reform 11 unspecified',
    ]);
  });
});

describe('a rule\'s cue past a comma after the number', () => {
  it('judges what was won and names no rule: "won 35 of the 61 seats, surpassing the threshold required to form a government"', () => {
    expect(claims('Unity won 35 of the 61 seats, surpassing the threshold required to form a government.')).toEqual(['35 seats_total.unity 35 unspecified', '61 seats_total.national 61 rule']);
    expect(claims('Unity, with 108 seats, has the best chance to form a government.')).toEqual(['108 seats_total.unity 108 unspecified']);
    expect(claims('A party needs 31 seats to form a government.')).toEqual(['31 seats_majority.national 31 rule']);
  });
});

describe('a number after "a majority of the", "half of the"', () => {
  it('is the chamber\'s whole: "Unity could retain a majority of the 60 seats"', () => {
    expect(claims('Unity could retain a majority of the 60 seats in the Grand Hall.')).toEqual(['60 seats_total.national 60 rule']);
    expect(claims('No party will win more than half of the 500 seats.')).toEqual(['500 seats_total.national 500 rule']);
  });
});

describe('two numbers in a bracket after a party\'s count that add up to it', () => {
  it('are its two tiers, in the order the article gave them: "Unity won 152 seats – 113 constituency and 39 party-list seats", then "Reform 141 (112-29)"', () => {
    expect(claims('Unity won 152 seats – 113 constituency and 39 party-list seats.\n\nReform 141 (112-29)\n\nGreens 2 (0-2)')).toEqual([
      '152 seats_total.unity 152 unspecified',
      '113 seats_single_mandate.unity 113 unspecified',
      '39 seats_list.unity 39 unspecified',
      '141 seats_total.reform 141 unspecified',
      '112 seats_single_mandate.reform 112 unspecified',
      '29 seats_list.reform 29 unspecified',
      '2 seats_total.green 2 unspecified',
      '0 seats_single_mandate.green 0 unspecified',
      '2 seats_list.green 2 unspecified',
    ]);
  });
  it('stay as read when the article gave no order, or when they do not add up', () => {
    expect(claims('Reform won 141 seats (112-29).')).not.toContain('112 seats_single_mandate.reform 112 unspecified');
    expect(claims('Unity won 152 seats – 113 constituency and 39 party-list seats.\n\nReform won 142 seats (112 and 29).')).not.toContain('112 seats_single_mandate.reform 112 unspecified');
  });
});

describe('a leader named after a title and a comma', () => {
  it('is no side of the number: "Reform, led by the current Speaker of the Grand Hall, Ann Ames (7.7 percent of the votes, 7 seats)"', () => {
    expect(claims('These include Reform, led by the current Speaker of the Grand Hall, Ann Ames (7.7 percent of the votes, 7 seats).')).toEqual([
      '7.7 percent vote_share.reform 7.7 unspecified',
      '7 seats_total.reform 7 unspecified',
    ]);
  });
});

describe('a share, then ", a total of" a count', () => {
  it('pairs them for one side: "Unity won 52.6% of the vote, a total of 2,350,711 votes, to beat Reform"', () => {
    expect(claims('Unity won 52.6% of the vote, a total of 2,350,711 votes, to beat Reform, which won 1,967,343 votes.')).toEqual([
      '52.6% vote_share.unity 52.6 unspecified',
      '2,350,711 votes_received.unity 2350711 unspecified',
      '1,967,343 votes_received.reform 1967343 unspecified',
    ]);
  });
});

describe('a share with "plus one vote" right after it', () => {
  it('is the threshold: "Reform could not reach the 50 per cent plus one vote required to be elected"', () => {
    expect(claims('Reform could not reach the 50 per cent plus one vote required to be elected.')).toEqual(['50 per cent threshold.national 50 rule']);
    expect(claims('No candidate achieved 50% plus one valid vote.')).toEqual(['50% threshold.national 50 rule']);
  });
});

describe('a list of changes', () => {
  it('goes on only where no word of its own stands between the next name and its number', () => {
    expect(claims('The Greens lost five seats, while Unity kept 21 out of 60 seats.')).toEqual(['five seats_change.green -5 unspecified', '21 seats_total.unity 21 unspecified', '60 seats_total.national 60 rule']);
    expect(claims('Unity gained 12 seats, while Reform increased its count by three.')).toEqual(['12 seats_change.unity 12 unspecified', 'three seats_change.reform 3 unspecified']);
    expect(claims('Unity gained 12 seats and Reform 3.')).toEqual(['12 seats_change.unity 12 unspecified', '3 seats_change.reform 3 unspecified']);
  });
});

describe('a change, then "of its" a number', () => {
  it('is the level changed: "Reform … had to surrender 10 of its 34 seats and becomes the third party after Unity"', () => {
    expect(claims('Reform led the polls for a long time but had to surrender 10 of its 34 seats and becomes the third party after Unity.')).toEqual([
      '10 seats_change.reform -10 unspecified',
      '34 seats_total.reform 34 historical',
    ]);
  });
});

describe('"threshold" with a count of seats', () => {
  it('is the seats for a majority: "Unity won 158 seats, seven more than the threshold of 151"; "the 5% threshold" stays a share\'s', () => {
    expect(claims('Unity won 158 seats, seven more than the threshold of 151.')).toContain('151 seats_majority.national 151 rule');
    expect(claims('The Grand Hall\'s threshold increased from 61 to 62 seats.')).toContain('62 seats_majority.national 62 rule');
    expect(claims('Reform fell below the 5% threshold.')).toEqual(['5% threshold.national 5 rule']);
  });
});

describe('a rule\'s cue past "and" after the number', () => {
  it('names no rule of it: "Unity won 40 seats and passed the threshold"', () => {
    expect(claims('Unity won 40 seats and passed the threshold.')).toEqual(['40 seats_total.unity 40 unspecified']);
    expect(claims('Unity won 40 seats and passed the threshold required to form a government.')).toEqual(['40 seats_total.unity 40 unspecified']);
  });
});

describe('voters who "exercised their right"', () => {
  it('are the ballots cast: "39.2 million voters exercised their right to vote"', () => {
    expect(claims('Some 39.2 million voters exercised their right to vote on Sunday.')).toEqual(['Some 39.2 million ballots_cast.national 39200000 unspecified']);
    expect(claims('About 2 million voters exercised their franchise.')).toEqual(['About 2 million ballots_cast.national 2000000 unspecified']);
  });
});

describe('cue and unit words of missed figures', () => {
  it('a share "of voters voted", "of citizens took part" is turnout; "of voters voted for" a side\'s share', () => {
    expect(claims('In Northport, 58.3% of voters voted by 8 p.m.')).toEqual(['58.3% turnout.northport 58.3 interim']);
    expect(claims('Nationally, 74.6% of citizens took part in the electoral process.')).toEqual(['74.6% turnout.national 74.6 unspecified']);
    expect(claims('In Northport, 58.3% of voters voted for Unity.')).toEqual(['58.3% vote_share.unity 58.3 unspecified']);
  });
  it('"seat count", "seat tally" are cues of the seats ("saw its seat count decrease from 16 to 14": 16 held before, 14 now)', () => {
    expect(claims('Unity received 19% of the vote but saw its seat count decrease from 16 to 14.')).toEqual([
      '19% vote_share.unity 19 unspecified',
      '16 seats_total.unity 16 historical',
      '14 seats_total.unity 14 unspecified',
    ]);
  });
  it('"election result of", "a result of" are cues of the vote share', () => {
    expect(claims('The Greens achieved an election result of 8.0 percent, Reform a result of 21.1 percent.')).toEqual([
      '8.0 percent vote_share.green 8 unspecified',
      '21.1 percent vote_share.reform 21.1 unspecified',
    ]);
  });
  it('"voter share" is a cue of the vote share', () => {
    expect(claims('Unity holds 61 seats and has a voter share of 29%.')).toEqual(['61 seats_total.unity 61 unspecified', '29% vote_share.unity 29 unspecified']);
  });
  it('"precincts" after a count are polling stations ("2,990 out of 3,001 precincts": the whole)', () => {
    expect(claims('The count covered 2,990 out of 3,001 precincts.')).toEqual(['3,001 polling_stations.national 3001 unspecified']);
  });
  it('"exercised their right to vote" is a cue of the ballots cast; "registered voter count", "registered voter population" of the registered voters', () => {
    expect(claims('As many as 5.2 million voters exercised their right to vote.')).toEqual(['5.2 million ballots_cast.national 5200000 unspecified']);
    expect(claims('The commission reported a registered voter count of 6.6 million.')).toEqual(['6.6 million registered_voters.national 6600000 unspecified']);
  });
});

describe('a share of a count (metric field count_metric)', () => {
  it('a count a turnout cue heads, with a noun of people after it, is the ballots cast; a share paired right after a count of the ballots cast is turnout', () => {
    expect(claims('The vote ended with a voter turnout of 1,281,911 people (49.4%).')).toEqual([
      '1,281,911 ballots_cast.national 1281911 unspecified',
      '49.4% turnout.national 49.4 unspecified',
    ]);
    expect(claims('Of the 25 million voters on the rolls, 18.8 million (74.5%) voted.')).toEqual([
      '25 million registered_voters.national 25000000 unspecified',
      '18.8 million ballots_cast.national 18800000 unspecified',
      '74.5% turnout.national 74.5 unspecified',
    ]);
    expect(claims('Unity won 1,200,000 votes (45.2%).')).toEqual(['1,200,000 votes_received.unity 1200000 unspecified', '45.2% vote_share.unity 45.2 unspecified']);
  });
  it('a share paired right after a count of the whole election is that count\'s share, no figure of the metric before it', () => {
    // (The invalid ballots have a share metric, `invalid_share`: the share is theirs, in %.)
    expect(claims('Turnout was 61.2%. There are more than one million invalid votes, representing 5.8% of the total votes.')).toEqual([
      '61.2% turnout.national 61.2 unspecified',
      'more than one million invalid_ballots.national 1000000.. unspecified',
      '5.8% invalid_ballots.national 5.8 unspecified',
    ]);
  });
});
describe('a list item led by a name', () => {
  it('takes no metric of the whole election from the figures before it ("of these, 92,553 were invalid", then "Unity: 1,300,000")', () => {
    expect(claims('Unity won with 1,300,000 votes. The number of total votes cast was 2,561,221 and of these, 92,553 were invalid.\n\nUnity: 1,300,000\n\nReform: 1,100,000')).toEqual([
      '1,300,000 votes_received.unity 1300000 unspecified',
      '2,561,221 ballots_cast.national 2561221 unspecified',
      '92,553 invalid_ballots.national 92553 unspecified',
      '1,300,000 votes_received.unity 1300000 unspecified',
      '1,100,000 votes_received.reform 1100000 unspecified',
    ]);
  });
});

describe('a count with its two parts in a bracket', () => {
  it('is the seats, its parts the two tiers in the order a bracket before named them ("152 seats (113 constituencies and 39 party-list)", then "Reform 141 (112-29)")', () => {
    expect(claims('Unity Party: 152 seats (113 constituencies and 39 party-list)\n\nReform 141 (112-29)\n\nGreens: 1 (0-1)')).toEqual([
      '152 seats_total.unity 152 unspecified',
      '39 seats_list.unity 39 unspecified',
      '141 seats_total.reform 141 unspecified',
      '112 seats_single_mandate.reform 112 unspecified',
      '29 seats_list.reform 29 unspecified',
      '1 seats_total.green 1 unspecified',
      '0 seats_single_mandate.green 0 unspecified',
      '1 seats_list.green 1 unspecified',
    ]);
  });
  it('with no tiers named before, a bare count and its parts name no metric', () => {
    expect(claims('Reform 141 (112-29)')).toEqual([]);
  });
});

describe('how far the count is', () => {
  it('"computed" is a verb of counting (`numbers.progress.verbs`): "with more than half of the ballots computed" is no share', () => {
    expect(claims('With more than half of the ballots computed, Unity obtained 14.9% of the votes.')).toEqual(['14.9% vote_share.unity 14.9 interim']);
  });
});

describe('two shares set against each other that make 100', () => {
  it('are the two sides\' shares, whatever cue of a margin stands before them ("a minimal margin — 51 percent to 49 percent", "by a majority of 706,349, or 66.4% to 33.6%")', () => {
    expect(claims('Yes leads with a minimal margin — 51 percent to 49 percent.')).toEqual(['51 percent vote_share.yes 51 interim', '49 percent vote_share.no 49 interim']);
    expect(claims('Freedonia voted Yes by a majority of 706,349, or 66.4% to 33.6%.')).toEqual(['66.4% vote_share.yes 66.4 unspecified', '33.6% vote_share.no 33.6 unspecified']);
    // Shares that do not make 100 keep the margin's reading.
    expect(claims('Yes leads with a minimal margin — 51 percent to 39 percent.')).toEqual([]);
  });
});

describe('a phrase that holds a metric cue but measures nothing (`not_metric_cues`)', () => {
  it('"turned out to be the largest party with 26.4 percent" is the party\'s share, no turnout', () => {
    expect(claims('With most of the votes counted, Unity turned out to be the largest party with 26.4 percent.')).toEqual(['26.4 percent vote_share.unity 26.4 interim']);
    // The turnout cue itself still counts.
    expect(claims('Turnout was 61.2 percent.')).toEqual(['61.2 percent turnout.national 61.2 unspecified']);
  });
});

describe('a bare head noun of the seats for a majority (`head_nouns`)', () => {
  it('"the 233 majority", "the 31-seat threshold", "majority 201" are the seats needed for a majority; "a 170-seat majority" stays a margin', () => {
    expect(claims('The two parties won 198 seats combined, less than the 233 majority in the Grand Hall.')).toEqual(['233 seats_majority.national 233 rule']);
    expect(claims('Unity is projected to pass the 31-seat threshold in the Grand Hall.')).toEqual(['31 seats_majority.national 31 rule']);
    expect(claims('GRAND HALL (400 seats, majority 201)')).toEqual(['400 seats_total.national 400 rule', '201 seats_majority.national 201 rule']);
    expect(claims('This would give Unity a 170-seat majority.')).toEqual([]);
  });
});

describe('a number joined to a change right before it by a bare comma or "and"', () => {
  it('is a change of the same metric and sign ("respectively losing five and six seats")', () => {
    expect(claims('Unity and Reform both suffered losses, respectively losing five and six seats.')).toEqual([
      'five seats_change.unity -5 unspecified',
      'six seats_change.reform -6 unspecified',
    ]);
  });
});

describe('"voted to reject", "votes cast in her support"', () => {
  it('are cues of a side\'s votes, not of the ballots cast ("1,114,620 people voted to reject", "voted to approve")', () => {
    expect(claims('In total, 1,114,620 people voted to reject the proposal, and No won.')).toEqual(['1,114,620 votes_received.no 1114620 unspecified']);
    expect(claims('Overall 61.5% voted to approve the proposal, a win for Yes.')).toEqual(['61.5% vote_share.yes 61.5 unspecified']);
    expect(claims('In total, 1,114,620 people voted.')).toEqual(['1,114,620 ballots_cast.national 1114620 unspecified']);
  });
});

describe('the second number of a change "from X to just Y"', () => {
  it('is of the first\'s metric past a word of degree ("with its seats dropping from 13 to just 5")', () => {
    expect(claims('Reform garnered 7.8% of the vote, with its seats dropping from 13 to just 5.')).toEqual([
      '7.8% vote_share.reform 7.8 unspecified',
      '13 seats_total.reform 13 historical',
      '5 seats_total.reform 5 unspecified',
    ]);
  });
});

describe('a "with" phrase after the rival a subject beat (`contrast_verbs`)', () => {
  it('is the subject\'s ("Unity has overtaken Reform for the first time, with 30 seats and a vote share of 14.6%")', () => {
    expect(claims('Unity has overtaken Reform for the first time, with 30 seats and a vote share of 14.6%.')).toEqual(['30 seats_total.unity 30 unspecified', '14.6% vote_share.unity 14.6 unspecified']);
    // A relative clause after the rival stays the rival's.
    expect(claims('Unity beat Reform, which won 20 seats.')).toEqual(['20 seats_total.reform 20 unspecified']);
  });
});

describe('a passive of winning after a number ("received by his opponent, …")', () => {
  it('links the number to the name after "by"', () => {
    expect(claims('Unity received 51.97 percent of the votes, compared to 48.03 percent received by its rival, Reform.')).toEqual([
      '51.97 percent vote_share.unity 51.97 unspecified',
      '48.03 percent vote_share.reform 48.03 unspecified',
    ]);
  });
});

describe('"rejected ballots", "rejected votes"', () => {
  it('are cues of the invalid ballots ("Rejected ballots: 239,109", "while rejected votes were 24,025")', () => {
    expect(claims('Rejected ballots: 239,109')).toEqual(['239,109 invalid_ballots.national 239109 unspecified']);
    expect(claims('Unity won, while rejected votes were 24,025.')).toEqual(['24,025 invalid_ballots.national 24025 unspecified']);
  });
});

describe('the parties a coalition is made of', () => {
  it('are no figure (`numbers.composition_before`): "a coalition of four left-wing parties", "brought together 15 small parties"; "15 parties are running" stays', () => {
    expect(claims('Unity, a coalition of four left-wing parties, won 49.8% of the vote.')).toEqual(['49.8% vote_share.unity 49.8 unspecified']);
    expect(claims('Reform, which brought together 15 small regional parties, won 31 seats.')).toEqual(['31 seats_total.reform 31 unspecified']);
    expect(claims('In all, 15 parties are running.')).toEqual(['15 parties_contesting.national 15 unspecified']);
  });
});

describe('polling stations where something went wrong', () => {
  it('are no figure (`numbers.incident_before`, `incident_after`): "repeated voting in around thirty polling stations", "221 polling stations were cancelled"; "in 12,500 polling stations" stays', () => {
    expect(claims('After repeated voting in around thirty polling stations, Unity won 40 seats.')).toEqual(['40 seats_total.unity 40 unspecified']);
    expect(claims('Observers filed 140 reports about 80 polling stations.')).toEqual([]);
    expect(claims('Of the 12,500 polling stations, 221 polling stations were cancelled.')).toEqual(['12,500 polling_stations.national 12500 unspecified']);
    expect(claims('Voting took place in 12,500 polling stations.')).toEqual(['12,500 polling_stations.national 12500 unspecified']);
  });
});

describe('seats whose results are counted or still awaited', () => {
  it('are no figure (`numbers.seats_counted`): "counting was held for 119 seats", "results … for 118 out of the 120 seats", "With 117 seats accounted for", "the undeclared two seats", "one seat … has yet to be declared"; "Unity won 40 seats" stays', () => {
    expect(claims('Since one candidate was elected unopposed, counting was held for 119 seats.')).toEqual([]);
    expect(claims('The commission has announced results for 118 out of the 120 seats.')).toEqual([]);
    expect(claims('With 117 seats accounted for, Unity won 40 seats.')).toEqual(['40 seats_total.unity 40 unspecified']);
    expect(claims('Turnout was 61%, not counting the undeclared two seats.')).toEqual(['61% turnout.national 61 unspecified']);
    expect(claims('As of midnight, one seat in the southern district has yet to be declared.')).toEqual([]);
    expect(claims('The voting for the remaining two seats was postponed.')).toEqual([]);
    expect(claims('Unity won 40 seats, and results are yet to be announced.')).toEqual(['40 seats_total.unity 40 unspecified']);
  });
});

describe('offices of every body and the people who run or guard the vote', () => {
  it('are no figure (`numbers.other_nouns`): "almost 900 public officials", "more than 15,000 posts", "0.5 million police", "1,100 workers"; the turnout and voters beside them stay', () => {
    expect(claims('On Sunday, 61% of the electorate went to the polls to elect almost 900 public officials.')).toEqual(['61% turnout.national 61 unspecified']);
    expect(claims('Some 3.1 million voters were eligible to vote for more than 15,000 posts.')).toEqual(['Some 3.1 million registered_voters.national 3100000 unspecified']);
    expect(claims('More than 0.5 million police and soldiers stood guard across the country.')).toEqual([]);
    expect(claims('Over 1,100 workers helped count the votes.')).toEqual([]);
  });
});

describe('seats or constituencies whose results are counted, named with "of" or a total after them', () => {
  it('are no figure, the total too (`numbers.seats_counted`): "results of 97 seats out of 99", "results from the remaining 23 (out of a total 61) constituencies", "the results of 88 constituencies"; a majority far from "results" and "40 of the 150 seats" stay', () => {
    expect(claims('Unofficial results of 97 seats out of 99 were available by morning.')).toEqual([]);
    expect(claims('Results from the remaining 23 (out of a total 61) constituencies will be announced on Monday.')).toEqual([]);
    expect(claims('The report examines the results of 88 constituencies.')).toEqual([]);
    expect(claims('While the results are early, they show that no party will win a majority of the 150 seats in the Grand Hall.')).toEqual(['150 seats_total.national 150 rule']);
    expect(claims('Unity won 40 of the 150 seats.')).toEqual(['40 seats_total.unity 40 unspecified', '150 seats_total.national 150 rule']);
  });
});

describe('a legislature in an election of no chamber', () => {
  const race = parseLexicon(
    'race.yaml',
    'entities:\n  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames]}\n  - {id: bell, name: Bo Bell, kind: candidate, aliases: [Bo Bell]}\nelection: {year: 2031}\n',
  );
  it('is another body (`legislatures`): "80 deputies were also elected", "the 57 seats in the Legislative Assembly"; an election of a chamber keeps them', () => {
    expect(claimsWith(race, 'On Sunday, 80 deputies were also elected, and Ann Ames won 52.3% of the vote.')).toEqual(['52.3% vote_share.ames 52.3']);
    expect(claimsWith(race, 'Voters also chose the 57 seats in the Legislative Assembly.')).toEqual([]);
    expect(claims('On Sunday, 80 deputies were elected to the Grand Hall.')).toEqual(['80 seats_total.national 80 rule']);
  });
});

describe('a rate that is no figure of the election', () => {
  it('names no figure (`numbers.other_rates`): "a record abstention rate of 52.8%", "the highest abstention in 60 years, with more than 40%", "to 7.0% economic growth"; a share after a name or another share stays', () => {
    expect(claims('The vote saw a record abstention rate of 52.8%, the highest ever.')).toEqual([]);
    expect(claims('Unity won 38%. The election registered the highest abstention in 60 years, with more than 40%.')).toEqual(['38% vote_share.unity 38 unspecified']);
    expect(claims('Despite steering the economy to 7.0% economic growth, Unity won only 31% of the vote.')).toEqual(['31% vote_share.unity 31 unspecified']);
    expect(claims('Abstention was the main worry, and Unity won 40% of the vote.')).toEqual(['40% vote_share.unity 40 unspecified']);
  });
});

describe('how a poll was made', () => {
  it('is no figure (`numbers.poll_method`): "projections based on 10,000 votes", "accurate within 1 to 8 seats", "conducted … at 160 polling stations"; "The exit poll put Unity at 40%" stays', () => {
    expect(claims('Early projections based on 10,000 votes give Unity some 55% of the vote.')).toEqual(['some 55% vote_share.unity 55 estimate']);
    expect(claims('The exit poll (which has been accurate within 1 to 8 seats at the last five elections) gives Unity 320 seats.')).toEqual(['320 seats_total.unity 320 exit_poll']);
    expect(claims('The exit poll was conducted by Ipsos on 4,000 respondents at 160 polling stations.')).toEqual([]);
    expect(claims('The exit poll put Unity at 40%.')).toEqual(['40% vote_share.unity 40 exit_poll']);
  });
});

describe('a share named as such after a count (`SHARE_PAIR`)', () => {
  it('is the count\'s side\'s: "and a percentage of", "with a percentage of", "votes at N per cent"', () => {
    expect(claims('Reform came third with 103,755 votes and a percentage of 26.11%.')).toEqual(['103,755 votes_received.reform 103755 unspecified', '26.11% vote_share.reform 26.11 unspecified']);
    expect(claims('The other results are: Unity, 204,167 with a percentage of 6.25%; Reform, 177,881 with a percentage of 5.44%.')).toEqual([
      '204,167 votes_received.unity 204167 unspecified',
      '6.25% vote_share.unity 6.25 unspecified',
      '177,881 votes_received.reform 177881 unspecified',
      '5.44% vote_share.reform 5.44 unspecified',
    ]);
    expect(claims('Reform was trailing far behind with 235,000 votes at 16 per cent.')).toEqual(['235,000 votes_received.reform 235000 unspecified', '16 per cent vote_share.reform 16 unspecified']);
    // A time after "at" stays a time.
    expect(claims('Reform had 30,000 votes at 5 p.m.')).toEqual(['30,000 votes_received.reform 30000 interim']);
  });

  it('the minutes (tally sheets) scrutinized are how far the count is, no share', () => {
    expect(claims('With one hundred percent of the minutes scrutinized, Unity has 2,701,725 votes, with a percentage of 82.66%.')).toEqual([
      '2,701,725 votes_received.unity 2701725 preliminary',
      '82.66% vote_share.unity 82.66 preliminary',
    ]);
  });
});

describe('a change "from X to Y" in number words', () => {
  it('gives the second number to the first\'s side and metric, no contrast of two sides ("which fell from eight to seven")', () => {
    expect(claims('Unity won 40 seats, at the expense of Reform, which fell from eight to seven.')).toEqual([
      '40 seats_total.unity 40 unspecified',
      'eight seats_total.reform 8 historical',
      'seven seats_total.reform 7 unspecified',
    ]);
    expect(claims('The Greens fell from nine to four seats.')).toEqual(['nine seats_total.green 9 historical', 'four seats_total.green 4 unspecified']);
  });
});

describe('a count paired with a turnout share (`shareCount`)', () => {
  it('is the ballots cast, the share before it or after it ("About 9.4 million people – about 52.5 percent of eligible voters")', () => {
    expect(claims('About 9.4 million people – about 52.5 percent of eligible voters – cast ballots on Sunday.')).toEqual([
      'About 9.4 million ballots_cast.national 9400000 unspecified',
      'about 52.5 percent turnout.national 52.5 unspecified',
    ]);
    expect(claims('In all, 5,241,029 Freedonian citizens, making up 69.54 percent of the electorate, voted.')).toEqual([
      '5,241,029 ballots_cast.national 5241029 unspecified',
      '69.54 percent turnout.national 69.54 unspecified',
    ]);
    expect(claims('More than 31 percent of eligible voters — 13.84 million out of over 44.28 million — voted early.')).toEqual([
      'More than 31 percent turnout.national 31.. unspecified',
      '13.84 million ballots_cast.national 13840000 unspecified',
      'over 44.28 million registered_voters.national 44280000.. unspecified',
    ]);
    // A count paired with a side's share stays the side's votes.
    expect(claims('Unity won 52.5 percent of the vote – 9.4 million.')).toEqual(['52.5 percent vote_share.unity 52.5 unspecified', '9.4 million votes_received.unity 9400000 unspecified']);
  });
});

describe('the invalid ballots as a share (metric `invalid_share`, stated as `invalid_ballots` in %)', () => {
  it('reads a share of the ballots declared invalid, and a share paired with a count of them', () => {
    expect(claims('Some 1.18% of ballots were declared invalid.')).toEqual(['Some 1.18% invalid_ballots.national 1.18 unspecified']);
    expect(claims('About 2.7% of the ballots were declared invalid.')).toEqual(['About 2.7% invalid_ballots.national 2.7 unspecified']);
    expect(claims('Spoilt votes: 6,042 (0.30 per cent)')).toEqual(['6,042 invalid_ballots.national 6042 unspecified', '0.30 per cent invalid_ballots.national 0.3 unspecified']);
    expect(read('Spoilt votes: 6,042 (0.30 per cent)', lexicon).map((c) => c.unit)).toEqual(['votes', '%']);
    // "of the ballots" alone stays the vote share's cue.
    expect(claims('Unity won 45% of the ballots.')).toEqual(['45% vote_share.unity 45 unspecified']);
  });

  it('is a metric of the whole election: a side named after it in the list takes its own share', () => {
    expect(claims('Null votes totaled 17% and Yes 7%.')).toEqual(['17% invalid_ballots.national 17 unspecified', '7% vote_share.yes 7 unspecified']);
  });
});

describe('a side\'s seat count and a share in one item (`seatsPair`)', () => {
  it('gives the share to the side of the seat count right before it ("won 184 seats, 71.28%", "64 MPs … after winning 24.6 per cent")', () => {
    expect(claims('Unity won 184 parliamentary seats, 71.28%.')).toEqual(['184 seats_total.unity 184 unspecified', '71.28% vote_share.unity 71.28 unspecified']);
    expect(claims('The Unity coalition will have 64 MPs in the next Grand Hall after winning 24.6 per cent.')).toEqual(['64 seats_total.unity 64 unspecified', '24.6 per cent vote_share.unity 24.6 unspecified']);
    expect(claims('Reform will have 37 MPs after finishing third with 14.2 per cent.')).toEqual(['37 seats_total.reform 37 unspecified', '14.2 per cent vote_share.reform 14.2 unspecified']);
  });

  it('reads the side named after a share and seat count joined by "and" ("Third place with 14% and 18 seats is taken by Reform")', () => {
    expect(claims('Third place with 14% and 18 seats is taken by Reform.')).toEqual(['14% vote_share.reform 14 unspecified', '18 seats_total.reform 18 unspecified']);
  });
});

describe('a seat change against an earlier election', () => {
  it('reads "more than after", "fewer than what" as a comparison with what a side had', () => {
    expect(claims('Unity were allocated 69 seats, two more than after the 2027 snap polls.')).toEqual(['69 seats_total.unity 69 unspecified', 'two seats_change.unity 2 unspecified']);
    expect(claims('Unity won 120 seats, one seat fewer than what the party won under its former leader.')).toEqual(['120 seats_total.unity 120 unspecified', 'one seats_change.unity -1 unspecified']);
  });

  it('"This is five seats less …" after a side\'s seats out of the chamber\'s is the side\'s change, not the chamber\'s', () => {
    expect(claims('The ruling Unity gets 61 seats in the parliament out of 151. This is five seats less than in the previous elections in 2027.')).toEqual([
      '61 seats_total.unity 61 unspecified',
      '151 seats_total.national 151 rule',
      'five seats_change.unity -5 unspecified',
    ]);
  });
});

describe('a lead that names no side', () => {
  const race = parseLexicon(
    'lead.yaml',
    'entities:\n  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}\n  - {id: bell, name: Bo Bell, kind: candidate, aliases: [Bo Bell, Bell]}\nelection: {year: 2031, previous: 2027}\n',
  );
  it('is the side ahead of the last two shares, or the side of the last lead', () => {
    expect(claimsWith(race, 'Ann Ames won 47.9% of the vote. Bo Bell got 43.7%.\n\nThe difference between the two candidates is just over four percentage points.')).toEqual([
      '47.9% vote_share.ames 47.9',
      '43.7% vote_share.bell 43.7',
      'just over four margin.ames null',
    ]);
    expect(claimsWith(race, 'Bo Bell won 40% of the vote, a lead of 12 points over Ann Ames.\n\nPolls had given him a 20-point lead.').at(-1)).toBe('20 margin.bell 20');
  });
  it('stays the nation\'s where it is a rule', () => {
    expect(claimsWith(race, 'Ann Ames won 47.9% of the vote. Bo Bell got 43.7%.\n\nAs none of the candidates obtained 45% of the votes or 40% with a 10 percentage point advantage, a run-off will be held.').at(-1)).toBe('10 margin.national 10');
  });
});

describe('a share paired after a side\'s count', () => {
  it('is the side\'s share of the vote, whatever share of turnout came before', () => {
    expect(claims('Turnout stood at 89.7%.\n\nIn total, Reform garnered 9,308 (3.2%) votes.')).toEqual([
      '89.7% turnout.national 89.7 unspecified',
      '9,308 votes_received.reform 9308 unspecified',
      '3.2% vote_share.reform 3.2 unspecified',
    ]);
    expect(claims('There was a 60% voter turnout rate. Unity won the most seats with 78 (29.64%).').slice(1)).toEqual(['78 seats_total.unity 78 unspecified', '29.64% vote_share.unity 29.64 unspecified']);
  });
});

describe('"they" and "them" for a party named just before', () => {
  it('stand for the last party or group of the sentence before, before the number only', () => {
    expect(claims('The Greens were the big losers of the night.\n\nThey garnered almost 9% of the votes.')).toEqual(['almost 9% vote_share.green ..9 unspecified']);
    expect(claims('The Greens suffered a setback. This condemns them to lose five seats, leaving them with 23.')).toEqual([
      'five seats_change.green -5 unspecified',
      '23 seats_total.green 23 unspecified',
    ]);
    // After the number, "they" opens a clause of its own: the chamber's size stays the nation's.
    expect(claims('Unity won in 2027. This time, in a Grand Hall expanded to 162 seats, they are much less dominant.')).toEqual(['162 seats_total.national 162 rule']);
  });
  it('stand for no party where a place was named last, or where the party was named two sentences before', () => {
    expect(claims('Unity won 87 seats. The votes of Northport matter. Together they are entitled to four seats.').at(-1)).toBe('four seats_total.national 4 rule');
    expect(claims('Unity lost ground.\n\nHow are the seats shared?\n\nWhen voters go to the polls, they have two votes for the Grand Hall.')).not.toContain('two votes_received.unity 2 unspecified');
  });
});

describe('a side\'s count of seats with no name in reach', () => {
  it('takes the one side its sentence names before it, or the one a reference before it stands for', () => {
    expect(
      claims('In the elections held last weekend, Unity, a member of the liberal family of parties in Freedonia, finished as the largest single party in the 200-seat Grand Hall with 72 mandates, but short of a majority.'),
    ).toEqual(['200 seats_total.national 200 rule', '72 seats_total.unity 72 unspecified']);
    expect(claims('Unity will return as the smallest group with 11 seats. It failed to clear the threshold in October, but had as many as 65 MPs in the short-lived Grand Hall.').at(-1)).toBe('65 seats_total.unity 65 unspecified');
    // No side named before it: the chamber's size.
    expect(claims('The new Grand Hall will have 150 seats.')).toEqual(['150 seats_total.national 150 rule']);
  });
});

describe('a reference in the sentence of its subject', () => {
  it('stands for the side that opens the sentence when the other sides before it are objects of a preposition', () => {
    expect(claims('The Green Party, which needed the support of the allies led by Unity, fell far short of the 44 seats it won in 2027.')).toEqual(['44 seats_total.green 44 historical']);
    const race = parseLexicon(
      'race.yaml',
      'entities:\n  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}\n  - {id: bell, name: Bo Bell, kind: candidate, aliases: [Bo Bell, Bell]}\n  - {id: northport, name: Northport, kind: place, aliases: [Northport]}\nelection: {year: 2031, chamber: [Grand Hall]}\n',
    );
    expect(claimsWith(race, 'As the map shows, Ames led in the provinces won by Bell in 2027, in Eastvale, Northport and Southport, where she received 61% of the votes.')).toEqual(['61% vote_share.ames 61']);
    // A side that is a subject of its own clause keeps the reference.
    expect(claimsWith(race, 'Ames led the count, while Bell said she received 41% of the votes.')).toEqual(['41% vote_share.bell 41']);
  });
});

describe('a share with a word for its side and no cue', () => {
  it('is the side\'s vote share: "it", "the party", "they", "he" before it in its clause stand for the side named before', () => {
    expect(claims('Unity fell short of the threshold for entry. The party received just 3.16% of the total vote.')).toEqual(['3.16% vote_share.unity 3.16 unspecified']);
    expect(claims('The Greens suffered a setback after a long campaign in the whole country: they won 8.55%.')).toEqual(['8.55% vote_share.green 8.55 unspecified']);
    // A possessive names what the side owns; "the 40% wall" a bar; an infinitive an aim.
    expect(claims('Unity won the last election. A drop in demand has impacted its economy, where diamonds make up over 80% of exports.')).toEqual([]);
    expect(claims('Unity was confident. A bonus follows if the party also breaks the 40% wall.')).toEqual([]);
    expect(claims('Reform came fourth last time. This time it aims to earn more than 20 percent.')).toEqual([]);
  });
});

describe('a share after a verb of winning or a rank, the sentence\'s subject a side', () => {
  it('is the subject\'s vote share past a relative clause or a long verb phrase', () => {
    expect(claims('The Green Party, which ran in 30 districts, won 9.4 per cent.')).toEqual(['9.4 per cent vote_share.green 9.4 unspecified']);
    expect(claims('Reform took part in the race for the first time and came fourth with 3.12%.')).toEqual(['3.12% vote_share.reform 3.12 unspecified']);
    // No side as the subject: no share.
    expect(claims('A newcomer took part in the race and came fourth with 3.12%.')).toEqual([]);
  });
});

describe('a side\'s figure in a sentence that names no one, opening on a word for a side or a verb of winning', () => {
  const race = parseLexicon(
    'race3.yaml',
    `entities:
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}
  - {id: unity, name: Unity, kind: party, aliases: [Unity]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall]}
country: Freedonia
`,
  );
  it('is the side\'s that the sentence before named alone, of the metric\'s kinds (in its paragraph or the last of the one before)', () => {
    // The leader's "she" stands for her party's seats: the one party the sentence before named.
    expect(claimsWith(race, 'In the north, Unity of the prime minister won the vote. She received 37 seats in the Grand Hall.')).toEqual(['37 seats_total.unity 37']);
    expect(claimsWith(race, 'Ames was first elected president in 2008 after a long career abroad.\n\nShe was re-elected in 2015, 2020 and in 2025, with 86% of the votes.')).toEqual(['86% vote_share.ames 86']);
    expect(claimsWith(race, '“This result is a clear rebuke to Unity and its leaders,” an analyst told the press.\n\nWinning 68 seats is no more than a face-saver, she added.')).toEqual(['68 seats_total.unity 68']);
    // Two sides named before, or a sentence that opens on no such word: no side.
    expect(claimsWith(race, 'Unity and Reform both claimed the vote. She received 37 seats in the Grand Hall.')).toEqual([]);
    expect(claimsWith(race, 'In the north, Unity of the prime minister won the vote. The rest received less than 1% of votes.')).toEqual([]);
  });
});

describe('a share written without its per-cent sign', () => {
  it('is a share where its words name one: "of the votes" after it, "a percentage of" before it, a per-cent cue as its subject', () => {
    expect(claims('Reform received 12.45 of the votes cast abroad.')).toEqual(['12.45 vote_share.reform 12.45 unspecified']);
    expect(claims('The results: Unity, 1,204,377, with a percentage of 61.08.')).toEqual([
      '1,204,377 votes_received.unity 1204377 unspecified',
      '61.08 vote_share.unity 61.08 unspecified',
    ]);
    expect(claims('The voter turnout has accordingly stood at 47.31, the commission said.')).toEqual(['47.31 turnout.national 47.31 unspecified']);
    // A number with decimals and a unit, or whole, stays a count.
    expect(claims('Reform received 1.45 million votes.')).toEqual(['1.45 million votes_received.reform 1450000 unspecified']);
  });
});

describe('the ballots cast in other words', () => {
  it('"votes have been cast", "the total number of votes", "the total number of voters"; the valid part is no figure, the null part the invalid ballots', () => {
    expect(claims('A total of 3,120,455 votes have been cast, of which 3,050,120 are valid and 70,335 are null.')).toEqual([
      '3,120,455 ballots_cast.national 3120455 unspecified',
      '70,335 invalid_ballots.national 70335 unspecified',
    ]);
    expect(claims('The commission put the total number of votes at 2,401,377.')).toEqual(['2,401,377 ballots_cast.national 2401377 unspecified']);
    expect(claims('In Northport, where the total number of voters was 12,406, Unity won 7,001 votes.')).toEqual([
      '12,406 ballots_cast.northport 12406 unspecified',
      '7,001 votes_received.unity 7001 unspecified',
    ]);
  });
});

describe('a share after a copula far from its subject', () => {
  it('is the metric of the cue that opens its sentence, past an opening phrase and any count between', () => {
    expect(claims('The turnout in the vote for the 120-seat Grand Hall was around 61 percent.')).toEqual([
      '120 seats_total.national 120 rule',
      'around 61 percent turnout.national 61 unspecified',
    ]);
    expect(claims('As of 14:00, voter turnout in the elections to the Grand Hall held across the whole country was 38.2 percent.')).toEqual(['38.2 percent turnout.national 38.2 interim']);
    expect(claims('The turnout in the ballot, in which some 2.1 million people were eligible to vote, was 57%.')).toEqual([
      'some 2.1 million registered_voters.national 2100000 unspecified',
      '57% turnout.national 57 unspecified',
    ]);
    // Not past another share: the second has its own subject.
    expect(claims('Turnout was 60%, and the share of Unity was 40%.')).toEqual(['60% turnout.national 60 unspecified', '40% vote_share.unity 40 unspecified']);
  });
});

describe('the two levels of a change "from A to B"', () => {
  it('the unit noun after the second number names the first too; a word of time or "then" may stand between', () => {
    expect(claims('Reform shrank from 41 to 23 deputies.')).toEqual(['41 seats_total.reform 41 historical', '23 seats_total.reform 23 unspecified']);
    expect(claims('Reform is set to slide from the outgoing 31 to 26 seats.')).toEqual(['31 seats_total.reform 31 historical', '26 seats_total.reform 26 unspecified']);
    expect(claims('Reform is shrinking, from roughly 17 percent then to 11 percent today.')).toEqual([
      'roughly 17 percent vote_share.reform 17 historical',
      '11 percent vote_share.reform 11 unspecified',
    ]);
  });
});

describe('the electorate a turnout is a share of', () => {
  it('is a figure of its own, the registered voters ("67 percent of 44.28 million eligible voters")', () => {
    expect(claims('Some 67 percent of 44.28 million eligible voters cast their votes on Sunday.')).toEqual([
      'Some 67 percent turnout.national 67 unspecified',
      '44.28 million registered_voters.national 44280000 unspecified',
    ]);
    expect(claims('About 52% of the 18 million Freedonians eligible to vote went to the polls.')).toEqual([
      'About 52% turnout.national 52 unspecified',
      '18 million registered_voters.national 18000000 unspecified',
    ]);
    // The whole of a side's share stays one figure with it.
    expect(claims('Unity won 45% of the 3 million votes cast.')).toEqual(['45% of the 3 million vote_share.unity 45 unspecified']);
  });
  it('a share of a count of the electorate named after it is the turnout, with no cue of its own before the whole', () => {
    expect(claims('In all, 61.5% of the more than 4.2 million registered voters voted.')).toEqual([
      '61.5% turnout.national 61.5 unspecified',
      'more than 4.2 million registered_voters.national 4200000.. unspecified',
    ]);
    expect(claims('A total of 1,201,400 people voted, amounting to 58.3 percent of the registered voters.')).toEqual([
      '1,201,400 ballots_cast.national 1201400 unspecified',
      '58.3 percent turnout.national 58.3 unspecified',
    ]);
    expect(claims('This made up 88.1 per cent of the 1,402,771 registered electors.')).toEqual([
      '88.1 per cent turnout.national 88.1 unspecified',
      '1,402,771 registered_voters.national 1402771 unspecified',
    ]);
    // The whole after a possessive, with the turnout's own cue after it: the whole is still the electorate.
    expect(claims('More than 70% of Freedonia’s 3.4 million voters cast their ballots.')).toEqual([
      'More than 70% turnout.national 70.. unspecified',
      '3.4 million registered_voters.national 3400000 unspecified',
    ]);
  });
  it('a share with no cue in a sentence that opens on a part of those before is no turnout again', () => {
    expect(claims('Some 61.5 per cent of the 4.2 million registered voters voted. Of those, only 9 per cent were under 30.')).toEqual([
      'Some 61.5 per cent turnout.national 61.5 unspecified',
      '4.2 million registered_voters.national 4200000 unspecified',
    ]);
  });
});

describe('a share joined to its count by a participle', () => {
  it('"amounting to", "constituting", "translating to", "; that is," pair the share with the count before it', () => {
    expect(claims('Unity obtained 814,481 votes, amounting to 50.64 percent, while Reform got 793,914 votes, constituting 49.36 percent.')).toEqual([
      '814,481 votes_received.unity 814481 unspecified',
      '50.64 percent vote_share.unity 50.64 unspecified',
      '793,914 votes_received.reform 793914 unspecified',
      '49.36 percent vote_share.reform 49.36 unspecified',
    ]);
    expect(claims('Reform garnered 1 967 343 votes, translating to 44 percent.')).toEqual(['1 967 343 votes_received.reform 1967343 unspecified', '44 percent vote_share.reform 44 unspecified']);
    expect(claims('The null votes were 60,027; that is, 1.84%.')).toEqual(['60,027 invalid_ballots.national 60027 unspecified', '1.84% invalid_ballots.national 1.84 unspecified']);
  });
});

describe('the moment of a snapshot (as_of)', () => {
  const moments = (body: string, title: string | null = null) => read(body, lexicon, title).map((c) => `${c.text} ${c.qualifier} ${c.as_of ?? '-'}`);

  it('a count in progress or a time of day in the sentence is its results\' moment', () => {
    expect(moments('With 95% of the votes counted, Unity had 41.2 percent of the vote.')).toEqual(['41.2 percent interim 95% counted']);
    expect(moments('By 10:00, turnout was 6.7%.')).toEqual(['6.7% interim 10:00']);
    expect(moments('With 3,110 of 3,111 polling stations reporting, Unity had 41.2 percent of the vote.')).toEqual([
      '3,111 unspecified -',
      '41.2 percent interim 3,110 of 3,111 polling stations',
    ]);
  });

  it('a part of the polling stations is a moment only when it is the part counted', () => {
    expect(moments('Observers assessed negatively the vote counting procedures at 59 out of 128 polling stations. Turnout was 54.19 percent.').filter((l) => l.startsWith('54.19')).map((l) => l.split(' ').at(-1))).toEqual(['-']);
    // (The number reader takes "from 3,110" as a count of counting units in progress, numbers.ts `fromUnits`.)
    expect(moments('With results from 3,110 of 3,111 polling stations, Unity had 41.2 percent of the vote.').filter((l) => l.startsWith('41.2'))).toEqual(['41.2 percent interim 3,110 counted']);
    expect(moments('Counting of votes from 3,110 of 3,111 polling stations is over; Unity had 41.2 percent of the vote.').filter((l) => l.startsWith('41.2')).map((l) => l.split(' ').slice(3).join(' '))).not.toEqual(['-']);
  });

  it('a part of the count, N of M, is the moment where a verb of counting follows it or words before it say the results come from it', () => {
    // The numbers no quantity of their own (`countedPart`).
    expect(moments('With 155 of 156 constituencies reporting, Unity had 2,810,757 votes.').filter((l) => l.startsWith('2,810,757'))).toEqual(['2,810,757 interim 155 of 156 constituencies reporting']);
    expect(moments('Unity had 60% of the vote so far with ballots from 25 of 28 districts counted.').filter((l) => l.startsWith('60%'))).toEqual(['60% interim 25 of 28 districts counted']);
    // Results that come from the part, up to three words between ("the results of the ballots of").
    expect(moments('According to the results of the ballots of 3,110 out of 3,111 precincts, Unity received 53.9% of votes.').filter((l) => l.startsWith('53.9%'))).toEqual(['53.9% interim 3,110 out of 3,111 precincts']);
    expect(moments('At 9 a.m. the commission announced the results based on processed 7,822 out of 8,273 polling stations. Unity won 46.9 percent of the vote.').filter((l) => l.startsWith('46.9'))).toEqual(['46.9 percent interim 7,822 out of 8,273 polling stations']);
    // Not a part where something else happened.
    expect(moments('Observers assessed negatively the vote counting procedures at 59 out of 128 polling stations. Turnout was 54.19 percent.').filter((l) => l.startsWith('54.19')).map((l) => l.split(' ').at(-1))).toEqual(['-']);
  });

  it('the frame a result takes its stage from gives its moment; a sentence with its own stage and no moment has none', () => {
    expect(moments('With more than 99% of the votes counted, Unity leads with 41.2 percent of the vote. Reform had 20 percent.')).toEqual([
      '41.2 percent interim more than 99% counted',
      '20 percent interim more than 99% counted',
    ]);
    expect(moments('With 95% of the votes counted, Unity leads with 41.2 percent. The final results gave Reform 20 percent of the vote.')).toEqual([
      '41.2 percent interim 95% counted',
      '20 percent final -',
    ]);
    expect(moments('Unity won 41.2 percent of the vote.')).toEqual(['41.2 percent unspecified -']);
  });

  it('a frame that names the same count again with no figure and no moment keeps the moment before it', () => {
    expect(moments('With 95% of the votes counted, Unity leads with 41.2 percent. The preliminary results were a surprise. Reform had 20 percent.')).toEqual([
      '41.2 percent interim 95% counted',
      '20 percent preliminary 95% counted',
    ]);
    // Not under a later stage.
    expect(moments('With 95% of the votes counted, Unity leads with 41.2 percent. The final results were a surprise. Reform had 20 percent.')).toEqual([
      '41.2 percent interim 95% counted',
      '20 percent final -',
    ]);
  });

  it('past a frame with figures of its own, the moment goes on for the results of the sides, not for the figures of the voting', () => {
    expect(moments('With 95% of the votes counted, Unity leads with 41.2 percent. Preliminary results gave Reform 20 percent. Hope had 9 percent.')).toEqual([
      '41.2 percent interim 95% counted',
      '20 percent preliminary -',
      '9 percent preliminary 95% counted',
    ]);
    expect(moments('With 95% of the votes counted, Unity leads with 41.2 percent. Preliminary results gave Reform 20 percent. Turnout was 60 percent.')).toEqual([
      '41.2 percent interim 95% counted',
      '20 percent preliminary -',
      '60 percent preliminary -',
    ]);
    // Nor past a later stage.
    expect(moments('With 95% of the votes counted, Unity leads with 41.2 percent. The final results gave Reform 20 percent. Hope had 9 percent.').at(-1)).toBe('9 percent final -');
  });

  it('a frame with figures of its own keeps the moment before it when it names the same count again by a definite word ("these results", "the latest data")', () => {
    expect(moments('With 95% of the votes counted, Unity leads with 41.2 percent. Although these results are still preliminary, Reform has 20 percent. The Greens had 5 percent.')).toEqual([
      '41.2 percent interim 95% counted',
      '20 percent preliminary -',
      '5 percent preliminary 95% counted',
    ]);
    // Not a result named with what it is of ("the results of the postal vote"): another count, or a part of it.
    expect(moments('With 95% of the votes counted, Unity leads with 41.2 percent. According to preliminary data, Reform has 20 percent, based on the results of the postal vote. The Greens had 5 percent.')).toEqual([
      '41.2 percent interim 95% counted',
      '20 percent preliminary -',
      '5 percent preliminary -',
    ]);
  });
});

describe('a number tied to the figure right before it takes that figure\'s side (tied-figure)', () => {
  it('"with 16.9 percent of the vote, enough for 19 seats", "27.8% of the vote for 71 mandates", "8,479,095 votes - or 40.31 percent": the side of the figure before, not a name after or inside its gloss', () => {
    expect(claims('In second place was Unity, led by its chairman, with 16.9 percent of the vote, enough for 19 seats, and the third was Reform.')).toEqual([
      '16.9 percent vote_share.unity 16.9 unspecified',
      '19 seats_total.unity 19 unspecified',
    ]);
    expect(claims('Unity currently has 8,479,095 votes - or 40.31 percent - followed by Reform.')).toEqual([
      '8,479,095 votes_received.unity 8479095 unspecified',
      '40.31 percent vote_share.unity 40.31 unspecified',
    ]);
    expect(claims('The coalition Unity of two parties Reform and Greens finished top with 27.8% of the vote for 71 mandates.')).toEqual([
      '27.8% vote_share.unity 27.8 unspecified',
      '71 seats_total.unity 71 unspecified',
    ]);
    // A name of its own between the two numbers leaves the second to that name.
    expect(claims('Unity won 27.8% of the vote, and Reform 71 seats.').at(-1)).toBe('71 seats_total.reform 71 unspecified');
  });
});
