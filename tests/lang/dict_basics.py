# checks: dict creation forms, insertion order, lookup, update by assignment, in, len, del, equality
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 100
print(d, len(d), "two" in d, 2 in d, "four" not in d)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0), dict(), {})
print(dict(zip("abc", range(3))), dict([(1, "a")], b=2))
del d["two"]
print(d, list(d), [k for k in d])
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {} == dict())
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
keys = {1: "int", 2.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(keys, keys[1.0], keys[None])
squares = {}
for i in range(6):
    squares[i] = i * i
print(squares, sum(squares.values()), max(squares, key=lambda k: -k))
try:
    {[1]: 2}
except TypeError as e:
    print("TypeError:", e)
print(repr({}), str({"q": "it's"}), {"r": [1, {"s": ()}]})
