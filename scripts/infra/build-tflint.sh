#!/usr/bin/env bash
# Builds TFLint (MPL-2.0) from the Go module proxy and caches it per version under
# ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/tflint/<version>/bin/tflint; prints the binary's path.
# Its bundled `terraform` ruleset is what terraform/.tflint.hcl enables; the AWS ruleset is a plugin
# the proxy does not serve. A few minutes on 2 cores; a cached build returns at once.
# Heavy build: it waits for ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/heavy-build.lock (one at a time per machine).
#   Usage: scripts/infra/build-tflint.sh            (TFLINT_VERSION=v0.64.0 by default)
set -euo pipefail

readonly VERSION="${TFLINT_VERSION:-v0.64.0}"
readonly CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart"
readonly DIR="$CACHE/tflint/${VERSION#v}"
readonly BIN="$DIR/bin/tflint"
export PATH="/usr/local/go/bin:$PATH"

is_built() {
  [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "${VERSION#v}"
}

build() {
  mkdir -p "$DIR/bin"
  GOBIN="$DIR/bin.tmp" timeout 1800 nice -n 10 go install -trimpath -ldflags "-s -w" \
    "github.com/terraform-linters/tflint@$VERSION" >&2
  mv "$DIR/bin.tmp/tflint" "$BIN"
  rm -rf "$DIR/bin.tmp"
}

main() {
  if ! is_built; then
    mkdir -p "$CACHE"
    echo "Building TFLint $VERSION into $DIR (a few minutes; waits for other heavy builds)" >&2
    exec 9> "$CACHE/heavy-build.lock"
    flock 9
    is_built || build
  fi
  printf '%s\n' "$BIN"
}

main "$@"
