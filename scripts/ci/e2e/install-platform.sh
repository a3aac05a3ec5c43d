#!/usr/bin/env bash
# Installs what dist/staging needs onto the e2e cluster: the Gateway API CRDs, then every Helm
# chart of the platform config at its pinned version (Argo Rollouts, CloudNativePG, cert-manager,
# Sealed Secrets, kube-prometheus-stack, the Gateway controller...), each with the small e2e
# values in .github/e2e/values/<chart>.yaml when that file exists. Argo CD itself is left out:
# the job applies dist/ directly.
#   Usage: scripts/ci/e2e/install-platform.sh
set -euo pipefail

readonly GATEWAY_API_VERSION=v1.3.0
readonly VALUES_DIR=.github/e2e/values
readonly SKIPPED_CHARTS=" argo-cd "

install_gateway_api() {
  kubectl apply --server-side -f \
    "https://github.com/kubernetes-sigs/gateway-api/releases/download/${GATEWAY_API_VERSION}/standard-install.yaml"
}

install_chart() {
  local chart="$1" repo="$2" version="$3"
  local args=(upgrade --install "$chart" --namespace "$chart" --create-namespace --version "$version" --wait --timeout 10m)
  if [ -f "$VALUES_DIR/$chart.yaml" ]; then
    args+=(--values "$VALUES_DIR/$chart.yaml")
  fi
  if [[ "$repo" == oci://* ]]; then
    helm "${args[@]}" "${repo%/}/$chart"
  else
    helm "${args[@]}" --repo "$repo" "$chart"
  fi
}

main() {
  install_gateway_api
  local chart repo version
  while IFS=$'\t' read -r chart repo version; do
    if [[ "$SKIPPED_CHARTS" == *" $chart "* ]]; then
      continue
    fi
    echo "installing $chart $version from $repo" >&2
    install_chart "$chart" "$repo" "$version"
  done < <(npm run --silent platform-charts)
}

main "$@"
