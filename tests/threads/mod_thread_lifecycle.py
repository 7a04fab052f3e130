# checks: threading.Thread life cycle: start/join/is_alive, repr states, ident and native_id, and the RuntimeErrors for misuse
import threading


def masked(thread):
    # repr() shows the ident, which changes from run to run.
    text = repr(thread)
    if thread.ident is not None:
        text = text.replace(str(thread.ident), "IDENT")
    return text


go = threading.Event()
seen = []


def worker(a, b, c=0):
    go.wait()
    seen.append((a, b, c, threading.current_thread().name))


t = threading.Thread(target=worker, args=(1, 2), kwargs={"c": 3})
print(masked(t), t.is_alive(), t.ident, t.native_id)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
print(masked(t), t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print(t.ident != threading.get_ident(), t.native_id != threading.get_native_id())
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
go.set()
t.join()
print(masked(t), t.is_alive(), seen)
t.join()  # joining a finished thread again is fine
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

# A thread that joins itself.
result = []


def join_self():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        result.append(str(e))


t = threading.Thread(target=join_self)
t.start()
t.join()
print(result)


class NoInit(threading.Thread):
    def __init__(self):
        pass  # forgot Thread.__init__()


n = NoInit()
try:
    n.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    n.join()
except RuntimeError as e:
    print("RuntimeError:", e)
for what in ["name", "ident", "daemon", "is_alive", "repr"]:
    try:
        if what == "is_alive":
            n.is_alive()
        elif what == "repr":
            repr(n)
        else:
            getattr(n, what)
    except AssertionError as e:
        print(what, "AssertionError:", e)
try:
    n.daemon = True
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(group=object())
except AssertionError as e:
    print("AssertionError:", e)

# run() can be called directly: it runs in the calling thread.
box = []
t = threading.Thread(target=lambda: box.append(threading.current_thread().name))
t.run()
print(box, t.is_alive())
