# checks: threading.Semaphore: counting, non-blocking and timed acquire, release(n), the limit on concurrent holders, and its errors
import threading
import time

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(blocking=False))
start = time.monotonic()
print(s.acquire(timeout=0.1), 0.05 < time.monotonic() - start < 2.0)
s.release()
print(s.acquire(timeout=0.1))
s.release(2)
print(s.acquire(False), s.acquire(False), s.acquire(False))
s.release(3)
print(s._value)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    s.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(threading.Semaphore(0).acquire(timeout=0), threading.Semaphore().acquire(timeout=0))

# At most 3 threads inside at once.
limit = threading.Semaphore(3)
lock = threading.Lock()
inside = 0
most = 0


def worker():
    global inside, most
    with limit:
        with lock:
            inside += 1
            most = max(most, inside)
        time.sleep(0.05)
        with lock:
            inside -= 1


threads = [threading.Thread(target=worker) for _ in range(9)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("most inside at once:", most, "inside now:", inside)

# release(n) wakes n waiters.
gate = threading.Semaphore(0)
passed = []


def waiter(i):
    gate.acquire()
    with lock:
        passed.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
time.sleep(0.05)
gate.release(3)
time.sleep(0.1)
print("passed after release(3):", len(passed))
gate.release()
for t in threads:
    t.join()
print(sorted(passed))
r = repr(threading.Semaphore(5))
print(r.startswith("<threading.Semaphore at 0x"), r.endswith(": value=5>"))
