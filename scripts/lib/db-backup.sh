#!/usr/bin/env bash
# What scripts/backup-db.sh and scripts/restore-db.sh share: the layout of a backup, the table
# checksums both compute, logging, exit codes and the S3 helper. Sourced, not run.
#
# A backup is a folder <to>/<name>/<stamp>/ (stamp: UTC, 20261207T203000Z) holding
#   logical.dump.gpg   pg_dump -Fc of the database, encrypted for the backup key (gpg, public key only)
#   globals.sql.gpg    pg_dumpall --globals-only (roles and tablespaces), encrypted; absent when the
#                      backup's role may not read them
#   physical.tar.zst.gpg  pg_basebackup -Ft -X fetch of the whole server (with its backup_manifest),
#                      zstd-compressed and encrypted
#   tables.tsv         per table: schema.table, rows, checksum, taken in the logical dump's snapshot
#   backup.info        key=value: what was taken, from which server, and each file's sha256 and bytes;
#                      written last, so a folder without it is an unfinished backup
# The .gpg files are the only ones with data; tables.tsv holds table names, row counts and sums.

# Exit codes both scripts use (a cron job and a human read the same ones): 0 is success.
# shellcheck disable=SC2034 # used by the scripts that source this file
readonly DBB_FAILED=1
readonly DBB_USAGE=2
# shellcheck disable=SC2034
readonly DBB_MISMATCH=3
# shellcheck disable=SC2034
readonly DBB_RETENTION_FAILED=4

dbb_log() { printf '%s %s: %s\n' "$(date -u +%H:%M:%SZ)" "${DBB_TOOL:-db-backup}" "$*" >&2; }

# dbb_die <exit code> <message>
dbb_die() {
  local code="$1"
  shift
  printf '%s: %s\n' "${DBB_TOOL:-db-backup}" "$*" >&2
  exit "$code"
}

dbb_usage_error() {
  printf '%s: %s\n\n%s\n' "${DBB_TOOL:-db-backup}" "$1" "$DBB_USAGE_TEXT" >&2
  exit "$DBB_USAGE"
}

# A backup's stamp, from its folder name; empty when it is not one.
dbb_is_stamp() { [[ "$1" =~ ^[0-9]{8}T[0-9]{6}Z$ ]]; }

# Seconds since the epoch of a stamp.
dbb_stamp_epoch() {
  local s="$1"
  date -u -d "${s:0:4}-${s:4:2}-${s:6:2}T${s:9:2}:${s:11:2}:${s:13:2}Z" +%s
}

# SQL that, run by `psql -At` with \gexec, prints schema.table|rows|checksum for every table of
# the database, in name order. The checksum is the sum of the first 60 bits of md5(row as text):
# independent of row order (no sort of big tables), in a fixed text form (UTC, ISO dates, exact
# floats), so the same rows give the same sum on any server.
dbb_table_sums_sql() {
  cat <<'SQL'
SET TimeZone = 'UTC';
SET DateStyle = 'ISO, YMD';
SET IntervalStyle = 'postgres';
SET extra_float_digits = 3;
SET bytea_output = 'hex';
SELECT format(
         'SELECT %L, count(*), coalesce(sum((''x'' || left(md5(t::text), 15))::bit(60)::bigint), 0) FROM %I.%I t',
         n.nspname || '.' || c.relname, n.nspname, c.relname)
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p')
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\_toast%'
   AND n.nspname NOT LIKE 'pg\_temp%'
 ORDER BY n.nspname, c.relname
\gexec
SQL
}

# dbb_info_get <backup.info> <key>
dbb_info_get() { sed -n "s/^$2=//p" "$1" | head -n 1; }

dbb_is_s3() { [[ "$1" == s3://* ]]; }

# The S3 helper runs with a Python that has boto3: the barman-cloud venv on a database host
# (ansible role db_backup), or DBB_PYTHON. AWS_ENDPOINT_URL and the usual AWS_* variables apply.
dbb_s3() {
  "${DBB_PYTHON:-/opt/barman-cloud/bin/python3}" "$(dirname "${BASH_SOURCE[0]}")/s3-objects.py" "$@"
}
