# checks: shortest round-tripping repr of floats, special values, exponent switch points
vals = [0.1 + 0.2, 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.00001234,
        -0.0, 0.0, 1.0, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 2.5, 3.14159,
        1.1 * 3, 0.3, 9007199254740993.0, 1234567.0, 0.5e-6, 12e300 * 10]
for v in vals:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NAN"))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(1e308 * 10, -1e308 * 10)
print([0.1, -0.0, inf], (1.5,), {"x": 2.0})
print(float("  3.25 "), float("-1e3"), float("1_000.5"), float(7), float("+.5"))
print(1.0 == 1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(-0.0 == 0.0, str(-0.0), str(0.0 * -1))
print(2.0 ** 0.5, 10 / 4, 3 * 1.1, 1e100)
print(float(2 ** 53), float(2 ** 53 + 1), 1e16 + 1)
