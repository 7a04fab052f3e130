# checks: set() and frozenset() constructors from iterables, equality between them, copying, results printed sorted
print(set(), frozenset(), set([3, 1, 3, 2]), frozenset((5, 4)), set(range(4)), sorted(set("banana")))
print(set({"k": 1}) == {"k"}, set("ab") == frozenset("ba"), frozenset([1]) in {frozenset([1])}, set([]) == frozenset())
s = set([1, 2])
f = frozenset(s)
s.add(3)
print(sorted(s), sorted(f), len(f), type(f | s).__name__, type(s | f).__name__)
words = "the cat and the hat and the bat".split()
print(len(set(words)), sorted(set(words)), sorted(frozenset(words) - {"the"}))
try:
    set(5)
except TypeError as e:
    print("TypeError:", e)
try:
    frozenset([[1]])
except TypeError as e:
    print("TypeError:", e)
