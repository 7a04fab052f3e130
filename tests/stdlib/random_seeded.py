# checks: random with a fixed seed produces CPython's exact sequences for random, randint, choice, shuffle, uniform, randrange
import random
random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(8)])
colours = ["red", "green", "blue", "yellow", "purple"]
print([random.choice(colours) for _ in range(8)], random.choice("abcdef"), random.choice(range(100, 200)))
deck = list(range(1, 14))
random.shuffle(deck)
print(deck)
print([random.uniform(-1, 1) for _ in range(3)], random.uniform(10, 5))
random.seed(2024)
print(random.random(), random.randint(1, 10 ** 12), random.randrange(-50, 50))
