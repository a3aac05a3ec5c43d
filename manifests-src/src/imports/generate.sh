#!/usr/bin/env bash
# Regenerates the typed models (with JSON-schema validation) for the custom resources that
# have no @kubernetes-models package: CloudNativePG, the Barman Cloud plugin, Velero and NGINX
# Gateway Fabric's NginxProxy.
# Reads the upstream CRDs from manifests-src/crds/ (see its README) and
# writes TypeScript into this folder. The output is committed and never edited by hand.
#   Usage: npm run import -w manifests-src   [CRD_DIR=/path/to/crds]
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
readonly HERE
readonly CRD_DIR="${CRD_DIR:-$HERE/../../crds}"
readonly CRDS=(
  postgresql.cnpg.io_clusters.yaml
  postgresql.cnpg.io_poolers.yaml
  postgresql.cnpg.io_scheduledbackups.yaml
  barmancloud.cnpg.io_objectstores.yaml
  velero.io_schedules.yaml
  velero.io_backupstoragelocations.yaml
  gateway.nginx.org_nginxproxies.yaml
)

clean_output() {
  find "$HERE" -mindepth 1 -maxdepth 1 ! -name generate.sh ! -name README.md -exec rm -rf {} +
}

generate() {
  local inputs=() crd
  for crd in "${CRDS[@]}"; do inputs+=("$CRD_DIR/$crd"); done
  npx crd-generate --input "${inputs[@]}" --output "$HERE"
}

main() {
  clean_output
  generate
}

main "$@"
