"""Sign-ups and verifications from several clients for a while, recording what the server accepted.

Writes to WORK: `signed-up` (numbers answered 200), `verified` (numbers whose verification answered 200),
`pending` ("number code" kept unverified, --keep-pending of them), `statuses.json` (answers counted by
path, status and whether the answer came after --mark-after seconds) and `answers.json` (every answer's path,
status and time, seconds since the epoch). Codes are read from the logs of the development SMS channel. Used by
crash-restart.sh and topology-check.sh.
"""
import argparse, http.client, json, random, re, threading, time

parser = argparse.ArgumentParser()
parser.add_argument("--port", type=int, required=True)
parser.add_argument("--work", required=True)
parser.add_argument("--logs", nargs="+", required=True)
parser.add_argument("--seconds", type=float, default=8)
parser.add_argument("--workers", type=int, default=6)
parser.add_argument("--prefix", default="+9198")
parser.add_argument("--keep-pending", type=float, default=0)
parser.add_argument("--mark-after", type=float, default=4)
parser.add_argument("--many-addresses", action="store_true",
                    help="each request from another loopback address, so that per-address limits stay out of it")
args = parser.parse_args()

start = time.time()
lock = threading.Lock()
statuses = {}
answers = []


def post(path, body, rnd):
    source = (f"127.0.{rnd.randint(1, 250)}.{rnd.randint(1, 250)}", 0) if args.many_addresses else None
    connection = http.client.HTTPConnection("127.0.0.1", args.port, timeout=10, source_address=source)
    try:
        connection.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
        status = connection.getresponse().status
    except Exception:
        status = "refused"  # the server is gone
    finally:
        connection.close()
    with lock:
        now = time.time()
        key = (path, str(status), now - start > args.mark_after)
        statuses[key] = statuses.get(key, 0) + 1
        answers.append([path, str(status), now])
    return status


def code_for(number):
    pattern = re.escape(number) + r": Your Loopin verification code is: (\d+)"
    for _ in range(100):
        for name in args.logs:
            with open(name, errors="replace") as log:
                found = re.findall(pattern, log.read())
            if found:
                return found[-1]
        time.sleep(0.05)
    return None


def record(name, line):
    with lock, open(f"{args.work}/{name}", "a") as out:
        out.write(line + "\n")


def worker(seed):
    rnd = random.Random(seed)
    while time.time() < start + args.seconds:
        number = args.prefix + "".join(rnd.choice("0123456789") for _ in range(13 - len(args.prefix)))
        if post("/api/auth/signup", {"phone_number": number}, rnd) != 200:
            time.sleep(0.05)
            continue
        record("signed-up", number)
        code = code_for(number)
        if code and rnd.random() < args.keep_pending:
            record("pending", number + " " + code)  # verified later by the caller
        elif code and post("/api/auth/verify-otp", {"phone_number": number, "otp_code": code}, rnd) == 200:
            record("verified", number)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(args.workers)]
[t.start() for t in threads]
[t.join() for t in threads]
with open(f"{args.work}/statuses.json", "w") as out:
    json.dump([[path, status, after, count] for (path, status, after), count in statuses.items()], out)
with open(f"{args.work}/answers.json", "w") as out:
    json.dump(answers, out)
