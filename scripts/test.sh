#!/usr/bin/env bash
# Set up (with the test extras) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="[test]" source scripts/setup.sh
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
