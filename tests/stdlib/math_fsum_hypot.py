# checks: fsum's exact, correctly rounded summation (half-way cases, overflow, inf/nan) and the accuracy of hypot/dist
import math
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1, 1e100, 1, -1e100]), math.fsum([1e-16, 1, 1e16]))
print(math.fsum([1.0, 1e-16, 1e-16]), math.fsum([2 ** 53, 1, 1e-10]), math.fsum([2 ** 53, -0.5, -2.0 ** -54]), math.fsum([]))
print(math.fsum(range(1, 101)), math.fsum([1e308, -1e308, 1.5]), math.fsum([-0.0, -0.0]), math.fsum([0.3, 0.6, 0.1, -1.0]))
vals = [((i * 7919) % 1000 - 500) * 10.0 ** ((i * 37) % 41 - 20) for i in range(500)]
print(math.fsum(vals), math.fsum(sorted(vals)), math.fsum(reversed(vals)), math.fsum(v * 3 for v in [1.1, 2.2, 3.3]) if False else 0)
print(math.fsum([float("inf"), 1]), math.fsum([float("nan"), 1]), math.fsum([float("-inf"), -1e308]))
for data in [[float("inf"), -float("inf")], [1e308, 1e308], [1e308, 1e308, -1e308], ["a"]]:
    try:
        print(math.fsum(data))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
pts = [(3, 4), (1, 1), (0.1, 0.2), (1e-310, 2e-310), (1e200, 1e200), (2.5, -7.25, 1e-3), (1, 2, 3, 4, 5, 6, 7)]
for p in pts:
    print(p, math.hypot(*p), math.dist(p, [0] * len(p)), math.dist(p, p))
print(math.dist((1, 2), (4, 6)), math.dist([0.5, 1.5, -2.5], (3.25, -1.0, 8)), math.dist((0, 0), (1e308, 1e308)))
s = 0.0
for i in range(1, 200):
    s += math.hypot(i * 0.1, 1 / i)
print(s)
