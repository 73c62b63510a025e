/**
 * How good is the extractor? Precision and recall of the claims against a hand annotation of
 * the articles (test/fixtures/annotation/<source id>.yaml), per source and in all.
 *
 * A claim is correct when an annotated figure has the same source, line, number as written
 * (`text`), metric, entity, value / low / high, bound, unit, qualifier and election. A claim
 * that stands on an annotated number but differs in some field is reported with the fields
 * that differ, so a person tuning the lexicon sees what to fix. Pure: the caller reads the
 * files (parseAnnotation validates one file's text).
 */
import { z } from 'zod';
import { parseYamlFile } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import { Qualifier, type Claim } from '../shared/schema.ts';

export const AnnotatedFigure = z
  .object({
    line: z.number().int().positive(),
    /** The number as written, exactly as the claim's `text`. */
    text: z.string().min(1),
    metric: z.string().min(1),
    entity: z.string().nullable(),
    value: z.number().nullable().default(null),
    low: z.number().nullable().default(null),
    high: z.number().nullable().default(null),
    bound: z.enum(['exact', 'approximate', 'lower-bound', 'upper-bound', 'range']).default('exact'),
    unit: z.string().min(1),
    qualifier: Qualifier,
    election: z.number().int().nullable(),
    /** The sentence the figure stands in, verbatim. */
    sentence: z.string().min(1),
  })
  .strict();
export type AnnotatedFigure = z.infer<typeof AnnotatedFigure>;

export const AnnotationFile = z
  .object({
    source: z.string().min(1),
    figures: z.array(AnnotatedFigure),
  })
  .strict();
export type AnnotationFile = z.infer<typeof AnnotationFile>;

export type Annotation = AnnotationFile[];

export function parseAnnotation(file: string, text: string): AnnotationFile {
  return parseYamlFile(file, text, AnnotationFile, 'bad-annotation', msg.BAD_ANNOTATION, msg.BAD_ANNOTATION_HINT);
}

export interface Score {
  /** Claims that match an annotated figure. */
  correct: number;
  claims: number;
  annotated: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mismatch {
  claim: Claim;
  figure: AnnotatedFigure;
  /** The fields that differ, as `field: claim value ≠ annotated value`. */
  fields: string[];
}

export interface Evaluation {
  perSource: Record<string, Score>;
  total: Score;
  /** Annotated figures no claim matches. */
  missed: (AnnotatedFigure & { source: string })[];
  /** Claims no annotated figure matches. */
  spurious: Claim[];
  /** Claims on an annotated number that differ from the annotation in some field. */
  mismatched: Mismatch[];
  /**
   * The same scores when only what was found counts: the number, its metric, entity, value
   * and unit right, whatever its qualifier, election or sentence.
   */
  loose: Score;
}

const FIELDS = ['metric', 'entity', 'value', 'low', 'high', 'bound', 'unit', 'qualifier', 'election', 'sentence'] as const;
const LOOSE = new Set(['qualifier', 'election', 'sentence']);

function differences(c: Claim, f: AnnotatedFigure): string[] {
  const claimSide: Record<(typeof FIELDS)[number], unknown> = { ...c, sentence: c.quote };
  return FIELDS.filter((k) => claimSide[k] !== f[k]).map((k) => `${k}: ${JSON.stringify(claimSide[k])} ≠ ${JSON.stringify(f[k])}`);
}

function score(correct: number, claims: number, annotated: number): Score {
  // With nothing to find and nothing found, the extractor is right: both are 1.
  const precision = claims === 0 ? 1 : correct / claims;
  const recall = annotated === 0 ? 1 : correct / annotated;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { correct, claims, annotated, precision, recall, f1 };
}

export function evaluate(claims: Claim[], annotation: Annotation): Evaluation {
  const sources = [...new Set([...annotation.map((a) => a.source), ...claims.map((c) => c.source)])].sort();
  const perSource: Record<string, Score> = {};
  const missed: Evaluation['missed'] = [];
  const spurious: Claim[] = [];
  const mismatched: Mismatch[] = [];
  let correct = 0;
  let looselyRight = 0;
  for (const source of sources) {
    const figures = annotation.filter((a) => a.source === source).flatMap((a) => a.figures);
    const mine = claims.filter((c) => c.source === source);
    // Index the annotated figures by where they stand; each is matched at most once.
    const byPlace = new Map<string, AnnotatedFigure[]>();
    for (const f of figures) byPlace.set(`${f.line}|${f.text}`, [...(byPlace.get(`${f.line}|${f.text}`) ?? []), f]);
    const used = new Set<AnnotatedFigure>();
    let ok = 0;
    for (const c of mine) {
      const here = (byPlace.get(`${c.line}|${c.text}`) ?? []).filter((f) => !used.has(f));
      const exact = here.find((f) => differences(c, f).length === 0);
      if (exact) {
        used.add(exact);
        ok += 1;
      } else {
        spurious.push(c);
        const near = here[0];
        if (near) mismatched.push({ claim: c, figure: near, fields: differences(c, near) });
      }
      if (here.some((f) => differences(c, f).every((d) => LOOSE.has(d.slice(0, d.indexOf(':')))))) looselyRight += 1;
    }
    for (const f of figures) if (!used.has(f)) missed.push({ ...f, source });
    perSource[source] = score(ok, mine.length, figures.length);
    correct += ok;
  }
  const annotated = annotation.reduce((n, a) => n + a.figures.length, 0);
  return { perSource, total: score(correct, claims.length, annotated), missed, spurious, mismatched, loose: score(looselyRight, claims.length, annotated) };
}

/** Which sources the annotation covers: the annotated, the not yet annotated, and annotation files for no source. */
export interface Coverage {
  annotated: string[];
  unannotated: string[];
  stale: string[];
}

export function coverage(sourceIds: string[], annotation: Annotation): Coverage {
  const have = new Set(annotation.map((a) => a.source));
  const ids = new Set(sourceIds);
  return {
    annotated: [...ids].filter((id) => have.has(id)).sort(),
    unannotated: [...ids].filter((id) => !have.has(id)).sort(),
    stale: [...have].filter((id) => !ids.has(id)).sort(),
  };
}

/**
 * `make eval` on a corpus that may have articles nobody has annotated yet: the coverage, then
 * precision and recall over the annotated sources only (an article without annotation is
 * neither right nor wrong, so adding one changes no score).
 */
export function evaluateCorpus(sourceIds: string[], claims: Claim[], annotation: Annotation): { coverage: Coverage; evaluation: Evaluation } {
  const cover = coverage(sourceIds, annotation);
  const scored = new Set(cover.annotated);
  const evaluation = evaluate(
    claims.filter((c) => scored.has(c.source)),
    annotation.filter((a) => scored.has(a.source)),
  );
  return { coverage: cover, evaluation };
}

/** The coverage lines that head the `make eval` report. */
export function formatCoverage(c: Coverage): string {
  const lines = [msg.EVAL_COVERAGE(c.annotated.length, c.annotated.length + c.unannotated.length)];
  if (c.unannotated.length) lines.push(msg.EVAL_UNANNOTATED(c.unannotated));
  if (c.stale.length) lines.push(msg.EVAL_STALE(c.stale));
  return `${lines.join('\n')}\n`;
}

const pct = (x: number) => x.toFixed(3);

/** The report `make eval` prints: a table per source and in all, then what was missed or wrong. */
export function formatEvaluation(e: Evaluation): string {
  const rows: string[][] = [['source', 'claims', 'annotated', 'correct', 'precision', 'recall', 'F1']];
  for (const [source, s] of Object.entries(e.perSource)) {
    rows.push([source, String(s.claims), String(s.annotated), String(s.correct), pct(s.precision), pct(s.recall), pct(s.f1)]);
  }
  const t = e.total;
  rows.push(['all', String(t.claims), String(t.annotated), String(t.correct), pct(t.precision), pct(t.recall), pct(t.f1)]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const lines = rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const out = [msg.EVAL_TITLE, '', ...lines, '', msg.EVAL_LOOSE(pct(e.loose.precision), pct(e.loose.recall))];
  const mismatchedClaims = new Set(e.mismatched.map((m) => m.claim));
  if (e.mismatched.length) {
    out.push('', msg.EVAL_MISMATCHED(e.mismatched.length));
    for (const m of e.mismatched) out.push(`  ${m.claim.id} (line ${m.claim.line}, "${m.claim.text}"): ${m.fields.join('; ')}`);
  }
  const extra = e.spurious.filter((c) => !mismatchedClaims.has(c));
  if (extra.length) {
    out.push('', msg.EVAL_SPURIOUS(extra.length));
    for (const c of extra) out.push(`  ${c.id} (line ${c.line}, "${c.text}"): ${c.metric}.${c.entity ?? 'unattributed'} ${c.qualifier}`);
  }
  const unmatched = e.missed.filter(
    (f) => !e.mismatched.some((m) => m.claim.source === f.source && m.figure.line === f.line && m.figure.text === f.text && m.figure.metric === f.metric),
  );
  if (unmatched.length) {
    out.push('', msg.EVAL_MISSED(unmatched.length));
    for (const f of unmatched) out.push(`  ${f.source} line ${f.line}, "${f.text}": ${f.metric}.${f.entity ?? 'unattributed'} ${f.qualifier}`);
  }
  return `${out.join('\n')}\n`;
}
