# The build: sources/ + templates/ → output/briefing.html, output/briefing.pdf (and the data
# files, and output/manifest.json). `make` installs what is missing, then builds; `make test`
# type-checks, runs the tests and the reproducibility check. `make help` lists the targets.
#
# Make installs what is missing and calls the pipeline: one recipe per goal,
#
#     $(CLI) build --goal all|data|html|pdf|manifest
#
# and no more. What each stage reads and writes, and which files those are (sources/*.md, the
# templates, the code), is found by the pipeline in Node (pipeline/build/graph.ts): no file name
# of the project is ever a Make variable, a prerequisite or a word of a shell command, so a name
# such as `sources/$(shell …).md` or one with a space, `$` or a line break is only data, which the
# pipeline refuses with a message naming it. The pipeline decides what is out of date by content
# hashes (pipeline/build/plan.ts), runs those stages in one process and stops the chain where an
# artifact comes out byte-identical. A build with nothing to do is answered by the launcher from
# the state the last build recorded, without loading the pipeline (pipeline/build/state.mjs).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
# The goals share one output folder: never two recipes at once, even under `make -j`.
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules --no-print-directory
.SUFFIXES:

NODE ?= node
# pipeline/launch.mjs runs the CLI from a bundle of pipeline/ and its packages, built by esbuild
# once per version of the code (in node_modules/.cache/): a stage starts in a fraction of the
# time tsx takes to compile and load the sources. BRIEFING_FROM_SOURCE=1 runs them through tsx.
# EVENT=dir builds another event's folders (dir/sources, dir/templates) with this code, into
# output/events/<name of dir> unless OUT is given: `make EVENT=test/fixtures/projects/quelland`,
# `make check-event EVENT=…`.
EVENT ?=
OUT ?= $(if $(EVENT),output/events/$(notdir $(abspath $(EVENT))),output)
CLIFLAGS ?=
CLI ?= $(strip $(NODE) pipeline/launch.mjs $(if $(filter-out output,$(OUT)),--out $(OUT)) $(if $(EVENT),--sources '$(EVENT)/sources' --templates '$(EVENT)/templates') $(CLIFLAGS))
# CLIFLAGS=--quiet: no progress lines (the CLI) and no command echoed (Make); warnings and
# errors are still printed.
ifneq ($(filter --quiet,$(CLIFLAGS)),)
.SILENT:
endif

# ── what is installed (read from the file system, no process is started) ─────────────────────
NODE_DEPS := node_modules/.package-lock.json
CHROMIUM_CANDIDATES := /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable
CHROMIUM_NAMES := chromium chromium-browser google-chrome google-chrome-stable
# As print/browser.ts looks: CHROMIUM_PATH only when set, else the paths above, else the names on PATH.
BROWSER := $(if $(CHROMIUM_PATH),$(wildcard $(CHROMIUM_PATH)),$(firstword $(wildcard $(CHROMIUM_CANDIDATES) $(foreach n,$(CHROMIUM_NAMES),$(addsuffix /$(n),$(subst :, ,$(PATH)))))))
# The tests read the PDF back with poppler-utils and run the workflow's publish check with jq.
PDFTOOLS := $(and $(wildcard /usr/bin/pdftotext),$(wildcard /usr/bin/jq))
BROWSER_DEP := $(if $(BROWSER),,install-browser)
PDFTOOLS_DEP := $(if $(PDFTOOLS),,install-pdftools)

.PHONY: all help install deps install-browser install-pdftools test reproducible bench bench-preview bench-worst bench-exit publish preview lexicon-fields \
	claims check-event eval eval-corpus eval-reconcile fuzz diff schemas clean clean-all html pdf data manifest add eval-add

# ── building ────────────────────────────────────────────────────────────────────────────────
# One build at a time per output folder: a second `make` waits on <output>/.make.lock (flock)
# until the first is done, then finds little or nothing to do. (The pipeline also holds the
# folder while it writes, shared/io.ts lockOutput, and refuses a second writer.)
LOCKED = mkdir -p '$(OUT)' && flock '$(OUT)/.make.lock'
BUILD = @$(LOCKED) $(CLI) build --goal $@

# The PDF (and the manifest, which records the browser's version) need Chromium; the HTML and
# the data files do not.
all pdf manifest: | $(NODE_DEPS) $(BROWSER_DEP)
	$(BUILD)
data html: | $(NODE_DEPS)
	$(BUILD)

# ── installing what is missing ──────────────────────────────────────────────────────────────
install deps: $(NODE_DEPS) $(BROWSER_DEP) $(PDFTOOLS_DEP)

# npm ci when node_modules is missing or older than the lock file (npm writes this file last).
# A link to the node_modules of a tree whose lock file is the same, and installed there, is up to
# date (only this lock file's date differs, e.g. in a new git worktree). Never through a link: `npm ci` would empty the folder it points to (the copies that
# `make reproducible` and `make bench` build in link the tree's node_modules).
$(NODE_DEPS): package-lock.json
	@to="$$(readlink -f node_modules)"; \
	if [ -L node_modules ] && cmp -s package-lock.json "$$to/../package-lock.json" && [ ! "$$to/../package-lock.json" -nt "$$to/.package-lock.json" ]; then \
	  : ; \
	elif [ -L node_modules ]; then \
	  echo "error: node_modules is a link (to $$(readlink node_modules)) whose packages are older than package-lock.json" >&2; \
	  echo "  Run 'npm ci' in the folder it links to (or remove the link), then run make again." >&2; exit 1; \
	else \
	  echo "npm ci --no-audit --no-fund" && npm ci --no-audit --no-fund && touch $@; \
	fi

define APT_INSTALL
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing $(1) with apt-get"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(1) >/dev/null; \
	else \
	  echo "error: $(2)" >&2; \
	  echo "  $(3)" >&2; exit 1; \
	fi
endef

install-browser:
ifneq ($(CHROMIUM_PATH),)
	@echo "error: CHROMIUM_PATH is set to $(CHROMIUM_PATH), which does not exist" >&2; \
	 echo "  Point CHROMIUM_PATH at an existing Chromium or Chrome executable, or unset it to use Debian's /usr/bin/chromium." >&2; exit 1
else
	$(call APT_INSTALL,chromium,no Chromium found (looked for $(CHROMIUM_CANDIDATES)),Install it as root with 'apt-get install -y chromium'$(,) or set CHROMIUM_PATH to an existing Chromium or Chrome executable.)
endif

install-pdftools:
	$(call APT_INSTALL,poppler-utils jq,pdftotext or jq not found (the tests read the briefing back with poppler-utils and run the publish check with jq),Install them as root with 'apt-get install -y poppler-utils jq'.)

, := ,

# ── checking ────────────────────────────────────────────────────────────────────────────────
# The project test (a copy of the project, edited, then make and the tests there) runs on its own
# after the others: it runs the whole suite again in its copy.
PROJECT_TEST := test/e2e/project.test.ts
test: deps
	npx --no-install tsc -p . --noEmit
	npx --no-install vitest run --exclude $(PROJECT_TEST)
	npx --no-install vitest run $(PROJECT_TEST)
	@$(MAKE) reproducible

# Builds twice, each in a fresh temporary copy of the tree, and compares every output byte for byte.
reproducible: deps
	$(CLI) reproducible

# Prints the timings (print floor, cold, no-op, template edit, extraction throughput, stages).
# SIZES=1,100 for other corpus sizes (default 1,100,1000,10000).
bench: deps
	$(CLI) bench $(if $(SIZES),--sizes $(SIZES))

# Only the preview's edit-to-screen times (also the last part of `make bench`).
bench-preview: deps
	$(CLI) bench --only preview

# Only the worst-case inputs (many figures, a long line, deep nesting, many articles up to the HTML).
bench-worst: deps
	$(CLI) bench --only worst $(if $(SIZES),--sizes $(SIZES))

# Only the failing builds: the time from the first error line to the exit (goal: 2 s).
bench-exit: deps
	$(CLI) bench --only exit

# ── publishing and previewing ───────────────────────────────────────────────────────────────
# What CI publishes, in $(OUT)/publish/, with content-hash file names.
publish: all
	@$(LOCKED) $(CLI) publish

# Watches sources/ and templates/, rebuilds, serves the briefing on localhost, reloads the page.
# PORT=8081 for another port (default 4173); it binds to 127.0.0.1 only.
preview: $(NODE_DEPS)
	$(CLI) preview $(if $(PORT),--port $(PORT))

# ── commands of other modules (wired in the CLI) ────────────────────────────────────────────
# The claims need only ingest and extract (goal `extract`): a template or chart spec that is
# broken or out of date does not stop them. SOURCE=ID for one source: the id is taken as typed
# ($(value), never expanded by Make), handed to the recipe in the environment, and reaches the
# CLI as one word after `--` (never parsed by a shell); SOURCE itself is not exported (exporting
# would expand it).
unexport SOURCE
claims: export BRIEFING_SOURCE := $(value SOURCE)
claims: | $(NODE_DEPS)
	@$(LOCKED) $(CLI) build --goal extract
	$(CLI) claims $${BRIEFING_SOURCE:+-- "$$BRIEFING_SOURCE"}
# Stale data of another election (entities no source mentions, theme colours and chart specs of
# no use, foreign: naming the country, labels naming another chamber), each at its file:line:column.
# Builds up to the figures first (not the charts, which a stale spec could stop). Fails on errors only.
check-event: $(NODE_DEPS)
	@$(LOCKED) $(CLI) build --goal reconcile
	$(CLI) check-event
# Every field an event's lexicon may give: its form, the general words it joins and what it means.
lexicon-fields: $(NODE_DEPS)
	@$(CLI) lexicon-fields
diff: data
	$(CLI) diff
# How many sources are annotated ("5 of 6 sources annotated") and the extractor's precision and
# recall on those; an article not annotated yet is listed, never counted against the extractor.
eval: data deps
	$(CLI) eval
schemas: deps
	$(CLI) schemas

# `make add PAGE="a.html b.html"`, `make add URL=https://…` (both at once too): each page becomes
# sources/<id>.md (pipeline/add/). The names are never expanded by Make nor seen by a shell:
# $(value) takes them as typed, $(file) writes them to a list the CLI reads (--list), and they
# are not exported to the recipe's environment (exporting would expand them).
# CLIFLAGS=--allow-private fetches from a private network too (a local test server).
unexport PAGE URL
define NL


endef
ADD_LIST = $(OUT)/.add-list
add: $(NODE_DEPS)
	@:$(shell mkdir -p '$(OUT)')$(file >$(ADD_LIST),$(value PAGE)$(NL)$(value URL))
	$(CLI) add --list $(ADD_LIST)
eval-add: $(NODE_DEPS)
	$(CLI) eval-add
# Per development-corpus event, whether every chosen key figure equals the official-results
# article (from the annotations in test/corpus/, no article text).
eval-reconcile: deps
	$(CLI) eval-reconcile
# The extractor and reconciliation on the development corpus (test/corpus/, or CORPUS=dir):
# precision and recall, eval-reconcile's report, and the key figures right as the articles are
# added one at a time (the test half in totals only). DETAILS=tune lists the tune half's
# extraction errors (the test half's are never printed).
eval-corpus: deps
	$(CLI) eval-corpus $(if $(DETAILS),--details $(DETAILS)) $(if $(LEXICONS),--lexicons $(LEXICONS)) $(CORPUS)
# The property tests with many more cases than `make test` runs (about 100,000 in all).
FUZZ_RUNS ?= 15400
fuzz: deps
	FUZZ_RUNS=$(FUZZ_RUNS) npx --no-install vitest run test/e2e/fuzz.test.ts test/reconcile/properties.test.ts

# `clean` keeps $(OUT)/publish/: the last publication, whose baseline.json the briefing's "What
# changed" section compares with. `clean-all` removes that too.
clean:
	@if [ -d '$(OUT)' ]; then find '$(OUT)' -mindepth 1 -maxdepth 1 ! -name publish -exec rm -rf -- {} +; fi
	@if [ -d '$(OUT)/publish' ]; then echo 'kept $(OUT)/publish/ (the last publication; make clean-all removes it)'; else rm -rf -- '$(OUT)'; fi

clean-all:
	rm -rf -- '$(OUT)'

help:
	@echo 'make               install what the build needs (npm ci, Chromium), then build $(OUT)/briefing.html and .pdf'
	@echo 'make test          install poppler-utils and jq too, type-check, run the tests and the reproducibility check'
	@echo 'make install       only install what is missing (npm ci, Chromium, poppler-utils, jq)'
	@echo 'make data | html | pdf | manifest    build up to that artifact'
	@echo 'make reproducible  build twice in temporary copies and compare every output'
	@echo 'make bench         print timings: print floor, cold, no-op, template edit, extraction, preview (SIZES=1,100)'
	@echo 'make bench-preview the preview only: edit to screen for a CSS, template, chart spec and theme edit'
	@echo 'make bench-worst   the worst-case inputs only: processor time of each stage per size (SIZES caps the articles)'
	@echo 'make bench-exit    failing builds only: the time from the first error line to the exit (goal: 2 s)'
	@echo 'make publish       $(OUT)/publish/: what CI publishes: the latest at stable names, content-hashed copies, index.html'
	@echo 'make preview       live preview on 127.0.0.1:4173 (PORT=…), rebuilt and reloaded on every edit'
	@echo 'make claims [SOURCE=ID]   per source (or the one named), the claims found and the numbers that became none'
	@echo 'make lexicon-fields   every field an event lexicon may give: its form, the general words it joins and what it means'
	@echo 'make diff | eval | eval-reconcile | fuzz | schemas    review and quality commands'
	@echo 'make check-event   stale data of another election in the lexicon, theme and chart specs (EVENT=dir: another event folder)'
	@echo 'CLIFLAGS=--quiet   with any target: no progress lines, only warnings and errors; node pipeline/launch.mjs --help lists the CLI'
	@echo 'make add PAGE=saved.html | URL=https://…    add web pages as articles (one .md each); make eval-add rates it on real pages'
	@echo 'make eval-corpus   extraction and reconciliation on the development corpus: precision and recall, key figures right as sources are added (DETAILS=tune: errors of the tune half)'
	@echo 'make clean         remove $(OUT)/ but the last publication ($(OUT)/publish/)'
	@echo 'make clean-all     remove $(OUT)/ entirely'

