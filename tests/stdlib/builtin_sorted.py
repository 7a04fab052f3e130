# checks: sorted() of various iterables, key/reverse, stability, returns a new list, mixed int/float, errors
data = [5, 2.5, -1, 3, 2.5, 0]
result = sorted(data)
print(result, data, result is data)
print(sorted("Banana"), sorted({"b": 1, "a": 2}), sorted({3, 1, 2}), sorted(range(5, 0, -1)), sorted(()))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted([1, 2, 3], reverse=True))
records = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(records, key=lambda r: r[1]), sorted(records, key=lambda r: r[1], reverse=True))
print(sorted([[3, "c"], [1, "z"], [1, "a"]]), sorted([(2, "b"), (2, "a"), (1, "c")], key=lambda t: t[0]))
print(sorted([-3, 2, -1, 4], key=abs), sorted(["aa", "b", "ccc"], key=len, reverse=True))
try:
    sorted([1, "two"])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print("TypeError:", e)
