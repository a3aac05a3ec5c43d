#!/usr/bin/env bash
# Builds an image, pushes it to the cluster test's local registry, and prints the reference the cluster
# pulls it by: ghcr.io/dhakacart/<name>@sha256:<digest> (see local-registry.sh).
#   Usage: scripts/ci/cluster-test/push-image.sh <name> <dockerfile> [docker build args...]
#   Example: scripts/ci/cluster-test/push-image.sh api backend/Dockerfile --label cluster-test.variant=canary
set -euo pipefail

readonly LOCAL=localhost:5001/dhakacart

main() {
  local name="${1:?image name required}" dockerfile="${2:?dockerfile required}"
  shift 2
  local tag
  tag="$LOCAL/$name:cluster-test-$(date +%s)"
  docker build --quiet --file "$dockerfile" --tag "$tag" "$@" . >&2
  docker push --quiet "$tag" >&2
  local digest
  digest="$(docker inspect --format '{{index .RepoDigests 0}}' "$tag")"
  echo "ghcr.io/dhakacart/$name@${digest#*@}"
}

main "$@"
