# checks: float arithmetic, mixing with ints, conversions, float methods and comparisons
print(1.5 + 2, 3 - 0.5, 2 * 2.5, 7 / 2, 7.0 // 2, 2 ** 0.5)
print(int(3.9), int(-3.9), int(2.0), float(3), float("2.5"), float(" -7 "))
print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (-2.5).as_integer_ratio())
print(abs(-2.5), -(-1.25), +1.25)
print(0.1 * 3, 0.1 * 3 == 0.3, 1.1 + 2.2, 3.3 - 1.1)
print(1e300 * 1e10, -1e300 * 1e10, 1e-320 / 1e10)
print(max(1, 2.0), min(1.0, 1), max(2, 2.0), type(max(2, 2.0)).__name__)
print(1 < 1.5 < 2, 2.0 == 2, 3 >= 3.0, 0.1 + 0.2 > 0.3)
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]))
x = 10
x /= 4
print(x, type(x).__name__)
y = 7.0
y //= 2
y %= 3
y -= 0.5
y *= 4
print(y)
print(float("inf") > 10 ** 400, 10 ** 400 > 1e308, 2 ** 1000 == 2.0 ** 1000)
print(9007199254740993 == 9007199254740992.0, 9007199254740992 == 9007199254740992.0)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError:", e)
