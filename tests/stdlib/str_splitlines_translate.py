# checks: splitlines over every Python line boundary with keepends, maketrans (1/2/3 args) and translate, with errors
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ["", "\n", "\n\n", "x\n", "x\r\n\r\n", "\r\r\n\n", "no newline", "trailing\r", "é\nß\r\n😀"]:
    print(repr(t), t.splitlines(), t.splitlines(keepends=True), t.splitlines(False), t.splitlines(0), t.splitlines(1))
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "é😀", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, 99: "ccc", "é": 101})
print(sorted(t3.items()), "abcdé".translate(t3))
print("hello".translate({ord("l"): None}), "hello".translate({104: 72, 111: "0"}))
print("abc".translate([]), "abc".translate({}), "abc".translate({97: "", 98: "bb"}))

class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            return "X!"
        raise LookupError(k)

print("xyx".translate(Table()))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a".splitlines("x"))
show(lambda: "a".splitlines(1.5))
show(lambda: "a".splitlines(x=1))
show(lambda: "a".splitlines(True, True))
show(lambda: str.maketrans())
show(lambda: str.maketrans(1))
show(lambda: str.maketrans("ab", "c"))
show(lambda: str.maketrans({1.5: 2}))
show(lambda: str.maketrans({"ab": 2}))
show(lambda: str.maketrans("a", "b", 1))
show(lambda: str.maketrans(1, 2))
show(lambda: str.maketrans(1, "a"))
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "abc".translate({97: 0x110000}))
show(lambda: "abc".translate({97: -1}))
show(lambda: "a".translate())
show(lambda: "a".translate(1))
