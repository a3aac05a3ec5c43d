#!/usr/bin/env bash
# Boots a throwaway Debian host for the Ansible drill: a debootstrapped minimal root (cached per suite under
# ${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/debian-rootfs/<suite>/), copied and booted with systemd-nspawn -b
# (real systemd), sshd on 127.0.0.1:PORT, an admin user "debian" with a throwaway key and sudo, as a cloud
# image has. The container shares the host's kernel and network (no modules, read-only /proc/sys).
# Stops only the container it started (its pid file). Needs root, debootstrap and systemd-container.
#   Usage: ansible/test/testhost.sh start NAME PORT | stop NAME | key
set -euo pipefail

readonly SUITE="${DEBIAN_SUITE:-trixie}"
readonly CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/dhakacart/debian-rootfs"
readonly KEY="$CACHE/keys/id_ed25519"

run_dir() { printf '%s\n' "${TMPDIR:-/tmp}/dhakacart-testhost-$1"; }

# The Debian mirror this machine's apt already uses.
mirror() {
  awk '/^URIs:/ { print $2; exit } /^deb / { print $2; exit }' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null | head -1
}

ensure_rootfs() {
  [ -x "$CACHE/$SUITE/usr/bin/python3" ] && return 0
  mkdir -p "$CACHE"
  rm -rf "$CACHE/$SUITE.tmp"
  echo "debootstrap $SUITE into $CACHE/$SUITE (once, a few minutes)" >&2
  timeout 1200 debootstrap --variant=minbase \
    --include=python3,systemd,systemd-sysv,dbus,openssh-server,iproute2,sudo,ca-certificates \
    "$SUITE" "$CACHE/$SUITE.tmp" "$(mirror)" >&2
  mv "$CACHE/$SUITE.tmp" "$CACHE/$SUITE"
}

ensure_key() {
  [ -f "$KEY" ] && return 0
  mkdir -p "$(dirname "$KEY")"
  ssh-keygen -q -t ed25519 -N '' -C dhakacart-testhost -f "$KEY"
}

ssh_ready() {
  ssh -q -i "$KEY" -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    -o ConnectTimeout=2 -p "$1" debian@127.0.0.1 true 2>/dev/null
}

start() {
  local name="$1" port="$2" dir root
  dir="$(run_dir "$name")"; root="$dir/root"
  ensure_rootfs
  ensure_key
  stop "$name"
  mkdir -p "$dir"
  cp -a "$CACHE/$SUITE" "$root"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  printf 'Port %s\nListenAddress 127.0.0.1\n' "$port" > "$root/etc/ssh/sshd_config.d/90-testhost.conf"
  echo "$name" > "$root/etc/hostname"
  printf '127.0.1.1 %s\n' "$name" >> "$root/etc/hosts"
  chroot "$root" useradd --create-home --shell /bin/bash --groups sudo debian
  chroot "$root" passwd --lock debian >/dev/null
  install -d -m 700 -o "$(chroot "$root" id -u debian)" -g "$(chroot "$root" id -g debian)" "$root/home/debian/.ssh"
  install -m 600 -o "$(chroot "$root" id -u debian)" -g "$(chroot "$root" id -g debian)" "$KEY.pub" "$root/home/debian/.ssh/authorized_keys"
  printf 'debian ALL=(ALL:ALL) NOPASSWD: ALL\n' > "$root/etc/sudoers.d/90-testhost"
  chmod 440 "$root/etc/sudoers.d/90-testhost"
  nohup timeout 7200 systemd-nspawn -b --register=no --keep-unit --console=passive -M "$name" -D "$root" \
    > "$dir/console.log" 2>&1 &
  echo $! > "$dir/pid"
  for _ in $(seq 1 60); do
    if ssh_ready "$port"; then
      echo "ready: ssh -i $KEY -p $port debian@127.0.0.1"
      return 0
    fi
    sleep 1
  done
  echo "test host $name did not come up; see $dir/console.log" >&2
  return 1
}

stop() {
  local dir pid
  dir="$(run_dir "$1")"
  if [ -f "$dir/pid" ]; then
    pid="$(cat "$dir/pid")"
    # timeout passes SIGTERM on; systemd-nspawn -b turns it into an orderly poweroff of the container.
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}

main() {
  case "${1:-}" in
    start) start "${2:?name}" "${3:?port}" ;;
    stop) stop "${2:?name}" ;;
    key) ensure_key; printf '%s\n' "$KEY" ;;
    *) echo "usage: ansible/test/testhost.sh start NAME PORT | stop NAME | key" >&2; exit 2 ;;
  esac
}

main "$@"
