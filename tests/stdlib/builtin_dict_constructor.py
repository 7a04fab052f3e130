# checks: dict() from keywords, pairs, mappings, zip, with mixing; dict.fromkeys; errors for bad input
print(dict(), dict(a=1, b=2), dict([("x", 1), ["y", 2]]), dict({"k": 1}, k=2, j=3))
print(dict(zip(["one", "two"], [1, 2])), dict(enumerate("abc")), dict([(i, i * i) for i in range(4)]))
print(dict(((1, 2), (3, 4))), dict.fromkeys(["a", "b"], 0), dict(dict(a=1)))
original = {"a": [1]}
shallow = dict(original)
shallow["a"].append(2)
shallow["b"] = 3
print(original, shallow)
for bad in [[1, 2], [("a", 1, 2)], ["ab", "cde"]]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
