# checks: dict comprehensions: from ranges, zips, items with conditions, inverted dicts, nested
sq = {n: n * n for n in range(6)}
print(sq)
print({k: v for k, v in sq.items() if v % 2 == 0})
names = ["ann", "bob", "cy"]
print({name: len(name) for name in names}, {i: name for i, name in enumerate(names, 1)})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({(i, j): i * j for i in range(3) for j in range(3) if i <= j})
print({w[0]: w for w in ["apple", "avocado", "banana"]})
print({x: {y: x + y for y in range(2)} for x in range(2)})
print({c: "aeiou".count(c) > 0 for c in "hello"})
