# checks: dict iteration order is insertion order, also after delete and re-insert and overwrite
d = {}
for key in ["d", "a", "c", "b"]:
    d[key] = len(d)
print(list(d))
del d["a"]
d["a"] = "back"
print(list(d), d)
d["d"] = "overwritten keeps place"
print(d)
for key in list(d):
    if key in "cb":
        del d[key]
d["z"] = 0
d["c"] = 1
print(d)
many = {i: i for i in range(20)}
for i in range(0, 20, 2):
    del many[i]
for i in range(0, 20, 4):
    many[i] = "new"
print(many)
print(list(many.keys())[:5], list(many.values())[-3:])
d2 = dict.fromkeys("hello")
print(list(d2), "".join(d2))
