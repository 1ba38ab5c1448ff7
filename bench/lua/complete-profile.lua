-- POST /api/auth/complete-profile for users who just verified (round robin over $BENCH_SESSIONS).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local users, n = nil, 0
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  users = my_lines(os.getenv("BENCH_SESSIONS"))
end
function request()
  n = n + 1
  local line = users[(n - 1) % math.max(1, #users) + 1] or "x x x"
  local phone, access = line:match("(%S+) (%S+) %S+")
  local body = '{"phone_number":"' .. phone .. '","name":"Bench User","birth_date":"1995-01-01",' ..
    '"gender":"male","event_interests":[1,2,3],' ..
    '"profile_pictures":["https://example.com/a.jpg","https://example.com/b.jpg"]}'
  return wrk.format("POST", "/api/auth/complete-profile",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. access}, body)
end
