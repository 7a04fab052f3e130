# checks: iterating ranges: steps, negative ranges, empty ranges, reversed, int64 edges, length hints, mutation of the loop variable
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0, -5)), list(range(0, 5, -1)), list(range(1, 2, 10)))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -3))), list(reversed(range(0))))
print(list(reversed(range(-5, 5, 4))), list(reversed(range(2**63 - 5, 2**63 - 1, 2))))
print(list(range(2**63 - 10, 2**63 - 1, 3)), list(range(-2**63 + 10, -2**63, -4)))
print(list(range(2**63 - 2, 2**63 - 1, 10)), list(reversed(range(-2**63 + 1, -2**63 + 20, 9))))
total = 0
for i in range(1000000):
    total += i
print(total)
count = 0
for i in range(10):
    i += 100
    count += 1
print(count, i)
it = iter(range(3))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__(), next(it, 'done'))
rv = reversed(range(1, 10, 4))
print(rv.__length_hint__(), list(rv), rv.__length_hint__())
r = range(4)
print(list(r), list(r), [x * y for x in range(3) for y in range(x)], sum(range(101)))
print(list(zip(range(3), range(10, 0, -4))), dict(zip(range(3), range(3, 0, -1))), max(range(7)), min(range(3, 9)))
nested = 0
for a in range(50):
    for b in range(a, 50, 7):
        nested += a ^ b
print(nested)
big = range(0, 2**62, 2**59)
print(list(big), len(big))
print(iter(it) is it, list(iter(range(-1))))
