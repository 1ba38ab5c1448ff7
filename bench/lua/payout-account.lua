-- PUT /api/me/payout-account: hosts ($BENCH_SESSIONS) give their payout details; the first time makes the gateway's
-- linked account (four calls to bench/razorpay-stand-in), later ones send the details to it again and set the
-- settlement account again (two calls).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local sessions, n = nil, 0
local body = '{"legal_name":"Bench Host","beneficiary_name":"Bench Host","business_type":"individual",'
  .. '"pan":"ABCPR1234K","bank_account_number":"123456789012","ifsc":"HDFC0001234","email":"host@example.com",'
  .. '"phone":"9876543210","address":{"street":"1 Bench Road","city":"Pune","state":"Maharashtra",'
  .. '"postal_code":"411001"},"accept_terms":true}'
function init(args)
  NTHREADS = 2
  sessions = my_lines(os.getenv("BENCH_SESSIONS"))
end
function request()
  n = n + 1
  local token = (sessions[(n - 1) % math.max(1, #sessions) + 1] or "x x"):match("%S+ (%S+)")
  return wrk.format("PUT", "/api/me/payout-account",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token,
     ["X-Forwarded-For"] = client_address()}, body)
end
