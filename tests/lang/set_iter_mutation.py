# checks: "Set changed size during iteration", iterators over sets that change, length hints
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print('RuntimeError', e)
print(len(s))
t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print('RuntimeError', e)
print(t)
u = {1, 2, 3}
for x in u:
    u.discard(x)
    u.add(x + 100)
    break
print(sorted(u))
it = iter({5, 6})
print(it.__length_hint__(), next(it), it.__length_hint__(), next(it), it.__length_hint__())
print(next(it, 'end'))
v = {1, 2}
it = iter(v)
next(it)
v.add(3)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except RuntimeError as e:
    print('again', e)
v.discard(3)
try:
    print(next(it))
except RuntimeError as e:
    print('still', e)
w = {1}
it = iter(w)
w.clear()
try:
    print(list(it))
except RuntimeError as e:
    print('RuntimeError', e)
f = frozenset(range(5))
print([x * 2 for x in f], sum(f), list(iter(f)), sorted(f, reverse=True))
g = {1, 2, 3}
r = [x for x in g if x != 2]
print(r, set(map(lambda x: x * 3, g)), {x for x in g} == g)
