# checks: iter() on sequences/dicts/strings, next() with default, iter(callable, sentinel), iterators are iterables of themselves
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("hi")
print(next(s), next(s), next(s, "<done>"))
d = iter({"a": 1, "b": 2})
print(list(d), list(d))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ["first", "second", "", "after blank"]
pos = [0]
def read_line():
    line = lines[pos[0]]
    pos[0] += 1
    return line
for line in iter(read_line, ""):
    print("read:", line)
r = iter(range(3))
print(iter(r) is r, list(r))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration from next() without default")
try:
    iter(42)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
