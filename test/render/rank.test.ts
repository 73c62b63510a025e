/**
 * Ranks, optional passages and the election's words in the template (README "A new election"):
 * `:fig[vote_share.@1]`, `:name[@1]`, `::keyfigures[… seats_total.@1 …]`, `:optional[…]`,
 * `:::optional`, `:election[chamber]`, and in the front matter. A rank that does not exist stops
 * the build at its file, line and column; a tie is a warning there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { render, renderFragment, type RenderInput } from '../../pipeline/render/index.ts';
import { PipelineError, format } from '../../pipeline/shared/errors.ts';
import * as msg from '../../pipeline/shared/messages.ts';
import { fixtures } from '../paths.ts';

const data = JSON.parse(readFileSync(join(fixtures, 'render', 'data.json'), 'utf8'));

/** The render fixture's data with a second and third party: Auyl 10.9 %, Baytaq (tied with Auyl when `tie`). */
function input(text: string, tie = false): RenderInput {
  const d = structuredClone(data);
  const amanat = d.figures.find((f: { id: string }) => f.id === 'vote_share.amanat');
  d.figures.push({ ...amanat, id: 'vote_share.auyl', entity: 'auyl', value: 10.9 }, { ...amanat, id: 'vote_share.baytaq', entity: 'baytaq', value: tie ? 10.9 : 2.3 });
  d.lexicon.entities.push({ ...d.lexicon.entities[0], id: 'auyl', name: 'Auyl', aliases: ['Auyl'] }, { ...d.lexicon.entities[0], id: 'baytaq', name: 'Baytaq', aliases: ['Baytaq'] });
  d.lexicon.election = { year: 2023, previous: 2021, earlier: [2021], chamber: ['Mazhilis'], seats: null };
  d.lexicon.country = 'Kazakhstan';
  return {
    ...d,
    template: { file: 'templates/briefing.md', text },
    layout: { file: 'templates/layout.html', text: '<!doctype html><html><head><title>x</title></head><body><main><slot name="content"></slot></main></body></html>' },
    style: 'body{}',
  };
}
const front = '---\ntitle: T\n---\n\n';
const error = (text: string): string => {
  try {
    renderFragment(input(text));
  } catch (e) {
    if (e instanceof PipelineError) return e.diagnostics.map(format).join('\n');
    throw e;
  }
  throw new Error('expected a PipelineError');
};
const shown = (html: string) => [...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]);
const text = (html: string) => html.replace(/<span class="fig-pop"[\s\S]*?<\/span><\/span><\/span>/g, '').replace(/<[^>]+>/g, '');

describe('references by rank in the template', () => {
  it('writes the figure and name a rank stands for, as the same reference by id would', () => {
    const { html, warnings } = renderFragment(input(`${front}:name[@1] won :fig[vote_share.@1]; :name[@2~vote_share] came second with :fig[vote_share.@2].\n\n::keyfigures[vote_share.@1 turnout.national]\n`));
    expect(warnings).toEqual([]);
    expect(shown(html)).toEqual(['vote_share.amanat', 'vote_share.auyl', 'vote_share.amanat', 'turnout.national']);
    expect(html).toContain('<span class="entity">Amanat</span> won');
    expect(html).toContain('<span class="entity">Auyl</span> came second');
    const byId = renderFragment(input(`${front}:fig[vote_share.amanat]\n`)).html;
    expect(renderFragment(input(`${front}:fig[vote_share.@1]\n`)).html).toBe(byId);
  });

  it('stops at the rank that does not exist, at its line and column, with who is ranked', () => {
    expect(error(`${front}Third: :fig[vote_share.@4].\n`)).toBe(
      `templates/briefing.md:5:8: error: ${msg.RANK_MISSING('vote_share.@4', 4, 'vote_share', 3)} [rank-missing]\n  ${msg.RANK_MISSING_HINT('vote_share', ['amanat', 'auyl', 'baytaq'])}`,
    );
    expect(error(`${front}::keyfigures[turnout.national vote_share.@9]\n`)).toMatch(/^templates\/briefing\.md:5:31: error: "vote_share\.@9" names rank 9 by vote_share, but only 3 entities have/);
    expect(error(`${front}:name[@4~vote_share]\n`)).toMatch(/^templates\/briefing\.md:5:1: error: "@4~vote_share" names rank 4 .* \[rank-missing\]/);
    expect(error(`${front}:fig[vote_share.@1-2]\n`)).toContain(`error: ${msg.RANK_RANGE_HERE('vote_share.@1-2')} [malformed-rank]`);
  });

  it('warns where a tied rank is named, and names the entity listed first in the lexicon', () => {
    const { html, warnings } = renderFragment(input(`${front}Second: :name[@2~vote_share].\n`, true));
    expect(html).toContain('Auyl');
    expect(warnings.map(format)).toEqual([`templates/briefing.md:5:9: warning: ${msg.RANK_TIE('@2~vote_share', 2, 'vote_share', 'auyl', ['baytaq'])} [rank-tie]\n  ${msg.RANK_TIE_HINT}`]);
  });
});

describe('optional passages', () => {
  it('keeps a passage whose every figure, rank and entity exists, and leaves out one that names anything missing', () => {
    const t = `${front}Turnout was :fig[turnout.national]:optional[ (:fig[turnout.national.@previous] before)].:optional[ Fourth was :name[@4~vote_share].] :optional[Third: :name[@3~vote_share].]\n\n:::optional\nIn :name[almaty] it was :fig[turnout.almaty].\n:::\n\n:::optional\n:name[auyl] won :fig[vote_share.auyl].\n:::\n\n:optional[:fig[turnout.almaty]]\n`;
    const { html, warnings, leftOut } = renderFragment(input(t));
    expect(warnings).toEqual([]);
    expect(text(html)).toBe('Turnout was 54.19\u00a0%[1]. Third: Baytaq.\nAuyl won 10.9\u00a0%[1]\u2020.\n');
    expect(leftOut).toEqual([
      msg.OPTIONAL_LEFT_OUT(5, 'unknown figure id "turnout.national.2021"'),
      msg.OPTIONAL_LEFT_OUT(5, msg.RANK_MISSING('@4~vote_share', 4, 'vote_share', 3)),
      msg.OPTIONAL_LEFT_OUT(7, 'unknown entity id "almaty"'),
      msg.OPTIONAL_LEFT_OUT(15, 'unknown figure id "turnout.almaty"'),
    ]);
    // The paragraph whose only passage was left out is no empty <p>.
    expect(html).not.toMatch(/<p>\s*<\/p>/);
  });

  it('drops a heading whose section the passages left out emptied, and keeps one with content or a subsection with content', () => {
    const t = `${front}## Seats\n\n:::optional\nIn :name[almaty] it was :fig[turnout.almaty].\n:::\n\n## Turnout\n\n### In the cities\n\n:::optional\n:fig[turnout.almaty]\n:::\n\n### Nationally\n\nIt was :fig[turnout.national].\n\n## Parties\n\n### Newcomers\n\n:optional[:name[baytaq] entered: :fig[vote_share.baytaq.round-2].]\n`;
    const { html } = renderFragment(input(t));
    expect([...html.matchAll(/<h([1-6])[^>]*>([^<]*)</g)].map((m) => `h${m[1]} ${m[2]}`)).toEqual(['h2 Turnout', 'h3 Nationally']);
  });

  it('shows an otherwise passage only where the optional passage right before it was left out', () => {
    // Words: the vote sentence exists, so its otherwise is not shown; the fourth party does not, so its otherwise is.
    const t = `${front}:optional[:name[@1~vote_share] came first.] :otherwise[Nobody came first.] :optional[Fourth: :name[@4~vote_share].]:otherwise[ Only three.]\n\n:::optional\nIn :name[almaty] it was :fig[turnout.almaty].\n:::\n\n:::otherwise\nNationally it was :fig[turnout.national].\n:::\n`;
    const { html, leftOut } = renderFragment(input(t));
    expect(text(html)).toBe('Amanat came first.   Only three.\nNationally it was 54.19\u00a0%[1].\n');
    expect(leftOut).toEqual([msg.OPTIONAL_LEFT_OUT(5, msg.RANK_MISSING('@4~vote_share', 4, 'vote_share', 3)), msg.OPTIONAL_LEFT_OUT(7, 'unknown entity id "almaty"')]);
    // An otherwise that names what is missing is left out too; one with no optional before it stops the build there.
    expect(text(renderFragment(input(`${front}:optional[:name[almaty].]:otherwise[:fig[turnout.almaty].] End.\n`)).html)).toBe(' End.\n');
    expect(error(`${front}Text. :otherwise[Other.]\n`)).toBe(`templates/briefing.md:5:7: error: ${msg.OTHERWISE_WITHOUT_OPTIONAL(':otherwise')} [malformed-directive]\n  ${msg.OTHERWISE_WITHOUT_OPTIONAL_HINT}`);
    expect(error(`${front}:optional[:name[almaty].] Text. :otherwise[Other.]\n`)).toContain('[malformed-directive]');
  });

  it('still stops on a malformed rank or an unknown directive inside one', () => {
    expect(error(`${front}:optional[:fig[vote_share.@x]]\n`)).toContain(`error: ${msg.RANK_MALFORMED('@x')} [malformed-rank]`);
    expect(error(`${front}:::optinal\nText.\n:::\n`)).toContain('Did you mean "optional"?');
  });
});

describe("the election's words", () => {
  it('writes the country, chamber, year and previous year from the lexicon, in the text and the front matter', () => {
    const t = `---\ntitle: ":election[country]'s :election[chamber] election of :election[year]"\nkeywords: [":election[chamber]", ":name[@1]"]\n---\n\nThe previous :election[chamber] was elected in :election[previous].\n`;
    const { html, meta, warnings } = render(input(t));
    expect(warnings).toEqual([]);
    expect(meta.title).toBe('Kazakhstan\u2019s Mazhilis election of 2023');
    expect(meta.keywords).toEqual(['Mazhilis', 'Amanat']);
    expect(html).toContain('The previous <span class="election">Mazhilis</span> was elected in <span class="election">2021</span>.');
  });

  it('writes what the election is called: the lexicon\'s kind, else a chamber\'s election, a general one with candidates too, a presidential one with candidates alone', () => {
    const t = `---\ntitle: ":election[country]'s :election[kind] of :election[year]"\n---\n\nText.\n`;
    const d = input(t);
    expect(render(d).meta.title).toBe('Kazakhstan\u2019s Mazhilis election of 2023');
    const own = { ...d, lexicon: { ...d.lexicon, election: { ...d.lexicon.election!, chamber: ['Assembly of Kazakhstan'] } } };
    expect(render(own).meta.title).toBe('Kazakhstan\u2019s parliamentary election of 2023');
    const ames = { id: 'ames', name: 'Ann Ames', kind: 'candidate' as const, aliases: ['Ann Ames'] };
    d.lexicon = { ...d.lexicon, entities: [...d.lexicon.entities, ames] };
    expect(render(d).meta.title).toBe('Kazakhstan\u2019s general election of 2023');
    d.lexicon = { ...d.lexicon, election: { ...d.lexicon.election!, chamber: [] } };
    expect(render(d).meta.title).toBe('Kazakhstan\u2019s presidential election of 2023');
    d.lexicon = { ...d.lexicon, entities: d.lexicon.entities.filter((e: { kind: string }) => e.kind !== 'candidate') };
    expect(render(d).meta.title).toBe('Kazakhstan\u2019s election of 2023');
    d.lexicon = { ...d.lexicon, entities: [...d.lexicon.entities, ames] };
    d.lexicon = { ...d.lexicon, election: { ...d.lexicon.election!, kind: 'harmonised election' } };
    expect(render(d).meta.title).toBe('Kazakhstan\u2019s harmonised election of 2023');
  });

  it("writes a name's possessive in the front matter with a bare apostrophe after a final s", () => {
    const d = input(`---\ntitle: ":election[country]'s :election[chamber] election of :election[year]"\nsubject: ":name[@1]'s win"\n---\n\nText.\n`);
    d.lexicon = { ...d.lexicon, country: 'Maldives' };
    expect(render(d).meta.title).toBe('Maldives\u2019 Mazhilis election of 2023');
    expect(render(d).meta.subject).toBe('Amanat\u2019s win');
  });

  it('writes election day as a reader does, in any time zone of the machine', () => {
    const d = input(`${front}Voters went to the polls on :election[date].\n`);
    d.lexicon = { ...d.lexicon, election: { ...d.lexicon.election!, date: '2023-03-01' } };
    expect(render(d).html).toContain('on <span class="election">1 March 2023</span>.');
    d.lexicon = { ...d.lexicon, election: { ...d.lexicon.election!, date: null } };
    expect(() => renderFragment(d)).toThrow(msg.ELECTION_WORD_MISSING('date'));
  });

  it("writes the country's first name when the lexicon gives several", () => {
    const d = input(`${front}Voters in :election[country] went to the polls.\n`);
    d.lexicon = { ...d.lexicon, country: ['Norland', 'Republic of Norland'] };
    expect(render(d).html).toContain('Voters in <span class="election">Norland</span> went');
  });

  it('writes days of voting as one range', () => {
    const d = input(`${front}Voters went to the polls on :election[date].\n`);
    d.lexicon = { ...d.lexicon, election: { ...d.lexicon.election!, date: '2023-03-15', last_day: '2023-03-17' } };
    expect(render(d).html).toContain('on <span class="election">15–17 March 2023</span>.');
    d.lexicon = { ...d.lexicon, election: { ...d.lexicon.election!, date: '2023-02-28', last_day: '2023-03-01' } };
    expect(render(d).html).toContain('on <span class="election">28 February – 1 March 2023</span>.');
  });

  it('stops at a word the lexicon does not give, or does not know', () => {
    const d = input(`${front}The :election[chamber].\n`);
    d.lexicon = { ...d.lexicon, election: { ...d.lexicon.election!, chamber: [] } };
    expect(() => renderFragment(d)).toThrow(msg.ELECTION_WORD_MISSING('chamber'));
    expect(error(`${front}:election[president]\n`)).toContain(msg.UNKNOWN_ELECTION_WORD('president'));
    expect(error(`---\ntitle: ":name[@7]"\n---\n\nText.\n`)).toMatch(/^templates\/briefing\.md:2:9: error: "@7" names rank 7/);
  });
});

describe('the generic template (test/fixtures/projects/generic) on an election with one party and no seats', () => {
  it('leaves out the seat key figure, the seat sentences, the runners-up and the charts without data, and says so', () => {
    const template = readFileSync(join(fixtures, 'projects', 'generic', 'templates', 'briefing.md'), 'utf8');
    const d = input(template);
    // One candidate, a vote share and turnout: no seats, no runners-up.
    d.figures = d.figures.filter((f) => f.id === 'vote_share.amanat' || f.id === 'turnout.national');
    d.lexicon = { ...d.lexicon, entities: d.lexicon.entities.filter((e) => e.id !== 'auyl' && e.id !== 'baytaq'), election: { ...d.lexicon.election!, chamber: [], previous: null } };
    const tiny = d.charts[0]!;
    d.charts = [{ ...tiny, id: 'vote-shares' }];
    d.inputs = [...d.inputs, ...['disagreement', 'forecast', 'history', 'seats', 'seats-total'].map((c) => ({ path: `templates/charts/${c}.vl.json`, sha256: 'aa' }))];
    const { html, warnings, leftOut } = renderFragment(d);
    expect(render(d).meta).toMatchObject({ title: 'Kazakhstan\u2019s election of 2023', keywords: ['Kazakhstan', 'election', 'Amanat', 'turnout'] });
    expect(warnings.filter((w) => w.ruleId !== 'typed-number')).toEqual([]);
    expect(shown(html).slice(0, 3)).toEqual(['vote_share.amanat', 'turnout.national', 'vote_share.amanat']);
    expect(text(html)).toContain('Amanat came first with 53.9\u00a0%[1]\u2020 of the vote.');
    expect(text(html)).toContain('Turnout was 54.19\u00a0%[1].');
    expect(leftOut).toEqual([
      msg.OPTIONAL_LEFT_OUT(13, msg.RANK_MISSING('seats_total.@1', 1, 'seats_total', 0)),
      msg.OPTIONAL_LEFT_OUT(15, msg.ELECTION_WORD_MISSING('date')),
      msg.OPTIONAL_LEFT_OUT(15, msg.UNKNOWN_FIGURE('seats_total.amanat')),
      msg.OPTIONAL_LEFT_OUT(21, msg.ELECTION_WORD_MISSING('chamber')),
      msg.OPTIONAL_LEFT_OUT(22, msg.RANK_MISSING('@2~vote_share', 2, 'vote_share', 1)),
      msg.OPTIONAL_LEFT_OUT(24, msg.RANK_MISSING('@1~vote_share.round-2', 1, 'vote_share.round-2', 0)),
      msg.OPTIONAL_LEFT_OUT(27, msg.RANK_NO_PREVIOUS('turnout.national.@previous')),
      msg.OPTIONAL_LEFT_OUT(28, msg.UNKNOWN_ENTITY('almaty')),
      msg.OPTIONAL_LEFT_OUT(31, msg.UNKNOWN_FIGURE('parties_contesting.national')),
      msg.OPTIONAL_LEFT_OUT(32, msg.UNKNOWN_ENTITY('baytaq')),
      msg.OPTIONAL_LEFT_OUT(33, msg.UNKNOWN_ENTITY('auyl')),
      msg.OPTIONAL_LEFT_OUT(34, msg.UNKNOWN_ENTITY('self-nominated')),
      ...[[51, 'seats'], [55, 'seats-total'], [64, 'disagreement'], [76, 'history'], [80, 'forecast']].map(([line, chart]) => msg.OPTIONAL_LEFT_OUT(line as number, msg.UNKNOWN_CHART(chart as string))),
    ]);
  });

  it('says who won the most seats where the articles give seats and no vote shares, and leaves out the vote chart', () => {
    const template = readFileSync(join(fixtures, 'projects', 'generic', 'templates', 'briefing.md'), 'utf8');
    const d = input(template);
    const amanat = d.figures.find((f) => f.id === 'vote_share.amanat')!;
    const seats = (entity: string, value: number) => ({ ...amanat, id: `seats_total.${entity}`, metric: 'seats_total', entity, value, unit: 'seats', precision: 0.5 });
    d.figures = [seats('amanat', 62), seats('auyl', 8), d.figures.find((f) => f.id === 'turnout.national')!];
    d.charts = [{ ...d.charts[0]!, id: 'seats' }];
    d.inputs = [...d.inputs, ...['vote-shares', 'disagreement', 'forecast', 'history', 'seats-total'].map((c) => ({ path: `templates/charts/${c}.vl.json`, sha256: 'aa' }))];
    const { html, leftOut } = renderFragment(d);
    expect(text(html)).toContain('Amanat won\nthe most seats, 62[1]\u2020, ahead of\nAuyl with 8\u00a0seats[1]\u2020.');
    expect(text(html)).not.toContain('came first');
    expect(leftOut).toContain(msg.OPTIONAL_LEFT_OUT(15, msg.RANK_MISSING('@1~vote_share', 1, 'vote_share', 0)));
    expect(leftOut).toContain(msg.OPTIONAL_LEFT_OUT(45, msg.UNKNOWN_CHART('vote-shares')));
  });
});
