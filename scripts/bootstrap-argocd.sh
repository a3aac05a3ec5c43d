#!/usr/bin/env bash
# Bootstraps GitOps on the empty cluster of one environment: installs Argo CD once with Helm (the
# same chart version and values as argocd/<env>/platform/Application.argo-cd.yaml, both generated
# by `npm run synth`), then applies that cluster's root Application. From then on Argo CD manages
# itself, the cluster's platform and its environment of the shop from this repository; nothing
# else is applied by hand. Each environment has its own cluster (terraform/envs/<env>).
#   Usage: scripts/bootstrap-argocd.sh <staging|production>   (kubectl's current context is that cluster)
#   Needs: helm >= 3.8, kubectl.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly SHARED=argocd/bootstrap

require() {
  command -v "$1" >/dev/null || { echo "error: $1 is required" >&2; exit 1; }
}

# Reads KEY=value lines (generated, no shell syntax) without executing the file.
chart_setting() {
  sed -n "s/^$1=//p" "$SHARED/chart.env"
}

load_chart_settings() {
  ARGOCD_CHART_REPO="$(chart_setting ARGOCD_CHART_REPO)"
  ARGOCD_CHART="$(chart_setting ARGOCD_CHART)"
  ARGOCD_CHART_VERSION="$(chart_setting ARGOCD_CHART_VERSION)"
  ARGOCD_NAMESPACE="$(chart_setting ARGOCD_NAMESPACE)"
  ARGOCD_RELEASE="$(chart_setting ARGOCD_RELEASE)"
  readonly ARGOCD_CHART_REPO ARGOCD_CHART ARGOCD_CHART_VERSION ARGOCD_NAMESPACE ARGOCD_RELEASE
}

install_argocd() {
  helm upgrade --install "$ARGOCD_RELEASE" "$ARGOCD_CHART" \
    --repo "$ARGOCD_CHART_REPO" --version "$ARGOCD_CHART_VERSION" \
    --namespace "$ARGOCD_NAMESPACE" --create-namespace \
    --values "$CLUSTER/argo-cd-values.yaml" --wait --timeout 10m
}

apply_root_application() {
  kubectl apply --namespace "$ARGOCD_NAMESPACE" -f "$CLUSTER/Application.root.yaml"
}

usage() {
  echo "usage: $0 <environment>   (one of: $(environments | tr '\n' ' '))" >&2
  exit 2
}

# The environments synth wrote a cluster folder for (argocd/<env>/bootstrap/).
environments() {
  for dir in argocd/*/bootstrap/Application.root.yaml; do
    basename "$(dirname "$(dirname "$dir")")"
  done
}

select_cluster() {
  [ "$#" -eq 1 ] || usage
  if [ ! -f "argocd/$1/bootstrap/Application.root.yaml" ]; then
    echo "error: environment '$1' has no argocd/$1/bootstrap/ (one of: $(environments | tr '\n' ' '))" >&2
    exit 2
  fi
  ENVIRONMENT="$1"
  CLUSTER="argocd/$1/bootstrap"
  readonly ENVIRONMENT CLUSTER
}

main() {
  select_cluster "$@"
  require helm
  require kubectl
  load_chart_settings
  install_argocd
  apply_root_application
  echo "Argo CD installed; the root application now syncs argocd/projects and argocd/$ENVIRONMENT (watch: kubectl -n $ARGOCD_NAMESPACE get applications)"
}

main "$@"
