# checks: ** for ints and floats: negative exponents, zero to negative power, special float cases, 3-argument pow
print(2 ** 10, 2 ** -1, 2 ** -2, (-2) ** -1, (-2) ** 3, (-2) ** 64, 10 ** -3, 0 ** 0, 0 ** 5, 1 ** 10 ** 50)
print(2.0 ** 0.5, 4 ** 0.5, 8 ** (1 / 3), (-8.0) ** 3, (-2.0) ** -2, 0.0 ** 0, 0.0 ** 3, (-0.0) ** 3)
inf, nan = float("inf"), float("nan")
print(nan ** 0, 1 ** nan, 1.0 ** inf, (-1.0) ** inf, 0.5 ** inf, 2 ** inf, 0.5 ** -inf, 2 ** -inf)
print(inf ** 2, inf ** -2, (-inf) ** 3, (-inf) ** 2, (-inf) ** -3, (-inf) ** -2, inf ** 0.5, nan ** 2)
print((-1) ** 0.0, (-2.0) ** 2.0, (-2) ** 3.0, 2 ** 1023.0, 10.0 ** -400, 1.5 ** 2, 3 ** 2.5)
for f in [lambda: 0 ** -1, lambda: 0.0 ** -1, lambda: 0 ** -2.5, lambda: 0.0 ** -inf]:
    try:
        print(f())
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
for f in [lambda: 10.0 ** 400, lambda: 2 ** 1024.5, lambda: (-10.0) ** 401]:
    try:
        print(f())
    except OverflowError as e:
        print("OverflowError:", e)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(-3, 3, 7), pow(3, 3, -7), pow(5, 0, 1), pow(5, 3, -1))
print(pow(3, -1, 7), pow(2, -3, 11), pow(10, -1, 2 ** 61 - 1), pow(2 ** 100, 2 ** 100, 10 ** 30 + 57), pow(7, -2, -13))
for args in [(2, 3, 0), (2, -1, 4), (0, -1, 5), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("a", 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(int.__pow__(2, 10), int.__pow__(2, 10, 7), int.__rpow__(2, 10), float.__pow__(2.0, 3), float.__rpow__(2.0, 3))
