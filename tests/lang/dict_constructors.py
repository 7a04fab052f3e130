# checks: dict() from nothing, mappings, pairs, keyword arguments, mixtures, and its error messages
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

print(dict(), dict({}), dict({'a': 1, 'b': 2}), dict([('a', 1), ('b', 2)]), dict(a=1, b=2))
print(dict({'a': 1}, b=2, a=3), dict([('x', 1), ('x', 2)]), dict(zip('abc', range(3))))
print(dict(['ab', 'cd']), dict([[1, 2], (3, 4)]), dict(((i, i * i) for i in range(4))))
print(dict({1: 'a'}.items()), dict(enumerate('xyz')), dict([(1, 2)], **{'k': 'v'}))

class Mapping:
    def keys(self):
        return ['p', 'q']
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), dict(Mapping(), p=0))
d = {}
d.update(Mapping())
print(d)

attempt("2 args", lambda: dict(1, 2))
attempt("int", lambda: dict(1))
attempt("ints", lambda: dict([1, 2]))
attempt("short", lambda: dict([(1,)]))
attempt("long", lambda: dict([(1, 2), (1, 2, 3)]))
attempt("str elem", lambda: dict(['abc']))
attempt("unhashable", lambda: dict([([1], 2)]))
attempt("none", lambda: dict(None))
attempt("kw+bad", lambda: dict(5, a=1))
d = dict.fromkeys(['a', 'b', 'a'])
print(d, dict.fromkeys('xy', 0), dict.fromkeys(range(3), []), dict.fromkeys({}))
e = dict.fromkeys('ab', [])
e['a'].append(1)
print(e)
print({}.fromkeys([1]), type(dict.fromkeys('a')).__name__)
attempt("fromkeys 0", lambda: dict.fromkeys())
attempt("fromkeys 3", lambda: dict.fromkeys([1], 2, 3))
attempt("fromkeys int", lambda: dict.fromkeys(1))
attempt("fromkeys kw", lambda: dict.fromkeys([1], value=2))
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'x', False: 'y', 0.0: 'z'})
print({(1, 2): 'pair', (): 'empty', 'k': [1], None: None, 2.5: 'f', -1: 'neg'})
big = {i: str(i) for i in range(1000)}
print(len(big), big[999], list(big)[:5], list(big.values())[-3:])
