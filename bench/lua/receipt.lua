-- GET /api/me/payments/{id}/receipt: a guest's receipt for a paid order ($BENCH_RECEIPTS: lines "access_token id").
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local work, n = nil, 0
function init(args)
  NTHREADS = 2
  work = my_lines(os.getenv("BENCH_RECEIPTS"))
end
function request()
  n = n + 1
  local access, id = (work[(n - 1) % math.max(1, #work) + 1] or "x x"):match("(%S+) (%S+)")
  return wrk.format("GET", "/api/me/payments/" .. id .. "/receipt",
    {["Authorization"] = "Bearer " .. access, ["X-Forwarded-For"] = client_address()})
end
