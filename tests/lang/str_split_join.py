# checks: str.split/rsplit with and without separators and maxsplit, and str.join
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".rsplit(",", 2))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "a b c d".rsplit(maxsplit=1))
print("".split(), "".split(","), "   ".split(), "x".split("x"))
print("one::two::three".split("::"), "1<>2<>3".rsplit("<>", 1))
print("abc".split("abc"), "aaa".split("a"), "a-b-c".split(sep="-", maxsplit=1))
print("line1\nline2\r\nline3".split("\n"))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "/".join("abc"))
print(" ".join([str(i) for i in range(5)]))
print("\n".join(["first", "second"]))
print(", ".join({"k1": 1, "k2": 2}), "+".join(("t", "u")))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
words = "how much wood would a woodchuck chuck".split()
print(len(words), words[-1], sorted(words), " ".join(reversed(words)))
