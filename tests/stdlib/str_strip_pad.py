# checks: strip/lstrip/rstrip (whitespace, chars, None, Unicode), center/ljust/rjust/zfill with fillchar, expandtabs, their errors
for s in ["  hi  ", "\t\n x \r\x0b\x0c", "xxhixx", "", "   ", "\u3000全角\u3000", "\u00a0nbsp\u00a0", "ééabcéé"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)))
print("xyhixy".strip("xy"), "xyhixy".lstrip("yx"), "xyhixy".rstrip("xy"), repr("aaa".strip("a")))
print("ééabcéé".strip("é"), "ß₹ab₹ß".strip("₹ß"), "😀x😀".strip("😀"), "abc".strip(""))
print("www.example.com".strip("cmowz."), "#### title ###".lstrip("#").rstrip("# "))

for w in (-1, 0, 3, 4, 5, 6, 7, 10):
    print(w, repr("abc".center(w)), repr("ab".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "é")))
print(repr("a".center(4)), repr("a".center(5)), repr("ab".center(5)), repr("ab".center(6, "-")))
print(repr("é".center(6, "😀")), repr("😀".ljust(3, "ß")), repr("₹".rjust(4, "₹")))
for s in ["42", "-42", "+42", "", "abc", "-", "+", "é", "--5"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 5)])
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "a\tb".expandtabs(0), "a\tb".expandtabs(-3))
print(repr("12345\t1\n\t12\r1\t".expandtabs(4)), repr("é\tß\t".expandtabs(3)), "no tabs".expandtabs())
print(repr("\t".expandtabs(tabsize=2)), repr("ab\tc".expandtabs(1)))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a".strip(1))
show(lambda: "a".lstrip(1))
show(lambda: "a".rstrip(1, 2))
show(lambda: "a".strip(chars="a"))
show(lambda: "a".center())
show(lambda: "a".center(1, 2, 3))
show(lambda: "a".center("x"))
show(lambda: "a".center(5, 1))
show(lambda: "a".center(5, "ab"))
show(lambda: "a".ljust(5, ""))
show(lambda: "a".rjust(5.0))
show(lambda: "a".zfill())
show(lambda: "a".zfill("3"))
show(lambda: "a".expandtabs("x"))
show(lambda: "a".expandtabs(tabsize="x"))
show(lambda: "a".expandtabs(size=3))
show(lambda: "a".ljust(3, fillchar="x"))
