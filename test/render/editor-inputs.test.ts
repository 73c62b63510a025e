import { errorOf } from '../diagnostics.ts';
import { describe, expect, it } from 'vitest';
import { format } from '../../pipeline/shared/errors.ts';
import { checkLayout } from '../../pipeline/render/layout-markup.ts';
import { checkStyle } from '../../pipeline/render/style-check.ts';


describe('the stylesheet is data', () => {
  it('cannot close its <style> element, from a string or a raw value', () => {
    const { css } = checkStyle('templates/style.css', 'body{content:"</style><script>x()</script>"}\n.a{--y: </style><b>}');
    expect(css).not.toMatch(/</);
    expect(css).toContain('\\3c /style>');
  });

  it('keeps ordinary rules as they mean', () => {
    const { css, warnings } = checkStyle('templates/style.css', '@page { size: A4; margin: 20mm }\nh1 { font: 700 18pt/1.2 Inter, sans-serif; color: #123 }');
    expect(css).toBe('@page{size:A4;margin:20mm}h1{font:700 18pt/1.2 Inter,sans-serif;color:#123}');
    expect(warnings).toEqual([]);
  });

  it('refuses @import with its place', () => {
    expect(errorOf(() => checkStyle('templates/style.css', 'p{}\n  @import url(https://example.org/a.css);'))).toBe(
      'templates/style.css:2:3: error: the stylesheet imports another stylesheet (@import) [style-external]\n' +
        '  The briefing is one self-contained file: write the rules into templates/style.css itself, and give images as data: URLs (fonts are embedded by the pipeline).',
    );
  });

  it('refuses a url() to a file or the network, allows data: images and #fragments', () => {
    expect(errorOf(() => checkStyle('s.css', 'p{background:url("file:///etc/passwd")}'))).toMatch(/^s\.css:1:14: error: the stylesheet loads "file:\/\/\/etc\/passwd" with url\(\) \[style-external\]/);
    expect(errorOf(() => checkStyle('s.css', 'p{background:url(//evil.example/x.png)}'))).toMatch(/\[style-external\]/);
    expect(errorOf(() => checkStyle('s.css', 'p{background:url(logo.png)}'))).toMatch(/loads "logo\.png"/);
    expect(checkStyle('s.css', 'p{background:url(data:image/png;base64,AAAA)} rect{fill:url(#g)}').warnings).toEqual([]);
  });

  it('warns about a font family the briefing does not embed', () => {
    const { warnings } = checkStyle('s.css', 'p{font-family: "Times New Roman", serif}\nh1{font: italic 12px Georgia}');
    expect(warnings.map(format)).toEqual([
      's.css:1:3: warning: the font "Times New Roman" is not embedded in the briefing [missing-font]\n' +
        '  Only Inter is embedded; another family would make the browser fall back to a system font and embed it in the PDF. Use Inter, or a generic family (sans-serif).',
      's.css:2:4: warning: the font "Georgia" is not embedded in the briefing [missing-font]\n' +
        '  Only Inter is embedded; another family would make the browser fall back to a system font and embed it in the PDF. Use Inter, or a generic family (sans-serif).',
    ]);
  });

  it('warns about a syntax error and goes on', () => {
    const { warnings } = checkStyle('s.css', 'p{color:red}\n}}} h1{color:blue}');
    expect(warnings.map((w) => w.ruleId)).toContain('style-syntax');
  });
});

describe('the layout is data', () => {
  const page = (body: string, head = '') => `<!doctype html>\n<html><head>${head}</head>\n<body>${body}<slot name="content"></slot></body></html>`;
  const refused = (html: string) => errorOf(() => checkLayout('templates/layout.html', html));

  it('accepts plain HTML with slots, internal links and a data: image', () => {
    const { warnings } = checkLayout('templates/layout.html', page('<header><a href="#toc">Contents</a><img src="data:image/png;base64,AAAA" alt=""></header>'));
    expect(warnings).toEqual([]);
  });

  it('refuses a script, an iframe, an object and a meta refresh, with their places', () => {
    expect(refused(page('\n<script>alert(1)</script>'))).toBe(
      'templates/layout.html:4:1: error: the layout contains a <script> element, which the briefing does not allow [layout-unsafe]\n' +
        '  The briefing is one script-free, self-contained file: the layout may hold plain HTML, <slot> elements and links to #places in the document; styles go in templates/style.css.',
    );
    expect(refused(page('<iframe src="https://example.org"></iframe>'))).toMatch(/a <iframe> element/);
    expect(refused(page('<object data="x.swf"></object>'))).toMatch(/a <object> element/);
    expect(refused(page('', '<meta http-equiv="refresh" content="0;url=https://example.org">'))).toMatch(/a <meta http-equiv> element/);
  });

  it('refuses event handlers and external addresses', () => {
    expect(refused(page('<div onclick="x()">a</div>'))).toMatch(/an event handler attribute \(onclick\)/);
    expect(refused(page('<body onload="x()">'))).toMatch(/event handler/);
    expect(refused(page('<a href="https://example.org/">out</a>'))).toMatch(/the address "https:\/\/example\.org\/" in href/);
    expect(refused(page('<img src="file:///etc/passwd">'))).toMatch(/the address "file:\/\/\/etc\/passwd" in src/);
    expect(refused(page('<a href="javascript:alert(1)">x</a>'))).toMatch(/javascript:alert\(1\)/);
    expect(refused(page('<svg><use xlink:href="https://example.org/s.svg#a"></use></svg>'))).toMatch(/xLinkHref/);
  });

  it('checks a style attribute and a <style> element as CSS', () => {
    expect(refused(page('<div style="background:url(https://example.org/x.png)">a</div>'))).toMatch(/\[style-external\]/);
    expect(refused(page('', '<style>@import "https://example.org/a.css";</style>'))).toMatch(/\[style-external\]/);
  });
});
