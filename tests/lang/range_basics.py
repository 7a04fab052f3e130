# checks: range: repr, len, indexing, slicing, reversed, in, index/count, equality, negative steps
r = range(2, 20, 3)
print(r, range(5), range(0, 5), range(1, 10, 2), len(r), list(r))
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], list(r[1:4]), r[100:])
print(list(reversed(r)), 5 in r, 6 in r, 20 in r, r.index(11), r.count(8), r.count(9))
print(range(10, 0, -3), list(range(10, 0, -3)), list(range(0, -5, -1)), list(range(5, 5)), len(range(5, 0)))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), list(range(-3, 3)))
print(len(range(0, 10 ** 18, 3)), range(0, 10 ** 20, 3)[-1], 10 ** 19 in range(0, 10 ** 20))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
for bad in [10, -10]:
    try:
        range(5)[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    range(1, 5, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)))
total = 0
for i in range(3, -4, -2):
    total += i
    print(i, end=" ")
print(total)
