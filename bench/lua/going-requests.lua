-- GET /api/events/{id}/requests: the host reads the first page of an event with 5,000 requests (half of them
-- waitlisted, their places numbered on each read)
-- ($BENCH_REQUEST_LIST: one line "token event").
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local token, event
function init(args)
  for line in io.lines(os.getenv("BENCH_REQUEST_LIST")) do token, event = line:match("(%S+) (%S+)") end
end
function request()
  return wrk.format("GET", "/api/events/" .. event .. "/requests",
    {["Authorization"] = "Bearer " .. token, ["X-Forwarded-For"] = client_address()})
end
