# checks: tuple creation and repr (incl. single element), immutability, methods, comparison, hashing
t = (1, 2, 3)
u = 4, 5
single = (7,)
also_single = 8,
not_tuple = (9)
empty = ()
print(t, u, single, also_single, not_tuple, empty, type(not_tuple).__name__, type(also_single).__name__)
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"x": 1}))
print(t + u, t * 2, t[1], t[-1], t[::-1], t[1:], len(t), 2 in t, t.count(2), t.index(3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, "a") == (1, "a"))
print(((1, 2), (3, 4))[1][0], (("nested",),), ([1, 2], 3))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(1, 2)], d[0, 0], (1, 2) in d)
lt = ([1], 2)
lt[0].append(99)
print(lt)
try:
    hash(lt)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(min((3, 1, 2)), max(("b", "a")), sum((1, 2, 3)), sorted((3, 1, 2)), list(t))
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
x = (1, 2)
x += (3,)
print(x)
