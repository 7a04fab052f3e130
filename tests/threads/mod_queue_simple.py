# checks: queue.SimpleQueue: FIFO put/get, get with block=False and timeouts, qsize/empty, the class name CPython prints, use between threads
import queue
import threading
import time

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for x in [3, 1, 2]:
    sq.put(x)
sq.put_nowait(4)
sq.put(5, block=False, timeout=1)
print(sq.qsize(), sq.empty())
print([sq.get() for _ in range(4)], sq.get_nowait())
try:
    sq.get_nowait()
except queue.Empty:
    print("get_nowait raised Empty")
try:
    sq.get(False)
except queue.Empty:
    print("get(False) raised Empty")
start = time.monotonic()
try:
    sq.get(timeout=0.1)
except queue.Empty:
    print("timed get raised Empty", 0.05 < time.monotonic() - start < 2.0)
try:
    sq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
print(queue.SimpleQueue, type(sq).__name__)
print(hasattr(sq, "task_done"), hasattr(sq, "join"), hasattr(sq, "full"))

out = []


def consumer():
    while True:
        item = sq.get()
        if item is None:
            return
        out.append(item)


t = threading.Thread(target=consumer)
t.start()
for i in range(100):
    sq.put(i)
sq.put(None)
t.join()
print(out == list(range(100)))
threading.Timer(0.05, sq.put, args=("delivered",)).start()
print(sq.get(timeout=5))
