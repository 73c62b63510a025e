/**
 * Stage 1, ingest: one `sources/*.md` file → one `IngestedSource`.
 *
 * 1. The YAML front matter (found by remark-frontmatter) is parsed and validated.
 * 2. The body (everything below the front matter, verbatim) is parsed with remark-parse;
 *    its block nodes give the paragraph boundaries. A scraped article carries one paragraph
 *    per line, so each line of a block is a paragraph of its own.
 * 3. General boilerplate rules (lexicon `boilerplate:`) remove page furniture: lines repeated
 *    many times, lines that are only a date, the title repeated, a navigation tail.
 * 4. The kept paragraphs are split into sentences (sentence-splitter) with offsets into the body.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { split as splitSentences } from 'sentence-splitter';
import type { Root } from 'mdast';
import { SourceMeta, type Corpus, type IngestedSource, type Paragraph, type Removed, type Sentence } from './schema.ts';
import type { Lexicon } from './lexicon.ts';
import { parseYamlFile } from './lexicon.ts';
import { PipelineError, diagnostic, lineColumn } from './errors.ts';
import { sha256 } from './io.ts';
import * as msg from './messages.ts';

export interface SourceFile {
  /** Path relative to the project, with `/`. */
  file: string;
  text: string;
}

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

export function ingest(files: SourceFile[], lexicon: Lexicon, dir = 'sources'): Corpus {
  if (files.length === 0) {
    throw new PipelineError(diagnostic({ file: dir }, 'no-sources', msg.NO_SOURCES(dir), msg.NO_SOURCES_HINT));
  }
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const sources = sorted.map((f) => ingestSource(f, lexicon));
  const byId = new Map<string, string>();
  for (const s of sources) {
    const other = byId.get(s.meta.id);
    if (other) {
      throw new PipelineError(diagnostic({ file: s.file, line: 2, column: 1 }, 'duplicate-id', msg.DUPLICATE_ID(s.meta.id, other), msg.DUPLICATE_ID_HINT));
    }
    byId.set(s.meta.id, s.file);
  }
  return { sources };
}

export function ingestSource({ file, text }: SourceFile, lexicon: Lexicon): IngestedSource {
  const tree = parser.parse(text) as Root;
  const yamlNode = tree.children[0];
  if (!yamlNode || yamlNode.type !== 'yaml' || !yamlNode.position) {
    throw new PipelineError(diagnostic({ file, line: 1, column: 1 }, 'no-front-matter', msg.NO_FRONT_MATTER, msg.NO_FRONT_MATTER_HINT));
  }
  const yamlStart = text.indexOf('\n') + 1;
  const meta = parseMeta(file, text, yamlStart, yamlNode.value);

  // The body starts on the line after the closing `---`.
  const closeEnd = yamlNode.position.end.offset ?? 0;
  const nl = text.indexOf('\n', closeEnd);
  const bodyStart = nl === -1 ? text.length : nl + 1;
  const body = text.slice(bodyStart);
  const bodyLine = lineColumn(text, bodyStart).line;
  if (body.trim() === '') {
    throw new PipelineError(diagnostic({ file, line: bodyLine, column: 1 }, 'empty-article', msg.EMPTY_ARTICLE, msg.EMPTY_ARTICLE_HINT));
  }

  const lines = blockLines(body);
  const removed = removeBoilerplate(body, lines, meta.title, lexicon.boilerplate);
  const removedStarts = new Set(removed.map((r) => r.start));
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const line of lines) {
    if (removedStarts.has(line.start)) continue;
    const index = paragraphs.length;
    paragraphs.push({ start: line.start, end: line.end, line: bodyLine + lineColumn(body, line.start).line - 1 });
    for (const node of splitSentences(body.slice(line.start, line.end))) {
      if (node.type !== 'Sentence') continue;
      sentences.push({
        id: `${meta.id}:s${sentences.length + 1}`,
        start: line.start + node.range[0],
        end: line.start + node.range[1],
        paragraph: index,
      });
    }
  }
  return { meta, file, sha256: sha256(text), body, bodyLine, paragraphs, sentences, removed, warnings: [] };
}

function parseMeta(file: string, text: string, yamlStart: number, yamlText: string) {
  // Parse the front matter on its own, then shift positions back into the file.
  try {
    return parseYamlFile(file, yamlText, SourceMeta, 'bad-front-matter', (reason) => reason, msg.BAD_YAML_HINT);
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    const d = error.diagnostics[0]!;
    const lineShift = lineColumn(text, yamlStart).line - 1;
    const line = d.line == null ? null : d.line + lineShift;
    // zod issues start with the field path; YAML syntax errors do not.
    const field = /^([a-z_]+): (.*)$/s.exec(d.message);
    let message = msg.BAD_YAML(d.message);
    let hint = msg.BAD_YAML_HINT;
    if (field && field[2]?.startsWith('Unrecognized key')) {
      const key = /"([^"]+)"/.exec(field[2])?.[1] ?? field[1]!;
      message = msg.UNKNOWN_FIELD(key);
      hint = msg.UNKNOWN_FIELD_HINT;
    } else if (field) {
      message = msg.BAD_FIELD(field[1]!, field[2]!);
      hint = msg.BAD_FIELD_HINT(field[1]!);
    } else if (d.message.startsWith('(top)')) {
      const missing = /(?:^|\n)(.*)$/.exec(d.message)?.[1] ?? d.message;
      message = msg.BAD_YAML(missing);
    }
    throw new PipelineError(diagnostic({ file, line, column: d.column }, 'bad-front-matter', message, hint));
  }
}

interface Line {
  start: number;
  end: number;
}

const MARKER = /^(?:[ \t]*(?:[-*+•>]|\d+[.)]|#{1,6})[ \t]+)+|^[ \t]+/;

/**
 * The lines of every block node remark finds, each trimmed of leading Markdown markers and
 * trailing white space; empty lines are dropped.
 */
function blockLines(body: string): Line[] {
  const tree = unified().use(remarkParse).parse(body) as Root;
  const out: Line[] = [];
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start == null || end == null) continue;
    let lineStart = start;
    while (lineStart < end) {
      let lineEnd = body.indexOf('\n', lineStart);
      if (lineEnd === -1 || lineEnd > end) lineEnd = end;
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

function normalizeLine(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

export function removeBoilerplate(body: string, lines: Line[], title: string | null, rules: Lexicon['boilerplate']): Removed[] {
  const removed: Removed[] = [];
  const text = (l: Line) => normalizeLine(body.slice(l.start, l.end));
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
    else if ((counts.get(t) ?? 0) >= rules.repeated_line_min) rule = 'repeated-line';
    else if (DATE_LINE.test(t)) rule = 'date-line';
    else if (normalizedTitle && t === normalizedTitle) rule = 'title-line';
    if (rule) removed.push({ start: l.start, end: l.end, rule });
  });
  return removed;
}
