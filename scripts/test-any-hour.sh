#!/usr/bin/env bash
# Runs the whole suite at the hours and in the time zones where date bugs show: once with the clock at 18:30 UTC
# (already tomorrow in Dhaka, UTC+6) and once with TZ=Pacific/Kiritimati (UTC+14) at the real time. The clock is faked
# with Debian's libfaketime for every program linked against libc: Node (the code under test and the tests) and
# PostgreSQL (now(), created_at). Redis keeps the real clock (it hangs at start under libfaketime; it only times
# TTLs), and Go programs (kube-apiserver, etcd, promtool) read the clock without libc, so they keep it too.
#   Usage: npm run test:any-hour [-- --at "YYYY-MM-DD HH:MM:SS"]   (default: today 18:30:00 UTC)
set -euo pipefail
cd "$(dirname "$0")/.."
usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; }
AT="$(date -u +%F) 18:30:00"
while [ $# -gt 0 ]; do
  case "$1" in
    --at) [ $# -ge 2 ] || { echo "test-any-hour: --at needs a value like '2026-12-03 18:30:00'" >&2; exit 2; }
      AT="$2"; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "test-any-hour: unexpected argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$AT" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}\ [0-9]{2}:[0-9]{2}:[0-9]{2}$ ]] ||
  { echo "test-any-hour: --at must look like '2026-12-03 18:30:00' (UTC), got '$AT'" >&2; exit 2; }
LIB=$(compgen -G '/usr/lib/*/faketime/libfaketime.so.1' | head -1 || true)
[ -n "$LIB" ] || { bash scripts/install-test-deps.sh; LIB=$(compgen -G '/usr/lib/*/faketime/libfaketime.so.1' | head -1); }

status=0
echo "== npm test with the clock at $AT UTC (libfaketime, ticking from there)"
TZ=UTC LD_PRELOAD="$LIB" FAKETIME="@$AT" npm test || { status=1; echo "== the run at $AT UTC failed"; }
echo "== npm test with TZ=Pacific/Kiritimati (UTC+14) at the real time"
TZ=Pacific/Kiritimati npm test || { status=1; echo "== the run in TZ=Pacific/Kiritimati failed"; }
[ "$status" -eq 0 ] && echo "== both runs passed"
exit "$status"
