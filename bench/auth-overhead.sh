#!/usr/bin/env bash
# What authenticating a request costs: the JWT (its signature is checked once per token, its claims on every
# request) and the session check (from memory).
# Compares GET /api/ (no database work) without a token and with a valid bearer token; the difference is the
# cost of authentication. Needs wrk (apt-get install -y wrk) and a packaged jar (./mvnw package -DskipTests).
#
#   bench/auth-overhead.sh                       # embedded H2 in a temporary folder
#   DATABASE_URL=postgresql://postgres:@127.0.0.1:5432/loopin_bench bench/auth-overhead.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' | sort | tail -n 1)/bin/java}
JAR=$(find target -maxdepth 1 -name "loopin-backend-*.jar" | head -n 1)
PORT=${PORT:-8091}
DURATION=${DURATION:-15s}
REVIEW="+919999900009"
DATA=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; rm -rf "$DATA"' EXIT

LOOPIN_DATA_DIR=$DATA PORT=$PORT OTP_TEST_NUMBERS="$REVIEW:4321" \
    JWT_SECRET_KEY=bench-secret-key-that-is-long-enough-0123456789 \
    "$JAVA" -Xmx256m -jar "$JAR" --logging.level.root=WARN > "$DATA/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/health" > /dev/null && break; sleep 1; done

post() { curl -sf -H 'Content-Type: application/json' -d "$2" "http://127.0.0.1:$PORT$1"; }
post /api/auth/signup "{\"phone_number\":\"$REVIEW\"}" > /dev/null
TOKEN=$(post /api/auth/verify-otp "{\"phone_number\":\"$REVIEW\",\"otp_code\":\"4321\"}" \
    | sed -E 's/.*"token":"([^"]+)".*/\1/')

echo "warm-up"; wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT/api/" > /dev/null
echo "== GET /api/ without a token"
wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$PORT/api/" | grep -E "Requests/sec|50%|99%"
echo "== GET /api/ with a bearer token (token validation + session check)"
wrk -t2 -c64 -d"$DURATION" --latency -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/" \
    | grep -E "Requests/sec|50%|99%"
