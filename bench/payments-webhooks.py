"""Razorpay's webhooks for the bench's orders, signed as Razorpay signs them: for each order, payment.authorized,
payment.captured and order.paid, each with an event id of its own (what the gateway sends for one payment).

    python3 bench/payments-webhooks.py ORDERS WEBHOOK_SECRET OUT
ORDERS: lines "gateway_order_id amount_paise". OUT: lines "event_id<TAB>signature<TAB>body", in the order sent.
"""
import hashlib
import hmac
import json
import sys

orders, secret, out = sys.argv[1], sys.argv[2].encode(), sys.argv[3]
with open(orders) as source, open(out, "w") as target:
    for n, line in enumerate(source):
        order_id, amount = line.split()
        payment = {"id": f"pay_bench{n:09d}", "entity": "payment", "amount": int(amount), "currency": "INR",
                   "order_id": order_id, "method": "upi", "created_at": 1765000000}
        events = [("payment.authorized", {"payment": {"entity": dict(payment, status="authorized", captured=False)}}),
                  ("payment.captured", {"payment": {"entity": dict(payment, status="captured", captured=True)}}),
                  ("order.paid", {"payment": {"entity": dict(payment, status="captured", captured=True)},
                                  "order": {"entity": {"id": order_id, "entity": "order", "amount": int(amount),
                                                       "amount_paid": int(amount), "status": "paid"}}})]
        for kind, payload in events:
            body = json.dumps({"entity": "event", "account_id": "acc_bench", "event": kind,
                               "contains": list(payload), "payload": payload, "created_at": 1765000000},
                              separators=(",", ":"))
            signature = hmac.new(secret, body.encode(), hashlib.sha256).hexdigest()
            target.write(f"evt_{kind}_{n:09d}\t{signature}\t{body}\n")
