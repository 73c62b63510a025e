/**
 * Stage 5, render: the editors' template (`templates/briefing.md`, Markdown with directives)
 * and layout (`templates/layout.html` + `templates/style.css`) → one self-contained HTML file.
 *
 * 1. The template is parsed with unified (remark-parse, remark-frontmatter, remark-directive).
 * 2. Each directive is checked (known name, known figure or chart id, well formed) and
 *    replaced by a hast subtree (`data.hName`/`hChildren`); mistakes stop the build with
 *    `file:line:column` and the nearest known id. Digits typed in the narrative give a warning.
 * 3. remark-rehype turns the document into hast; the layout (parsed with rehype-parse) gets
 *    it in its `<slot>` elements. Everything from articles enters as hast text nodes, so it is
 *    escaped by construction: article text is data, never markup.
 * 4. Every character shown is checked against the embedded Inter's glyphs (a warning names
 *    any it lacks: the PDF would embed a fallback font). ‡ is drawn as a small SVG for that reason.
 *
 * The directives are in directives/, one file each, registered in directives/index.ts (with
 * what each shows); render/context.ts is what they read, render/pieces.ts the marks they share.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeParse from 'rehype-parse';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { visit, SKIP } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Root as MdRoot, Nodes as MdNodes, Parent as MdParent } from 'mdast';
import type { Element, ElementContent, Root as HRoot, RootContent } from 'hast';
import { ISO_DATE, type Diagnostic } from '../shared/schema.ts';
import { PipelineError, diagnostic, lineColumn } from '../shared/errors.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { FONT_SUBSETS, fontFaceCss, fontFile } from '../shared/fonts.ts';
import * as msg from '../shared/messages.ts';
import { isEmbeddedImage } from './addresses.ts';
import { RenderContext, type DirectiveNode, type RenderInput, type TextFile } from './context.ts';
import { directiveNamed, directiveNames } from './directives/index.ts';
import { COUNTS, countWord } from './counts.ts';
import { smarten, smartenTemplate } from '../shared/typography.ts';
import { formatDate, inRegister, nearest } from './pieces.ts';
import { checkLayout } from './layout-markup.ts';
import { checkStyle, printableUrl } from './style-check.ts';
import { escapeRegex } from '../shared/regex.ts';
import { chartId } from '../shared/placed.ts';
import { rankings, resolveEntity } from '../shared/rank.ts';
import { ELECTION_WORDS, electionWord } from './directives/election.ts';

export type { RenderInput, TextFile } from './context.ts';
export { formatValue, type Valued } from '../shared/format.ts';
export { claimAnchor, formatDate } from './pieces.ts';

export const TemplateMeta = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().default(''),
    author: z.string().default(''),
    subject: z.string().default(''),
    keywords: z.array(z.string()).default([]),
    language: z.string().default('en'),
    /** `latest-source` (the newest publication date among the sources) or a fixed YYYY-MM-DD. */
    date: z.union([z.literal('latest-source'), z.string().regex(ISO_DATE)]).default('latest-source'),
  })
  .strict();
export type TemplateMeta = z.infer<typeof TemplateMeta>;

/** What print needs to know about the briefing (written as output/data/briefing.json). */
export const BriefingMeta = z.object({
  title: z.string(),
  subtitle: z.string(),
  author: z.string(),
  subject: z.string(),
  keywords: z.array(z.string()),
  language: z.string(),
  /** The briefing's date, YYYY-MM-DD, from the template's date policy (never the clock). */
  date: z.string(),
});
export type BriefingMeta = z.infer<typeof BriefingMeta>;

export interface RenderOutput {
  html: string;
  meta: BriefingMeta;
  warnings: Diagnostic[];
  /** The `:::optional` passages left out, each with its line and the first thing it names that is missing. */
  leftOut: string[];
}

export function render(input: RenderInput): RenderOutput {
  const { ctx, hast, meta, warnings } = build(input);
  return { html: assemble(ctx, hast, meta, warnings), meta, warnings, leftOut: ctx.leftOut };
}

/** The template's content alone, without layout, style and fonts (for tests and previews). */
export function renderFragment(input: RenderInput): { html: string; warnings: Diagnostic[]; leftOut: string[] } {
  const { ctx, hast, warnings } = build(input);
  checkGlyphs(hast, input.template, input, warnings);
  return { html: `${toHtml(hast)}\n`, warnings, leftOut: ctx.leftOut };
}

function build(input: RenderInput) {
  const ctx = new RenderContext(input);
  const warnings: Diagnostic[] = [];
  const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);
  const tree = parser.parse(input.template.text) as MdRoot;
  const meta = templateMeta(tree, input, warnings);
  ctx.language = meta.language;
  smartenTemplate(tree);
  // Headings the template leaves without content stay (the editor's choice); those emptied by left-out passages go.
  const emptyAsWritten = emptySections(tree);
  transform(tree, ctx, warnings);
  dropEmptyParagraphs(tree);
  for (const h of emptySections(tree)) if (!emptyAsWritten.has(h)) tree.children.splice(tree.children.indexOf(h), 1);
  warnings.push(...ctx.warnings);
  const hast = unified().use(remarkRehype).runSync(tree) as HRoot;
  return { ctx, hast, meta, warnings };
}

// ── template front matter ─────────────────────────────────────────────────────────────────

function templateMeta(tree: MdRoot, input: RenderInput, warnings: Diagnostic[]): BriefingMeta {
  const file = input.template.file;
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') {
    throw new PipelineError(diagnostic({ file, line: 1, column: 1 }, 'template-front-matter', msg.TEMPLATE_NO_FRONT_MATTER, msg.TEMPLATE_FRONT_MATTER_HINT));
  }
  let raw: unknown;
  try {
    raw = parseYaml(node.value);
  } catch (error) {
    throw new PipelineError(
      diagnostic({ file, line: node.position?.start.line ?? 1, column: 1 }, 'template-front-matter', msg.TEMPLATE_BAD_FRONT_MATTER((error as Error).message.split('\n')[0] ?? ''), msg.TEMPLATE_FRONT_MATTER_HINT),
    );
  }
  const parsed = TemplateMeta.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PipelineError(
      diagnostic({ file, line: node.position?.start.line ?? 1, column: 1 }, 'template-front-matter', msg.TEMPLATE_BAD_FRONT_MATTER(`${issue.path.join('.') || '(top)'}: ${issue.message}`), msg.TEMPLATE_FRONT_MATTER_HINT),
    );
  }
  const m = frontMatterCounts(parsed.data, node.value, node.position?.start.line ?? 1, input, warnings);
  const dates = input.corpus.sources.map((s) => s.meta.published).filter((d): d is string => d != null).sort();
  const date = m.date === 'latest-source' ? (dates[dates.length - 1] ?? '1970-01-01') : m.date;
  return { title: m.title, subtitle: m.subtitle, author: m.author, subject: m.subject, keywords: m.keywords, language: m.language, date };
}

/**
 * The front matter's text fields as the reader sees them: `:count[sources]` written out
 * ("five"), and the typed-number check run on what is left, as on the narrative ("five
 * articles" typed in the subtitle is a warning at its line).
 */
function frontMatterCounts<M extends { title: string; subtitle: string; subject: string; keywords: string[]; language: string }>(
  m: M,
  yaml: string,
  startLine: number,
  input: RenderInput,
  warnings: Diagnostic[],
): M {
  const file = input.template.file;
  const numberWords = numberWordsOf(input);
  const lines = yaml.split('\n');
  const resolve = (field: string, value: string): string => {
    const index = lines.findIndex((l) => l.startsWith(`${field}:`));
    const line = index < 0 ? startLine : startLine + 1 + index;
    const column = index < 0 ? 1 : Math.max(1, lines[index]!.indexOf(value.slice(0, 12)) + 1);
    warnNumbers(value.replace(/:(?:count|election|name)\[[^\]]*\]/g, (d) => ' '.repeat(d.length)), line, column, file, numberWords, warnings);
    const words = (text: string): string => text
      .replace(/:count\[([^\]]*)\]/g, (_d, what: string) => {
        const counter = COUNTS[what];
        if (!counter) {
          throw new PipelineError(diagnostic({ file, line, column }, 'unknown-count', msg.UNKNOWN_COUNT(what), msg.UNKNOWN_COUNT_HINT(Object.keys(COUNTS))(nearest(what, Object.keys(COUNTS)))));
        }
        return countWord(counter(input), input, m.language);
      })
      // The election's words and an entity's name (by id or rank), as in the text.
      .replace(/:election\[([^\]]*)\]/g, (_d, what: string) => {
        const r = electionWord(what, input.lexicon);
        if ('message' in r) throw new PipelineError(diagnostic({ file, line, column }, r.rule, r.message, r.hint));
        return r.word;
      })
      .replace(/:name\[([^\]]*)\]/g, (_d, written: string) => {
        const r = resolveEntity(written, rankings(input.figures, input.lexicon));
        if (!r.ok) throw new PipelineError(diagnostic({ file, line, column }, r.reason === 'missing' ? 'rank-missing' : 'malformed-rank', r.message, r.hint));
        const entity = input.lexicon.entities.find((e) => e.id === r.id);
        if (!entity) throw new PipelineError(diagnostic({ file, line, column }, 'unknown-entity', msg.UNKNOWN_ENTITY(written), msg.UNKNOWN_ENTITY_HINT(nearest(written, input.lexicon.entities.map((e) => e.id)))));
        return entity.name;
      });
    // `:optional[…]`: its words where the election has all they name, else nothing. A name's
    // possessive ("`:election[country]'s`") is a bare apostrophe after a final s ("Maldives’").
    return possessives(words(
      markPossessives(value).replace(/:optional\[((?:[^[\]]|\[[^[\]]*\])*)\]/g, (_d, inner: string) => {
        try {
          return words(inner);
        } catch (error) {
          if (error instanceof PipelineError && error.diagnostics.every((d) => LEFT_OUT_RULES.includes(d.ruleId))) return '';
          throw error;
        }
      }),
    ));
  };
  const text = (field: string, value: string) => smarten(resolve(field, value));
  return {
    ...m,
    title: text('title', m.title),
    subtitle: text('subtitle', m.subtitle),
    subject: text('subject', m.subject),
    // A keyword that was only an optional passage left out is no keyword.
    keywords: m.keywords.map((k) => text('keywords', k)).filter((k) => k.trim() !== ''),
  };
}

/** Where a front-matter name is followed by "'s": marked until the name is written. */
const POSSESSIVE = '\u0001';
const markPossessives = (value: string): string => value.replace(/(:(?:election|name)\[[^\]]*\])['’]s(?!\p{L})/gu, `$1${POSSESSIVE}`);
/** The marked possessives written: "'s", or a bare apostrophe after a final s (the news agencies' style: "Maldives’", "Mauritius’"). */
const possessives = (value: string): string => value.replace(new RegExp(`([sS])${POSSESSIVE}`, 'g'), "$1'").replaceAll(POSSESSIVE, "'s");

/** The errors of a front-matter word that leave out the `:optional[…]` around it: what this election lacks. */
const LEFT_OUT_RULES: readonly string[] = ['election-word', 'rank-missing', 'unknown-entity'];

// ── directives ────────────────────────────────────────────────────────────────────────────

/** Replaces every directive by the hast its module builds, and warns about numbers typed in the narrative. */
function transform(tree: MdRoot, ctx: RenderContext, warnings: Diagnostic[]): void {
  const numberWords = numberWordsOf(ctx.input);
  const text = directiveNames('text');
  const block = directiveNames('leaf');
  // Each `otherwise` with the optional passage right before it, read before any passage is replaced; and the passages shown.
  const pairs = otherwisePairs(tree);
  const shownPassages = new Set<MdNodes>();
  visit(tree, (node, index, parent) => {
    if (node.type === 'yaml') return SKIP;
    if (node.type === 'text' && parent && (parent as MdNodes).type !== 'link') {
      warnNumbers(node.value, node.position?.start.line ?? null, node.position?.start.column ?? null, ctx.input.template.file, numberWords, warnings);
      warnBrokenDirective(node.value, node.position?.start.line ?? null, node.position?.start.column ?? null, ctx.input.template.file, warnings);
      return;
    }
    if (node.type === 'html') {
      // remark-rehype drops raw HTML (the briefing never passes markup through): say so.
      const start = node.position?.start;
      const shown = node.value.replace(/\s+/g, ' ').trim();
      warnings.push(diagnostic({ file: ctx.input.template.file, line: start?.line ?? null, column: start?.column ?? null }, 'raw-html', msg.RAW_HTML(shown.length > 60 ? `${shown.slice(0, 57)}...` : shown), msg.RAW_HTML_HINT, 'warning'));
      return;
    }
    // The briefing loads nothing and runs nothing: no image from an address, no link but to a
    // web page, a place in the briefing or an e-mail address.
    if ((node.type === 'image' && !isEmbeddedImage(node.url)) || node.type === 'imageReference') {
      ctx.fail(node, 'template-external', msg.TEMPLATE_IMAGE(node.type === 'image' ? printableUrl(node.url) : `![${node.label ?? ''}]`), msg.TEMPLATE_IMAGE_HINT);
    }
    if ((node.type === 'link' || node.type === 'definition') && !SAFE_LINK.test(node.url.trim())) {
      ctx.fail(node, 'template-unsafe-link', msg.TEMPLATE_LINK(printableUrl(node.url)), msg.TEMPLATE_LINK_HINT);
    }
    if (node.type === 'containerDirective' || (node.type === 'textDirective' && PASSAGES.has(node.name))) {
      if (!PASSAGES.has(node.name)) ctx.fail(node, 'unknown-directive', msg.UNKNOWN_DIRECTIVE(`:::${node.name}`), msg.UNKNOWN_DIRECTIVE_HINT(nearest(node.name, [...PASSAGES]), [...block, ...text, ...[...PASSAGES].map((p) => `:::${p}`)]));
      if (!parent || index == null) return undefined;
      const written = `${node.type === 'textDirective' ? ':' : ':::'}${node.name}`;
      if (Object.keys(node.attributes ?? {}).length) ctx.fail(node, 'malformed-directive', msg.UNKNOWN_ATTRIBUTE(Object.keys(node.attributes ?? {})[0]!, written), msg.OPTIONAL_ATTRIBUTE_HINT);
      // `otherwise`: shown only where the optional passage right before it was left out.
      let shownBefore = false;
      if (node.name === OTHERWISE) {
        const before = pairs.get(node);
        if (!before) ctx.fail(node, 'malformed-directive', msg.OTHERWISE_WITHOUT_OPTIONAL(written), msg.OTHERWISE_WITHOUT_OPTIONAL_HINT);
        shownBefore = shownPassages.has(before!);
      }
      const missing = shownBefore ? null : missingIn(node, ctx);
      const children = node.children.filter((c) => !(c.data as { directiveLabel?: boolean } | undefined)?.directiveLabel);
      if (missing) ctx.leftOut.push(msg.OPTIONAL_LEFT_OUT(node.position?.start.line ?? null, missing));
      const shown = !shownBefore && !missing;
      (parent as MdParent).children.splice(index, 1, ...((shown ? children : []) as never[]));
      if (shown) shownPassages.add(node);
      // Visit what now stands at its place (its children, or the node after it), not the passage itself.
      return [SKIP, index];
    }
    if (node.type === 'textDirective' || node.type === 'leafDirective') {
      const replacement = hastNode(renderDirective(node, ctx, node.type === 'textDirective' ? text : block));
      if (parent && index != null) (parent as MdParent).children.splice(index, 1, replacement as never);
      return SKIP;
    }
    return undefined;
  });
}

/**
 * `:::optional` … `:::` (paragraphs) or `:optional[…]` (words in a sentence): a passage shown only
 * when everything it names exists in this election (README "A new election").
 */
const OPTIONAL = 'optional';
/**
 * `:::otherwise` … `:::` or `:otherwise[…]` right after an optional passage (only spaces between):
 * shown only when that passage was left out, and when everything it names exists itself
 * ("X came first with 41 % of the vote" where the election has vote shares, otherwise "X won the
 * most seats").
 */
const OTHERWISE = 'otherwise';
const PASSAGES: ReadonlySet<string> = new Set([OPTIONAL, OTHERWISE]);

/**
 * Why an `:::optional` passage is left out: the first figure, rank, entity or chart it names that
 * this election lacks; null when it has all of them. A malformed reference is no reason: it
 * stops the build where the passage is rendered, as anywhere else.
 */
function missingIn(container: MdNodes, ctx: RenderContext): string | null {
  let reason: string | null = null;
  const figure = (written: string) => ctx.missingFigure(written);
  visit(container, (node) => {
    if (reason) return false;
    // An optional passage inside is left out on its own.
    if (node !== container && (node.type === 'containerDirective' || node.type === 'textDirective') && PASSAGES.has(node.name)) return SKIP;
    if (node.type !== 'textDirective' && node.type !== 'leafDirective') return undefined;
    const label = ctx.label(node);
    if (node.name === 'fig') reason = figure(label);
    // A key figure written `id?` is left out on its own.
    else if (node.name === 'keyfigures') reason = label.split(/\s+/).filter((id) => id && !id.replace(/,$/, '').endsWith('?')).map((id) => figure(id.replace(/,$/, ''))).find((r) => r) ?? null;
    else if (node.name === 'name') {
      const r = ctx.resolveEntityId(label);
      reason = !r.ok ? (r.reason === 'missing' ? r.message : null) : ctx.entityNames.has(r.id) ? null : msg.UNKNOWN_ENTITY(r.id);
    } else if (node.name === 'election' && ELECTION_WORDS[label] && 'message' in electionWord(label, ctx.input.lexicon)) {
      reason = msg.ELECTION_WORD_MISSING(label);
    } else if (node.name === 'chart' && node.attributes?.id && !ctx.charts.has(node.attributes.id)) {
      // A spec of the inputs that the charts stage left out (its data is missing); a mistyped id stops the build where the chart is rendered.
      const id = node.attributes.id;
      if (ctx.input.inputs.some((f) => /(^|\/)charts\/[^/]+\.vl\.json$/.test(f.path) && chartId(f.path) === id)) reason = msg.UNKNOWN_CHART(id);
    }
    return undefined;
  });
  return reason;
}

/** Each `otherwise` passage with the `optional` one right before it (only spaces between), in the same parent. */
function otherwisePairs(tree: MdRoot): Map<MdNodes, MdNodes> {
  const out = new Map<MdNodes, MdNodes>();
  visit(tree, (node, index, parent) => {
    if (!parent || index == null || (node.type !== 'containerDirective' && node.type !== 'textDirective') || node.name !== OTHERWISE) return undefined;
    const siblings = (parent as MdParent).children;
    let i = index - 1;
    while (i >= 0 && siblings[i]!.type === 'text' && !(siblings[i] as { value: string }).value.trim()) i -= 1;
    const before = siblings[i] as MdNodes | undefined;
    if (before && before.type === node.type && before.name === OPTIONAL) out.set(node, before);
    return undefined;
  });
  return out;
}

/** Paragraphs with nothing but spaces left (each of their `:optional[…]` passages left out) are removed. */
function dropEmptyParagraphs(tree: MdRoot): void {
  visit(tree, 'paragraph', (node, index, parent) => {
    if (!parent || index == null || node.data?.hName) return undefined;
    if (node.children.every((c) => c.type === 'text' && !c.value.trim())) {
      (parent as MdParent).children.splice(index, 1);
      return [SKIP, index];
    }
    return undefined;
  });
}

/**
 * The headings whose section has nothing in it: a section is what stands after a heading up to
 * the next heading of the same or a higher level, and a subsection whose heading is itself empty
 * counts as nothing. `build` removes those that optional passages left out emptied, so an
 * election without seats shows no empty "Seats" heading; one the template writes empty stays.
 */
function emptySections(tree: MdRoot): Set<MdRoot['children'][number]> {
  const out = new Set<MdRoot['children'][number]>();
  const kids = tree.children;
  // From the end: whether anything that is no empty heading stands before the next heading of each level.
  const contentUntil: boolean[] = new Array(7).fill(false);
  for (let i = kids.length - 1; i >= 0; i--) {
    const node = kids[i]!;
    if (node.type !== 'heading') {
      if (node.type !== 'yaml') contentUntil.fill(true);
      continue;
    }
    const empty = !contentUntil[node.depth];
    if (empty) out.add(node);
    // This heading ends the sections of its level and deeper; one with content is content of the levels above it.
    for (let d = node.depth; d <= 6; d++) contentUntil[d] = false;
    if (!empty) for (let d = 1; d < node.depth; d++) contentUntil[d] = true;
  }
  return out;
}

/** What a link in the template may go to: a web page, a place in the briefing, an e-mail address. */
const SAFE_LINK = /^(?:https?:\/\/|#|mailto:)/i;

function renderDirective(node: DirectiveNode, ctx: RenderContext, known: string[]): Element {
  const kind = node.type === 'textDirective' ? 'text' : 'leaf';
  const written = `${kind === 'text' ? ':' : '::'}${node.name}`;
  const directive = directiveNamed(kind, node.name);
  if (!directive) ctx.fail(node, 'unknown-directive', msg.UNKNOWN_DIRECTIVE(written), msg.UNKNOWN_DIRECTIVE_HINT(nearest(node.name, known), known));
  // A text directive names what it shows: `:fig[id]`, `:name[id]`.
  if (kind === 'text' && !ctx.label(node)) ctx.fail(node, 'malformed-directive', msg.DIRECTIVE_NEEDS_ID(written), msg.DIRECTIVE_NEEDS_ID_HINT(written));
  const allowed = directive.attributes ?? [];
  for (const key of Object.keys(node.attributes ?? {})) {
    if (!allowed.some((a) => a.key === key)) ctx.fail(node, 'malformed-directive', msg.UNKNOWN_ATTRIBUTE(key, written), msg.UNKNOWN_ATTRIBUTE_HINT(allowed.map((a) => a.written)));
  }
  return directive.render(node, ctx);
}

/**
 * Text that starts like a directive but did not parse as one (`::chart[Seats{#seats}`: the label
 * is never closed) would be printed as it is written: a warning at its place.
 */
function warnBrokenDirective(text: string, line: number | null, column: number | null, file: string, warnings: Diagnostic[]): void {
  const re = /(?:^|[\s(])(:{1,3}[a-z][a-z0-9-]*[[{])/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    const before = text.slice(0, at);
    const nl = before.lastIndexOf('\n');
    const col = column == null ? null : nl < 0 ? column + at : at - nl;
    const ln = line != null ? line + (before.match(/\n/g)?.length ?? 0) : null;
    const shown = text.slice(at, at + 40).split('\n')[0]!;
    warnings.push(diagnostic({ file, line: ln, column: col }, 'malformed-directive', msg.BROKEN_DIRECTIVE(shown), msg.BROKEN_DIRECTIVE_HINT, 'warning'));
  }
}

/** Number words the lexicon knows ("six", "twenty"), except those that count only in a compound ("one"). */
function numberWordsOf(input: RenderInput): RegExp | null {
  const numbers = input.lexicon.numbers;
  const notAlone = new Set((numbers?.not_alone ?? []).map((w) => w.toLowerCase()));
  const numberWords = Object.keys(numbers?.words ?? {}).filter((w) => !notAlone.has(w.toLowerCase()));
  return numberWords.length ? new RegExp(`\\b(${numberWords.map(escapeRegex).join('|')})\\b`, 'gi') : null;
}

function warnNumbers(text: string, line: number | null, column: number | null, file: string, numberWords: RegExp | null, warnings: Diagnostic[]): void {
  const re = /\d[\d.,]*/g;
  const found: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  if (numberWords) {
    numberWords.lastIndex = 0;
    for (let m = numberWords.exec(text); m; m = numberWords.exec(text)) found.push(m);
  }
  found.sort((a, b) => a.index - b.index);
  for (const m of found) {
    const token = m[0].replace(/[.,]+$/, '');
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    // Years and calendar dates are not figures.
    if (/^(19|20)\d\d$/.test(token)) continue;
    if (/^\s*(January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(after)) continue;
    if (/(January|February|March|April|May|June|July|August|September|October|November|December)\s*$/.test(before)) continue;
    // On a continuation line of a paragraph the column counts from the line's start.
    const nl = before.lastIndexOf('\n');
    const col = column == null ? null : nl < 0 ? column + m.index : m.index - nl;
    const ln = line != null ? line + (before.match(/\n/g)?.length ?? 0) : null;
    warnings.push(
      diagnostic({ file: file, line: ln, column: col }, 'typed-number', msg.TYPED_NUMBER(token), msg.TYPED_NUMBER_HINT, 'warning'),
    );
  }
}

// ── layout ────────────────────────────────────────────────────────────────────────────────

/** Gives each section heading (h2) an id and returns the list of links to them, for the layout's `toc` slot. */
function contents(content: HRoot): ElementContent[] {
  const used = new Set<string>();
  const items: Element[] = [];
  for (const node of content.children) {
    if (node.type !== 'element' || node.tagName !== 'h2') continue;
    const text = textOf(node);
    const base = `section-${text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'untitled'}`;
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    node.properties = { ...node.properties, id };
    items.push(h('li', h('a', { href: `#${id}` }, text)));
  }
  return items.length ? [h('ol', { className: ['toc-list'] }, items)] : [];
}

/**
 * Warns about characters the embedded Inter has no glyph for (‡, arrows, ≤, Cyrillic…): the
 * browser would draw them with another font, and the PDF would embed it. One warning per
 * character (`seen`), at the place its cause is: in `own` (the template or the layout) for text
 * written there, else where the data it came from says it (`locateText`: an article's line and
 * column, the lexicon, the policy, a chart spec).
 */
function checkGlyphs(tree: HRoot, own: TextFile, input: RenderInput, warnings: Diagnostic[], seen = new Set<string>()): void {
  visit(tree, (node, _index, parent) => {
    if (node.type !== 'text') return;
    if (parent && parent.type === 'element' && (parent.tagName === 'style' || parent.tagName === 'script' || parent.tagName === 'title')) return;
    for (const ch of node.value) {
      if (seen.has(ch) || hasGlyph(ch)) continue;
      seen.add(ch);
      const at = node.value.indexOf(ch);
      const excerpt = node.value.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ').trim();
      const start = node.position?.start;
      const found = start ? locateText(node.value, at, [own], start.offset ?? 0) : locateText(node.value, at, [input.template, input.layout, ...articleBodies(input), ...(input.dataFiles?.() ?? [])]);
      const place = found ?? (start ? { file: own.file, line: start.line, column: start.column } : { file: input.template.file });
      const fromArticle = !start && found !== null && input.corpus.sources.some((s) => s.file === found.file);
      const hint = start || place.file === input.template.file || place.file === input.layout.file ? msg.MISSING_GLYPH_HINT_TEMPLATE : fromArticle ? msg.MISSING_GLYPH_HINT_SOURCE : msg.MISSING_GLYPH_HINT_DATA;
      warnings.push(diagnostic(place, 'missing-glyph', msg.MISSING_GLYPH(ch, `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`, excerpt), hint, 'warning'));
    }
  });
}

/** An article's text as a file to search: its body, with the line its body starts on. */
interface Located extends TextFile {
  /** The 1-based line of the file where `text` starts (1 for a whole file). */
  line?: number;
}

function articleBodies(input: RenderInput): Located[] {
  return input.corpus.sources.map((s) => ({ file: s.file, text: s.body, line: s.bodyLine }));
}

/**
 * Where the character at `at` of `shown` stands in the first of `files` that holds it (from
 * `from` on): found with as much of the text around it as the file has (typography may have
 * changed the quotes nearby), then alone. Null when no file holds it (the pipeline's own words).
 */
function locateText(shown: string, at: number, files: Located[], from = 0): { file: string; line: number; column: number } | null {
  const width = shown.codePointAt(at)! > 0xffff ? 2 : 1;
  for (const around of [16, 4, 0]) {
    const lo = Math.max(0, at - around);
    const needle = shown.slice(lo, at + width + around);
    for (const f of files) {
      const i = f.text.indexOf(needle, from);
      if (i < 0) continue;
      const { line, column } = lineColumn(f.text, i + (at - lo));
      return { file: f.file, line: line + (f.line ?? 1) - 1, column };
    }
  }
  return null;
}

/**
 * Text from the articles (titles, outlets, notes, quoted sentences) is isolated from the text
 * around it, so that a direction control it leaves open (U+202E) cannot turn the date and
 * address after it around. Part of the pipeline's own style, before the editors' stylesheet.
 */
const ISOLATE_CSS = 'cite,q,.source-head strong,.source-notes{unicode-bidi:isolate}';

function assemble(ctx: RenderContext, content: HRoot, meta: BriefingMeta, warnings: Diagnostic[]): string {
  // The layout and the stylesheet are the editors' data: checked, never passed through as markup.
  const checkedLayout = checkLayout(ctx.input.layout.file, ctx.input.layout.text);
  const style = checkStyle(ctx.input.styleFile ?? 'templates/style.css', ctx.input.style);
  warnings.push(...checkedLayout.warnings, ...style.warnings);
  const layout = checkedLayout.tree as HRoot;
  // Glyphs the font lacks: the content at the template's places, the layout's own text at the
  // layout's, then (below, once the slots are filled) the front-matter text the slots show.
  const seen = new Set<string>();
  checkGlyphs(content, ctx.input.template, ctx.input, warnings, seen);
  checkGlyphs(layout, ctx.input.layout, ctx.input, warnings, seen);
  const slots: Record<string, ElementContent[] | string> = {
    title: meta.title,
    subtitle: meta.subtitle,
    author: meta.author,
    date: formatDate(meta.date),
    'sources-count': String(ctx.input.corpus.sources.length),
    'figures-count': String(ctx.input.figures.length),
    'contested-count': String(ctx.input.figures.filter(inRegister).length),
    // The same counts with their noun, singular for one: "1 article", "3 figures".
    'sources-articles': msg.COVER_ARTICLES(ctx.input.corpus.sources.length),
    'contested-figures': msg.COVER_FIGURES(ctx.input.figures.filter(inRegister).length),
    content: content.children as ElementContent[],
    toc: contents(content),
  };
  let filledContent = false;
  visit(layout, 'element', (node: Element, index, parent) => {
    if (node.tagName === 'html') node.properties = { ...node.properties, lang: meta.language };
    if (node.tagName === 'title') node.children = [{ type: 'text', value: meta.title }];
    if (node.tagName === 'head') {
      node.children.push(h('meta', { name: 'author', content: meta.author }), h('meta', { name: 'description', content: meta.subject }), h('meta', { name: 'keywords', content: meta.keywords.join(', ') }));
      node.children.push(h('style', `${fontFaceCss()}\n${ISOLATE_CSS}\n${runningHeadCss(meta)}\n${style.css}`));
    }
    if (node.tagName !== 'slot' || !parent || index == null) return undefined;
    const name = String(node.properties?.name ?? '');
    const value = slots[name];
    if (value === undefined) {
      throw new PipelineError(diagnostic({ file: ctx.input.layout.file, line: node.position?.start.line ?? null, column: node.position?.start.column ?? null }, 'unknown-slot', msg.UNKNOWN_SLOT(name), msg.UNKNOWN_SLOT_HINT(Object.keys(slots))));
    }
    if (name === 'content') filledContent = true;
    const children: RootContent[] = typeof value === 'string' ? [{ type: 'text', value }] : value;
    (parent as Element).children.splice(index, 1, ...(children as ElementContent[]));
    return [SKIP, index + children.length];
  });
  if (!filledContent) {
    throw new PipelineError(diagnostic({ file: ctx.input.layout.file, line: 1, column: 1 }, 'missing-slot', msg.MISSING_CONTENT_SLOT, msg.MISSING_CONTENT_SLOT_HINT));
  }
  checkGlyphs(layout, ctx.input.layout, ctx.input, warnings, seen);
  return `${toHtml(layout, { allowDangerousHtml: false })}\n`;
}

/**
 * The words of the printed page's running header, as CSS variables for the stylesheet's page
 * margin boxes (`@top-left { content: var(--briefing-title) }`): the title and the date.
 */
export function runningHeadCss(meta: Pick<BriefingMeta, 'title' | 'date'>): string {
  return `:root { --briefing-title: ${cssString(meta.title)}; --briefing-date: ${cssString(formatDate(meta.date))}; }`;
}

/**
 * `text` as a CSS string in which every character but letters, digits and spaces is an escape
 * (`\22 ` for a quote), so that no text can end the string, the rule or the <style> element.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) out += /[A-Za-z0-9 ]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `;
  return `${out}"`;
}

interface GlyphFont {
  charToGlyph(ch: string): { index: number };
}
let glyphFonts: GlyphFont[] | undefined;
/** What `hasGlyph` answered, by character: a briefing has a few hundred distinct characters in 100,000. */
const glyphKnown = new Map<string, boolean>();
/** Whether the embedded Inter (any shipped subset) has a glyph for `ch`; control characters count as drawn. */
function hasGlyph(ch: string): boolean {
  let known = glyphKnown.get(ch);
  if (known === undefined) {
    known = lookUpGlyph(ch);
    glyphKnown.set(ch, known);
  }
  return known;
}

function lookUpGlyph(ch: string): boolean {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return true;
  glyphFonts ??= FONT_SUBSETS.map((subset) => {
    const buffer = readFileSync(fontFile(subset, 400, 'normal', 'woff'));
    // lowMemory: glyphs are read when asked for; only the character map is needed here.
    return (requireCjs('opentype.js') as { parse(b: ArrayBuffer, o: { lowMemory: boolean }): GlyphFont }).parse(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
      { lowMemory: true },
    );
  });
  return glyphFonts.some((f) => f.charToGlyph(ch).index > 0);
}

const requireCjs = createRequire(import.meta.url);

function textOf(node: ElementContent | HRoot): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' || node.type === 'root') return node.children.map((c) => textOf(c as ElementContent)).join('');
  return '';
}

function hastNode(element: Element): MdNodes {
  // An mdast node that remark-rehype turns into exactly this hast element.
  return { type: 'paragraph', children: [], data: { hName: element.tagName, hProperties: element.properties as never, hChildren: element.children } } as unknown as MdNodes;
}
