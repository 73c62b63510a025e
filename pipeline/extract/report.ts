/**
 * The analyst's report of the extract stage (`make claims`): every number of the kept text that
 * became no claim, with why (`unclaimedNumbers`), and per source the claims found and those
 * numbers (`formatClaimsReport`). Read by a person tuning the lexicon; no stage reads it.
 */
import type { Claim, Corpus } from '../shared/schema.ts';
import type { Lexicon } from '../shared/lexicon.ts';
import * as msg from '../shared/messages.ts';
import { nearestAlias, suggestedLine } from './names.ts';
import { readSource } from './index.ts';
import { firstAtOrAfter } from './scan.ts';

export interface Unclaimed {
  source: string;
  text: string;
  line: number;
  column: number;
  sentence: string;
  /**
   * Why it is no claim: `no-metric` (no metric's cue words near it), `no-entity` (a metric
   * that needs a party found none), `foreign` (about another country), or what the number
   * is: `year`, `date`, `duration`, `compound`, `money`, `ratio`, `fraction`, `part`.
   */
  kind: string;
}

/** Every number in the kept text that became no claim, for the analyst tuning the lexicon. */
export function unclaimedNumbers(corpus: Corpus, lexicon: Lexicon, claims: Claim[]): Unclaimed[] {
  // Where each claim's number starts, per source, sorted: a number is claimed when one starts inside it.
  const taken = new Map<string, number[]>();
  for (const c of claims) {
    const list = taken.get(c.source) ?? [];
    list.push(c.textSpan[0]);
    taken.set(c.source, list);
  }
  for (const list of taken.values()) list.sort((a, b) => a - b);
  const claimedIn = (starts: number[], start: number, end: number) => {
    const lo = firstAtOrAfter(starts, start);
    return lo < starts.length && starts[lo]! < end;
  };
  const out: Unclaimed[] = [];
  for (const source of corpus.sources) {
    const spans = taken.get(source.meta.id) ?? [];
    const body = source.body;
    let lineNo = source.bodyLine;
    let lineStart = 0;
    let scanned = 0;
    for (const f of readSource(source, lexicon)) {
      const q = f.quantity;
      const start = f.base + q.start;
      const end = f.base + q.end;
      if (claimedIn(spans, start, end)) continue;
      for (let i = body.indexOf('\n', scanned); i !== -1 && i < start; i = body.indexOf('\n', i + 1)) {
        lineNo += 1;
        lineStart = i + 1;
        scanned = i + 1;
      }
      out.push({
        source: source.meta.id,
        text: q.text,
        line: lineNo,
        column: start - lineStart + 1,
        sentence: body.slice(f.sentence.start, f.sentence.end),
        kind: f.reason ?? q.kind,
      });
    }
  }
  return out;
}

function stated(c: Claim): string {
  const n = (x: number | null) => (x == null ? '?' : String(x));
  const v =
    c.bound === 'range'
      ? `${n(c.low)} to ${n(c.high)}`
      : c.bound === 'lower-bound'
        ? `more than ${n(c.low)}`
        : c.bound === 'upper-bound'
          ? `up to ${n(c.high)}`
          : c.bound === 'approximate'
            ? `about ${n(c.value)}`
            : n(c.value);
  return `${v} ${c.unit}`;
}

/**
 * The analyst's report (`make claims`): per source, the claims found and every number in the
 * text that became no claim, with its sentence, so a person tuning the lexicon sees what was
 * missed. Plain text, one block per source in corpus order.
 */
export function formatClaimsReport(corpus: Corpus, claims: Claim[], unclaimed: Unclaimed[], entities: { id: string; aliases: string[] }[] = []): string {
  const out: string[] = [];
  const unknown = new Map<string, string[]>();
  for (const c of claims) {
    if (!c.surface) continue;
    const file = corpus.sources.find((s) => s.meta.id === c.source)?.file ?? c.source;
    unknown.set(c.surface.text, [...(unknown.get(c.surface.text) ?? []), `${file}:${c.surface.line}:${c.surface.column}`]);
  }
  if (unknown.size) {
    out.push(msg.CLAIMS_REPORT_UNKNOWN);
    for (const [name, places] of [...unknown].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      out.push(`  ${JSON.stringify(name)} (${places.join(', ')})`, `    ${suggestedLine(name, nearestAlias(name, entities))}`);
    }
    out.push('');
  }
  for (const source of corpus.sources) {
    const mine = claims.filter((c) => c.source === source.meta.id);
    const missed = unclaimed.filter((u) => u.source === source.meta.id);
    out.push(msg.CLAIMS_REPORT_SOURCE(source.meta.id, source.file, mine.length, missed.length));
    for (const c of mine) {
      out.push(`  ${source.file}:${c.line}:${c.column}  ${JSON.stringify(c.text)}  ${c.metric}.${c.entity ?? 'unattributed'} = ${stated(c)}  (${c.qualifier}${c.election != null ? `, ${c.election}` : ''})${c.confidence?.stage ? `  stage: ${c.confidence.stage}` : ''}`);
    }
    if (missed.length) {
      out.push(`  ${msg.CLAIMS_REPORT_UNCLAIMED}`);
      for (const u of missed) out.push(`  ${source.file}:${u.line}:${u.column}  ${JSON.stringify(u.text)}  [${u.kind}]  ${u.sentence}`);
    }
    out.push('');
  }
  out.push(msg.CLAIMS_REPORT_HINT);
  return `${out.join('\n')}\n`;
}
