-- POST /api/events by users with complete profiles (round robin over $BENCH_SESSIONS), published at once.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local users, n = nil, 0
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  users = my_lines(os.getenv("BENCH_SESSIONS"))
end
function request()
  n = n + 1
  local line = users[(n - 1) % math.max(1, #users) + 1] or "x x x"
  local access = line:match("%S+ (%S+) %S+")
  local day = os.date("!%Y-%m-%d", os.time() + 86400 * (1 + n % 30))
  local body = '{"title":"Bench meetup ' .. n .. '","description":"Made by the bench.","interests":[' .. (1 + n % 10) ..
    '],"starts_at":"' .. day .. 'T18:30:00+05:30","ends_at":"' .. day .. 'T21:00:00+05:30",' ..
    '"venue":{"name":"A cafe","area":"Indiranagar","city":"Bengaluru","latitude":12.9784,"longitude":77.6408},' ..
    '"capacity":30,"publish":true}'
  return wrk.format("POST", "/api/events",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. access,
     ["X-Forwarded-For"] = client_address()}, body)
end
