#!/usr/bin/env bash
# Builds an image, pushes it to the e2e local registry, and prints the reference the cluster
# pulls it by: ghcr.io/dhakacart/<name>@sha256:<digest> (see local-registry.sh).
#   Usage: scripts/ci/e2e/push-image.sh <name> <dockerfile> [docker build args...]
#   Example: scripts/ci/e2e/push-image.sh api backend/Dockerfile --label e2e.variant=canary
set -euo pipefail

readonly LOCAL=localhost:5001/dhakacart

main() {
  local name="${1:?image name required}" dockerfile="${2:?dockerfile required}"
  shift 2
  local tag
  tag="$LOCAL/$name:e2e-$(date +%s)"
  docker build --quiet --file "$dockerfile" --tag "$tag" "$@" . >&2
  docker push --quiet "$tag" >&2
  local digest
  digest="$(docker inspect --format '{{index .RepoDigests 0}}' "$tag")"
  echo "ghcr.io/dhakacart/$name@${digest#*@}"
}

main "$@"
