# checks: subclasses of threading.local: __init__ runs again in each thread with the same arguments, methods, class attributes as defaults, __dict__
import threading


class Settings(threading.local):
    color = "red"  # a class attribute: the default until a thread assigns its own

    def __init__(self, size):
        self.size = size
        self.history = []

    def grow(self):
        self.size += 1
        self.history.append(self.size)
        return self.size


s = Settings(10)
s.color = "blue"
s.grow()
print(s.size, s.color, s.history, sorted(s.__dict__))

results = {}


def worker(name):
    before = (s.size, s.color, s.history)
    s.grow()
    s.grow()
    if name == "b":
        s.color = "green"
    results[name] = (before, s.size, s.color, s.history, sorted(s.__dict__))


for name in ["a", "b"]:
    t = threading.Thread(target=worker, args=(name,))
    t.start()
    t.join()
for name in sorted(results):
    print(name, results[name])
print("main:", s.size, s.color, s.history)
try:
    s.missing
except AttributeError as e:
    print("AttributeError:", e)
print(Settings.color)
