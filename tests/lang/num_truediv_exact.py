# checks: true division is correctly rounded for big ints, underflows to 0.0, overflows with CPython's message
print(1 / 3, 2 / 3, -1 / 3, 10 / 4, 0 / 5, 0 / -5, -0 / 5, 7 / -7)
print((2 ** 100) / (2 ** 99), (10 ** 30) / (10 ** 29), (10 ** 400) / (10 ** 399), (3 ** 300) / (3 ** 299))
print((2 ** 53 + 1) / 1, (2 ** 53 + 3) / 2, (2 ** 64 + 1) / (2 ** 11), (10 ** 20 + 1) / 10 ** 20)
print(1 / (2 ** 1100), -1 / (2 ** 1100), (2 ** 1080) / (2 ** 2100), 1 / 10 ** 330, 3 / 10 ** 320)
print((2 ** 1024 - 1) / 2, (2 ** 1023) / 1, 12345678901234567890123 / 987654321987654321)
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(-(2 ** 63)), float(2 ** 1023), float(10 ** 308))
for a, b in [(10 ** 400 + 1, 3), (2 ** 1024, 1), (1, 0), (2 ** 100, 0)]:
    try:
        print(a / b)
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
for v in [2 ** 1024, -(10 ** 309)]:
    try:
        float(v)
    except OverflowError as e:
        print("OverflowError:", e)
print(True / 2, 5 / True, 2 ** 60 / 3, -(2 ** 60) / 3, (2 ** 60 + 1) / 2 ** 60)
print(1e308 + 10 ** 300, 0.5 * 2 ** 100, 2 ** 100 * 0.5, 1.5 - 2 ** 70, 10 ** 20 / 1.5)
try:
    print(1.0 + 10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
