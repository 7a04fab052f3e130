# checks: element order of set operation results (|, &, -, ^ and methods, in-place forms), as CPython's
a = set(range(0, 60, 3))
b = set(range(0, 60, 5))
c = {1, 2, 3, 100, 200, 300, 64, 128}
print(a | b)
print(b | a)
print(a & b, b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a | c | b)
print(a.union(b, c, [7, 8, 9], range(3)))
print(a.intersection(b, range(0, 60, 2)), a.intersection(), a.intersection([30, 15, 0, 99]))
print(a.difference(b, [3, 6]), a.difference(), a.difference({}), a.difference({3: 'x', 6: 'y'}))
print(a.symmetric_difference([100, 0, 3]), a.symmetric_difference({100: 1, 0: 2}))
print(c - {1}, c - set(range(1000)), c.difference({300: 1, 2: 2}), c.difference([1, 2, 3]))
big = set(range(1000))
print(list(big - {5, 6, 7})[:10], len(big - {5, 6, 7}))
print(list(big - set(range(10, 990)))[:25])
print(set(range(10)) & set(range(5, 100)), set(range(5, 100)) & set(range(10)))
d = set(range(40))
d &= set(range(0, 80, 4))
print(d)
d |= {1000, 999}
print(d)
d -= {0, 4, 8}
print(d)
d ^= {1000, 5, 12}
print(d)
e = set(range(64))
e.difference_update(range(0, 64, 2), [1, 3, 5])
print(e)
e.intersection_update(range(60), {7, 9, 11, 13, 59, 61})
print(e)
e.symmetric_difference_update({7, 8, 9, 10})
print(e)
e.symmetric_difference_update({8: 0, 100: 0})
print(e)
e.update([30, 20, 10], {64: 1}, range(3))
print(e)
f = set(range(100))
f.difference_update(range(90))
print(f)
f.add(5)
f.add(1000)
print(f)
g = set(range(20))
g -= set(range(3, 17))
print(g)
g.add(35)
print(g)
h = {1, 2, 3}
h &= h
print(h)
h ^= h
print(h)
k = {1, 2}
k |= k
k -= k
print(k)
fs = frozenset(range(10, 0, -2))
print(fs | {1}, {1} | fs, fs & {2, 4, 99}, {2, 4, 99} & fs, fs - {2}, {2, 3} - fs, fs ^ {1, 2})
print(type(fs | {1}).__name__, type({1} | fs).__name__, type(fs.copy()).__name__, fs.copy() is fs)
x = fs
x |= {77}
print(x, fs, x is fs)
y = {1}
z = y
z |= {2}
print(y, z is y)
print(set('abc') == set('cab'), sorted(set('hello world')))
