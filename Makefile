# Everything is installed into .venv from nothing; tools that generate or check code are pinned in pyproject.toml.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PIP_VERSION := 26.3

.PHONY: install test lint check fuzz mutate regenerate demo example-reconcile bench bench-peers sandbox clean \
	test-lowest test-newest test-py312 test-py package-check

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet 'pip==$(PIP_VERSION)'  # 25.1+ reads PEP 735 dependency groups
	$(BIN)/python -m pip install --quiet -e '.[testing,redis,otel]' --group dev
	touch $(STAMP)

# Four workers, a file each, the longest files first (tests/conftest.py): much of the suite waits on loopback.
# Bytecode is cached even where the environment turns it off: every worker, sandbox and subprocess imports
# the package and the tests.
PYTEST_OPTIONS := -q -n 4 --dist loadfile --no-loadscope-reorder
test: install
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/pytest $(PYTEST_OPTIONS) --durations=10

# The suite in a venv of its own (.venvs/NAME) on another Python or at other dependency versions: the package
# with its extras and the `test` group, resolved by uv. $(1): name, $(2): Python version, $(3): uv's options.
define suite_in
	rm -rf .venvs/$(1)
	$(BIN)/uv venv --quiet --python "$$(ci/python.sh $(2))" .venvs/$(1)
	VIRTUAL_ENV=.venvs/$(1) $(BIN)/uv pip install --quiet $(3) -e '.[testing,redis,otel]' --group test
	@echo "$(1): Python $(2), $$(VIRTUAL_ENV=.venvs/$(1) $(BIN)/uv pip freeze --quiet \
		| grep -iE '^(httpx|httpcore|anyio|h11|sniffio|attrs|starlette|uvicorn|redis|opentelemetry-api)==' | tr '\n' ' ')"
	env -u PYTHONDONTWRITEBYTECODE .venvs/$(1)/bin/pytest $(PYTEST_OPTIONS)
endef

# Every runtime dependency at the lowest version pyproject.toml allows (on the lowest Python), and at the newest.
test-lowest: install
	$(call suite_in,lowest,3.11,--resolution lowest-direct)
test-newest: install
	$(call suite_in,newest,3.13,--resolution highest --override ci/overrides.txt)
test-py312: install
	$(call suite_in,py312,3.12,--resolution highest --override ci/overrides.txt)
# 3.11 is `make test`'s
test-py: test-py312 test-newest

# The built sdist and wheel, checked and installed as users install them (ci/package_check.sh)
package-check: install
	bash ci/package_check.sh

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
	rm -rf $(VENV) .venvs .venv-peers build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Other SDKs' CPU per call beside ours (openai, anthropic, githubkit): they live in a venv of their own,
# never in the project's.
PEERS := .venv-peers
bench-peers: install
	test -x $(PEERS)/bin/python || $(PYTHON) -m venv $(PEERS)
	$(PEERS)/bin/python -m pip install --quiet openai==3.63.0 anthropic==2.17.0 githubkit==0.16.1 'hishel[async,httpx]==1.*'
	$(BIN)/python bench/cpu_per_call.py
	$(PEERS)/bin/python bench/peers.py
