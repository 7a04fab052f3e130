# checks: reversed() (via __reversed__, or len+getitem), the __getitem__ iteration protocol, iter(callable, sentinel)
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(reversed([1, 2, 3])), list(reversed((1, 2, 3))), list(reversed('abc')), list(reversed(range(3))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({}.keys())), type(reversed((1,))).__name__, type(reversed('a')).__name__)
r = reversed((1, 2, 3))
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__(), next(r, 'end'))
attempt("int", lambda: reversed(1))
attempt("set", lambda: reversed({1}))
attempt("frozenset", lambda: reversed(frozenset()))
attempt("none", lambda: reversed(None))
attempt("map", lambda: reversed(map(str, [1])))
attempt("0 args", lambda: reversed())
attempt("2 args", lambda: reversed([1], [2]))
attempt("kw", lambda: reversed(seq=[1]))
attempt("type", lambda: reversed(list))

class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0 or i >= self.n:
            raise IndexError(i)
        return i * 10
print(list(reversed(Seq(4))), list(Seq(3)), 20 in Seq(3), 25 in Seq(3), list(enumerate(Seq(2))))
print(type(iter(Seq(1))).__name__, sorted(Seq(3), reverse=True), max(Seq(5)))

class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return chr(ord('a') + i)
print(list(OnlyGetitem()), 'b' in OnlyGetitem(), 'z' in OnlyGetitem(), ''.join(OnlyGetitem()))
attempt("no len", lambda: reversed(OnlyGetitem()))

class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))

class Fails:
    def __getitem__(self, i):
        if i == 1:
            raise KeyError('boom')
        return i
attempt("getitem error", lambda: list(Fails()))

class CustomRev:
    def __reversed__(self):
        return iter(['custom', 'reversed'])
    def __len__(self):
        return 99
    def __getitem__(self, i):
        return i
print(list(reversed(CustomRev())))

class NoRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
attempt("reversed None", lambda: reversed(NoRev()))

class RevGrows:
    def __init__(self):
        self.data = [1, 2, 3]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
rg = RevGrows()
it = reversed(rg)
print(next(it))
rg.data = [1]
print(list(it))

data = [5, 4, 0, 3]
it = iter(data.pop, 0)
print(type(it).__name__, list(it), data, next(it, 'done'))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)), iter(tick, 0) is not None)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))
def raiser():
    raise ValueError('no')
attempt("callable raises", lambda: list(iter(raiser, 1)))
attempt("not callable", lambda: iter(5, 1))
attempt("iter 3", lambda: iter(len, 1, 2))
attempt("iter 0", lambda: iter())
attempt("iter int", lambda: iter(5))
attempt("next non-iterator", lambda: next([1]))
class EqSentinel:
    def __eq__(self, other):
        return other == 3
vals = iter([1, 2, 3, 4])
print(list(iter(lambda: next(vals), EqSentinel())))
