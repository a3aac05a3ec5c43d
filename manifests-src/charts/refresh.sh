#!/usr/bin/env bash
# Keeps the vendored chart files (SOURCES.tsv) equal to upstream. Needs internet access to github.com and
# raw.githubusercontent.com; the suite itself only reads the committed files.
#   Usage: bash manifests-src/charts/refresh.sh                 re-download every file, fail on a checksum change
#          bash manifests-src/charts/refresh.sh --update        same, resolving each tag again and rewriting the rows
#          bash manifests-src/charts/refresh.sh add <folder> <owner/repo> <tag> <chart path in repo> [<subfolder>]
#               vendor one chart version: values.yaml, Chart.yaml and every template with a helm.sh/hook
#               annotation (in-tree subcharts included), e.g.
#               add velero/12.1.0 vmware-tanzu/helm-charts velero-12.1.0 charts/velero
#               A remote subchart goes into the parent's folder with <subfolder> charts/<name>/.
# After `add`, test/helm-values.test.ts fails until src/argocd/chart-review.ts reviews every hook it finds.
# GITHUB (default https://github.com) and RAW (default https://raw.githubusercontent.com) name the hosts.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
GITHUB="${GITHUB:-https://github.com}"
RAW="${RAW:-https://raw.githubusercontent.com}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

resolve_tag() { # repository tag -> commit the tag points to (peeled)
  local out
  out=$(git ls-remote "$GITHUB/$1.git" "refs/tags/$2" "refs/tags/$2^{}")
  [ -n "$out" ] || { echo "$1 has no tag $2" >&2; return 1; }
  echo "$out" | awk '{print $1}' | tail -1
}

row() { # file repository tag commit path -> appends the row with the file's checksum
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "$5" "$(sha256sum "$HERE/$1" | cut -d' ' -f1)" >>"$HERE/SOURCES.tsv"
}

refresh() { # check | --update
  local mode=$1 status=0 file repo tag commit path sha got
  while IFS=$'\t' read -r file repo tag commit path sha; do
    [[ "$file" == \#* || -z "$file" ]] && continue
    [ "$mode" = --update ] && commit=$(resolve_tag "$repo" "$tag")
    curl -fsSL "$RAW/$repo/$commit/$path" -o "$TMP/file"
    got=$(sha256sum "$TMP/file" | cut -d' ' -f1)
    if [ "$mode" = --update ]; then
      mkdir -p "$(dirname "$HERE/$file")"
      cp "$TMP/file" "$HERE/$file"
      sha="$got"
    elif [ "$got" != "$sha" ]; then
      echo "$file: upstream $repo@$tag ($commit) has sha256 $got, SOURCES.tsv says $sha" >&2
      status=1
    fi
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$file" "$repo" "$tag" "$commit" "$path" "$sha" >>"$TMP/rows"
  done <"$HERE/SOURCES.tsv"
  if [ "$mode" = --update ]; then
    { head -1 "$HERE/SOURCES.tsv"; cat "$TMP/rows"; } >"$TMP/sources" && cp "$TMP/sources" "$HERE/SOURCES.tsv"
  fi
  return "$status"
}

add() { # folder repository tag chart-path [subfolder]
  local folder=$1 repo=$2 tag=$3 chart=$4 sub=${5:-} commit file rel
  git clone --quiet --depth 1 --branch "$tag" "$GITHUB/$repo.git" "$TMP/src"
  commit=$(git -C "$TMP/src" rev-parse HEAD)
  {
    for file in values.yaml Chart.yaml Chart.template.yaml; do [ -f "$TMP/src/$chart/$file" ] && echo "$chart/$file"; done
    (cd "$TMP/src" && grep -rl 'helm.sh/hook' --include='*.yaml' --include='*.tpl' "$chart" | grep '/templates/' | sort)
  } | while read -r file; do
    rel="$folder/$sub${file#"$chart"/}"
    mkdir -p "$(dirname "$HERE/$rel")"
    cp "$TMP/src/$file" "$HERE/$rel"
    row "$rel" "$repo" "$tag" "$commit" "$file"
  done
}

main() {
  case "${1:-check}" in
    check) refresh check ;;
    --update) refresh --update ;;
    add) [ $# -ge 5 ] || { echo "usage: refresh.sh add <folder> <owner/repo> <tag> <chart path> [<subfolder>]" >&2; exit 2; }
      add "${@:2}" ;;
    *) echo "usage: refresh.sh [--update | add …]" >&2; exit 2 ;;
  esac
}

main "$@"
