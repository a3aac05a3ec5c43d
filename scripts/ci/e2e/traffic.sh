#!/usr/bin/env bash
# Sends shop traffic through the Gateway for a while, so the canary analysis has requests to
# judge. Bounded: stops after the given number of seconds.
#   Usage: scripts/ci/e2e/traffic.sh <base-url> <host-header> <seconds>
set -euo pipefail

main() {
  local base="${1:?base url required}" host="${2:?host header required}" seconds="${3:?seconds required}"
  local end=$((SECONDS + seconds))
  while [ "$SECONDS" -lt "$end" ]; do
    curl --silent --output /dev/null --max-time 5 --header "Host: $host" "$base/api/v1/products?pageSize=5" || true
    sleep 0.2
  done
}

main "$@"
