# checks: sort with user __lt__, failing comparisons and key functions, and "list modified during sort"
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class V:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        V.calls += 1
        return self.v < other.v
    def __repr__(self):
        return 'V(%r)' % self.v

vs = [V(3), V(1), V(2), V(1)]
vs.sort()
print(vs, V.calls > 0)
print(sorted([V(9), V(-1)], reverse=True))

a = [3, 'x', 1]
attempt("mixed", lambda: a.sort())
print(sorted(a, key=str))
print(len(a), sorted(a, key=lambda x: str(x)))

def bad_key(x):
    if x == 2:
        raise ValueError('bad key %d' % x)
    return x
b = [3, 2, 1]
attempt("key raises", lambda: b.sort(key=bad_key))
print(b)
attempt("key not callable", lambda: b.sort(key=5))
def zero():
    return 0
attempt("key wrong args", lambda: b.sort(key=zero))

class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 7 or other.v == 7:
            raise RuntimeError('boom')
        return self.v < other.v
    def __repr__(self):
        return 'B%d' % self.v

items = [Boom(i) for i in [5, 9, 7, 1, 3]]
attempt("lt raises", lambda: items.sort())
print(sorted([b.v for b in items]))

victim = [4, 3, 2, 1]
def mutating_key(x):
    victim.append(x)
    return x
attempt("modified", lambda: victim.sort(key=mutating_key))
print(victim)

seen = []
watched = [2, 1, 3]
def peek(x):
    seen.append(len(watched))
    return x
watched.sort(key=peek)
print(watched, seen)

class Clear:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        big.clear()
        return self.v < other.v
big = [Clear(i) for i in range(5, 0, -1)]
attempt("cleared", lambda: big.sort())
print([c.v for c in big])

class NoLt:
    pass
attempt("no lt", lambda: sorted([NoLt(), NoLt()]))
attempt("one item no lt", lambda: len(sorted([NoLt()])))
attempt("none", lambda: sorted([None, 1]))
attempt("sorted kw", lambda: sorted([1], cmp=1))
attempt("sorted no arg", lambda: sorted())
