#!/usr/bin/env bash
# Backs up the shop's PostgreSQL where CloudNativePG does not run (self-hosted hosts, docker
# compose): a logical dump of the database and a physical copy of the server, each encrypted
# for the backup key, with a record of every table's rows and checksum, into a local folder or
# S3; then removes backups older than the retention (the newest one is always kept).
# Layout, checksums and exit codes: scripts/lib/db-backup.sh. Restore: scripts/restore-db.sh.
#   Usage: see DBB_USAGE_TEXT below, or scripts/backup-db.sh --help
set -euo pipefail
umask 077
# shellcheck disable=SC2034 # read by lib/db-backup.sh
DBB_TOOL=backup-db
# shellcheck source=scripts/lib/db-backup.sh
source "$(dirname "$0")/lib/db-backup.sh"

DBB_USAGE_TEXT='Usage: scripts/backup-db.sh --to <folder|s3://bucket/prefix> --recipient-file <public key>
                            [--kind logical|physical|both] [--retention-days 30] [--name dhakacart]
                            [--dbname <database or connection string>]

Connects with the libpq environment (PGHOST, PGPORT, PGUSER, PGPASSFILE; PGDATABASE or --dbname
for the logical dump). The physical copy needs a role with REPLICATION. --recipient-file is an
OpenPGP public key (gpg --export --armor); only its private key can open the backup.
Writes <to>/<name>/<UTC stamp>/. Exit: 0 done, 1 backup failed, 2 bad arguments,
4 backup written but old ones not removed.'

to="" recipient="" kind=both retention=30 name=dhakacart dbname="${PGDATABASE:-}"
work="" out="" stamp="" psql_pid=""

parse_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --to | --recipient-file | --kind | --retention-days | --name | --dbname)
        [ $# -ge 2 ] || dbb_usage_error "$1 needs a value"
        case "$1" in
          --to) to="$2" ;;
          --recipient-file) recipient="$2" ;;
          --kind) kind="$2" ;;
          --retention-days) retention="$2" ;;
          --name) name="$2" ;;
          --dbname) dbname="$2" ;;
        esac
        shift 2
        ;;
      -h | --help) printf '%s\n' "$DBB_USAGE_TEXT" && exit 0 ;;
      *) dbb_usage_error "unknown argument $1" ;;
    esac
  done
  [ -n "$to" ] || dbb_usage_error "--to is required"
  [ -n "$recipient" ] || dbb_usage_error "--recipient-file is required (the public key the backup is encrypted for)"
  [ -f "$recipient" ] || dbb_usage_error "--recipient-file: $recipient does not exist"
  case "$kind" in logical | physical | both) ;; *) dbb_usage_error "--kind must be logical, physical or both (got $kind)" ;; esac
  [[ "$retention" =~ ^[1-9][0-9]*$ ]] || dbb_usage_error "--retention-days must be a whole number of days, at least 1 (got $retention)"
  [[ "$name" =~ ^[a-z0-9][a-z0-9-]*$ ]] || dbb_usage_error "--name must be lowercase letters, digits and dashes (got $name)"
  if [ "$kind" != physical ] && [ -z "$dbname" ]; then dbb_usage_error "--dbname (or PGDATABASE) is required for a logical dump"; fi
  if dbb_is_s3 "$to"; then
    [[ "$to" =~ ^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$ ]] || dbb_usage_error "--to: $to is not s3://bucket[/prefix]"
  else
    [ -d "$to" ] || dbb_usage_error "--to: folder $to does not exist"
  fi
}

cleanup() {
  [ -z "$psql_pid" ] || kill "$psql_pid" 2>/dev/null || true
  [ -z "$work" ] || rm -rf "$work"
}

# A work folder, and gpg with a throwaway home: it only encrypts here, for a key given as a file.
prepare() {
  local tool
  for tool in psql pg_dump pg_dumpall pg_basebackup gpg zstd sha256sum; do
    command -v "$tool" >/dev/null || dbb_die "$DBB_FAILED" "$tool is not installed (Debian: postgresql-client, gnupg, zstd)"
  done
  work="$(mktemp -d "${TMPDIR:-/tmp}/dhakacart-backup.XXXXXX")"
  trap cleanup EXIT
  export GNUPGHOME="$work/gnupg"
  mkdir -m 700 "$GNUPGHOME"
  gpg --batch --quiet --list-keys >/dev/null 2>&1 || true # creates the empty keyring and trustdb quietly
  gpg --batch --quiet --show-keys "$recipient" >/dev/null 2>&1 ||
    dbb_usage_error "--recipient-file: $recipient is not an OpenPGP public key"
  stamp="$(date -u +%Y%m%dT%H%M%SZ)"
  out="$work/$stamp"
  mkdir "$out"
}

encrypt() { gpg --batch --quiet --trust-model always --compress-algo none --recipient-file "$recipient" --encrypt; }

server_version() {
  psql -X -At -v ON_ERROR_STOP=1 -d "${dbname:-postgres}" -c 'SHOW server_version' ||
    dbb_die "$DBB_FAILED" "cannot connect to PostgreSQL (PGHOST=${PGHOST:-}, PGPORT=${PGPORT:-}, database ${dbname:-postgres})"
}

# The dump and the table sums read one snapshot: a session exports it and holds it open while
# pg_dump reads it, then sums every table in it.
take_logical() {
  local snapshot
  mkfifo "$work/psql.in"
  psql -X -At -q -v ON_ERROR_STOP=1 -d "$dbname" <"$work/psql.in" >"$work/psql.out" 2>"$work/psql.err" &
  psql_pid=$!
  exec 3>"$work/psql.in"
  printf '%s\n' "BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY;" "SELECT pg_export_snapshot();" >&3
  for _ in $(seq 1 100); do [ -s "$work/psql.out" ] && break; sleep 0.1; done
  snapshot="$(head -n 1 "$work/psql.out")"
  [ -n "$snapshot" ] || dbb_die "$DBB_FAILED" "could not export a snapshot: $(cat "$work/psql.err")"
  pg_dump --snapshot="$snapshot" --format=custom --compress=6 -d "$dbname" | encrypt >"$out/logical.dump.gpg" ||
    dbb_die "$DBB_FAILED" "pg_dump of $dbname failed"
  dbb_table_sums_sql >&3
  printf '%s\n' "SELECT '--end--';" "COMMIT;" >&3
  exec 3>&-
  wait "$psql_pid" || dbb_die "$DBB_FAILED" "table checksums failed: $(cat "$work/psql.err")"
  psql_pid=""
  grep -q -e '^--end--$' "$work/psql.out" || dbb_die "$DBB_FAILED" "table checksums incomplete"
  # Line 1 is the snapshot's id; then the sums, then the end marker.
  tail -n +2 "$work/psql.out" | grep -v -e '^--end--$' | tr '|' '\t' >"$out/tables.tsv"
  dbb_log "logical: $(wc -l <"$out/tables.tsv") tables, $(du -h "$out/logical.dump.gpg" | cut -f1) encrypted"
  take_globals
}

# Roles (with their password hashes) and tablespaces, which a dump of one database leaves out; a
# role that is not a superuser cannot read them, and the backup goes on without (backup.info says).
take_globals() {
  if pg_dumpall --globals-only --database="$dbname" 2>"$work/globals.err" | encrypt >"$work/globals.sql.gpg" &&
    [ ! -s "$work/globals.err" ]; then
    mv "$work/globals.sql.gpg" "$out/globals.sql.gpg"
  else
    dbb_log "warning: roles not backed up ($(head -n 1 "$work/globals.err")); the dump restores with --no-owner"
  fi
}

# Tar to stdout: pg_basebackup puts backup_manifest in the stream; -X fetch adds the WAL the copy
# needs to be consistent, so it starts without an archive.
take_physical() {
  pg_basebackup -D - -Ft -X fetch --checkpoint=fast --label "dhakacart $stamp" |
    zstd -q -3 -T0 | encrypt >"$out/physical.tar.zst.gpg" || dbb_die "$DBB_FAILED" "pg_basebackup failed"
  dbb_log "physical: $(du -h "$out/physical.tar.zst.gpg" | cut -f1) compressed and encrypted"
}

write_info() {
  local file
  {
    echo "name=$name"
    echo "stamp=$stamp"
    echo "kind=$kind"
    echo "database=${dbname:-}"
    echo "server_version=$1"
    echo "recipient=$(gpg --batch --with-colons --show-keys "$recipient" | awk -F: '$1 == "fpr" { print $10; exit }')"
    for file in logical.dump.gpg globals.sql.gpg physical.tar.zst.gpg tables.tsv; do
      [ -f "$out/$file" ] || continue
      echo "sha256.$file=$(sha256sum "$out/$file" | cut -d' ' -f1)"
      echo "bytes.$file=$(stat -c %s "$out/$file")"
    done
  } >"$out/backup.info"
}

# Data files first, backup.info last: its presence marks the backup complete.
publish() {
  local file partial
  if dbb_is_s3 "$to"; then
    for file in logical.dump.gpg globals.sql.gpg physical.tar.zst.gpg tables.tsv backup.info; do
      [ -f "$out/$file" ] || continue
      dbb_s3 put "$out/$file" "${to%/}/$name/$stamp/$file" || dbb_die "$DBB_FAILED" "upload of $file to ${to%/}/$name/$stamp failed"
    done
  else
    mkdir -p "$to/$name"
    partial="$to/$name/.$stamp.partial"
    rm -rf "$partial"
    if ! { cp -r "$out" "$partial" && mv "$partial" "$to/$name/$stamp"; }; then
      dbb_die "$DBB_FAILED" "cannot write $to/$name/$stamp"
    fi
  fi
}

list_backups() {
  if dbb_is_s3 "$to"; then dbb_s3 folders "${to%/}/$name/"; else ls -1 "$to/$name"; fi
}

# Backups older than the window go, except the newest; prints how many went.
apply_retention() {
  local entry cutoff removed=0 failed=0 backups=()
  while IFS= read -r entry; do dbb_is_stamp "$entry" && backups+=("$entry"); done < <(list_backups | sort)
  cutoff=$(($(date -u +%s) - retention * 86400))
  for entry in "${backups[@]}"; do
    [ "$entry" != "${backups[-1]}" ] || continue
    [ "$(dbb_stamp_epoch "$entry")" -lt "$cutoff" ] || continue
    if dbb_is_s3 "$to"; then
      dbb_s3 delete-prefix "${to%/}/$name/$entry/" || failed=$((failed + 1))
    else
      rm -rf "${to:?}/$name/$entry" || failed=$((failed + 1))
    fi
    removed=$((removed + 1))
  done
  if [ "$failed" -gt 0 ]; then
    dbb_die "$DBB_RETENTION_FAILED" "backup $name/$stamp is written, but $failed of $removed backups older than $retention days could not be removed"
  fi
  echo "$removed"
}

main() {
  local version removed
  parse_args "$@"
  prepare
  dbb_log "backing up ($kind) to $to/$name/$stamp"
  version="$(server_version)"
  if [ "$kind" != physical ]; then take_logical; fi
  if [ "$kind" != logical ]; then take_physical; fi
  write_info "$version"
  publish
  dbb_log "written $name/$stamp in $SECONDS s"
  removed="$(apply_retention)"
  echo "backup-db: ok $name/$stamp ($kind) in $SECONDS s; removed $removed older than $retention days"
}

main "$@"
