/**
 * `make add`: a saved web page (or one fetched from an address) → the text of `sources/<id>.md`.
 *
 * `addPage` is a pure function of the page's bytes and what is known around it (its name for
 * messages, the address it was fetched from, the date it was fetched, the sources already in
 * the project); reading files, fetching and writing are in `command.ts` and `fetch.ts`.
 *
 *   bytes ─decode─▶ HTML ─linkedom─▶ DOM ─metadata.ts─▶ front matter (JSON-LD → meta → …)
 *                                       └─content.ts─▶ Readability → rehype → remark → Markdown
 *
 * The id is `<outlet>-<date>-<title words>` (each part only when known), made unique among
 * the ids and file names already in sources/. A page whose article is already there (the same
 * address, or nearly all of its paragraphs in one source) is not added: a warning names that
 * file.
 */
import { parseHTML } from 'linkedom';
import { SourceMeta, type Diagnostic } from '../shared/schema.ts';
import { diagnostic } from '../shared/errors.ts';
import * as msg from '../shared/messages.ts';
import { MAX_PAGE_BYTES, decodePage } from './decode.ts';
import { countWords, extractArticle } from './content.ts';
import { LOOKED_IN, readMetadata, writtenDay, type Field, type PageMeta } from './metadata.ts';

/** Fewer words than this is no article (a paywall teaser, a page that loads its text later). */
export const MIN_WORDS = 50;

/** A source already in the project. */
export interface Existing {
  /** Its file, relative to the project (`sources/x.md`). */
  file: string;
  id: string | null;
  url: string | null;
  /** Its text below the front matter. */
  body: string;
}

export interface AddContext {
  /** How the page is named in messages: its file (relative to the project) or its address. */
  label: string;
  /** The address the page was fetched from, after redirects. */
  fetchedUrl?: string | null;
  /** The Content-Type the server gave. */
  contentType?: string | null;
  /** The day the page was fetched (YYYY-MM-DD); the edge reads the clock, not this function. */
  fetchedOn?: string | null;
  /** The file the page was read from, or the name it is stored under given the id (`collected_as`). */
  collectedAs?: string | ((id: string) => string) | null;
  existing: readonly Existing[];
  /** Ids in use: those of the existing sources and the names of the files in sources/. */
  taken: ReadonlySet<string>;
}

export interface AddResult {
  /** `sources/<id>.md` and its text, or null when the page is not added. */
  id: string | null;
  file: string | null;
  text: string | null;
  meta: SourceMeta | null;
  words: number;
  diagnostics: Diagnostic[];
}

const ORDER: Field[] = ['title', 'outlet', 'author', 'published', 'url', 'retrieved'];
const FIELD_NAMES: Record<Field, string> = { title: 'Title', outlet: 'Outlet', author: 'Author', published: 'Publication date', url: 'Address', retrieved: 'Retrieval date' };

export function addPage(bytes: Uint8Array, ctx: AddContext): AddResult {
  const none = (d: Diagnostic, words = 0): AddResult => ({ id: null, file: null, text: null, meta: null, words, diagnostics: [d] });
  const place = { file: ctx.label };
  if (bytes.length > MAX_PAGE_BYTES) return none(diagnostic(place, 'page-too-large', msg.ADD_TOO_LARGE(mib(bytes.length), mib(MAX_PAGE_BYTES)), msg.ADD_TOO_LARGE_HINT));
  const decoded = decodePage(bytes, ctx.contentType);
  if (!decoded.ok) return none(diagnostic(place, 'not-html', msg.ADD_NOT_HTML(decoded.what), msg.ADD_NOT_HTML_HINT));
  const { document } = parseHTML(decoded.html) as unknown as { document: Document };
  const page = readMetadata(document, decoded.html, ctx.fetchedUrl ?? null);
  const article = extractArticle(document);
  const words = article?.words ?? 0;
  if (!article || words < MIN_WORDS) {
    const title = page.fields.title.value ?? page.pageTitle ?? article?.title ?? null;
    return none(diagnostic(place, 'no-article-text', msg.ADD_NO_ARTICLE(title, words), msg.ADD_NO_ARTICLE_HINT(page.paywalled)), words);
  }
  article.markdown = dropLeadingByline(article.markdown, page.fields.title.value, page.fields.author.value);
  const dup = duplicateOf(page.fields.url.value, article.markdown, ctx.existing);
  if (dup) return none(diagnostic(place, 'already-added', msg.ADD_DUPLICATE(dup.file, dup.how), msg.ADD_DUPLICATE_HINT, 'warning'), words);

  const meta = sourceMeta(page, ctx);
  const file = `sources/${meta.id}.md`;
  const nulls = ORDER.filter((f) => meta[f] === null);
  return {
    id: meta.id,
    file,
    text: `${frontMatter(meta)}${article.markdown}`,
    meta,
    words,
    diagnostics: [diagnostic({ file }, 'added', msg.ADD_WROTE(file, words, nulls), msg.ADD_WROTE_HINT, 'info')],
  };
}

/**
 * The lines above the article's first paragraph that repeat what the front matter holds: the
 * title again, or a byline made only of the author's names, a date and time and their small
 * words ("By Nurlan Mock · 24 March 2023, 10:00"). Readability drops most bylines; this catches
 * those whose markup it does not know. A line with any other word is article text and stays.
 */
export function dropLeadingByline(markdown: string, title: string | null, author: string | null): string {
  const blocks = markdown.split('\n\n');
  const norm = (s: string) => s.toLowerCase().replace(/^#+\s+/, '').replace(/\s+/g, ' ').trim();
  const authorWords = new Set(norm(author ?? '').split(/[^\p{L}\p{N}'’.-]+/u).filter((w) => w !== ''));
  let i = 0;
  while (i < blocks.length - 1) {
    const b = norm(blocks[i]!);
    if (b.includes('\n') || countWords(b) > 20) break;
    const isTitle = title !== null && b === norm(title);
    // A byline is only names, a date and their small words: nothing of the article is left.
    const left = b.split(/[^\p{L}\p{N}'’.-]+/u).filter((w) => w !== '' && !authorWords.has(w) && !BYLINE_WORD.test(w));
    const isByline = left.length === 0 && (authorWords.size > 0 || writtenDay(b) !== null);
    if (!isTitle && !isByline) break;
    i += 1;
  }
  return i === 0 ? markdown : blocks.slice(i).join('\n\n');
}

/** The words a byline holds besides names: a date and time, and the words around them. */
const BYLINE_WORD = /^(?:by|and|posted|published|updated|on|at|\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|cest?|msk|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|-|—|–|·|•|\|)$/i;

function mib(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/** The front matter of the page: its metadata, the id, and notes that say where each came from. */
export function sourceMeta(page: PageMeta, ctx: Pick<AddContext, 'fetchedOn' | 'collectedAs' | 'taken'>): SourceMeta {
  const f = page.fields;
  const value = (k: Field) => f[k].value;
  const retrieved = value('retrieved') ?? ctx.fetchedOn ?? null;
  const found = ORDER.filter((k) => f[k].value !== null).map((k) => `${k} (${f[k].from})`);
  const notes: string[] = [];
  if (found.length) notes.push(msg.ADD_NOTE_FOUND(found.join(', ')));
  if (f.title.from === '<title>') notes.push(msg.ADD_NOTE_CHECK_TITLE);
  if (ctx.fetchedOn && !f.retrieved.value) notes.push(msg.ADD_NOTE_FETCHED(ctx.fetchedOn));
  for (const k of ORDER) {
    if (f[k].value !== null || (k === 'retrieved' && retrieved)) continue;
    notes.push(msg.ADD_NOTE_MISSING(FIELD_NAMES[k], LOOKED_IN[k]));
  }
  const url = value('url');
  const id = uniqueId(makeId(value('outlet') ?? hostOf(url), value('published'), value('title')), ctx.taken);
  // Checked against the schema ingest reads it with: a value it would refuse is a bug here.
  return SourceMeta.parse({
    id,
    title: value('title'),
    outlet: value('outlet'),
    author: value('author'),
    published: value('published'),
    url,
    retrieved,
    notes: notes.join(' '),
    ...(ctx.collectedAs ? { collected_as: typeof ctx.collectedAs === 'function' ? ctx.collectedAs(id) : ctx.collectedAs } : {}),
  });
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Lower-case ASCII letters and digits joined by dashes (accents dropped: "Māori" → "maori"). */
export function slug(text: string | null, maxWords = 12): string {
  if (!text) return '';
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return ascii
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
    .slice(0, maxWords)
    .join('-');
}

/** `<outlet>-<date>-<first words of the title>`, at most 80 characters, never empty. */
export function makeId(outlet: string | null, date: string | null, title: string | null): string {
  const o = slug(outlet, 4).replace(/^the-/, '');
  const t = slug(title, 6);
  let id = [o, date ?? '', t].filter((p) => p !== '').join('-');
  if (id.length > 80) id = id.slice(0, 80).replace(/-[^-]*$/, '');
  return id === '' ? 'page' : id;
}

/** `id`, or `id-2`, `id-3`, … : the first not in `taken`. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/** An address compared loosely: no fragment, no tracking parameters, no `www.`, no final `/`. */
export function sameUrlKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    for (const k of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|ref$|amp$|outputType$)/i.test(k)) u.searchParams.delete(k);
    const host = u.hostname.replace(/^www\./, '').replace(/^amp\./, '');
    const path = u.pathname.replace(/\/amp\/?$/, '/').replace(/\/+$/, '');
    return `${host}${path}${u.search}`.toLowerCase();
  } catch {
    return url;
  }
}

/** Paragraph lines of a Markdown body, compared loosely (case, white space, quotes, markers). */
function paragraphKeys(body: string): string[] {
  return body
    .split('\n')
    .map((l) =>
      l
        .replace(/^(?:[ \t]*(?:[-*+>]|\d+[.)]|#{1,6})[ \t]+)+/, '')
        .toLowerCase()
        .replace(/[’‘]/g, "'")
        .replace(/[“”]/g, '"')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((l) => l.split(' ').length >= 8);
}

/** An existing source's paragraph keys, made once per source (`make add` of several pages asks again for each). */
const existingKeys = new WeakMap<Existing, Set<string>>();
function paragraphKeysOf(e: Existing): Set<string> {
  let keys = existingKeys.get(e);
  if (!keys) existingKeys.set(e, (keys = new Set(paragraphKeys(e.body))));
  return keys;
}

/**
 * The existing source that holds this article: the same address, or at least 80 % of the new
 * article's paragraphs (of eight words or more) standing in it.
 */
export function duplicateOf(url: string | null, markdown: string, existing: readonly Existing[]): { file: string; how: 'url' | 'text' } | null {
  const key = url ? sameUrlKey(url) : null;
  for (const e of existing) if (key && e.url && sameUrlKey(e.url) === key) return { file: e.file, how: 'url' };
  const mine = paragraphKeys(markdown);
  if (mine.length === 0) return null;
  for (const e of existing) {
    const theirs = paragraphKeysOf(e);
    if (theirs.size === 0) continue;
    const shared = mine.filter((p) => theirs.has(p)).length;
    if (shared / mine.length >= 0.8) return { file: e.file, how: 'text' };
  }
  return null;
}

/** A YAML string: JSON's double-quoted form is valid YAML and escapes everything that needs it. */
const str = (v: string | null) => (v === null ? 'null' : JSON.stringify(v));

/** The front matter in the order of README "Adding a source". */
export function frontMatter(m: SourceMeta): string {
  const lines = [
    '---',
    `id: ${m.id}`,
    `title: ${str(m.title)}`,
    `outlet: ${str(m.outlet)}`,
    `author: ${str(m.author)}`,
    `published: ${m.published ?? 'null'}`,
    `url: ${str(m.url)}`,
    `retrieved: ${m.retrieved ?? 'null'}`,
    `notes: ${str(m.notes)}`,
  ];
  if (m.collected_as !== undefined) lines.push(`collected_as: ${str(m.collected_as)}`);
  lines.push('---', '');
  return lines.join('\n');
}
