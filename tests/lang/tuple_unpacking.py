# checks: tuple packing/unpacking, swaps, nested unpacking, unpacking in for loops, count mismatches
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
for i, (name, score) in enumerate([("ann", 90), ("ben", 85)]):
    print(i, name, score)
pairs = {"a": 1, "b": 2}
for key, value in pairs.items():
    print(key, value)
((a1, a2), (b1, b2)) = ((1, 2), (3, 4))
print(a1, a2, b1, b2)
i = j = k = 0
print(i, j, k)
first, second = range(2)
print(first, second)
lst = [0, 0, 0]
idx = 0
idx, lst[idx] = 2, "set"
print(idx, lst)
for bad in [(1, 2, 3), (1,)]:
    try:
        u, v = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    u, v = 5
except TypeError as e:
    print("TypeError:", e)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 8, 1])
print(lo, hi, minmax("hello"))
