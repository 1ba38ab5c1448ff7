# The service's environment under load, and the wait for a started process to answer, sourced by bench/run.sh and
# bench/ab.sh: set DB, PORT and STUB_PORT first.
# The load asks for far more codes than it verifies, which is what pumping looks like: the detector would pause the
# bench's prefixes (counting and the throttle check, the per-request part, stay on). Sign-ups and verifications come
# from many client addresses (X-Forwarded-For, trusted from 127.0.0.1 as from a balancer). REMINDER_INTERVAL: the
# reminder job is held: its first pass after the going seed (641 events entering their 2-hour window at once, over
# 60,000 inbox items) ran in the middle of the going section and halved every path measured there.
# The door's codes are signed under TICKET_KEYS; bench/going-files.py signs the seeded tickets' codes with it.
TICKET_KEYS=${TICKET_KEYS:-1:$(head -c 32 /dev/urandom | base64 -w0)}
export DATABASE_URL="postgresql://postgres:@127.0.0.1:5432/$DB" PORT TICKET_KEYS \
    JWT_SECRET_KEY=bench-secret-key-that-is-long-enough-0123456789abcdef \
    OTP_RESEND_COOLDOWN_SECONDS=0 OTP_MAX_PER_NUMBER_10_MIN=1000 OTP_MAX_PER_NUMBER_DAY=1000 \
    RATE_LIMIT_OTP_PER_IP=100000000 RATE_LIMIT_VERIFY_PER_IP=100000000 SMS_BUDGET_PER_HOUR=100000000 \
    SMS_BUDGET_PER_DAY=100000000 SMS_MAX_PER_PREFIX_PER_HOUR=100000000 OTP_FAILURE_BUDGET=1000000 \
    SMS_PROVIDER=console LOG_FORMAT= ADMIN_USERNAME=bench ADMIN_PASSWORD=bench-staff-password-123 \
    PUMPING_DETECTION_ENABLED=false TRUSTED_PROXIES=127.0.0.1 \
    CLIENT_MAX_CONCURRENT_REQUESTS=100000 CLIENT_REQUESTS_PER_SECOND=100000000 CLIENT_REQUEST_BURST=100000000 \
    RATE_LIMIT_REFRESH_PER_IP=100000000 EVENT_CREATES_PER_HOUR=100000000 EVENT_CREATES_PER_DAY=100000000 \
    EVENT_REQUESTS_PER_HOUR=100000000 EVENT_REQUESTS_PER_DAY=100000000 \
    SAMPLE_EVENTS=false REMINDER_INTERVAL=24h \
    RAZORPAY_KEY_ID=rzp_test_bench RAZORPAY_KEY_SECRET=bench-razorpay-key-secret \
    RAZORPAY_WEBHOOK_SECRET=bench-razorpay-webhook-secret RAZORPAY_BASE_URL=http://127.0.0.1:$STUB_PORT \
    PAYMENT_HOLD_MINUTES=600
# the Dockerfile's JVM flags (read from its ENTRYPOINT, without the AOT cache and the logging ones), in a 512 MB
# container (MaxRAM stands for the container's limit); JVM_OPTS replaces them
if [ -n "${JVM_OPTS:-}" ]; then
    read -r -a JVM_OPTS <<< "$JVM_OPTS"
else
    mapfile -t JVM_OPTS < <(python3 scripts/image-jvm-flags.py --bare)
    JVM_OPTS=(-XX:MaxRAM=512m "${JVM_OPTS[@]}")
fi

# await_answer PID URL LOG: returns once URL answers 2xx; if the process PID ends first, shows its log's end and exits
await_answer() {
    until curl -sf -o /dev/null "$2"; do
        kill -0 "$1" 2> /dev/null || { tail -n 30 "$3"; exit 1; }
        sleep 0.02
    done
}
