-- POST /api/events/{id}/requests/{request_id}/accept: hosts accept pending requests ($BENCH_ACCEPTS: lines
-- "token event request"), each request once.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local work, n = nil, 0
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  work = my_lines(os.getenv("BENCH_ACCEPTS"))
end
function request()
  n = n + 1
  local token, event, id = (work[(n - 1) % math.max(1, #work) + 1] or "x x x"):match("(%S+) (%S+) (%S+)")
  return wrk.format("POST", "/api/events/" .. event .. "/requests/" .. id .. "/accept",
    {["Authorization"] = "Bearer " .. token, ["X-Forwarded-For"] = client_address()})
end
