# checks: threading.BoundedSemaphore: releasing more than acquired raises ValueError; otherwise it acts as a Semaphore
import threading

b = threading.BoundedSemaphore(2)
print(isinstance(b, threading.Semaphore))
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
print(b.acquire(), b.acquire(), b.acquire(False))
b.release()
b.release()
try:
    b.release()
except ValueError as e:
    print("ValueError:", e)
b.acquire()
b.acquire()
try:
    b.release(3)
except ValueError as e:
    print("ValueError:", e)
b.release(2)
print(b._value)
try:
    b.release(0)
except ValueError as e:
    print("ValueError:", e)
try:
    threading.BoundedSemaphore(-2)
except ValueError as e:
    print("ValueError:", e)

pool = threading.BoundedSemaphore(3)
errors = []
lock = threading.Lock()


def use():
    with pool:
        pass
    try:
        pool.release()  # one release too many
    except ValueError as e:
        with lock:
            errors.append(str(e))


threads = [threading.Thread(target=use) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(errors), sorted(set(errors)))
r = repr(threading.BoundedSemaphore(4))
print(r.startswith("<threading.BoundedSemaphore at 0x"), r.endswith(": value=4/4>"))
