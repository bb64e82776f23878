-- Shared by the benchmark's wrk scripts (dofile'd from them): prints wrk's summary as one JSON line
-- ("WRK-JSON {...}") that bench/Saturation reads.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK-JSON {"requests":%d,"durationUs":%d,"connectErrors":%d,"readErrors":%d,'
    .. '"writeErrors":%d,"statusErrors":%d,"timeouts":%d,"p50Us":%d,"p95Us":%d,"p99Us":%d,"maxUs":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
