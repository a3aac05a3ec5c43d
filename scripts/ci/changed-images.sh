#!/usr/bin/env bash
# Prints, as a GitHub Actions output line, the images a push to main must rebuild:
#   matrix=[{"image":"api","dockerfile":"backend/Dockerfile"}, ...]
# backend/ changes rebuild the API, frontend/ the storefront; changes to what both images are
# built from (root package files, .dockerignore) or an unknown range (first push, force push,
# manual run) rebuild both.
#   Usage: scripts/ci/changed-images.sh <before-sha|""> <after-sha>
set -euo pipefail

readonly API='{"image":"api","dockerfile":"backend/Dockerfile"}'
readonly STOREFRONT='{"image":"storefront","dockerfile":"frontend/Dockerfile"}'

usage() {
  echo "usage: $0 <before-sha|\"\"> <after-sha>" >&2
  exit 2
}

changed_files() {
  local before="$1" after="$2"
  if [[ -z "$before" || "$before" =~ ^0+$ ]] || ! git merge-base --is-ancestor "$before" "$after" 2>/dev/null; then
    echo "*"
    return
  fi
  git diff --name-only "$before" "$after"
}

main() {
  [ "$#" -eq 2 ] || usage
  local api=false storefront=false file
  while IFS= read -r file; do
    case "$file" in
      backend/*) api=true ;;
      frontend/*) storefront=true ;;
      "*" | package.json | package-lock.json | .dockerignore) api=true storefront=true ;;
    esac
  done < <(changed_files "$1" "$2")
  local items=()
  [ "$api" = true ] && items+=("$API")
  [ "$storefront" = true ] && items+=("$STOREFRONT")
  local IFS=,
  echo "matrix=[${items[*]}]"
}

main "$@"
