# checks: under --deterministic every timeout is virtual: Event.wait, Lock.acquire, Condition.wait, Queue.get, Thread.join time out after their virtual delay; a Timer fires at its virtual time
# gilt-args: --deterministic
import queue
import threading
import time

t0 = time.monotonic()


def elapsed_since(t):
    return time.monotonic() - t


ev = threading.Event()
t = time.monotonic()
assert ev.wait(50) is False
assert 50 <= elapsed_since(t) < 51, elapsed_since(t)

lock = threading.Lock()
lock.acquire()
t = time.monotonic()
assert lock.acquire(timeout=30) is False
assert 30 <= elapsed_since(t) < 31, elapsed_since(t)

cond = threading.Condition()
with cond:
    t = time.monotonic()
    assert cond.wait(20) is False
    assert 20 <= elapsed_since(t) < 21, elapsed_since(t)

q = queue.Queue()
t = time.monotonic()
try:
    q.get(timeout=10)
except queue.Empty:
    pass
else:
    raise AssertionError("no queue.Empty")
assert 10 <= elapsed_since(t) < 11, elapsed_since(t)

sleeper = threading.Thread(target=time.sleep, args=(60,))
sleeper.start()
t = time.monotonic()
sleeper.join(5)
assert sleeper.is_alive()
assert 5 <= elapsed_since(t) < 6, elapsed_since(t)
sleeper.join()
assert not sleeper.is_alive()
assert 60 <= elapsed_since(t) < 61, elapsed_since(t)

fired = []
timer = threading.Timer(7, lambda: fired.append(time.monotonic()))
t = time.monotonic()
timer.start()
timer.join()
assert len(fired) == 1 and 7 <= fired[0] - t < 8, (fired, t)

total = elapsed_since(t0)
print("virtual seconds", int(total))
assert total >= 50 + 30 + 20 + 10 + 60 + 7, total
print("ok")
