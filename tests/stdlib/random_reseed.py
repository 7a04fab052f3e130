# checks: reseeding with the same int repeats the same sequence; different seeds differ; negative seeds and big seeds
import random
def sample():
    return [random.randint(0, 100) for _ in range(6)]
random.seed(7)
first = sample()
random.seed(7)
second = sample()
random.seed(8)
third = sample()
print(first, second, third, first == second, first == third)
random.seed(-7)
print(sample())
random.seed(2 ** 100)
print(sample(), random.random())
random.seed(0)
a = random.random()
random.seed(0)
print(a == random.random(), a)
