#!/usr/bin/env bash
# The deployment operators run, with the real parts: two instances of the packaged jar behind HAProxy
# (`option forwardfor`, health checks on readiness), on PostgreSQL through PgBouncer in transaction mode
# (`?pgbouncer=true` turns server-side prepared statements off), LISTEN/NOTIFY on a direct connection
# (DATABASE_LISTEN_URL). It checks:
#   - the statements work through the pooler, and the pooler really multiplexes (server connections < clients);
#   - under load through the balancer, kill -9 of one instance: the balancer moves on, no accepted write is lost;
#   - a logout on one instance is honoured on the other within 1 s, also with the listening connections killed;
#   - per-address limits see the client's address through the balancer, not a forged X-Forwarded-For;
#   - a staff member signed in to the console stays signed in across requests (sticky by HAProxy's cookie).
# Run by .ci/run (needs the packaged jar, PostgreSQL on 127.0.0.1:5432; installs haproxy and pgbouncer).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/accepted-writes.sh

for tool in haproxy pgbouncer; do
    command -v "$tool" > /dev/null || command -v "/usr/sbin/$tool" > /dev/null || {
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy pgbouncer > /dev/null
    }
done
export PATH="$PATH:/usr/sbin"

JAVA=${JAVA:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' | sort | tail -n 1)/bin/java}
JAR=$(realpath "$(find target -maxdepth 1 -name "loopin-backend-*.jar" | head -n 1)")
DB=loopin_topology
BOUNCER_PORT=${BOUNCER_PORT:-16432}
LB_PORT=${LB_PORT:-18180}
A_PORT=${A_PORT:-18181}
B_PORT=${B_PORT:-18182}
WORK=$(mktemp -d)
chmod 755 "$WORK"
A="" B=""
psql() { command psql -h 127.0.0.1 -U postgres -qAtX "$@"; }
cleanup() {
    [ -n "$A" ] && kill -9 "$A" 2>/dev/null || true
    [ -n "$B" ] && kill -9 "$B" 2>/dev/null || true
    [ -f "$WORK/haproxy.pid" ] && kill "$(cat "$WORK/haproxy.pid")" 2>/dev/null || true
    [ -f "$WORK/bouncer/pgbouncer.pid" ] && kill "$(cat "$WORK/bouncer/pgbouncer.pid")" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
    echo "TOPOLOGY CHECK FAILED: $*" >&2
    for log in a b; do echo "--- instance $log (last 20 lines)" >&2; tail -n 20 "$WORK/$log.log" >&2 || true; done
    exit 1
}

psql -d postgres -c "drop database if exists $DB with (force)" -c "create database $DB"

echo "== PgBouncer $(pgbouncer --version | head -n 1 | cut -d' ' -f2), transaction mode, on :$BOUNCER_PORT"
mkdir -p "$WORK/bouncer"
echo '"postgres" ""' > "$WORK/bouncer/users.txt"
cat > "$WORK/bouncer/pgbouncer.ini" <<INI
[databases]
$DB = host=127.0.0.1 port=5432 dbname=$DB
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $BOUNCER_PORT
unix_socket_dir =
auth_type = trust
auth_file = $WORK/bouncer/users.txt
admin_users = postgres
pool_mode = transaction
default_pool_size = 6
max_client_conn = 400
ignore_startup_parameters = extra_float_digits,options
logfile = $WORK/bouncer/pgbouncer.log
pidfile = $WORK/bouncer/pgbouncer.pid
INI
if [ "$(id -u)" = 0 ]; then
    chown -R postgres "$WORK/bouncer"
    pgbouncer -d -u postgres "$WORK/bouncer/pgbouncer.ini"
else
    pgbouncer -d "$WORK/bouncer/pgbouncer.ini"
fi
for _ in $(seq 1 50); do pg_isready -h 127.0.0.1 -p "$BOUNCER_PORT" -q && break; sleep 0.1; done

echo "== HAProxy $(haproxy -v | head -n 1 | cut -d' ' -f3) on :$LB_PORT, instances on :$A_PORT and :$B_PORT"
cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 2000
    stats socket $WORK/haproxy.sock mode 600 level admin
defaults
    mode http
    timeout connect 1s
    timeout client 30s
    timeout server 30s
    retries 3
    option redispatch 1
    option forwardfor
frontend api
    bind 127.0.0.1:$LB_PORT
    use_backend console if { path_beg /admin }
    default_backend loopin
# the staff console keeps its sign-in in the instance's HTTP session: each browser stays with one instance
backend console
    balance roundrobin
    cookie LOOPIN_INSTANCE insert indirect nocache httponly
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2
    server a 127.0.0.1:$A_PORT check cookie a
    server b 127.0.0.1:$B_PORT check cookie b
backend loopin
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    default-server inter 500ms fall 2 rise 2
    server a 127.0.0.1:$A_PORT check
    server b 127.0.0.1:$B_PORT check
CFG
haproxy -c -q -f "$WORK/haproxy.cfg"
haproxy -D -f "$WORK/haproxy.cfg" -p "$WORK/haproxy.pid"

export DATABASE_URL="postgresql://postgres:@127.0.0.1:$BOUNCER_PORT/$DB?pgbouncer=true"
export DATABASE_LISTEN_URL="postgresql://postgres:@127.0.0.1:5432/$DB"
export TRUSTED_PROXIES=127.0.0.1 JWT_SECRET_KEY=topology-check-secret-key-long-enough-0123456789 \
    SMS_PROVIDER=console OTP_RESEND_COOLDOWN_SECONDS=0 RATE_LIMIT_OTP_PER_IP=10 \
    RATE_LIMIT_VERIFY_PER_IP=1000000 SMS_MAX_PER_PREFIX_PER_HOUR=1000000 SMS_BUDGET_PER_HOUR=1000000 \
    SMS_BUDGET_PER_DAY=1000000 PUMPING_DETECTION_ENABLED=false \
    ADMIN_USERNAME=topology-admin ADMIN_PASSWORD=topology-check-password-0123
start() { # name port
    PORT=$2 "$JAVA" -Xmx128m -XX:+ExitOnOutOfMemoryError -jar "$JAR" >> "$WORK/$1.log" 2>&1 &
    eval "${1^^}=$!"
}
ready() { # port
    for _ in $(seq 1 180); do
        curl -sf "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null && return 0
        sleep 0.5
    done
    fail "the instance on :$1 did not become ready"
}
haproxy_up() { # how many servers HAProxy has up
    python3 - "$WORK/haproxy.sock" <<'EOF'
import socket, sys
s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b"show stat\n")
data = b""
while chunk := s.recv(65536):
    data += chunk
rows = [line.split(",") for line in data.decode().splitlines() if line.startswith("loopin,")]  # the API's backend
print(sum(1 for row in rows if row[1] in ("a", "b") and row[17] == "UP"))
EOF
}
wait_for_haproxy() { # expected number of servers up
    for _ in $(seq 1 40); do [ "$(haproxy_up)" = "$1" ] && return 0; sleep 0.25; done
    fail "HAProxy does not see $1 instance(s) up (it sees $(haproxy_up))"
}

start a "$A_PORT"
start b "$B_PORT"
ready "$A_PORT"
ready "$B_PORT"
wait_for_haproxy 2
echo "both instances ready (migrated through the pooler), HAProxy sees both up"

listeners=$(psql -d $DB -c "select count(*) from pg_stat_activity where application_name = 'loopin-listener'")
[ "$listeners" = 2 ] || fail "expected 2 direct listening connections, found $listeners"

echo "== load through the balancer for 10 s; kill -9 of instance a after 4 s"
python3 scripts/lib/signup-load.py --port "$LB_PORT" --work "$WORK" --logs "$WORK/a.log" "$WORK/b.log" \
    --seconds 10 --mark-after 4 --prefix +9197 --many-addresses &
LOAD=$!
sleep 4
date +%s.%N > "$WORK/killed-at"
kill -9 "$A"
wait "$A" 2>/dev/null || true
A=""
echo "killed instance a after $(wc -l < "$WORK/signed-up") sign-ups"
wait_for_haproxy 1
date +%s.%N > "$WORK/out-at"
echo "HAProxy took instance a out"
wait $LOAD

# Answers that failed may only be those caught by the kill: a request in flight in the instance (one a worker), or
# one that reached the dying JVM's listening socket before the kernel closed it (the worker's next, 50 ms later). Each
# answer is placed by its own time against the kill and against HAProxy taking the instance out: none may fail before
# the kill, none once HAProxy has had a second to move on, at most two a worker (6 workers) in between, and the other
# instance must serve after.
python3 - "$WORK" <<'EOF' || fail "the balancer did not move on"
import json, sys
work = sys.argv[1]
for path, status, after, count in sorted(json.load(open(f"{work}/statuses.json"))):
    print(f"  {path:22} {status:8} {'after' if after else 'before'} 4 s: {count}")
answers = json.load(open(f"{work}/answers.json"))
killed = float(open(f"{work}/killed-at").read())
out = float(open(f"{work}/out-at").read())
failed = [(path, status, at) for path, status, at in answers if status not in ("200", "429")]
before_kill = sum(1 for _, _, at in failed if at < killed)
after_out = sum(1 for _, _, at in failed if at > out + 1)
served_after = sum(1 for _, status, at in answers if status == "200" and at > out)
spread = f", answered {min(at for *_, at in failed) - killed:+.2f} to {max(at for *_, at in failed) - killed:+.2f} s" \
    if failed else ""
print(f"  HAProxy took the instance out {out - killed:.2f} s after the kill; failed: {len(failed)} (at most 12{spread}),"
      f" {before_kill} before the kill, {after_out} more than 1 s after HAProxy took it out; served after: {served_after}")
sys.exit(0 if len(failed) <= 12 and before_kill == 0 and after_out == 0 and served_after >= 20 else 1)
EOF

accepted_writes_kept $DB "$WORK" || fail "an accepted write was lost"
echo "no accepted write lost: $(wc -l < "$WORK/signed-up") leads, $(wc -l < "$WORK/verified") users"

echo "== instance a restarted; a logout on one is honoured on the other within 1 s"
start a "$A_PORT"
ready "$A_PORT"
wait_for_haproxy 2
echo "== the pooler multiplexes (both instances up)"
clients=$(psql -p "$BOUNCER_PORT" -d pgbouncer -c "show pools" | awk -F'|' -v db=$DB '$1 == db {print $3 + $4}')
servers=$(psql -d $DB -c "select count(*) from pg_stat_activity where datname = '$DB'
                          and application_name <> 'loopin-listener' and pid <> pg_backend_pid()")
echo "  clients of PgBouncer: $clients; server connections: $servers (pool of 6)"
[ "$servers" -le 6 ] || fail "PgBouncer holds more server connections than its pool"

random_mobile() { # prefix → a new Indian mobile number
    printf '%s%04d%04d' "$1" $((RANDOM % 10000)) $((RANDOM % 10000))
}
sign_in() { # port → access token
    local number code
    number=$(random_mobile +9196)
    curl -sf -H 'Content-Type: application/json' -d "{\"phone_number\":\"$number\"}" \
        "http://127.0.0.1:$1/api/auth/signup" > /dev/null || fail "sign-up on :$1"
    for _ in $(seq 1 50); do
        code=$(cat "$WORK/a.log" "$WORK/b.log" | grep -oP "\\$number: Your Loopin verification code is: \K\d+" \
            | tail -n 1 || true)
        [ -n "$code" ] && break
        sleep 0.1
    done
    curl -sf -H 'Content-Type: application/json' -d "{\"phone_number\":\"$number\",\"otp_code\":\"$code\"}" \
        "http://127.0.0.1:$1/api/auth/verify-otp" | jq -r .token
}
profile_status() { # port token
    curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $2" "http://127.0.0.1:$1/api/auth/profile"
}
logout_honoured_within() { # label [kill-listeners]
    local token elapsed status
    token=$(sign_in "$A_PORT")
    [ -n "$token" ] && [ "$token" != null ] || fail "no token from a"
    status=$(profile_status "$B_PORT" "$token")
    [ "$status" = 200 ] || fail "a token from a is refused by b ($status)"
    if [ "${2:-}" = kill-listeners ]; then # the notification of this logout is lost: b's catch-up must find it
        psql -d postgres -c "select count(pg_terminate_backend(pid)) from pg_stat_activity
                             where application_name = 'loopin-listener'" > /dev/null
    fi
    curl -sf -X POST -H "Authorization: Bearer $token" "http://127.0.0.1:$A_PORT/api/auth/logout" > /dev/null
    elapsed=$(python3 - "$B_PORT" "$token" "$(date +%s.%N)" <<'EOF'
import sys, time, urllib.request, urllib.error
port, token, logged_out = sys.argv[1], sys.argv[2], float(sys.argv[3])
while time.time() - logged_out < 5:
    request = urllib.request.Request(f"http://127.0.0.1:{port}/api/auth/profile",
                                     headers={"Authorization": f"Bearer {token}"})
    try:
        urllib.request.urlopen(request, timeout=5)
    except urllib.error.HTTPError as e:
        if e.code == 401:
            break
    time.sleep(0.02)
print(f"{time.time() - logged_out:.3f}")
EOF
)
    echo "  $1: b refused the token ${elapsed} s after the logout on a"
    python3 -c "import sys; sys.exit(0 if float('$elapsed') <= 1.0 else 1)" || fail "$1: not within 1 s"
}
logout_honoured_within "with notifications"
logout_honoured_within "listening connections killed just before" kill-listeners
logout_honoured_within "listening connections reopened"
listeners=$(psql -d $DB -c "select count(*) from pg_stat_activity where application_name = 'loopin-listener'")
[ "$listeners" = 2 ] || fail "the listening connections were not reopened ($listeners)"

echo "== per-address limits through the balancer (RATE_LIMIT_OTP_PER_IP=10)"
statuses=""
for i in $(seq 1 12); do
    number=$(random_mobile +9195)
    statuses+=" $(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 \
        -H "X-Forwarded-For: 10.$((RANDOM % 250)).$((RANDOM % 250)).$i" -H 'Content-Type: application/json' \
        -d "{\"phone_number\":\"$number\"}" "http://127.0.0.1:$LB_PORT/api/auth/signup")"
done
echo "  12 code requests from 127.0.0.2, each with another forged X-Forwarded-For:$statuses"
[ "$(echo "$statuses" | tr ' ' '\n' | grep -c '^429$')" = 2 ] \
    || fail "the limit did not see the client's own address"
other=$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.3 -H 'Content-Type: application/json' \
    -d "{\"phone_number\":\"$(random_mobile +9195)\"}" \
    "http://127.0.0.1:$LB_PORT/api/auth/signup")
echo "  then one from 127.0.0.3: $other"
[ "$other" = 200 ] || fail "another client was limited with the first"

echo "== the staff console through the balancer"
jar="$WORK/console.cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$LB_PORT/admin/login" | grep -oP 'name="_csrf" value="\K[^"]+')
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=topology-admin" \
    --data-urlencode "password=topology-check-password-0123" --data-urlencode "_csrf=$csrf" \
    "http://127.0.0.1:$LB_PORT/admin/login"
pages=""
for _ in $(seq 1 6); do
    pages+=" $(curl -s -o /dev/null -w '%{http_code}' -b "$jar" "http://127.0.0.1:$LB_PORT/admin/")"
done
echo "  six console pages after signing in:$pages"
[ "$pages" = " 200 200 200 200 200 200" ] || fail "the console lost its sign-in between instances"

kill "$A" "$B"
wait "$A" "$B" 2>/dev/null || true
A="" B=""
psql -d postgres -c "drop database if exists $DB with (force)"
echo "TOPOLOGY CHECK OK"
