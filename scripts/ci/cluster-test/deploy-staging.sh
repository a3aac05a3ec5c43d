#!/usr/bin/env bash
# Points staging at the given images, synthesizes, and applies dist/staging to the test cluster
# as Argo CD would: everything but the hooks, then each PreSync hook (the migration Job)
# recreated and awaited (Argo CD's BeforeHookCreation). Sealed secrets cannot be opened here
# (the cluster has not the controller's key), so each SealedSecret gets a stand-in Secret.
#   Usage: scripts/ci/cluster-test/deploy-staging.sh --image api=<ref> [--image storefront=<ref>]
set -euo pipefail

readonly DIST=dist/staging
readonly HOOK_MARK='argocd.argoproj.io/hook: PreSync'

# bump writes images.json and re-synthesizes dist/.
render() {
  npm run bump -- --env staging "$@"
}

apply_resources() {
  npm run --silent cluster-test-secrets -- --dist "$DIST" | kubectl apply --server-side -f -
  local files=()
  mapfile -t files < <(grep -rL --include='*.yaml' "$HOOK_MARK" "$DIST" | sort)
  local args=() file
  for file in "${files[@]}"; do
    args+=(-f "$file")
  done
  kubectl apply --server-side --force-conflicts "${args[@]}"
}

run_hooks() {
  local file name namespace
  while IFS= read -r file; do
    namespace="$(kubectl create --dry-run=client -f "$file" -o jsonpath='{.metadata.namespace}')"
    name="$(kubectl create --dry-run=client -f "$file" -o jsonpath='{.metadata.name}')"
    kubectl delete --ignore-not-found --wait -f "$file"
    kubectl apply --server-side -f "$file"
    kubectl wait --for=condition=complete "job/$name" --namespace "$namespace" --timeout 10m
  done < <(grep -rl --include='*.yaml' "$HOOK_MARK" "$DIST" | sort)
}

main() {
  [ "$#" -gt 0 ] || { echo "usage: $0 --image <name>=<ref>..." >&2; exit 2; }
  render "$@"
  apply_resources
  run_hooks
}

main "$@"
