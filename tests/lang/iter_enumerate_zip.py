# checks: enumerate (start values incl. negative and big ints, keywords) and zip (uneven, strict=True messages)
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate('ab', -3)), list(enumerate([], 5)))
print(list(enumerate('ab', start=10)), list(enumerate(iterable='xy')), list(enumerate(start=2, iterable='z')))
print(list(enumerate('abc', 2**63 - 2)))
print(list(enumerate('abc', -2**64 - 1)))
print(list(enumerate('ab', 2**100)), list(enumerate('ab', True)))
class I:
    def __index__(self):
        return 7
print(list(enumerate('ab', I())))
attempt("enumerate()", lambda: enumerate())
attempt("enumerate(1)", lambda: enumerate(1))
attempt("start str", lambda: enumerate('a', 'b'))
attempt("start float", lambda: enumerate('a', 1.5))
attempt("3 args", lambda: enumerate('a', 1, 2))
attempt("bad kw", lambda: enumerate('a', x=1))
attempt("start only", lambda: enumerate(start=1))
e = enumerate(map(lambda x: x * 2, range(3)))
print(next(e), iter(e) is e, type(e).__name__, list(e), next(e, 'end'))
for i, (a, b) in enumerate(zip('xy', 'pq'), 1):
    print(i, a, b)
print(list(zip()), list(zip('abc')), list(zip('abc', range(5))), list(zip(range(5), 'ab', [True])))
print(dict(zip('ab', range(2))), list(zip(*[(1, 2), (3, 4), (5, 6)])))
z = zip([1, 2, 3], 'ab')
print(next(z), list(z), list(z), type(z).__name__)
print(list(zip('ab', 'cd', strict=True)), list(zip(strict=True)), list(zip('ab', strict=False)))
attempt("short 2", lambda: list(zip([1, 2], [1], strict=True)))
attempt("long 2", lambda: list(zip([1], [1, 2], strict=True)))
attempt("long 2 of 3", lambda: list(zip([1], [1, 2], [3], strict=True)))
attempt("short 3 of 3", lambda: list(zip([1, 2], [1, 3], [3], strict=True)))
attempt("long 3 of 3", lambda: list(zip([1], [1], [3, 4], strict=True)))
attempt("short 2 of 3", lambda: list(zip([1, 2], [1], [3, 4], strict=True)))
attempt("bad kw", lambda: zip([1], x=1))
attempt("two kw", lambda: zip([1], strict=1, x=2))
attempt("not iterable", lambda: zip([1], 2))
class Gen:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 1:
            raise ValueError('from next')
        return 1
attempt("raising", lambda: list(zip([1, 2], Gen(), strict=True)))
seen = []
def note(i):
    seen.append(i)
    return i
print(list(zip(map(note, range(3)), 'ab')), seen)
pairs = list(zip(range(3), range(3)))
print(pairs, list(enumerate(pairs)))
