# checks: repr() of strings: quote choice, escapes of control characters, printable non-ASCII
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
           "\r\x00\x07\x1b", "\x7f", "é ü ₹ 😀", "\u200b", "\xa0", "\u2028", "", "'", '"']
for s in samples:
    print(repr(s), len(s))
print(repr("\\n"), len("\\n"), r"raw\n", len(r"raw\n"), repr(r"C:\path"))
print(str("quote's"), ["a'b", 'c"d', "e"])
print("""triple
quoted""", '''also 'triple' "quoted"''')
print("implicit" " concat" ' works')
print("a\
b")
print("\101\102\x43", "\u0041", "\t|".expandtabs(4))
print(ascii("é😀x"), ascii("plain"))
