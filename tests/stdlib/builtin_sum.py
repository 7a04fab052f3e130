# checks: sum() with and without start, over ints, floats, bools, lists (with start=[]), big ints; str rejected
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([True, True, False]), sum([1, 2.5]))
print(sum([1, 2, 3], 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([2 ** 64, 2 ** 64]), sum([], 5))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([x * x for x in range(4)]))
print(sum([1], start=3), sum(range(5), start=-10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "2"])
except TypeError as e:
    print("TypeError:", e)
