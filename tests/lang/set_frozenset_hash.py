# checks: frozenset hashing (CPython's algorithm: sets of frozensets iterate in CPython's order), sets of tuples
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(frozenset({1, 2, 3})) == hash(frozenset(range(1, 4))), hash(frozenset({1})) != hash(frozenset({2})))
print(hash(frozenset()), hash(frozenset({0})), hash(frozenset({1, 2, 3})), hash(frozenset(range(100))))
print(hash(frozenset({-1, -2})), hash(frozenset({(1, 2), (3, 4)})), hash(frozenset({frozenset({1})})))
fs = [frozenset(range(i)) for i in range(8)]
print(set(fs))
print({frozenset({1, 2}), frozenset({3}), frozenset(), frozenset({1}), frozenset({2, 3, 4})})
nested = {frozenset({frozenset({1}), frozenset({2})}), frozenset({frozenset()})}
print(nested)
s = set()
for i in range(20):
    s.add(frozenset({i, i * 2, -i}))
print(s)
d = {frozenset({1, 2}): 'a', frozenset({2, 1}): 'b'}
print(d, d[frozenset([1, 2])])
print({frozenset({1}): 1}.get(frozenset({1})), {1, 2} == frozenset({2, 1}), frozenset({1}) == {1})
print({frozenset({1, 2})} == {frozenset({2, 1})}, frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
tuples = {(1, 2), (2, 1), (0, 0), (-1, 5), (3,), (), (1, (2, 3)), ('a',) * 0}
print(tuples)
print({(i, i * i) for i in range(10)})
print({(i, -i) for i in range(-5, 5)})
print(set(zip(range(6), range(6, 0, -1))))
print({True, (1.5,), (True, False), 2.5})
x = frozenset({1, 2})
y = frozenset(x)
print(x is y, frozenset(x) == x, frozenset({1, 2}) is not frozenset([1, 2]) or True)
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return isinstance(other, H) and self.h == other.h
    def __repr__(self):
        return 'H(%d)' % self.h
print({H(5), H(13), H(21), H(5), H(-3)})
print(len({H(1), H(1), H(2)}), H(2) in {H(2)}, hash(frozenset({H(7)})) == hash(frozenset({7})))
