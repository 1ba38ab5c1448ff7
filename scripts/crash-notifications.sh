#!/usr/bin/env bash
# kill -9 between the commits of requests to join and the pushes they cause, then a restart on the same database:
# every request answered 201 has one inbox item for the host, and each item reaches FCM (a local stand-in,
# WireMock, answering slowly so pushes are in flight at the kill) at least once. Run by .ci/run after the tests
# (it needs the packaged jar); on PostgreSQL at 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' | sort | tail -n 1)/bin/java}
JAR=$(find target -maxdepth 1 -name "loopin-backend-*.jar" | head -n 1)
WIREMOCK=$(find ~/.m2/repository/org/wiremock/wiremock-standalone -name 'wiremock-standalone-*.jar' | sort | tail -n 1)
PORT=${CRASH_PORT:-8096}
FCM_PORT=${FCM_PORT:-8097}
DB=loopin_crash_push
GUESTS=12
WORK=$(mktemp -d)
psql() { command psql -h 127.0.0.1 -U postgres -qAtX "$@"; }
trap 'kill -9 ${APP:-} ${FCM:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT

"$JAVA" -jar "$WIREMOCK" --port "$FCM_PORT" --disable-banner > "$WORK/fcm.log" 2>&1 &
FCM=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$FCM_PORT/__admin/mappings" > /dev/null && break; sleep 0.5; done
curl -sf -X POST "http://127.0.0.1:$FCM_PORT/__admin/mappings" -d '{"request": {"method": "POST", "url": "/token"},
    "response": {"status": 200, "headers": {"Content-Type": "application/json"},
                 "jsonBody": {"access_token": "crash-access-token", "expires_in": 3600}}}' > /dev/null
# each push takes 1 s: the dispatcher is mid-batch when the server is killed
curl -sf -X POST "http://127.0.0.1:$FCM_PORT/__admin/mappings" -d '{"request": {"method": "POST",
    "url": "/v1/projects/loopin-crash/messages:send"}, "response": {"status": 200, "fixedDelayMilliseconds": 1000,
    "headers": {"Content-Type": "application/json"}, "jsonBody": {"name": "projects/loopin-crash/messages/1"}}}' > /dev/null

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/key.pem" 2> /dev/null
FCM_CREDENTIALS_JSON=$(jq -n --rawfile key "$WORK/key.pem" --arg uri "http://127.0.0.1:$FCM_PORT/token" '{
    type: "service_account", project_id: "loopin-crash", private_key_id: "crash-1", private_key: $key,
    client_email: "push@loopin-crash.iam.gserviceaccount.com", client_id: "1", token_uri: $uri}')

psql -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"
export DATABASE_URL="postgresql://postgres:@127.0.0.1:5432/$DB" PORT FCM_CREDENTIALS_JSON \
    JWT_SECRET_KEY=crash-test-secret-key-that-is-long-enough-0123456789 SMS_PROVIDER=console \
    PUSH_PROVIDER=fcm FCM_BASE_URL="http://127.0.0.1:$FCM_PORT" PUSH_RETRY_BASE=1s LOOPIN_NOTIFICATIONS_PUSH_LEASE=20s LOOPIN_NOTIFICATIONS_PUSH_TIMEOUT=5s PUSHES_PER_HOUR=1000 \
    SAMPLE_EVENTS=false OTP_RESEND_COOLDOWN_SECONDS=0 \
    RATE_LIMIT_OTP_PER_IP=1000000 RATE_LIMIT_VERIFY_PER_IP=1000000 CLIENT_REQUESTS_PER_SECOND=1000000 \
    CLIENT_REQUEST_BURST=1000000 SMS_MAX_PER_PREFIX_PER_HOUR=1000000
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
python3 scripts/lib/notification-people.py setup "$PORT" "$WORK" "$GUESTS"
echo "== $GUESTS guests ask to join one after another; kill -9 as the last is answered"
python3 scripts/lib/notification-people.py ask "$PORT" "$WORK"
kill -9 $APP
echo "killed the server: $(psql -d $DB -c "select count(*) from notification where kind = 'request_received'") items" \
    "written, $(psql -d $DB -c "select count(*) from push_delivery where status = 'sent'") pushes marked sent," \
    "$(psql -d $DB -c "select count(*) from notification_outbox") outbox rows left"
start
echo "== restarted on the same database"
if python3 scripts/lib/notification-people.py check "$PORT" "$WORK" "$DB" "$FCM_PORT"; then
    kill $APP; wait $APP 2>/dev/null || true
    psql -d postgres -c "drop database if exists $DB with (force)"
    echo "NOTIFICATION CRASH CHECK OK"
else
    tail -n 30 "$WORK/app.log"
    echo "NOTIFICATION CRASH CHECK FAILED"
    exit 1
fi
