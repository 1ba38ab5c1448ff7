-- GET /api/events by an interest and a city, both drawn at random (cities from bench/cities.csv).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local cities = {}
function init(args)
  for line in io.lines(os.getenv("BENCH_LUA") .. "/../cities.csv") do
    table.insert(cities, (line:match("([^,]+),")))
  end
  math.randomseed(tid * 7919)
end
function request()
  local path = string.format("/api/events?interests=%d&city=%s&limit=20", math.random(1, 10), cities[math.random(#cities)])
  return wrk.format("GET", path, {["X-Forwarded-For"] = client_address()})
end
