/**
 * Property tests (fast-check) on random and mutated articles:
 *
 * - ingest throws nothing but a PipelineError (with a place inside the file and a hint), whatever
 *   the file holds;
 * - on an article it accepts, paragraphs and sentences slice the body exactly, lie inside each
 *   other in reading order, and their line numbers point at their text in the file;
 * - ingest is deterministic and does not depend on the order files are listed in;
 * - the number parser and the extractor (once they exist) throw nothing on any text, and every
 *   claim's `span` and `textSpan` slice back to its `quote` and `text`;
 * - render shows any article text as text: no element or attribute in the HTML comes from it.
 *
 * `make test` runs a few hundred cases per property; `FUZZ_RUNS=100000` (the `make fuzz`
 * target) runs many more. A failure prints the seed and the shrunk counterexample.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingest, ingestSource } from '../../pipeline/ingest/index.ts';
import { parseLexicon, type Lexicon } from '../../pipeline/shared/lexicon.ts';
import { PipelineError } from '../../pipeline/shared/errors.ts';
import { jsonPieces, toJson } from '../../pipeline/shared/io.ts';
import { Corpus, IngestedSource, type Claim, type Figure } from '../../pipeline/shared/schema.ts';
import { renderFragment } from '../../pipeline/render/index.ts';
import { injected } from '../fixtures/hostile/markup.ts';
import { seeds } from '../paths.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
/** A case takes a few milliseconds; the limit only stops a run that hangs. */
const TIMEOUT = 60_000 + RUNS * 200;
const root = seeds;
const lexicon: Lexicon = parseLexicon('sources/lexicon.yaml', readFileSync(join(root, 'sources', 'lexicon.yaml'), 'utf8'));
const realSources = readdirSync(join(root, 'sources'))
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => readFileSync(join(root, 'sources', f), 'utf8'));

/** Pieces that have broken parsers before: markup, numbers as articles write them, line ends, odd characters. */
const FRAGMENTS = [
  '---', '\n---\n', '\r\n', '\r', '\n\n', '\t', ' ', '\u00a0', '\u2028', '\uFEFF', '\u0000', '\uFFFD', '\uD800', '\uDC00', '😀',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<!-- ', ' -->', '```', '~~~', '> ', '- ', '* ', '1. ', '# ', '| a | b |',
  '[link](javascript:alert(1))', '![i](http://x/y.png)', '::chart[x]{#y}', ':fig[turnout.national]', '{{x}}', '&amp;', '\\',
  '54.19%', '54,19 %', '66,7%', '62-64', '62–64', '22 out of 29', 'seven', 'about 6.3 million out of 12 million', '54 per cent',
  'more than 300', 'nearly 7%', '1,000,000', '0.', '.5', '5.', '99999999999999999999', '1e308', '-3', '+4', '2023.', 'In 2021. The',
  'Amanat', 'Nur Otan', 'Aq Jol', 'Respublika', 'turnout', 'seats', 'threshold', 'preliminary', 'final', 'Suggested Articles', 'Sidebar',
  'March 19, 2023', '19.03.2023', 'id: x', 'title: "a', ': ', '#', "'", '"', '“', '’', 'Mr. ', 'e.g. ', '...', '?!', '. ',
];

const fragment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const line = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));
const bodyText = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => `${lines.join('\n')}\n`);

const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
const FRONT_MATTER = (sourceId: string) =>
  `---\nid: ${sourceId}\ntitle: null\noutlet: null\nauthor: null\npublished: 2023-03-22\nurl: null\nretrieved: null\n---\n`;

/** An article with valid front matter and a random body. */
const validArticle = fc.tuple(id, bodyText).map(([i, body]) => FRONT_MATTER(i) + body);

/** A real source with a few random edits: inserted fragments, deleted or repeated stretches. */
const mutatedReal = fc
  .tuple(
    fc.constantFrom(...realSources),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.constantFrom('insert', 'delete', 'repeat'), fragment), { minLength: 1, maxLength: 5 }),
  )
  .map(([text, edits]) => {
    // The first few thousand characters (whole lines) keep each case quick.
    const cut = text.indexOf('\n', 3000);
    let t = cut === -1 ? text : text.slice(0, cut + 1);
    for (const [at, length, kind, piece] of edits) {
      const i = at % (t.length + 1);
      if (kind === 'insert') t = t.slice(0, i) + piece + t.slice(i);
      else if (kind === 'delete') t = t.slice(0, i) + t.slice(i + length);
      else t = t.slice(0, i + length) + t.slice(i, i + length) + t.slice(i + length);
    }
    return t;
  });

const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), validArticle, mutatedReal, bodyText);

/** ingestSource, with any PipelineError checked and turned into `null`. */
function tryIngest(text: string): IngestedSource | null {
  try {
    return ingestSource({ file: 'sources/x.md', text }, lexicon);
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    const lines = text.split('\n').length;
    for (const d of error.diagnostics) {
      expect(d.file).toBe('sources/x.md');
      expect(d.message.length).toBeGreaterThan(0);
      expect(d.hint).toBeTruthy();
      if (d.line != null) expect(d.line).toBeGreaterThanOrEqual(1);
      if (d.line != null) expect(d.line).toBeLessThanOrEqual(lines);
      if (d.column != null) expect(d.column).toBeGreaterThanOrEqual(1);
    }
    return null;
  }
}

function checkOffsets(text: string, s: IngestedSource): void {
  IngestedSource.parse(s);
  expect(text.endsWith(s.body)).toBe(true);
  const fileLines = text.split('\n');
  expect(fileLines.slice(s.bodyLine - 1).join('\n')).toBe(s.body);
  let previous = -1;
  for (const p of s.paragraphs) {
    const t = s.body.slice(p.start, p.end);
    expect(p.start).toBeGreaterThan(previous);
    expect(t.trim().length).toBeGreaterThan(0);
    expect(t).not.toContain('\n');
    expect(fileLines[p.line - 1]).toContain(t);
    previous = p.end;
  }
  let end = 0;
  s.sentences.forEach((x, i) => {
    const p = s.paragraphs[x.paragraph]!;
    expect(x.id).toBe(`${s.meta.id}:s${i + 1}`);
    expect(x.start).toBeGreaterThanOrEqual(Math.max(p.start, end));
    expect(x.end).toBeLessThanOrEqual(p.end);
    expect(x.end).toBeGreaterThan(x.start);
    end = x.end;
  });
}

describe('fuzz: writing JSON in pieces', { timeout: TIMEOUT }, () => {
  it('gives exactly toJson\'s text, at every depth, undefined and all', () => {
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.jsonValue(), tie('array'), tie('object'), fc.constant(undefined)),
      array: fc.array(tie('any'), { maxLength: 4 }),
      object: fc.dictionary(fc.string({ maxLength: 4 }), tie('any'), { maxKeys: 4 }),
    })).any;
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, depth) => {
        if (v === undefined) return;
        expect(`${[...jsonPieces(v, depth)].join('')}\n`).toBe(toJson(v));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('fuzz: ingest', { timeout: TIMEOUT }, () => {
  it('throws nothing but a PipelineError with a place in the file and a hint', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        tryIngest(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('paragraphs and sentences slice the body exactly and point at their lines', () => {
    fc.assert(
      fc.property(fc.oneof(validArticle, mutatedReal), (text) => {
        const s = tryIngest(text);
        if (s) checkOffsets(text, s);
      }),
      { numRuns: RUNS },
    );
  });

  it('Windows line endings and a byte-order mark do not change what is read', () => {
    fc.assert(
      fc.property(validArticle, (text) => {
        const unix = tryIngest(text);
        const windows = tryIngest(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}`);
        expect(windows === null).toBe(unix === null);
        if (!unix || !windows) return;
        const texts = (s: IngestedSource) => s.sentences.map((x) => s.body.slice(x.start, x.end).trim());
        expect(texts(windows)).toEqual(texts(unix));
        expect(windows.paragraphs.map((p) => p.line)).toEqual(unix.paragraphs.map((p) => p.line));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });

  it('is deterministic and does not depend on the order of the file list', () => {
    const files = fc
      .uniqueArray(fc.tuple(id, bodyText), { minLength: 1, maxLength: 4, selector: ([i]) => i })
      .map((list) => list.map(([i, body], n) => ({ file: `sources/${String(n).padStart(2, '0')}-${i}.md`, text: FRONT_MATTER(i) + body })));
    fc.assert(
      fc.property(files, fc.func(fc.integer()), (list, key) => {
        let first: string;
        try {
          first = toJson(ingest(list, lexicon));
        } catch (error) {
          if (error instanceof PipelineError) return;
          throw error;
        }
        const shuffled = [...list].sort((a, b) => key(a.file) - key(b.file));
        expect(toJson(ingest(shuffled, lexicon))).toBe(first);
        expect(toJson(ingest(list, lexicon))).toBe(first);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

// The number parser and the extractor are another engineer's; their properties run as soon as
// the modules exist with these exports.
const numbers = await import('../../pipeline/extract/numbers.ts').catch(() => null);
const extractor = await import('../../pipeline/extract/index.ts').catch(() => null);

describe('fuzz: number parser and extractor', { timeout: TIMEOUT }, () => {
  it.runIf(numbers !== null && typeof numbers.findQuantities === 'function' && 'numbers' in lexicon)(
    'the number parser throws nothing, and every quantity slices back to its text',
    () => {
      const grammar = numbers!.compileGrammar((lexicon as unknown as { numbers: never }).numbers);
      fc.assert(
        fc.property(fc.oneof(line, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
          for (const q of numbers!.findQuantities(text, grammar)) {
            expect(text.slice(q.start, q.end)).toBe(q.text);
            expect(q.ownEnd).toBeGreaterThan(q.start);
            expect(q.ownEnd).toBeLessThanOrEqual(q.end);
            if (q.total) expect(text.slice(q.total.start, q.total.end)).toBe(q.total.text);
          }
        }),
        { numRuns: RUNS * 2 },
      );
    },
  );

  it.runIf(extractor !== null && typeof extractor.extract === 'function')(
    "the extractor throws nothing, and every claim's span slices back to its quote",
    () => {
      fc.assert(
        fc.property(fc.oneof(validArticle, mutatedReal), (text) => {
          const s = tryIngest(text);
          if (!s) return;
          const corpus: Corpus = { sources: [s] };
          const claims: Claim[] = extractor!.extract(corpus, lexicon);
          const fileLines = text.split('\n');
          for (const c of claims) {
            expect(s.body.slice(c.span[0], c.span[1])).toBe(c.quote);
            expect(s.body.slice(c.textSpan[0], c.textSpan[1])).toBe(c.text);
            expect(c.textSpan[0]).toBeGreaterThanOrEqual(c.span[0]);
            expect(c.textSpan[1]).toBeLessThanOrEqual(c.span[1]);
            expect(s.sentences.some((x) => x.id === c.sentence)).toBe(true);
            expect(fileLines[c.line - 1]!.slice(c.column - 1).startsWith(c.text.split('\n')[0]!)).toBe(true);
          }
        }),
        { numRuns: RUNS },
      );
    },
  );
});

describe('fuzz: render', { timeout: TIMEOUT }, () => {
  /** Every sentence of the article quoted by a claim of its own, and cited by a figure. */
  function quoted(s: IngestedSource): { claims: Claim[]; figures: Figure[] } {
    const claims: Claim[] = s.sentences.map((x, i) => ({
      id: `${s.meta.id}:c${i + 1}`,
      source: s.meta.id,
      metric: `m${i + 1}`,
      entity: null,
      value: i + 1,
      low: null,
      high: null,
      bound: 'exact',
      precision: 0.5,
      unit: 'seats',
      qualifier: 'unspecified',
      election: null,
      quote: s.body.slice(x.start, x.end),
      span: [x.start, x.end],
      text: s.body.slice(x.start, x.end),
      textSpan: [x.start, x.end],
      sentence: x.id,
      line: s.paragraphs[x.paragraph]!.line,
      column: 1,
    }));
    const figures: Figure[] = claims.map((c) => ({
      id: c.metric,
      metric: c.metric,
      entity: null,
      election: null,
      kind: 'result',
      value: c.value,
      low: null,
      high: null,
      precision: c.precision,
      unit: c.unit,
      qualifier: c.qualifier,
      status: 'single',
      rule: 'Only one source gives this figure.',
      claims: [c.id],
      dissent: [],
      checks: [],
      formula: null,
      inputs: [],
    }));
    return { claims, figures };
  }

  it('any article text reaches the HTML as text: no element or attribute comes from it', () => {
    const title = fc.oneof(fc.constant(null), fc.array(fragment, { minLength: 1, maxLength: 4 }).map((p) => p.join('')));
    fc.assert(
      fc.property(bodyText, title, (body, t) => {
        const fm = FRONT_MATTER('fuzz').replace('title: null', `title: ${JSON.stringify(t)}`);
        const s = tryIngest(fm + body);
        if (!s || s.sentences.length === 0) return;
        const { claims, figures } = quoted(s);
        const { html } = renderFragment({
          template: { file: 'templates/briefing.md', text: '---\ntitle: Fuzz\n---\n\n::figures\n\n::sources\n' },
          layout: { file: 'templates/layout.html', text: '<!doctype html><html><head><title>x</title></head><body><main><slot name="content"></slot></main></body></html>' },
          style: '',
          corpus: { sources: [s] },
          claims,
          figures,
          checks: [],
          charts: [],
          lexicon,
          policy: [],
          inputs: [],
        });
        expect(injected(html)).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
