# checks: frozenset: repr, immutability, hashability (set elements and dict keys), mixed operations
f = frozenset([3, 1, 2, 3])
print(f, frozenset(), len(f), 2 in f, type(f).__name__)
g = frozenset({4, 3})
print(f | g, f & g, f - g, type(f | {9}).__name__, type({9} | f).__name__)
print(f == {1, 2, 3}, f == frozenset([1, 2, 3]), f <= {1, 2, 3, 4}, f.issubset(range(5)))
sets = {frozenset([1, 2]), frozenset([2, 1]), frozenset([3])}
print(len(sets), frozenset([1, 2]) in sets)
d = {frozenset(["a", "b"]): "ab"}
print(d[frozenset(["b", "a"])])
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(set())
except TypeError as e:
    print("TypeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), sorted(f.union([0])), f.copy() == f)
