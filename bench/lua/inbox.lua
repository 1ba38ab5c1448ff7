-- GET on a person's notification path ($1: the path after /api/me/notifications, e.g. "" or "/unread-count"),
-- cycling through the people of $BENCH_SESSIONS (lines "phone token").
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local sessions, n, path = nil, 0, ""
function init(args)
  NTHREADS = 2
  path = args[1] or ""
  sessions = my_lines(os.getenv("BENCH_SESSIONS"))
end
function request()
  n = n + 1
  local token = (sessions[(n - 1) % math.max(1, #sessions) + 1] or "x x"):match("%S+ (%S+)")
  return wrk.format("GET", "/api/me/notifications" .. path,
    {["Authorization"] = "Bearer " .. token, ["X-Forwarded-For"] = client_address()})
end
