"""The app's confirmations of the bench's orders, as Razorpay's Checkout hands them to the app: a payment id and the
signature over "order_id|payment_id" under the key secret. The payment id carries the order and the amount
(pay_<order's suffix>A<amount>), from which bench/razorpay-stand-in answers the payment read back.

    python3 bench/payments-confirms.py ORDERS SESSIONS KEY_SECRET OUT
ORDERS: lines "gateway_order_id amount_paise phone". SESSIONS: lines "phone access_token refresh_token".
OUT: lines "access_token order_id payment_id signature", one per order whose guest has a session.
"""
import hashlib
import hmac
import sys

orders, sessions, secret, out = sys.argv[1], sys.argv[2], sys.argv[3].encode(), sys.argv[4]
tokens = dict(line.split()[:2] for line in open(sessions) if line.strip())
with open(orders) as source, open(out, "w") as target:
    for line in source:
        order_id, amount, phone = line.split()
        if phone not in tokens:
            continue
        payment_id = f"pay_{order_id.removeprefix('order_')}A{amount}"
        signature = hmac.new(secret, f"{order_id}|{payment_id}".encode(), hashlib.sha256).hexdigest()
        target.write(f"{tokens[phone]} {order_id} {payment_id} {signature}\n")
