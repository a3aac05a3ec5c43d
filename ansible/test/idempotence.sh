#!/usr/bin/env bash
# Drill: applies playbooks/provision.yml, then playbooks/backup.yml, twice each to a booted Debian
# (ansible/test/testhost.sh) over SSH and fails unless the first runs succeed and the second ones report
# changed=0 (idempotence), then checks the host's state over SSH; prints every run's time. k3s cannot be downloaded here, so k3s_binary_src is a stand-in
# (ansible/test/k3s-stand-in.py) with its real checksum. Starts and stops only its own test host.
#   Usage: ansible/test/idempotence.sh [PORT]       (npm run drill:ansible; needs root)
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=scripts/lib/pyvenv.sh
source scripts/lib/pyvenv.sh

readonly NAME=dhakacart-ansible-drill
readonly PORT="${1:-2232}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/dhakacart-ansible.XXXXXX")"
readonly WORK

cleanup() {
  ansible/test/testhost.sh stop "$NAME" || true
  rm -rf "$WORK"
}

write_inventory() {
  local key="$1"
  cp ansible/test/k3s-stand-in.py "$WORK/k3s"
  cat > "$WORK/inventory.yml" <<EOI
all:
  vars:
    ansible_host: 127.0.0.1
    ansible_port: $PORT
    ansible_user: debian
    ansible_ssh_private_key_file: $key
    ansible_ssh_common_args: -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null
    node_hardening_admin_users:
      - name: debian
        ssh_keys: ["$(cat "$key.pub")"]
    node_hardening_allowed_tcp_ports: [6443, 10250, 30080, 30443]
    node_hardening_allowed_udp_ports: [8472]
    k3s_binary_src: $WORK/k3s
    k3s_binary_sha256: $(sha256sum "$WORK/k3s" | cut -d' ' -f1)
    k3s_token: drill-token-not-a-secret
    db_backup_destination: /var/backups/dhakacart
    db_backup_recipient_key_file: $WORK/backup-key.asc
  children:
    k3s_servers:
      hosts:
        $NAME: {}
    db_servers:
      hosts:
        $NAME: {}
EOI
}

# A throwaway OpenPGP public key for the backups (its private half is not kept).
write_backup_key() {
  GNUPGHOME="$WORK/gnupg" bash -c 'mkdir -m 700 "$GNUPGHOME" &&
    gpg --batch --quiet --passphrase "" --quick-gen-key "drill backups <drill@example.invalid>" default default never &&
    gpg --batch --armor --export drill@example.invalid' > "$WORK/backup-key.asc"
  GNUPGHOME="$WORK/gnupg" gpgconf --kill gpg-agent || true
}

# run_playbook <playbook> <run>: runs it, prints its recap and wall time; fails when the play fails.
run_playbook() {
  local playbook="$1" run="$2" start end
  start=$(date +%s.%N)
  if ! ansible-playbook -i "$WORK/inventory.yml" "ansible/playbooks/$playbook.yml" > "$WORK/$playbook-run$run.log" 2>&1; then
    tail -40 "$WORK/$playbook-run$run.log"
    echo "FAIL: $playbook.yml run $run failed" >&2
    return 1
  fi
  end=$(date +%s.%N)
  printf '%s.yml run %s: %.1f s, %s\n' "$playbook" "$run" "$(echo "$end - $start" | bc)" \
    "$(grep -E '^\S+\s+: ok=' "$WORK/$playbook-run$run.log" | tr -s ' ')"
}

# check_idempotent <playbook>: its second run changed nothing.
check_idempotent() {
  local log="$WORK/$1-run2.log"
  if ! grep -E '^\S+\s+: ok=' "$log" | grep -q ' changed=0 '; then
    echo "FAIL: $1.yml run 2 changed something:" >&2
    grep -B1 -E '^changed:' "$log" | grep -E '^TASK' >&2 || true
    return 1
  fi
  { grep -E '^skipping:' -B2 "$log" || true; } | { grep -E '^TASK' || true; } | sed 's/^/skipped (container): /' | sort -u
}

# The host as a user sees it, not as Ansible reports it.
check_host() {
  local key="$1" remote
  remote=(ssh -q -i "$key" -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -p "$PORT" debian@127.0.0.1)
  "${remote[@]}" 'sudo sshd -T' | grep -qx 'permitrootlogin no' || { echo "FAIL: sshd still permits root" >&2; return 1; }
  "${remote[@]}" 'sudo sshd -T' | grep -qx 'passwordauthentication no' || { echo "FAIL: sshd allows passwords" >&2; return 1; }
  "${remote[@]}" 'systemctl is-active k3s' | grep -qx active || { echo "FAIL: k3s (stand-in) is not running" >&2; return 1; }
  "${remote[@]}" 'k3s --version' | grep -q stand-in || { echo "FAIL: /usr/local/bin/k3s is not the given binary" >&2; return 1; }
  "${remote[@]}" 'grep -q "tcp dport { 6443, 10250, 30080, 30443 } accept" /etc/nftables.conf' || { echo "FAIL: firewall rules" >&2; return 1; }
  "${remote[@]}" 'systemctl is-active dhakacart-db-backup.timer' | grep -qx active || { echo "FAIL: the backup timer is not active" >&2; return 1; }
  "${remote[@]}" '/opt/dhakacart/db-backup/backup-db.sh --help' | grep -q '^Usage: scripts/backup-db.sh' || { echo "FAIL: backup-db.sh is not installed" >&2; return 1; }
  "${remote[@]}" 'stat -c %U:%a /var/backups/dhakacart' | grep -qx postgres:700 || { echo "FAIL: the backup folder is not the postgres user's alone" >&2; return 1; }
  echo "host checks: root and password logins off, k3s (stand-in) active, firewall rules written, backup timer active with backup-db.sh installed"
}

main() {
  local venv key
  venv="$(ensure_pyvenv scripts/python/requirements-ansible.txt)"
  export PATH="$venv/bin:$PATH" ANSIBLE_CONFIG="$PWD/ansible/ansible.cfg" ANSIBLE_NOCOLOR=1
  trap cleanup EXIT
  ansible/test/testhost.sh start "$NAME" "$PORT" >/dev/null
  key="$(ansible/test/testhost.sh key)"
  write_backup_key
  write_inventory "$key"
  run_playbook provision 1
  run_playbook provision 2
  check_idempotent provision
  # The drill host stands in for a database host: PostgreSQL's packages would create this user.
  ansible -i "$WORK/inventory.yml" db_servers --become -m ansible.builtin.user -a 'name=postgres system=true' >/dev/null
  run_playbook backup 1
  run_playbook backup 2
  check_idempotent backup
  check_host "$key"
  echo "PASS: provision.yml and backup.yml are idempotent (second runs changed=0)"
}

main "$@"
