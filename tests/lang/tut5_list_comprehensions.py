# checks: tutorial ch.5 list comprehensions: loop vs map vs comprehension, pairs, filters, flattening, tuples
cubes = []
for n in range(8):
    cubes.append(n ** 3)
print(cubes, n)
print(list(map(lambda n: n ** 3, range(8))))
print([n ** 3 for n in range(8)])
print([(a, b) for a in [5, 6, 7] for b in [7, 5, 9] if a != b])
pairs = []
for a in [5, 6, 7]:
    for b in [7, 5, 9]:
        if a != b:
            pairs.append((a, b))
print(pairs)
temps = [-3, -1, 0, 1, 3]
print([t * 10 for t in temps], [t for t in temps if t > 0], [abs(t) for t in temps])
labels = ["  north ", "south  ", "   east"]
print([lab.strip() for lab in labels])
print([(n, n ** 3) for n in range(5)])
grid = [[9, 8], [7, 6], [5]]
print([cell for row in grid for cell in row])
import math
print([str(round(math.e, k)) for k in range(1, 6)])
