#!/usr/bin/env bash
# Builds once per version, then reuses, the Kubernetes programs the suite's admission tests run: kube-apiserver,
# kube-controller-manager (it runs the ValidatingAdmissionPolicy type checker), kubectl, and etcd, all from the Go
# module proxy. Prints the directory of the binaries on stdout; build output goes to stderr.
#
#   Usage: bash scripts/kube/ensure-kube.sh [--help]
#   KUBE_VERSION (default in versions.env)  a k8s.io/kubernetes tag, e.g. v1.37.2
#   ETCD_VERSION (default in versions.env)  a go.etcd.io/etcd/server/v3 tag
#
# Why a wrapper module: the go.mod files of k8s.io/kubernetes and etcd's server replace their sibling modules with
# local paths (./staging/..., ../api), so `go install pkg@version` refuses. A throwaway module requires the tag and
# replaces each such module with its published build (k8s.io/api v0.37.2 for Kubernetes v1.37.2, etc.).
# Cache: ${XDG_CACHE_HOME:-~/.cache}/dhakacart/kube/<KUBE_VERSION>-etcd<ETCD_VERSION>/. One build at a time (flock),
# under nice. A first build on 2 cores takes about 6-8 minutes and ~120 MB of module downloads (docs/testing.md).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ "${1:-}" = --help ] || [ "${1:-}" = -h ]; then sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0; fi
[ $# -eq 0 ] || { echo "ensure-kube: unexpected argument '$1' (see --help)" >&2; exit 2; }
# shellcheck source=scripts/kube/versions.env
source "$HERE/versions.env"
KV="${KUBE_VERSION:-$DEFAULT_KUBE_VERSION}"
EV="${ETCD_VERSION:-$DEFAULT_ETCD_VERSION}"
[[ "$KV" =~ ^v1\.[0-9]+\.[0-9]+$ ]] || { echo "ensure-kube: KUBE_VERSION must look like v1.37.2, got '$KV'" >&2; exit 2; }
[[ "$EV" =~ ^v3\.[0-9]+\.[0-9]+$ ]] || { echo "ensure-kube: ETCD_VERSION must look like v3.7.3, got '$EV'" >&2; exit 2; }
GO="${GO:-$(command -v go || echo /usr/local/go/bin/go)}"
[ -x "$GO" ] || { echo "ensure-kube: no Go toolchain (looked for go on PATH and /usr/local/go/bin/go)" >&2; exit 1; }
ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/kube/${KV}-etcd${EV}"
BIN="$ROOT/bin"
mkdir -p "$BIN" "$ROOT/src"
log() { echo "ensure-kube: $*" >&2; }

kube_ok() { [ -x "$BIN/$1" ] && [ "$("$BIN/$1" --version 2>/dev/null)" = "Kubernetes $KV" ]; }
# (outputs are captured before grep: under pipefail, `cmd | grep -q` fails when grep exits early and cmd gets SIGPIPE)
kubectl_ok() {
  local out
  [ -x "$BIN/kubectl" ] && out=$("$BIN/kubectl" version --client -o json 2>/dev/null) && grep -q "\"gitVersion\": \"$KV\"" <<<"$out"
}
etcd_ok() {
  local out
  [ -x "$BIN/etcd" ] && out=$("$BIN/etcd" --version 2>/dev/null) && grep -qx "etcd Version: ${EV#v}" <<<"$out"
}
all_ok() { kube_ok kube-apiserver && kube_ok kube-controller-manager && kubectl_ok && etcd_ok; }
if all_ok; then echo "$BIN"; exit 0; fi

exec 9>"$ROOT/.lock"
flock 9
if all_ok; then echo "$BIN"; exit 0; fi
export GOTOOLCHAIN="${GOTOOLCHAIN:-local}" CGO_ENABLED=0 GOFLAGS=-mod=mod
# gomod MODULE@VERSION: the module's go.mod, through the go command (so it honours the machine's GOPROXY)
gomod() { "$GO" mod download -json "$1" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",\{0,1\}$/\1/p' | xargs cat; }
started=$(date +%s)

if ! { kube_ok kube-apiserver && kube_ok kube-controller-manager && kubectl_ok; }; then
  src="$ROOT/src/kubernetes"; mkdir -p "$src"; cd "$src"
  upstream=$(gomod "k8s.io/kubernetes@$KV")
  minor=$(cut -d. -f2 <<<"$KV"); patch=$(cut -d. -f3 <<<"$KV")
  # the staging modules k8s.io/kubernetes requires at v0.0.0 and replaces with ./staging/src/... paths
  replaces=$(awk -v v="v0.$minor.$patch" '$2 == "=>" && $3 ~ /^\.\/staging\// { printf "\t%s => %s %s\n", $1, $1, v }' <<<"$upstream")
  {
    printf 'module dhakacart.local/kube-build\n\ngo %s\n\n' "$(awk '$1 == "go" { print $2; exit }' <<<"$upstream")"
    grep '^godebug' <<<"$upstream" || true
    printf 'require k8s.io/kubernetes %s\n\nreplace (\n%s\n)\n' "$KV" "$replaces"
  } >go.mod
  printf '//go:build tools\n\npackage tools\n\nimport (\n\t_ "k8s.io/kubernetes/cmd/kube-apiserver"\n\t_ "k8s.io/kubernetes/cmd/kube-controller-manager"\n\t_ "k8s.io/kubernetes/cmd/kubectl"\n)\n' >tools.go
  ldflags="-s -w"
  for pkg in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags+=" -X $pkg.gitVersion=$KV -X $pkg.gitMajor=1 -X $pkg.gitMinor=$minor -X $pkg.gitTreeState=clean"
    ldflags+=" -X $pkg.gitCommit=goproxy-$KV -X $pkg.buildDate=1970-01-01T00:00:00Z"
  done
  "$GO" mod download k8s.io/kubernetes >&2
  for cmd in kube-apiserver kube-controller-manager kubectl; do
    t=$(date +%s); log "building $cmd $KV (several minutes on 2 cores)"
    nice -n 10 "$GO" build -trimpath -ldflags "$ldflags" -o "$BIN/$cmd.tmp" "k8s.io/kubernetes/cmd/$cmd" >&2
    mv -f "$BIN/$cmd.tmp" "$BIN/$cmd"
    echo "$(date -u +%FT%TZ) $cmd $KV build_s=$(($(date +%s) - t))" >>"$ROOT/build-info.txt"
  done
fi

if ! etcd_ok; then
  src="$ROOT/src/etcd"; mkdir -p "$src"; cd "$src"
  upstream=$(gomod "go.etcd.io/etcd/server/v3@$EV")
  replaces=$(awk -v v="$EV" '$2 == "=>" && $3 ~ /^\.\./ { printf "\t%s => %s %s\n", $1, $1, v }' <<<"$upstream")
  printf 'module dhakacart.local/etcd-build\n\ngo %s\n\nrequire go.etcd.io/etcd/server/v3 %s\n\nreplace (\n%s\n)\n' \
    "$(awk '$1 == "go" { print $2; exit }' <<<"$upstream")" "$EV" "$replaces" >go.mod
  printf '//go:build tools\n\npackage tools\n\nimport _ "go.etcd.io/etcd/server/v3"\n' >tools.go
  t=$(date +%s); log "building etcd $EV"
  "$GO" mod download go.etcd.io/etcd/server/v3 >&2
  nice -n 10 "$GO" build -trimpath -ldflags "-s -w" -o "$BIN/etcd.tmp" go.etcd.io/etcd/server/v3 >&2
  mv -f "$BIN/etcd.tmp" "$BIN/etcd"
  echo "$(date -u +%FT%TZ) etcd $EV build_s=$(($(date +%s) - t))" >>"$ROOT/build-info.txt"
fi
all_ok || { log "the binaries in $BIN do not report $KV / etcd ${EV#v}"; exit 1; }
echo "$(date -u +%FT%TZ) total_s=$(($(date +%s) - started))" >>"$ROOT/build-info.txt"
echo "$BIN"
