/**
 * The front matter of an added page, read from the page's own metadata, in this order of
 * precedence (the first that gives a value wins, field by field):
 *
 *   1. JSON-LD: the first article node (`NewsArticle`, `Article`, `BlogPosting`, … also inside
 *      `@graph` or a CDATA wrapper): `headline`, `datePublished`, `author`, `publisher` (a
 *      reference `{"@id": …}` finds the node that names it), `url` / `mainEntityOfPage`;
 *   2. Open Graph and `article:` meta tags: `og:title`, `og:site_name`, `article:published_time`,
 *      `article:author` (a name, not a profile address), `og:url`; then the other common meta
 *      names (`twitter:title`, Dublin Core `dc.*`, `date`, `pubdate`, `parsely-pub-date`, …);
 *      Microdata (`itemprop`) counts only inside an article item (or outside any item);
 *   3. `<meta name="author">`; `<time>` (one marked `pubdate` or `itemprop="datePublished"`
 *      first, else the first; its `datetime`, else its text); then an element whose class or id
 *      names a date ("posted-date", "dateline"; not "updated") and whose short text is one;
 *   4. the canonical link (`<link rel="canonical">`);
 *   5. the "saved from" comments that browsers (`<!-- saved from url=(0042)https://… -->`) and
 *      SingleFile (`url:` and `saved date:`) write: they give `url` and `retrieved`.
 *
 * The title is the headline the page shows when its `<h1>` is what its `<title>` is or starts
 * with before a separator ("Headline | Author | Outlet"): a meta title that differs from it
 * (a suffix, the site's generic title) gives way. Otherwise the outlet's name is cut from the end
 * of the title, and the `<title>` itself is the last resort. Without any outlet tag, the name
 * after the headline in the `<title>` is the outlet (never a date, at most five words). A field
 * found nowhere is `null` and `notes` says where it was looked for; nothing is guessed. Dates are
 * the calendar date as the page writes it (the `YYYY-MM-DD` that starts an ISO date-time,
 * whatever its time zone; a date in words; a date in digits only when the order of day and month
 * is certain: one number over 12, or dots with the year last, which write the day first), never
 * converted. Last of all, a date written as its own part of the `<title>` after the headline. An
 * outlet tag that adds a tagline after a separator ("Name - Latest News") gives the name before it.
 */

import { escapeRegex } from '../shared/regex.ts';

export type Field = 'title' | 'outlet' | 'author' | 'published' | 'url' | 'retrieved';

export interface Found {
  value: string | null;
  /** Where the value came from (`JSON-LD headline`, `og:site_name`, …), or `null`. */
  from: string | null;
}

export interface PageMeta {
  fields: Record<Field, Found>;
  /** The page's `<title>` as it stands (for messages). */
  pageTitle: string | null;
  /** The JSON-LD article says `isAccessibleForFree: false` (a paywall). */
  paywalled: boolean;
}

/** Where each field was looked for, in order: the text of the note when none gave a value. */
export const LOOKED_IN: Record<Field, string> = {
  title: 'JSON-LD headline, og:title, twitter:title, dc.title, <title>',
  outlet: 'JSON-LD publisher, og:site_name, application-name, dc.publisher',
  author: 'JSON-LD author, article:author, <meta name="author">, dc.creator',
  published: 'JSON-LD datePublished, article:published_time, date meta tags, <time>, a dated byline, the <title> after the headline',
  url: 'JSON-LD url, og:url, canonical link, saved-from comment',
  retrieved: 'a saved-from comment with a date, as SingleFile writes',
};

const ARTICLE_TYPE = /^(?:\w+NewsArticle|NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ReportageNewsArticle|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function types(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every object of a JSON-LD block, depth first (`@graph`, arrays, nested values). */
function* nodes(v: Json, depth = 0): Generator<JsonObject> {
  if (depth > 6) return;
  if (Array.isArray(v)) for (const x of v) yield* nodes(x, depth + 1);
  else if (isObject(v)) {
    yield v;
    for (const [k, x] of Object.entries(v)) if (k === '@graph' || typeof x === 'object') yield* nodes(x, depth + 1);
  }
}

/** Text with its white space collapsed; `null` when empty. */
export function clean(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** Some pages write entities twice (`&amp;#8217;` in a meta tag): decode what is left. */
function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|quot|apos|lt|gt|nbsp);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith('#x')) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith('#')) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return ({ amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' } as Record<string, string>)[k] ?? m;
  });
}

const text = (s: string | null | undefined) => clean(s == null ? null : decodeEntities(s));

/** Every JSON-LD node with an `@id`, so a reference (`"publisher": {"@id": "#org"}`) finds its node. */
type Ids = Map<string, JsonObject>;

function names(v: Json | undefined, ids: Ids): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, ids));
  if (isObject(v) && typeof v.name === 'string') return [v.name];
  if (isObject(v) && typeof v['@id'] === 'string' && typeof ids.get(v['@id'])?.name === 'string') return [ids.get(v['@id'])!.name as string];
  return [];
}

/** A value that is an address (a profile link given as `article:author`) is no name. */
const isAddress = (s: string) => /^(https?:)?\/\//i.test(s) || /^www\./i.test(s);

function personNames(v: Json | undefined, ids: Ids = new Map()): string | null {
  const list = [...new Set(names(v, ids).map((n) => text(n)).filter((n): n is string => n !== null && !isAddress(n)))];
  return list.length === 0 ? null : list.join(', ');
}

/** `YYYY-MM-DD` from the start of an ISO date or date-time, when it is a day of the calendar. */
export function isoDay(s: string | null | undefined): string | null {
  const m = s ? /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s) ?? /^\s*(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s) : null;
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** SingleFile's `saved date: Wed Dec 02 2026 10:00:00 GMT+0100 (…)`: the date as written. */
export function savedDay(s: string): string | null {
  const m = /\b([A-Z][a-z]{2}) (\d{2}) (\d{4})\b/.exec(s);
  if (!m) return isoDay(s);
  const month = MONTHS.indexOf(m[1]!.toLowerCase());
  return month < 0 ? null : isoDay(`${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2]}`);
}

export function httpUrl(s: string | null | undefined, base?: string | null): string | null {
  const v = clean(s);
  if (!v) return null;
  try {
    const u = base ? new URL(v, base) : new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

interface Candidate {
  from: string;
  value: () => string | null | undefined;
}

function first(candidates: Candidate[]): Found {
  for (const c of candidates) {
    const value = c.value();
    if (value) return { value, from: c.from };
  }
  return { value: null, from: null };
}

/** The "saved from" comments near the start of a page: browsers' and SingleFile's. */
export function savedFrom(html: string): { url: string | null; day: string | null; by: string | null } {
  const head = html.slice(0, 16384);
  const single = /<!--\s*Page saved with SingleFile([\s\S]*?)-->/i.exec(head);
  if (single) {
    const url = /^\s*url:\s*(\S+)/im.exec(single[1]!);
    const saved = /^\s*saved date:\s*(.+)$/im.exec(single[1]!);
    return { url: httpUrl(url?.[1]), day: saved ? savedDay(saved[1]!) : null, by: 'SingleFile comment' };
  }
  const mark = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(head);
  if (mark) return { url: httpUrl(mark[1]), day: null, by: 'saved-from comment' };
  return { url: null, day: null, by: null };
}

/**
 * Reads the metadata of `doc` (parsed from `html`). `fetchedUrl` is the address the page was
 * fetched from (after redirects), used when the page names none of its own.
 */
export function readMetadata(doc: Document, html: string, fetchedUrl: string | null = null): PageMeta {
  // JSON-LD: the first article node of any block; a block that is not valid JSON is skipped.
  let ld: JsonObject | null = null;
  const ids: Ids = new Map();
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    let data: Json;
    try {
      // Some publishing systems wrap the block in a CDATA section or an HTML comment.
      const raw = (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?(?:<!\[CDATA\[|<!--)/, '').replace(/(?:\/\/\s*)?(?:\]\]>|-->)\s*$/, '');
      data = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    for (const n of nodes(data)) {
      if (typeof n['@id'] === 'string' && !ids.has(n['@id']) && Object.keys(n).length > 1) ids.set(n['@id'], n);
      if (!ld && types(n).some((t) => ARTICLE_TYPE.test(t))) ld = n;
    }
  }
  // Meta tags by property, name or itemprop, lower-cased; the first of each name wins.
  const meta = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    for (const attr of ['property', 'name', 'itemprop']) {
      // Microdata belongs to its item: a `datePublished` inside a VideoObject is the video's.
      if (attr === 'itemprop' && !inArticleItem(m)) continue;
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      const content = m.getAttribute('content');
      if (key && content != null && !meta.has(key)) meta.set(key, content);
    }
  }
  const m = (...keys: string[]): Candidate[] => keys.map((k) => ({ from: k === 'author' ? '<meta name="author">' : k, value: () => text(meta.get(k)) }));
  const ldText = (key: string): string | null => (ld && typeof ld[key] === 'string' ? text(ld[key] as string) : null);
  const publisher = ld ? personNames(ld.publisher ?? ld.sourceOrganization ?? null, ids) : null;
  const saved = savedFrom(html);
  const pageTitle = text(doc.querySelector('title')?.textContent);
  const canonical = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');

  const ldUrl = (): string | null => {
    if (!ld) return null;
    const main = ld.mainEntityOfPage;
    const candidates = [ld.url, typeof main === 'string' ? main : isObject(main) ? main['@id'] : null];
    for (const c of candidates) if (typeof c === 'string' && httpUrl(c)) return httpUrl(c);
    return null;
  };
  const base = fetchedUrl ?? saved.url;
  const timeElement = (): string | null => {
    const marked = doc.querySelector('time[pubdate], time[itemprop="datePublished" i]');
    const t = marked ?? doc.querySelector('time');
    return t ? (writtenDay(t.getAttribute('datetime')) ?? writtenDay(t.textContent)) : null;
  };
  const datedElement = (): string | null => {
    for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
      const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
      if (!DATED.test(name) || NOT_PUBLISHED.test(name)) continue;
      const t = clean(el.textContent) ?? '';
      if (t.length > 120) continue;
      const day = writtenDay(t);
      if (day) return day;
    }
    return null;
  };

  const outlet = first(
    [{ from: 'JSON-LD publisher', value: () => publisher }, ...m('og:site_name', 'application-name', 'dc.publisher', 'dcterms.publisher')].map((c) => ({
      ...c,
      value: () => {
        const v = c.value();
        return v && !isAddress(v) ? siteName(v) : null;
      },
    })),
  );
  const title = first([
    { from: 'JSON-LD headline', value: () => ldText('headline') },
    ...m('og:title', 'twitter:title', 'dc.title', 'dcterms.title'),
    { from: '<title>', value: () => pageTitle },
  ]);
  const shown = shownHeadline(doc, pageTitle);
  if (shown && title.value && loose(title.value) === loose(shown) && title.from === '<title>') title.from = '<h1> and <title>';
  else if (shown && title.value && loose(title.value) !== loose(shown)) {
    // The headline the page shows (its <h1>, which its <title> starts with): a meta title that
    // is that headline with a suffix (" | Outlet"), or the site's generic title, gives way.
    title.value = shown;
    title.from = '<h1> and <title>';
  } else if (title.value) {
    title.value = cutSuffix(title.value, [outlet.value]);
  }
  if (!outlet.value && pageTitle) {
    const site = titleSite(pageTitle, shown ?? title.value);
    if (site) Object.assign(outlet, { value: site, from: '<title> after the headline' });
  }
  const dateMeta = m(...DATE_META).map((c) => ({ ...c, value: () => writtenDay(c.value()) }));
  const titleDay = (): string | null => (pageTitle ? titleDate(pageTitle, shown ?? title.value) : null);
  const fields: Record<Field, Found> = {
    title,
    outlet,
    author: first([
      { from: 'JSON-LD author', value: () => (ld ? personNames(ld.author ?? ld.creator ?? null, ids) : null) },
      ...m('article:author', 'og:article:author', 'author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author').map((c) => ({ ...c, value: () => personNames(c.value()) })),
    ]),
    published: first([{ from: 'JSON-LD datePublished', value: () => isoDay(ldText('datePublished')) }, ...dateMeta, { from: '<time>', value: timeElement }, { from: 'a dated byline element', value: datedElement }, { from: '<title> after the headline', value: titleDay }]),
    url: first([
      { from: 'JSON-LD url', value: ldUrl },
      { from: 'og:url', value: () => httpUrl(meta.get('og:url'), base) },
      { from: 'canonical link', value: () => httpUrl(canonical, base) },
      { from: saved.by ?? 'saved-from comment', value: () => saved.url },
      { from: 'the address it was fetched from', value: () => httpUrl(fetchedUrl) },
    ]),
    retrieved: first([{ from: saved.by ?? 'saved-from comment', value: () => saved.day }]),
  };
  const free = ld?.isAccessibleForFree;
  return {
    fields,
    pageTitle,
    paywalled: free === false || (typeof free === 'string' && /^false$/i.test(free)),
  };
}

/** Class or id of an element that holds the article's date ("byline__date", "posted-time"). */
const DATED = /date|time|posted|published|dateline/i;
const NOT_PUBLISHED = /updat|modif|comment|reading|runtime/i;

/** True when the nearest microdata item around `el` is an article, or there is none. */
function inArticleItem(el: Element): boolean {
  const scope = el.closest('[itemscope]');
  const type = scope?.getAttribute('itemtype');
  if (!type) return true;
  return type.split(/\s+/).some((t) => ARTICLE_TYPE.test(t.replace(/^https?:\/\/schema\.org\//, '')));
}

/** Meta names of the publication date, after `article:published_time`, in order. */
const DATE_META = ['article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'published_at', 'published_time', 'article:publicationdate', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published'];

/**
 * The day a meta value writes: an ISO date (`2015-04-08T12:46:00`, `20160729`), or a date in
 * English words with the year after it (`Fri Mar 13 21:30:09 EST 2015`, `March 13, 2015`).
 */
export function writtenDay(s: string | null | undefined): string | null {
  if (!s) return null;
  const iso = isoDay(s);
  if (iso) return iso;
  const m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b[^0-9]*?(?:\d{1,2}:\d{2}(?::\d{2})?[^0-9]*?)?\b(\d{4})\b/i.exec(s);
  if (!m) return numericDay(s);
  const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
  return isoDay(`${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`);
}

/**
 * A date in digits, day and month in either order (`2/26/2015`, `26.02.2015`): read only when
 * the order is certain: one of the two numbers is over 12, or the date is written with dots
 * (`07.12.2017`, day first). `07/12/2017` stays unread.
 */
function numericDay(s: string): string | null {
  const m = /(?:^|[^\w./])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d./])/.exec(s);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (a > 12 && b <= 12) return isoDay(`${m[4]}-${pad(b)}-${pad(a)}`);
  if (b > 12 && a <= 12) return isoDay(`${m[4]}-${pad(a)}-${pad(b)}`);
  // Dots with the year last write the day first wherever they are used (`07.12.2017` is
  // 7 December); slashes stay unread when both numbers could be the month.
  if (m[2] === '.' && a <= 31 && b <= 12) return isoDay(`${m[4]}-${pad(b)}-${pad(a)}`);
  return null;
}

/**
 * A site name given with a tagline after a separator (`Example News - Latest News & Headlines`)
 * is the name before it; a name without one is kept whole.
 */
export function siteName(v: string): string {
  const parts = v.split(SEPARATORS);
  return parts.length > 1 && parts[0]!.trim() !== '' ? clean(parts[0])! : v;
}

/** A date written as its own part of the `<title>`, after the headline (`Headline - 07.12.2017 - Outlet`). */
export function titleDate(pageTitle: string, headline: string | null): string | null {
  for (const part of titleAfterHeadline(pageTitle, headline) ?? []) {
    const p = part.trim();
    if (p.length <= 40 && /\d{4}/.test(p)) {
      const day = writtenDay(p);
      if (day) return day;
    }
  }
  return null;
}

/** The parts of a `<title>` after its headline and a separator ("Headline - 07.12.2017 - Outlet" → date, outlet); null when it has none. */
function titleAfterHeadline(pageTitle: string, headline: string | null): string[] | null {
  if (!headline) return null;
  const t = clean(pageTitle)!;
  if (!loose(t).startsWith(loose(headline))) return null;
  const rest = t.slice(headline.length);
  if (!SEPARATOR.test(rest)) return null;
  return rest.split(SEPARATORS).filter((part) => part.trim() !== '');
}

const loose = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** A separator between a headline and a site name in a `<title>`: ` | `, ` - `, ` – `, ` — `, ` : `, ` · `. */
const SEPARATOR = /^\s+[|\-–—:·•]\s+/;
/** The same separator anywhere, to split at. */
const SEPARATORS = /\s+[|\-–—:·•]\s+/;

/** The `<h1>` that the `<title>` is, or starts with before a separator: the headline shown. */
function shownHeadline(doc: Document, pageTitle: string | null): string | null {
  if (!pageTitle) return null;
  const t = loose(pageTitle);
  for (const h of Array.from(doc.querySelectorAll('h1'))) {
    const text = clean(h.textContent);
    if (!text) continue;
    const k = loose(text);
    if (t === k || (t.startsWith(k) && SEPARATOR.test(t.slice(k.length)))) return text;
  }
  return null;
}

/** `title` without " | <name>" at its end, for a name the page gives (the outlet). */
function cutSuffix(title: string, names: (string | null)[]): string {
  for (const name of names) {
    if (!name) continue;
    const esc = escapeRegex(name);
    const cut = title.replace(new RegExp(`\\s+[|\\-–—:·•]\\s+${esc}\\s*$`, 'i'), '');
    if (cut !== title && cut.trim() !== '') return clean(cut)!;
  }
  return title;
}

/**
 * The site's name from a `<title>` that is the headline, a separator and a name ("… - The Example
 * Times"): the last part after a separator, when it has no digit (not a date) and at most
 * five words.
 */
function titleSite(pageTitle: string, headline: string | null): string | null {
  const parts = titleAfterHeadline(pageTitle, headline);
  const last = parts ? clean(parts[parts.length - 1]) : null;
  if (!last || /\d/.test(last) || last.split(' ').length > 5 || isAddress(last)) return null;
  return last;
}
