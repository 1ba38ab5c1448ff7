#!/usr/bin/env bash
# The whole bench: the packaged jar on a fresh PostgreSQL database, every endpoint warmed and then loaded with
# wrk $RUNS times (the table shows the median); PostgreSQL's own pgbench beside it, so that figures taken on
# different, noisy machines can be compared as ratios. See docs/performance.md.
#
#   ./mvnw package -DskipTests && bench/run.sh
#   DURATION=15s CONNECTIONS=32 RUNS=2 bench/run.sh          # the defaults
#   SKIP_CONSOLE=1 bench/run.sh                               # without the 1 000 000-lead console part
#   PROFILE=1 bench/run.sh                                    # with each run's top statements (pg_stat_statements)
#
# Needs wrk (apt-get install -y wrk), pgbench and psql (PostgreSQL's client), python3, and a JDK 21+ (it takes
# the newest Temurin under /usr/lib/jvm), and WireMock's standalone jar in the local Maven repository (a test
# dependency: any ./mvnw build that compiles the tests puts it there). PostgreSQL on 127.0.0.1:5432, user postgres,
# trust auth.
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' | sort | tail -n 1)/bin/java}
JAR=$(find target -maxdepth 1 -name "loopin-backend-*.jar" ! -name '*plain*' | head -n 1)
PORT=${PORT:-8093}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
CODE_FLOW_WARMUP=${CODE_FLOW_WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-32}
RUNS=${RUNS:-2}
DB=${BENCH_DB:-loopin_bench}
PGB_DB=${PGBENCH_DB:-loopin_pgbench}
STUB_PORT=${STUB_PORT:-8094}
OUT=target/bench
URL="http://127.0.0.1:$PORT"
export BENCH_LUA=$PWD/bench/lua

[ -n "$JAR" ] || { echo "no jar in target/: run ./mvnw package -DskipTests first" >&2; exit 1; }
command -v wrk > /dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
rm -rf "$OUT" && mkdir -p "$OUT"
psql() { command psql -h 127.0.0.1 -U postgres -qAtX "$@"; }

echo "== fresh database $DB"
psql -d postgres -c "drop database if exists $DB" -c "create database $DB"
# the seeded database (1,000,000 users, 100,000 events, their indexes: about 700 MB) in PostgreSQL's own cache, as an
# operator sizes it for such data: with the default 128 MB, every list read most of its rows' pages from the
# operating system's cache (a system call each), while the profile read, the reference, reads one row that never
# leaves it. Set once: alter system set shared_buffers = '1GB', then restart PostgreSQL
BUFFERS_MB=$(psql -d postgres -c "select setting::bigint * 8 / 1024 from pg_settings where name = 'shared_buffers'")
if [ "$BUFFERS_MB" -lt 1024 ]; then
    echo "shared_buffers is ${BUFFERS_MB} MB: the events part measures reads from the operating system's cache; set it" \
        "to 1GB (alter system set shared_buffers = '1GB'; restart PostgreSQL) for figures comparable with docs/performance.md" >&2
fi

. bench/service-env.sh

# WireMock's standalone jar (a test dependency, so in the local Maven repository after the build) answering orders and
# refunds at once in Razorpay's shapes (bench/razorpay-stand-in/mappings), so that the bench measures this service and
# not the gateway; a small heap and the client compiler only, to take as little of the two cores as it can
WIREMOCK=$(find "${MAVEN_REPOSITORY:-$HOME/.m2/repository}/org/wiremock/wiremock-standalone" -name 'wiremock-standalone-*.jar' \
    | sort -V | tail -n 1)
[ -n "$WIREMOCK" ] || { echo "WireMock's standalone jar is not in the local Maven repository: run ./mvnw test-compile" >&2; exit 1; }
echo "== a stand-in for Razorpay's API on port $STUB_PORT ($(basename "$WIREMOCK"), bench/razorpay-stand-in)"
"$JAVA" -XX:+UseSerialGC -Xmx256m -XX:TieredStopAtLevel=1 -jar "$WIREMOCK" --port "$STUB_PORT" --bind-address 127.0.0.1 \
    --root-dir bench/razorpay-stand-in --no-request-journal --disable-banner --container-threads 64 \
    > "$OUT/razorpay-stand-in.log" 2>&1 &
STUB=$!
trap 'kill $STUB 2>/dev/null || true' EXIT
await_answer $STUB "http://127.0.0.1:$STUB_PORT/__admin/health" "$OUT/razorpay-stand-in.log"

echo "== the jar, extracted, with an AOT cache from a training run (Java 25)"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" > /dev/null
APP_JAR="$OUT/app/$(basename "$JAR")"
AOT=()
# (never -XX:AOTCacheOutput=/dev/null: the JVM replaces its output file, and /dev/null became a regular file)
if "$JAVA" -XX:AOTCacheOutput="$OUT/probe.aot" -version > /dev/null 2>&1; then
    "$JAVA" "${JVM_OPTS[@]}" -XX:AOTCacheOutput="$OUT/app.aot" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
        -jar "$APP_JAR" > "$OUT/training.log" 2>&1 || true
    [ -f "$OUT/app.aot" ] && AOT=(-XX:AOTCache="$OUT/app.aot" -Dspring.aot.enabled=true)
fi

# first answer without the AOT cache (the training run has migrated the database, as a restart finds it)
START=$(date +%s.%N)
"$JAVA" "${JVM_OPTS[@]}" -jar "$APP_JAR" > "$OUT/app-no-aot.log" 2>&1 &
NO_AOT=$!
await_answer $NO_AOT "$URL/api/health" "$OUT/app-no-aot.log"
FIRST_ANSWER_NO_AOT=$(python3 -c "print(f'{$(date +%s.%N) - $START:.2f}')")
kill $NO_AOT; wait $NO_AOT 2> /dev/null || true
echo "first answer without the AOT cache after ${FIRST_ANSWER_NO_AOT}s"

echo "== start (Java: $("$JAVA" -version 2>&1 | head -n 1))"
START=$(date +%s.%N)
"$JAVA" "${JVM_OPTS[@]}" "${AOT[@]}" -jar "$APP_JAR" > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP $STUB 2>/dev/null || true' EXIT
await_answer $APP "$URL/api/health" "$OUT/app.log"
FIRST_ANSWER=$(python3 -c "print(f'{$(date +%s.%N) - $START:.2f}')")
echo "first answer after ${FIRST_ANSWER}s (AOT cache: ${AOT[*]:-none})"
echo "first answer: ${FIRST_ANSWER}s with the AOT cache, ${FIRST_ANSWER_NO_AOT}s without" > "$OUT/first-answer.txt"

transactions() { psql -d "$DB" -c "select xact_commit + xact_rollback from pg_stat_database where datname = '$DB'"; }

slug() { echo "$1" | tr -c 'a-zA-Z0-9\n' '_'; }

# PROFILE=1: each measured run's statements, from pg_stat_statements (it must be preloaded:
# shared_preload_libraries), into statements.<slug>.<n>.txt: the ten with the most time, with calls and mean ms
PROFILE=${PROFILE:-}
if [ -n "$PROFILE" ] && ! psql -d "$DB" -c "create extension if not exists pg_stat_statements" 2> /dev/null; then
    echo "PROFILE: pg_stat_statements is not preloaded here; measuring without statement profiles" >&2
    PROFILE=
fi
statements_reset() { [ -z "$PROFILE" ] || psql -d "$DB" -c "select pg_stat_statements_reset()" > /dev/null; }
statements_dump() {
    [ -z "$PROFILE" ] || psql -d "$DB" -F ' | ' -c "select calls, round(mean_exec_time::numeric, 3) as mean_ms,
        round(total_exec_time::numeric) as total_ms, left(regexp_replace(query, '\s+', ' ', 'g'), 160)
        from pg_stat_statements where dbid = (select oid from pg_database where datname = '$DB')
        order by total_exec_time desc limit 10" > "$1"
}

# measure NAME SCRIPT [wrk args...]: one measured run, appended to results.<slug> with its PostgreSQL transactions
measure() {
    local name=$1 script=$2 file
    shift 2
    file="$OUT/$(slug "$name").$(date +%s%N).txt"
    local before after
    statements_reset
    before=$(transactions)
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "bench/lua/$script" "$@" > "$file"
    after=$(transactions)
    statements_dump "${file%.txt}.statements.txt"
    echo "$(grep RESULT "$file") transactions=$((after - before))" >> "$OUT/results.$(slug "$name")"
}

show() { printf '%-34s %s\n' "$1" "$(tail -n 1 "$OUT/results.$(slug "$1")")"; }

# load NAME SCRIPT [wrk args...] [-- script args]: a warm-up, then $RUNS measured runs
load() {
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "bench/lua/$2" "${@:3}" > /dev/null
    for _ in $(seq 1 "$RUNS"); do measure "$@"; done
    show "$1"
}
# load_once NAME SCRIPT URL VARIABLE FILE [WARM-UP]: requests that use up what they read (codes, refresh tokens);
# FILE is split into a part for the warm-up and one for each run, handed to the script in the environment variable
load_once() {
    local name=$1 script=$2 url=$3 variable=$4 file=$5 warmup=${6:-$WARMUP}
    split -n "l/$((RUNS + 1))" -d "$file" "$file.part."
    (export "$variable=$file.part.00"; wrk -t2 -c"$CONNECTIONS" -d"$warmup" -s "bench/lua/$script" "$url" -- 2 > /dev/null)
    for run in $(seq 1 "$RUNS"); do
        (export "$variable=$file.part.$(printf '%02d' "$run")"; measure "$name" "$script" "$url" -- 2)
    done
    show "$name"
}

echo "== load"
load "GET /api/" get.lua "$URL/api/"
load "GET /api/health" get.lua "$URL/api/health"
load "GET /api/auth/event-interests" get.lua "$URL/api/auth/event-interests"

# sign-ups: each run a number range of its own; every code lands in the log (console provider)
SIGNUP_PREFIXES=(97 98 99 96 95 94)
# the code flow's paths are long (JSON, phone parsing, five to twelve statements, events, the SMS channel): measured
# here, the JIT still compiled them (C2 at half a core) after 10 s of load and the rate rose until about 30 s, so
# sign-ups and verifications warm longer
wrk -t2 -c"$CONNECTIONS" -d"$CODE_FLOW_WARMUP" -s bench/lua/signup.lua "$URL/api/auth/signup" -- 90 > /dev/null
for run in $(seq 1 "$RUNS"); do
    measure "POST /api/auth/signup" signup.lua "$URL/api/auth/signup" -- "${SIGNUP_PREFIXES[$run]}"
done
show "POST /api/auth/signup"
# one more, unmeasured, sign-up run: verifications outrun sign-ups, and a run that runs out of codes measures
# refusals (they count as errors) instead of verifications
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/lua/signup.lua "$URL/api/auth/signup" -- 93 > /dev/null

# codes for the verifications: from the log (the console provider writes each SMS there)
sleep 1
grep -o 'DEV SMS to +[0-9]*: Your Loopin verification code is: [0-9]*' "$OUT/app.log" \
    | sed -E 's/DEV SMS to (\+[0-9]+): .* ([0-9]+)$/\1 \2/' | sort -u -k1,1 | shuf > "$OUT/codes.txt"
echo "codes for verification: $(wc -l < "$OUT/codes.txt")"
export BENCH_OUT=$OUT/sessions
load_once "POST /api/auth/verify-otp" verify.lua "$URL/api/auth/verify-otp" BENCH_CODES "$OUT/codes.txt" "$CODE_FLOW_WARMUP"
cat "$OUT"/sessions.[0-9]* | shuf > "$OUT/sessions.txt"
echo "sessions for refresh and profile: $(wc -l < "$OUT/sessions.txt")"

TOKEN=$(head -n 1 "$OUT/sessions.txt" | cut -d' ' -f2)
load "GET /api/auth/profile" get.lua -H "Authorization: Bearer $TOKEN" "$URL/api/auth/profile"
head -n 2000 "$OUT/sessions.txt" > "$OUT/profile-sessions.txt"
BENCH_SESSIONS=$OUT/profile-sessions.txt load "POST /api/auth/complete-profile" complete-profile.lua \
    "$URL/api/auth/complete-profile" -- 2
tail -n +2001 "$OUT/sessions.txt" > "$OUT/refresh-sessions.txt"
load_once "POST /api/auth/refresh" refresh.lua "$URL/api/auth/refresh" BENCH_SESSIONS "$OUT/refresh-sessions.txt"
# a new code by the other channel, for numbers whose code is still unused; then what became of the messages
psql -d "$DB" -Atc "select phone_number from phone_code where consumed_at is null order by random() limit 20000" \
    > "$OUT/unused-code-numbers.txt"
BENCH_NUMBERS=$OUT/unused-code-numbers.txt load "POST /api/auth/resend" resend.lua "$URL/api/auth/resend"
psql -d "$DB" -Atc "select id from code_delivery order by random() limit 20000" > "$OUT/delivery-ids.txt"
BENCH_DELIVERY_IDS=$OUT/delivery-ids.txt load "GET /api/auth/deliveries/{id}" deliveries.lua "$URL"

EVENT_USERS=${EVENT_USERS:-1000000}
EVENT_COUNT=${EVENT_COUNT:-100000}
echo "== events: $EVENT_USERS users with complete profiles and $EVENT_COUNT published events in 50 cities"
psql -d "$DB" -v users="$EVENT_USERS" -v events="$EVENT_COUNT" -f bench/events-seed.sql
psql -d "$DB" -c "select id from event where id like 'b%' order by random() limit 20000" > "$OUT/event-ids.txt"
# the reference paths again, now that the database holds the million users
load "GET /api/auth/profile (1M users)" get.lua -H "Authorization: Bearer $TOKEN" "$URL/api/auth/profile"
load "GET /api/events (interest, city)" events-discover.lua "$URL"
load "GET /api/events (near, 10 km)" events-near.lua "$URL"
BENCH_EVENT_IDS=$OUT/event-ids.txt load "GET /api/events/{id}" event-page.lua "$URL"
# their latency goal read where the server keeps up (4 connections on 2 cores), as the host's list below
(CONNECTIONS=4; load "GET /api/events (interest, city, 4 conn.)" events-discover.lua "$URL")
(CONNECTIONS=4; load "GET /api/events (near, 10 km, 4 conn.)" events-near.lua "$URL")
(CONNECTIONS=4; BENCH_EVENT_IDS=$OUT/event-ids.txt load "GET /api/events/{id} (4 conn.)" event-page.lua "$URL")
BENCH_SESSIONS=$OUT/profile-sessions.txt load "POST /api/events" event-create.lua "$URL/api/events" -- 2
# asking to join open events: each run its own events (a user asks each event once), checked for oversold seats after
for part in 0 1 2; do
    psql -d "$DB" -c "select id from event where id like 'b%' and admission = 'open' and audience = 'everyone' and capacity is not null
        order by id offset $((part * 400)) limit 400" > "$OUT/open-events.$part.txt"
done
(export BENCH_SESSIONS=$OUT/profile-sessions.txt BENCH_OPEN_EVENTS=$OUT/open-events.0.txt
 wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/lua/ask-to-join.lua "$URL" -- 2 > /dev/null)
for run in $(seq 1 "$RUNS"); do
    (export BENCH_SESSIONS=$OUT/profile-sessions.txt BENCH_OPEN_EVENTS=$OUT/open-events.$run.txt
     measure "POST /api/events/{id}/requests" ask-to-join.lua "$URL" -- 2)
done
show "POST /api/events/{id}/requests"
OVERSOLD=$(psql -d "$DB" -c "select count(*) from event e where (e.capacity is not null and e.seats_taken > e.capacity)
    or e.seats_taken + (select coalesce(sum(t.seats), 0) from event_seat_stripe t where t.event_id = e.id) <> (select coalesce(sum(r.seats), 0) from event_request r where r.event_id = e.id and r.status = 'accepted')
    or (select coalesce(sum(w.waitlisted), 0) from event_waiting w where w.event_id = e.id)
        <> (select count(*) from event_request r where r.event_id = e.id and r.status = 'waitlisted')
    or (select coalesce(sum(w.pending), 0) from event_waiting w where w.event_id = e.id)
        <> (select count(*) from event_request r where r.event_id = e.id and r.status = 'pending')")
echo "events oversold or miscounted after the requests: $OVERSOLD" | tee "$OUT/oversold.txt"

echo "== payments: asking to join paid events (seats held, the gateway's order), then the gateway's webhooks"
# the paid events' hosts (their earnings and payout accounts are read below), and the guests who pay
head -n 64 "$OUT/profile-sessions.txt" > "$OUT/payment-hosts.txt"
tail -n +65 "$OUT/profile-sessions.txt" > "$OUT/paying-guests.txt"
PAYMENT_HOST_PHONES=$(cut -d' ' -f1 "$OUT/payment-hosts.txt" | sed "s/.*/'&'/" | paste -sd,)
psql -d "$DB" -v out="$OUT/paid-events.txt" -v phones="$PAYMENT_HOST_PHONES" -f bench/payments-seed.sql
for part in 0 1 2; do
    sed -n "$((part * 400 + 1)),$((part * 400 + 400))p" "$OUT/paid-events.txt" > "$OUT/paid-events.$part.txt"
done
(export BENCH_SESSIONS=$OUT/paying-guests.txt BENCH_OPEN_EVENTS=$OUT/paid-events.0.txt
 wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s bench/lua/ask-to-join.lua "$URL" -- 2 > /dev/null)
for run in $(seq 1 "$RUNS"); do
    (export BENCH_SESSIONS=$OUT/paying-guests.txt BENCH_OPEN_EVENTS=$OUT/paid-events.$run.txt
     measure "POST /api/events/{id}/requests (paid)" ask-to-join.lua "$URL" -- 2)
done
show "POST /api/events/{id}/requests (paid)"
# the paid events have no seat limit: their seats are counted in the rows beside each event's (V34), under the load
PAID_MISCOUNTED=$(psql -d "$DB" -c "select count(*) from event e where e.price_paise > 0 and e.id like 'b%'
    and e.seats_taken + (select coalesce(sum(t.seats), 0) from event_seat_stripe t where t.event_id = e.id)
        <> (select coalesce(sum(r.seats), 0) from event_request r where r.event_id = e.id
            and r.status in ('accepted', 'awaiting_payment'))")
echo "paid events whose seats are miscounted after the paid asks: $PAID_MISCOUNTED" | tee "$OUT/paid-seats.txt"
psql -d "$DB" -c "select o.gateway_order_id || ' ' || o.amount_paise || ' ' || u.phone_number from payment_order o
    join app_user u on u.id = o.user_id where o.status = 'created' order by o.created_at" > "$OUT/all-orders.txt"
# the first half paid as the app confirms them after the checkout, the second half by the gateway's webhooks
HALF=$(( $(wc -l < "$OUT/all-orders.txt") / 2 ))
head -n "$HALF" "$OUT/all-orders.txt" > "$OUT/confirm-orders.txt"
tail -n +"$((HALF + 1))" "$OUT/all-orders.txt" | cut -d' ' -f1,2 > "$OUT/orders.txt"
python3 bench/payments-confirms.py "$OUT/confirm-orders.txt" "$OUT/paying-guests.txt" bench-razorpay-key-secret \
    "$OUT/confirms.txt"
# each order confirmed once (a second confirmation is answered from the paid order, cheaper): runs as short as the
# confirmations last, as for the webhooks below
CONFIRM_SECONDS=$(python3 -c "print(max(2, int($(wc -l < "$OUT/confirms.txt") / ($RUNS + 1) / 600)))")
(DURATION=${CONFIRM_SECONDS}s; load_once "POST /api/payments/{order_id}/confirm" payment-confirm.lua "$URL" \
    BENCH_CONFIRMS "$OUT/confirms.txt" "${CONFIRM_SECONDS}s")
python3 bench/payments-webhooks.py "$OUT/orders.txt" bench-razorpay-webhook-secret "$OUT/webhooks.txt"
echo "orders made: $(wc -l < "$OUT/orders.txt"); webhooks to send: $(wc -l < "$OUT/webhooks.txt")"
# each webhook once: the runs are as short as the webhooks last (a webhook sent again is answered from its row, far
# cheaper than a new one, and would flatter the figure)
WEBHOOK_SECONDS=$(python3 -c "print(max(2, int($(wc -l < "$OUT/webhooks.txt") / ($RUNS + 1) / 4000)))")
(DURATION=${WEBHOOK_SECONDS}s; load_once "POST /api/payments/webhook" webhook.lua "$URL" BENCH_WEBHOOKS \
    "$OUT/webhooks.txt" "${WEBHOOK_SECONDS}s")
# what the load left unprocessed, drained by the workers: webhooks processed per second
unprocessed() { psql -d "$DB" -c "select count(*) from payment_webhook where processed_at is null"; }
BACKLOG=$(unprocessed)
DRAIN_START=$(date +%s.%N)
for _ in $(seq 1 600); do [ "$(unprocessed)" = 0 ] && break; sleep 0.5; done
python3 -c "
left = $(unprocessed); seconds = max(0.001, $(date +%s.%N) - $DRAIN_START)
print(f'webhooks processed after the load: {$BACKLOG - left} of {$BACKLOG} in {seconds:.1f} s'
      f' ({($BACKLOG - left) / seconds:,.0f} per second); webhooks sent: $(cat "$OUT"/results.POST__api_payments_webhook \
          | sed -nE 's/.*requests=([0-9]+).*/\1/p' | paste -sd+ | bc), kept (each once):'
      f' $(psql -d "$DB" -c "select count(*) from payment_webhook"); orders: $(wc -l < "$OUT/orders.txt"),'
      f' paid: $(psql -d "$DB" -c "select count(*) from payment_order where status = 'paid'")')" \
    | tee "$OUT/webhook-processing.txt"
# what guests and hosts read afterwards, and hosts giving their payout details (the gateway's linked account)
BENCH_SESSIONS=$OUT/paying-guests.txt load "GET /api/me/payments" session-get.lua "$URL" -- /api/me/payments
psql -d "$DB" -c "select u.phone_number || ' ' || o.id from payment_order o join app_user u on u.id = o.user_id
    where o.status = 'paid' order by random() limit 20000" > "$OUT/paid-orders.txt"
awk 'NR == FNR { token[$1] = $2; next } ($1 in token) { print token[$1], $2 }' "$OUT/paying-guests.txt" \
    "$OUT/paid-orders.txt" > "$OUT/receipts.txt"
BENCH_RECEIPTS=$OUT/receipts.txt load "GET /api/me/payments/{id}/receipt" receipt.lua "$URL"
BENCH_SESSIONS=$OUT/payment-hosts.txt load "GET /api/me/earnings" session-get.lua "$URL" -- /api/me/earnings
BENCH_SESSIONS=$OUT/payment-hosts.txt load "GET /api/me/payout-account" session-get.lua "$URL" -- /api/me/payout-account
BENCH_SESSIONS=$OUT/paying-guests.txt load "PUT /api/me/payout-account" payout-account.lua "$URL"

echo "== going: the host's side (accepting requests, the door, the list of an event with 5,000 requests)"
tail -n 64 "$OUT/profile-sessions.txt" > "$OUT/going-hosts.txt"
PHONES=$(cut -d' ' -f1 "$OUT/going-hosts.txt" | sed "s/.*/'&'/" | paste -sd,)
psql -d "$DB" -v ON_ERROR_STOP=1 -v phones="$PHONES" -f bench/going-seed.sql
psql -d "$DB" -f bench/going-rows.sql > "$OUT/going-rows.txt"
python3 bench/going-files.py "$OUT/going-hosts.txt" "$OUT/going-rows.txt" "$TICKET_KEYS" "$OUT"
echo "accepts: $(wc -l < "$OUT/accepts.txt"); codes for the door: $(wc -l < "$OUT/check-ins.txt")"
[ -s "$OUT/accepts.txt" ] && [ -s "$OUT/check-ins.txt" ] && [ -s "$OUT/request-list.txt" ] \
    || { echo "the going seed laid out no work" >&2; exit 1; }
load_once "POST /api/events/{id}/requests/{r}/accept" going-accept.lua "$URL" BENCH_ACCEPTS "$OUT/accepts.txt"
load_once "POST /api/events/{id}/check-ins" going-check-in.lua "$URL" BENCH_CHECK_INS "$OUT/check-ins.txt"
BENCH_REQUEST_LIST=$OUT/request-list.txt load "GET /api/events/{id}/requests (5,000)" going-requests.lua "$URL"
# its latency goal read where the server keeps up (4 connections on 2 cores): at 32, p99 is mostly the queue
(CONNECTIONS=4; BENCH_REQUEST_LIST=$OUT/request-list.txt \
    load "GET /api/events/{id}/requests (5,000, 4 conn.)" going-requests.lua "$URL")
psql -d "$DB" -f bench/events-explain.sql > "$OUT/events-explain.txt" 2>&1

echo "== notifications: the going hosts' inboxes (300 items each), unread counts, phones registering"
psql -d "$DB" -v ON_ERROR_STOP=1 -v phones="$PHONES" -f bench/notifications-seed.sql > /dev/null
BENCH_SESSIONS=$OUT/going-hosts.txt load "GET /api/me/notifications" session-get.lua "$URL" -- /api/me/notifications
BENCH_SESSIONS=$OUT/going-hosts.txt load "GET /api/me/notifications/unread-count" session-get.lua "$URL" \
    -- /api/me/notifications/unread-count
BENCH_SESSIONS=$OUT/profile-sessions.txt load "POST /api/me/devices" device-register.lua "$URL"
OUTBOX=$(psql -d "$DB" -c "select count(*) from notification_outbox")
echo "notification outbox rows left after the load: $OUTBOX" | tee "$OUT/outbox.txt"

RSS_MB=$(( $(ps -o rss= -p $APP) / 1024 ))
echo "RSS after load: ${RSS_MB} MB"
# where it went: threads, the resident pages by kind, and (with -XX:NativeMemoryTracking=summary in JVM_OPTS) the
# JVM's own account
{
    echo "threads: $(ls /proc/$APP/task | wc -l)"
    grep -E '^(Rss|Anonymous|Private_Clean|Shared_Clean):' /proc/$APP/smaps_rollup
    "$(dirname "$JAVA")/jcmd" $APP GC.heap_info
    case " ${JVM_OPTS[*]} " in
        *NativeMemoryTracking*) "$(dirname "$JAVA")/jcmd" $APP VM.native_memory summary ;;
    esac
} > "$OUT/memory.txt" 2>&1 || true

if [ -z "${SKIP_CONSOLE:-}" ]; then
    bash bench/console.sh "$URL" "$DB" "$OUT" "$APP"
fi

echo "== pgbench on a scratch database (10 s each)"
psql -d postgres -c "drop database if exists $PGB_DB" -c "create database $PGB_DB"
pgbench -h 127.0.0.1 -U postgres -i -q -s 10 "$PGB_DB" > /dev/null 2>&1
PGB_SELECT=$(pgbench -h 127.0.0.1 -U postgres -S -c "$CONNECTIONS" -j 2 -T 10 "$PGB_DB" 2>/dev/null \
    | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
PGB_UPDATE=$(pgbench -h 127.0.0.1 -U postgres -b simple-update -c "$CONNECTIONS" -j 2 -T 10 "$PGB_DB" 2>/dev/null \
    | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
psql -d postgres -c "drop database if exists $PGB_DB"

echo
echo "== results ($(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c$CONNECTIONS -d$DURATION, median of $RUNS runs)"
python3 bench/table.py "$OUT" "$PGB_SELECT" "$PGB_UPDATE" "$RSS_MB" "$FIRST_ANSWER" | tee "$OUT/table.md"
