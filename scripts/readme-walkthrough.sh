#!/usr/bin/env bash
# Proves the README's walk-through runs as pasted: starts the packaged jar as `./mvnw spring-boot:run` starts the
# server (embedded database, codes to the log and the development inbox), then runs the README's first bash block
# after "## Walk-through" against it, stopping at the first failing command.
# Needs: a packaged jar (./mvnw verify or package), curl, jq.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' | sort | tail -n 1)/bin/java}
JAR=$(find target -maxdepth 1 -name "loopin-backend-*.jar" ! -name '*plain*' | head -n 1)
PORT=${WALKTHROUGH_PORT:-18093}
WORK=$(mktemp -d)
APP=""
cleanup() {
    [ -n "$APP" ] && kill "$APP" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

awk '/^## Walk-through/ { inside = 1 } inside && /^```bash$/ { grab = 1; next } grab && /^```$/ { exit } grab { print }' \
    README.md > "$WORK/walkthrough.sh"
[ -s "$WORK/walkthrough.sh" ] || { echo "no bash block after '## Walk-through' in README.md" >&2; exit 1; }

if curl -s -o /dev/null "http://127.0.0.1:$PORT/"; then
    echo "port $PORT is taken: set WALKTHROUGH_PORT" >&2
    exit 1
fi
(cd "$WORK" && exec env PORT="$PORT" "$JAVA" -jar "$OLDPWD/$JAR" > "$WORK/app.log" 2>&1) &
APP=$!
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/api/health" > /dev/null && break
    kill -0 "$APP" 2> /dev/null || { tail -n 30 "$WORK/app.log"; exit 1; }
    sleep 0.5
done

echo "== the README's walk-through, as pasted, against http://127.0.0.1:$PORT"
if ! API="http://127.0.0.1:$PORT" bash -euo pipefail "$WORK/walkthrough.sh"; then
    echo "WALK-THROUGH FAILED; server log (last 30 lines):" >&2
    tail -n 30 "$WORK/app.log" >&2
    exit 1
fi
echo "WALK-THROUGH OK"
