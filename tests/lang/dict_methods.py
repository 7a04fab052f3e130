# checks: get/setdefault/pop/popitem/update/keys/values/items/copy/fromkeys/clear
d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0))
print(d.setdefault("a", 99), d.setdefault("d", 4), d.setdefault("e"), d)
print(d.pop("e"), d.pop("missing", "default"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError:", e)
print(d.popitem(), d.popitem(), d)
d.update({"x": 10, "a": -1})
d.update([("y", 20)], z=30)
d.update(w=0)
print(d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c is d)
print(dict.fromkeys(["p", "q"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys(["m", "n"], [])
shared["m"].append(1)
print(shared)
print(list(d.keys()), list(d.values()), list(d.items()))
c.clear()
print(c, len(c))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
