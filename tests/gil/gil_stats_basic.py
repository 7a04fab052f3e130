# checks: gil.stats() has every documented key with the right types, MainThread first, threading's names and idents, and consistent totals after CPU-bound threads ran
# gilt-args: --switch-interval=0.001
import gil
import threading
import time

TOTAL_KEYS = {"switches", "forced_drops", "voluntary_drops", "drop_requests", "held_time",
              "idle_time", "elapsed", "threads"}
THREAD_KEYS = {"name", "ident", "alive", "state", "running_time", "waiting_time",
               "blocked_time", "acquisitions", "forced_releases", "voluntary_releases",
               "longest_wait"}
INT_TOTALS = ("switches", "forced_drops", "voluntary_drops", "drop_requests")
FLOAT_TOTALS = ("held_time", "idle_time", "elapsed")
INT_PER_THREAD = ("ident", "acquisitions", "forced_releases", "voluntary_releases")
FLOAT_PER_THREAD = ("running_time", "waiting_time", "blocked_time", "longest_wait")


def check_shape(s):
    assert type(s) is dict, type(s)
    assert set(s) == TOTAL_KEYS, sorted(s)
    for k in INT_TOTALS:
        assert type(s[k]) is int and s[k] >= 0, (k, s[k])
    for k in FLOAT_TOTALS:
        assert type(s[k]) is float and s[k] >= 0.0, (k, s[k])
    assert type(s["threads"]) is list and len(s["threads"]) >= 1
    for t in s["threads"]:
        assert type(t) is dict and set(t) == THREAD_KEYS, sorted(t)
        assert type(t["name"]) is str and t["name"], t
        assert type(t["alive"]) is bool, t
        assert type(t["state"]) is str, t
        for k in INT_PER_THREAD:
            assert type(t[k]) is int and t[k] >= 0, (k, t)
        for k in FLOAT_PER_THREAD:
            assert type(t[k]) is float and t[k] >= 0.0, (k, t)
        # One wait cannot be longer than all the waits together.
        assert t["longest_wait"] <= t["waiting_time"] + 1e-6, t
    # The GIL is either held or free: the two add up to the time counted.
    assert abs(s["held_time"] + s["idle_time"] - s["elapsed"]) < 2e-3, s


# Before any thread: only the main thread, running right now.
s = gil.stats()
check_shape(s)
main = s["threads"][0]
assert main["name"] == "MainThread", main
assert main["ident"] == threading.get_ident() == threading.main_thread().ident, main
assert main["alive"] is True and main["state"] == "running", main
assert len(s["threads"]) == 1, s["threads"]


go = threading.Event()  # the workers start together, so that they compete for the GIL


until = [0.0]


def work(n):
    go.wait()
    x = 0
    for i in range(n):
        x += i
    # Go on wanting the CPU until 40 ms after the start, however fast the machine is.
    while time.perf_counter() < until[0]:
        x += 1
    return x


threads = [threading.Thread(target=work, args=(300000,)) for _ in range(3)]
named = threading.Thread(target=work, args=(300000,), name="cruncher")
threads.append(named)
for t in threads:
    t.start()
until[0] = time.perf_counter() + 0.04
go.set()
for t in threads:
    t.join()

s = gil.stats()
check_shape(s)
names = [t["name"] for t in s["threads"]]
print(names)
assert names[0] == "MainThread", names
# threading's default names: "Thread-N (target)".
expected = [t.name for t in threads]
assert expected[:3] == ["Thread-1 (work)", "Thread-2 (work)", "Thread-3 (work)"], expected
assert names[1:] == expected, (names, expected)
by_name = {t["name"]: t for t in s["threads"]}
for t in threads:
    if by_name[t.name]["alive"]:
        # join() returned, but the OS thread may still need the GIL a moment to end.
        time.sleep(0.05)
        s = gil.stats()
        check_shape(s)
        by_name = {t["name"]: t for t in s["threads"]}
for t in threads:
    info = by_name[t.name]
    assert info["ident"] == t.ident, (info, t.ident)
    assert info["alive"] is False and info["state"] == "finished", info
    assert info["acquisitions"] >= 1 and info["running_time"] > 0, info
assert by_name["MainThread"]["alive"] is True

# Four CPU-bound threads and a 1 ms switch interval: the GIL was taken from them by force.
assert s["switches"] > 0, s
assert s["drop_requests"] > 0, s
assert s["forced_drops"] > 0, s
assert sum([t["forced_releases"] for t in s["threads"]]) == s["forced_drops"], s
assert sum([t["voluntary_releases"] for t in s["threads"]]) == s["voluntary_drops"], s
assert sum([t["forced_releases"] for t in s["threads"][1:]]) > 0, s
# A forced drop happens only when someone asked.
assert s["forced_drops"] <= s["drop_requests"], s
# Only one thread runs Python code at a time: the running times add up to at most the time
# the GIL was held, and no thread ran longer than the whole program.
running = sum([t["running_time"] for t in s["threads"]])
assert running <= s["held_time"] + 2e-3, (running, s["held_time"])
for t in s["threads"]:
    assert t["running_time"] <= s["elapsed"] + 1e-3, t
    total = t["running_time"] + t["waiting_time"] + t["blocked_time"]
    assert total <= s["elapsed"] + 2e-3, (t, s["elapsed"])
# The workers waited for the GIL while the others ran.
assert sum([t["waiting_time"] for t in s["threads"][1:]]) > 0, s
# The main thread spent the joins blocked.
assert by_name["MainThread"]["blocked_time"] > 0, by_name["MainThread"]
print("ok")
