#!/usr/bin/env bash
# Points staging at the given images, synthesizes, and applies dist/staging to the e2e cluster.
# Sealed secrets cannot be opened here (the cluster has not the controller's key), so each
# SealedSecret is stood in for by a Secret of the same name with random test values.
#   Usage: scripts/ci/e2e/deploy-staging.sh --image api=<ref> [--image storefront=<ref>]
set -euo pipefail

main() {
  [ "$#" -gt 0 ] || { echo "usage: $0 --image <name>=<ref>..." >&2; exit 2; }
  npm run bump -- --env staging "$@"
  npm run synth
  npm run --silent e2e-secrets -- --dist dist/staging | kubectl apply --server-side -f -
  kubectl apply --server-side --force-conflicts -R -f dist/staging
}

main "$@"
