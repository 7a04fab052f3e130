# checks: --gil=io selects the io policy: gil.policy() and the statistics table say so, and four CPU-bound threads all finish with the right results
# gilt-args: --gil=io --switch-interval=0.001
import gil
import sys
import _cpu_workers

print(gil.policy())
assert gil.policy() == "io", gil.policy()
infos = _cpu_workers.run_four()
stats = gil.stats()
assert stats["switches"] > 0, stats
# The cure for the convoy effect: a thread back from sleep(0.001) gets the GIL at once beside
# two CPU-bound threads (under `new` it waits about a switch interval each time).
import threading
import time

sys.setswitchinterval(0.005)
stop = [False]


def cpu():
    x = 0
    while not stop[0]:
        x += 1


def sleeper():
    for i in range(60):
        time.sleep(0.001)


cpus = [threading.Thread(target=cpu) for _ in range(2)]
s = threading.Thread(target=sleeper, name="sleeper")
for t in cpus:
    t.start()
s.start()
s.join()
stop[0] = True
for t in cpus:
    t.join()
info = [t for t in gil.stats()["threads"] if t["name"] == "sleeper"][0]
mean = info["waiting_time"] / info["acquisitions"]
print("sleeper acquisitions", info["acquisitions"] >= 60)
assert info["acquisitions"] >= 60, info
assert mean < 0.0025, (mean, info)
print("ok")
