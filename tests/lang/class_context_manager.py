# checks: __enter__/__exit__: order of calls, as-target, exception info passed in, suppression by True
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress

with Tracker("a") as value:
    print("body got", value)
with Tracker("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Tracker("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
with Tracker("outer") as o, Tracker("inner") as i:
    print("both", o, i)
def early():
    with Tracker("ret"):
        return "returned from with"
print(early())
for n in range(3):
    with Tracker(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class Timer:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *args):
        self.args = args
        return False
with Timer() as t:
    pass
print(t.entered, t.args)
try:
    with Tracker("x", suppress=0):
        1 / 0
except ZeroDivisionError:
    print("falsy return does not suppress")
