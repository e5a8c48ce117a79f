# Two commands matter: `make run` (set up, build the demo archive, open the app) and
# `make test` (set up, run the tests). Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= $(CURDIR)/.demo/reader.db

.PHONY: run test bench lint format screenshots demo given-names clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/reader --db $(DEMO_DB) demo

run: demo
	$(BIN)/reader --db $(DEMO_DB)

test: $(STAMP)
	$(BIN)/ruff check reader tests
	$(BIN)/ruff format --check reader tests
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m tests.benchmarks $(BENCH)

screenshots: demo
	$(BIN)/python -m tests.screenshots $(DEMO_DB) screenshots

lint: $(STAMP)
	$(BIN)/ruff check reader tests
	$(BIN)/ruff format --check reader tests

format: $(STAMP)
	$(BIN)/ruff check --fix reader tests
	$(BIN)/ruff format reader tests

# Rebuild reader/core/analysis/given_names.txt; Faker is installed for this run only.
given-names: $(STAMP)
	tmp=$$(mktemp -d) && $(BIN)/python -m pip install --quiet --target $$tmp faker==40.54.0 \
	&& $(BIN)/python tests/data/given_names/build.py --faker $$tmp \
		--output reader/core/analysis/given_names.txt; status=$$?; rm -rf $$tmp; exit $$status

clean:
	rm -rf $(VENV) .demo .pytest_cache
