-- GET /api/auth/deliveries/{id}, ids drawn from $BENCH_DELIVERY_IDS (one per line).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local ids = {}
function init(args)
  for line in io.lines(os.getenv("BENCH_DELIVERY_IDS")) do table.insert(ids, line) end
  math.randomseed(tid * 37)
end
function request()
  return wrk.format("GET", "/api/auth/deliveries/" .. ids[math.random(#ids)], {["X-Forwarded-For"] = client_address()})
end
