# checks: subclassing threading.Thread: run() overrides, names given to super().__init__ or assigned in __init__, extra attributes, results collected after join
import threading


class Counter(threading.Thread):
    def __init__(self, label, n):
        super().__init__()
        self.name = label  # the name property's setter
        self.n = n
        self.total = None

    def run(self):
        total = 0
        for i in range(self.n):
            total += i
        self.total = total


class Named(threading.Thread):
    def __init__(self):
        super().__init__(name="given-to-super", daemon=False)

    def run(self):
        print("running in", threading.current_thread().name, threading.current_thread() is self)


class WithTarget(threading.Thread):
    # Does not override run(): the target given to __init__ is used.
    pass


threads = [Counter("counter-%d" % i, 1000 * (i + 1)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for t in threads:
    print(t.name, t.total, t.is_alive(), isinstance(t, threading.Thread))

n = Named()
n.start()
n.join()
print(n.name, repr(n).split(",")[0])

out = []
w = WithTarget(target=out.append, args=("from target",))
w.start()
w.join()
print(out, w.name)


class Repr(threading.Thread):
    def run(self):
        pass


r = Repr(name="r")
print(repr(r))
r.start()
r.join()
print(repr(r).startswith("<Repr(r, stopped "))
