/**
 * Render fixtures: test/fixtures/render/<case>/input.md → output.html (a directive's HTML),
 * or → error.txt (the exact message of a template mistake), or → warnings.txt.
 * The data behind every case is test/fixtures/render/data.json; a case's own changes.json
 * (validated as the `Changes` artifact) is passed as the list of changes since the last publication.
 * Run with UPDATE_FIXTURES=1 to write missing or changed expected files, then review the diff.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../diagnostics.ts';
import { cssString, render, renderFragment, formatValue, runningHeadCss, type RenderInput } from '../../pipeline/render/index.ts';
import { RenderContext } from '../../pipeline/render/context.ts';
import { PipelineError, format } from '../../pipeline/shared/errors.ts';
import { Changes } from '../../pipeline/changes/index.ts';
import { fixtures } from '../paths.ts';
import * as msg from '../../pipeline/shared/messages.ts';

const dir = join(fixtures, 'render');
const data = JSON.parse(readFileSync(join(dir, 'data.json'), 'utf8'));
const update = process.env.UPDATE_FIXTURES === '1';

function input(name: string, text: string): RenderInput {
  const changesFile = join(dir, name, 'changes.json');
  const changes = existsSync(changesFile) ? Changes.parse(JSON.parse(readFileSync(changesFile, 'utf8'))) : undefined;
  return {
    ...(changes ? { changes } : {}),
    template: { file: `templates/${name}.md`, text },
    layout: { file: 'templates/layout.html', text: '<!doctype html><html><head><title>x</title></head><body><main><slot name="content"></slot></main></body></html>' },
    style: 'body{}',
    ...data,
  };
}

function expectFile(path: string, actual: string) {
  if (update && (!existsSync(path) || readFileSync(path, 'utf8') !== actual)) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe('render fixtures', () => {
  for (const name of readdirSync(dir).filter((n) => !n.includes('.')).sort()) {
    it(name, () => {
      const text = readFileSync(join(dir, name, 'input.md'), 'utf8');
      if (name.startsWith('error-')) {
        let error: unknown;
        try {
          renderFragment(input(name, text));
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(PipelineError);
        expectFile(join(dir, name, 'error.txt'), `${(error as PipelineError).diagnostics.map(format).join('\n')}\n`);
        return;
      }
      const { html, warnings } = renderFragment(input(name, text));
      if (name.startsWith('warning-')) {
        expect(warnings.length).toBeGreaterThan(0);
        expectFile(join(dir, name, 'warnings.txt'), `${warnings.map(format).join('\n')}\n`);
      } else {
        expect(warnings).toEqual([]);
      }
      expectFile(join(dir, name, 'output.html'), html);
    });
  }
});

describe('render', () => {
  it('places a glyph the font lacks where it comes from: an article at its line and column, the layout, the lexicon', () => {
    const d = structuredClone(data);
    // alpha.md's body starts on line 10; its second line quotes a Cyrillic name.
    d.corpus.sources[0].body = 'Turnout was 54.19%.\nAmanat (\u0410\u043c\u0430\u043d\u0430\u0442) won 53.9%.';
    d.claims.find((c: { id: string }) => c.id === 'alpha:c2').quote = 'Amanat (\u0410\u043c\u0430\u043d\u0430\u0442) won 53.9%.';
    d.lexicon.entities[0].name = 'Amanat \u2192 ruling';
    const layout = { file: 'templates/layout.html', text: '<!doctype html><html><head><title>x</title></head><body>\n<p>\u2264 draft</p><main><slot name="content"></slot></main></body></html>' };
    const lexicon = { file: 'sources/lexicon.yaml', text: 'entities:\n  - {id: amanat, name: Amanat \u2192 ruling, kind: party, aliases: [Amanat]}\n' };
    const { warnings } = render({ ...input('x', '---\ntitle: T\n---\n\n:fig[vote_share.amanat] :name[amanat]\n\n::sources\n'), ...d, layout, dataFiles: () => [lexicon] });
    const glyphs = warnings.filter((w) => w.ruleId === 'missing-glyph').map((w) => `${w.file}:${w.line}:${w.column} ${/shows ("\S)/u.exec(w.message)![1]}"`);
    expect(glyphs).toContain('sources/alpha.md:11:9 "\u0410"');
    expect(glyphs).toContain('sources/lexicon.yaml:2:31 "\u2192"');
    expect(glyphs).toContain('templates/layout.html:2:4 "\u2264"');
    expect(warnings.find((w) => w.file === 'sources/alpha.md')!.hint).toBe(msg.MISSING_GLYPH_HINT_SOURCE);
    expect(warnings.every((w) => w.file !== 'templates/x.md')).toBe(true);
  });

  it('escapes article text: a <script> in a quote is text, never markup', () => {
    const { html } = renderFragment(input('x', '---\ntitle: T\n---\n\n:fig[vote_share.amanat]\n\n::sources\n'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  });

  it('fills the layout, inlines the font and sets the language and title', () => {
    const { html, meta } = render(input('x', '---\ntitle: A title\nlanguage: kk\n---\n\nHello.\n'));
    expect(meta.date).toBe('2023-03-22');
    expect(html).toContain('<html lang="kk">');
    expect(html).toContain('<title>A title</title>');
    expect(html).toContain("font-family:'Inter'");
    expect(html).not.toMatch(/src=["']?https?:/);
  });

  it('gives the stylesheet the running header as escaped CSS strings: no title ends the string, the rule or the style', () => {
    expect(cssString('Plain title 2023')).toBe('"Plain title 2023"');
    expect(cssString('A "q" \\ </style>\n')).toBe('"A \\22 q\\22  \\5c  \\3c \\2f style\\3e \\a "');
    expect(cssString('Kazakhstan\u2019s')).toBe('"Kazakhstan\\2019 s"');
    expect(runningHeadCss({ title: 'T', date: '2023-03-24' })).toBe(':root { --briefing-title: "T"; --briefing-date: "24 March 2023"; }');
    const { html } = render(input('x', '---\ntitle: "Evil </style><script>alert(1)</script>"\n---\n\nHello.\n'));
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style).toContain('--briefing-title: "Evil \\3c \\2f style\\3e \\3c script\\3e alert\\28 1\\29 \\3c \\2f script\\3e "');
    expect(html).not.toContain('<script>');
  });

  it('quotes a long sentence around its number in the register, and whole in the source list', () => {
    const long = `${'Before the number there is a great deal of context. '.repeat(6)}Turnout was 53 percent.${' After it the article goes on and on.'.repeat(6)}`;
    const at = long.indexOf('53 percent');
    const d = structuredClone(data);
    d.corpus.sources[1].body = long;
    const claim = d.claims.find((c: { id: string }) => c.id === 'beta:c1');
    Object.assign(claim, { quote: long, span: [0, long.length], textSpan: [at, at + 10] });
    const { html } = renderFragment({ ...input('x', '---\ntitle: T\n---\n\n::disagreements\n\n::sources\n'), ...d });
    const register = html.slice(0, html.indexOf('source-list'));
    expect(register).toContain('<mark>53 percent</mark>');
    expect(register).toMatch(/<q>\u2026[^<]*<mark>53 percent<\/mark>[^<]*\u2026<\/q>/);
    expect(register.length).toBeLessThan(html.length - long.length);
    expect(html.slice(html.indexOf('source-list'))).toContain(long.slice(0, at));
  });

  it('lists each claim of a conflict once, as one of the values', () => {
    const d = structuredClone(data);
    const f = d.figures.find((x: { id: string }) => x.id === 'turnout.national');
    Object.assign(f, { status: 'conflict', value: null, claims: ['alpha:c1', 'beta:c1'], dissent: [
      { value: 54.19, low: null, high: null, claims: ['alpha:c1'], kind: 'unresolved', note: 'Alpha News gives 54.19 %.' },
      { value: 53, low: null, high: null, claims: ['beta:c1'], kind: 'unresolved', note: 'B. Writer gives 53 %.' },
    ] });
    const { html } = renderFragment({ ...input('x', '---\ntitle: T\n---\n\n::disagreements\n'), ...d });
    expect(html.match(/<li class="claim-/g)).toHaveLength(2);
    expect(html.match(/one of the values/g)).toHaveLength(2);
    expect(html).toContain('No value chosen.');
  });

  it('fills every slot of the layout from the data', () => {
    const slots = ['title', 'subtitle', 'author', 'date', 'sources-count', 'figures-count', 'contested-count', 'sources-articles', 'contested-figures'];
    const layout = `<!doctype html><html><head><title>x</title></head><body>${slots.map((n) => `<p id="${n}"><slot name="${n}"></slot></p>`).join('')}<main><slot name="content"></slot></main></body></html>`;
    const { html } = render({ ...input('x', '---\ntitle: T\nsubtitle: S\nauthor: A\n---\n\nHello.\n'), layout: { file: 'templates/layout.html', text: layout } });
    const filled = Object.fromEntries(slots.map((n) => [n, new RegExp(`<p id="${n}">([^<]*)</p>`).exec(html)?.[1]]));
    expect(filled).toEqual({ title: 'T', subtitle: 'S', author: 'A', date: '22 March 2023', 'sources-count': '2', 'figures-count': '2', 'contested-count': '1', 'sources-articles': '2 articles', 'contested-figures': '1 figure' });
  });

  it(':count[contested] counts what the register lists, as the cover does: a snapshot in conflict is none', () => {
    const d = structuredClone(data);
    const f = d.figures.find((x: { id: string }) => x.id === 'turnout.national');
    Object.assign(f, { kind: 'latest', status: 'resolved', dissent: [{ value: 53, low: null, high: null, claims: ['beta:c1'], kind: 'outvoted', note: 'B.' }] });
    const layout = '<!doctype html><html><head><title>x</title></head><body><p id="c"><slot name="contested-count"></slot></p><main><slot name="content"></slot></main></body></html>';
    const { html } = render({ ...input('x', '---\ntitle: T\n---\n\nIn all :count[contested].\n'), ...d, layout: { file: 'templates/layout.html', text: layout } });
    const cover = /<p id="c">([^<]*)<\/p>/.exec(html)?.[1];
    const prose = /In all <span class="count">([^<]*)<\/span>/.exec(html)?.[1];
    expect(cover).toBe('0');
    expect(prose).toBe('0');
  });

  it("labels a figure with its kind, round, place and voter group", () => {
    const ctx = new RenderContext(input('x', '---\ntitle: T\n---\n'));
    const share = data.figures.find((f: { id: string }) => f.id === 'vote_share.amanat');
    expect(ctx.figureLabel(share)).toBe('Vote share, Amanat');
    expect(ctx.figureLabel({ ...share, id: 'vote_share.amanat.round-2', round: 2 })).toBe('Vote share, Amanat (round 2)');
    expect(ctx.figureLabel({ ...share, id: 'vote_share.amanat.in-north', place: 'north', kind: 'estimate' })).toBe('Vote share, Amanat (estimate, in north)');
  });

  it('links every section heading from the toc slot, with unique ids', () => {
    const layout = '<!doctype html><html><head><title>x</title></head><body><nav><slot name="toc"></slot></nav><main><slot name="content"></slot></main></body></html>';
    const { html } = render({ ...input('x', '---\ntitle: T\n---\n\n## Summary\n\nText.\n\n## Sources & notes\n\n### Not listed\n\n## Summary\n'), layout: { file: 'templates/layout.html', text: layout } });
    expect(html).toContain('<nav><ol class="toc-list"><li><a href="#section-summary">Summary</a></li><li><a href="#section-sources-notes">Sources &#x26; notes</a></li><li><a href="#section-summary-2">Summary</a></li></ol></nav>');
    expect(html).toContain('<h2 id="section-summary">Summary</h2>');
    expect(html).toContain('<h2 id="section-summary-2">Summary</h2>');
    expect(html).not.toContain('Not listed</a>');
  });

  it('formats values with their stated precision, ranges and bounds', () => {
    const base = { low: null, high: null, unit: '%', bound: 'exact' };
    expect(formatValue({ ...base, value: 54, precision: 0.5 })).toBe('54\u00a0%');
    expect(formatValue({ ...base, value: 54.19, precision: 0.005 })).toBe('54.19\u00a0%');
    expect(formatValue({ ...base, value: 8.5, precision: 0.05 })).toBe('8.5\u00a0%');
    expect(formatValue({ value: null, low: 62, high: 64, precision: 0.5, unit: 'seats' })).toBe('62\u201364\u00a0seats');
    expect(formatValue({ value: 6300000, low: null, high: null, precision: 50000, unit: 'people', bound: 'approximate' })).toBe('about 6.3 million\u00a0people');
    expect(formatValue({ value: 300, low: 300, high: null, precision: 0.5, unit: 'observers', bound: 'lower-bound' })).toBe('more than 300\u00a0observers');
    expect(formatValue({ value: 1, low: null, high: null, precision: 0.5, unit: 'seats' })).toBe('1\u00a0seat');
    const contested = { value: null, low: null, high: null, precision: 0.005, unit: '%' };
    const dissent = [{ value: 71.09, low: null, high: null }, { value: 53.9, low: null, high: null }, { value: 66.7, low: null, high: null }];
    expect(formatValue({ ...contested, dissent })).toBe('53.9\u00a0%, 66.7\u00a0% or 71.09\u00a0%');
    expect(formatValue({ ...contested, dissent: [dissent[0]!, dissent[0]!] })).toBe('71.09\u00a0%');
    expect(formatValue({ ...contested, dissent: [] })).toBe('no value');
  });
});

describe('source warnings', () => {
  it('the source list tells the reader what ingest worked around, as text', () => {
    const base = input('source-warnings', readFileSync(join(dir, 'sources', 'input.md'), 'utf8'));
    const first = base.corpus.sources[0]!;
    const warned = {
      ...first,
      warnings: [
        {
          file: first.file,
          line: 12,
          column: 3,
          severity: 'warning' as const,
          ruleId: 'markup-in-article',
          message: 'the article holds markup (<script>), shown as text',
          hint: null,
        },
      ],
    };
    const { html } = renderFragment({ ...base, corpus: { sources: [warned, ...base.corpus.sources.slice(1)] } });
    expect(html).toContain('Warnings while reading this article');
    expect(html).toContain(`the article holds markup (&#x3C;script>), shown as text (${first.file}:12:3)`);
    expect(html).not.toContain('<script>');
    const clean = renderFragment(base).html;
    expect(clean).not.toContain('Warnings while reading this article');
  });
});

describe('stages and moments in templates', () => {
  const base = data.figures.find((f: { id: string }) => f.id === 'turnout.national');
  const stage = { ...base, id: 'turnout.national.final', kind: 'stage', qualifier: 'final', value: 54.21, precision: 0.005, status: 'single', dissent: [] };
  const snapshot = { ...base, id: 'turnout.national.at-10-00', kind: 'snapshot', qualifier: 'interim', as_of: '10:00', value: 2.91, precision: 0.005, status: 'single', dissent: [] };
  const withStages = (text: string) => ({ ...input('stages', text), figures: [...data.figures, stage, snapshot] });
  const stageError = (text: string) => errorOf(() => renderFragment(withStages(text)));

  it('{stage=…} cites the stage’s own figure, or the figure itself when its value is of that stage; {at=…} a snapshot', () => {
    const { html } = renderFragment(withStages('---\ntitle: T\n---\n\nFinal :fig[turnout.national]{stage=final}, preliminary :fig[turnout.national]{stage=preliminary}, at ten :fig[turnout.national]{at="10:00"}.\n'));
    expect(html).toContain('54.21');
    expect(html).toContain('54.19');
    expect(html).toContain('2.91');
  });

  it('a stage or moment the figure does not have is an error that lists the ones it has', () => {
    expect(stageError('---\ntitle: T\n---\n\nT :fig[turnout.national]{stage=recount}.\n')).toBe(
      'templates/stages.md:5:3: error: figure "turnout.national" has no value at the stage "recount" [unknown-stage]\n  Its stages: preliminary, final. The stages are listed in sources/policy.yaml (stages:).',
    );
    expect(stageError('---\ntitle: T\n---\n\nT :fig[turnout.national]{at="11:00"}.\n')).toBe(
      'templates/stages.md:5:3: error: figure "turnout.national" has no snapshot at "11:00" [unknown-moment]\n  Its snapshots: "10:00".',
    );
  });

  it('a quantity only snapshots report: its key figure is the latest snapshot and says "as of" its moment', () => {
    const latest = { ...snapshot, id: 'turnout.national', kind: 'latest', as_of: '18:00', value: 40.2 };
    const figures = [...data.figures.filter((f: { id: string }) => f.id !== 'turnout.national'), snapshot, latest];
    const { html } = renderFragment({ ...input('latest', '---\ntitle: T\n---\n\n::keyfigures[turnout.national]\n'), figures });
    expect(html).toContain('40.2');
    expect(html).toContain('<span class="key-qualifier">as of 18:00</span>');
    expect(html).not.toContain('<span class="key-qualifier">interim</span>');
    // A snapshot with no moment of its own stands for its stage: said "interim", not "as of interim".
    const staged = { ...latest, as_of: 'interim', qualifier: 'interim' };
    const plain = renderFragment({ ...input('latest', '---\ntitle: T\n---\n\n::keyfigures[turnout.national]\n'), figures: [...figures.filter((f: { id: string }) => f.id !== 'turnout.national'), staged] }).html;
    expect(plain).toContain('<span class="key-qualifier">interim</span>');
    expect(plain).not.toContain('as of interim');
  });

  it('the register lists results and rules only: a stage or snapshot with a dissent is no entry', () => {
    const dissent = [{ value: 3, low: null, high: null, claims: [], kind: 'different-value', note: 'x' }];
    const { html } = renderFragment({ ...withStages('---\ntitle: T\n---\n\n::disagreements\n'), figures: [...data.figures.map((f: { id: string }) => ({ ...f, dissent: [] })), { ...stage, dissent }, { ...snapshot, dissent }] });
    expect(html).toContain('The sources agree on every figure.');
  });
});
