#!/usr/bin/env bash
# Create .venv (Python 3.11+) and install phakhi into it; EXTRAS (e.g. "[test]") picks optional groups.
# Sourced by quickstart.sh and test.sh so both do the whole set-up on a fresh machine.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PYTHON=${PYTHON:-}
if [[ -z $PYTHON ]]; then
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" 2>/dev/null -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      PYTHON=$candidate
      break
    fi
  done
fi
if [[ -z $PYTHON ]]; then
  echo "phakhi needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)" >&2
  exit 2
fi
if [[ ! -x .venv/bin/python ]]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
# setuptools tells every editable install that folders named like the package may shadow it: informational, and
# not the case here (the package is "phakhi", no folder is), so that one notice is filtered by its text.
PYTHONWARNINGS="ignore:Editable installation" .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".${EXTRAS:-}"
# An editable install is not byte-compiled, and where the environment sets PYTHONDONTWRITEBYTECODE (CI images often
# do) every process would compile phakhi's sources again: about 0.2 s of each CLI command, ingest worker and test
# subprocess (benchmarks/README.md, "Twenty-sixth session: the fixed cost of a process"). Compile them once here, as
# pip does for a wheel; a source edited later is compiled in memory again, never read stale.
.venv/bin/python -m compileall -q -j 0 __init__.py __main__.py graph api ontology >/dev/null
export PYTHAINLP_OFFLINE=1 PYTHAINLP_READ_ONLY=1
