#!/usr/bin/env bash
# Runs the packaged jar the way the container image does (extracted layers, AOT cache from a training run, the
# Dockerfile's JVM flags)
# in production mode on PostgreSQL, and checks what only a real process shows:
#   - it starts and answers its probes; start-up time and memory are printed
#   - LOG_FORMAT=json gives one JSON object per line, with the request id, without full numbers
#   - X-Request-Id round-trips
#   - SIGTERM while a request is in flight lets the request finish
#   - `migrate` applies the migrations and exits
# Needs: a packaged jar (./mvnw verify or package), PostgreSQL on 127.0.0.1:5432, python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' | sort | tail -n 1)/bin/java}
JAR=$(find target -maxdepth 1 -name "loopin-backend-*.jar" | head -n 1)
WORK=$(mktemp -d)
DB=loopin_smoke
APP_PORT=${APP_PORT:-18090}
GATEWAY_PORT=${GATEWAY_PORT:-18091}
SLOW="+919812300001"
FAILING="+919812300002"
APP=""
GATEWAY=""
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
    [ -n "$GATEWAY" ] && kill "$GATEWAY" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "SMOKE FAILED: $*" >&2; echo "--- app log (last 30 lines)" >&2; tail -n 30 "$WORK/app.log" >&2 || true; exit 1; }

psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB" >/dev/null
psql -h 127.0.0.1 -U postgres -qc "create database $DB" >/dev/null

# the Dockerfile's JVM flags, read from its ENTRYPOINT, so they are written once
mapfile -t JVM_FLAGS < <(python3 scripts/image-jvm-flags.py)
[[ " ${JVM_FLAGS[*]} " == *" -XX:AOTCache=app.aot "* ]] || fail "the Dockerfile's ENTRYPOINT does not use the AOT cache"
# the training run with the same flags (a cache trained with other object headers is refused), writing the cache
TRAINING_FLAGS=("${JVM_FLAGS[@]/#-XX:AOTCache=app.aot/-XX:AOTCacheOutput=app.aot}")

echo "== extract the jar and train its AOT cache as the Dockerfile does"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --layers --destination "$WORK/layers" >/dev/null
mkdir -p "$WORK/app"
for layer in dependencies spring-boot-loader snapshot-dependencies application; do
    cp -r "$WORK/layers/$layer/." "$WORK/app/"
done
mv "$WORK"/app/loopin-backend-*.jar "$WORK/app/loopin-backend.jar"
(cd "$WORK/app" && LOOPIN_DATA_DIR="$WORK/aot-training" "$JAVA" "${TRAINING_FLAGS[@]}" \
    -Dspring.context.exit=onRefresh -jar loopin-backend.jar > "$WORK/training.log" 2>&1) \
    || { tail -n 20 "$WORK/training.log"; fail "the AOT training run failed"; }
[ -f "$WORK/app/app.aot" ] || fail "no AOT cache was written"

echo "== an SMS gateway that is slow for one number and failing for another"
cat > "$WORK/gateway.py" <<PY
import http.server, json, time
class Gateway(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if body["to"] == "$SLOW":
            time.sleep(3)
        self.send_response(500 if body["to"] == "$FAILING" else 200)
        self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", $GATEWAY_PORT), Gateway).serve_forever()
PY
python3 "$WORK/gateway.py" &
GATEWAY=$!

run_app() {
    (cd "$WORK/app" && exec env \
        ENVIRONMENT=prod PORT=$APP_PORT LOG_FORMAT=json \
        DATABASE_URL="postgresql://postgres:@127.0.0.1:5432/$DB" \
        JWT_SECRET_KEY=smoke-test-secret-key-0123456789-abcdefghijklmnop \
        STAFF_TOTP_KEYS=1:c21va2UtdGVzdC10b3RwLWtleS0zMi1ieXRlcy0wMTI= \
        TICKET_KEYS=1:c21va2UtdGVzdC10aWNrZXQta2V5LTMyLWJ5dGVzLTA= \
        SMS_ALLOWED_COUNTRIES=IN SMS_PROVIDER=webhook SMS_WEBHOOK_URL="http://127.0.0.1:$GATEWAY_PORT/sms" \
        SMS_WEBHOOK_SECRET=whsec_c21va2Utc2VjcmV0LWtleQ== SMS_MAX_ATTEMPTS=1 \
        "$JAVA" "${JVM_FLAGS[@]}" -jar loopin-backend.jar "$@")
}

echo "== migrate, then exit"
run_app migrate > "$WORK/migrate.log" 2>&1 || { tail -n 20 "$WORK/migrate.log"; fail "migrate exited with $?"; }
[ "$(psql -h 127.0.0.1 -U postgres -d $DB -tAc "select count(*) from flyway_schema_history where success")" -ge 5 ] \
    || fail "migrate did not apply the migrations"

echo "== start in production mode"
START=$(date +%s%N)
run_app > "$WORK/app.log" 2> "$WORK/jvm.log" &
APP=$!
for _ in $(seq 1 90); do
    curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null && break
    kill -0 "$APP" 2>/dev/null || fail "the server exited during start-up"
    sleep 0.2
done
READY_MS=$(( ($(date +%s%N) - START) / 1000000 ))
curl -sf "http://127.0.0.1:$APP_PORT/actuator/health/liveness" >/dev/null || fail "liveness probe"
# a cache trained with other flags than the server's is refused with a warning, and the start is slow again
! grep -q "AOT cache" "$WORK/jvm.log" || fail "the AOT cache was not used: $(head -n 2 "$WORK/jvm.log")"
echo "ready after ${READY_MS} ms; RSS $(( $(ps -o rss= -p "$(pgrep -P "$APP" java || echo "$APP")" | tail -n 1) / 1024 )) MB"

echo "== X-Request-Id round-trips"
ID=$(curl -s -o /dev/null -D - -H "X-Request-Id: smoke-id-1" "http://127.0.0.1:$APP_PORT/api/health" \
    | tr -d '\r' | awk -F': ' 'tolower($1)=="x-request-id"{print $2}')
[ "$ID" = "smoke-id-1" ] || fail "X-Request-Id came back as '$ID'"

echo "== a failing SMS is logged with the request id and a masked number"
STATUS=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' -H "X-Request-Id: smoke-fail-1" \
    -d "{\"phone_number\":\"$FAILING\"}" "http://127.0.0.1:$APP_PORT/api/auth/signup")
[ "$STATUS" = "503" ] || fail "a failing gateway answered $STATUS, not 503"

echo "== SIGTERM during a slow request lets it finish"
curl -s -o "$WORK/slow.json" -w '%{http_code}' -H 'Content-Type: application/json' \
    -d "{\"phone_number\":\"$SLOW\"}" "http://127.0.0.1:$APP_PORT/api/auth/signup" > "$WORK/slow.status" &
CURL=$!
sleep 1
kill -TERM "$(pgrep -P "$APP" java || echo "$APP")"
wait "$CURL" || true
[ "$(cat "$WORK/slow.status")" = "200" ] || fail "the in-flight request ended with $(cat "$WORK/slow.status")"
wait "$APP" || true
APP=""

echo "== the log is one JSON object per line"
python3 - "$WORK/app.log" "$FAILING" <<'PY' || fail "log check"
import json, sys
path, number = sys.argv[1], sys.argv[2]
lines = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip()]
records = []
for i, line in enumerate(lines, 1):
    try:
        records.append(json.loads(line))
    except ValueError:
        sys.exit(f"line {i} is not JSON: {line[:120]}")
tagged = [r for r in records if r.get("request_id") == "smoke-fail-1"]
if not tagged:
    sys.exit("no log line carries request_id smoke-fail-1")
if any(number in line for line in lines):
    sys.exit("a log line holds a full phone number")
if not any(number[-4:] in r.get("message", "") for r in tagged):
    sys.exit("the failure line does not name the masked number")
print(f"{len(records)} JSON log lines; {len(tagged)} with the request id; no full numbers")
PY
echo "SMOKE OK"
