# Everything is installed into .venv from nothing; tools that generate or check code are pinned in pyproject.toml.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install test lint check fuzz mutate regenerate demo example-reconcile bench sandbox clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Four workers, a file each, the longest files first (tests/conftest.py): much of the suite waits on loopback.
# Bytecode is cached even where the environment turns it off: every worker, sandbox and subprocess imports
# the package and the tests.
test: install
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/pytest -q -n 4 --dist loadfile --no-loadscope-reorder --durations=10

lint: install
	$(BIN)/python scripts/regenerate.py --check
	$(BIN)/mypy
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: test lint

# schemathesis against the sandbox with the overlaid document; what Billmora itself fails is in fuzz/exclusions.yaml
fuzz: install
	$(BIN)/python fuzz/run.py

# Mutation testing of the modules that carry the README's promises (tens of minutes; not part of CI). Each mutant
# runs against its module's tests in a copy of the project; MUTATE="--module _retry.py --sample 20" narrows it.
mutate: install
	CI=1 $(BIN)/python scripts/mutate.py $(MUTATE)

regenerate: install
	$(BIN)/python scripts/regenerate.py $(if $(FROM),--from $(FROM))

demo: install
	$(BIN)/python examples/quickstart.py

# a reconciliation job written against the public face only, run against the bundled sandbox
example-reconcile: install
	$(BIN)/python examples/reconcile.py

bench: install
	$(BIN)/python bench/run.py

sandbox: install
	$(BIN)/python -m billmora_client.testing

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
