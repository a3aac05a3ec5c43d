#!/usr/bin/env bash
# Builds OpenTofu (MPL-2.0) from the Go module proxy and caches it per version under
# ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/tofu/<version>/bin/tofu; prints the binary's path.
# OpenTofu's go.mod carries replace directives, so `go install` of it fails: a throwaway wrapper module
# requires it and repeats its replace lines. About 8 minutes on 2 cores; a cached build returns at once.
# Heavy build: it waits for ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/heavy-build.lock (one at a time per machine).
#   Usage: scripts/infra/build-tofu.sh            (TOFU_VERSION=v1.12.6 by default)
set -euo pipefail

readonly VERSION="${TOFU_VERSION:-v1.12.6}"
readonly CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart"
readonly DIR="$CACHE/tofu/${VERSION#v}"
readonly BIN="$DIR/bin/tofu"
export PATH="/usr/local/go/bin:$PATH"

is_built() {
  [ -x "$BIN" ] && "$BIN" version 2>/dev/null | grep -q "v${VERSION#v}"
}

write_wrapper_module() {
  local gomod replaces goversion
  gomod="$(go mod download -json "github.com/opentofu/opentofu@$VERSION" | python3 -c 'import json,sys; print(json.load(sys.stdin)["GoMod"])')"
  replaces="$(grep '^replace ' "$gomod" || true)"
  goversion="$(awk '$1 == "go" { print $2; exit }' "$gomod")"
  printf 'module local/tofu-wrapper\n\ngo %s\n\nrequire github.com/opentofu/opentofu %s\n\n%s\n' \
    "$goversion" "$VERSION" "$replaces" > go.mod
  printf '//go:build tools\n\npackage tools\n\nimport _ "github.com/opentofu/opentofu/cmd/tofu"\n' > tools.go
  timeout 900 go mod tidy >&2
}

build() {
  rm -rf "$DIR/src" && mkdir -p "$DIR/src" "$DIR/bin" && cd "$DIR/src"
  write_wrapper_module
  timeout 3000 nice -n 10 go build -trimpath -ldflags "-s -w -X github.com/opentofu/opentofu/version.dev=no" \
    -o "$BIN.tmp" github.com/opentofu/opentofu/cmd/tofu >&2
  mv "$BIN.tmp" "$BIN"
  cd / && rm -rf "$DIR/src"
}

main() {
  if ! is_built; then
    mkdir -p "$CACHE"
    echo "Building OpenTofu $VERSION into $DIR (about 8 minutes; waits for other heavy builds)" >&2
    exec 9> "$CACHE/heavy-build.lock"
    flock 9
    is_built || build
  fi
  printf '%s\n' "$BIN"
}

main "$@"
