# checks: chr() and ord() across ASCII, Latin-1, BMP and astral code points, round trips and errors
for c in ["A", "z", "0", " ", "\n", "~", "é", "ß", "Ω", "€", "中", "😀", "\x00", "\U0010ffff"]:
    print(repr(c), ord(c), repr(chr(ord(c))), chr(ord(c)) == c)
print("".join([chr(ord("a") + i) for i in range(26)]))
print([ord(c) - ord("0") for c in "2024"])
shifted = "".join([chr((ord(c) - 97 + 13) % 26 + 97) if c.isalpha() else c for c in "hello, world"])
print(shifted)
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr(65.0)
except TypeError as e:
    print("TypeError:", e)
