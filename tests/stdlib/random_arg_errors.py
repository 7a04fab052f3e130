# checks: argument checking and error messages of randrange, randint, choice, sample, choices, seed, getrandbits
import random
random.seed(1)
cases = [lambda: random.randrange(0), lambda: random.randrange(-5), lambda: random.randrange(5, 2), lambda: random.randrange(1, 10, 0),
         lambda: random.randrange(10, 1, 2), lambda: random.randrange("a"), lambda: random.randrange(1, None, 2), lambda: random.randrange(5, step=2), lambda: random.randint(1, 0),
         lambda: random.choice([]), lambda: random.choice(""), lambda: random.choice({1: 2}),
         lambda: random.sample({1, 2, 3}, 2), lambda: random.sample([1, 2], 3), lambda: random.sample([1, 2], -1),
         lambda: random.sample(range(10), 3, counts=[1] * 9), lambda: random.sample([1, 2], 1, counts=[0, 0]),
         lambda: random.sample(["a", "b"], 3, counts=(2.5, 2)), lambda: random.choices([]), lambda: random.choices([1, 2], [1]),
         lambda: random.choices([1, 2], [0, 0]), lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]), lambda: random.choices([1, 2], 3),
         lambda: random.choices([1, 2], [float("inf"), 1]), lambda: random.getrandbits(-1), lambda: random.getrandbits(1.5),
         lambda: random.shuffle((1, 2)), lambda: random.seed([1]), lambda: random.seed({}), lambda: random.Random([])]
for f in cases:
    try:
        print("ok", f())
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(random.randint(3, 3), random.getrandbits(0), random.randrange(3, 4))
