# checks: dict views: len, membership, repr, liveness, set operations (& | - ^), comparisons, isdisjoint, reversed
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i))
print('a' in k, 'z' in k, 2 in v, 9 in v, ('a', 1) in i, ('a', 2) in i, 'a' in i, ('a',) in i)
d['d'] = 4
del d['a']
print(k, v, i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__)
print(type(reversed(d)).__name__, type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(i)).__name__)
n = {1: 10, 2: 20, 3: 30}
m = {2: 20, 3: 33, 4: 40}
nk, mk = n.keys(), m.keys()
print(nk & mk, nk | mk, nk - mk, nk ^ mk, mk - nk)
print(nk & {1, 9}, nk | [7], nk - (1,), nk ^ {1: 'x', 8: 'y'})
print({3, 4, 5} & nk, [1, 9] - nk, {9} | nk, (3,) ^ nk, range(5) & nk)
print(n.items() & m.items(), n.items() - m.items(), n.items() ^ m.items())
print(n.items() | {(9, 9)}, {(1, 10), (5, 5)} & n.items())
print(nk == {1, 2, 3}, nk == [1, 2, 3], {1, 2, 3} == nk, nk != {1}, nk < {1, 2, 3, 4}, nk <= {1, 2, 3})
print(nk > {1}, nk >= {1, 2, 3, 4}, nk == n.keys(), n.items() == {(1, 10), (2, 20), (3, 30)})
print(n.values() == n.values(), nk == frozenset(nk), n.items() < m.items())
print(nk.isdisjoint([4, 5]), nk.isdisjoint({3}), n.items().isdisjoint({(1, 10)}), nk.isdisjoint(nk))
attempt("values or", lambda: n.values() | {1})
attempt("keys or int", lambda: nk | 1)
attempt("keys and int", lambda: nk & 1)
attempt("keys sub int", lambda: nk - 1)
attempt("keys xor int", lambda: nk ^ 1)
attempt("keys add", lambda: nk + nk)
attempt("keys lt list", lambda: nk < [1])
attempt("isdisjoint int", lambda: nk.isdisjoint(1))
attempt("isdisjoint 0", lambda: nk.isdisjoint())
attempt("hash keys", lambda: hash(nk))
attempt("keys index", lambda: nk[0])
attempt("make keys", lambda: type(nk)())
x = nk
x |= {100}
print(x, type(x).__name__, n)
print(sorted(nk, reverse=True), max(v), sum(n.values()), list(map(str, nk)))
e = {}
print(e.keys(), e.values(), e.items(), list(reversed(e)), set(e.items()))
r = {}
r['self'] = r.keys()
print(r)
s = {'x': 1}
s['v'] = s.values()
print(s)
t = {'i': None}
t['i'] = t.items()
print(t)
