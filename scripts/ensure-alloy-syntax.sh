#!/usr/bin/env bash
# Builds manifests-src/tools/alloy-syntax (Alloy's own configuration parser, the Go module
# github.com/grafana/alloy/syntax pinned in its go.mod/go.sum, from the Go module proxy) once per
# source checksum, and prints the binary's path. The log-pipeline tests read the shipped Alloy
# config with it, and match stage.drop expressions with Go's RE2 as Alloy does. Alloy itself is
# not built. A build takes a few seconds; the binary is cached in
# ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/alloy-syntax/<sha256 of the sources>/.
#   Usage: scripts/ensure-alloy-syntax.sh        # prints /…/alloy-syntax/<sum>/alloy-syntax
set -euo pipefail

SRC="$(cd "$(dirname "$0")/../manifests-src/tools/alloy-syntax" && pwd)"
readonly SRC

go_binary() {
  if command -v go >/dev/null; then command -v go
  elif [ -x /usr/local/go/bin/go ]; then echo /usr/local/go/bin/go
  else
    echo "ensure-alloy-syntax: Go 1.24 or newer is needed to build ${SRC}" >&2
    return 1
  fi
}

build() {
  local dir="$1" go tmp
  go="$(go_binary)"
  mkdir -p "$dir"
  tmp="$(mktemp -d "$dir/.build.XXXXXX")"
  echo "ensure-alloy-syntax: building ${SRC} (first time only)" >&2
  (cd "$SRC" && flock "$dir/../.lock" nice -n 10 env GOFLAGS="-mod=readonly -trimpath" GOTOOLCHAIN=local CGO_ENABLED=0 \
    "$go" build -o "$tmp/alloy-syntax" .) >&2 || { rm -rf "$tmp"; return 1; }
  mv "$tmp/alloy-syntax" "$dir/alloy-syntax"
  rmdir "$tmp"
}

main() {
  local sum dir
  sum="$(cat "$SRC/go.mod" "$SRC/go.sum" "$SRC/main.go" | sha256sum | cut -c1-16)"
  dir="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/alloy-syntax/${sum}"
  [ -x "$dir/alloy-syntax" ] || build "$dir"
  printf '%s\n' "$dir/alloy-syntax"
}

main "$@"
