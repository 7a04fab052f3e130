# checks: find/rfind/index/rindex/count with start/end (negative, None, out of range), empty needles, non-ASCII text
s = "hello world, hello gilt"
for sub in ["hello", "o", "gilt", "xyz", "", "d, h"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
for args in [(0,), (1,), (-5,), (100,), (-100,), (3, 8), (3, -3), (-8, -2), (5, 2), (None, 4), (2, None), (None, None)]:
    print(args, s.find("l", *args), s.rfind("l", *args), s.count("l", *args), s.find("", *args), s.rfind("", *args), s.count("", *args))
u = "héllo wörld ß₹😀 héllo"
for sub in ["é", "héllo", "ö", "😀", "₹😀", "", "ß₹😀 h"]:
    print(repr(sub), u.find(sub), u.rfind(sub), u.count(sub), u.find(sub, 3), u.rfind(sub, 0, 10), u.count(sub, -8))
print(u.index("😀"), u.rindex("é"), u.index("l", 4, 20))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "abc".count("", 1), "abc".count("", 4), "abc".count("", 3))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 3), "abc".rfind("", 4), "".find(""), "".count(""))
print("abc".find("c", True), "abcabc".rfind("abc", 0, 5), "abcabc".rfind("abc", 0, 6))

class Idx:
    def __index__(self):
        return 2

print("abcabc".find("c", Idx()), "abcabc".count("a", 0, Idx()))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a".find())
show(lambda: "a".find(1))
show(lambda: "a".find("a", 1, 2, 3))
show(lambda: "a".find("a", "x"))
show(lambda: "a".find("a", 0, 1.5))
show(lambda: "a".find(sub="a"))
show(lambda: "a".count())
show(lambda: "a".count(None))
show(lambda: "a".index("b"))
show(lambda: "a".rindex("b"))
show(lambda: "abc".index("c", 0, 2))
show(lambda: "a".index(1))
show(lambda: "a".rfind([]))
print(2 ** 70 > 0, "abc".find("b", -(2 ** 70)), "abc".find("b", 0, 2 ** 70), "abc".count("", 2 ** 70))
