#!/usr/bin/env bash
# kill -9 under writes, then a restart on the same database: every sign-up answered 200 has its lead, every
# verification answered 200 its user (with a profile), and codes sent before the crash still verify after it.
# Run by .ci/run after the tests (it needs the packaged jar); on PostgreSQL at 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/accepted-writes.sh

JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' | sort | tail -n 1)/bin/java}
JAR=$(find target -maxdepth 1 -name "loopin-backend-*.jar" | head -n 1)
PORT=${CRASH_PORT:-8095}
DB=loopin_crash
WORK=$(mktemp -d)
psql() { command psql -h 127.0.0.1 -U postgres -qAtX "$@"; }
trap 'kill -9 $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT

psql -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
export DATABASE_URL="postgresql://postgres:@127.0.0.1:5432/$DB" PORT \
    JWT_SECRET_KEY=crash-test-secret-key-that-is-long-enough-0123456789 SMS_PROVIDER=console \
    OTP_RESEND_COOLDOWN_SECONDS=0 RATE_LIMIT_OTP_PER_IP=1000000 RATE_LIMIT_VERIFY_PER_IP=1000000 \
    SMS_MAX_PER_PREFIX_PER_HOUR=1000000 CLIENT_REQUESTS_PER_SECOND=1000000 CLIENT_REQUEST_BURST=1000000
start() {
    "$JAVA" -jar "$JAR" >> "$WORK/app.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 120); do
        curl -sf "http://127.0.0.1:$PORT/api/health" > /dev/null && return 0
        sleep 0.5
    done
    tail -n 40 "$WORK/app.log"
    exit 1
}

start
echo "== writes for 8 s, kill -9 after 4 s"
python3 scripts/lib/signup-load.py --port "$PORT" --work "$WORK" --logs "$WORK/app.log" --seconds 8 \
    --keep-pending 0.3 &
LOAD=$!
sleep 4
kill -9 $APP
echo "killed the server after $(wc -l < "$WORK/signed-up") sign-ups and $(wc -l < "$WORK/verified" 2>/dev/null || echo 0) verifications"
wait $LOAD
start
echo "== restarted on the same database"

lost=0
accepted_writes_kept $DB "$WORK" || lost=1
[ "$(psql -d $DB -c "select count(*) from app_user u left join user_profile p on p.user_id = u.id
                     where p.id is null")" = 0 ] || { echo "A USER WITHOUT A PROFILE"; lost=1; }
verified_after=0
while read -r number code; do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"phone_number\":\"$number\",\"otp_code\":\"$code\"}" "http://127.0.0.1:$PORT/api/auth/verify-otp")
    [ "$status" = 200 ] && verified_after=$((verified_after + 1)) || { echo "CODE LOST $number: $status"; lost=1; }
done < <(tail -n 20 "$WORK/pending" 2>/dev/null)
echo "checked $(wc -l < "$WORK/signed-up") leads, $(wc -l < "$WORK/verified" 2>/dev/null || echo 0) users;" \
    "$verified_after codes sent before the crash verified after it"
[ "$lost" = 0 ] && [ "$verified_after" -gt 0 ] || { echo "CRASH CHECK FAILED"; exit 1; }
kill $APP
wait $APP 2>/dev/null || true
psql -d postgres -c "drop database if exists $DB with (force)"
echo "CRASH CHECK OK"
