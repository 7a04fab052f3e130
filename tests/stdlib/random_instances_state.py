# checks: independent Random instances, getstate/setstate round trips, reseeding, and a subclass overriding random()
import random
a = random.Random(7)
b = random.Random(7)
c = random.Random(8)
print(a.random() == b.random(), a.random() == c.random(), a.randint(1, 100), b.randint(1, 100), c.randint(1, 100))
state = a.getstate()
print(state[0], len(state[1]), state[2], type(state[1][0]).__name__)
first = [a.random() for i in range(5)]
a.setstate(state)
print(first == [a.random() for i in range(5)])
g = random.Random(3)
g.gauss()
st = g.getstate()
x = g.gauss()
g.setstate(st)
print(x == g.gauss())
random.seed(11)
one = [random.random() for i in range(3)]
random.seed(11)
print(one == [random.random() for i in range(3)], random.random())
s = random.getstate()
v = random.randint(0, 10 ** 6)
random.setstate(s)
print(v == random.randint(0, 10 ** 6))

class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed(1)
print(f.random(), f.uniform(0, 10), f.choices("abcd", k=3), f.randint(1, 1000), f.triangular(0, 4))
print(isinstance(f, random.Random), random.Random.VERSION, sorted(n for n in ["seed", "random", "choice"] if hasattr(random, n)))
for bad in [(2, (1, 2), None), (9, 1, 2)]:
    try:
        random.setstate(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    random.setstate((3, (1,) * 624, None))
except ValueError as e:
    print("ValueError:", e)
