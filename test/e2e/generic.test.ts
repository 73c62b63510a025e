/**
 * One template for any election: the generic templates (test/fixtures/projects/generic/, the
 * shipped ones) build the invented Quelland election with no edit and no warning, its winner's
 * figures where the seed election's were, and build the seed election with the same figures as
 * its own templates that name Amanat by id.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Charts } from '../../pipeline/shared/schema.ts';
import { fixtures, repo, seeds } from '../paths.ts';

const generic = join(fixtures, 'projects', 'generic', 'templates');
const quelland = join(fixtures, 'projects', 'quelland', 'sources');
const work = mkdtempSync(join(tmpdir(), 'briefing-generic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { ...process.env, BRIEFING_FROM_SOURCE: '', CI: 'true' };
function build(sources: string, templates: string, name: string) {
  const out = join(work, name);
  const r = spawnSync(process.execPath, [join(repo, 'pipeline', 'launch.mjs'), 'build', '--goal', 'html', '--sources', sources, '--templates', templates, '--out', out], { cwd: repo, encoding: 'utf8', env, timeout: 180_000 });
  const html = r.status === 0 ? readFileSync(join(out, 'briefing.html'), 'utf8') : '';
  return { r, out, html };
}
/** Each figure the briefing cites, as "id value" in the order they stand (key figures first). */
const cited = (html: string) => [...html.matchAll(/data-figure="([^"]+)"[^>]*><span class="fig-value">([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`);
/** The narrative's text: tags, the figures' pop-ups, citation marks and the single-source mark left out. */
const text = (html: string) =>
  html.replace(/<span class="fig-pop"[\s\S]*?<\/span><\/span><\/span>/g, '').replace(/<sup[\s\S]*?<\/sup>/g, '').replace(/<[^>]+>/g, '').replace(/\u2020/g, '').replace(/[ \t\n]+/g, ' ');

describe('the generic templates', () => {
  it("build another election with no edit and no warning: its leading party's figures where the seed's were", () => {
    const { r, out, html } = build(quelland, generic, 'quelland');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/warning|error/);
    // What this election lacks is left out, and said in the render line.
    expect(r.stdout).toMatch(/render .*optional passage\(s\) left out \(line \d+: unknown figure id "seats_list\.harbour"/);
    expect(r.stdout).toMatch(/charts .*left out: this election has no data for them \(forecast, seats\)/);
    expect(cited(html).slice(0, 3)).toEqual(['vote_share.harbour 41.2\u00a0%', 'seats_total.harbour 54\u00a0seats', 'turnout.national 63.4\u00a0%']);
    const words = text(html);
    expect(words).toContain('The election was held on 4 May 2031. Harbour Party came first with 41.2\u00a0% of the vote and won 54\u00a0seats in the new Assembly. In the previous Assembly it held 48\u00a0seats.');
    expect(words).toContain('The runners-up were Green Dawn with 27.5\u00a0% and Civic Union with 18.1\u00a0%.');
    expect(words).toContain('Turnout was 63.4\u00a0% (58.9\u00a0% at the previous election).');
    expect(html).toContain('<title>Quelland\u2019s Assembly election of 2031</title>');
    expect(html).not.toMatch(/Mazhilis|Kazakhstan|Amanat|Almaty/);
    const charts = Charts.parse(JSON.parse(readFileSync(join(out, 'data', 'charts.json'), 'utf8')));
    expect(charts.map((c) => c.id)).toEqual(['disagreement', 'history', 'seats-total', 'vote-shares']);
    expect(charts.find((c) => c.id === 'history')!.figures).toEqual(['seats_total.harbour', 'seats_total.harbour.2027', 'vote_share.harbour']);
    // Parties the theme gives no colour get one each from the fallback palette.
    const bars = [...charts.find((c) => c.id === 'vote-shares')!.svg.matchAll(/<path d="M0,[^"]*" fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(bars).toHaveLength(4);
    expect(new Set(bars).size).toBe(4);
  }, 240_000);

  it('build a presidential race (candidates, no chamber) with a full vote chart and no warning', () => {
    const { r, out, html } = build(join(fixtures, 'projects', 'ardonia', 'sources'), generic, 'ardonia');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/warning|error/);
    expect(text(html)).toContain('The election was held on 12 September 2032. Mara Vell came first with 48.2\u00a0% of the vote.');
    // The run-off (`election.second_round`) ranks on its own: its winner and runner-up by run-off share.
    expect(text(html)).toContain('In the run-off, Mara Vell won with 53.1\u00a0% of the vote against 46.9\u00a0% for Tomas Okonde.');
    expect(html).toContain('<title>Ardonia\u2019s presidential election of 2032</title>');
    const charts = Charts.parse(JSON.parse(readFileSync(join(out, 'data', 'charts.json'), 'utf8')));
    const bars = [...charts.find((c) => c.id === 'vote-shares')!.svg.matchAll(/<path d="M0,[^"]*" fill="(#[0-9a-f]{6})"/g)];
    expect(bars).toHaveLength(3);
  }, 240_000);

  it('build the seed election with the figures its own templates cite by id', () => {
    const own = build(join(seeds, 'sources'), join(seeds, 'templates'), 'seeds-own');
    const ranked = build(join(seeds, 'sources'), generic, 'seeds-generic');
    expect(own.r.status, own.r.stderr).toBe(0);
    expect(ranked.r.status, ranked.r.stderr).toBe(0);
    expect(ranked.r.stderr).not.toMatch(/warning|error/);
    expect(cited(ranked.html).sort()).toEqual(cited(own.html).sort());
    expect(cited(ranked.html).slice(0, 3)).toEqual(cited(own.html).slice(0, 3));
    expect(text(ranked.html)).toContain('Amanat came first with 53.9\u00a0% of the vote and won 63\u00a0seats in the new Mazhilis: 40\u00a0seats from the party lists and 23\u00a0seats in single-mandate districts, where 29\u00a0seats were at stake. In the previous Mazhilis it held 76\u00a0seats.');
    expect(ranked.html).toContain('<title>Kazakhstan\u2019s Mazhilis election of 2023</title>');
  }, 240_000);
});
