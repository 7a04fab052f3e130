# checks: concurrent.futures.Future on its own: set_result/set_exception, cancel rules, done callbacks (order, immediate call), InvalidStateError, CancelledError, set_running_or_notify_cancel
import concurrent.futures as cf
import threading


def masked(future):
    text = repr(future)
    return text[:text.index(" at ")] + text[text.index(" state="):]


calls = []
f = cf.Future()
print(masked(f), f.done(), f.running(), f.cancelled())
f.add_done_callback(lambda fut: calls.append(("first", fut.result())))
f.add_done_callback(lambda fut: calls.append(("second", fut.done())))
print(calls)
f.set_result(42)
print(calls, masked(f), f.result(), f.exception())
f.add_done_callback(lambda fut: calls.append(("late", fut.result())))
print(calls[-1])
try:
    f.set_result(1)
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
try:
    f.set_exception(ValueError())
except cf.InvalidStateError as e:
    print("InvalidStateError:", str(e).split(":")[0])
print(f.cancel(), f.cancelled())

e = cf.Future()
e.set_exception(ZeroDivisionError("division by zero"))
print(masked(e), repr(e.exception()))
try:
    e.result()
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)

c = cf.Future()
print(c.cancel(), c.cancel(), c.cancelled(), c.done(), masked(c))
try:
    c.result()
except cf.CancelledError as err:
    print("CancelledError:", repr(err), issubclass(cf.CancelledError, Exception))
try:
    c.exception()
except cf.CancelledError:
    print("exception() raised CancelledError")
print(c.set_running_or_notify_cancel(), masked(c))
try:
    c.set_result(1)
except cf.InvalidStateError as err:
    print("InvalidStateError:", str(err).split(":")[0])

r = cf.Future()
print(r.set_running_or_notify_cancel(), r.running(), masked(r), r.cancel())

# A result set by another thread wakes up result().
w = cf.Future()
threading.Timer(0.05, w.set_result, args=("from timer",)).start()
print(w.result(timeout=5))
cb_threads = []
x = cf.Future()
x.add_done_callback(lambda fut: cb_threads.append(threading.current_thread().name))
t = threading.Thread(target=x.set_result, args=(None,), name="setter")
t.start()
t.join()
print("callback ran in:", cb_threads)
cancelled_calls = []
y = cf.Future()
y.add_done_callback(lambda fut: cancelled_calls.append(fut.cancelled()))
y.cancel()
print("callback on cancel:", cancelled_calls)
print(issubclass(cf.BrokenExecutor, RuntimeError), issubclass(cf.InvalidStateError, Exception))
