# checks: list comparison (lexicographic, with NaN and user __eq__), +, *, +=, *=, in, repr with cycles
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] == [1, 2, 3], [] == [], [1] == (1,))
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] <= [1, 2], [] < [0], [3] >= [3])
print([1, 'a'] < [2, 0], [1, [2, 3]] < [1, [2, 4]], [1.0] == [1], [True] == [1])
nan = float('nan')
print([nan] == [nan], [1, nan] < [1, nan], [nan] != [nan])
x = [nan]
print(x == x, x[0] == x[0])
attempt("lt mixed", lambda: [1, 'a'] < [1, 2])
attempt("lt tuple", lambda: [1] < (1,))
attempt("gt none", lambda: [None] > [None])
print([1, 'a'] == [1, 2], [1, 'a'] != [1, 2])

class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return self.v == getattr(other, 'v', other)
print([E(1), E(2)] == [E(1), E(3)])
print([E(5)] == [E(5), E(6)])
print(E(1) in [0, 1], [1, 2].count(E(2)))

a = [1, 2]
b = a + [3]
print(a, b, a + [], [] + a, a + a)
attempt("list+tuple", lambda: [1] + (2,))
attempt("list+str", lambda: [1] + 'a')
attempt("tuple+list", lambda: (1,) + [2])
print(a * 3, 3 * a, a * 0, a * -2, a * True, [] * 5, [[0]] * 2)
attempt("list*float", lambda: [1] * 1.5)
attempt("list*list", lambda: [1] * [2])
attempt("list*big", lambda: [1] * (2**100))
attempt("list*negbig", lambda: [1] * -(2**100))

class N:
    def __index__(self):
        return 2
print([7] * N(), N() * [8])

c = a
c += (4, 5)
c += 'xy'
c += range(2)
c += {9: 0}
print(a, c is a)
def exec_iadd():
    d = [1]
    d += 5
    return d
attempt("+= int", exec_iadd)
e = [1, 2]
f = e
e *= 2
print(e, f is e)
e *= 0
print(e, f)
g = [3]
g *= -1
print(g)
h = [1]
h *= N()
print(h)

print(1 in [1, 2], 3 in [1, 2], 3 not in [1, 2], [1] in [[1], 2], 1.0 in [1], 'a' in ['ab'])
r = [1, 2]
r.append(r)
print(r, len(r))
s = [r, [r]]
print(s)
t = []
t.append([t, (t,), {'k': t}])
print(t)
print(repr([]), str([1, 'a', None, 2.5, (1,), {}, set()]))
