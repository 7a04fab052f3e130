# checks: replace with count, empty patterns, and expandtabs with tab sizes
s = "the cat sat on the mat with the hat"
print(s.replace("the", "a"), s.replace("the", "a", 2), s.replace("at", ""), s.replace("xyz", "!"))
print("aaa".replace("a", "aa"), "aaa".replace("aa", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("".replace("", "x"), "hello".replace("l", "L", 0), "hello".replace("l", "L", -1))
print("ééé".replace("é", "e"), "a.b.c".replace(".", "", 1))
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("abcd\te".expandtabs(4)))
print(repr("\t".expandtabs(0)), repr("12345\t6".expandtabs(2)), repr("a\nb\tc".expandtabs(3)))
print(repr("x\ty\r\tz".expandtabs(4)))
