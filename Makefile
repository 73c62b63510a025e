# The build: sources/ + templates/ → output/briefing.html, output/briefing.pdf (and the data
# files, and output/manifest.json). `make` installs what is missing, then builds; `make test`
# type-checks, runs the tests and the reproducibility check. `make help` lists the targets.
#
# How a stage stops the chain. Every stage writes its artifacts only when their bytes change
# (shared/io.ts writeIfChanged/writeJson), so an artifact keeps its old timestamp when a run produced the
# same bytes. Make cannot see that from the stage's own rule, so each stage has a stamp:
#
#     output/.stamps/<stage>: <inputs> <code>      ← out of date when an input is newer
#         $(CLI) build …                          ← every out-of-date stage, one process
#     <artifact>: output/.stamps/<stage> ;         ← empty recipe: Make re-reads the
#                                                     artifact's timestamp after the stage
#
# and the next stage depends on the artifact, not on the stamp. So an edit that changes
# nothing downstream stops where the bytes stop changing, and a `make` with nothing changed
# starts no process at all (every check below is a Make function or a file timestamp) and
# prints "Nothing to be done for 'all'". An artifact deleted by hand makes its stamp .PHONY,
# so its stage runs again.
#
# One process per build: the first out-of-date stamp's recipe runs `build`, which applies the
# same rule to every stage the goals need, in order, in one Node process (pipeline/build/plan.ts, from
# the graph this Makefile writes to output/.stamps/graph) and touches each stamp after its stage;
# the later rules find their stamps fresh. A cold build is just the case where all are stale.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
# The stages share one output folder, which a build holds while it writes (shared/io.ts lockOutput):
# never two recipes at once, even under `make -j`.
.NOTPARALLEL:
MAKEFLAGS += --no-builtin-rules --no-print-directory
.SUFFIXES:

# ── one build at a time per output folder ─────────────────────────────────────────────────────
# Two `make`s building into the same output folder at once would interleave their stages (each
# stage process holds the folder only while it runs). So a build goal re-runs make under flock
# on <output>/.make.lock: a second build waits for the first to finish, then does what is left
# (usually nothing). The inner make is marked by BRIEFING_MAKE_LOCK and skips this.
BUILD_GOALS := all data html pdf manifest publish
GOALS := $(or $(MAKECMDGOALS),all)
ifeq ($(BRIEFING_MAKE_LOCK)$(filter-out $(BUILD_GOALS),$(GOALS)),)
LOCK_DIR := $(or $(OUT),output)
.PHONY: $(GOALS)
$(firstword $(GOALS)):
	@mkdir -p '$(LOCK_DIR)' && BRIEFING_MAKE_LOCK=1 flock '$(LOCK_DIR)/.make.lock' $(MAKE) $(MAKECMDGOALS)
$(wordlist 2,99,$(GOALS)): $(firstword $(GOALS)) ; @:
else

NODE ?= node
# pipeline/launch.mjs runs the CLI from a bundle of pipeline/ and its packages, built by esbuild
# once per version of the code (in node_modules/.cache/): a stage starts in a fraction of the
# time tsx takes to compile and load the sources. BRIEFING_FROM_SOURCE=1 runs them through tsx.
OUT ?= output
CLIFLAGS ?=
CLI ?= $(strip $(NODE) pipeline/launch.mjs $(if $(filter-out output,$(OUT)),--out $(OUT)) $(CLIFLAGS))
D := $(OUT)/data
ST := $(OUT)/.stamps

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

# ── the stages wired into pipeline/build/stages.ts (read with $(file), no process) ──────────────────
ALL_STAGES := ingest extract reconcile changes charts render print
STAGE_TABLE := $(file <pipeline/build/stages.ts)
WIRED := $(strip $(foreach s,$(ALL_STAGES),$(if $(findstring name: '$(s)',$(STAGE_TABLE)),$(s))))

# What each stage reads and writes. Plain input files go through $(wildcard) so that a missing
# one is reported by the stage (with file and hint), not by Make. A folder is listed too: its
# timestamp changes when a file is added, removed or renamed in it.
LEXICON := $(wildcard sources/lexicon.yaml)
# The general election lexicon, read with the event's (pipeline/lexicon.ts mergeLexicon).
GENERAL_LEXICON := $(wildcard pipeline/extract/general.yaml)
# Every file of sources/ and templates/ (and the folders, for added and removed files): the
# briefing's methods note and the changes stage list them with their hashes.
TREE := $(sort sources templates $(wildcard sources/* templates/* templates/*/*))
ingest_out := $(D)/corpus.json
ingest_in := sources $(wildcard sources/*.md) $(LEXICON) $(GENERAL_LEXICON)
extract_out := $(D)/claims.json $(D)/claims.csv
extract_in := $(D)/corpus.json $(LEXICON) $(GENERAL_LEXICON)
reconcile_out := $(D)/figures.json $(D)/checks.json
reconcile_in := $(D)/claims.json $(D)/corpus.json $(wildcard sources/policy.yaml) $(LEXICON) $(GENERAL_LEXICON)
changes_out := $(D)/snapshot.json $(D)/changes.json
changes_in := $(D)/figures.json $(D)/claims.json $(D)/corpus.json $(D)/checks.json $(TREE) $(wildcard $(OUT)/publish/baseline.json)
charts_out := $(D)/charts.json
charts_in := $(wildcard templates/charts templates/charts/*.vl.json templates/charts/theme.json) $(D)/figures.json $(D)/checks.json $(D)/claims.json $(D)/corpus.json $(LEXICON)
render_out := $(OUT)/briefing.html $(D)/briefing.json
render_in := $(TREE) $(D)/corpus.json $(D)/claims.json $(D)/figures.json $(D)/checks.json $(D)/charts.json
# Optional inputs: read when there, so a prerequisite only when the stage that writes them is built.
render_opt := $(D)/changes.json
print_out := $(OUT)/briefing.pdf
print_in := $(OUT)/briefing.html $(D)/briefing.json

# A stage is built when it is wired and so is every stage that writes one of its inputs (its
# needs, read off the tables above); a wired stage whose input no wired stage writes yet (render
# before extract is wired) is left out, and `make` says so instead of failing on a missing file.
needs = $(strip $(foreach t,$(ALL_STAGES),$(if $(filter $($(t)_out),$($(1)_in)),$(t))))
BUILDABLE :=
$(foreach s,$(WIRED),$(if $(filter-out $(BUILDABLE),$(call needs,$(s))),,$(eval BUILDABLE += $(s))))
STAGES ?= $(strip $(BUILDABLE))
HELD := $(filter-out $(STAGES),$(WIRED))
UNWIRED_NEEDS := $(filter $(foreach s,$(HELD),$(call needs,$(s))),$(filter-out $(WIRED),$(ALL_STAGES)))
ifneq ($(HELD),)
ifeq ($(origin STAGES),file)
$(info make: building $(STAGES) only: $(HELD) wait for $(UNWIRED_NEEDS), not wired in pipeline/build/stages.ts yet)
endif
endif

# Code: a stage's code is its folder, pipeline/<stage>/ (all of it, at any depth), and the folders
# of the earlier stages whose modules it imports (<stage>_uses); every stage also depends on the
# library: pipeline/shared/, pipeline/build/ but the tools (bench, preview, corpus generator,
# manifest, eval: no stage runs them), and the launcher. When a stage starts to import another
# stage's module, add that stage to its _uses.
rwildcard = $(foreach d,$(wildcard $(1:=/*)),$(call rwildcard,$(d),$(2)) $(filter $(subst *,%,$(2)),$(d)))
code_in = $(sort $(call rwildcard,pipeline/$(1),*.ts))
TOOLS := $(addprefix pipeline/build/,bench.ts preview.ts corpusgen.ts manifest.ts eval.ts)
changes_uses := reconcile
render_uses := changes reconcile
stage_code = $(sort $(foreach d,$(1) $($(1)_uses),$(call code_in,$(d))))
LIB := $(filter-out $(TOOLS),$(call code_in,shared) $(call code_in,build)) pipeline/launch.mjs
CODE := $(sort $(call rwildcard,pipeline,*.ts)) pipeline/launch.mjs
$(foreach s,$(ALL_STAGES),$(eval $(s)_code := $(call stage_code,$(s))))

WIRED_OUT := $(foreach s,$(STAGES),$($(s)_out))
UNWIRED_OUT := $(foreach s,$(filter-out $(STAGES),$(ALL_STAGES)),$($(s)_out))
stage_in = $(filter-out $(UNWIRED_OUT),$($(1)_in) $($(1)_opt)) $($(1)_code) $(LIB) package-lock.json
INPUTS := $(sort $(foreach s,$(STAGES),$(filter-out $(WIRED_OUT) $(UNWIRED_OUT),$(call stage_in,$(s)))))
STAMPS := $(foreach s,$(STAGES) manifest,$(ST)/$(s))
FINAL := $(OUT)/manifest.json $(foreach s,$(STAGES),$($(s)_out))
missing = $(strip $(foreach f,$(1),$(if $(wildcard $(f)),,$(f))))

.PHONY: all help install deps install-browser install-pdftools test reproducible bench publish preview \
	claims eval eval-corpus fuzz diff schemas clean clean-all html pdf data manifest

all: $(FINAL)

# The stages the goals on the command line need (`build` adds the stages those read from).
goal_stages = $(if $(filter all publish,$(1)),$(STAGES) manifest,$(if $(filter manifest,$(1)),manifest,$(if $(filter data claims diff eval,$(1)),$(filter-out render print,$(STAGES)),$(if $(filter html,$(1)),$(filter render,$(STAGES)),$(if $(filter pdf,$(1)),$(filter print,$(STAGES)),$(foreach s,$(STAGES),$(if $(filter $(1),$($(s)_out)),$(s))))))))
GOAL_STAGES := $(sort $(foreach g,$(GOALS),$(call goal_stages,$(g))))

# The build graph for `build`: per stage its stamp, outputs and inputs, as the rules below have them.
MANIFEST_IN := $(WIRED_OUT) $(INPUTS) $(CODE)
GRAPH := $(ST)/graph
empty :=
TAB := $(empty)	$(empty)
define NL


endef
GRAPH_TEXT = $(foreach s,$(STAGES),$(s)$(TAB)$(ST)/$(s)$(TAB)$($(s)_out)$(TAB)$(call stage_in,$(s))$(NL))manifest$(TAB)$(ST)/manifest$(TAB)$(OUT)/manifest.json$(TAB)$(MANIFEST_IN)
# Runs every out-of-date stage the goals (and stage $(1)) need, in one process (pipeline/build/plan.ts).
# The goals of a `build` started by stage $(1)'s rule, once each, in stage order.
build_goals = $(filter $(sort $(GOAL_STAGES) $(1)),$(STAGES) manifest)
BUILD = $(shell mkdir -p '$(ST)')$(file >$(GRAPH),$(GRAPH_TEXT))$(CLI) build --graph $(GRAPH) --goal '$(call build_goals,$(1))'
# True when a `build` earlier in this make already brought the stage up to date: no prerequisite
# is newer than its stamp and its outputs exist (bash's test, no process).
fresh = [ -e $(1) ] $(foreach f,$(2),&& ! [ $(f) -nt $(1) ]) $(foreach f,$(3),&& [ -e $(f) ])
NEEDS_BROWSER := $(filter print,$(foreach g,$(GOAL_STAGES),$(if $(filter manifest,$(g)),$(STAGES),$(g))))

# A stage's rule: its stamp depends on what the stage reads; when the stamp is out of date the
# recipe runs `build`, which makes this and every later out-of-date stage in one process (a cold
# build is one process). The rules after it find their stamps fresh and run nothing.
define STAGE_RULE
$(ST)/$(1): $(call stage_in,$(1)) | $(NODE_DEPS) $(if $(or $(NEEDS_BROWSER),$(filter print,$(1))),$(BROWSER_DEP))
	@$$(call fresh,$$@,$$^,$($(1)_out)) || { echo "$$(CLI) build $$(call build_goals,$(1))"; $$(call BUILD,$(1)); }
ifneq ($(call missing,$($(1)_out)),)
.PHONY: $(ST)/$(1)
endif
endef
$(foreach s,$(STAGES),$(eval $(call STAGE_RULE,$(s))))

# The manifest: sha256 of every input and output (pipeline/build/manifest.ts).
$(ST)/manifest: $(MANIFEST_IN) | $(NODE_DEPS)
	@$(call fresh,$@,$^,$(OUT)/manifest.json) || { echo "$(CLI) build manifest"; $(call BUILD,manifest); }
ifneq ($(call missing,$(OUT)/manifest.json),)
.PHONY: $(ST)/manifest
endif
# A stamp is touched by `build` after its stage succeeded: never removed on a failure.
.PRECIOUS: $(STAMPS)

# Artifacts: made by their stage's stamp rule; the empty recipe makes Make re-read their time.
$(foreach s,$(STAGES),$(eval $($(s)_out): $(ST)/$(s) ;))
$(OUT)/manifest.json: $(ST)/manifest ;

data: $(foreach s,$(filter-out render print,$(STAGES)),$($(s)_out))
html: $(filter $(OUT)/briefing.html,$(WIRED_OUT))
pdf: $(filter $(OUT)/briefing.pdf,$(WIRED_OUT))
manifest: $(OUT)/manifest.json

# ── installing what is missing ──────────────────────────────────────────────────────────────
install deps: $(NODE_DEPS) $(BROWSER_DEP) $(PDFTOOLS_DEP)

# npm ci when node_modules is missing or older than the lock file (npm writes this file last).
# Never through a link: `npm ci` would empty the folder it points to (the copies that
# `make reproducible` and `make bench` build in link the tree's node_modules).
$(NODE_DEPS): package-lock.json
	@if [ -L node_modules ]; then \
	  echo "error: node_modules is a link (to $$(readlink node_modules)) whose packages are older than package-lock.json" >&2; \
	  echo "  Run 'npm ci' in the folder it links to (or remove the link), then run make again." >&2; exit 1; \
	fi
	npm ci --no-audit --no-fund
	@touch $@

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

# ── publishing and previewing ───────────────────────────────────────────────────────────────
# What CI publishes, in $(OUT)/publish/, with content-hash file names.
publish: all
	$(CLI) publish

# Watches sources/ and templates/, rebuilds, serves the briefing on localhost, reloads the page.
# PORT=8081 for another port (default 4173); it binds to 127.0.0.1 only.
preview: $(NODE_DEPS)
	$(CLI) preview $(if $(PORT),--port $(PORT))

# ── commands of other modules (wired in the CLI) ────────────────────────────────────────────
claims: data
	$(CLI) claims
diff: data
	$(CLI) diff
# How many sources are annotated ("5 of 6 sources annotated") and the extractor's precision and
# recall on those; an article not annotated yet is listed, never counted against the extractor.
eval: data deps
	$(CLI) eval
schemas: deps
	$(CLI) schemas
# The extractor on the development corpus (test/corpus/, or CORPUS=dir): DETAILS=tune lists the
# tune half's errors (the test half's are never printed).
eval-corpus: deps
	$(CLI) eval-corpus $(if $(DETAILS),--details $(DETAILS)) $(CORPUS)
# The property tests with many more cases than `make test` runs (about 100,000 in all).
FUZZ_RUNS ?= 15400
fuzz: deps
	FUZZ_RUNS=$(FUZZ_RUNS) npx --no-install vitest run test/e2e/fuzz.test.ts

# `clean` keeps $(OUT)/publish/: the last publication, whose baseline.json the briefing's "What
# changed" section compares with. `clean-all` removes that too.
clean:
	@if [ -d '$(OUT)' ]; then find '$(OUT)' -mindepth 1 -maxdepth 1 ! -name publish -exec rm -rf -- {} +; fi
	@if [ -d '$(OUT)/publish' ]; then echo 'kept $(OUT)/publish/ (the last publication; make clean-all removes it)'; else rm -rf -- '$(OUT)'; fi

clean-all:
	rm -rf -- '$(OUT)'

help:
	@echo 'make               install what is missing, then build $(OUT)/briefing.html and .pdf'
	@echo 'make test          type-check, run the tests and the reproducibility check'
	@echo 'make install       only install what is missing (npm ci, Chromium, poppler-utils, jq)'
	@echo 'make data | html | pdf | manifest    build up to that artifact'
	@echo 'make reproducible  build twice in temporary copies and compare every output'
	@echo 'make bench         print timings: print floor, cold, no-op, template edit, extraction (SIZES=1,100)'
	@echo 'make publish       $(OUT)/publish/: what CI publishes, file names with content hashes'
	@echo 'make preview       live preview on 127.0.0.1:4173 (PORT=…), rebuilt and reloaded on every edit'
	@echo 'make claims | diff | eval | fuzz | schemas    review and quality commands'
	@echo 'make eval-corpus   precision and recall on the development corpus, per event and half (DETAILS=tune: errors of the tune half)'
	@echo 'make clean         remove $(OUT)/ but the last publication ($(OUT)/publish/)'
	@echo 'make clean-all     remove $(OUT)/ entirely'

endif
