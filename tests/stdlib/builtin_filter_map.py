# checks: map() with one and several iterables (stops at the shortest), filter() with a function and with None; laziness
print(list(map(str.upper, ["a", "b"])), list(map(len, ["", "ab", "abc"])), list(map(int, "123")))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])), list(map(pow, [2, 3, 4], [5, 2])))
print(list(map(lambda a, b, c: a * b - c, range(5), range(5, 10), [1, 1, 1])))
print(list(filter(lambda n: n % 3 == 0, range(20))), list(filter(None, [0, 1, "", "x", [], [0], None, False, True])))
print(list(filter(str.isdigit, ["1", "a", "22", "b3"])), list(filter(None, [])))
def noisy(x):
    print("mapping", x)
    return x * 2
m = map(noisy, [1, 2, 3])
print("map created")
print(next(m))
print(list(m))
f = filter(lambda x: x > 1, [0, 1, 2, 3])
print(type(m).__name__, type(f).__name__, next(f), list(f), list(f))
print(sum(map(lambda x: x * x, range(10))), max(map(len, "a bb ccc".split())))
