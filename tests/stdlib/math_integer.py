# checks: integer functions: gcd (several args), lcm, factorial, comb, perm, prod, isqrt, with big values and errors
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(7, 13), math.gcd(), math.gcd(24, 36, 60))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(0, 5))
print([math.factorial(n) for n in range(8)], math.factorial(30))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(52, 5), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 4), math.perm(20, 10))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 11)), math.prod([0.5, 4]), math.prod([2, 3], start=10))
for call in [lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.isqrt(-4)]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", e)
