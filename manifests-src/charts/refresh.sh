#!/usr/bin/env bash
# Re-downloads every chart file listed in SOURCES.tsv from its upstream repository, and checks (default) or
# rewrites (--update) the commit and sha256 columns. Needs internet access to github.com and
# raw.githubusercontent.com; the suite itself only reads the committed files.
#   Usage: bash manifests-src/charts/refresh.sh [--update]
# To move a chart to a new version: copy its rows with the new folder (<chart>/<version>/) and the new tag, run with
# --update (it resolves each tag to its commit), then list the chart's hook templates at that tag and add rows for
# any new one:  git clone --depth 1 --branch <tag> https://github.com/<repository> && grep -rl helm.sh/hook <chart>/templates
# test/helm-values.test.ts then fails until src/argocd/chart-review.ts reviews every hook it finds.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MODE="${1:-check}"
case "$MODE" in check | --update) ;; *) echo "usage: refresh.sh [--update]" >&2; exit 2 ;; esac

resolve_tag() { # repository tag -> commit the tag points to (peeled)
  local out
  out=$(git ls-remote "https://github.com/$1.git" "refs/tags/$2" "refs/tags/$2^{}")
  [ -n "$out" ] || { echo "$1 has no tag $2" >&2; return 1; }
  echo "$out" | awk '{print $1}' | tail -1
}

TMP=$(mktemp)
trap 'rm -f "$TMP" "$TMP.new"' EXIT

main() {
  local status=0 file repo tag commit path sha got
  while IFS=$'\t' read -r file repo tag commit path sha; do
    [[ "$file" == \#* || -z "$file" ]] && continue
    [ "$MODE" = --update ] && commit=$(resolve_tag "$repo" "$tag")
    curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$path" -o "$TMP"
    got=$(sha256sum "$TMP" | cut -d' ' -f1)
    if [ "$MODE" = --update ]; then
      mkdir -p "$(dirname "$HERE/$file")"
      cp "$TMP" "$HERE/$file"
      sha="$got"
    elif [ "$got" != "$sha" ]; then
      echo "$file: upstream $repo@$tag ($commit) has sha256 $got, SOURCES.tsv says $sha" >&2
      status=1
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$file" "$repo" "$tag" "$commit" "$path" "$sha" >>"$TMP.new"
  done <"$HERE/SOURCES.tsv"
  if [ "$MODE" = --update ]; then
    { head -1 "$HERE/SOURCES.tsv"; cat "$TMP.new"; } >"$HERE/SOURCES.tsv.tmp" && mv "$HERE/SOURCES.tsv.tmp" "$HERE/SOURCES.tsv"
  fi
  return "$status"
}

main
