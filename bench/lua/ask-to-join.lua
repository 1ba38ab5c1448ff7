-- POST /api/events/{id}/requests: users with complete profiles ($BENCH_SESSIONS) ask to join open events
-- ($BENCH_OPEN_EVENTS), every pair of user and event at most once (one live request per person and event).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local users, events, n = nil, {}, 0
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  users = my_lines(os.getenv("BENCH_SESSIONS"))
  for line in io.lines(os.getenv("BENCH_OPEN_EVENTS")) do table.insert(events, line) end
end
function request()
  n = n + 1
  local line = users[(n - 1) % math.max(1, #users) + 1] or "x x x"
  local access = line:match("%S+ (%S+) %S+")
  local event = events[math.floor((n - 1) / math.max(1, #users)) % #events + 1]
  return wrk.format("POST", "/api/events/" .. event .. "/requests",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. access,
     ["X-Forwarded-For"] = client_address()}, '{"seats":1,"message":"From the bench"}')
end
