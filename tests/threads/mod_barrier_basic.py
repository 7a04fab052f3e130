# checks: threading.Barrier: all parties pass together, wait() returns distinct indices, the action runs once per round, the barrier is reusable, parties/n_waiting/broken
import threading
import time

b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
r = repr(b)
print(r.startswith("<threading.Barrier at 0x"), r.endswith(": waiters=0/3>"))

lock = threading.Lock()
log = []
indices = []
actions = []


def action():
    with lock:
        actions.append(len(log))


barrier = threading.Barrier(3, action=action)


def worker(i):
    for round_no in range(3):
        with lock:
            log.append(("arrive", round_no))
        index = barrier.wait()
        with lock:
            indices.append((round_no, index))
            log.append(("leave", round_no))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()

# In each round, all three arrive before any leaves.
for round_no in range(3):
    arrivals = [n for n, entry in enumerate(log) if entry == ("arrive", round_no)]
    leaves = [n for n, entry in enumerate(log) if entry == ("leave", round_no)]
    print(round_no, len(arrivals), len(leaves), max(arrivals) < min(leaves))
print(sorted(indices))
print("action ran", len(actions), "times")
print(barrier.n_waiting, barrier.broken)

# n_waiting counts the threads blocked in wait().
b2 = threading.Barrier(3)
t1 = threading.Thread(target=b2.wait)
t2 = threading.Thread(target=b2.wait)
t1.start()
t2.start()
while b2.n_waiting < 2:
    time.sleep(0.01)
print("waiting:", b2.n_waiting, repr(b2).endswith(": waiters=2/3>"))
print("last index:", b2.wait())
t1.join()
t2.join()
print(b2.n_waiting)

# A barrier of one never blocks.
one = threading.Barrier(1)
print(one.wait(), one.wait())
