"""People for crash-notifications.sh, through the API as apps make them.

`setup`: a host with a phone registered for pushes and quiet hours off, an open event, and guests with complete
profiles; writes WORK/host (token), WORK/event (id) and WORK/guests (tokens). `ask`: each guest asks to join, one
after another; writes WORK/asked (the request ids answered 201). `check`: the host's request_received items in the
database against the pushes FCM's stand-in received: each item once in the inbox, each pushed at least once.
"""
import datetime, http.client, json, re, subprocess, sys, time

command, port, work = sys.argv[1], int(sys.argv[2]), sys.argv[3]


def call(method, path, body=None, token=None, expect=(200, 201)):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    connection.request(method, path, None if body is None else json.dumps(body), headers)
    response = connection.getresponse()
    text = response.read().decode()
    connection.close()
    if response.status not in expect:
        raise SystemExit(f"{method} {path} answered {response.status}: {text}")
    return json.loads(text) if text.startswith(("{", "[")) else text


def person(number):
    call("POST", "/api/auth/signup", {"phone_number": number})
    code = None
    for _ in range(50):
        inbox = call("GET", "/api/dev/sms?to=" + number.replace("+", "%2B"))
        if inbox:
            code = re.search(r"\b(\d{4,8})\b", inbox[0]["body"]).group(1)
            break
        time.sleep(0.1)
    token = call("POST", "/api/auth/verify-otp", {"phone_number": number, "otp_code": code})["token"]
    call("POST", "/api/auth/complete-profile", {
        "name": "Crash Tester", "birth_date": "1995-01-01", "gender": "female",
        "event_interests": [1], "profile_pictures": ["https://example.com/p.jpg"]}, token)
    return token


def psql(database, sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-qAtX", "-d", database, "-c", sql],
                          check=True, capture_output=True, text=True).stdout.split()


if command == "setup":
    guests = int(sys.argv[4])
    host = person("+919900000001")
    call("PUT", "/api/me/notification-settings", {"quiet_hours": None}, host)
    call("POST", "/api/me/devices", {"token": "crash-phone", "platform": "android", "language": "en-IN"}, host)
    start = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=3)
    event = call("POST", "/api/events", {
        "title": "Crash test evening", "interests": [1], "starts_at": start.isoformat(),
        "ends_at": (start + datetime.timedelta(hours=3)).isoformat(),
        "venue": {"name": "Hall", "city": "Pune", "latitude": 18.52, "longitude": 73.85},
        "admission": "open", "capacity": 100, "publish": True}, host)["data"]["id"]
    tokens = [person("+9199000%05d" % (100 + i)) for i in range(guests)]
    open(f"{work}/host", "w").write(host)
    open(f"{work}/event", "w").write(event)
    open(f"{work}/guests", "w").write("\n".join(tokens) + "\n")
elif command == "ask":
    event = open(f"{work}/event").read().strip()
    with open(f"{work}/asked", "w") as asked:
        for token in open(f"{work}/guests").read().split():
            answer = call("POST", f"/api/events/{event}/requests", {"seats": 1}, token)
            asked.write(answer["data"]["id"] + "\n")
            asked.flush()
elif command == "check":
    database, fcm = sys.argv[4], int(sys.argv[5])
    asked = open(f"{work}/asked").read().split()
    deadline = time.time() + 90
    while True:
        items = psql(database, "select id from notification where kind = 'request_received'")
        connection = http.client.HTTPConnection("127.0.0.1", fcm, timeout=10)
        connection.request("GET", "/__admin/requests?limit=10000")
        journal = json.loads(connection.getresponse().read())["requests"]
        pushes = [json.loads(entry["request"]["body"])["message"]["data"]["id"] for entry in journal
                  if entry["request"]["url"].endswith("messages:send")]
        unfinished = int(psql(database, "select count(*) from notification_outbox")[0])
        if (len(items) >= len(asked) and all(item in pushes for item in items) and unfinished == 0) \
                or time.time() > deadline:
            break
        time.sleep(1)
    keys = psql(database, "select count(distinct dedupe_key) from notification where kind = 'request_received'")
    missing = [item for item in items if item not in pushes]
    twice = len(pushes) - len(set(pushes))
    print(f"{len(asked)} requests answered 201; {len(items)} inbox items ({keys[0]} distinct); "
          f"{len(set(pushes))} items pushed, {twice} pushed again (at least once is the promise); "
          f"{len(missing)} never pushed; {unfinished} outbox rows left")
    sys.exit(0 if len(items) == len(asked) and not missing and unfinished == 0 else 1)
