# checks: strip/lstrip/rstrip with default whitespace and with character sets
s = " \t\n hello world \r\n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xxhixx".lstrip("x")), repr("xxhixx".rstrip("x")))
print(repr("www.example.com".strip("cmowz.")), repr("<<[tag]>>".strip("<>[]")))
print(repr("aaa".strip("a")), repr("".strip()), repr("   ".strip()), repr("abc".strip("")))
print(repr("  mid  dle  ".strip()), repr("0012300".strip("0")), repr("3.1400".rstrip("0")))
print(repr("\u00a0nbsp\u2003".strip()))
print(repr("prefix_name".removeprefix("prefix_")), repr("file.txt".removesuffix(".txt")), repr("abc".removeprefix("x")))
print(repr("abc".strip(None)), repr("  x ".lstrip(None)))
