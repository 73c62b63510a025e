/**
 * Stage 1, ingest: one `sources/*.md` file → one `IngestedSource`.
 *
 * 1. The YAML front matter (found by remark-frontmatter) is parsed and validated.
 * 2. The body is everything below the front matter, verbatim; the block nodes remark-parse
 *    finds after the front matter (in the same, single parse of the file) give the paragraph
 *    boundaries. A scraped article carries one paragraph per line, so each line of a block is
 *    a paragraph of its own.
 * 3. General boilerplate rules (lexicon `boilerplate:`) remove page furniture: lines repeated
 *    many times (not the title when it holds a digit), lines that are only a date, the title repeated (unless it holds a digit: a
 *    headline that states a figure is read), a navigation tail.
 * 4. The kept paragraphs are split into sentences with offsets into the body: Intl.Segmenter's
 *    sentence breaks, then general rules (see `splitSentences`): a quotation that opens in one
 *    segment and closes in a later one is kept together, a segment that ends in a known
 *    abbreviation (lexicon `sentences.abbreviations`) or in an entity's name that ends in a full
 *    stop, "!" or "?" ("Forward!": `sentenceAbbreviations`; also in quotes or brackets: "“Forward!” 10 mandates",
 *    "Forward! (F!) with 6.8 percent") runs on, and a full stop between a
 *    number or word and the next sentence's number or capital ends a sentence.
 *
 * Bad input stops with a diagnostic at its place (`file:line:column`) before any of this: a
 * file too large to be one article, a binary file, text that was not UTF-8, an HTML page, a
 * missing or unclosed front matter, invalid YAML, an unknown, missing or wrongly typed field,
 * a date that is not in the calendar, an empty article, two articles with one id. What can be
 * worked around is a warning on the source: markup in the article text (kept as text), an
 * article that boilerplate removal empties. Article text is data: nothing in it is ever
 * interpreted, only located.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { parseDocument, isMap, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import { SourceMeta, type Corpus, type Diagnostic, type IngestedSource, type Paragraph, type Removed, type Sentence } from '../shared/schema.ts';
import { MAX_YAML_ALIASES, type Lexicon } from '../shared/lexicon.ts';
import { PipelineError, diagnostic, lineIndex } from '../shared/errors.ts';
import { sha256 } from '../shared/io.ts';
import * as msg from '../shared/messages.ts';

export interface SourceFile {
  /** Path relative to the project, with `/`. */
  file: string;
  text: string;
}

/**
 * Ingest reads only the front matter and where each block starts and ends, never the inline
 * Markdown inside a block (emphasis, links, code spans, …: article text is data). Block
 * structure never depends on inline constructs (CommonMark parses blocks first), so turning
 * them off leaves every block where it was and saves remark the work of reading them.
 */
const INLINE_CONSTRUCTS = [
  'attention',
  'autolink',
  'characterEscape',
  'characterReference',
  'codeText',
  'hardBreakEscape',
  'htmlText',
  'labelEnd',
  'labelStartImage',
  'labelStartLink',
];

function blocksOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: INLINE_CONSTRUCTS } });
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(blocksOnly).freeze();

/** remark's parse of a file, as ingest makes it (blocks and front matter only); the benchmark times it alone. */
export const parseMarkdown = (text: string): Root => parser.parse(text) as Root;

/** The largest source file ingest reads, in bytes of UTF-8: far above any news article. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/**
 * `read` turns one file into its ingested source (default `ingestSource`); the stage passes one
 * that keeps each result in the per-source cache. The checks across files (no files, duplicate
 * ids) are made here either way.
 */
export function ingest(
  files: SourceFile[],
  lexicon: Lexicon,
  dir = 'sources',
  read: (file: SourceFile, lexicon: Lexicon) => IngestedSource = ingestSource,
): Corpus {
  if (files.length === 0) {
    throw new PipelineError(diagnostic({ file: dir }, 'no-sources', msg.NO_SOURCES(dir), msg.NO_SOURCES_HINT));
  }
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Every file is read before stopping, so that one run names every bad file.
  const errors: Diagnostic[] = [];
  const sources: IngestedSource[] = [];
  const byId = new Map<string, string>();
  for (const f of sorted) {
    let s: IngestedSource;
    try {
      s = read(f, lexicon);
    } catch (error) {
      if (!(error instanceof PipelineError)) throw error;
      errors.push(...error.diagnostics);
      continue;
    }
    const other = byId.get(s.meta.id);
    if (other) {
      const idAt = /^id[ \t]*:/m.exec(f.text);
      const place = idAt ? lineIndex(f.text)(idAt.index) : { line: 1, column: 1 };
      errors.push(diagnostic({ file: s.file, ...place }, 'duplicate-id', msg.DUPLICATE_ID(s.meta.id, other), msg.DUPLICATE_ID_HINT));
      continue;
    }
    byId.set(s.meta.id, s.file);
    sources.push(s);
  }
  if (errors.length > 0) throw new PipelineError(errors);
  return { sources: flagLateDates(sources, new Map(sorted.map((f) => [f.file, f.text]))) };
}

/**
 * An article dated more than a year after every other dated article is most likely a typing
 * error ("2999-12-31"): the briefing's date (`latest-source`) would take it. It gets a warning;
 * the date stays as written.
 */
function flagLateDates(sources: IngestedSource[], texts: Map<string, string>): IngestedSource[] {
  const dated = sources.filter((s) => s.meta.published != null).sort((a, b) => (a.meta.published! < b.meta.published! ? 1 : -1));
  if (dated.length < 2) return sources;
  const [latest, next] = [dated[0]!, dated[1]!];
  if (Date.parse(latest.meta.published!) - Date.parse(next.meta.published!) <= 366 * 24 * 3600 * 1000) return sources;
  const text = texts.get(latest.file) ?? '';
  const field = /^published[ \t]*:[ \t]*/m.exec(text);
  const place = field ? lineIndex(text)(field.index + field[0].length) : { line: 1, column: 1 };
  const warning = diagnostic({ file: latest.file, ...place }, 'published-outlier', msg.PUBLISHED_OUTLIER(latest.meta.published!, next.meta.published!), msg.DATE_CHECK_HINT, 'warning');
  return sources.map((s) => (s === latest ? { ...s, warnings: [...s.warnings, warning] } : s));
}

/**
 * Warnings for the files of the sources folder that ingest does not read: anything that is not
 * an article (`.md`), a data file of the pipeline (`.yaml`, `.yml`) or hidden. A `.txt` or `.html`
 * article left there unconverted would otherwise be missing from the briefing without a word.
 */
export function unreadFiles(names: string[], dir = 'sources'): Diagnostic[] {
  return [...names]
    .filter((n) => !n.startsWith('.') && !/\.(md|ya?ml)$/i.test(n))
    .sort()
    .map((n) => diagnostic({ file: `${dir}/${n}` }, 'not-an-article', msg.NOT_AN_ARTICLE(n), msg.NOT_AN_ARTICLE_HINT, 'warning'));
}

export function ingestSource({ file, text }: SourceFile, lexicon: Lexicon): IngestedSource {
  const at = lineIndex(text);
  checkText(file, text, at);
  const tree = parseMarkdown(text);
  const yamlNode = tree.children[0];
  if (!yamlNode || yamlNode.type !== 'yaml' || !yamlNode.position) noFrontMatter(file, text, at);
  const yamlStart = text.indexOf('\n') + 1;
  const { meta, warnings: metaWarnings } = parseMeta(file, yamlNode.value, (offset) => at(yamlStart + offset));

  // The body starts on the line after the closing `---`.
  const closeEnd = yamlNode.position.end.offset ?? 0;
  const nl = text.indexOf('\n', closeEnd);
  const bodyStart = nl === -1 ? text.length : nl + 1;
  const body = text.slice(bodyStart);
  const bodyLine = at(bodyStart).line;
  if (body.trim() === '') {
    throw new PipelineError(diagnostic({ file, line: bodyLine, column: 1 }, 'empty-article', msg.EMPTY_ARTICLE, msg.EMPTY_ARTICLE_HINT));
  }
  const bodyAt = (offset: number) => at(bodyStart + offset);
  // The block nodes after the front matter, from the same parse (the file is parsed once);
  // remark's offsets do not count a byte order mark.
  const lines = blockLines(body, tree.children.slice(1), bodyStart - (text.charCodeAt(0) === 0xfeff ? 1 : 0));
  const removed = removeBoilerplate(body, lines, meta.title, lexicon.boilerplate);
  const removedStarts = new Set(removed.map((r) => r.start));
  const abbreviations = sentenceAbbreviations(lexicon);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const line of lines) {
    if (removedStarts.has(line.start)) continue;
    const index = paragraphs.length;
    paragraphs.push({ start: line.start, end: line.end, line: bodyAt(line.start).line });
    for (const [start, end] of splitSentences(body, line.start, line.end, abbreviations)) {
      sentences.push({ id: `${meta.id}:s${sentences.length + 1}`, start, end, paragraph: index });
    }
  }
  const warnings: Diagnostic[] = [...metaWarnings];
  const markup = findMarkup(body);
  if (markup) {
    warnings.push(diagnostic({ file, ...bodyAt(markup.offset) }, 'markup-in-article', msg.MARKUP_IN_ARTICLE(markup.what), msg.MARKUP_IN_ARTICLE_HINT, 'warning'));
  }
  if (sentences.length === 0) {
    warnings.push(diagnostic({ file, line: bodyLine, column: 1 }, 'no-sentences', msg.NO_SENTENCES, msg.NO_SENTENCES_HINT, 'warning'));
  }
  return { meta, file, sha256: sha256(text), body, bodyLine, paragraphs, sentences, removed, warnings };
}

type At = (offset: number) => { line: number; column: number };

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/**
 * The words after which no sentence ends: the lexicon's abbreviations ("Mr.", "U.S."), and the
 * last word of every entity name that ends in a full stop, "!" or "?" ("Forward!", "For
 * Stability!"): a party named so does not end the sentence it stands in.
 */
export function sentenceAbbreviations(lexicon: Pick<Lexicon, 'sentences' | 'entities'>): ReadonlySet<string> {
  // Once per lexicon, not once per article.
  const known = abbreviationsOf.get(lexicon);
  if (known) return known;
  const out = new Set(lexicon.sentences.abbreviations);
  for (const e of lexicon.entities) {
    for (const name of [e.name, ...e.aliases]) {
      const last = name.trim().split(/\s+/).pop() ?? '';
      if (/[\p{L}\p{N}][.!?]$/u.test(last)) out.add(last);
    }
  }
  abbreviationsOf.set(lexicon, out);
  return out;
}
const abbreviationsOf = new WeakMap<object, ReadonlySet<string>>();

/**
 * The sentences of `body[start, end)` (one paragraph) as offsets into the body. Intl.Segmenter
 * (Unicode sentence breaks) gives the segments, trimmed of white space; then
 * - a quotation that opens in one segment and closes in a later one is one sentence with them
 *   ("… great potential. It was even …," she said): straight double quotes pair up in turn,
 *   curly ones open with “ and close with ”;
 * - a segment whose last word is a known abbreviation ("Mr.") runs on into the next;
 * - a number, a full stop, white space and a capital letter end a sentence, and so do a word, a
 *   full stop, white space and a number (Unicode breaks neither when a lower-case word follows),
 *   and a full stop with no space between a lower-case word and a capitalised one ("tallies.Unity").
 */
export function splitSentences(body: string, start: number, end: number, abbreviations: ReadonlySet<string>): [number, number][] {
  const text = body.slice(start, end);
  const merged: [number, number][] = [];
  let straightOpen = false;
  let curlyOpen = 0;
  let runOn = false;
  // Whether a closing quote follows: each search starts where the last one found a quote, so a
  // long paragraph with a quote left open costs one pass, not one pass per sentence.
  const quoteAfter = { straight: nextFrom(text, '"'), curly: nextFrom(text, '”') };
  for (const [from, index] of sentenceSegments(text)) {
    let a = from;
    let b = index;
    while (b > a && isSpace(text[b - 1])) b--;
    while (a < b && isSpace(text[a])) a++;
    if (b === a) continue;
    if (runOn) merged[merged.length - 1]![1] = b;
    else merged.push([a, b]);
    for (let i = a; i < b; i++) {
      const c = text[i];
      if (c === '"') straightOpen = !straightOpen;
      else if (c === '“') curlyOpen++;
      else if (c === '”' && curlyOpen > 0) curlyOpen--;
    }
    const quoteRunsOn = (straightOpen && quoteAfter.straight(b)) || (curlyOpen > 0 && quoteAfter.curly(b));
    // A break with no white space after it is inside an address or a word ("steal?c=", "![").
    const inWord = b === index && b < text.length;
    runOn = quoteRunsOn || inWord || abbreviations.has(lastWord(text, a, b));
  }
  const out: [number, number][] = [];
  for (const [a, b] of merged) {
    let from = a;
    for (const m of text.slice(a, b).matchAll(NUMBER_STOP)) {
      if (abbreviations.has(lastWord(text, from, a + m.index))) continue;
      out.push([start + from, start + a + m.index]);
      from = a + m.index + m[0].length;
    }
    out.push([start + from, start + b]);
  }
  return out;
}

/** Characters the sentence segmenter is given at once, and how far from a window's end a break must lie to be kept. */
const SEGMENT_WINDOW = 16384;
const SEGMENT_MARGIN = 1024;

/**
 * The sentence segments of `text`, in order, as [start, end): Intl.Segmenter's, but given the
 * text in windows. Its time grows with the square of the text it is given (a paragraph of 0.4 MB
 * on one line took 10 s, of 1.9 MB 100 s); a window is segmented, the breaks that lie well before
 * its end are kept (a break depends on a few characters around it), and the next window starts
 * at the last break kept. A window with no such break (one sentence longer than it) is doubled.
 */
export function* sentenceSegments(text: string): Generator<[number, number]> {
  for (let start = 0; start < text.length; ) {
    for (let size = SEGMENT_WINDOW; ; size *= 2) {
      const end = Math.min(text.length, start + size);
      const last = end === text.length;
      const kept: [number, number][] = [];
      for (const { index, segment } of segmenter.segment(text.slice(start, end))) {
        const b = start + index + segment.length;
        if (!last && b > end - SEGMENT_MARGIN) break;
        kept.push([start + index, b]);
      }
      if (kept.length === 0 && !last) continue;
      yield* kept;
      start = last ? end : kept[kept.length - 1]![1];
      break;
    }
  }
}

/** For positions that only grow: whether `char` occurs in `text` at or after the position. */
function nextFrom(text: string, char: string): (from: number) => boolean {
  let found = -2;
  return (from) => {
    if (found !== -1 && found < from) found = text.indexOf(char, from);
    return found !== -1;
  };
}

/** The white-space-delimited word that ends `text[a, b)`, without brackets or quotes around it ("“Forward!”", "(F!)"). */
function lastWord(text: string, a: number, b: number): string {
  let i = b;
  while (i > a && !isSpace(text[i - 1])) i--;
  return text.slice(i, b).replace(/^[("“‘'[]+/, '').replace(/[)"”’'\]]+$/, '');
}

/**
 * The white space after a full stop that ends a sentence although Unicode's rules do not break
 * there: after a number before a capital ("… in 2021. This means …"), and after a word before a
 * number ("… the 5% threshold. 5,3% of voters …", unless the word is an abbreviation). The
 * pattern first asks for white space after a full stop, which most positions fail cheaply.
 * A full stop glued between a word in lower case and a capitalised word ("… the early
 * tallies.Unity looks set …": paragraphs a page ran together) ends one too.
 */
const NUMBER_STOP = /(?=\s)(?<=\.)(?:(?<=\p{L}[^.!?]*\d\.)\s+(?=["“‘(«]?\p{Lu})|(?<=\p{L}\.)\s+(?=\d))|(?<=(?<![\p{L}\p{N}.])\p{Ll}{2,}\.)(?=\p{Lu}\p{L}*[\s,])/gu;

/** What makes a file no article at all, found before it is parsed. */
function checkText(file: string, text: string, at: At): void {
  const stop = (offset: number | null, rule: string, message: string, hint: string): never => {
    throw new PipelineError(diagnostic({ file, ...(offset == null ? {} : at(offset)) }, rule, message, hint));
  };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_ARTICLE_BYTES) stop(null, 'article-too-large', msg.ARTICLE_TOO_LARGE(megabytes(bytes), megabytes(MAX_ARTICLE_BYTES)), msg.ARTICLE_TOO_LARGE_HINT);
  const nul = text.indexOf('\0');
  if (nul !== -1) stop(nul, 'binary-file', msg.BINARY_FILE, msg.BINARY_FILE_HINT);
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) stop(bad, 'not-utf8', msg.NOT_UTF8, msg.NOT_UTF8_HINT);
  const deep = tooDeep(text);
  if (deep !== null) stop(deep, 'nesting-too-deep', msg.NESTING_TOO_DEEP(MAX_NESTING), msg.NESTING_TOO_DEEP_HINT);
}

/**
 * How deep Markdown containers (block quotes, list items, indented blocks) may nest in an
 * article. News text nests two or three levels; the parser's time grows with the square of the
 * depth (a 1,300-deep list took a minute), so deeper nesting is refused before parsing.
 */
export const MAX_NESTING = 32;

/** The white space after a container marker belongs to the marker (one space, or up to four). */
function afterMarker(text: string, i: number): number {
  let j = i;
  while (j < i + 4 && text.charCodeAt(j) === 0x20) j += 1;
  return j;
}

/**
 * The offset of the first line that opens more than MAX_NESTING containers, else null: its
 * `>` markers and list markers ("- ", "* ", "+ ", "1. ", "1) ") at the start of the line, and its
 * indentation counted in steps of two columns (a tab is four). One pass over the line starts.
 */
export function tooDeep(text: string): number | null {
  for (let start = 0; start < text.length; ) {
    let i = start;
    let depth = 0;
    let columns = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20) {
        columns += 1;
        i += 1;
      } else if (c === 0x09) {
        columns += 4;
        i += 1;
      } else if (c === 0x3e /* > */) {
        depth += 1;
        i = afterMarker(text, i + 1);
      } else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (text.charCodeAt(i + 1) === 0x20 || text.charCodeAt(i + 1) === 0x09)) {
        depth += 1;
        i = afterMarker(text, i + 1);
      } else if (c >= 0x30 && c <= 0x39) {
        let j = i;
        while (j < i + 9 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j += 1;
        const after = text.charCodeAt(j);
        if ((after === 0x2e || after === 0x29) && (text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09)) {
          depth += 1;
          i = afterMarker(text, j + 1);
        } else break;
      } else break;
      if (depth + Math.floor(columns / 2) > MAX_NESTING) return start;
    }
    const nl = text.indexOf('\n', i);
    start = nl === -1 ? text.length : nl + 1;
  }
  return null;
}

/** A size in bytes, exactly (a rounded figure would say 2.0 MB for a file just over 2 MiB). */
function megabytes(bytes: number): string {
  const exact = msg.SIZE_BYTES(bytes);
  return bytes % (1024 * 1024) === 0 ? `${msg.SIZE_MIB(bytes / (1024 * 1024))} (${exact})` : exact;
}

/** No YAML node first: say why (a web page, an unclosed block, or none at all). */
function noFrontMatter(file: string, text: string, at: At): never {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const lead = /^\s*/.exec(text.slice(start))![0].length + start;
  if (/^<(?:!doctype|html|head|body|[a-z][a-z0-9]*[\s>])/i.test(text.slice(lead, lead + 20))) {
    throw new PipelineError(diagnostic({ file, ...at(lead) }, 'not-markdown', msg.NOT_MARKDOWN_HTML, msg.NOT_MARKDOWN_HTML_HINT));
  }
  if (/^---[ \t]*\r?$/m.test(text.slice(start, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')))) {
    throw new PipelineError(diagnostic({ file, ...at(start) }, 'unclosed-front-matter', msg.UNCLOSED_FRONT_MATTER, msg.UNCLOSED_FRONT_MATTER_HINT));
  }
  throw new PipelineError(diagnostic({ file, line: 1, column: 1 }, 'no-front-matter', msg.NO_FRONT_MATTER, msg.NO_FRONT_MATTER_HINT));
}

/** The first markup-like text in the article (an HTML tag, a Markdown link or image), if any. */
function findMarkup(body: string): { offset: number; what: string } | null {
  const tag = /<\/?([a-z][a-z0-9-]*)(?=[\s/>])/i.exec(body);
  const link = /!?\[[^\]\n]*\]\([^)\n]*\)/.exec(body);
  if (tag && (!link || tag.index <= link.index)) return { offset: tag.index, what: msg.MARKUP_HTML_TAG(`<${tag[1]!.toLowerCase()}>`) };
  if (link) return { offset: link.index, what: msg.MARKUP_MD_LINK };
  return null;
}

/** A value as a diagnostic shows it: JSON, cut short. */
function shown(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

const EXPECTED: Record<string, string> = { string: 'text (or null where unknown)', number: 'a number', int: 'a whole number' };

/** Parses and validates the front matter; `at` maps an offset in the YAML to the file. */
function parseMeta(file: string, yamlText: string, at: At): { meta: SourceMeta; warnings: Diagnostic[] } {
  const fail = (offset: number | null, message: string, hint: string): never => {
    throw new PipelineError(diagnostic({ file, ...(offset == null ? { line: 1, column: 1 } : at(offset)) }, 'bad-front-matter', message, hint));
  };
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const reason = yamlError.message.split('\n')[0] ?? '';
    // An unclosed quote is found at the end of the front matter; show where it opens.
    const quote = /^Missing closing (["'])quote/.exec(reason)?.[1];
    const open = quote ? openingQuote(yamlText, quote) : null;
    if (yamlError.code === 'DUPLICATE_KEY') {
      const key = /^[^:\n]*/.exec(yamlText.slice(yamlError.pos[0]))![0].trim().replace(/^["']|["']$/g, '');
      fail(yamlError.pos[0], msg.DUPLICATE_FIELD(key), msg.DUPLICATE_FIELD_HINT);
    }
    fail(open ?? yamlError.pos[0], msg.BAD_YAML(quote ? msg.UNCLOSED_QUOTE(quote) : reason), msg.BAD_YAML_HINT);
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch {
    fail(0, msg.BAD_YAML(msg.YAML_ALIASES(MAX_YAML_ALIASES)), msg.YAML_ALIASES_HINT);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data) || !isMap(doc.contents)) {
    fail(0, msg.FRONT_MATTER_NOT_MAPPING, msg.NO_FRONT_MATTER_HINT);
  }
  const record = data as Record<string, unknown>;
  const parsed = SourceMeta.safeParse(record);
  if (!parsed.success) {
    throw new PipelineError(
      parsed.error.issues
        .flatMap((issue) => fieldDiagnostics(file, doc, record, issue, at))
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
    );
  }
  for (const field of ['published', 'retrieved'] as const) {
    const value = parsed.data[field];
    if (value != null && !isCalendarDate(value)) {
      fail(nodeOffset(doc, field, 'value'), msg.BAD_FIELD(field, msg.FIELD_NOT_A_DATE(value)), msg.BAD_FIELD_HINT(field));
    }
  }
  const meta = parsed.data;
  const warnings: Diagnostic[] = [];
  const warn = (field: string, rule: string, message: string, hint: string) => {
    const offset = nodeOffset(doc, field, 'value');
    warnings.push(diagnostic({ file, ...(offset == null ? { line: 1, column: 1 } : at(offset)) }, rule, message, hint, 'warning'));
  };
  for (const [field, value] of Object.entries(meta)) {
    const open = typeof value === 'string' ? unbalancedBidi(value) : null;
    if (open) warn(field, 'bidi-control', msg.BIDI_UNBALANCED(field, open), msg.BIDI_UNBALANCED_HINT);
  }
  if (meta.published != null && meta.retrieved != null && meta.published > meta.retrieved) {
    warn('published', 'published-after-retrieved', msg.PUBLISHED_AFTER_RETRIEVED(meta.published, meta.retrieved), msg.DATE_CHECK_HINT);
  }
  return { meta, warnings };
}

/**
 * The first bidirectional control that the text opens and never closes, or closes without
 * opening, as "U+202E": embeddings and overrides (U+202A, B, D, E) close with U+202C, isolates
 * (U+2066 to U+2068) with U+2069. Such a control would turn the text after the field around
 * (a title's U+202E reversed the date and address printed after it).
 */
export function unbalancedBidi(text: string): string | null {
  const open: string[] = [];
  const name = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
  for (const c of text) {
    if (c === '\u202a' || c === '\u202b' || c === '\u202d' || c === '\u202e') open.push(c);
    else if (c === '\u2066' || c === '\u2067' || c === '\u2068') open.push(c);
    else if (c === '\u202c') {
      const top = open.pop();
      if (top === undefined || top >= '\u2066') return name(c);
    } else if (c === '\u2069') {
      const top = open.pop();
      if (top === undefined || top < '\u2066') return name(c);
    }
  }
  return open.length > 0 ? name(open[0]!) : null;
}

function fieldDiagnostics(file: string, doc: Document, data: Record<string, unknown>, issue: z.core.$ZodIssue, at: At): Diagnostic[] {
  const place = (offset: number | null) => ({ file, ...(offset == null ? { line: 1, column: 1 } : at(offset)) });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => diagnostic(place(nodeOffset(doc, key, 'key')), 'bad-front-matter', msg.UNKNOWN_FIELD(key), msg.UNKNOWN_FIELD_HINT));
  }
  const field = String(issue.path[0] ?? '');
  const value = data[field];
  if (value === undefined) {
    return [diagnostic(place(null), 'bad-front-matter', msg.MISSING_FIELD(field), msg.MISSING_FIELD_HINT)];
  }
  const reason =
    issue.code === 'too_big' || issue.code === 'too_small'
      ? msg.FIELD_OUT_OF_RANGE(shown(value), issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`)
      : msg.FIELD_EXPECTED(issue.code === 'invalid_type' ? (EXPECTED[issue.expected] ?? issue.expected) : issue.message, shown(value));
  return [diagnostic(place(nodeOffset(doc, field, 'value')), 'bad-front-matter', msg.BAD_FIELD(field, reason), msg.BAD_FIELD_HINT(field))];
}

/** Offset of the first value that opens with `quote` on a line where it is not closed. */
function openingQuote(yamlText: string, quote: string): number | null {
  let offset = 0;
  for (const line of yamlText.split('\n')) {
    const value = /^[^#:]*:[ \t]*/.exec(line);
    if (value && line[value[0].length] === quote && line.split(quote).length % 2 === 0) return offset + value[0].length;
    offset += line.length + 1;
  }
  return null;
}

/** Offset of a top-level key (or its value) in the YAML text. */
function nodeOffset(doc: Document, key: string, which: 'key' | 'value'): number | null {
  if (!isMap(doc.contents)) return null;
  for (const pair of doc.contents.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) {
      const node = (which === 'value' ? pair.value : pair.key) as { range?: [number, number] } | null;
      return node?.range?.[0] ?? (pair.key.range?.[0] ?? null);
    }
  }
  return null;
}

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

interface Line {
  start: number;
  end: number;
}

const MARKER = /^(?:[ \t]*(?:[-*+•>]|\d+[.)]|#{1,6})[ \t]+)+|^[ \t]+/;

/**
 * The lines of every block node remark found below the front matter, each trimmed of leading
 * Markdown markers and trailing white space; empty lines are dropped. The nodes come from the
 * one parse of the whole file: `shift` is remark's offset of the body's start.
 */
function blockLines(body: string, nodes: Root['children'], shift: number): Line[] {
  const out: Line[] = [];
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start == null || end == null) continue;
    const blockEnd = end - shift;
    let lineStart = start - shift;
    while (lineStart < blockEnd) {
      let lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd > blockEnd) lineEnd = blockEnd;
      let s = lineStart;
      const marker = MARKER.exec(body.slice(lineStart, lineEnd));
      if (marker) s += marker[0].length;
      let e = lineEnd;
      while (e > s && /\s/.test(body[e - 1]!)) e--;
      if (e > s) out.push({ start: s, end: e });
      lineStart = lineEnd + 1;
    }
  }
  return out;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DATE_LINE = new RegExp(
  `^(?:(?:${MONTHS}) \\d{1,2},? \\d{4}|\\d{1,2} (?:${MONTHS}),? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})$`,
  'i',
);

/** White space other than single spaces: what `normalizeLine` has to rewrite (most lines hold none). */
const ODD_SPACE = /[^\S ]|\s\s/;

function normalizeLine(text: string): string {
  let t = text.toLowerCase();
  if (/[’‘“”]/.test(t)) t = t.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
  if (ODD_SPACE.test(t)) t = t.replace(/\s+/g, ' ');
  return t.trim();
}

export function removeBoilerplate(body: string, lines: Line[], title: string | null, rules: Lexicon['boilerplate']): Removed[] {
  const removed: Removed[] = [];
  const normalized = new Map<Line, string>(lines.map((l) => [l, normalizeLine(body.slice(l.start, l.end))]));
  const text = (l: Line) => normalized.get(l)!;
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(text(l), (counts.get(text(l)) ?? 0) + 1);
  const navHeadings = new Set(rules.nav_headings.map(normalizeLine));
  const normalizedTitle = title ? normalizeLine(title) : null;

  // A navigation tail: a nav heading after which every line is short.
  let tailFrom = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const words = text(lines[i]!).split(' ').length;
    if (words > rules.nav_tail_max_words) break;
    if (navHeadings.has(text(lines[i]!))) tailFrom = i;
  }

  lines.forEach((l, i) => {
    const t = text(l);
    let rule: string | null = null;
    if (i >= tailFrom) rule = 'nav-tail';
    // (The title that states a figure, repeated by the page, stays each time: "Unity Won the Elections Gaining 23.6%".)
    else if ((counts.get(t) ?? 0) >= rules.repeated_line_min && !(t === normalizedTitle && /\d/.test(t))) rule = 'repeated-line';
    else if (DATE_LINE.test(t)) rule = 'date-line';
    // The title repeated above the text is furniture, unless it states a figure: a headline
    // ("Unity wins with 57.1%") is the outlet's own statement of it, and its claims are read.
    else if (normalizedTitle && t === normalizedTitle && !/\d/.test(t)) rule = 'title-line';
    if (rule) removed.push({ start: l.start, end: l.end, rule });
  });
  return removed;
}
