# checks: threading.RLock: re-entrant acquisition, release by a non-owner, nesting with with-blocks, and exclusion between threads
import threading
import time

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release()
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)


def nested(depth):
    with r:
        if depth:
            return nested(depth - 1)
        return "bottom reached"


print(nested(5))

# Another thread cannot take it, nor release it, while we hold it.
r.acquire()
results = []


def other():
    results.append(r.acquire(blocking=False))
    results.append(r.acquire(timeout=0.05))
    try:
        r.release()
    except RuntimeError as e:
        results.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(results)
r.release()

total = 0


def deposit(n):
    global total
    for _ in range(n):
        with r:
            with r:
                total += 1


threads = [threading.Thread(target=deposit, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)

# The lock passes to a waiting thread only when the owner has released every level.
order = []
r.acquire()
r.acquire()


def wait_for_it():
    with r:
        order.append("other thread")


t = threading.Thread(target=wait_for_it)
t.start()
time.sleep(0.05)
r.release()
time.sleep(0.05)
order.append("main released once")
r.release()
t.join()
print(order)
