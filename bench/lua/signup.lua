-- POST /api/auth/signup with a number never used before: "+91" .. run prefix .. thread .. counter.
-- wrk ... -s signup.lua <url> -- <two-digit prefix, e.g. 98>
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local counter = 0
function init(args)
  prefix = args[1] or "98"
end
function request()
  counter = counter + 1
  local number = string.format("+91%s%d%07d", prefix, tid, counter)
  return wrk.format("POST", "/api/auth/signup", {["Content-Type"] = "application/json"},
    '{"phone_number":"' .. number .. '"}')
end
