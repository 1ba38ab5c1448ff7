#!/usr/bin/env bash
# kill -9 under writes, then a restart on the same database: every sign-up answered 200 has its lead, every
# verification answered 200 its user (with a profile), and codes sent before the crash still verify after it.
# Run by .ci/run after the tests (it needs the packaged jar); on PostgreSQL at 127.0.0.1:5432.
set -euo pipefail
cd "$(dirname "$0")/.."

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
    SMS_MAX_PER_PREFIX_PER_HOUR=1000000
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
python3 - "$PORT" "$WORK" <<'EOF' &
import json, random, re, sys, threading, time, urllib.request
port, work = sys.argv[1], sys.argv[2]
end = time.time() + 8
lock = threading.Lock()

def post(path, body):
    request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", json.dumps(body).encode(),
                                     {"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as e:
        return e.code
    except Exception:
        return None  # the server is gone

def code_for(number):
    for _ in range(50):
        with open(f"{work}/app.log") as log:
            found = re.findall(re.escape(number) + r": Your Loopin verification code is: (\d+)", log.read())
        if found:
            return found[-1]
        time.sleep(0.05)
    return None

def record(name, number):
    with lock, open(f"{work}/{name}", "a") as out:
        out.write(number + "\n")

def worker(seed):
    rnd = random.Random(seed)
    while time.time() < end:
        number = "+9198" + "".join(rnd.choice("0123456789") for _ in range(8))
        if post("/api/auth/signup", {"phone_number": number}) != 200:
            time.sleep(0.05)
            continue
        record("signed-up", number)
        code = code_for(number)
        if rnd.random() < 0.3:
            record("pending", number + " " + code)  # verified only after the restart
            continue
        status = post("/api/auth/verify-otp", {"phone_number": number, "otp_code": code})
        if status == 200:
            record("verified", number)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
[t.start() for t in threads]
[t.join() for t in threads]
EOF
LOAD=$!
sleep 4
kill -9 $APP
echo "killed the server after $(wc -l < "$WORK/signed-up") sign-ups and $(wc -l < "$WORK/verified" 2>/dev/null || echo 0) verifications"
wait $LOAD
start
echo "== restarted on the same database"

lost=0
while read -r number; do
    [ "$(psql -d $DB -c "select count(*) from phone_lead where phone_number = '$number'")" = 1 ] \
        || { echo "LOST LEAD $number"; lost=1; }
done < "$WORK/signed-up"
while read -r number; do
    [ "$(psql -d $DB -c "select count(*) from app_user u join user_profile p on p.user_id = u.id
                         where u.phone_number = '$number'")" = 1 ] || { echo "LOST USER $number"; lost=1; }
done < "$WORK/verified"
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
