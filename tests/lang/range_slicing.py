# checks: range indexing and slicing (results are ranges, with CPython's bounds), negative steps, reprs
r = range(0, 10)
print(r, range(5), range(2, 8), range(0, 10, 2), range(10, 0, -3), range(-5, 5, 4), range(3, 3))
print(r[0], r[9], r[-1], r[-10], range(10, 0, -3)[1], range(10, 0, -3)[-1])
print(r[1:8:3], r[::-1], r[::2], r[1::2], r[-3:], r[:-3], r[5:2], r[100:], r[-100:3])
print(range(0, 10, 3)[::-2], range(0, 10, 3)[1:], range(10, 0, -2)[::-1], range(10, 0, -2)[1:3])
print(range(5)[10:20], range(5)[::-1][::-1], range(0, 20, 5)[2::-1], range(1, 100, 7)[3:9:2])
print(list(r[1:8:3]), list(range(10, 0, -2)[::-1]), list(range(0)[::-1]), r[::-1][0], r[::-1][-1])
print(range(0, 10)[True], range(0, 10)[False:True], r[2**70:], r[:-2**70], r[::2**70], r[::-2**70])

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("index 10", lambda: r[10])
attempt("index -11", lambda: r[-11])
attempt("empty", lambda: range(0)[0])
attempt("big", lambda: r[2**100])
attempt("negbig", lambda: r[-2**100])
attempt("str", lambda: r['a'])
attempt("float", lambda: r[1.0])
attempt("step0", lambda: r[::0])
attempt("setitem", lambda: r.__setitem__)
def assign():
    r[0] = 1
attempt("assign", assign)
def delete():
    del r[0]
attempt("delete", delete)

class I:
    def __index__(self):
        return 4
print(r[I()], r[I():], range(I()), range(1, I()), range(0, 100, I()))
print(range(-3, 3)[:], range(-2**63, 2**63 - 1, 2**62)[1], range(2**62, -2**62, -2**61)[::-1])
print(range(1, 2**62, 2**60)[-1], range(-10, -20, -3)[-2:], range(7)[-1:-8:-2])
