# checks: list indexing, item assignment and deletion with every kind of index and their error messages
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [10, 20, 30, 40]
print(a[0], a[3], a[-1], a[-4])
attempt("a[4]", lambda: a[4])
attempt("a[-5]", lambda: a[-5])
attempt("a[True]", lambda: a[True])
attempt("a[False]", lambda: a[False])
attempt("a['1']", lambda: a['1'])
attempt("a[1.0]", lambda: a[1.0])
attempt("a[None]", lambda: a[None])
attempt("a[2**70]", lambda: a[2**70])
attempt("a[-2**70]", lambda: a[-2**70])
attempt("[][0]", lambda: [][0])

class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

attempt("a[Idx(2)]", lambda: a[Idx(2)])
attempt("a[Idx(-1)]", lambda: a[Idx(-1)])
attempt("a[Idx(9)]", lambda: a[Idx(9)])

def setitem(i, v):
    b = list(a)
    b[i] = v
    return b

attempt("set 0", lambda: setitem(0, 'x'))
attempt("set -1", lambda: setitem(-1, 'x'))
attempt("set 4", lambda: setitem(4, 'x'))
attempt("set -5", lambda: setitem(-5, 'x'))
attempt("set 'a'", lambda: setitem('a', 'x'))
attempt("set Idx", lambda: setitem(Idx(1), 'x'))

def delitem(i):
    b = list(a)
    del b[i]
    return b

attempt("del 0", lambda: delitem(0))
attempt("del -1", lambda: delitem(-1))
attempt("del 4", lambda: delitem(4))
attempt("del 'a'", lambda: delitem('a'))
attempt("del 1.5", lambda: delitem(1.5))

b = [1, 2, 3]
b[1] = b
print(b)
del b[1]
print(b)
nested = [[1, 2], [3, [4, 5]]]
print(nested[1][1][0], nested[-1][-1][-1])
nested[1][1][0] = 'four'
print(nested)
