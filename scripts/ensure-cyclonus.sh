#!/usr/bin/env bash
# Builds cyclonus (a NetworkPolicy analyser: github.com/mattfenwick/cyclonus) from the Go module
# proxy once per version, and prints the binary's path. The network-flow tests check their
# evaluator against its `analyze --mode query-traffic` on every query (DHAKACART_CYCLONUS=0 skips).
# The build (~2 min of CPU) holds the machine's heavy-build lock and runs under nice; the
# binary is cached in ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/cyclonus/<version>/.
#   Usage: scripts/ensure-cyclonus.sh            # prints /…/cyclonus/v0.5.6/cyclonus
set -euo pipefail

readonly VERSION="v0.5.6"
readonly MODULE="github.com/mattfenwick/cyclonus"

go_binary() {
  if command -v go >/dev/null; then command -v go
  elif [ -x /usr/local/go/bin/go ]; then echo /usr/local/go/bin/go
  else
    echo "ensure-cyclonus: Go is needed to build cyclonus ${VERSION} (install Go 1.22 or newer)" >&2
    return 1
  fi
}

build() {
  local dir="$1" go lock tmp
  go="$(go_binary)"
  lock="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/heavy-build.lock"
  mkdir -p "$(dirname "$lock")" "$dir"
  tmp="$(mktemp -d "$dir/.build.XXXXXX")"
  echo "ensure-cyclonus: building ${MODULE} ${VERSION} (first time only)" >&2
  flock "$lock" nice -n 10 env GOBIN="$tmp" GOFLAGS=-trimpath GOTOOLCHAIN=local \
    "$go" install "${MODULE}/cmd/cyclonus@${VERSION}" >&2 || { rm -rf "$tmp"; return 1; }
  mv "$tmp/cyclonus" "$dir/cyclonus"
  rmdir "$tmp"
}

main() {
  local dir="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/cyclonus/${VERSION}"
  [ -x "$dir/cyclonus" ] || build "$dir"
  printf '%s\n' "$dir/cyclonus"
}

main "$@"
