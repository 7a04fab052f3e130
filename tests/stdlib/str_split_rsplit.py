# checks: str.split/rsplit with and without sep, maxsplit (positional and keyword), Unicode whitespace, errors
samples = ["a b c", "  leading and trailing  ", "one", "", "   ", "a\tb\nc\x0bd\x0ce\rf",
           "x\u00a0y\u2003z\u3000w", "tab\t\tsep", "é ß  ₹\u2028😀"]
for s in samples:
    print(repr(s), s.split(), s.rsplit())
    for n in (-1, 0, 1, 2):
        print("  maxsplit", n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n), s.rsplit(maxsplit=n))

for s, sep in [("a,b,,c,", ","), (",a,", ","), ("aaa", "a"), ("aaaa", "aa"), ("abcabc", "bc"),
               ("no sep here", "|"), ("é::ß::₹", "::"), ("", ","), ("x--y--z", "--")]:
    print(repr(s), repr(sep), s.split(sep), s.rsplit(sep))
    for n in (0, 1, 2, 10):
        print("  n", n, s.split(sep, n), s.rsplit(sep, n), s.split(sep=sep, maxsplit=n))

print("a b  c".split(" "), "a b  c".rsplit(" ", 1))
print("1,2,3".split(sep=","), "1,2,3".rsplit(",", maxsplit=1))
print("a b c".split(None), "a b c".rsplit(sep=None, maxsplit=1))
print(" a b c ".split(None, 1), " a b c ".rsplit(None, 1))
print("  x  y  ".split(maxsplit=0), "  x  y  ".rsplit(maxsplit=0))
print("\x1c\x1d\x1e\x1fa\x85b".split())

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a".split(""))
show(lambda: "a".rsplit(""))
show(lambda: "a".split(1))
show(lambda: "a".rsplit(1))
show(lambda: "a".split(x=1))
show(lambda: "a".split(",", 1, 2))
show(lambda: "a".split(maxsplit="x"))
show(lambda: "a".split(None, None))
show(lambda: "a b".split(sep=",", maxsplit=True))
