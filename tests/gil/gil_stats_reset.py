# checks: gil.reset_stats() sets every counter and time back to zero; counting then starts again
# gilt-args: --switch-interval=0.001
import gil
import threading
import time


def spin(go, until):
    go.wait()
    x = 0
    # Want the CPU for 40 ms of wall time, however fast the machine is.
    while time.perf_counter() < until[0]:
        x += 1


def run_pair():
    # Both start at once and need several switch intervals of CPU: they must compete.
    go = threading.Event()
    until = [0.0]
    ts = [threading.Thread(target=spin, args=(go, until)) for _ in range(2)]
    for t in ts:
        t.start()
    until[0] = time.perf_counter() + 0.04
    go.set()
    for t in ts:
        t.join()


run_pair()
before = gil.stats()
assert before["switches"] > 0 and before["forced_drops"] > 0, before
assert before["elapsed"] > 0

assert gil.reset_stats() is None
s = gil.stats()
for k in ("switches", "forced_drops", "voluntary_drops", "drop_requests"):
    assert s[k] == 0, (k, s)
# Only the time since the reset counts.
assert s["elapsed"] < before["elapsed"], (s["elapsed"], before["elapsed"])
assert s["elapsed"] < 0.05, s
# The threads are still listed (names survive), their counters are zero.
assert [t["name"] for t in s["threads"]] == [t["name"] for t in before["threads"]], s
for t in s["threads"]:
    assert t["acquisitions"] == 0 and t["forced_releases"] == 0, t
    assert t["voluntary_releases"] == 0 and t["longest_wait"] == 0.0, t
    assert t["waiting_time"] == 0.0 and t["blocked_time"] == 0.0, t
    if t["alive"]:
        assert t["running_time"] < 0.05, t
    else:
        assert t["running_time"] == 0.0, t
print("reset to zero")

# Counting goes on after a reset.
run_pair()
after = gil.stats()
assert after["switches"] > 0 and after["forced_drops"] > 0, after
assert len(after["threads"]) == len(before["threads"]) + 2, after["threads"]
try:
    gil.reset_stats(1)
except TypeError:
    pass
else:
    raise AssertionError("reset_stats(1) accepted")
print("ok")
