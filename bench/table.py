"""Prints bench/run.sh's results as the markdown table kept in docs/performance.md (median of the runs)."""
import pathlib
import re
import statistics
import sys

out, pgb_select, pgb_update, rss_mb, first_answer = sys.argv[1:6]
pgb_select, pgb_update = float(pgb_select or 0), float(pgb_update or 0)
ORDER = ["GET /api/", "GET /api/health", "GET /api/auth/event-interests", "GET /api/auth/profile",
         "POST /api/auth/signup", "POST /api/auth/verify-otp", "POST /api/auth/refresh",
         "POST /api/auth/complete-profile", "POST /api/auth/resend", "GET /api/auth/deliveries/{id}",
         "GET /api/auth/profile (1M users)", "GET /api/events (interest, city)",
         "GET /api/events (near, 10 km)", "GET /api/events/{id}", "GET /api/events (interest, city, 4 conn.)",
         "GET /api/events (near, 10 km, 4 conn.)", "GET /api/events/{id} (4 conn.)", "POST /api/events",
         "POST /api/events/{id}/requests", "POST /api/events/{id}/requests (paid)", "POST /api/payments/{order_id}/confirm",
         "POST /api/payments/webhook", "GET /api/me/payments", "GET /api/me/payments/{id}/receipt",
         "GET /api/me/earnings", "GET /api/me/payout-account", "PUT /api/me/payout-account",
         "POST /api/events/{id}/requests/{r}/accept",
         "POST /api/events/{id}/check-ins", "GET /api/events/{id}/requests (5,000)",
         "GET /api/events/{id}/requests (5,000, 4 conn.)", "GET /api/me/notifications",
         "GET /api/me/notifications/unread-count", "POST /api/me/devices"]
# the events issue's goals: each path's throughput over a reference path's, measured in the same run
GOALS = [("GET /api/events (interest, city)", "GET /api/auth/profile (1M users)", 0.5),
         ("GET /api/events (near, 10 km)", "GET /api/auth/profile (1M users)", 0.3),
         ("GET /api/events/{id}", "GET /api/auth/profile (1M users)", 0.6),
         ("POST /api/events", "POST /api/auth/signup", 0.5),
         ("POST /api/events/{id}/requests", "POST /api/auth/signup", 0.5),
         ("POST /api/events/{id}/requests/{r}/accept", "POST /api/auth/signup", 0.5),
         ("POST /api/events/{id}/check-ins", "POST /api/auth/signup", 0.5),
         ("POST /api/events/{id}/requests (paid)", "POST /api/auth/signup", 0.3),
         ("POST /api/payments/webhook", "POST /api/auth/signup", 0.5)]
# the events issue's latency goal (p99 ≤ 50 ms), read where two cores keep up (4 connections): at 32 a request's p99
# is mostly its wait in the queue, about eight times its mean on every path
AT_FOUR = {"GET /api/events (interest, city)": "GET /api/events (interest, city, 4 conn.)",
           "GET /api/events (near, 10 km)": "GET /api/events (near, 10 km, 4 conn.)",
           "GET /api/events/{id}": "GET /api/events/{id} (4 conn.)"}
# the going issue's goal in milliseconds: the host's list of an event with 5,000 requests
LIST = "GET /api/events/{id}/requests (5,000, 4 conn.)"

print("| endpoint | req/s | p50 ms | p99 ms | errors | PG transactions / request | ÷ pgbench select-only | "
      "÷ pgbench simple-update |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for name in ORDER:
    path = pathlib.Path(out) / ("results." + re.sub(r"[^a-zA-Z0-9]", "_", name))
    if not path.exists():
        continue
    runs = [dict(re.findall(r"(\w+)=([\d.]+)", line)) for line in path.read_text().splitlines()]
    median = lambda key: statistics.median(float(run[key]) for run in runs)
    rps = median("rps")
    per_request = median("transactions") / max(1.0, median("requests"))
    errors = int(median("errors")) + int(median("non2xx"))
    print(f"| {name} | {rps:,.0f} | {median('p50_ms'):.2f} | {median('p99_ms'):.2f} | {errors} | "
          f"{per_request:.2f} | {rps / pgb_select if pgb_select else 0:.2f} | "
          f"{rps / pgb_update if pgb_update else 0:.2f} |")
medians = {}
for name in ORDER:
    path = pathlib.Path(out) / ("results." + re.sub(r"[^a-zA-Z0-9]", "_", name))
    if path.exists():
        runs = [dict(re.findall(r"(\w+)=([\d.]+)", line)) for line in path.read_text().splitlines()]
        medians[name] = (statistics.median(float(run["rps"]) for run in runs),
                         statistics.median(float(run["p99_ms"]) for run in runs))
if all(path in medians and reference in medians for path, reference, _ in GOALS):
    print()
    print("| path | ÷ reference | ratio | goal | p99 ms, 32 conn. | p99 ms, 4 conn. (goal ≤ 50) |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for path, reference, goal in GOALS:
        ratio = medians[path][0] / medians[reference][0]
        four = f"{medians[AT_FOUR[path]][1]:.1f}" if AT_FOUR.get(path) in medians else "—"
        print(f"| {path} | {reference} | {ratio:.2f} | ≥ {goal} | {medians[path][1]:.1f} | {four} |")
if LIST in medians:
    print()
    print(f"{LIST}: p99 {medians[LIST][1]:.1f} ms (goal ≤ 50)")
print()
print(f"pgbench select-only: {pgb_select:,.0f} tps; simple-update: {pgb_update:,.0f} tps")
print(f"RSS after the load: {rss_mb} MB; first answer after start: {first_answer} s")
for name in ("oversold.txt", "paid-seats.txt", "outbox.txt"):
    fact = pathlib.Path(out) / name
    if fact.exists():
        print(fact.read_text().strip())
oversold = pathlib.Path(out) / "none"
if oversold.exists():
    print(oversold.read_text().strip())
console = pathlib.Path(out) / "console.md"
if console.exists():
    print()
    print(console.read_text().rstrip())
processing = pathlib.Path(out) / "webhook-processing.txt"
if processing.exists():
    print()
    print(processing.read_text().strip())
