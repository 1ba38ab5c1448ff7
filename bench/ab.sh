#!/usr/bin/env bash
# Two jars compared on the events' read paths, side by side on the same minutes: this machine drifts by a third over
# the half hour of bench/run.sh, where each path is measured once, so a change smaller than that is judged here. Each
# round starts one jar on a fresh copy of one seeded database (1,000,000 users, 100,000 events, as bench/run.sh seeds
# them), reads as bench/run.sh does (the profile read, discovery, near me, then an event's page), and stops it; the
# jars alternate (A B, B A, ...) so that a drift falls on both. The table gives each path's median req/s, its ratio
# to the profile read of the same round, the statements an event's page made, and the memory after the rounds.
#
#   ./mvnw package -DskipTests && cp target/loopin-backend-*.jar /tmp/b.jar   # and /tmp/a.jar from another commit
#   bench/ab.sh /tmp/a.jar /tmp/b.jar
#   ROUNDS=3 DURATION=15s bench/ab.sh A B        # the defaults: three rounds of each jar
#
# Both jars must have the same migrations (the template is migrated by B). Needs what bench/run.sh needs, with
# pg_stat_statements preloaded for the page's statements (docs/performance.md), and shared_buffers = 1GB.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -eq 2 ] || { echo "usage: bench/ab.sh A.jar B.jar" >&2; exit 2; }
A=$(realpath "$1")
B=$(realpath "$2")
JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' | sort | tail -n 1)/bin/java}
PORT=${PORT:-8093}
STUB_PORT=${STUB_PORT:-8094}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
ROUNDS=${ROUNDS:-3}
BASE=loopin_ab_base
DB=loopin_ab
OUT=target/ab
URL="http://127.0.0.1:$PORT"
export BENCH_LUA=$PWD/bench/lua BENCH_EVENT_IDS=$PWD/$OUT/event-ids.txt
psql() { command psql -h 127.0.0.1 -U postgres -qAtX "$@"; }
rm -rf "$OUT" && mkdir -p "$OUT"
psql -d postgres -c "create extension if not exists pg_stat_statements" 2> /dev/null \
    || echo "pg_stat_statements is not preloaded: the page's statements are not counted" >&2

. bench/service-env.sh
APP=
start() { # start JAR DATABASE
    export DATABASE_URL="postgresql://postgres:@127.0.0.1:5432/$2"
    "$JAVA" "${JVM_OPTS[@]}" -jar "$1" > "$OUT/app.log" 2>&1 &
    APP=$!
    await_answer $APP "$URL/api/health" "$OUT/app.log"
}
stop() { kill $APP 2> /dev/null && wait $APP 2> /dev/null || true; APP=; }
trap stop EXIT

echo "== the template $BASE: migrated by B, one session, ${EVENT_USERS:-1000000} users, ${EVENT_COUNT:-100000} events"
psql -d postgres -c "drop database if exists $DB" -c "drop database if exists $BASE" -c "create database $BASE"
start "$B" $BASE
PHONE=+919876500001
curl -sf -H 'Content-Type: application/json' -d "{\"phone_number\":\"$PHONE\"}" "$URL/api/auth/signup" > /dev/null
CODE=
until [ -n "$CODE" ]; do
    sleep 0.2
    CODE=$(grep -o "DEV SMS to $PHONE: Your Loopin verification code is: [0-9]*" "$OUT/app.log" | grep -o '[0-9]*$' || true)
done
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"phone_number\":\"$PHONE\",\"otp_code\":\"$CODE\"}" \
    "$URL/api/auth/verify-otp" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
stop
psql -d $BASE -v users="${EVENT_USERS:-1000000}" -v events="${EVENT_COUNT:-100000}" -f bench/events-seed.sql
psql -d $BASE -c "vacuum analyze"
psql -d $BASE -c "select id from event where id like 'b%' order by random() limit 20000" > "$OUT/event-ids.txt"

# measure LABEL PATH SCRIPT [wrk args...]: a line "label path req/s p99-in-ms"
measure() {
    local label=$1 path=$2 script=$3
    shift 3
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "bench/lua/$script" "$@" > "$OUT/wrk.txt"
    echo "$label $path $(awk '/Requests\/sec/ {rps = $2}
        / 99%/ {v = $2; unit = v; gsub(/[0-9.]/, "", unit); sub(/[a-z]+$/, "", v)
                ms = unit == "us" ? v / 1000 : (unit == "s" ? v * 1000 : v)}
        END {print rps, ms}' "$OUT/wrk.txt")" >> "$OUT/results.txt"
}
warm() { wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "bench/lua/$1" "${@:2}" > /dev/null; }
statements() { # the statements made since the last reset, of those made more than 100 times
    psql -d postgres -c "select coalesce(sum(calls), 0) from pg_stat_statements
        where dbid = (select oid from pg_database where datname = '$DB') and calls > 100" 2> /dev/null || echo 0
}

round() { # round LABEL JAR
    local label=$1
    psql -d postgres -c "drop database if exists $DB" -c "create database $DB template $BASE"
    start "$2" $DB
    # the JIT warmed on every path first, as the whole bench has warmed it long before its reads
    warm get.lua -H "Authorization: Bearer $TOKEN" "$URL/api/auth/profile"
    warm events-discover.lua "$URL"
    warm events-near.lua "$URL"
    warm event-page.lua "$URL"
    warm get.lua -H "Authorization: Bearer $TOKEN" "$URL/api/auth/profile"
    measure "$label" profile get.lua -H "Authorization: Bearer $TOKEN" "$URL/api/auth/profile"
    warm events-discover.lua "$URL"
    measure "$label" discovery events-discover.lua "$URL"
    warm events-near.lua "$URL"
    measure "$label" near events-near.lua "$URL"
    warm event-page.lua "$URL"
    psql -d postgres -c "select pg_stat_statements_reset()" > /dev/null 2>&1 || true
    measure "$label" page event-page.lua "$URL"
    local pages made
    pages=$(awk -v l="$label" '$1 == l && $2 == "page" {n = $3} END {print n}' "$OUT/results.txt")
    made=$(statements)
    echo "$label page-statements $(python3 -c "print(round($made / ($pages * ${DURATION%s}), 2))")" >> "$OUT/results.txt"
    # the collections of the whole round (by jstat's column names), then the memory after a full one
    "$(dirname "$JAVA")/jstat" -gc $APP | awk -v l="$label" 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
        NR == 2 {print l, "full-gcs", $col["FGC"]; print l, "gc-seconds", $col["GCT"]}' >> "$OUT/results.txt"
    "$(dirname "$JAVA")/jcmd" $APP GC.run > /dev/null
    echo "$label rss-mb $(( $(ps -o rss= -p $APP) / 1024 ))" >> "$OUT/results.txt"
    echo "$label old-gen-used-mb $("$(dirname "$JAVA")/jstat" -gc $APP \
        | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i} NR == 2 {printf "%.1f", $col["OU"] / 1024}')" \
        >> "$OUT/results.txt"
    stop
    echo "$(date -u +%H:%M:%S) round of $label done"
}

for n in $(seq 1 "$ROUNDS"); do
    if [ $((n % 2)) -eq 1 ]; then round A "$A"; round B "$B"; else round B "$B"; round A "$A"; fi
done
psql -d postgres -c "drop database if exists $DB"

python3 - "$OUT/results.txt" "$A" "$B" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def values(label, path, column=2):
    return [float(r[column]) for r in rows if r[0] == label and r[1] == path]
def ratios(label, path):
    return [p / r for p, r in zip(values(label, path), values(label, "profile"))]
def med(xs, digits=0):
    return f"{statistics.median(xs):,.{digits}f}" if xs else "-"
print(f"A = {sys.argv[2]}\nB = {sys.argv[3]}\n")
print("| path | A req/s | B req/s | A ÷ profile | B ÷ profile | A p99 | B p99 |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
for path in ("profile", "discovery", "near", "page"):
    p99 = lambda label: med(values(label, path, 3), 1) + " ms"
    print(f"| {path} | {med(values('A', path))} | {med(values('B', path))} | "
          f"{'' if path == 'profile' else med(ratios('A', path), 2)} | "
          f"{'' if path == 'profile' else med(ratios('B', path), 2)} | {p99('A')} | {p99('B')} |")
for what in ("page-statements", "full-gcs", "gc-seconds", "rss-mb", "old-gen-used-mb"):
    print(f"| {what} | {med(values('A', what), 2)} | {med(values('B', what), 2)} | | | | |")
print(f"\nmedians of {len(values('A', 'profile'))} rounds each; every round's figures in target/ab/results.txt")
PY
