# checks: equal keys of different types collide (1, 1.0, True), first key object is kept
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "t", 1: "one"}
print(e)
f = {0: "zero", False: "false", 0.0: "fz"}
print(f)
g = {(1, 2): "a", (1.0, 2.0): "b"}
print(g)
print(1 in {1.0: "x"}, 2.5 in {2.5: 0}, "1" in {1: 0}, hash(1) == hash(1.0) == hash(True))
h = {"a": 1, "A": 2}
print(h, len(h))
