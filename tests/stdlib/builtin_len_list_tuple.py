# checks: len() of every container and of user classes; list() and tuple() constructors from many iterables
print(len(""), len("héllo😀"), len([1, [2, 3]]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(range(0, 100, 7)), len(frozenset("aab")))
print(list(), list("ab"), list((1, 2)), list({"k": 1, "j": 2}), list({"k": 1}.values()), list(range(3)), list(map(abs, [-1, -2])))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple({"x": 0}), tuple(range(2)), tuple(zip("ab", "cd")))
original = [1, 2]
copy = list(original)
copy.append(3)
print(original, copy, tuple(original) == (1, 2), list(tuple(original)) == original)
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
try:
    len(42)
except TypeError as e:
    print("TypeError:", e)
try:
    list(7)
except TypeError as e:
    print("TypeError:", e)
