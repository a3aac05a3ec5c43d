#!/usr/bin/env bash
# Restores a backup of scripts/backup-db.sh into something new, never over what exists, and
# verifies it: a logical dump into a new database, checked table by table (rows and checksum)
# against what the backup recorded; a physical copy into an empty data directory, checked
# file by file by pg_verifybackup against its backup_manifest.
# Layout, checksums and exit codes: scripts/lib/db-backup.sh.
#   Usage: see DBB_USAGE_TEXT below, or scripts/restore-db.sh --help
set -euo pipefail
# shellcheck disable=SC2034 # read by lib/db-backup.sh
DBB_TOOL=restore-db
# shellcheck source=scripts/lib/db-backup.sh
source "$(dirname "$0")/lib/db-backup.sh"

DBB_USAGE_TEXT='Usage: scripts/restore-db.sh --from <folder|s3://bucket/prefix> (--latest | --backup <stamp>)
                             [--name dhakacart]
                             (--into <new database> | --data-dir <empty directory>)

--into restores the logical dump into a database that must not exist yet (created here, on the
server of the libpq environment: PGHOST, PGPORT, PGUSER), then compares every table with the
backup'"'"'s record. --data-dir unpacks the physical copy there and runs pg_verifybackup; start
it with pg_ctl -D <dir> as the postgres user. The private key must be in GnuPG'"'"'s keyring
(GNUPGHOME). Exit: 0 restored and verified, 1 failed, 2 bad arguments, 3 the backup or the
restored data does not match the record (the result is kept for inspection).'

from="" latest="" stamp="" name=dhakacart into="" data_dir="" work="" info=""

parse_args() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --from | --backup | --name | --into | --data-dir)
        [ $# -ge 2 ] || dbb_usage_error "$1 needs a value"
        case "$1" in
          --from) from="$2" ;;
          --backup) stamp="$2" ;;
          --name) name="$2" ;;
          --into) into="$2" ;;
          --data-dir) data_dir="$2" ;;
        esac
        shift 2
        ;;
      --latest) latest=1 && shift ;;
      -h | --help) printf '%s\n' "$DBB_USAGE_TEXT" && exit 0 ;;
      *) dbb_usage_error "unknown argument $1" ;;
    esac
  done
  [ -n "$from" ] || dbb_usage_error "--from is required"
  if [ -n "$latest" ] && [ -n "$stamp" ]; then dbb_usage_error "give --latest or --backup, not both"; fi
  [ -n "$latest" ] || [ -n "$stamp" ] || dbb_usage_error "give --latest or --backup <stamp>"
  [ -z "$stamp" ] || dbb_is_stamp "$stamp" || dbb_usage_error "--backup must be a stamp like 20261207T203000Z (got $stamp)"
  [[ "$name" =~ ^[a-z0-9][a-z0-9-]*$ ]] || dbb_usage_error "--name must be lowercase letters, digits and dashes (got $name)"
  if [ -n "$into" ] && [ -n "$data_dir" ]; then dbb_usage_error "give --into or --data-dir, not both"; fi
  [ -n "$into" ] || [ -n "$data_dir" ] || dbb_usage_error "give --into <new database> or --data-dir <empty directory>"
  [ -z "$into" ] || [[ "$into" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || dbb_usage_error "--into must be a plain lowercase database name (got $into)"
  if [ -n "$data_dir" ] && [ -e "$data_dir" ] && [ -n "$(ls -A "$data_dir")" ]; then
    dbb_usage_error "--data-dir: $data_dir is not empty (a restore never writes over data)"
  fi
  dbb_is_s3 "$from" || [ -d "$from/$name" ] || dbb_usage_error "--from: there is no folder $from/$name"
}

# A restore never writes over a database that exists.
check_target_database() {
  local exists
  exists="$(psql -X -At -v ON_ERROR_STOP=1 -d postgres -v db="$into" <<<"SELECT count(*) FROM pg_database WHERE datname = :'db'")" ||
    dbb_die "$DBB_FAILED" "cannot connect to PostgreSQL (PGHOST=${PGHOST:-}, PGPORT=${PGPORT:-})"
  [ "$exists" = 0 ] || dbb_usage_error "--into: database $into exists (a restore never writes over data; pick a new name)"
}

# fetch <file>: the backup's file into the work folder.
fetch() {
  if dbb_is_s3 "$from"; then
    dbb_s3 get "${from%/}/$name/$stamp/$1" "$work/$1"
  else
    cp "$from/$name/$stamp/$1" "$work/$1"
  fi
}

is_complete() {
  if dbb_is_s3 "$from"; then dbb_s3 exists "${from%/}/$name/$1/backup.info"; else [ -f "$from/$name/$1/backup.info" ]; fi
}

# The newest backup that has its backup.info.
find_latest() {
  local listing entry
  if dbb_is_s3 "$from"; then listing="$(dbb_s3 folders "${from%/}/$name/")"; else listing="$(ls -1 "$from/$name")"; fi
  while IFS= read -r entry; do
    if dbb_is_stamp "$entry" && is_complete "$entry"; then
      echo "$entry"
      return
    fi
  done < <(sort -r <<<"$listing")
  dbb_die "$DBB_FAILED" "no complete backup under $from/$name"
}

# fetch_checked <file>: fetched and compared with the sha256 the backup recorded.
fetch_checked() {
  local want
  want="$(dbb_info_get "$info" "sha256.$1")"
  [ -n "$want" ] || dbb_die "$DBB_FAILED" "backup $name/$stamp has no $1 (its kind is $(dbb_info_get "$info" kind))"
  fetch "$1" || dbb_die "$DBB_FAILED" "cannot fetch $1 of $name/$stamp"
  [ "$(sha256sum "$work/$1" | cut -d' ' -f1)" = "$want" ] ||
    dbb_die "$DBB_MISMATCH" "$name/$stamp/$1 is not the file the backup wrote (sha256 differs): corrupted or altered; nothing restored"
}

decrypt() {
  gpg --batch --quiet --decrypt "$1" ||
    dbb_die "$DBB_FAILED" "cannot decrypt $(basename "$1"): is the backup's private key (fingerprint $(dbb_info_get "$info" recipient)) in GNUPGHOME=${GNUPGHOME:-~/.gnupg}?"
}

restore_logical() {
  local differences tables rows
  fetch_checked logical.dump.gpg
  fetch_checked tables.tsv
  decrypt "$work/logical.dump.gpg" >"$work/logical.dump"
  rm -f "$work/logical.dump.gpg"
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "CREATE DATABASE \"$into\"" || dbb_die "$DBB_FAILED" "cannot create database $into"
  pg_restore --exit-on-error --no-owner -d "$into" "$work/logical.dump" ||
    dbb_die "$DBB_FAILED" "pg_restore into $into failed (the partly restored database $into is kept; drop it before retrying)"
  dbb_table_sums_sql | psql -X -At -q -v ON_ERROR_STOP=1 -d "$into" | tr '|' '\t' >"$work/restored.tsv" ||
    dbb_die "$DBB_FAILED" "table checksums of $into failed"
  if ! differences="$(diff "$work/tables.tsv" "$work/restored.tsv")"; then
    printf '%s\n' "$differences" | sed -n 's/^< /  recorded: /p; s/^> /  restored: /p' >&2
    dbb_die "$DBB_MISMATCH" "database $into does not match the backup's record of $name/$stamp (kept for inspection)"
  fi
  tables="$(wc -l <"$work/tables.tsv")"
  rows="$(awk -F'\t' '{ n += $2 } END { print n + 0 }' "$work/tables.tsv")"
  echo "restore-db: ok $name/$stamp into database $into in $SECONDS s; $tables tables, $rows rows, all matching the record"
  if [ -n "$(dbb_info_get "$info" sha256.globals.sql.gpg)" ]; then
    echo "restore-db: the roles are in globals.sql.gpg of the backup (gpg --decrypt it, then psql -f on a new server)"
  fi
}

restore_physical() {
  local verify
  fetch_checked physical.tar.zst.gpg
  mkdir -p "$data_dir"
  chmod 700 "$data_dir"
  decrypt "$work/physical.tar.zst.gpg" | zstd -q -d | tar -x -C "$data_dir" ||
    dbb_die "$DBB_FAILED" "cannot unpack the physical copy into $data_dir"
  verify="$(command -v pg_verifybackup || compgen -G '/usr/lib/postgresql/*/bin/pg_verifybackup' | tail -n 1 || true)"
  [ -n "$verify" ] || dbb_die "$DBB_FAILED" "pg_verifybackup is not installed (Debian: postgresql)"
  "$verify" --quiet "$data_dir" ||
    dbb_die "$DBB_MISMATCH" "$data_dir does not match the copy's backup_manifest (kept for inspection)"
  echo "restore-db: ok $name/$stamp into $data_dir in $SECONDS s; every file matches its backup_manifest; start it with pg_ctl -D $data_dir"
}

main() {
  parse_args "$@"
  if [ -n "$into" ]; then check_target_database; fi
  work="$(mktemp -d "${TMPDIR:-/tmp}/dhakacart-restore.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  if [ -n "$latest" ]; then stamp="$(find_latest)"; fi
  fetch backup.info || dbb_die "$DBB_FAILED" "backup $name/$stamp not found under $from (or not complete: no backup.info)"
  info="$work/backup.info"
  dbb_log "restoring $name/$stamp (taken from PostgreSQL $(dbb_info_get "$info" server_version))"
  if [ -n "$into" ]; then restore_logical; else restore_physical; fi
}

main "$@"
