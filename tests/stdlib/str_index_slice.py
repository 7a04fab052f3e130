# checks: str indexing (negative, out of range), slicing with every kind of step on ASCII and non-ASCII text, len, in, iteration
a = "abcdefghij"
u = "aé€😀bßΣ₹çd"
for s in (a, u, "", "x", "😀"):
    print(repr(s), len(s), [s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
    for sl in [(None, None, None), (2, None, None), (None, 3, None), (1, -1, None), (-3, None, None),
               (None, None, 2), (None, None, -1), (None, None, -2), (8, 2, -1), (8, 2, -3), (-1, -8, -2),
               (100, None, None), (None, -100, None), (-100, 100, 3), (5, 5, None), (6, 2, None),
               (None, None, 100), (None, None, -100), (3, None, -1), (None, 3, -1)]:
        print("  ", sl, repr(s[slice(*sl)]))
print(u[2], u[-1], u[3], u[-4], u[::3], u[1::2], u[::-1][::-1] == u)
print([c for c in u], list("abc"), list(""), tuple("é😀"))
print("é" in u, "😀b" in u, "" in u, "x" in u, "ßΣ" in u, "Σß" in u, "" in "")
it = iter("ab")
print(type(it).__name__, next(it), next(it), next(it, "end"))
print(type(iter("é")).__name__ in ("str_iterator", "str_ascii_iterator"))
big = "é" * 100 + "x"
print(big[100], big[-1], big[50:52], len(big[::7]), big[99:])

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "abc"[3])
show(lambda: "abc"[-4])
show(lambda: ""[0])
show(lambda: "é€"[2])
abc = "abc"
show(lambda: abc["x"])
show(lambda: abc[1.0])
show(lambda: abc[None])
show(lambda: "abc"[::0])
show(lambda: "abc"[2 ** 70])
show(lambda: "abc"[1:"x"])
show(lambda: "abc"[True])
show(lambda: 1 in "abc")
show(lambda: None in "abc")
show(lambda: "abc".__getitem__(5))

class I:
    def __index__(self):
        return -1

print("xyz"[I()], "xyz"[I():], "xyz"[:I()])
