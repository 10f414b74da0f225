#!/usr/bin/env bash
# Print the path of a working Python interpreter of version $1 (e.g. 3.12): on PATH, else one pyenv installed.
set -euo pipefail
want="$1"
for candidate in "python$want" "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$want".*/bin/"python$want"; do
    if path="$(command -v "$candidate")" && "$path" -c 'import sys; sys.exit(sys.version_info[:2] != tuple(map(int, sys.argv[1].split("."))))' "$want" 2>/dev/null; then
        echo "$path"
        exit 0
    fi
done
echo "no working python$want found (on PATH or under pyenv)" >&2
exit 1
