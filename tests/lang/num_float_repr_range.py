# checks: repr/str of floats across magnitudes: shortest round-trip digits, switch to exponent form at 1e16 and 1e-5
vals = [0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1e17, 123456789012345678.0,
        1234567890123456.8, 0.0001, 0.00001, 0.000123, 1.5e-05, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 9007199254740992.0, 9007199254740993.0, 4.35, 2.675, 1e22, 1e23,
        123.456, -987.654321, 3.14159, 2 ** 0.5, 1e-7, 9.999999999999999e15, 1e100, 1.25e-300]
for v in vals:
    print(repr(v), str(v), -v)
print(float("inf"), float("-inf"), float("nan"), -float("inf"), [float("nan"), 1.0])
x = 1.0
for i in range(25):
    print(x, -x / 7, x / 3)
    x *= 10.0
x = 1.0
for i in range(25):
    x /= 10.0
    print(x, x * 3)
p = 1.0
for i in range(60):
    p *= 2.0
print(p, p / 2 ** 120, 2.0 ** -1074, 2.0 ** 1023, 2.0 ** 52 + 0.5)
print(0.1 * 3, 1.1 * 1.1, 3.3 / 1.1, 100 * 1.1, 0.7 + 0.1, 1 - 0.9, 1e16 + 1, 1e16 + 2)
