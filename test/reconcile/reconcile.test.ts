/**
 * Reconcile fixtures: test/fixtures/reconcile/<case>/input.json → output.json.
 *
 * input.json: { about, sources: [{ id, outlet?, title?, published?, tier? }], policy?: {…},
 * claims: [{ id: "<source>:c<n>", metric, entity, value, … }] }. A claim states only what the
 * case is about; the rest takes the defaults below (exact, %, election 2023, unspecified).
 * `policy` overrides sources/policy.yaml's defaults. output.json is { figures, checks }.
 * The lexicon of every case is test/fixtures/reconcile/lexicon.yaml.
 *
 * Every case also runs with its claims and sources in reverse order and must give the same
 * bytes. Run with UPDATE_FIXTURES=1 to write missing or changed expected files, then review
 * the diff.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLexicon } from '../../pipeline/shared/lexicon.ts';
import { DEFAULT_POLICY, Policy } from '../../pipeline/reconcile/policy.ts';
import {
  benchReconcile,
  claimInterval,
  roundNumberPrecision,
  decimalsOf,
  formatStated,
  isTruncation,
  overlaps,
  reconcile,
  reconcileSummary,
  scaleClaims,
} from '../../pipeline/reconcile/index.ts';
import { Checks, Figures, type Check, type Claim, type Corpus, type Figure } from '../../pipeline/shared/schema.ts';
import { inRegister } from '../../pipeline/reconcile/index.ts';
import { fixtures } from '../paths.ts';
import { makeClaim, makeCorpus, type CaseInput } from '../fixtures/reconcile/cases.ts';

const dir = join(fixtures, 'reconcile');
const update = process.env.UPDATE_FIXTURES === '1';
const lexicon = parseLexicon('test/fixtures/reconcile/lexicon.yaml', readFileSync(join(dir, 'lexicon.yaml'), 'utf8'));

function readCase(name: string): { input: CaseInput; claims: Claim[]; corpus: Corpus; policy: Policy } {
  const input = JSON.parse(readFileSync(join(dir, name, 'input.json'), 'utf8')) as CaseInput;
  return {
    input,
    claims: input.claims.map(makeClaim),
    corpus: makeCorpus(input.sources),
    policy: Policy.parse({ ...DEFAULT_POLICY, ...(input.policy as object) }),
  };
}

function run(name: string, reverse = false): string {
  const { claims, corpus, policy } = readCase(name);
  const c = reverse ? [...claims].reverse() : claims;
  const k = reverse ? { sources: [...corpus.sources].reverse() } : corpus;
  return `${JSON.stringify(reconcile(c, k, lexicon, policy), null, 2)}\n`;
}

function expectFile(path: string, actual: string) {
  if (update && (!existsSync(path) || readFileSync(path, 'utf8') !== actual)) writeFileSync(path, actual);
  expect(existsSync(path), `${path} is missing: run with UPDATE_FIXTURES=1`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

// A case is a folder with an input.json (curve/ holds the sources-added curve's event instead).
const cases = readdirSync(dir)
  .filter((n) => !n.includes('.') && existsSync(join(dir, n, 'input.json')))
  .sort();

type Out = { figures: Figure[]; checks: Check[] };
const outputOf = (name: string): Out => JSON.parse(readFileSync(join(dir, name, 'output.json'), 'utf8')) as Out;
const fig = (out: Out, id: string) => {
  const f = out.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const check = (out: Out, id: string) => {
  const c = out.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};

describe('reconcile fixtures', () => {
  for (const name of cases) {
    it(name, () => {
      const out = run(name);
      const parsed = JSON.parse(out) as Out;
      Figures.parse(parsed.figures);
      Checks.parse(parsed.checks);
      expectFile(join(dir, name, 'output.json'), out);
    });
    it(`${name}: same result with sources and claims in reverse order`, () => {
      expect(run(name, true)).toBe(run(name));
    });
  }
});

describe('what the fixtures show', () => {
  it('precision as an interval: "54" agrees with 54.19 and the more precise value is used; "53" does not', () => {
    const f = fig(outputOf('precision-rounded'), 'turnout.national');
    expect([f.status, f.value, f.dissent.length]).toEqual(['rounded', 54.19, 0]);
    const g = fig(outputOf('conflict-no-rule'), 'turnout.national');
    expect([g.status, g.value]).toEqual(['conflict', null]);
    expect(g.dissent.map((d) => d.value).sort()).toEqual([53, 54.19]);
  });

  it('truncation is not rounding: "8.5" against 8.59 is a truncation, "8.6" against 8.59 agrees', () => {
    const out = outputOf('truncation-vs-rounding');
    const r = fig(out, 'vote_share.respublica');
    expect([r.status, r.value]).toEqual(['resolved', 8.59]);
    expect(r.dissent.map((d) => [d.value, d.kind])).toEqual([[8.5, 'truncation']]);
    const a = fig(out, 'vote_share.ak-zhol');
    expect([a.status, a.value, a.dissent]).toEqual(['rounded', 8.41, []]);
    const final = fig(outputOf('truncation-final-vs-preliminary'), 'vote_share.respublica');
    expect([final.status, final.value, final.dissent.map((d) => [d.value, d.kind])]).toEqual(['resolved', 8.59, [[8.5, 'truncation']]]);
    const noRule = fig(outputOf('truncation-without-precision-rule'), 'vote_share.respublica');
    // Without the precision rule the final 8.5 supersedes the preliminary 8.59: a stage of its own, no dissent.
    expect([noRule.status, noRule.value, noRule.dissent.map((d) => [d.value, d.kind])]).toEqual(['resolved', 8.5, []]);
    expect(fig(outputOf('truncation-without-precision-rule'), 'vote_share.respublica.preliminary').value).toBe(8.59);
    const agree = fig(outputOf('truncation-agree-policy'), 'vote_share.respublica');
    expect([agree.status, agree.value]).toEqual(['rounded', 8.59]);
  });

  it('stages: the final count supersedes the preliminary one (a stage figure, no dissent); an unstated stage competes on evidence; a range agrees with a value inside it', () => {
    const out = outputOf('status-order');
    const f = fig(out, 'seats_single_mandate.amanat');
    expect([f.status, f.value, f.qualifier]).toEqual(['resolved', 23, 'final']);
    expect(f.dissent.map((d) => [d.value, d.kind])).toEqual([[21, 'different-value']]);
    expect(f.rule).toContain('A later stage supersedes the preliminary count (22 seats');
    expect([fig(out, 'seats_single_mandate.amanat.preliminary').value, fig(out, 'seats_single_mandate.amanat.final').value]).toEqual([22, 23]);
    const via = fig(outputOf('status-via-rounding'), 'turnout.national');
    expect([via.status, via.value, via.qualifier, via.claims]).toEqual(['resolved', 54.19, 'preliminary', ['a:c1', 'b:c1']]);
    expect(via.rule).toContain('weighs 2.5: 1.25 (Outlet A: labelled preliminary) + 1.25 (Outlet B: labelled final) against 1');
    const est = fig(outputOf('result-over-estimate-policy'), 'turnout.almaty');
    expect([est.status, est.value, est.dissent.map((d) => d.kind)]).toEqual(['resolved', 25, ['not-a-result']]);
    const t = fig(outputOf('range-agrees'), 'seats_total.amanat');
    expect([t.status, t.value, t.qualifier]).toEqual(['rounded', 63, 'final']);
    const o = fig(outputOf('range-agrees'), 'seats_total.auyl');
    expect(o.dissent.map((d) => d.kind)).toEqual(['outside-range']);
  });

  it('consensus: agreeing sources outrank a lone value; an article that contradicts itself counts once and is reported', () => {
    const out = outputOf('consensus-self-contradiction');
    const f = fig(out, 'turnout.national');
    expect([f.status, f.value]).toEqual(['resolved', 10]);
    expect(f.rule).toContain('weighs 2.5: 1 (Outlet A) + 1 (Outlet B) + 0.5 (Outlet C: an article stating several values counts an equal share for each)');
    const c = check(out, 'self-contradiction.turnout.national.c');
    expect(c.status).toBe('fails');
    expect(f.checks).toContain(c.id);
    const repeated = fig(outputOf('consensus-repeated-claims'), 'turnout.national');
    expect([repeated.status, repeated.value]).toEqual(['resolved', 10]);
    const outlet = fig(outputOf('consensus-same-outlet'), 'turnout.national');
    expect(outlet.status).toBe('conflict');
  });

  it('source order: later date, then tier before date; an unknown date never wins; undecided policy leaves a conflict', () => {
    expect(fig(outputOf('source-order-date'), 'turnout.national').value).toBe(12);
    expect(fig(outputOf('source-order-tier'), 'turnout.national').value).toBe(10);
    const undated = fig(outputOf('source-order-undated'), 'turnout.national');
    expect([undated.status, undated.value]).toEqual(['resolved', 10]);
    expect(fig(outputOf('source-order-undecided-policy'), 'turnout.national').status).toBe('conflict');
  });

  it('a changed source changes the figure', () => {
    const before = fig(outputOf('changed-source-before'), 'seats_single_mandate.amanat');
    const after = fig(outputOf('changed-source-after'), 'seats_single_mandate.amanat');
    expect(before.value).toBe(23);
    expect(after.value).toBe(24);
    expect(after.dissent).toEqual([]);
    expect(fig(outputOf('changed-source-after'), 'seats_single_mandate.amanat.preliminary').value).toBe(22);
  });

  it('forecasts, estimates, rules and earlier elections are figures of their own', () => {
    const ids = outputOf('kinds').figures.map((f) => f.id);
    expect(ids).toEqual([
      'threshold.national.2021',
      'threshold.national.rule',
      'turnout.almaty',
      'turnout.almaty.estimate',
      'turnout.national',
      'turnout.national.2021',
      'turnout.national.forecast',
      'vote_share.amanat',
      'vote_share.amanat.2021',
      'vote_share.amanat.forecast',
    ]);
  });

  it('the five seed articles: the contested figures, their statuses and dissent, and the allocation check', () => {
    const out = outputOf('five-sources');
    const summary = (id: string) => {
      const f = fig(out, id);
      return [f.status, f.value ?? [f.low, f.high], f.dissent.map((d) => [d.value ?? [d.low, d.high], d.kind])];
    };
    expect(summary('turnout.national')).toEqual(['resolved', 54.19, [[53, 'different-value']]]);
    expect(check(out, 'self-contradiction.turnout.national.timesca').status).toBe('fails');
    expect(summary('seats_single_mandate.amanat')).toEqual(['resolved', 23, []]);
    expect(summary('seats_single_mandate.amanat.preliminary')).toEqual(['single', 22, []]);
    expect(summary('seats_total.amanat')).toEqual(['rounded', 63, []]);
    expect(fig(out, 'seats_total.amanat').rule).toContain('"62-64" means 62 to 64 seats');
    expect(summary('seats_single_mandate.self-nominated')).toEqual(['resolved', 6, []]);
    expect(summary('seats_single_mandate.self-nominated.preliminary')).toEqual(['single', 7, []]);
    expect(summary('vote_share.respublica')).toEqual(['resolved', 8.59, [[8.5, 'truncation']]]);
    expect(fig(out, 'seats_list.amanat.derived').value).toBe(fig(out, 'seats_list.amanat').value);
    expect(check(out, 'seat-allocation.amanat').status).toBe('ok');
    expect(out.checks.filter((c) => c.status === 'fails').map((c) => c.id)).toEqual(['self-contradiction.turnout.national.timesca']);
  });

  it("this election is the lexicon's election year, whatever most claims name", () => {
    expect(outputOf('election-from-lexicon').figures.map((f) => f.id)).toEqual(['vote_share.ak-zhol.2021', 'vote_share.amanat', 'vote_share.amanat.2021']);
  });

  it('single and agreed', () => {
    const out = outputOf('single-and-agreed');
    expect(fig(out, 'vote_share.auyl').status).toBe('single');
    expect(fig(out, 'vote_share.amanat').status).toBe('agreed');
  });
});

describe('reading numbers', () => {
  it('intervals are half-open: 54 is [53.5, 54.5)', () => {
    const i = claimInterval({ value: 54, low: null, high: null, bound: 'exact', precision: 0.5 });
    expect(i).toEqual({ lo: 53.5, hi: 54.5 });
    expect(overlaps(i, claimInterval({ value: 54.19, low: null, high: null, bound: 'exact', precision: 0.005 }))).toBe(true);
    expect(overlaps(i, claimInterval({ value: 53, low: null, high: null, bound: 'exact', precision: 0.5 }))).toBe(false);
    expect(overlaps(i, claimInterval({ value: 54.5, low: null, high: null, bound: 'exact', precision: 0 }))).toBe(false);
    expect(overlaps(i, claimInterval({ value: 54.5, low: null, high: null, bound: 'exact', precision: 0.05 }))).toBe(true);
  });

  it('reads an approximate round number to its last significant digit, keeping two', () => {
    const about = (value: number) => claimInterval({ value, low: null, high: null, bound: 'approximate', precision: 0.5 });
    const exact = (value: number) => claimInterval({ value, low: null, high: null, bound: 'exact', precision: 0.5 });
    // "About 1,300 people registered" and "1,312 people registered"
    expect(overlaps(about(1300), exact(1312))).toBe(true);
    expect(overlaps(about(1300), exact(1360))).toBe(false);
    // "nearly 8,000 polling stations" and "7,964 polling stations"
    expect(overlaps(about(8000), exact(7964))).toBe(true);
    // "about 40 per cent" keeps the precision it is written with
    expect(overlaps(about(40), exact(43))).toBe(false);
    // an exact "1,300" is read as written
    expect(overlaps(exact(1300), exact(1312))).toBe(false);
    expect(roundNumberPrecision(1_250_000)).toBe(5000);
    expect(roundNumberPrecision(25_000)).toBe(500);
    expect(roundNumberPrecision(1312)).toBe(0);
  });

  it('truncation and decimals', () => {
    expect(decimalsOf(0.005)).toBe(2);
    expect(isTruncation(8.59, 0.005, 8.5, 0.05)).toBe(true);
    expect(isTruncation(8.59, 0.005, 8.6, 0.05)).toBe(false);
    expect(isTruncation(8.41, 0.005, 8.4, 0.05)).toBe(false);
  });

  it('states values as readers write them', () => {
    const base = { value: null, low: null, high: null, precision: 0.5, unit: 'seats' } as const;
    expect(formatStated({ ...base, bound: 'range', low: 62, high: 64 })).toBe('62 to 64 seats');
    expect(formatStated({ ...base, bound: 'approximate', value: 6_300_000, precision: 50_000, unit: 'people' })).toBe('about 6.3 million people');
    expect(formatStated({ ...base, bound: 'lower-bound', low: 60, unit: '%' })).toBe('more than 60 %');
  });
});

describe('reader texts', () => {
  it('use none of the characters the embedded font lacks', () => {
    for (const name of cases) {
      const out = run(name);
      expect(out, name).not.toMatch(/[→≤≥≈]/);
    }
  });
});

describe('benchmark support', () => {
  it('scales a corpus to many articles, with the figures unchanged in number', () => {
    const { claims, corpus, policy } = readCase('status-order');
    const big = scaleClaims(claims, corpus, 10);
    expect(big.corpus.sources.length).toBe(corpus.sources.length * 10);
    expect(new Set(big.claims.map((c) => c.id)).size).toBe(claims.length * 10);
    const r = benchReconcile(claims, corpus, lexicon, policy, 30);
    expect(r.articles).toBeGreaterThanOrEqual(30);
    expect(r.figures).toBe(reconcile(claims, corpus, lexicon, policy).figures.length);
  });
});

describe('progress line', () => {
  it('counts figures, resolved and contested ones, and names each failing check in the briefing\'s words', () => {
    const { claims, corpus, policy } = readCase('consensus-self-contradiction');
    const result = reconcile(claims, corpus, lexicon, policy);
    const failing = result.checks.filter((c) => c.status === 'fails');
    expect(failing.length).toBe(1);
    const head = '1 figure reconciled, sources disagree on 1 (1 resolved by a rule, 0 in conflict)';
    expect(reconcileSummary(result)).toBe(`${head}, 1 check (1 fails: "${failing[0]!.title}" fails [${failing[0]!.id}])`);
    expect(reconcileSummary(result)).toMatch(/gives different values for/);
    expect(reconcileSummary({ ...result, checks: [] })).toBe(`${head}, 0 checks (none fails)`);
    const many = Array.from({ length: 5 }, (_, i) => ({ ...failing[0]!, id: `c${i}`, title: `check ${i}` }));
    expect(reconcileSummary({ ...result, checks: many })).toBe(
      `${head}, 5 checks (5 fail: "check 0" fails [c0]; "check 1" fails [c1]; "check 2" fails [c2]; and 2 more, listed under "Cross-checks" in the briefing)`,
    );
  });
});

describe('the terminal summary counts what the briefing counts', () => {
  it('"sources disagree on N" is the number of figures the register lists, for every fixture case', () => {
    for (const name of cases) {
      const { claims, corpus, policy } = readCase(name);
      const r = reconcile(claims, corpus, lexicon, policy);
      const said = /sources disagree on (\d+)/.exec(reconcileSummary(r))?.[1];
      expect(Number(said), name).toBe(r.figures.filter(inRegister).length);
    }
  });
});
