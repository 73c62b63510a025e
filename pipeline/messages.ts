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

// ── lexicon ─────────────────────────────────────────────────────────────────────────────
export const BAD_LEXICON = (reason: string) => `the lexicon is not valid: ${reason}`;
export const BAD_LEXICON_HINT = 'See the comments at the top of the lexicon file for its fields.';

// ── templates ───────────────────────────────────────────────────────────────────────────
export const UNKNOWN_FIGURE = (id: string) => `unknown figure id "${id}"`;
export const UNKNOWN_FIGURE_HINT = (nearest: string | null) =>
  nearest ? `Did you mean "${nearest}"? The figure ids are listed in output/data/figures.json.` : 'The figure ids are listed in output/data/figures.json.';
export const UNKNOWN_CHART = (id: string) => `unknown chart "${id}"`;
export const UNKNOWN_CHART_HINT = (nearest: string | null) =>
  nearest ? `Did you mean "${nearest}"? Charts are the .vl.json files in templates/charts/.` : 'Charts are the .vl.json files in templates/charts/.';

// ── print ───────────────────────────────────────────────────────────────────────────────
export const NO_BROWSER = (tried: string[]) => `no Chromium found (looked for ${tried.join(', ')})`;
export const NO_BROWSER_HINT =
  'Install Debian\'s Chromium (apt-get install -y chromium) or set CHROMIUM_PATH to an existing Chromium or Chrome executable.';

// ── artifacts ───────────────────────────────────────────────────────────────────────────
export const BAD_ARTIFACT = (reason: string) => `the artifact does not match its schema: ${reason}`;
export const BAD_ARTIFACT_HINT = 'It was written by another version of the pipeline or edited by hand: run `make clean && make`.';
export const MISSING_INPUT = (what: string) => `cannot read ${what}`;
export const MISSING_INPUT_HINT = 'Run the earlier stage first (`make` runs them all in order).';
