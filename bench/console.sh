#!/usr/bin/env bash
# The console with 1 000 000 leads: seeds them into the bench database, signs in as the bench's staff account,
# and times the dashboard, the leads page, a search by digits and the CSV export of every lead (its rows and the
# server's memory growth). Called by bench/run.sh (which starts the server); writes $OUT/console.md.
#
#   bench/console.sh URL DATABASE OUT_DIR SERVER_PID
set -euo pipefail
URL=$1 DB=$2 OUT=$3 APP=$4
LEADS=${CONSOLE_LEADS:-1000000}
psql() { command psql -h 127.0.0.1 -U postgres -qAtX "$@"; }

echo "== the console with $LEADS leads"
psql -d "$DB" <<SQL
insert into phone_lead (phone_number, first_requested_at, last_requested_at, codes_sent, failed_attempts,
                        is_verified, verified_at, verified_by, is_test, created_at, updated_at)
select '+9170' || lpad(g::text, 8, '0'),
       now() - (g % 43200) * interval '1 minute', now() - (g % 43200) * interval '1 minute', 1 + g % 3, g % 2,
       g % 3 = 0, case when g % 3 = 0 then now() - (g % 43200) * interval '1 minute' end,
       case when g % 3 = 0 then 'otp' end, false, now(), now()
from generate_series(1, $LEADS) g
on conflict do nothing;
analyze phone_lead;
SQL
echo "leads in the database: $(psql -d "$DB" -c 'select count(*) from phone_lead')"

JAR_COOKIES=$OUT/cookies.txt
rm -f "$JAR_COOKIES"
csrf=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$URL/admin/login" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -n 1)
curl -s -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=$ADMIN_USERNAME" \
    --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$URL/admin/login"

# time PATH: the median of 7 loads (after 3 warm-ups), in milliseconds
time_page() {
    local status
    status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" "$URL$1")
    [ "$status" = 200 ] || { echo "$1 answered $status" >&2; echo "error"; return; }
    for _ in 1 2 3; do curl -s -o /dev/null -b "$JAR_COOKIES" "$URL$1"; done
    for _ in 1 2 3 4 5 6 7; do curl -s -o /dev/null -w '%{time_total}\n' -b "$JAR_COOKIES" "$URL$1"; done \
        | sort -n | sed -n 4p | python3 -c "import sys; print(f'{float(sys.stdin.read()) * 1000:.0f}')"
}

dashboard=$(time_page /admin/)
page=$(time_page "/admin/leads")
search=$(time_page "/admin/leads?q=0123456")
deep=$(time_page "/admin/leads?page=500")

export_csrf=$(curl -s -b "$JAR_COOKIES" "$URL/admin/leads" | sed -nE 's/.*name="_csrf" value="([^"]+)".*/\1/p' | head -n 1)
rss_before=$(( $(ps -o rss= -p "$APP") / 1024 ))
peak_file=$OUT/export-peak
echo "$rss_before" > "$peak_file"
( while kill -0 "$APP" 2>/dev/null; do
      now=$(( $(ps -o rss= -p "$APP") / 1024 )); peak=$(cat "$peak_file")
      [ "$now" -gt "$peak" ] && echo "$now" > "$peak_file"; sleep 0.2
  done ) &
WATCH=$!
start=$(date +%s.%N)
curl -s -b "$JAR_COOKIES" --data-urlencode "_csrf=$export_csrf" "$URL/admin/leads/export" -o "$OUT/export.csv"
export_seconds=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
kill $WATCH 2>/dev/null || true
rows=$(( $(wc -l < "$OUT/export.csv") - 1 ))
growth=$(( $(cat "$peak_file") - rss_before ))
rm -f "$OUT/export.csv"

cat > "$OUT/console.md" <<EOF
Console with $(printf "%'d" "$LEADS") leads (median of 7 warm loads):

| page | ms |
| --- | ---: |
| dashboard (/admin/) | $dashboard |
| leads, first page | $page |
| leads, search by digits (q=0123456) | $search |
| leads, page 500 | $deep |

CSV export of every lead: $rows rows in ${export_seconds} s; server RSS $rss_before MB before, +$growth MB at its peak.
EOF
cat "$OUT/console.md"
