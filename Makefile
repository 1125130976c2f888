# Every target sets up what it needs: `make generate` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
NODE_STAMP := node_modules/.sdkgen-installed
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml setup.py generated/python/pyproject.toml | cksum | cut -d' ' -f1)
GOLDEN_CASES := $(sort $(patsubst tests/golden/%/spec.yaml,%,$(wildcard tests/golden/*/spec.yaml)))

.PHONY: setup generate check lint test conformance mock bench clean

# Then the generator's bytecode, kept fresh (an editable install compiles nothing, and with
# PYTHONDONTWRITEBYTECODE set every run would compile it again: ~0.1 s of each run).
setup: $(STAMP) $(NODE_STAMP)
	@$(BIN)/python -m compileall -q generator >/dev/null

# The JavaScript tools (TypeScript, Biome, Node's types) at the versions package-lock.json pins.
# (npm install, not npm ci: the lock lists only the Biome binaries the registry here serves, and
# npm ci refuses a lock without every platform's optional package.)
$(NODE_STAMP): package.json package-lock.json
	@echo "setup: installing the pinned JavaScript tools into node_modules/"
	@npm install --no-audit --no-fund --ignore-scripts --loglevel=error && touch $@

# Says what it installs and how long it took (pip itself stays quiet: -q).
$(STAMP): pyproject.toml setup.py generated/python/pyproject.toml
	@echo "setup: installing into $(VENV)/ sdkgen (editable, with the sdkgen command), its pinned dependencies, the dev tools and generated/python: about 30 s to 2 min, depending on the network"
	@start=$$(date +%s); \
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || exit 1; \
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]' -e generated/python || exit 1; \
	rm -f $(VENV)/.installed-*; \
	touch $@; \
	echo "setup: done in $$(( $$(date +%s) - start )) s ($(BIN)/sdkgen, $(BIN)/python)"

# The one code path that writes: the main spec into generated/, each golden case into its folder
# (a case whose expected/ is a link to generated/ is the main spec itself).
generate: setup
	$(BIN)/python -m generator generate --spec spec/images.yaml --out generated
	@for c in $(GOLDEN_CASES); do \
	  if [ ! -L tests/golden/$$c/expected ]; then \
	    $(BIN)/python -m generator generate --spec tests/golden/$$c/spec.yaml --out tests/golden/$$c/expected || exit 1; \
	  fi; \
	done

check: setup
	$(BIN)/python -m generator generate --check --spec spec/images.yaml --out generated
	@for c in $(GOLDEN_CASES); do \
	  if [ ! -L tests/golden/$$c/expected ]; then \
	    $(BIN)/python -m generator generate --check --spec tests/golden/$$c/spec.yaml --out tests/golden/$$c/expected || exit 1; \
	  fi; \
	done

lint: setup
	$(BIN)/ruff check generator tests
	$(BIN)/mypy

test: setup
	$(BIN)/python -m pytest

# The official SDKs' Images tests (pinned openai sdist from PyPI, openai-go from the Go module proxy,
# fetched at run time) against generated/ and the lax mock; `make test` runs them too (tests/test_conformance.py).
conformance: setup
	$(BIN)/python -m tests.conformance.harness python go

# The mock server of spec/images.yaml on http://127.0.0.1:4010/v1 (Ctrl-C stops it).
mock: setup
	$(BIN)/python -m generator mock --spec spec/images.yaml --port 4010

# Generation speed against the peers and the SDK against the official one; writes bench/RESULTS.md.
# BENCH_MAKE_STARTED (when make read this file, before setup) lets run.py count the whole run.
BENCH_VENV := .venv-bench
BENCH_MAKE_STARTED := $(shell date +%s.%N)
bench: setup
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/python -m pip install -q --disable-pip-version-check -r bench/requirements.txt
	BENCH_MAKE_STARTED=$(BENCH_MAKE_STARTED) $(BENCH_VENV)/bin/python bench/run.py

clean:
	rm -rf $(VENV) $(BENCH_VENV) node_modules bench/out .pytest_cache .mypy_cache .ruff_cache
