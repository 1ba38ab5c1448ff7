-- POST /api/payments/{order_id}/confirm: the app's confirmation after the checkout ($BENCH_CONFIRMS: lines
-- "access_token order_id payment_id signature" from bench/payments-confirms.py), each order confirmed once.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local work, n = nil, 0
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  work = my_lines(os.getenv("BENCH_CONFIRMS"))
end
function request()
  n = n + 1
  local access, order, payment, signature = (work[(n - 1) % math.max(1, #work) + 1] or "x x x x")
      :match("(%S+) (%S+) (%S+) (%S+)")
  return wrk.format("POST", "/api/payments/" .. order .. "/confirm",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. access,
     ["X-Forwarded-For"] = client_address()},
    '{"payment_id":"' .. payment .. '","signature":"' .. signature .. '"}')
end
