# checks: defaultdict (factories, __missing__, repr, copy, |), Counter (counting, most_common ties, arithmetic, comparisons, repr), OrderedDict (move_to_end, popitem, equality, repr)
from collections import defaultdict, Counter, OrderedDict

dd = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[word[0]].append(word)
print(dd)
print(dd["z"], "z" in dd, dd.get("q"), "q" in dd)
print(dd.default_factory, isinstance(dd, dict), type(dd).__name__)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts)
print(defaultdict(), defaultdict(None, {"a": 1}), defaultdict(int, a=1, b=2))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
c = dd.copy()
c["new"].append(1)
print(type(c).__name__, "new" in dd, c.default_factory)
print(defaultdict(int, a=1) | {"b": 2}, {"b": 2} | defaultdict(int, a=1))
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 3
print(nested["x"]["y"], dict(nested["x"]))
rec = defaultdict(list)
rec["me"] = rec
print(rec)

cnt = Counter("abracadabra")
print(cnt)
print(cnt.most_common(), cnt.most_common(2), cnt.most_common(0), cnt.most_common(-1))
print(sorted(cnt.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()), cnt.total())
print(cnt["zzz"], "zzz" in cnt)
cnt.update("aaz")
cnt.update({"b": 10})
cnt.subtract("bbb")
cnt.subtract(r=5)
print(cnt)
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a | b, a & b)
print(+Counter(a=2, b=-1, c=0), -Counter(a=2, b=-1, c=0))
x = Counter(a=1, b=2)
x += Counter(a=-3, c=1)
print(x)
x -= Counter(b=1)
print(x)
x |= Counter(c=5, z=1)
print(x)
x &= Counter(c=2, b=7)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2),
      Counter(a=1) <= Counter(a=1, b=1),
      Counter(a=2) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2))
print(Counter(), repr(Counter({"x": 2.5, "y": 1})), Counter({"p": "text"}))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
del cnt["not there"]
del cnt["a"]
print(cnt, type(cnt.copy()).__name__)
print(Counter(["red", "blue", "red", "green", "blue", "red"]).most_common(1))
print(Counter(cats=4, dogs=8), Counter({1: 2, 3: 4}))

od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
try:
    od.move_to_end("zzz")
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
print(OrderedDict(), OrderedDict(x=1), OrderedDict([("k", [1, 2])]))
p = OrderedDict([("a", 1), ("b", 2)])
q = OrderedDict([("b", 2), ("a", 1)])
print(p == q, p == dict(q), dict(p) == q, p != q)
print(type(p.copy()).__name__, p.copy() == p, OrderedDict.fromkeys("xy", 0))
print(p | {"c": 3}, list(reversed(p)))
self_ref = OrderedDict()
self_ref["me"] = self_ref
print(self_ref)
# An LRU cache with OrderedDict.
cache = OrderedDict()
for key in ["a", "b", "c", "a", "d", "b", "e"]:
    if key in cache:
        cache.move_to_end(key)
    else:
        cache[key] = key.upper()
        if len(cache) > 3:
            cache.popitem(last=False)
print(cache)
