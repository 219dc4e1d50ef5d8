-- wrk script: sends the session cookie and prints median and p95 latency.
local cookie = os.getenv("TANDEM_COOKIE")
if cookie and #cookie > 0 then
  wrk.headers["Cookie"] = cookie
end

function done(summary, latency, requests)
  io.write(string.format("requests/s %.0f  median %.2f ms  p95 %.2f ms  p99 %.2f ms  errors %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
