# checks: lambdas: in sort keys, map/filter, default args, immediately called, stored in dicts
points = [(3, 1), (1, 2), (2, -5), (0, 0)]
print(sorted(points, key=lambda p: p[1]), sorted(points, key=lambda p: p[0] ** 2 + p[1] ** 2))
print(list(map(lambda x: x * 10, [1, 2, 3])), list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
print((lambda a, b=2: a + b)(1), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
f = lambda: "no args"
print(f(), f.__name__, (lambda x: x).__name__)
nested = lambda x: lambda y: x + y
print(nested(3)(4))
words = ["kiwi", "Banana", "apple", "Cherry"]
print(sorted(words, key=lambda w: w.lower()), max(words, key=lambda w: len(w)), min(words, key=lambda w: w[-1]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
