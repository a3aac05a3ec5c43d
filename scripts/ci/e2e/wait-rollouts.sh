#!/usr/bin/env bash
# Waits until every Argo Rollout in a namespace reaches a phase: Healthy after a good release
# (canary steps and analysis completed), Degraded after a bad one (analysis failed, the Rollout
# aborted and traffic went back to the stable version). Prints the Rollouts on failure.
#   Usage: scripts/ci/e2e/wait-rollouts.sh <namespace> <Healthy|Degraded> [timeout, default 15m]
set -euo pipefail

main() {
  local namespace="${1:?namespace required}" phase="${2:?phase required}" timeout="${3:-15m}"
  case "$phase" in Healthy | Degraded) ;; *) echo "phase must be Healthy or Degraded" >&2; exit 2 ;; esac
  if ! kubectl wait rollouts.argoproj.io --all --namespace "$namespace" \
    --for=jsonpath='{.status.phase}'="$phase" --timeout "$timeout"; then
    kubectl get rollouts.argoproj.io --namespace "$namespace" -o wide >&2 || true
    kubectl get analysisruns.argoproj.io --namespace "$namespace" >&2 || true
    return 1
  fi
}

main "$@"
