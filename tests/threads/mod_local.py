# checks: threading.local: each thread sees only its own attributes, AttributeError for unset ones, deletion, and several locals at once
import threading

data = threading.local()
data.x = "main"
print(type(data).__name__, data.x)

results = {}
lock = threading.Lock()
barrier = threading.Barrier(3)


def worker(i):
    try:
        data.x
        seen = "visible"
    except AttributeError as e:
        seen = str(e)
    data.x = i
    data.y = [i]
    barrier.wait()  # everybody has set x before anybody reads it back
    with lock:
        results[i] = (seen, data.x, data.y)


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(results):
    print(i, results[i])
print("main still sees:", data.x)
try:
    data.y
except AttributeError as e:
    print("AttributeError:", e)

del data.x
try:
    data.x
except AttributeError as e:
    print("after del:", e)
try:
    del data.x
except AttributeError as e:
    print("del again:", e)
print(hasattr(data, "x"), getattr(data, "x", "default"))

# Two locals do not share anything.
a = threading.local()
b = threading.local()
a.v = 1
b.v = 2
print(a.v, b.v)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)

# A value set in a finished thread is gone; a new thread starts empty.
def setter():
    a.v = "from thread"


def reader(out):
    out.append(hasattr(a, "v"))


t = threading.Thread(target=setter)
t.start()
t.join()
out = []
t = threading.Thread(target=reader, args=(out,))
t.start()
t.join()
print(out, a.v)
