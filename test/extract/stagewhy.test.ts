/**
 * A claim's account of its qualifier (`confidence.stage`, printed by `make claims`): where the
 * decision list took a result's stage from, on sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { extract } from '../../pipeline/extract/index.ts';

const lexicon = parseLexicon(
  'x.yaml',
  `entities:
  - {id: unity, name: Unity Party, kind: party, aliases: [Unity]}
  - {id: reform, name: Reform, kind: party, aliases: [Reform]}
election: {year: 2031, previous: 2027, chamber: [Grand Hall]}
country: Freedonia
`,
);

/** Each claim as "text qualifier: stage account" of an article with this headline and body. */
function why(title: string | null, body: string): string[] {
  const head = title === null ? 'null' : JSON.stringify(title);
  const doc = ingest([{ file: 'sources/w.md', text: `---\nid: w\ntitle: ${head}\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\n${body}\n` }], lexicon);
  return extract(doc, lexicon).map((c) => `${c.text} ${c.qualifier}: ${c.confidence?.stage}`);
}

describe("a claim's account of its counting stage", () => {
  it("names the sentence whose words decided: its own, the frame's by line and column, the headline's, or none", () => {
    expect(why(null, 'Unity won 41.2 percent, according to preliminary results.')).toEqual([
      "41.2 percent preliminary: its sentence's words (step 3: preliminary words)",
    ]);
    expect(why(null, 'The commission published the final results on Monday.\n\nUnity won 41.2 percent and Reform 20 percent.')).toEqual([
      '41.2 percent final: the frame at 10:1 (step 6: final words)',
      '20 percent final: the frame at 10:1 (step 6: final words)',
    ]);
    expect(why('Preliminary results: Unity ahead', 'Unity won 41.2 percent.')).toEqual(['41.2 percent preliminary: the headline (step 3: preliminary words)']);
    expect(why(null, 'Unity won 41.2 percent.')).toEqual(['41.2 percent unspecified: no stage word in its sentence or before it (step 7)']);
  });

  it("says when a word of the figure's own gave another qualifier than the sentence's stage", () => {
    expect(why(null, 'According to the final results, Unity won 41.2 percent, up from 30 percent in 2027.')).toEqual([
      "41.2 percent final: its sentence's words (step 6: final words)",
      '30 percent historical: words of an earlier election, not the decision list\'s stage of its sentence',
    ]);
  });
});
