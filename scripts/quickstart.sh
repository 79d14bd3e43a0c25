#!/usr/bin/env bash
# The main job on the embedded store: set up, ingest seeds/, print what was found, write an offline
# network page, and serve SPARQL on 127.0.0.1 (Ctrl-C stops). Extra arguments go to `phakhi demo`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec .venv/bin/phakhi demo "$@"
