# checks: slice assignment (growing, shrinking, inserting, extended slices) and slice deletion, with errors
def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def assign(sl, v):
    a = list(range(8))
    a[sl] = v
    return a

attempt("grow", lambda: assign(slice(2, 4), 'abcde'))
attempt("shrink", lambda: assign(slice(1, 7), [None]))
attempt("insert", lambda: assign(slice(3, 3), [100, 200]))
attempt("insert front", lambda: assign(slice(0, 0), (1, 2)))
attempt("append end", lambda: assign(slice(8, 8), [8, 9]))
attempt("past end", lambda: assign(slice(50, 60), [8]))
attempt("reversed bounds", lambda: assign(slice(6, 2), ['x']))
attempt("neg", lambda: assign(slice(-3, -1), []))
attempt("clear", lambda: assign(slice(None), []))
attempt("from range", lambda: assign(slice(0, 2), range(5)))
attempt("from dict", lambda: assign(slice(0, 2), {'k': 1, 'j': 2}))
attempt("from map", lambda: assign(slice(0, 2), map(lambda x: x * x, range(3))))
attempt("not iterable", lambda: assign(slice(0, 2), 5))
attempt("none", lambda: assign(slice(0, 2), None))
attempt("step1 explicit", lambda: assign(slice(0, 4, 1), []))
attempt("ext", lambda: assign(slice(None, None, 2), 'abcd'))
attempt("ext neg", lambda: assign(slice(None, None, -3), 'xyz'))
attempt("ext bad size", lambda: assign(slice(None, None, 2), [1, 2, 3]))
attempt("ext bad size2", lambda: assign(slice(1, 6, 2), [1, 2, 3, 4]))
attempt("ext not iterable", lambda: assign(slice(None, None, 2), 5))
attempt("ext empty", lambda: assign(slice(5, 1, 2), []))
attempt("ext empty bad", lambda: assign(slice(5, 1, 2), [1]))
attempt("step0", lambda: assign(slice(None, None, 0), []))

a = [1, 2, 3]
a[:] = a
print(a)
a[1:] = a
print(a)
a[::-1] = a
print(a)
a[len(a):] = a
print(a)

def delete(sl):
    a = list(range(12))
    del a[sl]
    return a

attempt("del mid", lambda: delete(slice(3, 6)))
attempt("del all", lambda: delete(slice(None)))
attempt("del step", lambda: delete(slice(None, None, 3)))
attempt("del neg step", lambda: delete(slice(None, None, -2)))
attempt("del neg step2", lambda: delete(slice(10, 1, -4)))
attempt("del empty", lambda: delete(slice(5, 2)))
attempt("del past", lambda: delete(slice(20, 30)))
attempt("del step0", lambda: delete(slice(None, None, 0)))

b = list(range(20))
del b[::2]
print(b)
del b[1::3]
print(b)
del b[-1:-5:-1]
print(b)
c = ['a', 'b', 'c', 'd', 'e']
c[1:4] = c[3:0:-1]
print(c)
