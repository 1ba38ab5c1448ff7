-- POST /api/auth/refresh: each refresh token is used once. Tokens come from $BENCH_SESSIONS (third column) and,
-- once those run out, from the answers (each refresh hands out the session's next token).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local tokens, n, fresh = nil, 0, {}
function init(args)
  NTHREADS = tonumber(args[1] or "2")
  tokens = my_lines(os.getenv("BENCH_SESSIONS"))
end
function request()
  local refresh
  n = n + 1
  if tokens[n] then
    refresh = tokens[n]:match("%S+ %S+ (%S+)")
  else
    refresh = table.remove(fresh, 1) or "none"
  end
  return wrk.format("POST", "/api/auth/refresh", {["Content-Type"] = "application/json"},
    '{"refresh_token":"' .. refresh .. '"}')
end
function response(status, headers, body)
  if status == 200 then
    local next_token = body:match('"refresh_token":"([^"]+)"')
    if next_token then table.insert(fresh, next_token) end
  end
end
