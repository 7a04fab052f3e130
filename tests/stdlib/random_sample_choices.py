# checks: sample (pool and set strategies, counts=) and choices (unweighted, weights, cum_weights) give CPython's picks
import random
random.seed(2024)
print(random.sample(range(10), 10), random.sample(range(100), 5), random.sample("abcdefg", 3), random.sample([1, 2, 3], 0))
print(random.sample(range(1000000), 8), random.sample(range(50), 30), random.sample(range(30), 25), random.sample(tuple("xyz"), 2))
print(random.sample(["red", "blue"], 5, counts=[4, 2]), random.sample(range(5), k=3, counts=[1, 0, 3, 2, 1]))
print(random.choices("abc"), random.choices("abc", k=6), random.choices(range(10), k=4), random.choices([1, 2], k=0))
print(random.choices("abc", [5, 1, 1], k=8), random.choices("abc", cum_weights=[1, 2, 10], k=8), random.choices("ab", [0.5, 0.25], k=5))
print(random.choices(["x", "y", "z"], weights=[0, 0, 1], k=3), random.choices([10, 20], [1, 1000000], k=4))
for seed in range(5):
    random.seed(seed)
    print(seed, random.sample(range(20), 6), random.choices("ABCDE", [1, 2, 3, 4, 5], k=5))
