-- POST /api/auth/resend {phone_number, channel: sms}: numbers with an unused code, drawn from $BENCH_NUMBERS (one
-- per line); the bench runs with no resend cooldown, so each request replaces the number's code with a new one.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
local numbers = {}
function init(args)
  for line in io.lines(os.getenv("BENCH_NUMBERS")) do table.insert(numbers, line) end
  math.randomseed(tid * 17)
end
function request()
  return wrk.format("POST", "/api/auth/resend",
    {["Content-Type"] = "application/json", ["X-Forwarded-For"] = client_address()},
    '{"phone_number":"' .. numbers[math.random(#numbers)] .. '","channel":"sms"}')
end
