# checks: every dict method: get, setdefault, pop, popitem (LIFO), update, copy, clear, keys/values/items, errors
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 0))
print(d.setdefault('c', 3), d.setdefault('a', 100), d.setdefault('n'), d)
print(d.pop('n'), d.pop('zz', 'dflt'), d.pop('zz', None), d)
attempt("pop missing", lambda: d.pop('zz'))
attempt("pop tuple", lambda: d.pop((1, 2)))
attempt("pop unhashable", lambda: d.pop([1]))
e = {1: 'x', 2: 'y', 3: 'z'}
print(e.popitem(), e.popitem(), e)
e[4] = 'w'
print(e.popitem(), e.popitem(), e)
attempt("popitem empty", lambda: e.popitem())
f = {i: i for i in range(10)}
del f[9]
del f[8]
print(f.popitem(), f)
f[20] = 20
print(f.popitem(), f.popitem())
g = {'x': 1}
g.update({'y': 2})
g.update([('z', 3)], w=4)
g.update(x=10)
g.update()
g.update({})
g.update(g)
print(g)
h = g.copy()
h['x'] = 'changed'
print(g['x'], h['x'], h == g, h is g)
h.clear()
print(h, len(h), g)
print(list(g.keys()), list(g.values()), list(g.items()))
print(g.__contains__('x'), g.__getitem__('y'), g.__len__(), 'y' in g, 'q' not in g)
attempt("get 0", lambda: d.get())
attempt("get 3", lambda: d.get(1, 2, 3))
attempt("get kw", lambda: d.get(key=1))
attempt("setdefault 0", lambda: d.setdefault())
attempt("setdefault kw", lambda: d.setdefault(x=1))
attempt("pop 0", lambda: d.pop())
attempt("pop 3", lambda: d.pop(1, 2, 3))
attempt("pop kw", lambda: d.pop(x=1))
attempt("popitem 1", lambda: d.popitem(1))
attempt("update 2", lambda: d.update(1, 2))
attempt("update int", lambda: d.update(1))
attempt("update bad pair", lambda: d.update([(1, 2, 3)]))
attempt("copy 1", lambda: d.copy(1))
attempt("clear 1", lambda: d.clear(1))
attempt("keys 1", lambda: d.keys(1))
attempt("values kw", lambda: d.values(x=1))
attempt("items 1", lambda: d.items(1))
attempt("contains 0", lambda: d.__contains__())
attempt("getitem 0", lambda: d.__getitem__())
attempt("hash", lambda: hash({}))
attempt("missing key", lambda: d['nope'])
attempt("missing tuple key", lambda: d[(1, 2)])
attempt("missing int key", lambda: {}[0])
attempt("unhashable key", lambda: d[[1]])
attempt("unhashable set", lambda: {{1}: 2})
def delete(k):
    x = {'a': 1}
    del x[k]
    return x
attempt("del ok", lambda: delete('a'))
attempt("del missing", lambda: delete('b'))
attempt("del unhashable", lambda: delete({}))
try:
    {}['key']
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}[('t',)]
except KeyError as e:
    print(repr(e), str(e), e.args)
try:
    {}['']
except KeyError as e:
    print(repr(e), str(e), e.args)
