/**
 * A new election in one page: the invented example event test/fixtures/projects/quelland/ (its
 * whole lexicon on one page, three invented articles, its own templates) builds a briefing with
 * `make EVENT=…` from this project's code; and `check-event` on a stale copy of it (another
 * election's entity, theme colour, chart spec, `foreign:` entry and label left in) reports each
 * kind at its file, line and column, failing only when the template places the stale chart.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Charts, Claims, Figures } from '../../pipeline/shared/schema.ts';
import * as msg from '../../pipeline/shared/messages.ts';
import { fixtures, repo, seeds } from '../paths.ts';

const EVENT = 'test/fixtures/projects/quelland';
const event = join(fixtures, 'projects', 'quelland');
const work = mkdtempSync(join(tmpdir(), 'briefing-event-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const env = { ...process.env, BRIEFING_FROM_SOURCE: '', CI: 'true' };
const launch = (args: string[]) => spawnSync(process.execPath, [join(repo, 'pipeline', 'launch.mjs'), ...args], { cwd: repo, encoding: 'utf8', env, timeout: 180_000 });
const json = <T>(file: string, schema: { parse(v: unknown): T }): T => schema.parse(JSON.parse(readFileSync(file, 'utf8')));

describe('the example event', () => {
  it('has its whole lexicon on one page (at most 80 lines) and says that it is invented', () => {
    const lexicon = readFileSync(join(event, 'sources', 'lexicon.yaml'), 'utf8');
    expect(lexicon.split('\n').length).toBeLessThanOrEqual(80);
    expect(lexicon).toMatch(/^# INVENTED EXAMPLE/);
    for (const f of ['herald-results.md', 'wire-preliminary.md', 'gazette-analysis.md']) expect(readFileSync(join(event, 'sources', f), 'utf8')).toContain('INVENTED article');
  });

  it('builds with make EVENT=…: its claims, headline figures, charts and HTML come out right', () => {
    const out = join(work, 'quelland');
    const r = spawnSync('make', ['-s', `EVENT=${EVENT}`, `OUT=${out}`, 'html'], { cwd: repo, encoding: 'utf8', env, timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/warning/);
    const claims = json(join(out, 'data', 'claims.json'), Claims);
    const said = (source: string) => claims.filter((c) => c.source === source).map((c) => `${c.metric}.${c.entity}=${c.value}`);
    expect(said('herald-results')).toEqual([
      'vote_share.harbour=41.2', 'vote_share.green-dawn=27.5', 'vote_share.civic-union=18.1', 'vote_share.farmers=6.3',
      'seats_total.harbour=54', 'seats_total.national=120', 'seats_total.green-dawn=35', 'seats_total.civic-union=23',
      'turnout.national=63.4', 'turnout.national=58.9',
    ]);
    // The neighbour under foreign: and the amount in the country's currency are no claims.
    expect(said('wire-preliminary')).not.toContain('vote_share.unknown=12');
    expect(claims.some((c) => c.value === 12 || c.value === 2.4 || c.value === 2_400_000)).toBe(false);
    const figures = new Map(json(join(out, 'data', 'figures.json'), Figures).map((f) => [f.id, f]));
    expect(figures.get('vote_share.harbour')).toMatchObject({ value: 41.2, status: 'rounded', qualifier: 'final' });
    expect(figures.get('seats_total.harbour')).toMatchObject({ value: 54, status: 'agreed' });
    expect(figures.get('turnout.national')).toMatchObject({ value: 63.4, status: 'rounded' });
    expect(figures.get('seats_total.harbour.2027')).toMatchObject({ value: 48, kind: 'historical' });
    expect(json(join(out, 'data', 'charts.json'), Charts).map((c) => c.id)).toEqual(['seats', 'vote-shares']);
    const html = readFileSync(join(out, 'briefing.html'), 'utf8');
    expect(html).toContain('an invented example');
    // The headline figures: each key figure's value as the briefing shows it, with the lexicon's label.
    const shown = [...html.matchAll(/data-figure="([^"]+)"[^>]*><span class="fig-value">([^<]+)</g)].map((m) => `${m[1]} ${m[2]}`);
    expect(shown.slice(0, 3)).toEqual(['vote_share.harbour 41.2\u00a0%', 'seats_total.harbour 54\u00a0seats', 'turnout.national 63.4\u00a0%']);
    expect(html).toContain('Seats in the Assembly, Harbour Party');
    expect(html).not.toMatch(/Mazhilis|Kazakhstan/);
  }, 240_000);
});

describe('check-event', () => {
  // A copy of the example with another election's data left in: one of each kind.
  const stale = join(work, 'stale');
  cpSync(join(event, 'sources'), join(stale, 'sources'), { recursive: true });
  cpSync(join(event, 'templates'), join(stale, 'templates'), { recursive: true });
  const lexicon = join(stale, 'sources', 'lexicon.yaml');
  writeFileSync(
    lexicon,
    readFileSync(lexicon, 'utf8')
      .replace('entities:\n', 'entities:\n  - {id: old-party, name: Old Party, kind: party, aliases: [Old Party]}\n')
      .replace('foreign: [[Norvania, Norvanian]]', 'foreign: [[Norvania, Norvanian], Quelland]')
      .replace('  vote_share: Vote share', '  vote_share: Vote share\n  turnout: Turnout for the Grand Senate'),
  );
  const theme = join(stale, 'templates', 'charts', 'theme.json');
  writeFileSync(theme, readFileSync(theme, 'utf8').replace('"harbour": "#1f5fa8",', '"harbour": "#1f5fa8",\n    "ak-zhol": "#111111",'));
  // The forecast chart of the seeds: no figure of this event matches it, and the template does not place it.
  cpSync(join(seeds, 'templates', 'charts', 'forecast.vl.json'), join(stale, 'templates', 'charts', 'forecast.vl.json'));

  const check = () => {
    const built = launch(['build', '--goal', 'reconcile', '--root', stale, '--quiet']);
    expect(built.status, built.stderr).toBe(0);
    return launch(['check-event', '--root', stale]);
  };

  it('reports each kind of stale data at its file, line and column, as warnings', () => {
    const r = check();
    expect(r.status, r.stderr).toBe(0);
    const found = r.stderr.split('\n').filter((l) => !l.startsWith('  '));
    expect(found).toEqual([
      'sources/lexicon.yaml:9:5: warning: entity "old-party" is mentioned by no source (none of "Old Party" stands in an article) [event-entity-unused]',
      'sources/lexicon.yaml:44:34: warning: "foreign:" lists "Quelland", a name of this election\'s own country (Quelland) [event-foreign-own]',
      'sources/lexicon.yaml:51:12: warning: the label of "turnout", "Turnout for the Grand Senate", names "Grand Senate", which is not this election\'s chamber ("Assembly") [event-label-chamber]',
      'templates/charts/forecast.vl.json:9:13: warning: chart "forecast": no figure matches "*.*.forecast" [event-chart-no-match]',
      'templates/charts/theme.json:4:5: warning: the theme gives a colour to "ak-zhol", which is no entity of the lexicon and no series of a chart [event-theme-unknown]',
      '',
    ]);
    expect(r.stderr).toContain(msg.EVENT_CHART_NO_MATCH_UNPLACED_HINT);
    expect(r.stdout).toContain('check-event: 0 errors, 5 warnings');
    // The build goes on: a chart the template does not place is not built, whatever its spec holds.
    const built = launch(['build', '--goal', 'data', '--root', stale]);
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toContain('2 charts, 1 not placed in the template (forecast) and not built');
    expect(json(join(stale, 'output', 'data', 'charts.json'), Charts).map((c) => c.id)).toEqual(['seats', 'vote-shares']);
  }, 240_000);

  it('fails when the template places the chart that matches no figure: the build would stop on it', () => {
    const template = join(stale, 'templates', 'briefing.md');
    writeFileSync(template, readFileSync(template, 'utf8').replace('::chart[Seats by party]{#seats}', '::chart[Seats by party]{#seats}\n\n::chart[Forecast]{#forecast}'));
    const r = check();
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('templates/charts/forecast.vl.json:9:13: error: chart "forecast": no figure matches "*.*.forecast" [event-chart-no-match]');
    expect(r.stderr).toContain(msg.EVENT_CHART_NO_MATCH_PLACED_HINT);
    expect(r.stderr).toContain(`check-event: error: ${msg.EVENT_FAILED(1)} [check-event]`);
  }, 240_000);
});
