-- GET /api/events within 10 km of a point near a city centre (cities from bench/cities.csv), nearest first.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local points = {}
function init(args)
  for line in io.lines(os.getenv("BENCH_LUA") .. "/../cities.csv") do
    local _, lat, lon = line:match("([^,]+),([^,]+),([^,]+)")
    table.insert(points, {tonumber(lat), tonumber(lon)})
  end
  math.randomseed(tid * 104729)
end
function request()
  local p = points[math.random(#points)]
  local path = string.format("/api/events?near=%.4f,%.4f&radius_km=10&order=distance&limit=20",
    p[1] + (math.random() - 0.5) * 0.1, p[2] + (math.random() - 0.5) * 0.1)
  return wrk.format("GET", path, {["X-Forwarded-For"] = client_address()})
end
