# checks: set algebra by operators and methods, subset tests, in-place updates, results via sorted()
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [10])), sorted(a.intersection(b, range(5))), sorted(a.difference(b, {1})), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {5}, a > a, {9}.isdisjoint(a), {1, 9}.isdisjoint(a))
print({1, 2}.issubset([1, 2, 3]), a.issuperset(range(1, 3)), set() <= set(), set() < {0})
c = set(a)
c |= {8}
c &= {1, 2, 8, 9}
c -= {2}
c ^= {1, 3}
print(sorted(c))
d = {1, 2, 3}
d.update([4], (5,))
d.intersection_update({1, 2, 3, 4, 9})
d.difference_update({1})
d.symmetric_difference_update({2, 10})
print(sorted(d))
words1 = set("the quick brown fox".split())
words2 = set("the lazy brown dog".split())
print(sorted(words1 & words2), sorted(words1 - words2), len(words1 | words2))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
print({n % 4 for n in range(20)}, {1, 2, 3} == {3, 2, 1}, sorted({-3, -1, -2}))
