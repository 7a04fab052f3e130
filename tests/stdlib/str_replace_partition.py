# checks: replace (count, empty old, no match, non-ASCII), partition/rpartition, removeprefix/removesuffix and their errors
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("x", "y"), s.replace("one", ""), s.replace(" ", ""), s.replace("", "|"), s.replace("", "|", 3))
print(repr("".replace("", "x")), repr("".replace("a", "b")), repr("abc".replace("", "")), "aaa".replace("a", "aa"))
print("aaaa".replace("aa", "b"), "ééé".replace("é", "e", 2), "😀x😀".replace("😀", "🙂"), "abc".replace("", "é"))
print("a.b.c".replace(".", "::", True), "abc".replace("abc", "xyz"), "abc".replace("abcd", "x"))
for t in ["key=value", "no separator", "a=b=c", "=start", "end=", "", "é=ß=₹"]:
    print(repr(t), t.partition("="), t.rpartition("="))
print("2024-01-15".partition("-"), "path/to/file.txt".rpartition("/"), "abc".partition("abc"))
print("😀ab😀".partition("ab"), "x::y::z".rpartition("::"))
for t in ["prefix_body_suffix", "prefix", "", "body"]:
    print(repr(t.removeprefix("prefix")), repr(t.removesuffix("suffix")), repr(t.removeprefix("")), repr(t.removesuffix("")))
print("ééabc".removeprefix("é"), "abcß".removesuffix("ß"), "abc".removeprefix("abcd"))

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a".replace(1, 2))
show(lambda: "a".replace("a", 2))
show(lambda: "a".replace("a"))
show(lambda: "a".replace("a", "b", "c"))
show(lambda: "a".replace("a", "b", 1.5))
show(lambda: "a".replace("a", "b", count=1))
show(lambda: "a".partition(""))
show(lambda: "a".rpartition(""))
show(lambda: "a".partition(1))
show(lambda: "a".rpartition(None))
show(lambda: "a".partition())
show(lambda: "a".removeprefix(1))
show(lambda: "a".removesuffix(None))
show(lambda: "a".removeprefix())
