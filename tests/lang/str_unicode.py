# checks: non-ASCII text: code point indexing, len, slicing, case mapping, ord/chr, iteration
s = "café über ₹100 😀!"
print(len(s), s[3], s[5:9], s[-2], s[-1], s[10:14], s[::-1])
print(s.upper(), s.title(), s.find("₹"), s.index("😀"), s.count("é"))
print([c for c in "né😀"], list("₹€£"))
print(ord("é"), ord("₹"), ord("😀"), ord("a"), ord("\n"), ord("€"))
print(chr(233), chr(8377), chr(128512), chr(97), repr(chr(0)), chr(0x10FFFF) == "\U0010ffff")
print("\u00e9" == "é", "\U0001F600" == "😀", "\x41\u0042\U00000043")
print("é" < "z", "a" < "é", sorted(["zebra", "éclair", "apple", "Zoo", "Ärger"]))
print("ß" * 3, "ü".center(5, "·"), "😀" in s)
word = "naïve"
print(word[2], word.replace("ï", "i"), word.upper(), len(word), word[::-1])
print(max("ab€"), min("ab€"), "→".join(["a", "b"]))
for ch in "aé₹😀":
    print(ch, ord(ch), hex(ord(ch)), len(ch))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
