#!/usr/bin/env bash
# Re-downloads every CRD listed in SOURCES.tsv from its upstream repository at the recorded commit, and checks
# (default) or rewrites (--update) the sha256 column. Needs internet access to raw.githubusercontent.com; the suite
# itself only reads the committed files.
#   Usage: bash manifests-src/crds/refresh.sh [--update]
# To move a CRD to a new release: edit its tag and commit in SOURCES.tsv, run with --update, review the diff, and
# regenerate the typed models (npm run import -w manifests-src).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
MODE="${1:-check}"
case "$MODE" in check | --update) ;; *) echo "usage: refresh.sh [--update]" >&2; exit 2 ;; esac
status=0
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.new"' EXIT
while IFS=$'\t' read -r file repo tag commit path sha; do
  [[ "$file" == \#* || -z "$file" ]] && continue
  curl -fsSL "https://raw.githubusercontent.com/$repo/$commit/$path" -o "$tmp"
  got=$(sha256sum "$tmp" | cut -d' ' -f1)
  if [ "$MODE" = --update ]; then
    cp "$tmp" "$HERE/$file"
    sha="$got"
  elif [ "$got" != "$sha" ]; then
    echo "$file: upstream $repo@$tag ($commit) has sha256 $got, SOURCES.tsv says $sha" >&2
    status=1
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$file" "$repo" "$tag" "$commit" "$path" "$sha" >>"$tmp.new"
done <"$HERE/SOURCES.tsv"
if [ "$MODE" = --update ]; then
  { head -1 "$HERE/SOURCES.tsv"; cat "$tmp.new"; } >"$HERE/SOURCES.tsv.tmp" && mv "$HERE/SOURCES.tsv.tmp" "$HERE/SOURCES.tsv"
fi
exit "$status"
