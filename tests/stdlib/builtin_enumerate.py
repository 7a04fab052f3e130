# checks: enumerate() with default and custom start, over strings, dicts and iterators, unpacking and list()
print(list(enumerate("abc")), list(enumerate(["x", "y"], 1)), list(enumerate([], 5)), list(enumerate("ab", start=-2)))
for i, (k, v) in enumerate({"a": 1, "b": 2}.items(), start=10):
    print(i, k, v)
e = enumerate(["p", "q", "r"])
print(next(e), next(e), list(e), list(e))
lines = ["first", "second", "third"]
for lineno, text in enumerate(lines, 1):
    print(f"{lineno:>3}: {text}")
print(dict(enumerate("xyz")), [i for i, c in enumerate("banana") if c == "a"], type(enumerate([])).__name__)
