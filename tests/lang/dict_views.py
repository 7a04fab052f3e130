# checks: dict views are live, their reprs, len/in/iteration, set operations on keys and items
d = {"a": 1, "b": 2}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it)
d["c"] = 3
print(k, v, it, len(k), "c" in k, 3 in v, ("a", 1) in it, ("a", 2) in it)
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"c", "q"}))
print(k == {"b", "c"}, sorted(it - {("b", 2)}), list(reversed(d.keys())), list(reversed(d.values())))
for key, value in d.items():
    print(key, "->", value)
print(list(map(str, d.values())), sorted(d.items(), reverse=True))
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
