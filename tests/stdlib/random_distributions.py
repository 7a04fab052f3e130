# checks: the real-valued distributions (gauss, normalvariate, expovariate, triangular, beta, gamma, ...) match CPython
import random
random.seed(99)
print([random.gauss(0, 1) for i in range(5)])
print([random.gauss(10, 2) for i in range(3)], [random.normalvariate(0, 1) for i in range(3)], random.normalvariate())
print([random.expovariate(1.5) for i in range(3)], [random.triangular(0, 10, 2) for i in range(3)], random.triangular())
print(random.triangular(5, 5), random.triangular(2, 1), [random.lognormvariate(0, 0.5) for i in range(2)])
print([random.betavariate(2, 5) for i in range(3)], [random.gammavariate(0.5, 2) for i in range(3)])
print([random.gammavariate(1.0, 3) for i in range(2)], [random.gammavariate(9, 0.5) for i in range(3)])
print([random.vonmisesvariate(1.0, 4.0) for i in range(3)], random.vonmisesvariate(0, 0), [random.paretovariate(3) for i in range(2)])
print([random.weibullvariate(1, 1.5) for i in range(3)], [random.uniform(10, 20) for i in range(2)])
r = random.Random(5)
print(r.gauss(), r.gauss(), r.gauss())
r.seed(5)
print(r.gauss(), r.normalvariate(1, 3))
for f in [lambda: random.gammavariate(0, 1), lambda: random.betavariate(1, -1), lambda: random.expovariate(0),
          lambda: random.paretovariate(0)]:
    try:
        print(f())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
