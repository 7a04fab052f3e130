# checks: log, log2, log10 and log1p on floats, small ints and ints far beyond float range, with a base argument
import math
for v in [1, 2, 10, 1000, 0.5, 2.718281828459045, 1e-300, 5e-324, 1e308, True]:
    print(v, math.log(v), math.log2(v), math.log10(v), math.log1p(v))
for k in [100, 1023, 1024, 1025, 5000, 100000]:
    print(k, math.log(2 ** k), math.log2(2 ** k), math.log10(2 ** k), math.log(2 ** k, 2), math.log2(2 ** k + 1))
print(math.log(10 ** 400, 10), math.log(10 ** 400, 10 ** 200), math.log10(10 ** 500), math.log(3 ** 1000, 3), math.log(7 ** 999))
print(math.log(8, 2), math.log(100, 10), math.log(1024, 2), math.log(2, 0.5), math.log(1, 3), math.log(0.001, 10), math.log(27, 3))
print(math.exp(1), math.exp(-745), math.exp(709), math.expm1(1e-10), math.log1p(1e-10), math.exp(math.log(10)))
for args in [(-(2 ** 1000),), (0,), (2 ** 1000, 1), (10, -(10 ** 400))]:
    try:
        print(math.log(*args))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
