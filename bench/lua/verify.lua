-- POST /api/auth/verify-otp with a fresh (number, code) pair per request, read from $BENCH_CODES ("number code"
-- lines); each session's tokens are appended to $BENCH_OUT.<thread> as "phone access refresh".
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local pairs_, n = nil, 0
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  pairs_ = my_lines(os.getenv("BENCH_CODES"))
  out = io.open(os.getenv("BENCH_OUT") .. "." .. tid, "a")
end
function request()
  n = n + 1
  local line = pairs_[n]
  if not line then line = "+910000000000 0000" end
  local number, code = line:match("(%S+) (%S+)")
  return wrk.format("POST", "/api/auth/verify-otp",
    {["Content-Type"] = "application/json", ["X-Forwarded-For"] = client_address()},
    '{"phone_number":"' .. number .. '","otp_code":"' .. code .. '"}')
end
function response(status, headers, body)
  if status == 200 then
    local phone = body:match('"phone_number":"([^"]+)"')
    local access = body:match('"token":"([^"]+)"')
    local refresh = body:match('"refresh_token":"([^"]+)"')
    if phone and access and refresh then out:write(phone, " ", access, " ", refresh, "\n") end
  end
end
