/**
 * `make check-event`: what a lexicon, theme and chart set written for another election still
 * holds. A pure function over the event's files and the built corpus and figures
 * (`checkEvent`), and the command around it (`checkEventCommand`), which reads them.
 *
 * Each finding is a diagnostic at its file, line and column:
 *   - an entity of sources/lexicon.yaml that no article mentions (`event-entity-unused`, warning);
 *   - a theme colour for an id that is no entity and no chart series (`event-theme-unknown`, warning);
 *   - a chart spec whose data source matches no figure (`event-chart-no-match`): an error when
 *     the template places the chart (the build stops on it), a warning when it does not (the
 *     chart is not built);
 *   - a `foreign:` entry that names the election's own country (`event-foreign-own`, warning:
 *     the build leaves it out anyway);
 *   - a metric label that names a body other than the election's chamber (`event-label-chamber`,
 *     warning: the briefing would show it, but a capitalised name in a label is only a sign).
 * Only errors make the command fail; warnings are stale data the build ignores.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { closest, distance } from 'fastest-levenshtein';
import { PipelineError, diagnostic, format, lineColumn, type Diagnostic } from '../shared/errors.ts';
import { readInput } from '../shared/inputs.ts';
import { readJson } from '../shared/io.ts';
import { countryNames, normalizeName, parseLexicon, type Lexicon } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import { chartId, optionalIds, placedIds } from '../shared/placed.ts';
import { NO_RANKINGS, hasRank, rankings, resolveFigureId, type Rankings } from '../shared/rank.ts';
import { Corpus, Figures } from '../shared/schema.ts';
import { patternRegex } from '../charts/pattern.ts';

export interface TextFile {
  file: string;
  text: string;
}

export interface EventInput {
  /** sources/lexicon.yaml as written, and as the build reads it (merged with the general lexicon). */
  lexiconFile: TextFile;
  lexicon: Lexicon;
  corpus: Corpus;
  /** The ids of output/data/figures.json. */
  figures: string[];
  /** Every metric's ranking of those figures (shared/rank.ts), for chart selectors by rank; none: no rank exists. */
  rankings?: Rankings;
  theme?: TextFile;
  specs: TextFile[];
  template?: TextFile;
}

export interface EventReport {
  diagnostics: Diagnostic[];
  /** What was looked at, in words, for the summary line. */
  checked: string;
}

type Path = (string | number)[];

/** The place of the node at `path` in a YAML (or JSON) document; of the key when `key` is set. */
function placeIn(file: TextFile, doc: Document, path: Path, key = false): { file: string; line: number | null; column: number | null } {
  if (key && path.length) {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((i) => isScalar(i.key) && i.key.value === path[path.length - 1]);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return { file: file.file, ...lineColumn(file.text, range[0]) };
    }
  }
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number] } | undefined;
    if (node?.range) return { file: file.file, ...lineColumn(file.text, node.range[0]) };
  }
  return { file: file.file, line: 1, column: 1 };
}

const parse = (text: string): Document => parseDocument(text, { prettyErrors: false });
const words = (text: string): string => ` ${normalizeName(text).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
const suggest = (word: string, candidates: string[]): string | null => {
  if (!candidates.length) return null;
  const best = closest(word, candidates);
  return distance(word, best) <= Math.max(2, Math.floor(word.length / 3)) ? best : null;
};

export function checkEvent(input: EventInput): EventReport {
  const out: Diagnostic[] = [];
  const lexDoc = parse(input.lexiconFile.text);
  const own = lexDoc.toJS() as Record<string, unknown> | null;
  const entities = input.lexicon.entities;

  // Entities no source mentions: an alias as whole words of an article's title or text.
  const texts = input.corpus.sources.map((s) => words(`${s.meta.title ?? ''}\n${s.body}`));
  entities.forEach((e, i) => {
    const mentioned = e.aliases.some((a) => {
      const w = words(a);
      return w.trim() !== '' && texts.some((t) => t.includes(w));
    });
    if (!mentioned) out.push(diagnostic(placeIn(input.lexiconFile, lexDoc, ['entities', i]), 'event-entity-unused', msg.EVENT_ENTITY_UNUSED(e.id, e.aliases), msg.EVENT_ENTITY_UNUSED_HINT, 'warning'));
  });

  // Chart specs whose data matches no figure; the series names they give (theme keys too).
  const placed = input.template ? placedIds(input.template.text) : null;
  const optional = input.template ? optionalIds(input.template.text) : new Set<string>();
  // A rank (`vote_share.@1`) stands for the entities it names in this election, as the charts stage resolves it.
  const ranked = (pattern: string): string[] => {
    if (!hasRank(pattern)) return [pattern];
    const r = resolveFigureId(pattern, input.rankings ?? NO_RANKINGS, true);
    return r.ok ? (r.ids ?? [r.id]) : [];
  };
  const series = new Set<string>();
  for (const spec of input.specs) {
    let json: unknown;
    try {
      json = JSON.parse(spec.text);
    } catch {
      continue; // the charts stage reports a spec that is no JSON, when it builds it
    }
    const data = (json as { usermeta?: { briefing?: { data?: unknown } } })?.usermeta?.briefing?.data;
    if (!data || typeof data !== 'object') continue;
    const id = chartId(spec.file);
    const isPlaced = placed === null || placed.has(id);
    const doc = parse(spec.text);
    const declared = Object.keys(data as Record<string, unknown>);
    for (const [name, source] of Object.entries(data as Record<string, unknown>)) {
      const b = source as { figures?: unknown; optional?: unknown; series?: unknown; without?: unknown };
      if (b.series && typeof b.series === 'object') for (const v of Object.values(b.series as Record<string, unknown>)) if (typeof v === 'string') series.add(v);
      // `without` names another data source of the same spec (the charts stage fails on any other name).
      if (typeof b.without === 'string' && (b.without === name || !declared.includes(b.without))) {
        const level = isPlaced && !optional.has(id) ? 'error' : 'warning';
        out.push(diagnostic(placeIn(spec, doc, ['usermeta', 'briefing', 'data', name, 'without']), 'event-chart-without', msg.CHART_UNKNOWN_DATA(b.without), msg.CHART_UNKNOWN_DATA_HINT(declared.filter((d) => d !== name)), level));
      }
      if (b.optional === true || !Array.isArray(b.figures) || !b.figures.length) continue;
      const patterns = b.figures.filter((f): f is string => typeof f === 'string');
      if (patterns.flatMap(ranked).map(patternRegex).some((re) => input.figures.some((f) => re.test(f)))) continue;
      const level = isPlaced && !optional.has(id) ? 'error' : 'warning';
      out.push(
        diagnostic(
          placeIn(spec, doc, ['usermeta', 'briefing', 'data', name, 'figures', 0]),
          'event-chart-no-match',
          msg.EVENT_CHART_NO_MATCH(id, patterns[0] ?? ''),
          level === 'error' ? msg.EVENT_CHART_NO_MATCH_PLACED_HINT : isPlaced ? msg.EVENT_CHART_NO_MATCH_OPTIONAL_HINT : msg.EVENT_CHART_NO_MATCH_UNPLACED_HINT,
          level,
        ),
      );
    }
  }

  // Theme colours for ids that are no entity and no series.
  let colours = 0;
  if (input.theme) {
    const doc = parse(input.theme.text);
    const map = (doc.toJS() as { colors?: Record<string, unknown> } | null)?.colors ?? {};
    const known = [...entities.map((e) => e.id), ...series];
    for (const key of Object.keys(map)) {
      colours += 1;
      if (key === 'default' || known.includes(key)) continue;
      out.push(diagnostic(placeIn(input.theme, doc, ['colors', key], true), 'event-theme-unknown', msg.EVENT_THEME_UNKNOWN(key), msg.EVENT_THEME_UNKNOWN_HINT(suggest(key, entities.map((e) => e.id))), 'warning'));
    }
  }

  // `foreign:` entries of the event's file that name its own country (or a place of its lexicon).
  const country = countryNames(input.lexicon)[0] ?? null;
  const home = new Set([...countryNames(input.lexicon), ...entities.filter((e) => e.kind === 'place').flatMap((e) => e.aliases)].map(normalizeName));
  const foreign = Array.isArray(own?.foreign) ? (own.foreign as unknown[]) : [];
  foreign.forEach((entry, i) => {
    const names = (Array.isArray(entry) ? entry : [entry]).filter((n): n is string => typeof n === 'string');
    names.forEach((name, j) => {
      if (!home.has(normalizeName(name))) return;
      const path = Array.isArray(entry) ? ['foreign', i, j] : ['foreign', i];
      out.push(diagnostic(placeIn(input.lexiconFile, lexDoc, path), 'event-foreign-own', msg.EVENT_FOREIGN_OWN(name, country ?? name), msg.EVENT_FOREIGN_OWN_HINT, 'warning'));
    });
  });

  // Labels of the event's file that name a body other than its chamber: a capitalised name after
  // the label's first word that is no chamber name, no entity and not the country.
  const chambers = input.lexicon.election?.chamber ?? [];
  const allowed = new Set([...chambers, ...(country ? [country] : []), ...entities.flatMap((e) => [e.name, ...e.aliases])].map(normalizeName));
  const labels: { metric: string; label: string; path: Path }[] = [];
  if (own?.labels && typeof own.labels === 'object') for (const [metric, label] of Object.entries(own.labels as Record<string, unknown>)) if (typeof label === 'string') labels.push({ metric, label, path: ['labels', metric] });
  if (Array.isArray(own?.metrics)) {
    (own.metrics as { id?: unknown; label?: unknown }[]).forEach((m, i) => {
      if (typeof m?.label === 'string') labels.push({ metric: String(m.id ?? i), label: m.label, path: ['metrics', i, 'label'] });
    });
  }
  for (const { metric, label, path } of labels) {
    const names = [...label.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu)].map((m) => m[0]);
    const other = names.find((n) => !allowed.has(normalizeName(n)) && ![...allowed].some((a) => a.includes(normalizeName(n))));
    if (other) out.push(diagnostic(placeIn(input.lexiconFile, lexDoc, path), 'event-label-chamber', msg.EVENT_LABEL_CHAMBER(metric, label, other, chambers), msg.EVENT_LABEL_CHAMBER_HINT, 'warning'));
  }

  const order = (d: Diagnostic) => `${d.file}\0${String(d.line ?? 0).padStart(9, '0')}\0${String(d.column ?? 0).padStart(9, '0')}`;
  out.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  return { diagnostics: out, checked: msg.EVENT_CHECKED(entities.length, colours, input.specs.length, input.corpus.sources.length) };
}

/** The folders the command reads (stages.ts `Paths`). */
export interface EventPaths {
  root: string;
  sources: string;
  templates: string;
  data: string;
}

/**
 * Reads the event's files and the built corpus and figures (`make check-event` builds them first),
 * prints every finding to stderr and the summary to stdout; fails (exit 1) when one is an error.
 */
export function checkEventCommand(p: EventPaths, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): EventReport {
  const rel = (f: string) => relative(p.root, f).split('\\').join('/');
  const text = (f: string, kind: Parameters<typeof readInput>[2]): TextFile => ({ file: rel(f), text: readInput(p.root, f, kind) });
  const lexiconFile = text(join(p.sources, 'lexicon.yaml'), 'lexicon');
  const charts = join(p.templates, 'charts');
  const template = join(p.templates, 'briefing.md');
  const figures = readJson(join(p.data, 'figures.json'), Figures);
  const lexicon = parseLexicon(lexiconFile.file, lexiconFile.text);
  const report = checkEvent({
    lexiconFile,
    lexicon,
    corpus: readJson(join(p.data, 'corpus.json'), Corpus),
    figures: figures.map((f) => f.id),
    rankings: rankings(figures, lexicon),
    theme: existsSync(join(charts, 'theme.json')) ? text(join(charts, 'theme.json'), 'theme') : undefined,
    specs: existsSync(charts) ? readdirSync(charts).filter((f) => f.endsWith('.vl.json')).sort().map((f) => text(join(charts, f), 'chart')) : [],
    template: existsSync(template) ? text(template, 'template') : undefined,
  });
  for (const d of report.diagnostics) process.stderr.write(`${format(d)}\n`);
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  write(msg.EVENT_SUMMARY(errors, report.diagnostics.length - errors, report.checked));
  if (errors) throw new PipelineError(diagnostic({ file: 'check-event' }, 'check-event', msg.EVENT_FAILED(errors), msg.EVENT_FAILED_HINT));
  return report;
}
