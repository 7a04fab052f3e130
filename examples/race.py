# race.py - four threads add 1 to a shared counter 1,000,000 times each.
# Without a lock some updates are lost (the total comes out short); with a lock it is exact.
# Try: scripts/run examples/race.py, then build/gilt --preempt=cpython examples/race.py
import threading

N = 1_000_000
THREADS = 4
counter = 0
lock = threading.Lock()


def add_unlocked():
    global counter
    for _ in range(N):
        counter += 1  # load, add, store: another thread may run in between


def add_locked():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


def run(worker):
    global counter
    counter = 0
    threads = [threading.Thread(target=worker) for _ in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return counter


expected = N * THREADS
got = run(add_unlocked)
print(f"without a lock: {got:>9,} of {expected:,}  ({expected - got:,} updates lost)")
got = run(add_locked)
print(f"with a lock:    {got:>9,} of {expected:,}  ({expected - got:,} updates lost)")
