# checks: ThreadPoolExecutor shutdown(wait), cancel_futures, submit after shutdown, the with-statement, worker thread names and counts, thread_name_prefix, initializer/initargs, max_workers errors
import concurrent.futures as cf
import threading
import time


def worker_name():
    time.sleep(0.02)
    return threading.current_thread().name


ex = cf.ThreadPoolExecutor(max_workers=2)
names = sorted(set(f.result() for f in [ex.submit(worker_name) for _ in range(6)]))
print(names)
ex.shutdown()
try:
    ex.submit(print)
except RuntimeError as e:
    print("RuntimeError:", e)
ex.shutdown()  # a second shutdown is harmless

with cf.ThreadPoolExecutor(max_workers=3, thread_name_prefix="pool") as ex:
    names = sorted(set(f.result() for f in [ex.submit(worker_name) for _ in range(9)]))
print(names)

with cf.ThreadPoolExecutor(1) as ex:
    print(ex.submit(worker_name).result())

# shutdown(wait=True) waits for the queued work; shutdown(wait=False) does not.
finished = []
ex = cf.ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(lambda i=i: (time.sleep(0.02), finished.append(i)))
ex.shutdown(wait=True)
print("after shutdown(wait=True):", finished)

gate = threading.Event()
ex = cf.ThreadPoolExecutor(max_workers=1)
running = ex.submit(gate.wait)
while not running.running():  # the worker has taken it off the queue
    time.sleep(0.01)
queued = [ex.submit(finished.append, i) for i in range(10, 13)]
start = time.monotonic()
ex.shutdown(wait=False, cancel_futures=True)
print("shutdown(wait=False) returned at once:", time.monotonic() - start < 1)
print("queued cancelled:", [f.cancelled() for f in queued], running.cancelled())
gate.set()
print(running.result(timeout=5))
for f in queued:
    try:
        f.result()
    except cf.CancelledError as e:
        print("CancelledError", repr(e))

# Initializer runs once in each worker thread.
setups = []
lock = threading.Lock()


def init(tag):
    with lock:
        setups.append((tag, threading.current_thread().name))


with cf.ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ready",)) as ex:
    list(ex.map(lambda _: worker_name(), range(4)))
print(sorted(setups))

for kwargs in [{"max_workers": 0}, {"max_workers": -1}, {"initializer": "not callable"}]:
    try:
        cf.ThreadPoolExecutor(**kwargs)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(cf.ThreadPoolExecutor(3)._max_workers)
print(issubclass(cf.ThreadPoolExecutor, cf.Executor))

# An executor that is never shut down does not keep the program alive.
forgotten = cf.ThreadPoolExecutor(max_workers=2)
print(forgotten.submit(lambda: "forgotten executor works").result())
