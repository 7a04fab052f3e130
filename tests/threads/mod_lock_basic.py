# checks: threading.Lock: acquire/release/locked, non-blocking and timed acquire, with, release errors, a lock released by another thread
import threading
import time

lock = threading.Lock()
print(type(lock).__name__, lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False))
start = time.monotonic()
print(lock.acquire(timeout=0.1), 0.05 < time.monotonic() - start < 2.0)
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
print(threading.ThreadError is RuntimeError)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError:", e)

with lock as value:
    print("inside with:", value, lock.locked())
print("after with:", lock.locked())

# A plain lock has no owner: another thread may release it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", lock.locked())

# Mutual exclusion: the count is exact.
counter = 0


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

# A thread blocked on a held lock gets it once it is released.
order = []
lock.acquire()


def waiter():
    with lock:
        order.append("waiter got the lock")


t = threading.Thread(target=waiter)
t.start()
time.sleep(0.05)
order.append("main releases")
lock.release()
t.join()
print(order)
