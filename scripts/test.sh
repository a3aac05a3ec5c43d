#!/usr/bin/env bash
# Runs every test of every workspace against real servers (PostgreSQL, Redis, nginx,
# Chromium, promtool), which the tests start themselves on free loopback ports.
# Installs missing system packages first (scripts/install-test-deps.sh).
#   Usage: npm test            (or: bash scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/node24.sh
source scripts/lib/node24.sh

main() {
  ensure_node24
  bash scripts/install-test-deps.sh
  [ -d node_modules ] || npm ci --no-audit --no-fund
  npm run test --workspaces --if-present
}

main "$@"
