#!/usr/bin/env bash
# A local OCI registry for the kind cluster of the cluster test, standing in for ghcr.io: images built in the
# job are pushed to localhost:5001 and the cluster's containerd resolves ghcr.io through it, so
# dist/ keeps its ghcr.io/dhakacart/<name>@sha256:<digest> references unchanged.
#   Usage: scripts/ci/cluster-test/local-registry.sh start          (before the cluster exists)
#          scripts/ci/cluster-test/local-registry.sh connect <cluster-name>
set -euo pipefail

readonly NAME=kind-registry
readonly HOST_PORT=5001
readonly REGISTRY_IMAGE=registry:3

start() {
  if [ "$(docker inspect -f '{{.State.Running}}' "$NAME" 2>/dev/null || true)" != true ]; then
    docker run -d --restart=always -p "127.0.0.1:${HOST_PORT}:5000" --network bridge --name "$NAME" "$REGISTRY_IMAGE"
  fi
}

connect() {
  local cluster="$1" node
  for node in $(kind get nodes --name "$cluster"); do
    docker exec "$node" mkdir -p /etc/containerd/certs.d/ghcr.io
    docker exec -i "$node" cp /dev/stdin /etc/containerd/certs.d/ghcr.io/hosts.toml <<TOML
server = "https://ghcr.io"

[host."http://${NAME}:5000"]
  capabilities = ["pull", "resolve"]
TOML
  done
  if [ "$(docker inspect -f '{{json .NetworkSettings.Networks.kind}}' "$NAME")" = null ]; then
    docker network connect kind "$NAME"
  fi
}

main() {
  case "${1:-}" in
    start) start ;;
    connect) connect "${2:?cluster name required}" ;;
    *) echo "usage: $0 start | connect <cluster-name>" >&2; exit 2 ;;
  esac
}

main "$@"
