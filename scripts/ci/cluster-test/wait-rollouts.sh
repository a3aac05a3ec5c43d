#!/usr/bin/env bash
# Waits until the Argo Rollouts of a namespace (all, or the one named) have seen their latest
# spec and reached a phase:
# Healthy after a good release (canary steps and analysis done, the new pods are the stable
# ones), Degraded after a bad one (analysis failed, the Rollout aborted, traffic back on the
# stable pods). Prints the Rollouts and AnalysisRuns when the time runs out.
#   Usage: scripts/ci/cluster-test/wait-rollouts.sh <namespace> <Healthy|Degraded> [timeout seconds, default 900] [rollout]
set -euo pipefail

# generation observedGeneration phase stableRS currentPodHash, one Rollout per line
rollout_states() {
  kubectl get rollouts.argoproj.io --namespace "$1" -o jsonpath='{range .items[*]}{.metadata.name} {.metadata.generation} {.status.observedGeneration} {.status.phase} {.status.stableRS} {.status.currentPodHash}{"\n"}{end}'
}

all_reached() {
  local namespace="$1" phase="$2" only="$3" name generation observed current stable hash count=0
  while read -r name generation observed current stable hash; do
    [ -n "$name" ] || continue
    [ -z "$only" ] || [ "$name" = "$only" ] || continue
    count=$((count + 1))
    [ "$observed" = "$generation" ] && [ "$current" = "$phase" ] || return 1
    # Healthy must also mean the new pods became the stable ones (not the old stable still serving).
    if [ "$phase" = Healthy ] && [ "$stable" != "$hash" ]; then
      return 1
    fi
  done < <(rollout_states "$namespace")
  [ "$count" -gt 0 ]
}

main() {
  local namespace="${1:?namespace required}" phase="${2:?phase required}" timeout="${3:-900}" only="${4:-}"
  case "$phase" in Healthy | Degraded) ;; *) echo "phase must be Healthy or Degraded" >&2; exit 2 ;; esac
  local deadline=$((SECONDS + timeout))
  until all_reached "$namespace" "$phase" "$only"; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "Rollouts in $namespace (${only:-all}) did not reach $phase within ${timeout}s" >&2
      rollout_states "$namespace" >&2 || true
      kubectl get analysisruns.argoproj.io --namespace "$namespace" >&2 || true
      return 1
    fi
    sleep 5
  done
  echo "Rollouts in $namespace (${only:-all}) are $phase"
}

main "$@"
