# checks: zfill/center/ljust/rjust with fill characters and odd widths
for s in ["7", "-7", "+7", "abc", "", "-", "12345678"]:
    print(repr(s.zfill(5)), repr(s.center(6)), repr(s.center(7, "*")), repr(s.ljust(5, ".")), repr(s.rjust(5, "0")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(2)))
print(repr("x".center(4, "é")), repr("€".rjust(3)), repr("₹5".zfill(4)))
rows = [("apple", 3, 0.5), ("kiwi", 12, 0.25), ("watermelon", 1, 3.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
print("|" + "title".center(20, "=") + "|")
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
