# checks: repr() and ascii() of strs with quotes, escapes, control and non-ASCII characters, and !a/%a conversions
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x07\x1b\x7f",
           "é ß ₹ 😀", "\u00a0\u00ad\u200b\u2028\ufeff", "\x80\x9f", "Σίσυφος", "日本語", "\U0001f600\U000e0001", ""]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)), "%a" % s, "{!a}".format(s))
print(ascii(["é", 1, ("ß",)]), ascii({"k": "₹"}), ascii(1.5), ascii(None), ascii("a'b\""))
print(repr(["é", "x'y"]), str(["😀"]), repr(("\n",)))
