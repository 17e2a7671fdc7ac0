# trade-claims: `make` builds everything from data/raw/; `make test` runs the tests.
# Every target depends on real files, so a second `make` with nothing changed does nothing.

SHELL := /bin/bash
export TZ := UTC
# One GC thread per isolate: the build runs one worker per core, and V8's parallel GC helpers only
# take time from the other worker (4 % less CPU over a 1,000-document build; BENCHMARKS.md).
NODE_FLAGS := --single-threaded-gc
TSX := node_modules/.bin/tsx
CLI := $(TSX) $(NODE_FLAGS) pipeline/cli.ts

RAW := $(wildcard data/raw/*)
PIPELINE := $(shell find pipeline -type f -not -path 'pipeline/charts/*')
CHART_CODE := $(shell find pipeline/charts -type f 2>/dev/null)
SPECS := $(wildcard charts/specs/*.json) $(wildcard charts/*.config.json) $(wildcard charts/theme.json)

INSTALLED := node_modules/.installed
TABLES := data/processed/.built
CHARTS := charts/.built

.PHONY: all help test lint clean bench
.DEFAULT_GOAL := all

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

all: $(CHARTS) ## build the tables in data/processed/ and the charts in charts/

$(INSTALLED): package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

$(TABLES): $(INSTALLED) $(RAW) $(PIPELINE)
	$(CLI) build
	@touch $@

$(CHARTS): $(TABLES) $(SPECS) $(CHART_CODE)
	$(CLI) charts
	@touch $@

test: $(INSTALLED) ## run the test suite
	npx vitest run

lint: $(INSTALLED) ## check formatting, lint rules and types
	npx biome check .
	npx tsc --noEmit -p .

bench: $(INSTALLED) ## run the benchmarks (writes BENCHMARKS.md figures to stdout)
	npm run bench

clean: ## remove generated files only (inputs, specs and code stay)
	rm -f data/processed/*.csv data/processed/datapackage.json $(TABLES) $(CHARTS)
	rm -rf data/processed/.cache
	rm -f charts/*.svg charts/*.png charts/*.pdf charts/index.html charts/*.render.json
