-- POST /api/payments/webhook: Razorpay's signed webhooks for the bench's orders ($BENCH_WEBHOOKS: lines
-- "event_id<TAB>signature<TAB>body" from bench/payments-webhooks.py), each sent once.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local work, n = nil, 0
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  work = my_lines(os.getenv("BENCH_WEBHOOKS"))
end
function request()
  n = n + 1
  local id, signature, body = (work[(n - 1) % math.max(1, #work) + 1] or "x\tx\t{}"):match("([^\t]+)\t([^\t]+)\t(.*)")
  return wrk.format("POST", "/api/payments/webhook",
    {["Content-Type"] = "application/json", ["X-Razorpay-Signature"] = signature, ["X-Razorpay-Event-Id"] = id},
    body)
end
