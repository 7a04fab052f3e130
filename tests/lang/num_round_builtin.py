# checks: round() on floats (exact half-even on the binary value, ndigits both signs) and on ints (negative ndigits)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999), round(1e20), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2), round(2.5, 0), round(-0.4, 0))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2), round(-1250.0, -2), round(49.9, -2), round(-40.0, -2))
print(round(123.456, 1), round(123.456, 5), round(123.456, 400), round(123.456, -400), round(1e300, -308), round(5e-324, 400))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(-1350, -2), round(15, -1), round(25, -1))
print(round(5, 2), round(-5, 0), round(2 ** 80 + 2 ** 79, -24), round(10 ** 30 + 5 * 10 ** 9, -10), round(7, -100), round(True))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__, type(round(True, 1)).__name__)
print(round(0.1 + 0.2, 10), round(1 / 3, 5), round(2 / 3, 16), round(-2 / 3, 3), round(1e-10, 12), round(9.995, 2))
print(round(float("inf"), 2), round(float("-inf"), -2), round(float("nan"), 1), round(5.5, None))
for f in [lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(1.7976931348623157e308, -308),
          lambda: round(5, 2.0), lambda: round(2.5, "1"), lambda: round("x")]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((3.75).__round__(1), (3.7).__round__(), (1234).__round__(-2), (17).__round__())
