# A program for the trace and timeline cases of run_visibility.py: named threads that compute,
# sleep and wait for a lock, and a pair of CPU-bound threads that must take turns.
import sys
import threading
import time

lock = threading.Lock()
lock_held = threading.Event()


def crunch(until):
    x = 0
    while time.perf_counter() < until:
        x += 1
    return x


def cruncher():
    crunch(time.perf_counter() + 0.04)


def sleeper():
    for _ in range(4):
        time.sleep(0.025)


def locker():
    lock_held.wait()
    with lock:  # main holds it for 50 ms
        pass


def spinner():
    crunch(time.perf_counter() + 0.04)


named = [threading.Thread(target=cruncher, name="cruncher"),
         threading.Thread(target=sleeper, name="sleeper"),
         threading.Thread(target=locker, name="locker")]
with lock:
    for t in named:
        t.start()
    lock_held.set()
    time.sleep(0.05)
for t in named:
    t.join()
pair = [threading.Thread(target=spinner, name="spinner-%d" % k) for k in range(2)]
for t in pair:
    t.start()
for t in pair:
    t.join()
print("done")
if len(sys.argv) > 1 and sys.argv[1] == "fail":
    raise RuntimeError("failing on purpose after the threads ran")
