-- GET /api/events/{id}, ids drawn from $BENCH_EVENT_IDS (one per line).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local ids = {}
function init(args)
  for line in io.lines(os.getenv("BENCH_EVENT_IDS")) do table.insert(ids, line) end
  math.randomseed(tid * 31)
end
function request()
  return wrk.format("GET", "/api/events/" .. ids[math.random(#ids)], {["X-Forwarded-For"] = client_address()})
end
