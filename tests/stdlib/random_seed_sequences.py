# checks: random() / randint / choice / shuffle / uniform / randrange sequences equal CPython's for many int, float and str seeds
import random
for s in [0, 1, 42, 2 ** 32, 2 ** 40, -5, 12345678901234567890, 2 ** 200 + 7, 3.5, -0.25, True, "hello", "", "héllo ✓", "x" * 150]:
    random.seed(s)
    print(repr(s)[:30], [random.random() for i in range(3)])
    print([random.randint(1, 6) for i in range(10)], random.choice("abcdefghij"), random.choice([10, 20, 30]))
    deck = list(range(15))
    random.shuffle(deck)
    print(deck, random.uniform(-1, 1), random.uniform(5, 2))
    print(random.randrange(100), random.randrange(5, 50), random.randrange(0, 100, 7), random.randrange(50, 0, -3), random.randrange(10 ** 30))
    print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(200))
