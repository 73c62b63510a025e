/**
 * The counting stage of a result by the corpus README's decision list (pipeline/extract/stage.ts):
 * one test per step and per tie between steps, first on the decision itself, then on sentences
 * written for this test, read by the whole extractor with a made-up event lexicon.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { extract } from '../../pipeline/extract/index.ts';
import { Frames, NO_WORDS, stageOf, type StageWords } from '../../pipeline/extract/stage.ts';

const lexicon = parseLexicon(
  'x.yaml',
  `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity, Unity Party]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
  - {id: ames, name: Ann Ames, kind: candidate, aliases: [Ann Ames, Ames]}
  - {id: berg, name: Bo Berg, kind: candidate, aliases: [Bo Berg, Berg]}
  - {id: northport, name: Northport, kind: place, aliases: [Northport]}
  - {id: southport, name: Southport, kind: place, aliases: [Southport]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall]}
country: Freedonia
`,
);

/** Each claim of an article (with this headline) as "text qualifier". */
function stages(body: string, title: string | null = null): string[] {
  const head = title === null ? 'null' : JSON.stringify(title);
  const doc = ingest([{ file: 'sources/s.md', text: `---\nid: s\ntitle: ${head}\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\n${body}\n` }], lexicon);
  return extract(doc, lexicon).map((c) => `${c.text} ${c.qualifier}`);
}

const w = (words: Partial<StageWords>): StageWords => ({ ...NO_WORDS, ...words });

describe('the decision list (stageOf)', () => {
  it('step 1: a frame of an exit poll or an estimate keeps its kind; a recount is a recount', () => {
    expect(stageOf(null, w({ notResult: 'exit_poll' }))).toEqual({ stage: 'exit_poll', step: 1, from: 'frame' });
    expect(stageOf(w({ recount: true, final: true }), null)).toEqual({ stage: 'recount', step: 1, from: 'own' });
  });

  it("step 2: the figure's own words, else the frame's; no words at all is step 7", () => {
    expect(stageOf(w({ partial: true }), w({ final: true }))).toEqual({ stage: 'interim', step: 4, from: 'own' });
    expect(stageOf(NO_WORDS, w({ final: true }))).toEqual({ stage: 'final', step: 6, from: 'frame' });
    expect(stageOf(NO_WORDS, null)).toEqual({ stage: 'unspecified', step: 7, from: null });
  });

  it('steps 3 to 6, and the earlier step winning each tie', () => {
    expect(stageOf(w({ preliminary: true, partial: true }), null).stage).toBe('preliminary');
    expect(stageOf(w({ partial: true, final: true }), null)).toMatchObject({ stage: 'interim', step: 4 });
    expect(stageOf(w({ complete: true }), null)).toMatchObject({ stage: 'preliminary', step: 5 });
    expect(stageOf(w({ complete: true, final: true }), null)).toMatchObject({ stage: 'final', step: 6 });
    expect(stageOf(w({ final: true }), null)).toMatchObject({ stage: 'final', step: 6 });
  });

  it('"the latest" alone is a count not complete, unless the frame has settled the count', () => {
    expect(stageOf(w({ latest: true }), null)).toEqual({ stage: 'interim', step: 4, from: 'own' });
    expect(stageOf(w({ latest: true }), w({ complete: true }))).toEqual({ stage: 'preliminary', step: 5, from: 'frame' });
    expect(stageOf(w({ latest: true, final: true }), w({ complete: true }))).toEqual({ stage: 'interim', step: 4, from: 'own' });
    const frames = new Frames();
    frames.see(w({ final: true }));
    frames.see(w({ latest: true }));
    expect(stageOf(null, frames.frame).stage).toBe('final');
  });

  it('a frame holds until a sentence that states a stage replaces it; a poll named beside a final result frames the result', () => {
    const frames = new Frames();
    frames.see(w({ preliminary: true }));
    frames.see(NO_WORDS);
    expect(stageOf(null, frames.frame).stage).toBe('preliminary');
    frames.see(w({ final: true, notResult: 'exit_poll' }));
    expect(stageOf(null, frames.frame).stage).toBe('final');
  });
});

describe('the decision list on sentences', () => {
  it('step 1: an exit poll stays an exit poll; a turnout at a time of day is interim', () => {
    expect(stages('According to the exit poll, Unity won 41.2 percent of the vote.')).toEqual(['41.2 percent exit_poll']);
    expect(stages('By 14:00, turnout was 31.5 percent.')).toEqual(['31.5 percent interim']);
    // A poll after the election ("post-election polls", "post-election surveys") is an exit poll, not a forecast.
    expect(stages('According to the post-election polls, Unity got 73 seats.')).toEqual(['73 exit_poll']);
    expect(stages('According to the post-election surveys, Unity came up with 23.1 percent.')).toEqual(['23.1 percent exit_poll']);
  });

  it('step 1: a change "from X to Y" after a verb of change: X is the earlier election\'s', () => {
    expect(stages('Reform took 7.8 percent, its seats dropping from 13 to just 5.')).toEqual(['7.8 percent unspecified', '13 historical', '5 unspecified']);
    expect(stages('Reform fell below the 10 percent mark – from a record 13.5 percent to a 9.8 percent share.')).toEqual(expect.arrayContaining(['13.5 percent historical', '9.8 percent unspecified']));
    // "from" and "to" with no verb of change before them: no change read.
    expect(stages('Reform took 9.8 percent, from its voters in the north to those in the south.')).toEqual(['9.8 percent unspecified']);
  });

  it('step 1: a recount asked for or ordered is no recount\'s outcome', () => {
    expect(stages('Reform wants a recount. Unity won 41.2 percent.')).toEqual(['41.2 percent unspecified']);
    expect(stages('The court ordered a recount of the votes. Ames won 52.1 percent.')).toEqual(['52.1 percent unspecified']);
    expect(stages('After the recount, Ames won 52.1 percent.')).toEqual(['52.1 percent recount']);
  });

  it('step 1 and 2: a turnout at a time of day frames the turnouts after it, until a sentence states a stage', () => {
    expect(stages('Turnout stood at 61.2 percent as of 17:00.\n\nTurnout by region:\n\nNorthport — 64.5%\n\nSouthport — 58.1%')).toEqual([
      '61.2 percent interim',
      '64.5% interim',
      '58.1% interim',
    ]);
    // A share of the vote is no figure of the voting as it goes; a stated stage ends the snapshot.
    expect(stages('By 17:00, turnout was 61.2 percent. Unity took 41.2 percent.')).toEqual(['61.2 percent interim', '41.2 percent unspecified']);
    expect(stages('By 17:00, turnout was 61.2 percent. The final results came on Friday. Turnout was 66.4 percent.')).toEqual(['61.2 percent interim', '66.4 percent final']);
  });

  it('step 2: a frame in the headline is held by the sentences after it, until another replaces it', () => {
    expect(stages('Unity took 41.2 percent. Reform took 30.1 percent.', 'Preliminary results: Unity ahead')).toEqual(['41.2 percent preliminary', '30.1 percent preliminary']);
    expect(stages('According to preliminary results published on Monday:\n\nUnity 41.2 percent, Reform 30.1 percent.\n\nThe final results came on Friday. Unity took 41.4 percent.')).toEqual([
      '41.2 percent preliminary',
      '30.1 percent preliminary',
      '41.4 percent final',
    ]);
  });

  it('step 2: a sentence about the future is no frame', () => {
    expect(stages('Final results are due on 10 May. Unity took 41.2 percent.')).toEqual(['41.2 percent unspecified']);
    expect(stages('Preliminary results came on Monday. Final results are due on 10 May. Unity took 41.2 percent.')).toEqual(['41.2 percent preliminary']);
    expect(stages('If those results are confirmed, Unity took 41.2 percent.')).toEqual(['41.2 percent unspecified']);
  });

  it('step 3: "preliminary", "provisional", "unofficial", even with a share counted', () => {
    expect(stages('Preliminary results with 95 % of precincts counted give Unity 41.2 percent.')).toEqual(['41.2 percent preliminary']);
    expect(stages('Unity took 41.2 percent, according to unofficial results.')).toEqual(['41.2 percent preliminary']);
    // "non-final" results: not yet final, step 3's word (not step 6's "final").
    expect(stages('The non-final result has been declared in all districts. Unity will have 135 seats.')).toEqual(['135 preliminary']);
    expect(stages('According to preliminary reports, Unity took 41.2 percent.')).toEqual(['41.2 percent preliminary']);
    expect(stages('Although these results are still preliminary, Unity is ahead with 41.2 percent.')).toEqual(['41.2 percent preliminary']);
  });

  it('step 3: "unverified" reads like "unofficial", and comes before the snapshot of a time of day in a list\'s introduction (revision of 2026-12-05)', () => {
    expect(stages('Unity took 41.2 percent, according to unverified results.')).toEqual(['41.2 percent preliminary']);
    expect(stages('The unverified result of the vote as of 4pm according to the commission is as follows:\n\nUnity: 152 seats\n\nReform: 141 seats')).toEqual(['152 preliminary', '141 preliminary']);
    // With no step-3 word, a count read at a time of day is a count in progress (step 4).
    expect(stages('Results as of 4pm:\n\nUnity: 152 seats')).toEqual(['152 interim']);
  });

  it('step 3 before step 4: a result read at a time of day whose own sentence says "unofficial" is preliminary; a turnout at a time of day stays a snapshot', () => {
    expect(stages('Ames had 12,145,860 votes in the unofficial returns as of 11:17 p.m.')).toEqual(['12,145,860 preliminary']);
    expect(stages('As of 4pm, Unity had won 152 seats.')).toEqual(['152 interim']);
    expect(stages('By 17:00, turnout was 61.2 percent, according to preliminary data.')).toEqual(['61.2 percent interim']);
  });

  it('a time of day that dates no count is no snapshot: the hour polls closed, that hour in another zone, the hour someone announced or said something', () => {
    expect(stages('Turnout was 27.7 percent when polling stations closed at 6 p.m. local time (1700 GMT).')).toEqual(['27.7 percent unspecified']);
    expect(stages('The chairman, who announced the result at 4.10 am, said Ames got 8,794,726 votes.')).toEqual(['8,794,726 unspecified']);
    expect(stages('The minister told the media at about 1:10 a.m. that Unity had won 68 seats.')).toEqual(['68 unspecified']);
    // A count read at a time of day stays a count in progress.
    expect(stages('The commission said Unity had won 68 seats as of 1:10 a.m.')).toEqual(['68 interim']);
    expect(stages('At 1:10 a.m., Unity had won 68 seats.')).toEqual(['68 interim']);
  });

  it('step 2: "as of tomorrow" is no count in progress, and its sentence no frame', () => {
    expect(stages('"We lost. As of tomorrow, I will resign," he said.\nReform took 10.3% of the vote.')).toEqual(['10.3% unspecified']);
    expect(stages('As of Monday evening, Reform took 10.3% of the vote.')).toEqual(['10.3% interim']);
  });

  it('step 5 and 6: a count done in a clause of time after the figures ("after the official counting was completed"); a share counted stays a part', () => {
    expect(stages('Ames won 58.6% of the votes, the commission said after the official counting was completed.')).toEqual(['58.6% final']);
    expect(stages('Ames won 58.6% of the votes after the counting was completed.')).toEqual(['58.6% preliminary']);
    expect(stages('Ames had 58.6% when 55% of the count was completed.')).toEqual(['58.6% interim']);
  });

  it('step 4: votes "almost all counted" are a count in progress, and frame the figures after them', () => {
    expect(stages('Now that the votes are almost all counted, we present the key results.\nTurnout was almost 70 percent.')).toEqual(['almost 70 percent interim']);
    expect(stages('Now that the votes are all counted, we present the key results.\nTurnout was 70 percent.')).toEqual(['70 percent preliminary']);
  });

  it('step 5: the votes "have been counted" is a count done; a part named after it is a count in progress', () => {
    expect(stages('The votes of the first round have been counted. Unity received 19.36% of the vote.')).toEqual(['19.36% preliminary']);
    expect(stages('Votes have been counted in 20 of 80 districts. Unity received 19.36% of the vote.')).toEqual(['19.36% interim']);
    expect(stages('Officials have been counting since Sunday. Unity received 19.36% of the vote.')).toEqual(['19.36% unspecified']);
  });

  it('step 2: a stage named as the base of a comparison ("compared to preliminary results") is another count\'s, no frame', () => {
    expect(stages('The official results show Unity has 48 seats.\nReform saw no change compared to preliminary results.\nTurnout was 78%.')).toEqual(['48 final', '78% final']);
    expect(stages('Preliminary results show Unity has 48 seats.\nTurnout was 78%.')).toEqual(['48 preliminary', '78% preliminary']);
  });

  it('step 5: "full results" are a complete count, not called final: preliminary', () => {
    expect(stages('Northport has reported its full results. Unity is in first place with 29.94% of the vote.')).toEqual(['29.94% preliminary']);
    expect(stages('The full results were published after the final count. Unity took 29.94% of the vote.')).toEqual(['29.94% final']);
  });

  it('step 4 and 5: a part of the areas counted, "N of M constituencies reporting", even when the results are called official', () => {
    expect(stages('With 155 of 156 constituencies reporting, official results showed Ames had garnered 2,810,757 votes.')).toEqual(['2,810,757 interim']);
    expect(stages('With 156 of 156 districts counted, Ames had garnered 2,810,757 votes.')).toEqual(['2,810,757 preliminary']);
    expect(stages('Unity won 39 of 40 constituencies. Ames had 52.1%.')).toEqual(['52.1% unspecified']);
  });

  it('step 5: "after counting the last votes" is a complete count; "135 of the 199 seats" is no part counted; "than after the initial count" is a comparison\'s base', () => {
    expect(stages('Unity will take 135 of the 199 seats, the office said after counting the last votes cast.')).toEqual(['135 preliminary', '199 rule']);
    expect(stages('Unity will take 135 seats, the office said after counting the last votes cast. Reform received 57 seats, one more than immediately after the initial count.')).toEqual(['135 preliminary', '57 preliminary']);
    expect(stages('Unity has 135 of the 199 seats, with 99.1% of the votes counted.')).toEqual(['135 interim', '199 rule']);
  });

  it('step 4: "so far" that closes a superlative ("its best result so far") is the record of all elections, no count in progress', () => {
    expect(stages('Unity has achieved its best result so far with 29.1% of the vote. Reform won 20.2%.')).toEqual(['29.1% unspecified', '20.2% unspecified']);
    expect(stages('Turnout was the highest in history so far, at 71.5%.')).toEqual(['71.5% unspecified']);
    expect(stages('Unity has 29.1% of the vote so far.')).toEqual(['29.1% interim']);
  });

  it('step 4: a count that is not complete, even when called official', () => {
    expect(stages('Official results with 98 % counted give Unity 41.2 percent.')).toEqual(['41.2 percent interim']);
    expect(stages('Unity is leading with 41.2 percent.')).toEqual(['41.2 percent interim']);
    expect(stages('Ames leads with 52.1%, Berg 46.5%.')).toEqual(['52.1% interim', '46.5% interim']);
    expect(stages('Ames edges ahead of Berg with 51.2% to 48.1%.')).toEqual(['51.2% interim', '48.1% interim']);
    // A lead in the present (a verb or "in the lead"): "leads in", "lead after", "takes the lead", in the headline a frame.
    expect(stages('Unity and its allies lead after the first round with 33.2% of the vote.')).toEqual(['33.2% interim']);
    expect(stages('Ames is in the lead with 39.3% of the votes.')).toEqual(['39.3% interim']);
    expect(stages('Unity received 19.4% of the vote. Reform came second with 18.0%.', 'Unity leads in Freedonia election')).toEqual(['19.4% interim', '18.0% interim']);
    expect(stages('Unity secured over 40% of the votes.', 'Unity takes the lead')).toEqual(['over 40% interim']);
    expect(stages('On Sunday Ames consolidated her lead in the presidential election. Turnout was around 75 per cent.')).toEqual(['around 75 per cent interim']);
    // Under a frame that has settled the count, the lead is that count's order.
    expect(stages('Preliminary results were published on Monday. Unity was in the lead with 53.9%.')).toEqual(['53.9% preliminary']);
    // Still the poll's lead in an article of an exit poll.
    expect(stages('The exit poll asked 4,000 voters. Ames is in the lead with 52.1%.')).toEqual(['52.1% exit_poll']);
    // In an article of an exit poll, the lead is the poll's.
    expect(stages('The exit poll asked 4,000 voters. Ames leads with 52.1%.')).toEqual(['52.1% exit_poll']);
    expect(stages('Unity has 41.2 percent so far.')).toEqual(['41.2 percent interim']);
    expect(stages('Unity has won 41 seats, with a few constituencies still to declare.')).toEqual(['41 interim']);
    expect(stages('The commission declared Ames the winner, despite delays in receiving results from nine constituencies. Ames took 52 percent.')).toEqual(['52 percent interim']);
    expect(stages('The final count includes 275 of the 276 constituencies, with one result still pending. Ames took 52 percent.')).toEqual(['52 percent interim']);
    expect(stages('The commission said it has conducted 99.9% of the vote. Ames took 52 percent.')).toEqual(['52 percent interim']);
    expect(stages('The latest vote count gives Unity 41.2 percent.')).toEqual(['41.2 percent interim']);
    expect(stages('According to the latest data, Unity has 41.2 percent.')).toEqual(['41.2 percent interim']);
    // "The latest report" after a count said complete is that count's report; the frame holds.
    expect(stages('With 100% of the records counted, Unity took 50.1 percent. According to the latest report, Unity received 8,835,579 votes. In total, 18,856,616 ballots were cast.')).toEqual([
      '50.1 percent preliminary',
      '8,835,579 preliminary',
      '18,856,616 preliminary',
    ]);
    expect(stages('The results from almost all polling stations show Unity with 41.2 percent.')).toEqual(['41.2 percent interim']);
    expect(stages('According to the ballots of 3,110 out of 3,111 precincts, Unity received 41.2 percent.')).toEqual(['3,111 unspecified', '41.2 percent interim']);
  });

  it('step 4: a count projected with no poll named is a count in progress, and frames the figures after it', () => {
    expect(stages('Unity won a projected total of 142 seats. Reform secured 61 seats.')).toEqual(['142 interim', '61 interim']);
    expect(stages('Unity is projected to win 142 seats.')).toEqual(['142 interim']);
    // A poll named beside it keeps the forecast; "projected as" projects no count.
    expect(stages('Opinion polls projected Unity to win 142 seats.')).toEqual(['142 forecast']);
    expect(stages('The vote was projected as a test for Unity. Unity won 142 seats.')).toEqual(['142 unspecified']);
  });

  it('step 1: a projection of an institute is its estimate and frames the figures after it; of an exit poll or before the vote, not', () => {
    expect(stages('According to the latest projection from a research institute, Unity now holds 61 seats.\n\nReform holds 22 seats.')).toEqual(['61 estimate', '22 estimate']);
    expect(stages('The exit poll projections give Unity 61 seats.')).toEqual(['61 exit_poll']);
    expect(stages('The pre-election projection gave Unity 61 seats.')).toEqual(['61 forecast']);
  });

  it('step 5: a complete count not called final or official is preliminary', () => {
    // A second round of counting (of preferences): the first count is done, its results not certified.
    expect(stages('Ames took 44.1 percent. Berg took 35.2 percent.', 'Freedonia goes to a second round of counting')).toEqual(['44.1 percent preliminary', '35.2 percent preliminary']);
    expect(stages('Ames topped the first round of counting with 44.1 percent.')).toEqual(['44.1 percent preliminary']);
    expect(stages('With all votes counted, Unity took 41.2 percent.')).toEqual(['41.2 percent preliminary']);
    expect(stages('The count ended on Monday. Unity took 41.2 percent.')).toEqual(['41.2 percent preliminary']);
    // A time of day beside a complete count is its snapshot's time, no count in progress.
    expect(stages('Data as of 5:55 p.m. with 100% of the protocols processed show Unity with 41.2 percent.')).toEqual(['41.2 percent preliminary']);
  });

  it('step 6: the winner named first, then the authority declaring it in the last clause, frames the results after it', () => {
    expect(stages('Ann Ames is the winner of the 2031 election, the Electoral Commission has declared.\nAmes won 52.6% of the vote.')).toEqual(['52.6% final']);
    // A party's declaration, or a winner denied, is no authority's act.
    expect(stages('Ann Ames is the winner of the 2031 election, her party has declared.\nAmes won 52.6% of the vote.')).toEqual(['52.6% unspecified']);
    expect(stages('Ann Ames is not the winner, the Electoral Commission has declared.\nAmes won 52.6% of the vote.')).toEqual(['52.6% unspecified']);
  });

  it('step 6: the authority saying who is elected or won the election, in its last clause, with "according to", or before a verb of saying', () => {
    expect(stages('Ann Ames has been re-elected with almost 71 per cent of the vote, the electoral authority said on Sunday.')).toEqual(['almost 71 per cent final']);
    expect(stages('Ann Ames has won the presidential run-off, the interior ministry said.\nAmes won 52.6% of the vote.')).toEqual(['52.6% final']);
    expect(stages('Ann Ames has won a second term with 84.3 percent of the vote, according to the Constitutional Court.')).toEqual(['84.3 percent final']);
    expect(stages('The election commission said Ann Ames was elected with 52.6% of the vote.')).toEqual(['52.6% final']);
    // What a side won, said by the authority, names no winner: step 7.
    expect(stages('Unity won 62.6% of votes in the general election, the election commission said on Tuesday.')).toEqual(['62.6% unspecified']);
    expect(stages('Unity won 62.6% of votes, according to the electoral commission.')).toEqual(['62.6% unspecified']);
    // A winner the article names, or a side's word, is no authority's act.
    expect(stages('Ann Ames has been re-elected with 71 per cent of the vote, her campaign said.')).toEqual(['71 per cent unspecified']);
  });

  it('step 6: a winner confirmed is a winner declared ("confirmed" is step 6\'s word)', () => {
    expect(stages('Ann Ames confirmed the winner of the presidential race.\nAmes won 52.6% of the vote.')).toEqual(['52.6% final']);
    expect(stages('The court has not yet confirmed the winner.\nAmes won 52.6% of the vote.')).toEqual(['52.6% unspecified']);
    // A victory confirmed or announced by the authority; "declared victory" is a side's claim.
    expect(stages('The electoral tribunal confirmed the victory of Ames with 82.7% of the votes.')).toEqual(['82.7% final']);
    expect(stages('On Thursday the commission announced the victory of Ann Ames.\nAmes won 70.7% of the vote.')).toEqual(['70.7% final']);
    expect(stages('Ames declared victory with 57.1% of the vote.')).toEqual(['57.1% unspecified']);
    // "The official vote count" is step 6's words, its count word no count in progress; a figure before "all" is no part of the count.
    expect(stages('The official vote count on Friday confirmed a win for Ames, who won with 55.1 percent of the votes with all ballots tallied.')).toEqual(['55.1 percent final']);
    expect(stages('The official vote count gave Ames 55.1 percent of the votes.')).toEqual(['55.1 percent final']);
    expect(stages('Ames won with 55.1 percent of the votes with all ballots tallied.')).toEqual(['55.1 percent preliminary']);
    expect(stages('Ames won with 55.1 percent of the votes with almost all ballots tallied.')).toEqual(['55.1 percent interim']);
  });

  it('step 6: final, official, certified results, or the commission declaring the winner', () => {
    expect(stages('The commission declared Ames the winner with 52 percent.')).toEqual(['52 percent final']);
    expect(stages('The certified results give Unity 41.2 percent.')).toEqual(['41.2 percent final']);
    // The authority's distribution of the seats is its official act (announcing results alone is step 7).
    expect(stages('The election commission has announced the seat distribution in the new Grand Hall. Unity won 41 seats.')).toEqual(['41 final']);
  });

  it('step 1: a year in an aside about a person or party (a relative clause between commas, a term in brackets after "of" a name) makes no figure historical', () => {
    expect(stages('Reform, which placed seventh in the 2027 elections, gained 11 seats in the vote.')).toEqual(['11 unspecified']);
    expect(stages('Unity, which emerged as a kingmaker in the 2027 election, will win 72 seats.')).toEqual(['72 unspecified']);
    expect(stages('Ames, daughter of the late ruler Efran Mont (1982-1983), took 6.7% of the votes.')).toEqual(['6.7% unspecified']);
    // The clause's own number, and a term after the subject's own name, stay that year's.
    expect(stages('Unity, which won 40 seats in 2027, took 35 seats this time.')).toEqual(['40 historical', '35 unspecified']);
    expect(stages('Former presidents Ann Ames (2006-12) and Bo Berg (2012-18) both prevailed with less than 40% of the vote.')).toEqual(['less than 40% historical']);
  });

  it('step 1: earlier-election words in an aside with no number (a relative clause, a "while" clause, to its closing comma or the end of the sentence) make no figure historical', () => {
    expect(stages('Bo Berg, with 15.4%, and who already went to the second round four years ago, is third.')).toEqual(['15.4% unspecified']);
    expect(stages('Sixth, with five seats, is the new party of the mayor Bo Berg, who left Unity two years ago.')).toEqual(['five unspecified']);
    expect(stages('Unity won with 28.6% of the vote, while Reform were the main losers after their big rise four years ago.')).toEqual(['28.6% unspecified']);
    expect(stages('Reform, which placed seventh in the 2027 elections.\nReform gained 11 seats, which it had also won in 2027.')).toEqual(['11 unspecified']);
    // An aside with a number of its own, and the words in the figure's own clause, still date it.
    expect(stages('Unity won 40 seats, while Reform won 30 seats four years ago.')).toEqual(['40 unspecified', '30 historical']);
    expect(stages('Bo Berg won 15.4% four years ago.')).toEqual(['15.4% historical']);
  });

  it('step 7: nothing says: a winner the article names, a figure of the commission with no stage word', () => {
    expect(stages('Ames won 52 percent.')).toEqual(['52 percent unspecified']);
    expect(stages('Unity took 41.2 percent, according to the election commission.')).toEqual(['41.2 percent unspecified']);
    expect(stages('The election commission announced the results. Unity took 41.2 percent.')).toEqual(['41.2 percent unspecified']);
    // A parliament's first session is no word of a result's stage.
    expect(stages('Unity will hold 71 seats.', 'The new Grand Hall to convene its first session on 2 August')).toEqual(['71 unspecified']);
  });
});
