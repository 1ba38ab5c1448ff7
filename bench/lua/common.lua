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
