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
export const UNKNOWN_ENTITY = (id: string) => `unknown entity id "${id}"`;
export const UNKNOWN_ENTITY_HINT = (nearest: string | null) =>
  nearest ? `Did you mean "${nearest}"? Entity ids are listed in sources/lexicon.yaml.` : 'Entity ids are listed in sources/lexicon.yaml.';
export const UNKNOWN_DIRECTIVE = (written: string) => `unknown directive "${written}"`;
export const UNKNOWN_DIRECTIVE_HINT = (nearest: string | null, known: string[]) =>
  `${nearest ? `Did you mean "${nearest}"? ` : ''}Known directives: ${known.join(', ')} (see README "Editing the briefing").`;
export const DIRECTIVE_NEEDS_ID = (written: string) => `directive "${written}" names nothing`;
export const DIRECTIVE_NEEDS_ID_HINT = (written: string) => `Write the id in brackets, e.g. ${written}[turnout.national].`;
export const CHART_NEEDS_ID_HINT = 'Write the chart id as an attribute, e.g. ::chart[Caption]{#vote-shares}.';
export const UNKNOWN_ATTRIBUTE = (key: string, directive: string) => `directive "${directive}" has no attribute "${key}"`;
export const UNKNOWN_ATTRIBUTE_HINT = (known: string[]) => `Known attributes: ${known.join(', ')}.`;
export const TYPED_NUMBER = (token: string) => `the number "${token}" is typed in the narrative`;
export const TYPED_NUMBER_HINT = 'Write this as a figure reference (:fig[<figure id>]) so that it comes from the sources.';
export const TEMPLATE_NO_FRONT_MATTER = 'the template has no YAML front matter';
export const TEMPLATE_BAD_FRONT_MATTER = (reason: string) => `the template's front matter is not valid: ${reason}`;
export const TEMPLATE_FRONT_MATTER_HINT = 'Give title (required), subtitle, author, subject, keywords (a list), language and date (latest-source or YYYY-MM-DD).';
export const UNKNOWN_SLOT = (name: string) => `the layout has an unknown slot "${name}"`;
export const UNKNOWN_SLOT_HINT = (known: string[]) => `Known slots: ${known.join(', ')}.`;
export const MISSING_CONTENT_SLOT = 'the layout has no <slot name="content"></slot>';
export const MISSING_CONTENT_SLOT_HINT = 'Put <slot name="content"></slot> where the briefing text goes.';

// ── print ───────────────────────────────────────────────────────────────────────────────
export const NO_BROWSER = (tried: string[]) => `no Chromium found (looked for ${tried.join(', ')})`;
export const NO_BROWSER_HINT =
  'Install Debian\'s Chromium (apt-get install -y chromium) or set CHROMIUM_PATH to an existing Chromium or Chrome executable.';

// ── artifacts ───────────────────────────────────────────────────────────────────────────
export const BAD_ARTIFACT = (reason: string) => `the artifact does not match its schema: ${reason}`;
export const BAD_ARTIFACT_HINT = 'It was written by another version of the pipeline or edited by hand: run `make clean && make`.';
export const MISSING_INPUT = (what: string) => `cannot read ${what}`;
export const MISSING_INPUT_HINT = 'Run the earlier stage first (`make` runs them all in order).';

// ── print: browser faults and the build date ────────────────────────────────────────────
export const BROWSER_FAILED = (path: string, attempts: number, reason: string) =>
  `Chromium (${path}) failed to print the briefing ${attempts === 1 ? 'once' : `${attempts} times`}; last: ${reason}`;
export const BROWSER_FAILED_HINT = (path: string) =>
  `Check that "${path} --version" runs. On a busy machine raise the print time limit; otherwise set CHROMIUM_PATH to a working Chromium or Chrome.`;
export const BROWSER_TIMEOUT = (ms: number) => `no result within ${ms / 1000} s (Chromium hung or was too slow)`;
export const BROWSER_STOPPED = (detail: string) => `Chromium stopped (crashed or exited) before the PDF was done (${detail})`;
export const BROWSER_VERSION_FAILED = (path: string, reason: string) => `cannot get the version of Chromium (${path}): ${reason}`;
export const BAD_EPOCH = (value: string) => `SOURCE_DATE_EPOCH is "${value}", not a whole number of seconds since 1970-01-01 UTC`;
export const BAD_EPOCH_HINT = 'Set it to an integer such as 1700000000 (e.g. `git log -1 --format=%ct`), or unset it to date the briefing from its inputs.';

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
