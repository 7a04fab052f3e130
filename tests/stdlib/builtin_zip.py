# checks: zip() with equal and uneven lengths (stops at shortest), zero and one argument, unzip with *, strict=True, non-iterables
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip("a", range(10), [None, None])))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])), dict(zip("xyz", range(3))))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)
z = zip(range(3), range(10, 13))
print(next(z), list(z), list(z))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [a * b for a, b in zip([1, 2, 3], [4, 5, 6])])
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
