-- wrk script of the benchmark's REST saturation phase (scripts/benchmark.sh): POSTs results, each with a
-- dossier code of its own (thread number + counter), so every request is a new result, not a repeat.
-- Arguments after "--": the JSON template file (DOSSIER_CODE is replaced), a run tag, the API key.
local threads = {}

function setup(thread)
  thread:set("tid", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  local f = assert(io.open(args[1], "r"))
  template = f:read("*a")
  f:close()
  tag = args[2]
  counter = 0
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-API-Key"] = args[3]
end

function request()
  counter = counter + 1
  local agency = (counter % 2 == 0) and "000.00.12.H26" or "000.00.15.H26"
  local dossier = agency .. "-W" .. tag .. "-" .. tid .. "-" .. string.format("%07d", counter)
  local body = (template:gsub("000%.00%.12%.H26", agency))
  body = (body:gsub("DOSSIER_CODE", dossier))
  return wrk.format(nil, nil, nil, body)
end

dofile(os.getenv("BENCH_WRK_SUMMARY"))
