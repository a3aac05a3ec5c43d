#!/usr/bin/env bash
# Installs the platform onto the test cluster the way Argo CD would: every Application in
# argocd/staging/platform (the cluster of the environment it deploys) in sync-wave order, except Argo CD itself (the job applies dist/ directly) and
# the log pipeline (Loki, Alloy: nothing in dist/staging needs them, and Loki wants object storage)
# the cluster autoscaler (it resizes EKS node groups; a kind cluster has none) and the default StorageClass
# (`storage`: EBS through a CSI driver only EKS has; kind keeps its own default class),
# with the same charts, versions, namespaces and values (npm run cluster-test-platform turns the
# Applications into steps). .github/cluster-test/values/<release>.yaml, when present, is layered on top
# to slim a chart down for a small cluster.
#   Usage: scripts/ci/cluster-test/install-platform.sh
set -euo pipefail

readonly OVERRIDES_DIR=.github/cluster-test/values

install_chart() {
  local release="$1" namespace="$2" chart_ref="$3" repo="$4" version="$5" values="$6"
  local args=(upgrade --install "$release" "$chart_ref" --namespace "$namespace" --create-namespace
    --version "$version" --wait --timeout 10m)
  if [ "$repo" != "-" ]; then
    args+=(--repo "$repo")
  fi
  if [ "$values" != "-" ]; then
    args+=(--values "$values")
  fi
  if [ -f "$OVERRIDES_DIR/$release.yaml" ]; then
    args+=(--values "$OVERRIDES_DIR/$release.yaml")
  fi
  helm "${args[@]}"
}

apply_manifests() {
  local namespace="$1" location="$2"
  kubectl create namespace "$namespace" --dry-run=client -o yaml | kubectl apply -f -
  if [[ "$location" == http* ]]; then
    kubectl apply --server-side -k "$location"
  else
    kubectl apply --server-side --namespace "$namespace" -R -f "$location"
  fi
}

main() {
  local values_dir plan
  values_dir="$(mktemp -d)"
  plan="$(npm run --silent cluster-test-platform -- --applications argocd/staging/platform --values-dir "$values_dir" \
    --skip argo-cd --skip loki --skip alloy --skip cluster-autoscaler --skip storage)"
  local kind name namespace rest
  while IFS=$'\t' read -r kind name namespace rest; do
    echo "installing $name ($kind) into $namespace" >&2
    case "$kind" in
      helm)
        local chart_ref repo version values
        IFS=$'\t' read -r chart_ref repo version values <<<"$rest"
        install_chart "$name" "$namespace" "$chart_ref" "$repo" "$version" "$values"
        ;;
      manifests) apply_manifests "$namespace" "$rest" ;;
      *) echo "unknown step: $kind" >&2; return 1 ;;
    esac
  done <<<"$plan"
}

main "$@"
