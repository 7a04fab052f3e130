# timeline.py - two CPU-bound threads and one that mostly sleeps, for --timeline and --gil-stats.
# Try: build/gilt --timeline --gil-stats examples/timeline.py
import threading
import time


def count(n):
    while n > 0:
        n -= 1


def nap():
    for _ in range(4):
        time.sleep(0.01)
        count(10000)


threads = [threading.Thread(target=count, args=(600_000,), name="cpu-1"),
           threading.Thread(target=count, args=(600_000,), name="cpu-2"),
           threading.Thread(target=nap, name="napper")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
