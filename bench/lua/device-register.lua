-- POST /api/me/devices: the people of $BENCH_SESSIONS (lines "phone token") register phones, a new token each
-- time (each keeps their 10 newest), as apps do after sign-in and on each token refresh.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local sessions, n = nil, 0
function init(args)
  NTHREADS = 2
  sessions = my_lines(os.getenv("BENCH_SESSIONS"))
end
function request()
  n = n + 1
  local token = (sessions[(n - 1) % math.max(1, #sessions) + 1] or "x x"):match("%S+ (%S+)")
  local body = string.format('{"token":"bench-%d-%d-%d","platform":"android","app_version":"2.4.0","language":"en-IN"}',
    tid, n, os.time())
  return wrk.format("POST", "/api/me/devices",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json",
     ["X-Forwarded-For"] = client_address()}, body)
end
