# checks: startswith/endswith with str and tuple prefixes, start/end bounds, empty prefixes, non-ASCII, errors
s = "hello, wörld"
for p in ["hello", "h", "", "wörld", "ld", "hello, wörld!", "ö"]:
    print(repr(p), s.startswith(p), s.endswith(p), s.startswith(p, 7), s.endswith(p, 0, 5), s.endswith(p, -5))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.startswith(()), s.endswith(("rld", "x")))
for a in [(0,), (12,), (13,), (-3,), (-100,), (3, 2), (0, 100), (None, 5), (7, None)]:
    print(a, "abcdefghijkl".startswith("", *a), "abcdefghijkl".endswith("", *a),
          "abcdefghijkl".startswith("d", *a), "abcdefghijkl".endswith("e", *a))
print("".startswith(""), "".endswith(""), "".startswith("a"), "a".startswith("a", 1), "a".endswith("", 1), "a".endswith("", 2))
print("😀ß".startswith("😀"), "😀ß".endswith("ß"), "😀ß".startswith("ß", 1), "😀ß".endswith("😀", 0, 1))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a".startswith(1))
show(lambda: "a".endswith(["a"]))
show(lambda: "a".startswith(("a", 1)))
show(lambda: "a".endswith((1, "a")))
show(lambda: "a".startswith())
show(lambda: "a".endswith("a", "b"))
show(lambda: "a".startswith("a", 0, 1, 2))
show(lambda: "a".startswith(prefix="a"))
