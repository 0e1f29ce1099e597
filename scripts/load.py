#!/usr/bin/env python3
"""A small load generator where wrk is not installed: N connections (keep-alive) each asking for one path as fast
as answers come, for a number of seconds; prints requests/s, p50 and p99 latency and the non-200 answers.
usage: scripts/load.py BASE_URL SECONDS CONNECTIONS PATH..."""
import http.client, sys, threading, time, urllib.parse

def run(base, seconds, connections, path):
    url = urllib.parse.urlparse(base)
    latencies, errors, lock = [], [0], threading.Lock()
    stop = time.monotonic() + seconds

    def client():
        conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
        mine, bad = [], 0
        while time.monotonic() < stop:
            start = time.perf_counter()
            try:
                conn.request("GET", path)
                response = conn.getresponse()
                response.read()
                if response.status != 200:
                    bad += 1
            except Exception:
                bad += 1
                conn.close()
                conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
                continue
            mine.append(time.perf_counter() - start)
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for t in threads: t.start()
    for t in threads: t.join()
    latencies.sort()
    n = len(latencies)
    p = lambda q: latencies[min(n - 1, int(q * n))] * 1000 if n else float("nan")
    print(f"{path:45} {n / seconds:8.1f} req/s  p50 {p(0.5):7.1f} ms  p99 {p(0.99):7.1f} ms  non-200 {errors[0]}")

if __name__ == "__main__":
    base, seconds, connections = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
    for path in sys.argv[4:]:
        run(base, seconds, connections, path)
