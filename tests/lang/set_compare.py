# checks: set and frozenset comparisons (subset/superset operators, equality across kinds) and truthiness
a, b, c = {1, 2}, {1, 2, 3}, frozenset({1, 2})
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a > a, a >= a)
print(a == c, c == a, a != c, b != c, c < b, b > c, c <= a, a >= c)
print({1} < {2}, {1} > {2}, {1} <= {2}, {1} >= {2}, {1} == {2}, set() < {1}, set() <= set())
print(a == [1, 2], a != (1, 2), c == {1: 0, 2: 0}.keys(), {1: 0, 2: 0}.keys() == c)
ops = [('<', lambda: a < [1]), ('<=', lambda: a <= [1]), ('>', lambda: a > [1]), ('>=', lambda: a >= [1])]
for op, f in ops:
    try:
        print(f())
    except TypeError as e:
        print(op, e)
print(sorted([{3}, {1}, {2}]), sorted([{1, 2}, {1}, set()], key=len))
print(bool(set()), bool(frozenset()), bool({0}), not set(), len(frozenset('aab')))
print(max([{1}, {1, 2}], key=len), min(({1, 2, 3}, {9}), key=len))
x = {1, 2, 3}
print(x.issubset(x), x.issuperset(x), x < x, x == x.copy(), x is not x.copy())
print(frozenset() == set(), set() == frozenset(), frozenset({1}) != {1}, {frozenset()} == {frozenset()})
print({1, 2} == {2.0, 1.0}, {True} == {1}, {0} == {False}, {(1, 2)} == {(1.0, 2.0)})
