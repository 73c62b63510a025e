/**
 * Experiment (issue 15): would a small learned model read the counting stage of a result better
 * than the hand rules (extract/stage.ts, qualifier.ts, general.yaml `qualifiers:`)?
 *
 * Run: `npx tsx test/corpus/experiments/stage-model.ts` (about 40 s; `ALL=1` adds three models, about
 * 80 s; `DUMP=1` lists the pairs either reads wrong) (needs the tune half's texts in
 * test/corpus/texts/; reads the TUNE half only: never an event folder of the test half).
 * Not a test (no .test.ts): it prints a report and changes nothing.
 *
 * For each tune article: claims extracted with the event's lexicon, each paired with the
 * annotated figure whose number it overlaps with value, metric and entity right (the loose match,
 * qualifier free). Each pair: features of the claim's sentence, its frame (the nearest earlier
 * sentence with any stage word), the headline, and the extractor's own reading. A multinomial
 * logistic regression (zero start, a fixed number of passes in a fixed order: deterministic), or a
 * decision tree (ties by feature name), is trained leave-one-event-out (94 events) and compared with
 * the hand rules on the held-out event. NB the hand rules were tuned on these same events.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CorpusEvent, CorpusArticle } from '../../../pipeline/shared/corpus.ts';
import { generalLexicon, type Lexicon } from '../../../pipeline/shared/lexicon.ts';
import { eventLexicon, locate, sameEntity, sameValue } from '../../../pipeline/extract/corpus-eval.ts';
import { ingest } from '../../../pipeline/ingest/index.ts';
import { extract } from '../../../pipeline/extract/index.ts';
import type { Claim } from '../../../pipeline/shared/schema.ts';

const DIR = 'test/corpus';
const split = parse(readFileSync(join(DIR, 'split.yaml'), 'utf8')) as { events: { id: string; half: string; dropped?: string }[]; reserves?: Record<string, string[]> };
const tuneIds = [...new Set([...split.events.filter((e) => e.half === 'tune' && !e.dropped).map((e) => e.id), ...(split.reserves?.['tune'] ?? [])])].sort();

interface Pair {
  event: string;
  gold: string;
  rule: string;
  feats: string[];
  text: string;
}

const base = generalLexicon().lexicon;
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordsRe = (ws: readonly string[]) => (ws.length ? new RegExp(`(?<![\\p{L}\\d])(?:${[...ws].sort((a, b) => b.length - a.length).map(esc).join('|')})(?![\\p{L}\\d])`, 'iu') : null);

/** The cue lists, by name: the decision list's words, the document cues, the earlier-election words. */
function cueLists(lex: Lexicon): [string, RegExp][] {
  const q = lex.qualifiers as unknown as { cues: Record<string, string[]>; document: { qualifier: string; cues: string[] }[]; historical: string[]; held_before: string[] };
  const out: [string, RegExp | null][] = [];
  for (const [k, ws] of Object.entries(q.cues)) out.push([`cue:${k}`, wordsRe(ws)]);
  for (const d of q.document) out.push([`doc:${d.qualifier}`, wordsRe(d.cues)]);
  out.push(['historical', wordsRe(q.historical)], ['held_before', wordsRe(q.held_before)]);
  // A few of the README's stage words that the lists hold only inside longer phrases.
  out.push(['w:final', /\bfinal\b/i], ['w:official', /\bofficial(ly)?\b/i], ['w:preliminary', /\b(preliminary|provisional|unofficial|unverified)\b/i], ['w:partial', /\b(partial|so far|early|incomplete|latest)\b/i], ['w:complete', /\b(all (the )?(votes|ballots|precincts|polling stations)|full results|100 ?(%|per ?cent))\b/i], ['w:declared', /\b(declared|certified|confirmed|announced)\b/i], ['w:won', /\b(won|wins|winning|victory|elected)\b/i]);
  return out.filter((x): x is [string, RegExp] => x[1] !== null);
}

/** Sentences of a body with their offsets (a plain split: enough for features). */
function sentences(body: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  // Split on ". " and newlines, keeping decimals ("51.2") inside.
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    const end = ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && (i + 1 >= body.length || /\s/.test(body[i + 1]!)));
    if (end) {
      if (body.slice(start, i + 1).trim()) out.push({ start, end: i + 1, text: body.slice(start, i + 1) });
      start = i + 1;
    }
  }
  if (body.slice(start).trim()) out.push({ start, end: body.length, text: body.slice(start) });
  return out;
}

const SHARE_COUNTED = /\d[\d.,]*\s*(%|per ?cent|percent)\s+(of\s+(the\s+)?(votes|ballots|precincts|polling stations|stations|protocols|districts|constituencies)\s+)?(counted|processed|reporting|tallied|reported)|\b(counted|processed)\s+\d[\d.,]*\s*(%|per ?cent|percent)/i;
const TIME = /\b\d{1,2}[:.]\d{2}\b(?!\s*(%|per))|\b\d{1,2}\s*(am|pm|a\.m\.|p\.m\.)|\b(noon|midnight|o'clock)\b/i;
const WINNER = /\b(declared|declares|proclaimed|proclaims)\b[^.]*\b(winner|won|victory|elected|president)\b|\b(winner|victory)\b[^.]*\b(declared|confirmed|proclaimed)\b/i;
const FUTURE = /\b(will|would|due|expected|to be (announced|published|released))\b/i;

function featuresOf(c: Claim, body: string, sents: ReturnType<typeof sentences>, headline: string, lists: [string, RegExp][], year: number, metricKind: string): string[] {
  const f: string[] = ['bias'];
  const own = c.quote;
  const hits = (t: string) => lists.filter(([, re]) => re.test(t)).map(([k]) => k);
  const ownHits = hits(own);
  for (const k of ownHits) f.push(`own:${k}`);
  if (!ownHits.length) f.push('own:none');
  // The frame: the nearest earlier sentence with any stage word.
  const before = sents.filter((s) => s.end <= c.span[0]);
  let frame: string[] = [];
  let dist = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const h = hits(before[i]!.text).filter((k) => !k.startsWith('w:won'));
    if (h.length) {
      frame = h;
      dist = before.length - 1 - i;
      break;
    }
  }
  for (const k of frame) f.push(`frame:${k}`);
  f.push(dist < 0 ? 'frame:none' : dist === 0 ? 'frame:adjacent' : dist < 4 ? 'frame:near' : 'frame:far');
  const head = hits(headline);
  for (const k of head) f.push(`head:${k}`);
  // Anywhere in the article before the claim (document status so far).
  const sofar = hits(body.slice(0, c.span[0]));
  for (const k of sofar) if (k.startsWith('doc:')) f.push(`sofar:${k}`);
  const years = (own.match(/\b(19|20)\d{2}\b/g) ?? []).map(Number);
  if (years.some((y) => y !== year)) f.push('other-year');
  if (years.includes(year)) f.push('own-year');
  if (SHARE_COUNTED.test(own)) f.push('share-counted');
  if (/\b100\s*(%|per ?cent|percent)\s+(of\s+\S+\s+)?(counted|processed|reporting)/i.test(own)) f.push('share-counted-100');
  if (TIME.test(own)) f.push('time-of-day');
  if (WINNER.test(own)) f.push('winner-declared');
  if (FUTURE.test(own)) f.push('future');
  f.push(`metric-kind:${metricKind}`, `metric:${c.metric}`);
  f.push(`rule:${c.qualifier}`);
  const src = (c.confidence?.stage ?? 'none').replace(/\d+:\d+/g, '').replace(/\s+/g, ' ').trim();
  f.push(`src:${src.split(' ').slice(0, 3).join(' ')}`);
  f.push(`src0:${src.split(' ')[0]}`);
  if (c.as_of) f.push('as_of');
  if (c.round != null && String(c.round) !== '1') f.push('round2');
  return [...new Set(f)];
}

// ── collect pairs ──────────────────────────────────────────────────────────────────────────
const pairs: Pair[] = [];
let articlesRead = 0;
for (const id of tuneIds) {
  const dir = join(DIR, 'events', id);
  if (!existsSync(join(dir, 'event.yaml'))) continue;
  const event = CorpusEvent.parse(parse(readFileSync(join(dir, 'event.yaml'), 'utf8')));
  if (event.half !== 'tune') continue;
  const lex = eventLexicon(base, event);
  const lists = cueLists(lex);
  const kindOf = new Map(lex.metrics.map((m) => [m.id, (m as { qualifier?: string }).qualifier ?? 'result']));
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.yaml') && x !== 'event.yaml').sort()) {
    const article = CorpusArticle.parse(parse(readFileSync(join(dir, f), 'utf8')));
    const file = join(DIR, 'texts', `${article.id}.md`);
    if (!existsSync(file)) continue;
    let claims: Claim[];
    let body: string;
    let title: string;
    try {
      const corpus = ingest([{ file, text: readFileSync(file, 'utf8') }], lex);
      claims = extract(corpus, lex);
      body = corpus.sources[0]?.body ?? '';
      title = corpus.sources[0]?.meta.title ?? '';
    } catch {
      continue;
    }
    articlesRead += 1;
    const sents = sentences(body);
    const figs = (article.figures ?? []).map((fig, i, all) => {
      const k = all.slice(0, i).filter((g) => g.anchor === fig.anchor && g.text === fig.text && (g.nth ?? 1) === (fig.nth ?? 1)).length;
      return { fig, at: locate(body, fig, k) };
    });
    const used = new Set<number>();
    for (const c of claims) {
      const i = figs.findIndex(({ fig, at }, k) => !used.has(k) && at && c.textSpan[0] < at.end && at.start < c.textSpan[1] && c.metric === fig.metric && sameEntity(c, fig) && sameValue(c, fig));
      if (i < 0) continue;
      used.add(i);
      pairs.push({ event: id, gold: figs[i]!.fig.qualifier, rule: c.qualifier, feats: featuresOf(c, body, sents, title, lists, event.year, kindOf.get(c.metric) ?? 'result'), text: c.quote.slice(0, 100) });
    }
  }
}

// ── the model: multinomial logistic regression on binary features ──────────────────────────
interface Model {
  classes: string[];
  ids: Map<string, number>;
  w: Float64Array;
}
const ITER = Number(process.env['ITER'] ?? 10);
const RATE = 0.3;
const L2 = 1e-3;
/** Zero weights, a fixed number of passes in a fixed order: the same data, the same model. */
function train(data: { gold: string; feats: string[] }[]): Model {
  const classes = [...new Set(data.map((p) => p.gold))].sort();
  const K = classes.length;
  const ids = new Map<string, number>();
  for (const p of data) for (const f of p.feats) if (!ids.has(f)) ids.set(f, ids.size);
  const w = new Float64Array(ids.size * K);
  const g = new Float64Array(ids.size * K);
  const rows = data.map((p) => ({ x: Int32Array.from(p.feats.map((f) => ids.get(f)! * K)), y: classes.indexOf(p.gold) }));
  const z = new Float64Array(K);
  // Stochastic gradient descent in the data's own order (no shuffling), a step that shrinks by epoch.
  for (let it = 0; it < ITER; it++) {
    const rate = RATE / (1 + it);
    for (const r of rows) {
      z.fill(0);
      for (const o of r.x) for (let k = 0; k < K; k++) z[k]! += w[o + k]!;
      let m = -Infinity;
      for (let k = 0; k < K; k++) m = Math.max(m, z[k]!);
      let s = 0;
      for (let k = 0; k < K; k++) s += z[k] = Math.exp(z[k]! - m);
      for (let k = 0; k < K; k++) z[k] = z[k]! / s - (k === r.y ? 1 : 0);
      for (const o of r.x) for (let k = 0; k < K; k++) w[o + k]! -= rate * (z[k]! + L2 * w[o + k]!);
    }
  }
  void g;
  return { classes, ids, w };
}
function predict(m: Model, feats: string[]): { cls: string; p: number } {
  const K = m.classes.length;
  const z = new Float64Array(K);
  for (const f of feats) {
    const i = m.ids.get(f);
    if (i !== undefined) for (let k = 0; k < K; k++) z[k]! += m.w[i * K + k]!;
  }
  let mx = -Infinity;
  for (let k = 0; k < K; k++) mx = Math.max(mx, z[k]!);
  let s = 0;
  let best = 0;
  for (let k = 0; k < K; k++) {
    s += z[k] = Math.exp(z[k]! - mx);
    if (z[k]! > z[best]!) best = k;
  }
  return { cls: m.classes[best]!, p: z[best]! / s };
}

// ── the other model: a decision tree on the same binary features ────────────────────────────
/** Gini splits, depth at most 10, leaves of at least 5 pairs; ties broken by the feature's name. */
type Tree = { leaf: Map<string, number>; n: number } | { f: string; yes: Tree; no: Tree };
function dist(rows: { gold: string }[]): Map<string, number> {
  const d = new Map<string, number>();
  for (const r of rows) d.set(r.gold, (d.get(r.gold) ?? 0) + 1);
  return d;
}
const gini = (d: Map<string, number>, n: number) => (n === 0 ? 0 : 1 - [...d.values()].reduce((a, c) => a + (c / n) ** 2, 0));
function grow(rows: { gold: string; set: Set<string> }[], depth = 0): Tree {
  const here = dist(rows);
  if (depth >= 10 || here.size <= 1 || rows.length < 10) return { leaf: here, n: rows.length };
  const withF = new Map<string, Map<string, number>>();
  for (const r of rows) for (const f of r.set) {
    const d = withF.get(f) ?? new Map<string, number>();
    d.set(r.gold, (d.get(r.gold) ?? 0) + 1);
    withF.set(f, d);
  }
  let best: { f: string; score: number } | null = null;
  const parent = gini(here, rows.length) * rows.length;
  for (const f of [...withF.keys()].sort()) {
    const yes = withF.get(f)!;
    const ny = [...yes.values()].reduce((a, b) => a + b, 0);
    const nn = rows.length - ny;
    if (ny < 5 || nn < 5) continue;
    const no = new Map([...here].map(([k, v]) => [k, v - (yes.get(k) ?? 0)]));
    const score = parent - gini(yes, ny) * ny - gini(no, nn) * nn;
    if (score > 1e-9 && (!best || score > best.score + 1e-12)) best = { f, score };
  }
  if (!best) return { leaf: here, n: rows.length };
  return { f: best.f, yes: grow(rows.filter((r) => r.set.has(best.f)), depth + 1), no: grow(rows.filter((r) => !r.set.has(best.f)), depth + 1) };
}
function decide(t: Tree, feats: Set<string>): { cls: string; p: number } {
  while (!('leaf' in t)) t = feats.has(t.f) ? t.yes : t.no;
  const [cls, c] = [...t.leaf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  return { cls, p: c / t.n };
}

// ── leave one event out ────────────────────────────────────────────────────────────────────
const RESULT = new Set(['unspecified', 'interim', 'preliminary', 'final', 'recount']);
const events = [...new Set(pairs.map((p) => p.event))].sort();
/** The extractor's own reading (its qualifier, where it came from, its moment). */
const OWN_READING = /^(rule:|src0?:|as_of$)/;
const VARIANTS: [string, (p: Pair) => string[]][] = [
  ['text only', (p) => p.feats.filter((f) => !OWN_READING.test(f))],
  ['text + rules', (p) => p.feats],
  ['text + rules x words', (p) => {
    const r = p.feats.find((f) => f.startsWith('rule:'))!;
    return [...p.feats, ...p.feats.filter((f) => f !== r && !f.startsWith('src') && f !== 'bias').map((f) => `${r}&${f}`)];
  }],
];
function loeo(feats: (p: Pair) => string[], kind: 'logistic' | 'tree'): Map<Pair, { cls: string; p: number }> {
  const pred = new Map<Pair, { cls: string; p: number }>();
  for (const e of events) {
    const rest = pairs.filter((p) => p.event !== e);
    const held = pairs.filter((q) => q.event === e);
    if (kind === 'logistic') {
      const m = train(rest.map((p) => ({ gold: p.gold, feats: feats(p) })));
      for (const p of held) pred.set(p, predict(m, feats(p)));
    } else {
      const t = grow(rest.map((p) => ({ gold: p.gold, set: new Set(feats(p)) })));
      for (const p of held) pred.set(p, decide(t, new Set(feats(p))));
    }
  }
  return pred;
}

type Chooser = (p: Pair) => string;
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`tune events ${events.length}, articles ${articlesRead}, pairs ${pairs.length}; logistic regression, ${ITER} passes, features per pair ~${(pairs.reduce((n, p) => n + p.feats.length, 0) / pairs.length).toFixed(0)}`);
const goldDist = new Map<string, number>();
for (const p of pairs) goldDist.set(p.gold, (goldDist.get(p.gold) ?? 0) + 1);
console.log('annotated:', [...goldDist].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', '));
const perEvent = (ch: Chooser) => events.map((e) => {
  const ps = pairs.filter((p) => p.event === e);
  return ps.filter((p) => ch(p) === p.gold).length / ps.length;
});
const ruleEv = perEvent((p) => p.rule);
function report(name: string, ch: Chooser): void {
  const right = pairs.filter((p) => ch(p) === p.gold).length;
  const ev = perEvent(ch);
  const macro = ev.reduce((a, b) => a + b, 0) / ev.length;
  const better = ev.filter((x, i) => x > ruleEv[i]! + 1e-12).length;
  const worse = ev.filter((x, i) => x < ruleEv[i]! - 1e-12).length;
  const changed = pairs.filter((p) => ch(p) !== p.rule);
  const fixed = changed.filter((p) => ch(p) === p.gold).length;
  const broke = changed.filter((p) => p.rule === p.gold).length;
  // As the corpus report's stage-blind line: the pairs whose annotated and hand-rule qualifiers are both result stages.
  const rs = pairs.filter((p) => RESULT.has(p.gold) && RESULT.has(p.rule));
  const rsRight = rs.filter((p) => ch(p) === p.gold).length;
  console.log(`${name.padEnd(50)} overall ${pct(right / pairs.length)} % (${right})  result stages ${pct(rsRight / rs.length)} % of ${rs.length}  macro ${pct(macro)} %  events +${better} -${worse}  pairs fixed ${fixed} broken ${broke}`);
  const conf = new Map<string, number>();
  for (const p of pairs) if (ch(p) !== p.gold) conf.set(`${p.gold}→${ch(p)}`, (conf.get(`${p.gold}→${ch(p)}`) ?? 0) + 1);
  console.log(`    top errors (annotated→read): ${[...conf].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([k, n]) => `${k} ${n}`).join('; ')}`);
}
report('hand rules', (p) => p.rule);
const preds = new Map<string, Map<Pair, { cls: string; p: number }>>();
/** `ALL=1`: also the logistic model with the rules' reading crossed with the words, and the trees (about twice the time). */
const ALL = !!process.env['ALL'];
const RUNS: [string, (p: Pair) => string[], 'logistic' | 'tree'][] = [
  ...VARIANTS.map(([n, f]): [string, (p: Pair) => string[], 'logistic'] => [`logistic, ${n}`, f, 'logistic']),
  ['tree, text only', VARIANTS[0]![1], 'tree'],
  ['tree, text + rules', VARIANTS[1]![1], 'tree'],
].filter(([n]) => ALL || n === 'logistic, text only' || n === 'logistic, text + rules') as [string, (p: Pair) => string[], 'logistic' | 'tree'][];
for (const [vname, feats, kind] of RUNS) {
  const pred = loeo(feats, kind);
  preds.set(vname, pred);
  report(`model (${vname})`, (p) => pred.get(p)!.cls);
  for (const t of [0.7, 0.9]) report(`  ... if p>${t}, else rules`, (p) => (pred.get(p)!.p > t ? pred.get(p)!.cls : p.rule));
  report('  ... only between result stages', (p) => (RESULT.has(p.rule) && RESULT.has(pred.get(p)!.cls) ? pred.get(p)!.cls : p.rule));
  report('  ... only between result stages, p>0.7', (p) => (RESULT.has(p.rule) && RESULT.has(pred.get(p)!.cls) && pred.get(p)!.p > 0.7 ? pred.get(p)!.cls : p.rule));
}
const pred = preds.get(process.env['DUMP'] === '1' ? 'logistic, text + rules' : process.env['DUMP'] ?? '');
// The weights that matter most, from a model on all events.
const all = train(pairs.map((p) => ({ gold: p.gold, feats: VARIANTS[0]![1](p) })));
const top: [string, string, number][] = [];
for (const [f, i] of all.ids) all.classes.forEach((c, k) => top.push([f, c, all.w[i * all.classes.length + k]!]));
top.sort((a, b) => Math.abs(b[2]) - Math.abs(a[2]) || (a[0] < b[0] ? -1 : 1));
console.log('largest weights of the text-only model on all events (feature→class):', top.filter((t) => t[0] !== 'bias').slice(0, 25).map(([f, c, v]) => `${f}→${c} ${v.toFixed(2)}`).join('; '));
if (process.env['DUMP'] && pred) for (const p of pairs) if (pred.get(p)!.cls !== p.gold || p.rule !== p.gold) console.log(`${p.event}\t${p.gold}\trule=${p.rule}\tmodel=${pred.get(p)!.cls} ${pred.get(p)!.p.toFixed(2)}\t${p.text}`);
