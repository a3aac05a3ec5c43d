#!/usr/bin/env bash
# Starts or stops moto[server] (PyPI, Apache-2.0), the AWS API emulator the Terraform tests apply to, on a
# loopback port, from the pinned venv (scripts/python/requirements-moto.txt). It stands in for an AWS
# account, which cannot exist here. Stops only the server this script started (its pid file).
#   Usage: scripts/infra/moto.sh start PORT [ACCOUNT_ID] | stop PORT
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/lib/pyvenv.sh
source scripts/lib/pyvenv.sh

pid_file() { printf '%s\n' "${TMPDIR:-/tmp}/dhakacart-moto-$1.pid"; }

start() {
  local port="$1" account="${2:-123456789012}" venv pid
  venv="$(ensure_pyvenv scripts/python/requirements-moto.txt)"
  # AWS-managed policy ARNs (AmazonEKSClusterPolicy, ...) exist only with this set.
  MOTO_IAM_LOAD_MANAGED_POLICIES=true MOTO_ACCOUNT_ID="$account" \
    nohup "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" > "${TMPDIR:-/tmp}/dhakacart-moto-$port.log" 2>&1 &
  pid=$!
  printf '%s\n' "$pid" > "$(pid_file "$port")"
  for _ in $(seq 1 60); do
    if curl -fs -o /dev/null "http://127.0.0.1:$port/moto-api/"; then
      printf 'http://127.0.0.1:%s\n' "$port"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "moto did not start on port $port; see ${TMPDIR:-/tmp}/dhakacart-moto-$port.log" >&2
  return 1
}

stop() {
  local file
  file="$(pid_file "$1")"
  if [ -f "$file" ]; then
    kill "$(cat "$file")" 2>/dev/null || true
    rm -f "$file"
  fi
}

main() {
  case "${1:-}" in
    start) start "${2:?port}" "${3:-}" ;;
    stop) stop "${2:?port}" ;;
    *) echo "usage: scripts/infra/moto.sh start PORT [ACCOUNT_ID] | stop PORT" >&2; exit 2 ;;
  esac
}

main "$@"
