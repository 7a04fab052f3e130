# checks: list indexing and slicing with negative indices and steps; slices are copies
a = list(range(10))
print(a[2:5], a[-3:], a[:-7], a[::3], a[::-1], a[7:2:-2], a[-1:-4:-1], a[5:5], a[20:], a[-20:2])
b = a[:]
b[0] = 99
print(a[0], b[0], a[:] == a, a[:] is a)
print(a[len(a) - 1], a[-len(a)], a[slice(1, 9, 4)])
nested = [[1, 2], [3, 4], [5, 6]]
print(nested[1][0], nested[-1][-1], nested[::2], [row[1] for row in nested])
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)
s = a[1:8]
s.reverse()
print(s, a)
