# checks: queue.Queue basics: FIFO order, qsize/empty/full, maxsize, put_nowait/get_nowait, Full/Empty, timeouts and the negative-timeout error
import queue
import time

q = queue.Queue()
print(q.maxsize, q.qsize(), q.empty(), q.full())
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full())
print([q.get() for _ in range(5)])
try:
    q.get_nowait()
except queue.Empty as e:
    print("Empty:", repr(e), type(e).__name__)
try:
    q.get(block=False)
except queue.Empty:
    print("get(block=False) raised Empty")
start = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("get(timeout=0.1) raised Empty", 0.05 < time.monotonic() - start < 2.0)
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    q.get(False, -1)  # the timeout is ignored when not blocking
except queue.Empty:
    print("non-blocking get ignores the timeout")

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.qsize(), b.full())
try:
    b.put_nowait("c")
except queue.Full as e:
    print("Full:", repr(e))
try:
    b.put("c", block=False)
except queue.Full:
    print("put(block=False) raised Full")
start = time.monotonic()
try:
    b.put("c", timeout=0.1)
except queue.Full:
    print("put(timeout=0.1) raised Full", 0.05 < time.monotonic() - start < 2.0)
try:
    b.put("c", timeout=-0.5)
except ValueError as e:
    print("ValueError:", e)
print(b.get(), b.get_nowait(), b.empty())

# maxsize <= 0 means unbounded.
u = queue.Queue(-1)
for i in range(100):
    u.put_nowait(i)
print(u.qsize(), u.full())
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
print(queue.Empty, queue.Full)
print(list(q.queue), type(q.queue).__name__)
