# checks: list iterators and reverse iterators while the list changes, exhaustion, length hints
a = [1, 2, 3]
out = []
for x in a:
    out.append(x)
    if x < 3:
        a.append(x + 10)
print(out, a)
b = [1, 2, 3, 4, 5, 6]
for x in b:
    b.remove(x)
print(b)
it = iter([1, 2])
print(next(it), next(it), next(it, 'done'), next(it, 'again'))
c = [1]
it = iter(c)
print(list(it))
c.append(2)
print(list(it), c)
d = [1, 2, 3]
r = reversed(d)
print(next(r))
d.pop()
d.pop()
print(list(r))
e = [1, 2, 3]
r = reversed(e)
e.append(4)
print(list(r))
f = [0, 1, 2, 3]
it = iter(f)
print(it.__length_hint__(), next(it), it.__length_hint__())
rv = reversed(f)
print(rv.__length_hint__(), next(rv), rv.__length_hint__())
f.clear()
print(it.__length_hint__(), rv.__length_hint__(), list(it), list(rv))
g = list(range(5))
for i, x in enumerate(g):
    g[i] = x * x
print(g)
h = [[1, 2], [3, 4]]
print([y for x in h for y in x], [x[::-1] for x in h])
words = ['a', 'b', 'c']
it = iter(words)
print(iter(it) is it, type(it).__name__)
for w in it:
    print(w, end=' ')
print()
k = [5, 6]
ki = k.__iter__()
print(next(ki), next(ki))
try:
    next(ki)
except StopIteration as e:
    print('StopIteration', e.args)
