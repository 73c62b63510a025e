/**
 * The rules of `make add` one by one, each on a page or sentence written here: the order of
 * precedence of the metadata, what is never guessed, dates, ids, duplicates, what is not a
 * page, encodings, and text kept verbatim.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { addPage, dropLeadingByline, duplicateOf, makeId, sameUrlKey, slug, uniqueId, type AddContext } from '../../pipeline/add/index.ts';
import { decodePage } from '../../pipeline/add/decode.ts';
import { htmlToMarkdown } from '../../pipeline/add/content.ts';
import { isoDay, readMetadata, savedDay, savedFrom, siteName, titleDate, writtenDay } from '../../pipeline/add/metadata.ts';
import * as msg from '../../pipeline/shared/messages.ts';

/** A page with `head` in its <head> and an article of enough words in its body. */
function page(head: string, body = ''): string {
  const para = (n: number) => `<p>Paragraph ${n} of the article says what happened in the capital on Sunday, with enough words to count as the article's text for the reader and for Readability.</p>`;
  return `<!DOCTYPE html><html><head>${head}</head><body>${body}<article>${[1, 2, 3, 4].map(para).join('')}</article></body></html>`;
}
const meta = (html: string, fetchedUrl: string | null = null) => {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return readMetadata(document, html, fetchedUrl).fields;
};
const ctx = (over: Partial<AddContext> = {}): AddContext => ({ label: 'page.html', existing: [], taken: new Set(), ...over });
const bytes = (s: string) => Buffer.from(s, 'utf8');

describe('metadata, in its order of precedence', () => {
  const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2023-03-20T23:30:00+06:00","author":[{"@type":"Person","name":"Ann Writer"},{"@type":"Person","name":"Bo Reporter"}],"publisher":{"@type":"Organization","name":"LD Outlet"},"url":"https://ld.example/a"}</script>`;
  const og = '<meta property="og:title" content="From Open Graph"><meta property="og:site_name" content="OG Outlet"><meta property="article:published_time" content="2023-03-18T10:00:00Z"><meta property="og:url" content="https://og.example/a"><meta name="author" content="Meta Author">';
  const low = '<link rel="canonical" href="https://canonical.example/a">';

  it('takes JSON-LD first, field by field', () => {
    const f = meta(page(ld + og + low));
    expect(f.title).toEqual({ value: 'From JSON-LD', from: 'JSON-LD headline' });
    expect(f.outlet).toEqual({ value: 'LD Outlet', from: 'JSON-LD publisher' });
    expect(f.author).toEqual({ value: 'Ann Writer, Bo Reporter', from: 'JSON-LD author' });
    // The date as the page writes it, not converted to UTC (23:30 at +06:00 is still the 20th there).
    expect(f.published).toEqual({ value: '2023-03-20', from: 'JSON-LD datePublished' });
    expect(f.url).toEqual({ value: 'https://ld.example/a', from: 'JSON-LD url' });
  });

  it('then Open Graph and article: tags, then <meta name="author">', () => {
    const f = meta(page(og + low));
    expect(f.title.value).toBe('From Open Graph');
    expect(f.outlet.value).toBe('OG Outlet');
    expect(f.published).toEqual({ value: '2023-03-18', from: 'article:published_time' });
    expect(f.author).toEqual({ value: 'Meta Author', from: '<meta name="author">' });
    expect(f.url.value).toBe('https://og.example/a');
  });

  it('then <time>, the canonical link and the saved-from comment', () => {
    const html = `<!-- saved from url=(0026)https://saved.example/a/b -->${page(low, '<time datetime="2023-03-17">17 March</time>')}`;
    const f = meta(html);
    expect(f.published).toEqual({ value: '2023-03-17', from: '<time>' });
    expect(f.url).toEqual({ value: 'https://canonical.example/a', from: 'canonical link' });
    expect(meta(`<!-- saved from url=(0026)https://saved.example/a/b -->${page('')}`).url).toEqual({ value: 'https://saved.example/a/b', from: 'saved-from comment' });
  });

  it('reads url and retrieved from the comment SingleFile writes', () => {
    const html = `<!DOCTYPE html><html><!--\n Page saved with SingleFile \n url: https://single.example/x \n saved date: Tue Mar 21 2023 23:50:01 GMT+0600 (Almaty)\n-->${page('').slice(15)}`;
    expect(savedFrom(html)).toEqual({ url: 'https://single.example/x', day: '2023-03-21', by: 'SingleFile comment' });
    expect(meta(html).retrieved).toEqual({ value: '2023-03-21', from: 'SingleFile comment' });
  });

  it('reads a JSON-LD block wrapped in CDATA, and an article inside @graph', () => {
    const block = '<script type="application/ld+json">//<![CDATA[\n{"@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"Graph headline"}]}\n//]]></script>';
    expect(meta(page(block)).title.value).toBe('Graph headline');
  });

  it('follows a JSON-LD reference to the node that names the publisher or author', () => {
    const block = '<script type="application/ld+json">{"@graph":[{"@type":"Article","headline":"H","publisher":{"@id":"https://x.example/#org"},"author":{"@id":"https://x.example/#me"}},{"@type":"Organization","@id":"https://x.example/#org","name":"Referenced Outlet"}]}</script><script type="application/ld+json">{"@type":"Person","@id":"https://x.example/#me","name":"Ref Author"}</script>';
    const f = meta(page(block));
    expect(f.outlet).toEqual({ value: 'Referenced Outlet', from: 'JSON-LD publisher' });
    expect(f.author).toEqual({ value: 'Ref Author', from: 'JSON-LD author' });
  });

    it('takes microdata only from the article item, not from a video inside the page', () => {
    const body = '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12T13:11:07Z"></div><div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2015-03-11T19:46:14Z"></div>';
    expect(meta(page('', body)).published).toEqual({ value: '2015-03-11', from: 'datepublished' });
  });

    it('skips a JSON-LD block that is not valid JSON', () => {
    expect(meta(page('<script type="application/ld+json">{"@type": "NewsArticle", headline: broken</script><meta property="og:title" content="Still found">')).title.value).toBe('Still found');
  });

  it('never takes an address for a name', () => {
    const f = meta(page('<meta property="article:author" content="https://www.facebook.com/someone"><meta property="og:site_name" content="http://www.site.example">'));
    expect(f.author.value).toBeNull();
    expect(f.outlet.value).toBeNull();
  });

  it('prefers the headline the page shows (<h1>, which <title> starts with) to a meta title with a suffix', () => {
    const f = meta(page('<title>The vote is counted | Jane Doe | Politics | Some Outlet</title><meta property="og:title" content="The vote is counted | Jane Doe">', '<h1>The vote is counted</h1>'));
    expect(f.title).toEqual({ value: 'The vote is counted', from: '<h1> and <title>' });
  });

  it('takes the outlet from the <title> after the headline when no tag names it, but never a date', () => {
    expect(meta(page('<title>The vote is counted - The Example Times</title>', '<h1>The vote is counted</h1>')).outlet).toEqual({ value: 'The Example Times', from: '<title> after the headline' });
    expect(meta(page('<title>The vote is counted - Feb. 1, 2016</title>', '<h1>The vote is counted</h1>')).outlet.value).toBeNull();
  });

  it('cuts the outlet\'s name from the end of a title', () => {
    expect(meta(page('<meta property="og:title" content="The vote is counted – Steppe Ledger"><meta property="og:site_name" content="Steppe Ledger">')).title.value).toBe('The vote is counted');
  });

  it('reads a date from a byline element when no tag gives one, and not from an "updated" line', () => {
    expect(meta(page('', '<div class="post-date">Posted on March 5, 2023 at 10:00</div>')).published).toEqual({ value: '2023-03-05', from: 'a dated byline element' });
    expect(meta(page('', '<div class="updated-date">Updated March 6, 2023</div>')).published.value).toBeNull();
  });

  it('leaves what it cannot find null and says where it looked', () => {
    const r = addPage(bytes(page('<title>Only a title</title>')), ctx());
    expect(r.meta).toMatchObject({ title: 'Only a title', outlet: null, author: null, published: null, url: null, retrieved: null });
    expect(r.meta!.notes).toContain('Outlet not given on the page (looked for JSON-LD publisher, og:site_name');
    expect(r.meta!.notes).toContain('Publication date not given on the page');
    expect(r.meta!.notes).toContain("The title is the page's <title>: check that it is the headline.");
  });
});

describe('dates', () => {
  it('are the calendar day an ISO date or date-time starts with, when it exists', () => {
    expect(isoDay('2023-03-19T22:05:00+06:00')).toBe('2023-03-19');
    expect(isoDay('2023-03-19 06:01:07')).toBe('2023-03-19');
    expect(isoDay('20160729')).toBe('2016-07-29');
    expect(isoDay('2023-02-30')).toBeNull();
    expect(isoDay('19/03/2023')).toBeNull();
  });
  it('written in English words with the year after them', () => {
    expect(writtenDay('Fri Mar 13 21:30:09 EST 2015')).toBe('2015-03-13');
    expect(writtenDay('posted on April 21, 2015, at 11:29 a.m.')).toBe('2015-04-21');
    expect(writtenDay('Sept. 25, 2018')).toBe('2018-09-25');
    // Day and month in digits: read only when one of them is over 12, or when written with dots
    // (day first wherever dots are used); slashes with both numbers under 13 stay unread.
    expect(writtenDay('2/26/2015 7:11 AM PST')).toBe('2015-02-26');
    expect(writtenDay('26.02.2015')).toBe('2015-02-26');
    expect(writtenDay('07.12.2017')).toBe('2017-12-07');
    expect(writtenDay('07/12/2017')).toBeNull();
    expect(writtenDay('07.12/2017')).toBeNull();
    expect(writtenDay('v1.2.2015')).toBeNull();
    expect(savedDay('Fri Mar 24 2023 16:12:48 GMT+0600')).toBe('2023-03-24');
  });
});

describe('the last places a date and an outlet are read from', () => {
  it('a date written as its own part of the <title>, after the headline', () => {
    const f = meta('<html><head><title>Rain returns to the valley - 03.04.2019 - The Valley Post</title></head><body><h1>Rain returns to the valley</h1><p>Text.</p></body></html>');
    expect(f.published).toEqual({ value: '2019-04-03', from: '<title> after the headline' });
    expect(titleDate('Rain returns to the valley | Opinion', 'Rain returns to the valley')).toBeNull();
    expect(titleDate('The 2019 floods - 1,200 homes', 'The 2019 floods')).toBeNull();
  });
  it('an outlet tag with a tagline after a separator gives the name before it', () => {
    const f = meta(page('<meta name="application-name" content="Valley Post - Latest News &amp; Weather">'));
    expect(f.outlet).toEqual({ value: 'Valley Post', from: 'application-name' });
    expect(siteName('The Valley Post')).toBe('The Valley Post');
  });
});

describe('ids', () => {
  it('are outlet, date and the first words of the title, in ASCII', () => {
    expect(makeId('The Steppe Herald', '2019-01-03', "'What is the sea telling us?': Māori tribes fearful")).toBe('steppe-herald-2019-01-03-what-is-the-sea-telling-us');
    expect(makeId(null, null, null)).toBe('page');
    expect(slug('Ақорда хабарлайды')).toBe('');
    expect(makeId('x'.repeat(50), '2023-01-01', 'y '.repeat(40)).length).toBeLessThanOrEqual(80);
  });
  it('never take one in use', () => {
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
    const r = addPage(bytes(page('<meta property="og:title" content="Same title"><meta property="og:site_name" content="Outlet">')), ctx({ taken: new Set(['outlet-same-title']) }));
    expect(r.id).toBe('outlet-same-title-2');
    expect(r.file).toBe('sources/outlet-same-title-2.md');
  });
});

describe('an article already in the sources', () => {
  const html = page('<meta property="og:title" content="T"><link rel="canonical" href="https://www.news.example/a/b/?utm_source=x#top">');
  it('is found by its address, compared loosely', () => {
    expect(sameUrlKey('https://www.news.example/a/b/?utm_source=x#top')).toBe(sameUrlKey('http://news.example/a/b'));
    const r = addPage(bytes(html), ctx({ existing: [{ file: 'sources/old.md', id: 'old', url: 'https://news.example/a/b', body: 'other text' }] }));
    expect(r.file).toBeNull();
    expect(r.diagnostics[0]).toMatchObject({ severity: 'warning', ruleId: 'already-added', message: msg.ADD_DUPLICATE('sources/old.md', 'url') });
  });
  it('is found by its text when most of its paragraphs stand in one source', () => {
    const first = addPage(bytes(html), ctx());
    const body = first.text!.split('\n---\n')[1]!.replace(/\n\n/g, '\n');
    expect(duplicateOf(null, first.text!.split('\n---\n')[1]!, [{ file: 'sources/pasted.md', id: null, url: null, body: `KZT/USD 0.0019\n${body}Suggested Articles\n` }])).toEqual({ file: 'sources/pasted.md', how: 'text' });
    expect(duplicateOf(null, first.text!, [{ file: 'sources/other.md', id: null, url: null, body: 'A different article about something else entirely, with its own words and sentences.' }])).toBeNull();
  });
});

describe('what is not an article page', () => {
  it('refuses a PDF, JSON, plain text and a non-HTML Content-Type', () => {
    expect(decodePage(bytes('%PDF-1.7\n...'))).toEqual({ ok: false, what: 'a PDF document' });
    expect(decodePage(bytes('{"a": 1}'))).toEqual({ ok: false, what: 'JSON data' });
    expect(decodePage(bytes('Just some text, no markup at all.'))).toEqual({ ok: false, what: 'text without HTML markup' });
    expect(decodePage(bytes('<html></html>'), 'application/pdf')).toEqual({ ok: false, what: 'served as application/pdf' });
    const r = addPage(bytes('%PDF-1.7'), ctx({ label: 'x.html' }));
    expect(r.diagnostics[0]).toMatchObject({ file: 'x.html', ruleId: 'not-html', message: msg.ADD_NOT_HTML('a PDF document'), hint: msg.ADD_NOT_HTML_HINT });
  });
  it('names the page\'s title when it holds no article text', () => {
    const r = addPage(bytes('<html><head><title>Menu only</title></head><body><nav><a href="/">Home</a></nav></body></html>'), ctx());
    expect(r.diagnostics[0]).toMatchObject({ ruleId: 'no-article-text', message: msg.ADD_NO_ARTICLE('Menu only', 0), hint: msg.ADD_NO_ARTICLE_HINT(false) });
  });
});

describe('encodings', () => {
  it('reads the charset a page declares', () => {
    const cyr = Buffer.concat([bytes('<html><head><meta charset="windows-1251"><title>'), Buffer.from([0xc2, 0xfb, 0xe1, 0xee, 0xf0, 0xfb]), bytes('</title></head><body></body></html>')]);
    const d = decodePage(cyr);
    expect(d.ok && d.html).toContain('<title>Выборы</title>');
  });
  it('and a byte-order mark', () => {
    const d = decodePage(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes('<p>é</p>')]));
    expect(d.ok && d.html).toBe('<p>é</p>');
  });
});

describe('the article text', () => {
  it('is kept verbatim: no escapes, no typographic changes', () => {
    const html = '<p>Turnout *was* 54.19% — “final”… [not a link] 1_000 &amp; <b>#1</b> party\'s <a href="https://x.example">share</a> <em>grew</em>.</p>';
    expect(htmlToMarkdown(html).markdown).toBe('Turnout *was* 54.19% — “final”… [not a link] 1_000 & #1 party\'s share grew.\n');
  });
  it('keeps lists and tables, drops images, captions and forms', () => {
    const md = htmlToMarkdown('<ul><li>one</li><li>two</li></ul><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table><figure><img src="x.jpg"><figcaption>Photo: agency</figcaption></figure><form><label>Email</label></form>').markdown;
    expect(md).toBe('- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
  });
  it('loses no text to a comment between the parts of a sentence', () => {
    const r = addPage(bytes(page('', '').replace('<article>', '<article><p>On Page <!-- -->A<!-- -->22 of the edition, with enough words around it to be a paragraph of its own here.</p>')), ctx());
    expect(r.text).toContain('On Page A22 of the edition');
  });
  it('drops a short byline or the title repeated above the first paragraph', () => {
    expect(dropLeadingByline('## The title\n\nNurlan Mock, 24 March 2023\n\nThe text.\n', 'The title', 'Nurlan Mock')).toBe('The text.\n');
    expect(dropLeadingByline('A first sentence that is not a byline.\n\nThe text.\n', 'The title', 'Nurlan Mock')).toBe('A first sentence that is not a byline.\n\nThe text.\n');
    expect(dropLeadingByline('By Nurlan Mock · Posted on March 5, 2023 at 10:00 a.m.\n\nThe text.\n', null, 'Nurlan Mock')).toBe('The text.\n');
    // A short first paragraph with a date in it is article text, not a byline.
    expect(dropLeadingByline('On March 5, 2023, turnout was 54 percent.\n\nThe text.\n', null, 'Nurlan Mock')).toBe('On March 5, 2023, turnout was 54 percent.\n\nThe text.\n');
    expect(dropLeadingByline('Nurlan Mock said the count was fair.\n\nThe text.\n', null, 'Nurlan Mock')).toBe('Nurlan Mock said the count was fair.\n\nThe text.\n');
  });
});
