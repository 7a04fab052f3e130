# checks: repr() and str() of built-in values, nested containers, recursive containers and special floats
values = [0, -5, 2 ** 70, 1.0, 1e-7, 1.5e300, float("inf"), float("nan"), -0.0, True, None, "s", "it's", 'q"uote',
          "", [], (), {}, set(), frozenset(), [1, [2, [3]]], (1,), {"k": (1, 2)}, range(3), {1, 2}]
for v in values:
    print(repr(v), "|", str(v))
lst = [1]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(repr(lst), str(d))
print(repr(repr("x")), str(str("x")), repr(str), repr(len), repr(print))
print(repr(1 / 3), str(1 / 3), repr(100.0), repr(1e16), repr(12345678901234567.0))
