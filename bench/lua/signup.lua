-- POST /api/auth/signup with a number never used before: "+91" .. run prefix .. thread .. "00" .. 5 digits spread
-- from a counter (100,000 numbers per thread and run), each request from an address of its own.
-- wrk ... -s signup.lua <url> -- <two-digit prefix, e.g. 98>
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local counter = 0
function init(args)
  prefix = args[1] or "98"
end
function request()
  counter = counter + 1
  -- never the same number twice, and spread like real sign-ups: consecutive numbers would share the
  -- per-prefix (all but the last three digits) counter row, a row real traffic does not share. The first five
  -- digits stay fixed: libphonenumber knows them as a mobile range.
  local spread = (counter * 76543) % 100000
  local number = string.format("+91%s%d00%05d", prefix, tid, spread)
  return wrk.format("POST", "/api/auth/signup",
    {["Content-Type"] = "application/json", ["X-Forwarded-For"] = client_address()},
    '{"phone_number":"' .. number .. '"}')
end
