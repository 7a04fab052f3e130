# checks: Barrier abort, reset, timeout and a failing action all break it: waiters get BrokenBarrierError, and reset makes it usable again
import threading
import time

print(issubclass(threading.BrokenBarrierError, RuntimeError))
lock = threading.Lock()


def run_waiters(barrier, n, timeout=None):
    outcomes = []

    def waiter():
        try:
            barrier.wait(timeout)
            result = "passed"
        except threading.BrokenBarrierError:
            result = "BrokenBarrierError"
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=waiter) for _ in range(n)]
    for t in threads:
        t.start()
    return threads, outcomes


# abort() while two threads wait.
b = threading.Barrier(3)
threads, outcomes = run_waiters(b, 2)
while b.n_waiting < 2:
    time.sleep(0.01)
b.abort()
for t in threads:
    t.join()
print("abort:", sorted(outcomes), b.broken, repr(b).endswith(": broken>"))
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("wait on a broken barrier:", type(e).__name__, repr(str(e)))
b.reset()
print("after reset:", b.broken, b.n_waiting)
threads, outcomes = run_waiters(b, 3)
for t in threads:
    t.join()
print("usable again:", outcomes)

# reset() while threads wait: they get BrokenBarrierError, the barrier is not broken.
b = threading.Barrier(3)
threads, outcomes = run_waiters(b, 2)
while b.n_waiting < 2:
    time.sleep(0.01)
b.reset()
for t in threads:
    t.join()
print("reset:", sorted(outcomes), b.broken)
threads, outcomes = run_waiters(b, 3)
for t in threads:
    t.join()
print("after reset:", outcomes)

# A timeout breaks the barrier for everybody.
b = threading.Barrier(3)
threads, outcomes = run_waiters(b, 2, timeout=0.1)
for t in threads:
    t.join()
print("timeout:", sorted(outcomes), b.broken)

# The default timeout given to the constructor.
b = threading.Barrier(2, timeout=0.05)
start = time.monotonic()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("default timeout:", b.broken, time.monotonic() - start < 2.0)

# An action that raises breaks the barrier; the thread that ran it gets the exception.
def bad_action():
    raise ValueError("action failed")


b = threading.Barrier(2, action=bad_action)
errors = []


def party():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("BrokenBarrierError")
    except ValueError as e:
        errors.append("ValueError: %s" % e)


threads = [threading.Thread(target=party) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("action:", sorted(errors), b.broken)
