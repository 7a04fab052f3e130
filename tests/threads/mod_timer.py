# checks: threading.Timer: fires once after the interval with args/kwargs, cancel() before it fires, cancel after, and Timer is a Thread
import threading
import time

fired = []
done = threading.Event()


def callback(*args, **kwargs):
    fired.append((args, sorted(kwargs.items()), threading.current_thread().name))
    done.set()


t = threading.Timer(0.05, callback, args=(1, 2), kwargs={"k": "v"})
print(isinstance(t, threading.Thread), t.interval, t.args, t.kwargs, t.finished.is_set())
start = time.monotonic()
t.start()
print(done.wait(5), time.monotonic() - start >= 0.04)
t.join()
print(fired, t.finished.is_set(), t.is_alive())

cancelled = threading.Timer(0.2, callback, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print("cancelled:", fired[-1][0], cancelled.finished.is_set(), cancelled.is_alive())

# Cancelling early ends the thread at once, not after the interval.
long = threading.Timer(60, callback)
long.start()
start = time.monotonic()
long.cancel()
long.join()
print("long timer cancelled quickly:", time.monotonic() - start < 5)

# Defaults: no args.
t = threading.Timer(0.01, lambda: fired.append("no args"))
print(t.args, t.kwargs)
t.start()
t.join()
print(fired[-1])
t.cancel()  # cancelling after it fired does nothing

# Timers run in order of their intervals.
order = []
lock = threading.Lock()


def record(x):
    with lock:
        order.append(x)


timers = [threading.Timer(0.03 * (3 - i), record, args=(i,)) for i in range(3)]
for t in timers:
    t.start()
for t in timers:
    t.join()
print(order)
