# checks: reading list slices: defaults, negative indices, steps (positive and negative), clamping, huge bounds
a = list(range(10))
print(a[:], a[2:], a[:3], a[2:5], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::2], a[::3], a[::-1], a[::-2], a[8:2:-1], a[8:2:-3])
print(a[2:8:-1], a[-1:-11:-1], a[-1:-12:-1], a[5:5], a[7:3])
print(a[100:], a[:100], a[-100:], a[:-100], a[-100:100], a[100:-100:-1])
print(a[2**70:], a[:2**70], a[-2**70:2], a[::2**70], a[::-2**70])
print(a[None:None:None], a[None:3], a[3:None:-1])
print(a[True:], a[:False], a[::True])
s = slice(1, 8, 3)
print(a[s], s.indices(10))
b = a[:]
b[0] = 'changed'
print(a[0], b[0], a is b, a[:] == a)
print([][::-1], [1][::-1], [1, 2][::-1], [1, 2, 3][::2])

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("step 0", lambda: a[::0])
attempt("str bound", lambda: a['a':])
attempt("float step", lambda: a[::1.5])

class Idx:
    def __index__(self):
        return 3

print(a[Idx():], a[:Idx()], a[::Idx()])
words = ['alpha', 'beta', 'gamma', 'delta']
print(words[1:3], words[::-1][1:], words[-2:][::-1])
