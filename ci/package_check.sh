#!/usr/bin/env bash
# The package as users get it (make package-check): build the sdist and the wheel, check them, install the wheel
# into fresh venvs outside the repository and use it there: bare, with [testing] (the quickstart and a user
# project's tests in pytest-asyncio strict and auto mode and under anyio), then with [redis].
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="$ROOT/.venv/bin"
PYTHON="$("$ROOT/ci/python.sh" 3.11)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"  # never the repository: what is imported comes from the venvs
step() { printf '\n== package check: %s\n' "$*"; }
venv() {  # venv NAME REQUIREMENT...: a fresh venv holding only what is named (and what it requires)
    "$BIN/uv" venv --quiet --python "$PYTHON" "$WORK/$1"
    VIRTUAL_ENV="$WORK/$1" "$BIN/uv" pip install --quiet "${@:2}"
}

step "build the sdist and the wheel (the wheel from the sdist)"
"$BIN/python" -m build --outdir "$WORK/dist" "$ROOT" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
"$BIN/twine" check --strict "$WORK"/dist/*
"$BIN/python" "$ROOT/ci/dist_check.py" "$WORK/dist"
WHEEL="$(echo "$WORK"/dist/*.whl)"

step "the wheel alone: it imports, pulls in no development tool, and billmora_client.testing names its extra"
venv bare "$WHEEL"
installed="$(VIRTUAL_ENV="$WORK/bare" "$BIN/uv" pip freeze --quiet | cut -d= -f1 | sort | tr '\n' ' ')"
echo "installed: $installed"
for tool in pytest ruff mypy hypothesis openapi-python-client schemathesis starlette uvicorn redis; do
    case " $installed " in *" $tool "*) echo "a bare install pulled in $tool" >&2; exit 1 ;; esac
done
"$WORK/bare/bin/python" - <<'PY'
import pathlib
import billmora_client, billmora_client.models
assert "site-packages" in pathlib.Path(billmora_client.__file__).parts, billmora_client.__file__
try:
    import billmora_client.testing
except ImportError as error:
    assert "pip install 'billmora-client[testing]'" in str(error), error
    print(f"import billmora_client.testing: ImportError: {error}")
else:
    raise SystemExit("billmora_client.testing imported without the testing extra")
print(f"billmora_client {billmora_client.__version__} imports from {billmora_client.__file__}")
PY

step "with [testing]: the quickstart, and a user project's tests through the pytest11 entry point"
venv testing "$WHEEL[testing]" $("$BIN/python" "$ROOT/ci/pins.py" pytest pytest-asyncio)
mkdir "$WORK/quickstart"
cp "$ROOT/examples/quickstart.py" "$ROOT/examples/_target.py" "$WORK/quickstart/"
(cd "$WORK/quickstart" && "$WORK/testing/bin/python" quickstart.py >"$WORK/quickstart.log") \
    || { cat "$WORK/quickstart.log"; exit 1; }
tail -n 2 "$WORK/quickstart.log"
cp -r "$ROOT/examples/user_project" "$WORK/user_project"
cd "$WORK/user_project"
! grep -rq --include='*.py' --include='*.toml' --include='*.ini' --include='*.cfg' pytest_plugins . || { echo "the user project must find the plugin through its entry point" >&2; exit 1; }
PYTEST=("$WORK/testing/bin/python" -m pytest -q -p no:cacheprovider)
echo "-- pytest-asyncio, strict mode (its default)"; "${PYTEST[@]}" tests/test_asyncio.py tests/test_anyio.py
echo "-- pytest-asyncio, auto mode"; "${PYTEST[@]}" -o asyncio_mode=auto tests/test_auto.py tests/test_asyncio.py
echo "-- anyio alone"; "${PYTEST[@]}" -p no:asyncio tests/test_anyio.py
cd "$WORK"

step "with [redis]: two clients share a budget through a real redis-server"
VIRTUAL_ENV="$WORK/testing" "$BIN/uv" pip install --quiet "$WHEEL[testing,redis]"
"$WORK/testing/bin/python" "$ROOT/ci/redis_check.py"

step "passed"
