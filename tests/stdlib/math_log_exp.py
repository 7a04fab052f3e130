# checks: math.log (natural and with base), log2, log10, log1p, exp, expm1, pow (float) and their exact outputs
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2), math.log(10 ** 100))
print(math.log2(1024), math.log2(3), math.log10(1000), math.log10(2), math.log1p(1e-10))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(2.5), math.expm1(1e-10))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0), math.pow(4, -0.5))
print(math.log(2 ** 1000), math.log10(10 ** 50), round(math.exp(math.log(7)), 12))
for call in [lambda: math.log(0), lambda: math.log(-1), lambda: math.sqrt(-1), lambda: math.log2(-2)]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
