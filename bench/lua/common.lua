-- Shared by the bench scripts: each wrk thread gets an id (1, 2, …) from setup(); done() prints one RESULT line.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
local next_id = 0
function setup(thread)
  next_id = next_id + 1
  thread:set("tid", next_id)
end

-- Lines of a file that belong to this thread (every nth line), as a list.
function my_lines(path)
  local mine, i = {}, 0
  local file = io.open(path, "r")
  if not file then return mine end
  for line in file:lines() do
    if i % NTHREADS == (tid - 1) then table.insert(mine, line) end
    i = i + 1
  end
  file:close()
  return mine
end

-- A client address of its own for each request, sent as X-Forwarded-For (the bench runs the server with
-- TRUSTED_PROXIES=127.0.0.1, as behind a balancer): production traffic comes from many addresses, and one
-- address for every request would make that address's rate-limit counter a row every request waits for.
local addresses = 0
function client_address()
  addresses = addresses + 1
  local n = tid * 4194304 + addresses
  return string.format("10.%d.%d.%d", math.floor(n / 65536) % 256, math.floor(n / 256) % 256, n % 256)
end
