#!/usr/bin/env bash
# Sends shop traffic to a Rollout's canary pods for a while, so its Prometheus analysis has
# requests to judge (the analysis reads only pods labelled role=canary). Waits for the canary
# Service to have endpoints, port-forwards to it, and stops by itself after the given seconds.
#   Usage: scripts/ci/cluster-test/canary-traffic.sh <namespace> <canary-service> <seconds>
#   Example: scripts/ci/cluster-test/canary-traffic.sh dhakacart-staging api-canary 600 &
set -euo pipefail

readonly LOCAL_PORT=3100

wait_for_endpoints() {
  local namespace="$1" service="$2" deadline=$((SECONDS + 600))
  until [ -n "$(kubectl get endpoints "$service" --namespace "$namespace" \
    -o jsonpath='{.subsets[*].addresses[*].ip}' 2>/dev/null)" ]; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "no canary endpoints for $service after 10 minutes" >&2
      return 1
    fi
    sleep 2
  done
}

main() {
  local namespace="${1:?namespace required}" service="${2:?service required}" seconds="${3:?seconds required}"
  wait_for_endpoints "$namespace" "$service"
  kubectl port-forward --namespace "$namespace" "service/$service" "$LOCAL_PORT:80" >/dev/null &
  local forward=$!
  trap 'kill "$forward" 2>/dev/null || true' EXIT
  trap 'exit 143' TERM
  local end=$((SECONDS + seconds))
  while [ "$SECONDS" -lt "$end" ]; do
    curl --silent --output /dev/null --max-time 5 "http://127.0.0.1:$LOCAL_PORT/api/v1/products?pageSize=5" || true
    sleep 0.1
  done
}

main "$@"
