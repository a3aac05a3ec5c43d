#!/usr/bin/env bash
# Builds terraform-provider-aws (MPL-2.0) from the Go module proxy and lays it out as a provider filesystem
# mirror, cached per version under ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/terraform-provider-aws/<version>/;
# prints the mirror directory. The proxy serves only main-branch pseudo-versions; the pinned one is main of
# 2026-06-02 (CHANGELOG "6.48.0 (Unreleased)"), which the mirror advertises as 6.48.0. Its binary's hashes
# therefore differ from HashiCorp's release of 6.48.0: never commit a lock file made from this mirror.
# About 40 minutes on 2 cores, 9.4 GB peak memory, an 863 MiB binary. A cached build returns at once.
# Heavy build: it waits for ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/heavy-build.lock (one at a time per machine).
#   Usage: scripts/infra/build-aws-provider.sh
set -euo pipefail

readonly PSEUDO="${TFAWS_PSEUDO_VERSION:-v1.60.1-0.20260602190131-5f2286d6d836}"
readonly VERSION="${TFAWS_VERSION:-6.48.0}"
readonly CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart"
readonly DIR="$CACHE/terraform-provider-aws/$VERSION"
readonly BIN="$DIR/bin/terraform-provider-aws_v$VERSION"
export PATH="/usr/local/go/bin:$PATH"

build() {
  rm -rf "$DIR/src" && mkdir -p "$DIR/src" "$DIR/bin" && cd "$DIR/src"
  printf 'module local/tfaws-wrapper\n\ngo 1.26.3\n\nrequire github.com/hashicorp/terraform-provider-aws %s\n' "$PSEUDO" > go.mod
  printf '//go:build tools\n\npackage tools\n\nimport _ "github.com/hashicorp/terraform-provider-aws"\n' > tools.go
  timeout 1800 go mod tidy >&2
  timeout 10800 nice -n 10 go build -trimpath \
    -ldflags "-s -w -X github.com/hashicorp/terraform-provider-aws/version.ProviderVersion=$VERSION" \
    -o "$BIN.tmp" github.com/hashicorp/terraform-provider-aws >&2
  mv "$BIN.tmp" "$BIN"
  cd / && rm -rf "$DIR/src"
}

# The mirror answers for both registries, so `tofu init` and `terraform init` find it.
write_mirror() {
  local host target
  for host in registry.opentofu.org registry.terraform.io; do
    target="$DIR/mirror/$host/hashicorp/aws/$VERSION/linux_amd64"
    mkdir -p "$target"
    ln -sf "$BIN" "$target/terraform-provider-aws_v$VERSION"
  done
}

main() {
  if [ ! -x "$BIN" ]; then
    mkdir -p "$CACHE"
    echo "Building terraform-provider-aws $VERSION into $DIR (about 40 minutes, 9.4 GB; waits for other heavy builds)" >&2
    exec 9> "$CACHE/heavy-build.lock"
    flock 9
    [ -x "$BIN" ] || build
  fi
  write_mirror
  printf '%s\n' "$DIR/mirror"
}

main "$@"
