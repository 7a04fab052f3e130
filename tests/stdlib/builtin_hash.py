# checks: hash() of ints (incl. -1, big ints, bools) and tuples: exact values, equal objects hash equally, unhashables
print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1.0, 2.0)), hash((1, 2)) == hash((2, 1)))
print(hash(3.0) == hash(3), hash(0.5) == hash(0.5))
for bad in [[1], {"a": 1}, {1}, ([1], 2)]:
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k * 1000
    def __eq__(self, other):
        return self.k == other.k
print(hash(Key(7)), len({Key(1), Key(1), Key(2)}))
