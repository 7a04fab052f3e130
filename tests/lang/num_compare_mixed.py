# checks: exact comparisons between ints, big ints and floats (no rounding through float), nan and infinities
big = 2 ** 53 + 1
print(big == 2.0 ** 53, big > 2.0 ** 53, float(big) == big, 2 ** 53 == 2.0 ** 53, 9007199254740993 < 9007199254740994.0)
print(2 ** 63 == 9.223372036854775807e18, 2 ** 63 - 1 < 9.223372036854775807e18, -(2 ** 63) == -9.223372036854775808e18)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) > float("-inf"), 10 ** 400 == float("inf"))
nan = float("nan")
for x in [0, 1, 2 ** 70, -(2 ** 70), True]:
    print(x == nan, x != nan, x < nan, x > nan, nan <= x, nan >= x)
print(1 == 1.0, True == 1, True == 1.0, False == 0.0, -0.0 == 0, 0.1 + 0.2 == 0.3, 3 < 3.0000000000000004)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100, (2 ** 100 - 1) < 2.0 ** 100)
vals = [3, 2.5, -1, 10 ** 20, 1e20, -2 ** 70, True, 0.0, -0.5, 2 ** 64, 1.8446744073709552e19]
print(sorted(vals), max(vals), min(vals))
print(sorted([1.0, 1, True, 1.0]), [type(v).__name__ for v in sorted([1, 1.0, True])])
print(int.__lt__(1, 2), int.__eq__(1, 1.0), float.__eq__(1.0, 1), float.__lt__(1.5, 2 ** 70), int.__gt__(3, "a"))
for a, b in [(1, "1"), (1.5, None), ([], 2)]:
    print(a == b, a != b)
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
