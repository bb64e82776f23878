-- wrk script of the benchmark's HTTP floor phase (scripts/benchmark.sh): GETs the URL given to wrk, with the
-- API key given after "--" (none for an open endpoint), so every request crosses the same HTTP stack
-- (Tomcat, Spring Security, the gateway's filters, Camel) as a submission but writes nothing.
function init(args)
  if args[1] ~= nil and args[1] ~= "" then
    wrk.headers["X-API-Key"] = args[1]
  end
end

dofile(os.getenv("BENCH_WRK_SUMMARY"))
