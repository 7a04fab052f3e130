# checks: a seeded dice and cards simulation whose totals are reproducible across runs and implementations
import random
random.seed(12345)
counts = {face: 0 for face in range(1, 7)}
for _ in range(600):
    counts[random.randint(1, 6)] += 1
print(counts, sum(counts.values()))
suits = ["S", "H", "D", "C"]
ranks = ["A", "2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K"]
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
hands = [deck[i:i + 5] for i in range(0, 20, 5)]
for h in hands:
    print(" ".join(h))
walk = 0
path = []
for _ in range(15):
    walk += random.choice([-1, 1])
    path.append(walk)
print(path)
hits = 0
for _ in range(2000):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        hits += 1
print(hits, 4 * hits / 2000)
print(round(random.uniform(1.5, 2.5), 6), random.randrange(0, 1000, 7))
