-- Plain GETs (headers such as Authorization come from wrk's -H).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
