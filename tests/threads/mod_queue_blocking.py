# checks: a blocked get() wakes when an item is put, a blocked put() on a full queue wakes when an item is got, and timed waits succeed when satisfied in time
import queue
import threading
import time

q = queue.Queue(maxsize=1)
log = []


def consumer():
    log.append(("got", q.get()))


t = threading.Thread(target=consumer)
t.start()
time.sleep(0.05)
log.append(("main puts", 1))
q.put(1)
t.join()
print(log)

q.put("first")
log = []


def producer():
    q.put("second")  # blocks: the queue is full
    log.append("producer put second")


t = threading.Thread(target=producer)
t.start()
time.sleep(0.05)
log.append("main gets %s" % q.get())
t.join()
log.append("main gets %s" % q.get())
print(log)

# A timed get that an item arrives for in time.
threading.Timer(0.05, q.put, args=("late item",)).start()
print(q.get(timeout=5))

# A timed put that room appears for in time.
q.put("blocker")
threading.Timer(0.05, q.get).start()
q.put("fits", timeout=5)
print(q.get())

# Many producers and consumers: every item arrives exactly once.
big = queue.Queue(maxsize=3)
received = []
lock = threading.Lock()


def produce(base):
    for i in range(20):
        big.put(base + i)


def consume():
    for _ in range(20):
        item = big.get()
        with lock:
            received.append(item)


threads = [threading.Thread(target=produce, args=(100 * k,)) for k in range(3)]
threads += [threading.Thread(target=consume) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(received), sorted(received) == sorted(100 * k + i for k in range(3) for i in range(20)))
