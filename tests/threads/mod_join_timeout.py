# checks: Thread.join(timeout) returns after the timeout while the thread still runs, join(0) and negative timeouts, then a full join
import threading
import time

release = threading.Event()
t = threading.Thread(target=release.wait, name="sleeper")
t.start()

start = time.monotonic()
result = t.join(0.2)
waited = time.monotonic() - start
print(result, t.is_alive(), 0.15 <= waited < 2.0)

start = time.monotonic()
t.join(0)
t.join(-1)
print(t.is_alive(), time.monotonic() - start < 0.5)

# Several threads can join the same thread.
joined = []


def joiner(i):
    t.join()
    joined.append(i)


joiners = [threading.Thread(target=joiner, args=(i,)) for i in range(3)]
for j in joiners:
    j.start()
time.sleep(0.05)
print(joined)
release.set()
for j in joiners:
    j.join()
t.join()
print(sorted(joined), t.is_alive())

# A timeout longer than needed returns as soon as the thread ends.
quick = threading.Thread(target=time.sleep, args=(0.05,))
start = time.monotonic()
quick.start()
quick.join(5)
print(quick.is_alive(), time.monotonic() - start < 2.0)
