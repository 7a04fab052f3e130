# checks: math integer functions on small and big ints: gcd, lcm, isqrt, factorial, comb, perm, prod, floor/ceil/trunc
import math
print(math.gcd(), math.gcd(0, 0), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(2 ** 100, 6 ** 50), math.gcd(12, 18, 27), math.gcd(True, 4))
print(math.lcm(), math.lcm(0, 5), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(2 ** 64, 3 ** 40), math.lcm(2, 3, 4, 5, 6), math.lcm(7))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10 ** 40), math.isqrt(10 ** 41), math.isqrt(2 ** 127 - 1), math.isqrt(True))
print(math.factorial(0), math.factorial(20), math.factorial(21), math.factorial(30), len(str(math.factorial(500))), math.factorial(True))
print(math.comb(10, 3), math.comb(10, 0), math.comb(3, 5), math.comb(60, 30), math.comb(10 ** 20, 3), math.comb(2 ** 64, 2), math.comb(1000, 998))
print(math.perm(5), math.perm(5, None), math.perm(10, 3), math.perm(3, 5), math.perm(2 ** 64, 2), math.perm(30, 30) == math.factorial(30), math.perm(10, 2 ** 63))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 25)), math.prod([2.0, 3]), math.prod([2, 3], start=10), math.prod(["a", 3]), math.prod([], start="z"))
print(math.floor(2.5), math.floor(-2.5), math.ceil(2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(1e300) == 10 ** 300, math.floor(2 ** 100), math.ceil(True), math.floor(-0.5))
print(type(math.floor(2.0)).__name__, type(math.ceil(5)).__name__, type(math.trunc(True)).__name__, math.floor(-1e-300), math.ceil(1e-300))

class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v
    def __floor__(self):
        return "floor!"
    def __trunc__(self):
        return "trunc!"

class Count:
    def __index__(self):
        return 6

print(math.sqrt(Meters(16.0)), math.floor(Meters(2.5)), math.ceil(Meters(2.5)), math.trunc(Meters(1.0)), math.factorial(Count()), math.gcd(Count(), 4))
for f in [lambda: math.floor(float("inf")), lambda: math.ceil(float("nan")), lambda: math.trunc(float("-inf"))]:
    try:
        f()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
