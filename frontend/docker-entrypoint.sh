#!/bin/sh
# Entry point of the storefront image: writes nginx's `resolver` directive from the
# container's /etc/resolv.conf (nginx resolves "api" per request and does not read that file
# itself), then runs nginx with the given arguments. Writes only under /tmp, so it works on a
# read-only root filesystem.
#   Usage: docker-entrypoint.sh [nginx arguments...]   (the image passes -g "daemon off;")
#   RESOLV_CONF and NGINX_RESOLVER_CONF override the two paths (tests).
set -eu

resolv_conf="${RESOLV_CONF:-/etc/resolv.conf}"
resolver_conf="${NGINX_RESOLVER_CONF:-/tmp/nginx-resolver.conf}"

nameservers() {
  # IPv6 addresses go in brackets for nginx.
  awk '$1 == "nameserver" { printf "%s%s", sep, ($2 ~ /:/ ? "[" $2 "]" : $2); sep = " " }' "$resolv_conf"
}

main() {
  servers="$(nameservers)"
  if [ -z "$servers" ]; then
    echo "docker-entrypoint.sh: no nameserver in $resolv_conf" >&2
    exit 1
  fi
  printf 'resolver %s valid=10s;\n' "$servers" >"$resolver_conf"
  exec nginx "$@"
}

main "$@"
