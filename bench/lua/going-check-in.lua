-- POST /api/events/{id}/check-ins: hosts scan their guests' codes ($BENCH_CHECK_INS: lines "token event code"),
-- each code once.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local work, n = nil, 0
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  work = my_lines(os.getenv("BENCH_CHECK_INS"))
end
function request()
  n = n + 1
  local token, event, code = (work[(n - 1) % math.max(1, #work) + 1] or "x x x"):match("(%S+) (%S+) (%S+)")
  return wrk.format("POST", "/api/events/" .. event .. "/check-ins",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token,
     ["X-Forwarded-For"] = client_address()}, '{"code":"' .. code .. '"}')
end
