# checks: map with one and several iterables (shortest wins), filter with a function, None and bool, laziness, errors
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(map(str, [1, 2, 3])), list(map(len, ['a', 'bb', ''])), list(map(abs, range(-2, 3))))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda a, b, c: a + b + c, 'ab', 'cd', 'ef')))
print(list(map(max, [1, 9], [5, 2], [3, 3])), list(map(int, '123')), list(map(str.upper, 'ab')))
m = map(lambda x: x * 10, range(3))
print(next(m), iter(m) is m, type(m).__name__, list(m), next(m, 'end'))
calls = []
def track(x):
    calls.append(x)
    return x
lazy = map(track, [1, 2, 3])
print(calls)
print(next(lazy), calls)
attempt("map()", lambda: map())
attempt("map(f)", lambda: map(len))
attempt("map kw", lambda: map(len, [1], x=1))
attempt("map int", lambda: map(len, 5))
def inv(x):
    return 1 / x
attempt("map raises", lambda: list(map(inv, [1, 0])))
attempt("map not callable", lambda: list(map(5, [1])))
print(list(filter(None, [0, 1, '', 'a', [], [0], None, 0.0, 2.5, (), (0,)])))
print(list(filter(bool, [0, 3, False, True])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, 'a1b2c3')), list(filter(None, {0: 'a', 1: 'b'})))
f = filter(lambda x: x > 1, [1, 2, 3])
print(next(f), type(f).__name__, list(f), list(f))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
    def __repr__(self):
        return 'T(%s)' % self.v
print(list(filter(None, [Truthy(True), Truthy(False)])))
class Lenny:
    def __len__(self):
        return 0
print(len(list(filter(None, [Lenny(), Lenny()]))))
attempt("filter 1", lambda: filter(len))
attempt("filter 3", lambda: filter(len, [], []))
attempt("filter kw", lambda: filter(None, [], x=1))
attempt("filter int", lambda: filter(None, 3))
attempt("filter raises", lambda: list(filter(lambda x: 1 / x, [1, 0])))
print(sum(map(lambda x: x * x, filter(lambda x: x % 3 == 0, range(30)))))
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))))
print(sorted(map(lambda s: s[::-1], filter(None, ['abc', '', 'xy']))))
