/**
 * Every text the pipeline shows a person, in one place (as Vega-Lite keeps its messages in
 * `src/log/message.ts`). Each function returns the sentence; `hint` says what to do.
 * Tests assert these exact texts.
 */

// ── sources ─────────────────────────────────────────────────────────────────────────────
export const NO_SOURCES = (dir: string) => `no articles found: ${dir} holds no .md file`;
export const NO_SOURCES_HINT = 'Add one Markdown file per article, with YAML front matter (see README: "Adding a source").';
export const NO_FRONT_MATTER = 'the article has no YAML front matter';
export const NO_FRONT_MATTER_HINT =
  'Start the file with a block between two "---" lines giving id, title, outlet, author, published, url, retrieved and notes (null where unknown).';
export const BAD_YAML = (reason: string) => `the front matter is not valid YAML: ${reason}`;
export const BAD_YAML_HINT = 'Fix the YAML at this place; quote values that contain ":" or "#".';
export const BAD_FIELD = (field: string, reason: string) => `front-matter field "${field}": ${reason}`;
export const BAD_FIELD_HINT = (field: string) =>
  `Give "${field}" a value of the right kind, or null where it is unknown (and say why in "notes").`;
export const UNKNOWN_FIELD = (field: string) => `front-matter field "${field}" is not one this pipeline knows`;
export const UNKNOWN_FIELD_HINT = 'Known fields: id, title, outlet, author, published, url, retrieved, notes, tier, collected_as.';
export const DUPLICATE_ID = (id: string, other: string) => `source id "${id}" is already used by ${other}`;
export const DUPLICATE_ID_HINT = 'Give every article its own id in its front matter.';
export const EMPTY_ARTICLE = 'the article has no text below its front matter';
export const EMPTY_ARTICLE_HINT = 'Paste the article text below the closing "---" line, or remove the file.';
export const MISSING_FIELD = (field: string) => `front-matter field "${field}" is missing`;
export const MISSING_FIELD_HINT =
  'Every article gives id, title, outlet, author, published, url and retrieved; write null where a value is unknown (and say why in "notes").';
export const FIELD_EXPECTED = (what: string, got: string) => `expected ${what}, got ${got}`;
export const FIELD_NOT_A_DATE = (value: string) => `"${value}" is not a date in the calendar`;
export const FIELD_OUT_OF_RANGE = (value: string, bound: string) => `${value} is out of range: it may be ${bound}`;
export const FRONT_MATTER_NOT_MAPPING = 'the front matter is not a list of "field: value" lines';
export const UNCLOSED_FRONT_MATTER = 'the front matter is not closed: no "---" line after it';
export const UNCLOSED_FRONT_MATTER_HINT = 'End the front matter with a line that holds only "---", then the article text.';
export const UNCLOSED_QUOTE = (quote: string) => `a value opens with ${quote} here, but the quote is never closed`;
export const DUPLICATE_FIELD = (field: string) => `front-matter field "${field}" is given twice`;
export const DUPLICATE_FIELD_HINT = 'Keep one line for each field and delete the other.';
export const NOT_AN_ARTICLE = (name: string) => `${name} is not a Markdown article (.md), so it is not read`;
export const NOT_AN_ARTICLE_HINT = 'Save each article as a .md file with YAML front matter, or move this file out of sources/.';
export const NOT_MARKDOWN_HTML = 'the file is an HTML page, not a Markdown article';
export const NOT_MARKDOWN_HTML_HINT =
  'Copy the article text into a .md file below YAML front matter; the pipeline does not read web pages (their markup would be taken for text).';
export const BINARY_FILE = 'the file is binary (it holds a NUL byte here), not a text article';
export const BINARY_FILE_HINT = 'Only Markdown text files belong in sources/: move this file elsewhere, or save the article as text.';
export const NOT_UTF8 = 'the file is not valid UTF-8: the character here could not be decoded (U+FFFD)';
export const NOT_UTF8_HINT =
  'Save the file as UTF-8 (in an editor: "Save with encoding UTF-8"; on the command line: iconv -f windows-1251 -t utf-8 in.md > out.md, with the right source encoding).';
export const ARTICLE_TOO_LARGE = (size: string, limit: string) => `the file is ${size} of text; an article may have at most ${limit}`;
export const ARTICLE_TOO_LARGE_HINT =
  'A news article is rarely over 100 KB: check that this file holds one article (not a saved site or a data dump), or split it into one file per article.';
export const MARKUP_IN_ARTICLE = (what: string) => `the article text contains ${what}; it is kept as plain text and never used as markup`;
export const MARKUP_IN_ARTICLE_HINT = 'Nothing to do if the page was scraped this way; delete the markup from the file if it is not part of the article.';
export const MARKUP_HTML_TAG = (tag: string) => `an HTML tag (${tag})`;
export const MARKUP_MD_LINK = 'a Markdown link or image';
export const NO_SENTENCES = 'every line of the article was removed as page furniture, so it gives no sentences';
export const NO_SENTENCES_HINT = 'Check the article text, and the boilerplate rules in sources/lexicon.yaml (repeated_line_min, nav_headings).';

// ── lexicon ─────────────────────────────────────────────────────────────────────────────
export const BAD_LEXICON = (reason: string) => `the lexicon is not valid: ${reason}`;
/** An unknown key in a YAML file: where, the nearest field, and every field the place allows (a long list cut to the nearest). */
export const YAML_UNKNOWN_KEY = (path: string, key: string, fields: readonly string[], near: string | null) =>
  `${path || '(top)'}: "${key}" is no field here${near ? ` (nearest: "${near}")` : ''}; the fields ${path ? `of ${path}` : 'at the top'} are ${fields.join(', ')}`;
export const BAD_LEXICON_HINT = 'README.md, "A new election", names the sections an event\'s lexicon may give; pipeline/extract/general.yaml shows every list of words with a comment and an example.';
export const LEXICON_BAD_REPLACE = (section: string, sections: readonly string[]) => `replace: "${section}" is no section of general words (${sections.join(', ')})`;
export const LEXICON_REMOVE_NO_WORD = (path: string, word: string, all: readonly string[] | null, near: readonly string[], count: number, where: string | null) =>
  `remove: "${path}" has no word "${word}" to remove` +
  (all
    ? `; the list holds ${all.map((w) => `"${w}"`).join(', ')}`
    : `${near.length ? `; nearest: ${near.map((w) => `"${w}"`).join(', ')}` : ''}; the list holds ${count} words${where ? ` (the general ones at ${where})` : ''}`);
export const LEXICON_REMOVE_NO_ITEM = (path: string, id: string, ids: readonly string[]) => `remove: "${path}" has no item "${id}"; its items are ${ids.map((w) => `"${w}"`).join(', ')}`;
export const LEXICON_BAD_REMOVE = (path: string, word: string | undefined, known?: readonly string[], near?: string | null) =>
  word !== undefined
    ? `remove: "${path}" has no word "${word}" to remove`
    : `remove: "${path}" names no list of general words${near ? ` (nearest: "${near}")` : ''}${known?.length ? `; ${path.includes('.') ? `"${path.slice(0, path.lastIndexOf('.'))}" holds` : 'the general words hold'} ${known.join(', ')}` : ''}`;
export const LEXICON_UNKNOWN_MEMBER = (id: string, member: string) => `entity "${id}" has the member "${member}", which is no other entity id of the lexicon`;
export const LEXICON_BAD_SECOND_ROUND = (date: string, year: number, first: string | null) =>
  `election.second_round "${date}" is no day of ${year} or ${year + 1}${first ? ` after election.date ${first}` : ''} (write YYYY-MM-DD)`;
export const LEXICON_BAD_LAST_DAY = (date: string, first: string | null) =>
  first == null
    ? `election.last_day "${date}" needs election.date, the first day of voting (write both YYYY-MM-DD)`
    : `election.last_day "${date}" is no day within a month after election.date ${first}, the first day of voting (write YYYY-MM-DD)`;
export const LEXICON_BAD_DATE = (date: string, year: number) => `election.date "${date}" is no day of the election's year ${year} (write YYYY-MM-DD)`;
export const LEXICON_RESERVED_ID = (id: string) =>
  id === 'national'
    ? 'entity id "national" is the whole election\'s (turnout.national), kept for the country as a place; give this entity another id, such as "national-party"'
    : `entity id "${id}" is reserved for names the lexicon lacks; give this entity another id`;

// ── extract: claims report, evaluation against the hand annotation (owner: extraction) ────
export const CLAIMS_UNKNOWN_SOURCE = (id: string) => `no source has the id "${id}"`;
export const CLAIMS_ONE_SOURCE = '`claims` takes one source id';
export const CLAIMS_UNKNOWN_SOURCE_HINT = (nearest: string | null, ids: string[]) =>
  `${nearest ? `Did you mean "${nearest}"? ` : ''}Source ids are the \`id\` in each article's front matter (${ids.length} in all${ids.length ? `: ${ids.slice(0, 8).join(', ')}${ids.length > 8 ? ', …' : ''}` : ''}); \`make claims\` lists every source.`;
export const CLAIMS_REPORT_SOURCE = (source: string, file: string, claims: number, unclaimed: number) =>
  `${source} (${file}): ${claims} claim${claims === 1 ? '' : 's'}, ${unclaimed} number${unclaimed === 1 ? '' : 's'} that became no claim`;
export const CLAIMS_REPORT_UNCLAIMED = 'Numbers that became no claim (kind, then the sentence):';
/** The lexicon line the report suggests for an unknown name: an alias of a close entity, or a new entity. */
export const CLAIMS_SUGGEST_ALIAS = (name: string, id: string) => `add "${name}" to the aliases of ${id}`;
export const CLAIMS_SUGGEST_ENTITY = (id: string, name: string) => `- {id: ${id}, name: ${JSON.stringify(name)}, kind: party, aliases: [${JSON.stringify(name)}]}`;
export const CLAIMS_REPORT_HINT =
  'A number marked [no-metric] has no metric cue word near it: add the word under `cues:` in sources/lexicon.yaml (`cues: {vote_share: [of the total votes cast]}`: joined to the metric\'s own words; a `metrics:` section there is joined to the general metrics, one of the same id replacing it), or to the metric\'s cues in pipeline/extract/general.yaml when it holds for every election; [no-entity]: add the party\'s spelling to its aliases; [foreign]: a place listed under `foreign` stands next to it. Years, dates, durations, compounds, money, ratios, fractions, parts and counts of other things ([other], lexicon numbers.other_nouns) are never claims.';
export const BAD_ANNOTATION = (reason: string) => `the annotation is not valid: ${reason}`;
export const BAD_ANNOTATION_HINT =
  'Each file lists `source` and `figures`; every figure gives line, text, metric, entity, value or low/high, bound, unit, qualifier, election and sentence (see test/fixtures/annotation/README.md).';
export const EVAL_TITLE = 'Extraction against the hand annotation (test/fixtures/annotation/)';
export const EVAL_LOOSE = (precision: string, recall: string) =>
  `Numbers found with the right metric, entity and value (qualifier, election and sentence aside): precision ${precision}, recall ${recall}.`;
export const EVAL_COVERAGE = (annotated: number, sources: number) =>
  `${annotated} of ${sources} source${sources === 1 ? '' : 's'} annotated; precision and recall are over the annotated ones.`;
export const EVAL_UNANNOTATED = (ids: string[]) =>
  `Not annotated yet (their claims are not scored; add test/fixtures/annotation/<id>.yaml to score them): ${ids.join(', ')}`;
export const EVAL_STALE = (ids: string[]) => `Annotated but not among the sources (left out): ${ids.join(', ')}`;
export const EVAL_MISMATCHED = (n: number) => `${n} claim${n === 1 ? '' : 's'} on an annotated number, but read differently (claim ≠ annotation):`;
export const EVAL_SPURIOUS = (n: number) => `${n} claim${n === 1 ? '' : 's'} the annotation does not have:`;
export const EVAL_MISSED = (n: number) => `${n} annotated figure${n === 1 ? '' : 's'} no claim found:`;
export const UNKNOWN_NAME = (name: string, alias: string | null, id: string | null) =>
  `"${name}" is no known entity${alias ? `; nearest alias "${alias}" (${id})` : ''}`;
export const UNKNOWN_NAME_HINT =
  'The number next to it is kept as a claim of entity `unknown`, never a figure of the whole election. Add the name to sources/lexicon.yaml (`make claims` suggests a line).';
export const CLAIMS_REPORT_UNKNOWN = 'Names next to numbers that are no entity (each with a line for sources/lexicon.yaml):';
export const BAD_CORPUS = (reason: string) => `the development corpus file is not valid: ${reason}`;
export const BAD_CORPUS_HINT = 'See test/corpus/README.md for the fields of split.yaml, event.yaml and the article files.';
export const CORPUS_EVAL_TITLE =
  'Extraction on the development corpus (test/corpus/): strict = value, unit, metric, entity and qualifier right; loose = the number with its metric and entity';
export const CORPUS_EVAL_MISSING = (missing: number, total: number, ids: string[]) =>
  missing === 0 ? `all ${total} texts present` : `${missing} of ${total} texts missing: ${ids.join(', ')} (put them in test/corpus/texts/; see test/corpus/README.md)`;
export const CORPUS_LEXICON_USED = (event: string, file: string, lines: number, renamed: [string, string][]) =>
  `${event}: read with ${file} (${lines} non-empty lines)${renamed.length ? `; its ids scored as the annotation's: ${renamed.map(([a, b]) => `${a} → ${b}`).join(', ')}` : ''}`;
export const CORPUS_DETAILS_ONLY_TUNE = 'eval-corpus prints details for the tune half only (--details tune): the test half is measured, never read';
export const CORPUS_EVAL_STAGE_BLIND =
  'Strict with the counting stage of a result left out (interim, preliminary, final, recount and unspecified counted as one; every other field and kind as strict):';
export const CORPUS_EVAL_STAGE_BLIND_ROW = (half: string, p: string, r: string) => `  ${half} half: precision ${p}, recall ${r}`;
export const CORPUS_EVAL_SECOND_READING =
  'Strict where a second reader chose the qualifiers too (test/corpus/agreement/, blind to the first reading; articles whose figures are unchanged since): as annotated, and with either reader\'s qualifier counted right:';
export const CORPUS_EVAL_SECOND_READING_ROW = (half: string, articles: number, figures: number, p: string, r: string, p2: string, r2: string) =>
  `  ${half} half (${articles} articles, ${figures} figures): as annotated precision ${p}, recall ${r}; either reading precision ${p2}, recall ${r2}`;
export const CORPUS_EVAL_MOMENTS =
  'The moment of a snapshot (`as_of`, not part of strict): of the strictly right results on figures annotated with a moment (a time of day, a share or part counted), those whose claim states the same moment; and results given a moment on a figure annotated without one:';
export const CORPUS_EVAL_MOMENTS_ROW = (half: string, right: number, annotated: number, wrong: number, without: number) =>
  `  ${half} half: the same moment ${right} of ${annotated}; a moment on a figure without one ${wrong} of ${without}`;
export const CORPUS_EVAL_ROUNDS = 'The round (not part of strict): of the strictly right claims on figures of a later round (a run-off), those given that round; and those given a later round on a first-round figure:';
export const CORPUS_EVAL_ROUNDS_ROW = (half: string, right: number, later: number, wrong: number, first: number) =>
  `  ${half} half: later round ${right} of ${later}; a later round on a first-round figure ${wrong} of ${first}`;
export const CORPUS_EVAL_KINDS = 'Error kinds on the tune half (one per false claim or missed figure; `wrong-x`: a claim on the figure with x wrong):';
export const CORPUS_EVAL_COLUMNS = ['event', 'claims', 'figures', 'strict P', 'strict R', 'loose P', 'loose R', 'not-fig'];
export const CORPUS_EVAL_EVENT_ROW = (event: string, half: string) => `${event} (${half})`;
export const CORPUS_EVAL_HALF_ROW = (half: string) => `${half} half`;
export const CORPUS_EVAL_ALL_ROW = 'all';
export const CORPUS_EVAL_ARTICLE = (id: string, event: string, strict: number, annotated: number, claims: number) =>
  `${id} (${event}): strict ${strict} of ${annotated} figures, ${claims} claims`;
export const CORPUS_EVAL_UNPLACED = (figure: string) => `  anchor not found: ${figure}`;
export const CORPUS_EVAL_FALSE = (claim: string) => `  false: ${claim}`;
export const CORPUS_EVAL_MISSED = (figure: string) => `  missed: ${figure}`;
export const CORPUS_EVAL_ROUND = (claim: string) => `  round: ${claim}`;
export const RECONCILE_EVAL_TITLE = 'Reconciliation against the official results (development corpus annotations)';
export const RECONCILE_EVAL_NO_OFFICIAL = (event: string, half: string) => `${event} (${half}): no official-results article`;
export const RECONCILE_EVAL_EVENT = (event: string, half: string, all: boolean, keys: string, added: string) =>
  `${event} (${half}): ${all ? 'every' : 'not every'} key figure official: ${keys}; each official article added alone: ${added}`;
export const RECONCILE_EVAL_MISS = (alone: string | null, figure: string, chosen: string, official: string) =>
  `    ${alone ? `with ${alone} alone: ` : ''}${figure}: chosen ${chosen}, official ${official}`;
export const RECONCILE_EVAL_TOTAL = (half: string, events: string, keys: string, added: string) =>
  `${half}: ${events} events with every key figure official; key figures ${keys}; official article added alone ${added}`;
export const CURVE_TITLE =
  'Reconciliation as sources are added (extract + reconcile on the texts, one article at a time by publication date): key figures (shares, seats, turnout) right against what the annotations mark final or official';
export const CURVE_NO_KEYS = (event: string) => `${event} (tune): no key figure annotated final or official`;
const AS_SNAPSHOT = (n: number) => (n ? ` (${n} of them as the latest snapshot)` : '');
export const CURVE_EVENT = (event: string, keys: number, right: number[], wrong: number, contested: number, worse: number, snapshot: number) =>
  `${event} (tune): ${keys} key figures; right after 1..${right.length} sources: ${right.join(' ')}${AS_SNAPSHOT(snapshot)}; at the end ${wrong} wrong, ${contested} contested; ${worse === 0 ? 'no step worse' : `${worse} step${worse === 1 ? '' : 's'} worse`}`;
export const CURVE_NO_TEXTS = (event: string, keys: number) =>
  `${event} (tune): ${keys} key figures; no article text present, so no curve (put the texts in test/corpus/texts/; see test/corpus/README.md)`;
export const CURVE_LOST = (step: number, added: string, figure: string, chosen: string, official: string) =>
  `    step ${step} (+${added}): ${figure} no longer right: chosen ${chosen}, official ${official}`;
export const CURVE_NOT_RIGHT = (figure: string, state: string, chosen: string, official: string) =>
  `    after the last source: ${figure} ${state}: chosen ${chosen}, official ${official}`;
export const CURVE_MISSING = (ids: string[]) => `    texts missing (left out): ${ids.join(', ')}`;
export const CURVE_TOTAL = (half: string, events: number, right: number, snapshot: number, keys: number, worse: number, worseSnapshot: number, steps: number) =>
  `${half}: ${events} events, key figures right after the last source ${right}/${keys}${AS_SNAPSHOT(snapshot)}; worse steps ${worse} of ${steps}${worseSnapshot ? ` (${worseSnapshot} of them losing only figures right as the latest snapshot)` : ''}`;
export const EVAL_BELOW = (what: string, value: string, floor: string) =>
  `extraction ${what} fell to ${value}, below the ${floor} it reached before`;
export const EVAL_BELOW_HINT = 'Run `make eval` to see the claims that are missed or wrong, then fix the lexicon or the extractor.';

// ── templates ───────────────────────────────────────────────────────────────────────────
export const FIGURE_AS_OF = (moment: string) => `as of ${moment}`;
export const UNKNOWN_FIGURE = (id: string) => `unknown figure id "${id}"`;
export const UNKNOWN_FIGURE_HINT = (nearest: string | null) =>
  nearest ? `Did you mean "${nearest}"? The figure ids are listed in output/data/figures.json.` : 'The figure ids are listed in output/data/figures.json.';
export const UNKNOWN_CHART = (id: string) => `unknown chart "${id}"`;
export const UNKNOWN_CHART_HINT = (nearest: string | null) =>
  nearest ? `Did you mean "${nearest}"? Charts are the .vl.json files in templates/charts/.` : 'Charts are the .vl.json files in templates/charts/.';
export const UNKNOWN_ENTITY = (id: string) => `unknown entity id "${id}"`;
export const UNKNOWN_ENTITY_HINT = (nearest: string | null) =>
  nearest ? `Did you mean "${nearest}"? Entity ids are listed in sources/lexicon.yaml.` : 'Entity ids are listed in sources/lexicon.yaml.';
export const UNKNOWN_DIRECTIVE = (written: string) => `unknown directive "${written}"`;
export const UNKNOWN_DIRECTIVE_HINT = (nearest: string | null, known: string[]) =>
  `${nearest ? `Did you mean "${nearest}"? ` : ''}Known directives: ${known.join(', ')} (see README "Editing the briefing").`;
export const DIRECTIVE_NEEDS_ID = (written: string) => `directive "${written}" names nothing`;
export const DIRECTIVE_NEEDS_ID_HINT = (written: string) => `Write the id in brackets, e.g. ${written}[turnout.national].`;
export const CHART_NEEDS_ID_HINT = 'Write the chart id as an attribute, e.g. ::chart[Caption]{#vote-shares}.';
export const FIGURE_NO_STAGE = (id: string, stage: string) => `figure "${id}" has no value at the stage "${stage}"`;
export const FIGURE_NO_STAGE_HINT = (known: string[]) => `Its stages: ${known.join(', ')}. The stages are listed in sources/policy.yaml (stages:).`;
export const FIGURE_NO_MOMENT = (id: string, at: string) => `figure "${id}" has no snapshot at "${at}"`;
export const FIGURE_NO_MOMENT_HINT = (known: string[]) => (known.length ? `Its snapshots: ${known.map((k) => `"${k}"`).join(', ')}.` : 'No source gives a snapshot of it.');
export const UNKNOWN_ATTRIBUTE = (key: string, directive: string) => `directive "${directive}" has no attribute "${key}"`;
export const UNKNOWN_ATTRIBUTE_HINT = (known: string[]) => `Known attributes: ${known.join(', ')}.`;
// Figure references by rank (shared/rank.ts): `vote_share.@1`, `:name[@2~vote_share]`, `seats_total.@1-3` in a chart.
export const RANK_MISSING = (written: string, rank: number, metric: string, count: number) =>
  `"${written}" names rank ${rank} by ${metric}, but ${count === 0 ? 'no entity has' : count === 1 ? 'only one entity has' : `only ${count} entities have`} a result for ${metric} with a chosen value`;
export const RANK_MISSING_HINT = (metric: string, ranked: string[]) =>
  `${ranked.length ? `Ranked by ${metric}: ${ranked.join(', ')}. ` : ''}Name a rank that exists, name the entity by its id, or put the passage in an :::optional block (it is then left out when the election has no such rank). A ranking counts parties, candidates and options with a figure "${metric}.<entity>" (output/data/figures.json).`;
export const RANK_NO_PREVIOUS = (written: string) => `"${written}" names the previous election, but sources/lexicon.yaml gives no election.previous`;
export const RANK_NO_PREVIOUS_HINT = 'Give the year of the previous election as election.previous in sources/lexicon.yaml, or write the year (seats_total.@1.2021).';
export const RANK_MALFORMED = (written: string) => `"${written}" is no rank`;
export const RANK_PLACE = (id: string) => `"${id}": a rank stands only for the entity, the second part of a figure id`;
export const RANK_HINT = 'Write a rank as @1 (first by the metric of the id), @2~seats_total (second by another metric), e.g. vote_share.@1, seats_list.@1~seats_total, :name[@1].';
export const RANK_RANGE_HERE = (written: string) => `"${written}" names several ranks, where one figure or name is expected`;
export const RANK_RANGE_HERE_HINT = 'A range (@1-3) or every rank (@*) selects figures in a chart spec; in the template name one rank, e.g. @1.';
export const RANK_TIE = (written: string, rank: number, metric: string, entity: string, tied: string[]) =>
  `"${written}": rank ${rank} by ${metric} is a tie between ${[entity, ...tied].join(' and ')}; the briefing names ${entity}, listed first in the lexicon`;
export const RANK_TIE_HINT = 'Say in the text that they tie, or name each by its entity id; reordering entities in sources/lexicon.yaml changes which one ranks first.';
export const OPTIONAL_LEFT_OUT_SUMMARY = (passages: string[]) => `, ${passages.length} optional passage(s) left out (${passages.join('; ')})`;
export const CHARTS_OPTIONAL_LEFT_OUT = (ids: string[]) => `, ${ids.length} placed only in an :::optional passage and left out: this election has no data for ${ids.length === 1 ? 'it' : 'them'} (${ids.join(', ')})`;
export const UNKNOWN_ELECTION_WORD = (what: string) => `:election[${what}] names nothing the lexicon says about the election`;
export const UNKNOWN_ELECTION_WORD_HINT = (known: string[]) => `Write one of ${known.map((k) => `:election[${k}]`).join(', ')}.`;
export const ELECTION_WORD_MISSING = (what: string) => `:election[${what}]: sources/lexicon.yaml does not give the election's ${what}`;
export const ELECTION_WORD_MISSING_HINT = (what: string) =>
  `Give it in sources/lexicon.yaml (${what === 'country' ? 'country:' : what === 'year' ? 'election.year' : what === 'previous' ? 'election.previous' : 'election.chamber'}), or put the words in an :optional[…] passage (left out when the lexicon lacks it).`;
export const OTHERWISE_WITHOUT_OPTIONAL = (written: string) => `${written} stands where no optional passage ends right before it`;
export const OTHERWISE_WITHOUT_OPTIONAL_HINT =
  'Put it right after an :optional[…] (in the same paragraph, only spaces between) or right after a :::optional block: it is shown only when that passage is left out.';
export const OPTIONAL_ATTRIBUTE_HINT = 'An optional passage takes no attributes: it is shown when every figure, rank, entity and chart it names exists, else left out.';
export const OPTIONAL_LEFT_OUT = (line: number | null, reason: string) => `line ${line ?? '?'}: ${reason}`;
export const TYPED_NUMBER = (token: string) => `the number "${token}" is typed in the narrative`;
export const TYPED_NUMBER_HINT =
  'Write this as a figure reference (:fig[<figure id>]), or a count of the corpus as :count[sources] (figures, claims, contested, checks, charts), so that it comes from the sources.';
export const TEMPLATE_NO_FRONT_MATTER = 'the template has no YAML front matter';
export const TEMPLATE_BAD_FRONT_MATTER = (reason: string) => `the template's front matter is not valid: ${reason}`;
export const TEMPLATE_FRONT_MATTER_HINT = 'Give title (required), subtitle, author, subject, keywords (a list), language and date (latest-source or YYYY-MM-DD).';
export const UNKNOWN_SLOT = (name: string) => `the layout has an unknown slot "${name}"`;
export const UNKNOWN_SLOT_HINT = (known: string[]) => `Known slots: ${known.join(', ')}.`;
export const MISSING_CONTENT_SLOT = 'the layout has no <slot name="content"></slot>';
export const MISSING_CONTENT_SLOT_HINT = 'Put <slot name="content"></slot> where the briefing text goes.';
/** Shown by ::changes when the build has no list of changes (output/data/changes.json absent). */
export const CHANGES_UNAVAILABLE = 'No comparison with an earlier briefing: this is the first publication, or the list of changes was not built.';
export const KEYFIGURES_NEEDS_IDS_HINT = 'List figure ids in the brackets, separated by spaces, e.g. ::keyfigures[turnout.national vote_share.amanat].';
export const MISSING_GLYPH = (ch: string, code: string, excerpt: string) =>
  `the briefing shows "${ch}" (${code}), which the embedded Inter font has no glyph for ("${excerpt}")`;
export const MISSING_GLYPH_HINT_TEMPLATE =
  'Write it in Latin characters (e.g. "to" for an arrow, "at most" for a less-or-equal sign); otherwise the PDF embeds a second font.';
export const MISSING_GLYPH_HINT_SOURCE =
  'It is in the article\'s own text, which the briefing quotes as written: the PDF will embed a fallback font for it. Nothing to do, unless it is a scraping error (then correct the article here).';
export const MISSING_GLYPH_HINT_DATA =
  'It comes from the data (a quote, a name or a label): the PDF will embed a fallback font for it. Spell it in Latin characters where the data is ours (lexicon, policy, charts).';

// ── print ───────────────────────────────────────────────────────────────────────────────
export const NO_BROWSER = (tried: string[]) => `no Chromium found (looked for ${tried.join(', ')})`;
export const NO_BROWSER_HINT =
  'Install Debian\'s Chromium (apt-get install -y chromium) or set CHROMIUM_PATH to an existing Chromium or Chrome executable.';

// ── artifacts ───────────────────────────────────────────────────────────────────────────
export const BAD_ARTIFACT = (reason: string) => `the artifact does not match its schema: ${reason}`;
export const BAD_ARTIFACT_HINT = 'It was written by another version of the pipeline or edited by hand: run `make clean && make`.';
export const MISSING_INPUT = (what: string) => `cannot read ${what}`;
export const MISSING_INPUT_HINT = 'Run the earlier stage first (`make` runs them all in order).';
export const INPUT_MISSING = (file: string) => `cannot read ${file}: there is no such file`;
export const INPUT_MISSING_HINT = (file: string) => `The build reads this file: restore it (git checkout -- ${file}) or write it as the README describes.`;

// ── faults: file system, interrupted and concurrent builds (owner: faults) ─────────────────
export const SYSTEM_REASON: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EMFILE: 'too many files are open',
  EIO: 'an input/output error of the disk',
};
export const WRITE_FAILED = (path: string, reason: string) => `cannot write ${path}: ${reason}`;
export const WRITE_FAILED_HINT = 'Fix the cause (free disk space, permissions) and run again; the previous outputs were left as they were.';
export const READ_FAILED = (path: string, reason: string) => `cannot read ${path}: ${reason}`;
export const READ_FAILED_HINT = 'Check that the file or folder exists and is readable (run from the project folder, or give --root).';
export const ARTIFACT_NOT_JSON = (reason: string) => `the artifact is not complete JSON: ${reason}`;
export const BUILD_LOCKED = (pid: number) => `another build (process ${pid}) is writing to this output folder`;
export const BUILD_LOCKED_HINT = (lock: string) =>
  `Wait for it to finish and run again. If no build is running (e.g. after a crash), delete ${lock}.`;

// ── print: browser faults and the build date ────────────────────────────────────────────
export const BROWSER_FAILED = (path: string, attempts: number, reason: string) =>
  `Chromium (${path}) failed to print the briefing ${attempts === 1 ? 'once' : `${attempts} times`}; last: ${reason}`;
export const BROWSER_FAILED_HINT = (path: string) =>
  `Check that "${path} --version" runs. On a busy machine give each attempt more time with PRINT_TIMEOUT (seconds, default 60), e.g. PRINT_TIMEOUT=180 make; otherwise set CHROMIUM_PATH to a working Chromium or Chrome.`;
export const BROWSER_TIMEOUT = (ms: number) => `no result within ${ms / 1000} s (Chromium hung or was too slow)`;
export const BROWSER_STOPPED = (detail: string) => `Chromium stopped (crashed or exited) before the PDF was done (${detail})`;
export const BROWSER_VERSION_FAILED = (path: string, reason: string) => `cannot get the version of Chromium (${path}): ${reason}`;
export const BAD_EPOCH = (value: string) => `SOURCE_DATE_EPOCH is "${value}", not a whole number of seconds since 1970-01-01 UTC`;
export const BAD_EPOCH_HINT = 'Set it to an integer such as 1700000000 (e.g. `git log -1 --format=%ct`), or unset it to date the briefing from its inputs.';

// ── reconcile: policy, rules, disagreements, cross-checks (owner: reconciliation) ─────────
// Shown to readers of the briefing: no arrows, no less-or-equal or approximately signs (the
// embedded font lacks them); "at most", "about" and "to" are written out.
export const BAD_POLICY = (reason: string) => `the reconciliation policy is not valid: ${reason}`;
export const BAD_POLICY_HINT =
  'See the comments at the top of sources/policy.yaml. Known rules: precision, status, consensus, arithmetic, source-order; a qualifier is a stage listed under `stages:` or a key of `kinds:`.';
export const POLICY_DUPLICATE_RULE = (rule: string) => `rule "${rule}" is listed twice under "rules"`;
export const POLICY_DUPLICATE_RULE_HINT = 'List each rule once, in the order the rules should be tried.';
export const POLICY_DUPLICATE_STAGE = (stage: string) => `stage "${stage}" is listed twice under "stages"`;
export const POLICY_DUPLICATE_STAGE_HINT = 'List each stage once, earliest first.';
export const LEXICON_UNKNOWN_METRIC = (where: string, metric: string) => `${where} names the metric "${metric}", which is not one of the metrics`;
export const LEXICON_UNKNOWN_METRIC_HINT = (near: string | null) =>
  `${near ? `Did you mean "${near}"? ` : ''}The metrics are the ids under "metrics:" (in this file when it gives them, else in the general lexicon, pipeline/extract/general.yaml).`;
export const POLICY_UNKNOWN_METRIC = (field: string, metric: string) => `${field} names the metric "${metric}", which the lexicon does not have`;
export const POLICY_UNKNOWN_METRIC_HINT = (near: string | null) =>
  `${near ? `Did you mean "${near}"? ` : ''}A check reads metrics by their ids under "metrics:" in the lexicon (sources/lexicon.yaml, or the general one, pipeline/extract/general.yaml); write one of those, or set the check to null to leave it out.`;
export const POLICY_UNKNOWN_QUALIFIER = (q: string) => `"${q}" is no stage or kind of this policy`;
export const POLICY_UNKNOWN_QUALIFIER_HINT = (known: string[]) =>
  `Known: ${known.join(', ')}. A new stage goes under "stages:" in its place in the order; a new kind of figure under "kinds:".`;
export const UNKNOWN_CLAIM_QUALIFIER = (q: string, claim: string) => `claim ${claim} has the qualifier "${q}", which is no stage or kind of the policy`;
export const UNKNOWN_CLAIM_QUALIFIER_HINT = (q: string, known: string[]) =>
  `Add "${q}" to sources/policy.yaml (under "stages:" in its place in the count, or under "kinds:"), or change the lexicon's qualifier cues. Known: ${known.join(', ')}.`;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// Numbers and names as the briefing writes them.
export const NUM_MILLION = (n: string) => `${n} million`;
export const NUM_RANGE = (lo: string, hi: string) => `${lo} to ${hi}`;
export const NUM_MORE_THAN = (n: string) => `more than ${n}`;
export const NUM_LESS_THAN = (n: string) => `less than ${n}`;
export const NUM_NEARLY = (n: string) => `nearly ${n}`;
export const NUM_ABOUT = (n: string) => `about ${n}`;
export const NUM_ANY = 'any value';
export const NUM_NONE = 'no value';
export const LIST = (head: string[], last: string) => `${head.join(', ')} and ${last}`;
export const SOURCE_BY_ID = (id: string) => `the article "${id}"`;
export const UNATTRIBUTED = 'not attributed';
export const FIGURE_NAME = (metric: string, entity: string) => `${metric} (${entity})`;
export const MEANING = (written: string, span: string) => `"${written}" means ${span}`;
export const MEANING_TRUNCATED = (written: string, precise: string) => `"${written}" is ${precise} with digits cut off, which the policy accepts`;
/** What a qualifier makes of a figure, as a noun phrase. */
export const QUALIFIER_PHRASE: Record<string, string> = {
  final: 'a final result',
  preliminary: 'a preliminary result',
  unspecified: 'a figure whose status is not stated',
  forecast: 'a forecast',
  estimate: 'an estimate',
  historical: 'a figure from an earlier election',
  rule: 'a rule of the election',
  interim: 'an interim count',
  exit_poll: 'an exit poll',
  recount: 'a recount',
  automatic_count: 'an automatic count',
};
/** The same, in the plural, for the methods note. */
export const QUALIFIER_PLURAL: Record<string, string> = {
  final: 'final results',
  preliminary: 'preliminary results',
  unspecified: 'figures whose status is not stated',
  forecast: 'forecasts',
  estimate: 'estimates',
  historical: 'figures from earlier elections',
  rule: 'rules of the election',
  interim: 'interim counts',
  exit_poll: 'exit polls',
  recount: 'recounts',
  automatic_count: 'automatic counts',
};

/** A figure's label in the briefing names its round, place and voter group: "Vote share, Ann Ames (round 2)". */
export const LABEL_ROUND = (round: string) => `round ${round}`;
export const LABEL_PLACE = (place: string) => `in ${place}`;
export const LABEL_GROUP = (group: string) => `among ${group}`;
/** The cover's counts with their noun, singular for one (layout slots `sources-articles`, `contested-figures`). */
export const COVER_ARTICLES = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;
export const COVER_FIGURES = (n: number) => `${n} ${n === 1 ? 'figure' : 'figures'}`;
/** The words of the briefing's cover and register: "sources disagree on" counts the resolved and the conflicting figures alike. */
/** A failing check as the briefing's cross-check table shows it: its title, "fails", and its id. */
export const FAILING_CHECK = (title: string, id: string) => `"${title}" fails [${id}]`;
/** `failing`: each failing check (FAILING_CHECK); the first three are named, the rest counted. */
export const RECONCILE_SUMMARY = (figures: number, conflict: number, resolved: number, checks: number, failing: string[]) =>
  `${figures} figure${figures === 1 ? '' : 's'} reconciled, sources disagree on ${conflict + resolved} (${resolved} resolved by a rule, ${conflict} in conflict), ${checks} check${checks === 1 ? '' : 's'} (` +
  (failing.length === 0
    ? 'none fails)'
    : `${failing.length} fail${failing.length === 1 ? 's' : ''}: ${failing.slice(0, 3).join('; ')}${failing.length > 3 ? `; and ${failing.length - 3} more, listed under "Cross-checks" in the briefing` : ''})`);

// Why a value was used (Figure.rule).
export const RULE_AGREED = (n: number) =>
  n === 1 ? 'The source gives the same value each time.' : n === 2 ? 'Both sources give the same value.' : `All ${n} sources give the same value.`;
export const RULE_LATEST_SNAPSHOT_STAGE = (stage: string, count: number) =>
  `No complete count is reported, only ${count === 1 ? 'a snapshot' : `${count} snapshots`} of the count (${stage}, no time or share counted given): this is the latest.`;
export const RULE_LATEST_SNAPSHOT = (moment: string, count: number) =>
  `No complete count is reported, only ${count === 1 ? 'a snapshot' : `${count} snapshots`}: this is the latest, as of ${moment}${moment.endsWith('.') ? '' : '.'}`;
export const RULE_SINGLE = (source: string) => `Only one source gives this figure: ${source}.`;
export const RULE_ROUNDED = (chosen: string, meanings: string) =>
  `The sources agree within the precision they state (${meanings}); the most precise value, ${chosen}, is used.`;
export const RULE_PRECISION = (chosen: string, truncated: string) =>
  `The sources disagree; ${truncated} is ${chosen} with digits cut off rather than rounded, so it states no other value, and the more precise ${chosen} is used.`;
export const RULE_STATUS = (chosen: string, winner: string, over: string) =>
  `The sources disagree; ${winner} comes before ${over}, so ${chosen} is used.`;
export const RULE_STATUS_VIA = (chosen: string, winner: string, stated: string, over: string) =>
  `The sources disagree; ${winner} (${stated}) comes before ${over}; it agrees with ${chosen} within rounding, so the more precise ${chosen} is used.`;
export const RULE_RESULT_OVER_ESTIMATE = (chosen: string, over: string) =>
  `The sources disagree; a reported result comes before ${over}, which never replaces a result, so ${chosen} is used.`;
export const RULE_CONSENSUS = (chosen: string, n: string, other: string, shared: boolean) =>
  `The sources disagree; ${n} independent sources agree on ${chosen} (within the precision they state) against ${other} for any other value${
    shared ? ', an article that states several values counting as an equal share for each' : ''
  }, so ${chosen} is used.`;
export const RULE_SOURCE_TIER = (chosen: string, source: string, tier: number) =>
  `The sources disagree and are otherwise equal; ${source} has the highest weight in the policy (tier ${tier}), so its value, ${chosen}, is used.`;
export const RULE_SOURCE_DATE = (chosen: string, source: string, date: string) =>
  `The sources disagree and are otherwise equal; ${source} is the most recently published (${date}), so its value, ${chosen}, is used.`;
export const RULE_SOURCE_UNDATED = (chosen: string, source: string, date: string) =>
  `The sources disagree and are otherwise equal; only ${source} has a known publication date (${date}), and an unknown date never wins, so ${chosen} is used.`;
export const RULE_STAGE = (chosen: string, stage: string, who: string, earlier: string) =>
  `${capital(stage)} (${who}) supersedes ${earlier}, so ${chosen} is used; each stage is a figure of its own, not a disagreement.`;
export const RULE_SUPERSEDED_TOO = (earlier: string) => `A later stage supersedes ${earlier}, a figure of its own.`;
export const RULE_STAGE_EARLIER = (stage: string, values: string) => `the ${stage} (${values})`;
export const RULE_EVIDENCE = (chosen: string, support: string, other: string) =>
  `The sources disagree; the evidence for ${chosen} weighs ${support} against ${other} for any other value, so ${chosen} is used.`;
export const RULE_EVIDENCE_PART = (weight: string, who: string, why: string) => `${weight} (${who}${why ? `: ${why}` : ''})`;
export const EVIDENCE_OFFICIAL = (attribution: string) => `the electoral authority's own figure (${attribution})`;
export const EVIDENCE_LABEL = (stage: string) => `labelled ${stage}`;
export const EVIDENCE_ALLOCATION = (seats: string, total: string, threshold: string) =>
  `the largest-remainder (Hare) method gives ${seats} of the ${total} seats to the shares over the ${threshold} threshold`;
export const EVIDENCE_SHARED = 'an article stating several values counts an equal share for each';
export const EVIDENCE_CONFIDENCE = (c: string) => `extraction confidence ${c}`;
export const EVIDENCE_STORY = (n: number) => `one story in ${n} articles`;
export const RULE_ARITHMETIC = (chosen: string, identity: string, over: string) =>
  `The sources disagree; with ${chosen} the arithmetic holds (${identity}), with ${over} it does not, so ${chosen} is used.`;
export const RULE_CONFLICT = (values: string) =>
  `The sources disagree (${values}) and no rule of the policy decides between them: all values are shown and none is chosen.`;
export const RULE_CONFLICT_VALUE = (stated: string, who: string) => `${stated} from ${who}`;
export const RULE_HARE = (seats: string, threshold: string, parties: number) =>
  `Computed, not reported: ${seats} list seats shared by the largest-remainder (Hare) method among the ${parties} parties at or over the ${threshold} threshold, using the reconciled vote shares.`;

// Each disagreeing value (Dissent.note).
export const DISSENT_TRUNCATION = (who: string, stated: string, chosen: string, decimals: number, rounded: string) =>
  `${who} gives ${stated}: ${chosen} cut off after ${decimals === 0 ? 'the whole number' : decimals === 1 ? 'one decimal' : `${decimals} decimals`}, not rounded (rounding gives ${rounded}).`;
export const DISSENT_TRUNCATED_USED = (who: string, stated: string, chosen: string, decimals: number, rounded: string) =>
  `${who} gives ${stated}; the value used, ${chosen}, is ${stated} cut off after ${decimals === 0 ? 'the whole number' : decimals === 1 ? 'one decimal' : `${decimals} decimals`}, not rounded (rounding gives ${rounded}).`;
export const DISSENT_SUPERSEDED = (who: string, stated: string, chosen: string) =>
  `${who} gives ${stated}, a preliminary figure that the final result, ${chosen}, replaces.`;
export const DISSENT_LOWER_STATUS = (who: string, stated: string, chosen: string, loser: string, winner: string) =>
  `${who} gives ${stated}, which does not agree with ${chosen} even allowing for rounding; it is ${loser}, and ${winner} comes first.`;
export const DISSENT_NOT_RESULT = (who: string, stated: string, what: string) =>
  `${who} gives ${stated} as ${what}, which never replaces a reported result.`;
export const DISSENT_OUTSIDE_RANGE = (who: string, stated: string, chosen: string) =>
  `${who} gives ${stated}; ${chosen} lies outside it.`;
export const DISSENT_OUTSIDE_RANGE_USED = (who: string, stated: string, chosen: string) =>
  `${who} gives ${stated}, which lies outside ${chosen}.`;
export const DISSENT_FEWER_SOURCES = (who: string, stated: string, chosen: string) =>
  `${who} gives ${stated}, which does not agree with ${chosen} even allowing for rounding and has fewer independent sources behind it.`;
export const DISSENT_SOURCE_ORDER = (who: string, stated: string, chosen: string) =>
  `${who} gives ${stated}, which does not agree with ${chosen} even allowing for rounding; the source of ${chosen} comes first in the policy's source order.`;
export const DISSENT_DIFFERENT = (who: string, stated: string, chosen: string) =>
  `${who} gives ${stated}, which does not agree with ${chosen} even allowing for rounding.`;
export const DISSENT_UPDATED = (who: string, stated: string, date: string, now: string, laterDate: string) =>
  `${who} gave ${stated} in an earlier article (${date}); its later article (${laterDate}) gives ${now}, which replaces it.`;
export const DISSENT_UNRESOLVED = (who: string, stated: string) => `${who} gives ${stated}.`;
export const DISSENT_WEAKER = (who: string, stated: string, chosen: string, weight: string, chosenWeight: string) =>
  `${who} gives ${stated}, which does not agree with ${chosen} even allowing for rounding; its evidence weighs ${weight} against ${chosenWeight}.`;
export const DISSENT_ARITHMETIC = (who: string, stated: string, chosen: string, identity: string) =>
  `${who} gives ${stated}, with which the arithmetic does not hold; with ${chosen} it does (${identity}).`;

// Cross-checks (Check.title, Check.detail) and derived figures (Figure.formula).
export const CHECK_SELF_TITLE = (source: string, figure: string) => `${source} gives different values for ${figure}`;
export const CHECK_SELF_DETAIL = (values: string) =>
  `The article states ${values}. It counts once among the sources (an equal share for each of its values).`;
export const CHECK_SELF_VALUE = (stated: string, claims: string) => `${stated} (${claims})`;
export const CHECK_SEAT_SUM_TITLE = (name: string) => `List seats plus single-mandate seats make the total: ${name}`;
export const CHECK_SEAT_SUM_DETAIL = (list: string, single: string, sum: string, total: string, ok: boolean) =>
  `${list} + ${single} = ${sum}; the total given is ${total}${ok ? '' : ', which does not match'}.`;
export const CHECK_SHARE_SUM_TITLE = (limit: string) => `The vote shares add up to at most ${limit}`;
/** A check of a later round (a run-off) of the election: its title says which round. */
export const CHECK_ROUND_TITLE = (title: string, round: string) => `${title} (round ${round})`;
export const CHECK_SHARE_TERM = (value: string, name: string) => `${value} (${name})`;
export const CHECK_SHARE_SUM_DETAIL = (terms: string, sum: string, limit: string, ok: boolean) =>
  `${terms} = ${sum}, ${ok ? 'at most' : 'more than'} ${limit}${ok ? '' : ' even allowing for rounding'}.`;
export const CHECK_ALLOCATION_TITLE = (name: string) => `List seats implied by the vote shares (largest remainder, Hare): ${name}`;
export const CHECK_ALLOCATION_DETAIL = (derived: string, reported: string, ok: boolean) =>
  `The vote shares give ${derived}; the articles report ${reported}${ok ? '' : ', which does not match'}.`;
export const CHECK_TURNOUT_TITLE = (name: string) => `Turnout against ballots cast and registered voters: ${name}`;
export const CHECK_TURNOUT_DETAIL = (ballots: string, registered: string, low: string, high: string, turnout: string, ok: boolean) =>
  `${ballots} out of ${registered} is between ${low} and ${high} (allowing for the precision stated); the turnout given, ${turnout}, lies ${ok ? 'inside' : 'outside'} that interval.`;
export const CHECK_PARTY_SUM_TITLE = (metric: string) => `The parties' ${metric} add up to the chamber's`;
export const CHECK_PARTY_SUM_DETAIL = (terms: string, sum: string, total: string, ok: boolean, exact: boolean) =>
  `${terms} = ${sum}; the chamber's figure is ${total}${ok ? (exact ? '' : ' (the other parties are not given)') : ', which is less'}.`;
export const CHECK_CLAIMS = (claims: string) => ` Claims involved: ${claims}.`;
export const CHECK_SHARE_SUM_STAGE_TITLE = (limit: string, stage: string) => `The vote shares of the ${stage} count add up to at most ${limit}`;
export const SKIP_MIXED_STAGES = (stages: string) => `the figures are of different counting stages (${stages})`;
export const CHECK_SKIPPED = (reason: string) => `Not computed: ${reason}.`;
export const SKIP_MISSING = (what: string) => `no figure for ${what}`;
export const SKIP_CONTESTED = (what: string) => `${what} is contested or only a range`;
export const FORMULA_HARE = (seats: string, share: string, sum: string, quota: string, whole: number, extra: boolean) =>
  `${seats} × ${share} / ${sum} = ${quota}; ${whole} whole seat${whole === 1 ? '' : 's'}${extra ? ' plus 1 for one of the largest remainders' : ''}.`;

// The methods note (describePolicy).
export const METHOD_GROUPING = (apart: string) =>
  `Each figure brings together the claims about one quantity: the same measure, for the same party or place, in the same election.${apart ? ` ${apart} are figures of their own and are never mixed with results.` : ''}`;
export const METHOD_INTERVALS =
  'A number is read as the interval of all values that round to it: a whole number stands for anything within half a unit of it, a number with decimals for anything within half a unit of its last decimal, and a range for anything between its two ends. An approximate round number ("about" a number ending in zeros) stands for anything that rounds to it at its last significant digit, keeping two. Values whose intervals overlap agree, and the most precise of them is used; a bound ("over", "almost") that agrees with several values counts for one past it.';
export const METHOD_TRUNCATION_DISAGREE =
  'A value with digits cut off rather than rounded (a share given with one decimal dropped, where rounding would have changed the last digit kept) does not agree; the disagreement is named as a truncation.';
export const METHOD_TRUNCATION_AGREE =
  'A value with digits cut off rather than rounded is taken to agree with the more precise value.';
export const METHOD_RULES_LEAD = (first: string) => `When values still disagree, the rules are tried in this order. ${first}`;
export const METHOD_ORDINALS = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];
export const METHOD_THEN = 'Then';
export const METHOD_PRECISION = (lead: string) =>
  `${lead}, precision: a value that is another value with digits cut off gives way to that more precise value, since it states no other value.`;
export const METHOD_STAGES = (stages: string[], snapshots: string[]) =>
  `A result is counted in stages, earliest first: ${stages.join(', ')}. Each stage a source names is a figure of its own, and a later stage supersedes an earlier one without disagreeing with it. A figure as of a moment of the count (${snapshots.join(', ')}: at a time of day, or with part of the votes counted) is a snapshot: snapshots of one quantity form a series and never disagree with the result.`;
export const METHOD_UPDATED =
  "A source that reports a count or share again in a later article updates itself: a value of its earlier article that its latest article does not agree with leaves the choice and is shown as that source's earlier word.";
export const METHOD_STATUS = (lead: string) =>
  `${lead}, stage: a value that only an earlier counting stage gives is superseded by a value of a later stage; a value whose stage is not stated competes with the latest stage on its evidence. An estimate or forecast never replaces a reported result.`;
export const METHOD_CONSENSUS = (lead: string, byOutlet: boolean, official: string, label: string) =>
  `${lead}, evidence: each independent source behind a value counts once (${
    byOutlet ? 'sources of one outlet, and articles that repeat one story, count once' : 'each article counts once, and articles that repeat one story count once'
  }); the electoral authority's own figures count ${official} times, a value a source labels with its counting stage ${label} times, and a claim the extractor attached with less confidence less. An article that contradicts itself counts an equal share for each of its values, and its self-contradiction is reported. The value with the most weight is used, and the rule says what weighed.`;
export const METHOD_ALLOCATION = (weight: string) =>
  `Where a party's list seats still compete, the seats the largest-remainder (Hare) method gives it from the settled vote shares, threshold and seats count ${weight} for the value that states them (less than one source).`;
export const METHOD_ARITHMETIC = (lead: string) =>
  `${lead}, arithmetic: where the values compete, the set of values with which list and single-mandate seats make the total, the parties' seats add up to the chamber's, and turnout equals ballots over registered voters is chosen, except that one source's own figures never rule out a value that two other independent sources state; an identity that no choice satisfies is a failing check that names the claims.`;
export const METHOD_SOURCE_TIER = 'the higher weight given to a source in its front matter (tier)';
export const METHOD_SOURCE_DATE = 'the later publication date';
export const METHOD_SOURCE_ORDER = (lead: string, by: string[], neverWins: boolean) =>
  `${lead}, source order: ${by.length ? `${by.join(', and after it ')} decides` : 'nothing decides'} between otherwise equal values. ${
    neverWins ? 'A source whose publication date is unknown never wins on date.' : 'When a publication date is unknown, the date decides nothing.'
  }`;
export const METHOD_CONFLICT =
  'Where no rule decides, the figure is marked as contested: the briefing shows every value with its source and chooses none.';
export const METHOD_CHECK_SEATS = 'list seats plus single-mandate seats against the total, per party and for the chamber';
export const METHOD_CHECK_SHARES = (limit: string) => `the sum of the vote shares (with "against all") against ${limit}`;
export const METHOD_CHECK_HARE =
  'the list seats that the vote shares imply under the largest-remainder (Hare) method among the parties over the threshold, against the seats reported';
export const METHOD_CHECK_TURNOUT = 'the turnout against ballots cast and registered voters, where both are stated';
export const METHOD_CHECK_PARTY_SUM = "the parties' seats against the chamber's seats";
export const METHOD_CHECKS = (list: string[]) =>
  `Cross-checks computed from the figures: ${list.join('; ')}. A failing check is shown, never dropped.`;

// ── charts: spec files, data binding, descriptions (owner: charts) ─────────────────────────
export const CHART_HINT_README = 'See templates/charts/README.md for how a chart spec names its data.';
export const CHART_BAD_JSON = (reason: string) => `the chart spec is not valid JSON: ${reason}`;
export const CHART_BAD_JSON_HINT = 'Fix the JSON at this place (a missing comma, quote or bracket is the usual cause).';
export const CHART_NO_BINDING = 'the chart spec has no "usermeta": {"briefing": {...}} block naming its title and data';
export const CHART_BAD_BINDING = (reason: string) => `the chart's "usermeta.briefing" block is not valid: ${reason}`;
export const CHART_NO_MATCH = (pattern: string) => `no figure matches "${pattern}"`;
export const CHART_NO_MATCH_HINT = (nearest: string | null) =>
  `${nearest ? `Did you mean "${nearest}"? ` : ''}Fix the pattern (the figure ids are listed in output/data/figures.json), or add "optional": true to this data source if the chart may show it only when the sources give it.`;
export const CHART_NONE_WITHOUT = (pattern: string, other: string) => `every figure "${pattern}" matches has a partner in "${other}": nothing is left to show`;
export const CHART_NONE_WITHOUT_HINT = 'Place the chart in an :::optional passage (it is then left out for such an election), or add "optional": true to this data source.';
export const CHART_UNKNOWN_DATA = (name: string) => `the chart uses data "${name}", which its "usermeta.briefing.data" does not declare`;
export const CHART_UNKNOWN_DATA_HINT = (known: string[]) =>
  known.length ? `Declared data sources: ${known.join(', ')}.` : 'Declare the data source under "usermeta": {"briefing": {"data": {...}}}.';
export const CHART_TYPED_DATA = (key: string) => `the chart spec brings its own data ("${key}")`;
export const CHART_TYPED_DATA_HINT =
  'Every number in a chart comes from the sources: read a data source declared in "usermeta.briefing.data" with {"data": {"name": "..."}}, and place marks with fields, not typed values.';
export const CHART_TYPED_NUMBER = (template: string) => `the text "${template}" contains a typed number`;
export const CHART_TYPED_NUMBER_HINT =
  'Write numbers from fields: a label as "{name} {election}", a mark\'s text as {"field": "text"}, so that every number comes from the sources.';
export const CHART_UNKNOWN_FIELD = (field: string) => `the chart uses field "${field}", which its data does not have`;
export const CHART_UNKNOWN_FIELD_HINT = (nearest: string | null, known: string[]) =>
  `${nearest ? `Did you mean "${nearest}"? ` : ''}Fields of the data: ${known.join(', ')}.`;
export const CHART_INVALID_VEGA_LITE = (reason: string) => `the chart is not valid Vega-Lite: ${reason}`;
export const CHART_NOT_OBJECT = 'the spec is not a JSON object';
export const CHART_UNKNOWN_VALUE = (what: string, value: string) => `unknown ${what} "${value}"`;
export const CHART_UNKNOWN_VALUE_HINT = (nearest: string | null, known: string[]) =>
  `${nearest ? `Did you mean "${nearest}"? ` : ''}Known: ${known.join(', ')}.`;
export const CHART_BAD_EXPRESSION = (expr: string, reason: string) => `the expression "${expr}" does not parse (${reason})`;
export const CHART_BAD_EXPRESSION_HINT = 'Write a Vega expression (https://vega.github.io/vega/docs/expressions/), e.g. "datum.value / 2"; fields are datum.<field>.';
export const CHART_INVALID_VEGA_LITE_HINT = 'Check the spec against the Vega-Lite documentation (https://vega.github.io/vega-lite/docs/).';
export const CHART_BAD_THEME = (reason: string) => `the chart theme is not valid: ${reason}`;
export const CHART_BAD_THEME_HINT = 'The theme has "colors" (entity id to a CSS color), "palette" (the colours of entities "colors" leaves out, a list) and "config" (a Vega-Lite config).';
export const CHART_BAD_ID = (id: string) => `the chart id "${id}" (the file name without .vl.json) is not lower-case letters, digits and dashes`;
export const CHART_BAD_ID_HINT = 'Rename the file, e.g. vote-shares.vl.json, and name the chart by that id in the briefing.';
export const CHART_DUPLICATE_ID = (id: string) => `two chart specs have the id "${id}"`;
export const CHART_DUPLICATE_ID_HINT = 'Give each file in templates/charts/ its own name.';
/** One data row in a chart description: "Amanat 53.9 %". */
export const CHART_DESC_ITEM = (label: string, value: string) => `${label} ${value}`;
/** A data source's rows in a chart description, after its lead: "Seats of Amanat: 2021 76 seats, 2023 63 seats." */
export const CHART_DESC_LEAD = (lead: string, items: string) => `${lead}: ${items}.`;
/** The values each source gives for one figure, in a chart description. */
export const CHART_DESC_SOURCES = (figure: string, values: string[], used: string | null) =>
  `${figure}: ${values.join(', ')}; ${used == null ? 'no value chosen' : `value used ${used}`}.`;
export const CHART_DESC_EMPTY = 'The sources give no figures for this chart.';
/** One stated value and who states it, in a chart description: "54 % (Sailau News and The Diplomat)". */
export const CHART_DESC_STATED = (value: string, sources: string) => `${value} (${sources})`;
/** The sources that state one value: "A", "A and B", "A, B and C", "A, B, C and 4 others". */
export const CHART_SOURCE_ARTICLES = (outlet: string, articles: number) => `${outlet} (${articles.toLocaleString('en')} articles)`;
export const CHART_SOURCE_LIST = (names: string[], more: number) => {
  const all = more > 0 ? [...names, `${more.toLocaleString('en')} ${more === 1 ? 'other' : 'others'}`] : names;
  return all.length <= 1 ? (all[0] ?? '') : `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
};
/** Said of a figure the pipeline computed rather than read (a derived figure). */
export const CHART_NOTE_DERIVED = 'computed, not reported';
export const CHART_TABLE_ITEM = 'Item';
export const CHART_TABLE_FIGURE = 'Figure';
export const CHART_TABLE_SOURCE = 'Source';
export const CHART_TABLE_VALUE = 'Value';

// ── build: manifest, publish, reproducibility, preview (owner: build/CI) ──────────────────
export const STALE_MANIFEST = (file: string) => `${file} no longer matches output/manifest.json`;
export const STALE_MANIFEST_HINT = 'An output changed after the manifest was written: run `make publish` (it rebuilds first).';
export const REPRO_BUILD_FAILED = (label: string) => `build ${label} of the reproducibility check failed`;
export const REPRO_BUILD_FAILED_HINT = 'Its output is above; `make` in the working tree shows the same error.';
export const NOT_REPRODUCIBLE = 'two builds of the same inputs gave different bytes';
export const NOT_REPRODUCIBLE_HINT =
  'Something in this output depends on the clock, randomness, the folder or file order: compare the two builds (diff, or pdftotext for the PDF) and make it depend only on the inputs.';
export const REPRO_NOTHING = 'the reproducibility check built no output';
export const PREVIEW_BUILD_FAILED = 'the build failed; the page shows the last good briefing';
export const PREVIEW_NO_PAGE = 'no briefing has been built yet';
export const PREVIEW_NO_PAGE_HINT = 'Fix the error below and save: the page reloads by itself.';
export const PREVIEW_LISTENING = (url: string, sources = 'sources/', templates = 'templates/') =>
  `preview: serving the briefing at ${url} (watching ${sources} and ${templates}; Ctrl-C stops)`;
/** `cpu`: the preview process's processor time during an in-process build; null for a build through make (other processes). */
export const PREVIEW_REBUILT = (seconds: string, cpu: string | null = null) => `preview: rebuilt in ${seconds}${cpu === null ? '' : ` (${cpu} of processor time)`}; the page reloads`;
export const PREVIEW_FAILED = (seconds: string) => `preview: the build failed after ${seconds}; the page shows the error above the last good briefing`;
export const PREVIEW_PORT_IN_USE = (port: number) => `port ${port} on localhost is already in use`;
export const PREVIEW_PORT_IN_USE_HINT = (free: number | null) =>
  free === null
    ? 'Stop the other preview, or let the system choose a free port: `make preview PORT=0`.'
    : `Stop the other preview, or use port ${free}, which is free now: \`make preview PORT=${free}\`.`;
export const CORPUSGEN_NO_FRONT_MATTER = 'a seed article for the generated corpus has no front matter';
export const CORPUSGEN_NO_ID = 'a seed article for the generated corpus has no "id" in its front matter';
export const CORPUSGEN_SEED_HINT = 'The generated corpus copies the articles in sources/: fix this one (`make` reports the same file).';
export const BENCH_CORPUS_RATIO = (articles: number, mb: number, median: number, lo: number, hi: number, rounds: number) =>
  `ingest + extract against remark-parse alone on the development corpus's real articles (${articles} texts, ${mb.toFixed(2)} MB, one thread taking turns): ${median.toFixed(2)}× (median of ${rounds} rounds, ${lo.toFixed(2)}–${hi.toFixed(2)}×); goal ≤ 1.5×`;
export const BENCH_CORPUS_NO_TEXTS = 'no texts in test/corpus/texts/ (see test/corpus/README.md)';
export const BENCH_CORPUS_RATIO_MISSING = (why: string) => `ingest + extract against remark-parse on the development corpus: not measured (${why})`;
export const BENCH_NOT_AVAILABLE = (what: string) => `not available (${what})`;

// ── changes: what changed since the last published briefing (owner: changes) ─────────────
// Shown to readers of the briefing and in the terminal: no →, ≤, ≥, ≈ (the font lacks them).
export const BAD_BASELINE = (reason: string) => `the last published baseline cannot be read: ${reason}`;
export const BAD_BASELINE_HINT =
  'It was published by another version of the pipeline or edited by hand. Delete it to build as a first publication, or put the baseline.json of the published site in its place.';

export const CHANGE_STATUS: Record<string, string> = {
  agreed: 'agreed',
  rounded: 'sources agree within rounding',
  resolved: 'resolved by a rule',
  conflict: 'contested',
  single: 'single source',
  derived: 'derived',
};
export const CHANGE_CHECK_STATUS: Record<string, string> = { ok: 'passes', fails: 'fails', skipped: 'not computed' };
export const CHANGE_CONTESTED = 'no value (contested)';
export const CHANGE_CONTESTED_STATE = (values: string[]) => `no value (contested: ${CHANGE_LIST(values)})`;
/** "54.19 % (preliminary, single source)"; the qualifier is left out when it is not stated. */
export const CHANGE_STATE = (value: string, qualifier: string | null, status: string) =>
  `${value} (${qualifier ? `${qualifier}, ` : ''}${status})`;
/** How a source is named in the change list: outlet and title where both are known. */
export const CHANGE_SOURCE_LABEL = (name: string, title: string | null) =>
  title && title !== name ? `${name}, "${title}"` : name;
export const CHANGE_LIST = (names: string[]) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;

export const CHANGE_SOURCE_ADDED = (label: string) => `Added: ${label}.`;
export const CHANGE_SOURCE_REMOVED = (label: string) => `Removed: ${label}.`;
export const CHANGE_SOURCE_EDITED = (label: string, parts: string[]) => `Edited: ${label} (${CHANGE_LIST(parts)} changed).`;
export const CHANGE_PART_TEXT = 'the article text';
export const CHANGE_PART_DETAILS = 'the front matter';
export const CHANGE_PART_FILE = 'the file name';

export const CHANGE_WHY_ADDED = (names: string[]) => `source added: ${CHANGE_LIST(names)}`;
export const CHANGE_WHY_REMOVED = (names: string[]) => `source removed: ${CHANGE_LIST(names)}`;
export const CHANGE_WHY_EDITED = (names: string[]) => `source edited: ${CHANGE_LIST(names)}`;
export const CHANGE_WHY_INPUTS = (paths: string[]) => `${CHANGE_LIST(paths)} changed`;
export const CHANGE_WHY_PIPELINE = 'same sources and settings; the pipeline reads them differently now';

export const CHANGE_FIGURE_CHANGED = (id: string, from: string, to: string, why: string) => `${id}: from ${from} to ${to}; ${why}.`;
export const CHANGE_FIGURE_ADDED = (id: string, to: string, why: string) => `${id}: new, ${to}; ${why}.`;
export const CHANGE_FIGURE_REMOVED = (id: string, from: string, why: string) => `${id}: no longer given, was ${from}; ${why}.`;

export const CHANGE_VALUES = (value: string, names: string[]) => `${value} from ${CHANGE_LIST(names)}`;
export const CHANGE_CONFLICT_OPENED = (id: string, values: string[]) =>
  `${id}: the sources now disagree (${CHANGE_LIST(values)}) and no value is chosen.`;
export const CHANGE_CONFLICT_RESOLVED = (id: string, to: string, rule: string) => `${id}: no longer contested, ${to} is used. ${rule}`;
export const CHANGE_CONFLICT_DROPPED = (id: string) => `${id}: the contested figure is no longer given.`;

export const CHANGE_CHECK_CHANGED = (title: string, from: string, to: string, detail: string) =>
  `"${title}": from ${from} to ${to}. ${detail}`;
export const CHANGE_CHECK_ADDED = (title: string, status: string, detail: string) => `"${title}": new, ${status}. ${detail}`;
export const CHANGE_CHECK_REMOVED = (title: string) => `"${title}": no longer computed.`;

export const CHANGE_INPUT = (path: string, change: 'added' | 'removed' | 'edited') => `${path}: ${change}.`;

export const CHANGES_FIRST = 'First publication: there is no earlier published briefing to compare with.';
export const CHANGES_NONE = 'No changes: the sources, figures, checks and settings are those of the last published briefing.';
export const CHANGES_SINCE = (date: string | null, digest: string) =>
  `Changes since the briefing published from sources up to ${date ?? 'an unknown date'} (snapshot ${digest.slice(0, 12)})`;
export const CHANGES_REPUBLISHED = (date: string | null) =>
  `This build is the latest publication (sources up to ${date ?? 'an unknown date'}), so it is compared with the publication before it, as that briefing was.`;
export const CHANGES_REPUBLISHED_FIRST = (date: string | null) =>
  `This build is the latest publication (sources up to ${date ?? 'an unknown date'}), the first one: its briefing says "First publication", and there is no publication before it to compare with. Edit a source or template to see what changed since it.`;
/** The changes stage's progress line for a build with the content of the latest publication. */
export const CHANGES_STAGE_REPUBLISHED = (first: boolean, summary: string) =>
  first
    ? 'this build is the latest publication (output/publish/baseline.json), the first: nothing before it to compare with'
    : `this build is the latest publication; compared, as it was, with the one before it: ${summary}`;
export const CHANGES_HEADINGS = { sources: 'Sources', figures: 'Figures', conflicts: 'Conflicts', checks: 'Cross-checks', inputs: 'Settings and templates' };
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
export const CHANGES_COUNTS = (c: { sources: number; figures: number; conflicts: number; checks: number; inputs: number }) =>
  [
    c.sources ? count(c.sources, 'source', 'sources') : '',
    c.figures ? count(c.figures, 'figure', 'figures') : '',
    c.conflicts ? count(c.conflicts, 'conflict', 'conflicts') : '',
    c.checks ? count(c.checks, 'cross-check', 'cross-checks') : '',
    c.inputs ? count(c.inputs, 'settings or template file', 'settings or template files') : '',
  ]
    .filter((s) => s !== '')
    .join(', ') + ' changed';

// ── the one-process incremental build (graph.ts, plan.ts, cli.ts build) ──────────────────────
export const GRAPH_UNKNOWN_GOAL = (goal: string, stages: string[]) => `"${goal}" is not a goal of the build (it has all, data, html, pdf, ${stages.join(', ')})`;
export const BUILD_NEEDS_GOAL = '`build` needs --goal GOAL (all, data, html, pdf, manifest or a stage name) and nothing else';
export const BUILD_NEEDS_GOAL_HINT = 'Run `make`, which calls it; to run stages by hand, name them: `node pipeline/launch.mjs ingest extract`.';
export const BUILD_STOPPED = (stage: string, errors: number) =>
  `the build stopped at the ${stage} stage (${errors} error${errors === 1 ? '' : 's'} above): the stages before it are up to date; ${stage} and the stages after it keep the outputs of the last good build`;
export const SOURCE_IS_FOLDER = 'this is a folder, but every name ending in .md in the sources folder is read as an article';
export const SOURCE_IS_FOLDER_HINT = 'Rename the folder so that its name does not end in .md, or move it out of the sources folder.';

// ── editors' inputs: style, layout and chart specs are data (owner: render, charts) ────────
export const STYLE_SYNTAX = (reason: string) => `the stylesheet does not parse here: ${reason}`;
export const STYLE_SYNTAX_HINT = 'Fix the CSS at this place; the build goes on with the rule as a browser would read it.';
export const TEMPLATE_IMAGE = (url: string) => `the template shows the image "${url}", which the briefing would load from outside`;
export const TEMPLATE_IMAGE_HINT =
  'The briefing is one self-contained file that loads nothing: leave the picture out, or put it in templates/layout.html as a data: image; charts are ::chart directives.';
export const TEMPLATE_LINK = (url: string) => `the template links to "${url}", an address the briefing does not allow`;
export const TEMPLATE_LINK_HINT = 'A link in the template goes to a web page (http:// or https://), a place in the briefing (#id) or an e-mail address (mailto:).';
export const STYLE_IMPORT = 'the stylesheet imports another stylesheet (@import)';
export const STYLE_URL = (url: string, fn = 'url') => `the stylesheet loads "${url}" with ${fn}()`;
export const STYLE_EXTERNAL_HINT =
  'The briefing is one self-contained file: write the rules into templates/style.css itself, and give images as data: URLs (fonts are embedded by the pipeline).';
export const STYLE_UNKNOWN_FONT = (family: string) => `the font "${family}" is not embedded in the briefing`;
export const STYLE_UNKNOWN_FONT_HINT =
  'Only Inter is embedded; another family would make the browser fall back to a system font and embed it in the PDF. Use Inter, or a generic family (sans-serif).';
export const LAYOUT_UNSAFE = (what: string) => `the layout contains ${what}, which the briefing does not allow`;
/** What LAYOUT_UNSAFE names. */
export const LAYOUT_UNSAFE_ELEMENT = (tag: string) => `a <${tag}> element`;
export const LAYOUT_UNSAFE_HTTP_EQUIV = 'a <meta http-equiv> element';
export const LAYOUT_UNSAFE_HANDLER = (name: string) => `an event handler attribute (${name})`;
export const LAYOUT_UNSAFE_ADDRESS = (address: string, attribute: string) => `the address "${address}" in ${attribute}`;
export const LAYOUT_UNSAFE_HINT =
  'The briefing is one script-free, self-contained file: the layout may hold plain HTML, <slot> elements and links to #places in the document; styles go in templates/style.css.';
export const CHART_UNSAFE = (what: string) => `the chart spec uses ${what}, which would load or link something outside the briefing`;
/** What CHART_UNSAFE names: a `url`/`href` key, an address written as a string, an image mark. */
export const CHART_UNSAFE_KEY = (key: string) => `"${key}"`;
export const CHART_UNSAFE_ADDRESS = (address: string) => `the address "${address}"`;
export const CHART_UNSAFE_IMAGE = 'an image mark';
export const CHART_UNSAFE_HINT =
  'Charts draw only the data the pipeline gives them: no image marks, no "url" or "href" channels, no addresses (the briefing is one self-contained file with no links out of it).';

// ── input files: where they lie, what they are, how large (owner: inputs) ──────────────────
export const INPUT_OUTSIDE = (file: string) => `${file} is a link to a file outside the project, which the build does not read`;
export const INPUT_OUTSIDE_HINT = 'Copy the file into the project instead of linking to it: the briefing is built from the project\'s own files only.';
/** A size in bytes, exactly, with thousands grouped ("4,194,304 bytes"). */
export const SIZE_BYTES = (bytes: number) => `${new Intl.NumberFormat('en').format(bytes)} bytes`;
/** A size of whole MiB or KiB ("4 MiB"). */
export const SIZE_MIB = (mib: number) => `${mib} MiB`;
export const SIZE_KIB = (kib: number) => `${kib} KiB`;
/** What an input that is no regular file is, in words (the `what` of INPUT_NOT_FILE). */
export const KIND_FOLDER = 'a folder';
export const KIND_FIFO = 'a named pipe (FIFO)';
export const KIND_DEVICE = 'a device';
export const KIND_SOCKET = 'a socket';
export const KIND_OTHER = 'not a file';
export const INPUT_NOT_FILE = (file: string, what: string) => `${file} is ${what}, not a regular file`;
export const INPUT_NOT_FILE_HINT = 'Replace it with an ordinary file, or move it out of the folder: the build reads regular files only (a pipe or a device could block it or never end).';
export const INPUT_TOO_LARGE = (file: string, size: string, limit: string) => `${file} is ${size}, more than the ${limit} the build reads for a file of its kind`;
export const INPUT_TOO_LARGE_HINT = 'Split it, or remove what the briefing does not need (see README, "Inputs are data, and have limits").';
export const BAD_FILE_NAME = (name: string) => `the file name "${name}" has characters the build does not accept`;
export const BAD_FILE_NAME_HINT = (suggestion: string) =>
  `Rename it with letters, digits, dots, dashes and underscores only, e.g. "${suggestion}".`;
export const YAML_ALIASES = (n: number) => `its aliases (*name) expand more than ${n} times, which could make the file grow without end`;
export const YAML_ALIASES_HINT = 'Write the values out instead of repeating them through aliases (&name … *name).';
export const NESTING_TOO_DEEP = (max: number) => `the article nests quotes, lists or indented blocks more than ${max} levels deep here`;
export const NESTING_TOO_DEEP_HINT = 'Paste the article text without its nesting (an article is paragraphs, short lists and tables); deeper nesting would make the build slow.';
export const CHART_TOO_LARGE = (key: string, value: number, max: number) => `the chart asks for a "${key}" of ${value}, more than the ${max} a chart may have`;
export const CHART_TOO_LARGE_HINT = 'A printed page is about 700 pixels wide: give sizes that fit it (the build would spend its time and memory drawing what no page can show).';
export const BIDI_UNBALANCED = (field: string, control: string) => `front-matter field "${field}" has the direction control ${control}, which is not closed (or closes nothing): it would turn the text after it around`;
export const BIDI_UNBALANCED_HINT = 'Remove the invisible control character (or close it); the briefing shows the field isolated from the text around it either way.';
export const PUBLISHED_AFTER_RETRIEVED = (published: string, retrieved: string) => `the article is dated ${published}, after the day it was retrieved (${retrieved})`;
export const PUBLISHED_OUTLIER = (published: string, next: string) => `the article is dated ${published}, more than a year after every other article (the next latest is ${next})`;
export const DATE_CHECK_HINT = 'Check the date against the page; the briefing takes its own date from the latest article ("date: latest-source" in templates/briefing.md).';
export const TOO_MANY_FIGURES = (count: number, max: number) =>
  `the article states ${new Intl.NumberFormat('en').format(count)} figures; one article may state at most ${new Intl.NumberFormat('en').format(max)}`;
export const TOO_MANY_FIGURES_HINT =
  'Check that the file holds one news article, not a results table or a data dump; split a long one into its articles (the briefing cites and quotes every figure).';
export const RAW_HTML = (html: string) => `the template contains raw HTML ("${html}"), which the briefing does not show`;
export const RAW_HTML_HINT = 'Write it in Markdown or with a directive; markup in the template is dropped, never passed through (layout and style belong in templates/layout.html and style.css).';
export const BROKEN_DIRECTIVE = (text: string) => `"${text}" looks like a directive but does not parse, so it would be printed as written`;
export const BROKEN_DIRECTIVE_HINT = 'Close its brackets: :name[label] in a sentence, ::name[label]{#id} on a line of its own (see README, "Editing the briefing").';
export const DUPLICATE_CHART = (id: string) => `the chart "${id}" is placed a second time`;
export const DUPLICATE_CHART_HINT = 'Each chart usually stands once; the second one is numbered and linked on its own. Remove it if it was not meant.';

// ── add: a saved web page or an address → sources/<id>.md (pipeline/add/) ─────────────────────
export const ADD_USAGE = 'add needs one or more saved pages or addresses: `make add PAGE=saved.html` or `make add URL=https://…`';
export const ADD_USAGE_HINT = 'Several pages: PAGE="a.html b.html". From the CLI: node pipeline/launch.mjs add [--allow-private] page.html https://…';
export const ADD_NOT_HTML = (what: string) => `the page is not an HTML page: it is ${what}`;
/** What a page that is not HTML is, for ADD_NOT_HTML. */
export const ADD_KIND = {
  pdf: 'a PDF document',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  zip: 'a ZIP archive (a .docx, .epub or .zip)',
  gzip: 'a gzip archive',
  json: 'JSON data',
  binary: 'a binary file',
  noMarkup: 'text without HTML markup',
  servedAs: (type: string) => `served as ${type}`,
} as const;
export const ADD_PAGE_MISSING = 'the file does not exist (ENOENT)';
export const ADD_PAGE_NOT_FILE = 'it is not a regular file';
export const ADD_NOT_HTML_HINT = 'Save the article from the browser as "Web page, complete" or "HTML only" (or with SingleFile), and add that .html file.';
export const ADD_TOO_LARGE = (size: string, limit: string) => `the page is ${size}; a page may have at most ${limit}`;
export const ADD_TOO_LARGE_HINT = 'Save the page as "HTML only" (without inlined images), or save the article alone.';
export const ADD_NO_ARTICLE = (title: string | null, words: number) =>
  `no article text found on the page ${title ? `"${title}"` : '(it has no title)'}${words > 0 ? `: only ${words} word${words === 1 ? '' : 's'} of text` : ''}`;
export const ADD_NO_ARTICLE_HINT = (paywalled: boolean) =>
  paywalled
    ? 'The page says its article is not free to read (a paywall): save the page while signed in, so that it holds the whole text, and add that file.'
    : 'Save the page once it shows the whole article (some pages load it with JavaScript, or behind a sign-in), or paste the text into a sources/*.md file by hand.';
export const ADD_DUPLICATE = (existing: string, how: 'url' | 'text') =>
  `this article is already in the sources: ${existing} has ${how === 'url' ? 'the same address' : 'the same text'}; the page was not added`;
export const ADD_DUPLICATE_HINT = 'Nothing to do if it is the same article. To replace it, delete that file first and add the page again.';
export const ADD_WROTE = (file: string, words: number, nulls: string[]) =>
  `wrote ${file} (${words} words${nulls.length ? `; not on the page: ${nulls.join(', ')}` : ''})`;
export const ADD_WROTE_HINT = 'Read it against the page and correct the front matter where needed; fields that are null are explained in "notes".';
export const ADD_NOTE_FOUND = (list: string) => `Front matter read from the page: ${list}.`;
export const ADD_NOTE_MISSING = (field: string, lookedIn: string) => `${field} not given on the page (looked for ${lookedIn}).`;
export const ADD_NOTE_FETCHED = (date: string) => `Fetched by make add on ${date}.`;
export const ADD_NOTE_CHECK_TITLE = 'The title is the page\'s <title>: check that it is the headline.';
// Fetching (URL=)
export const ADD_BAD_URL = (url: string) => `"${url}" is not an http(s) address`;
export const ADD_BAD_URL_HINT = 'Give the whole address, starting with https:// (or http://).';
export const ADD_PRIVATE = (host: string, address: string) => `${host} is on a private network (${address}); addresses on private networks are not fetched`;
export const ADD_NO_ADDRESS = 'no address';
export const ADD_PRIVATE_HINT = 'Save the page from the browser and add the file (PAGE=…); for a local test server you mean, add --allow-private (with make: CLIFLAGS=--allow-private).';
export const ADD_NO_HOST = (host: string, reason: string) => `the host ${host} could not be found (${reason})`;
export const ADD_NO_HOST_HINT = 'Check the address, and that this machine is online.';
export const ADD_FETCH_FAILED = (reason: string) => `the page could not be fetched: ${reason}`;
export const ADD_FETCH_FAILED_HINT = 'Check the address in a browser; if the site refuses scripts, save the page from the browser and add the file (PAGE=…).';
export const ADD_HTTP_STATUS = (status: number, text: string) => `the server answered ${status}${text ? ` ${text}` : ''}`;
export const ADD_TIMEOUT = (seconds: number) => `no complete answer within ${seconds} s`;
export const ADD_TOO_MANY_REDIRECTS = (n: number) => `more than ${n} redirects`;
export const ADD_REDIRECT_NO_LOCATION = 'a redirect without an address to go to';
// ── layout check (charts stage on the SVG, print stage on the laid-out pages) ────────────
export const LAYOUT_LABELS_OVERLAP = (chart: string, a: string, b: string) => `chart "${chart}": the label "${a}" overlaps the label "${b}"`;
export const LAYOUT_RULE_CROSSES_LABEL = (chart: string, label: string) => `chart "${chart}": a rule line runs through the label "${label}"`;
export const LAYOUT_CHART_HINT =
  'Move the label (dx/dy, align, baseline) or the mark it belongs to so that it stands clear; templates/charts/README.md shows how.';
export const LAYOUT_OVERFLOW = (element: string, page: number | null, by: number) =>
  `${element} on ${page === null ? 'a page' : `page ${page}`} runs ${by} px past the right edge of the page's text area`;
export const LAYOUT_OVERFLOW_HINT =
  'Let it wrap (overflow-wrap: anywhere; a table with table-layout: fixed) or make it narrower in templates/style.css.';
export const LAYOUT_UNDERFULL = (page: number, percent: number) =>
  `page ${page} is only ${percent} % full, and no section ends there`;
export const LAYOUT_UNDERFULL_HINT =
  'Something too tall for the rest of the page was pushed to the next one: let it split (break-inside: auto), or make it smaller.';

// ── counts (:count[…], in the text and the template's front matter) ──────────────────────
export const UNKNOWN_COUNT = (what: string) => `unknown count "${what}"`;
export const UNKNOWN_COUNT_HINT = (known: string[]) => (nearest: string | null) =>
  `${nearest ? `Did you mean "${nearest}"? ` : ''}Count one of: ${known.join(', ')}.`;

// ── check-event: stale data of another election (pipeline/build/event.ts, `make check-event`) ──
export const EVENT_ENTITY_UNUSED = (id: string, aliases: string[]) =>
  `entity "${id}" is mentioned by no source (none of ${aliases.map((a) => `"${a}"`).join(', ')} stands in an article)`;
export const EVENT_ENTITY_UNUSED_HINT =
  'An entity of another election left in the lexicon: delete it. If the articles spell it otherwise, add that spelling to its aliases.';
export const EVENT_THEME_UNKNOWN = (id: string) => `the theme gives a colour to "${id}", which is no entity of the lexicon and no series of a chart`;
export const EVENT_THEME_UNKNOWN_HINT = (nearest: string | null) =>
  `${nearest ? `Did you mean "${nearest}"? ` : ''}Delete the colours of another election (they are never used); a party without a colour gets one of its own from the fallback palette, or give it one here by its entity id.`;
export const EVENT_CHART_NO_MATCH = (chart: string, pattern: string) => `chart "${chart}": no figure matches "${pattern}"`;
export const EVENT_CHART_NO_MATCH_PLACED_HINT =
  'The template places this chart, so the build stops on it: fix the pattern (the figure ids are in output/data/figures.json), mark the data source "optional": true, or remove the chart from the template.';
export const EVENT_CHART_NO_MATCH_OPTIONAL_HINT =
  'The template places this chart only in an :::optional passage, so the build leaves it out while no figure matches: nothing to do if this election lacks these figures; fix the pattern if it should match.';
export const EVENT_CHART_NO_MATCH_UNPLACED_HINT =
  'The template does not place this chart, so it is not built: delete the spec if it belongs to another election, or fix its patterns before you place it.';
export const EVENT_FOREIGN_OWN = (name: string, country: string) => `"foreign:" lists "${name}", a name of this election's own country (${country})`;
export const EVENT_FOREIGN_OWN_HINT =
  'Delete it from "foreign:": a number next to a foreign place is no claim, and the election\'s own country is never foreign (the build already leaves it out).';
export const EVENT_LABEL_CHAMBER = (metric: string, label: string, name: string, chambers: string[]) =>
  `the label of "${metric}", "${label}", names "${name}", which is not this election's chamber (${chambers.length ? chambers.map((c) => `"${c}"`).join(', ') : 'election.chamber is empty'})`;
export const EVENT_LABEL_CHAMBER_HINT =
  'A label of another election: name this election\'s chamber, or add the name to election.chamber if it is one of its names (the briefing shows this label).';
export const EVENT_SUMMARY = (errors: number, warnings: number, checked: string) =>
  errors + warnings === 0
    ? `check-event: nothing stale found (${checked})`
    : `check-event: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} (${checked})`;
export const EVENT_CHECKED = (entities: number, colours: number, specs: number, sources: number) =>
  `${entities} entities, ${colours} theme colours, ${specs} chart specs, ${sources} sources checked`;
export const EVENT_FAILED = (errors: number) => `${errors} error${errors === 1 ? '' : 's'} in the event's data (listed above): the build would stop on ${errors === 1 ? 'it' : 'them'}`;
export const EVENT_FAILED_HINT = 'Fix the errors; the warnings are stale data the build ignores, which you may clean up too.';

// ── the command line: help (cli.ts) ───────────────────────────────────────────────────────────
/** What each stage reads and writes, for `help STAGE` and the usage. */
export const STAGE_HELP: Record<string, string> = {
  ingest: 'sources/*.md → data/corpus.json: front matter validated, boilerplate removed, sentences split',
  extract: 'data/corpus.json → data/claims.json, claims.csv: every figure an article states, with its sentence',
  reconcile: 'data/claims.json → data/figures.json, checks.json: one figure per quantity, by sources/policy.yaml; cross-checks',
  changes: 'data/* and output/publish/baseline.json → data/changes.json, snapshot.json: what changed since the last publication',
  charts: 'templates/charts/*.vl.json + data/figures.json → data/charts.json: each chart as SVG with its data table',
  render: 'templates/ + data/* → briefing.html, data/briefing.json: the self-contained HTML briefing',
  print: 'briefing.html → briefing.pdf: Chromium (JavaScript off, no requests) prints the tagged A4 PDF',
};
export const HELP_BUILD = 'what make runs: every out-of-date stage the goal needs, in one process (build/graph.ts, build/plan.ts)';
export const HELP_STAGE_VIA = 'make runs the stages as needed (`make`, `make data | html | pdf`)';
export const HELP_BUILD_VIA = 'called by make (`make`, `make data | html | pdf | manifest`)';
export const HELP_OPTIONS = `options:
  --root DIR     the project folder (default: .)
  --out DIR      the output folder (default: ROOT/output)
  --sources DIR, --templates DIR   another event's folders, built with this code (make EVENT=dir)
  --quiet        no progress lines: only warnings and errors (make: CLIFLAGS=--quiet)
  --debug        a stack trace with an error
  -h, --help     this help; \`help COMMAND\` (or \`COMMAND --help\`) for one command's`;
export const HELP_FOOTER = 'Make runs these for you (`make help` lists its targets); the README explains each.';
export const HELP_UNKNOWN = (name: string) => `unknown stage or command: ${name}`;

// ── a claim's account of its qualifier (`confidence.stage`, `make claims`) ──────────────────
const STEP_WORDS: Record<number, string> = { 1: 'not a result or a recount', 2: 'own words or frame', 3: 'preliminary words', 4: 'a count not complete', 5: 'a complete count not called final', 6: 'final words', 7: 'no stage word' };
export const STAGE_WHY_SENTENCE = (step: number) => `its sentence's words (step ${step}: ${STEP_WORDS[step]})`;
export const STAGE_WHY_FRAME = (step: number, at: string | null) => `the frame${at ? ` at ${at}` : ''} (step ${step}: ${STEP_WORDS[step]})`;
export const STAGE_WHY_HEADLINE = (step: number) => `the headline (step ${step}: ${STEP_WORDS[step]})`;
export const STAGE_WHY_NONE = 'no stage word in its sentence or before it (step 7)';
const OWN_RULE_WORDS: Record<string, string> = {
  historical: 'words of an earlier election',
  exit_poll: "an exit poll's words",
  forecast: "a forecast's or poll's words",
  estimate: "an estimate's words",
  rule: 'words of the electoral system (a rule)',
};
export const STAGE_WHY_OWN_RULE = (qualifier: string) => `${OWN_RULE_WORDS[qualifier] ?? 'a cue beside the number, a time of day or its metric'}, not the decision list's stage of its sentence`;
