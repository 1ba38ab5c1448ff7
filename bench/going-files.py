"""Writes the host's work for bench/run.sh from going-seed.sql's rows: accept lines "token event request",
check-in lines "token event code" (codes signed as TicketCodes signs them, under the bench's TICKET_KEYS), and the
list line "token event"."""
import base64
import hashlib
import hmac
import sys

sessions, rows, key_spec, out = sys.argv[1:5]
version, key = key_spec.split(":", 1)
key = base64.b64decode(key)
token_of = {}
for line in open(sessions):
    phone, access = line.split()[:2]
    token_of[phone] = access


def code(ticket_id):
    mac = hmac.new(key, ("loopin-ticket:" + ticket_id).encode(), hashlib.sha256).digest()[:12]
    return f"{ticket_id}.{version}.{base64.urlsafe_b64encode(mac).decode().rstrip('=')}"


with open(out + "/accepts.txt", "w") as accepts, open(out + "/check-ins.txt", "w") as doors, \
        open(out + "/request-list.txt", "w") as lists:
    for line in open(rows):
        kind, phone, event, item = line.rstrip("\n").split("|")
        token = token_of[phone]
        if kind == "accept":
            accepts.write(f"{token} {event} {item}\n")
        elif kind == "door":
            doors.write(f"{token} {event} {code(item)}\n")
        else:
            lists.write(f"{token} {event}\n")
