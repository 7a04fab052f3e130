# checks: threading.Event: set/clear/is_set, wait with and without timeout (its return value), many waiters released by one set
import threading
import time
import _thread_helpers

e = threading.Event()
print(e.is_set(), _thread_helpers.event_is_set_alias(e))
start = time.monotonic()
print(e.wait(0.1), 0.05 < time.monotonic() - start < 2.0)
print(e.wait(0))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.set()
print(e.is_set())
e.clear()
print(e.is_set(), e.wait(0.01))
r = repr(e)
print(r.startswith("<threading.Event at 0x"), r.endswith(": unset>"))
e.set()
print(repr(e).endswith(": set>"))
e.clear()

results = []
lock = threading.Lock()


def waiter(i):
    got = e.wait()
    with lock:
        results.append((i, got))


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
time.sleep(0.05)
print("before set:", results)
e.set()
for t in threads:
    t.join()
print("after set:", sorted(results))

# Ordering threads with events: each step waits for the previous one.
steps = [threading.Event() for _ in range(4)]
order = []


def step(i):
    steps[i].wait()
    order.append(i)
    if i + 1 < len(steps):
        steps[i + 1].set()


threads = [threading.Thread(target=step, args=(i,)) for i in reversed(range(4))]
for t in threads:
    t.start()
steps[0].set()
for t in threads:
    t.join()
print(order)

# A timed wait that is satisfied before the timeout returns True early.
late = threading.Event()
threading.Timer(0.05, late.set).start()
start = time.monotonic()
print(late.wait(5), time.monotonic() - start < 2.0)
