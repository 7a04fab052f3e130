# checks: Lock and RLock under contention: exact counts, every sleeper wakes, timed acquires racing releases leave the lock consistent
import threading
import time
import random

# Many threads hammering one lock (also across preemption while it is held).
for make in (threading.Lock, threading.RLock):
    lock = make()
    counter = 0

    def add(n):
        global counter
        for _ in range(n):
            with lock:
                counter += 1

    threads = [threading.Thread(target=add, args=(20000,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(make.__name__, "counter", counter)

# Six threads sleep on a held lock; each one that gets it holds it a moment: all finish.
lock = threading.Lock()
done = []
lock.acquire()


def waiter(i):
    with lock:
        time.sleep(0.005)
        done.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in threads:
    t.start()
time.sleep(0.05)
print("waiters blocked:", len(done), lock.locked())
lock.release()
for t in threads:
    t.join(10)
print("all waiters ran:", sorted(done), any(t.is_alive() for t in threads))

# Timed acquires racing with releases: whatever each attempt got, the totals agree and the
# lock ends free.
rng = random.Random(7)
lock = threading.Lock()
got = [0] * 5
timeouts = [0] * 5
inside = 0


def trier(k):
    global inside
    r = random.Random(k)
    for _ in range(40):
        if lock.acquire(timeout=r.choice([0.0005, 0.001, 0.003])):
            inside += 1
            got[k] += 1
            inside -= 1
            lock.release()
        else:
            timeouts[k] += 1


threads = [threading.Thread(target=trier, args=(k,)) for k in range(5)]
for t in threads:
    t.start()
for _ in range(30):
    lock.acquire()
    time.sleep(rng.choice([0.0002, 0.001, 0.002]))
    lock.release()
for t in threads:
    t.join(20)
print("attempts per thread:", [got[k] + timeouts[k] for k in range(5)])
print("nobody inside:", inside, "lock free:", not lock.locked(), lock.acquire(False))
lock.release()

# After all that, a plain hand-over between two threads still works at once.
ev = threading.Event()
lock.acquire()


def late():
    with lock:
        ev.set()


t = threading.Thread(target=late)
t.start()
time.sleep(0.01)
lock.release()
print("handed over:", ev.wait(5))
t.join()
