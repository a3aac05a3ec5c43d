#!/usr/bin/env bash
# Runs the shop on one URL: installs dependencies if needed, builds the storefront if it is
# not built yet, migrates, seeds and serves.
# With DATABASE_URL unset it runs an embedded PostgreSQL (data in .data/, kept between runs);
# with REDIS_URL unset the cache and rate limits run in-process.
#   Usage: npm start           (PORT=3000 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/lib/node24.sh
source scripts/lib/node24.sh

main() {
  ensure_node24
  [ -d node_modules ] || npm ci --no-audit --no-fund
  [ -f frontend/dist/index.html ] || npm run build -w frontend
  npm run start:local -w backend
}

main "$@"
