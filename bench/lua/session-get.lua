-- GET on a person's own path ($1, e.g. /api/me/notifications or /api/me/earnings), cycling through the people of
-- $BENCH_SESSIONS (lines "phone token ...").
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local sessions, n, path = nil, 0, ""
function init(args)
  NTHREADS = 2
  path = args[1] or "/api/me/notifications"
  sessions = my_lines(os.getenv("BENCH_SESSIONS"))
end
function request()
  n = n + 1
  local token = (sessions[(n - 1) % math.max(1, #sessions) + 1] or "x x"):match("%S+ (%S+)")
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token, ["X-Forwarded-For"] = client_address()})
end
