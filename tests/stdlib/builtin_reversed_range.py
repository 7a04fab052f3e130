# checks: reversed() on lists, tuples, strings, ranges, dict views and __reversed__/sequence-protocol classes
print(list(reversed([1, 2, 3])), tuple(reversed((1, 2))), "".join(reversed("stressed")), list(reversed(range(0, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())), list(reversed([])))
r = reversed([1, 2, 3])
print(next(r), list(r), type(reversed([])).__name__)
class Countdown:
    def __reversed__(self):
        return iter(["lift-off", 1, 2, 3])
print(list(reversed(Countdown())))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(range(5), range(2, 8)[::-1], list(range(10)[2:8:2]), range(3)[-1], len(range(-5, 5, 2)))
