#!/usr/bin/env bash
# Set up (with the test extras) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS="[test]" source scripts/setup.sh
# The browser tests (tests/test_browser.py) drive Debian's Chromium (never a downloaded browser) and need
# Thai fonts. Installed here when missing and we may (root with apt-get); otherwise those tests skip.
if [[ ! -x /usr/bin/chromium || -z $(fc-list :lang=th family 2>/dev/null || true) ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium and fonts-thai-tlwg for the browser tests" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-thai-tlwg >/dev/null; } ||
      echo "could not install chromium and fonts-thai-tlwg: the browser tests will be skipped" >&2
  else
    echo "the browser tests will be skipped: they need /usr/bin/chromium and Thai fonts" \
         "(as root: apt-get install chromium fonts-thai-tlwg)" >&2
  fi
fi
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
