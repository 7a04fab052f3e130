# checks: int() from strings with bases, prefixes, whitespace, underscores, signs
print(int("42"), int("-17"), int("+8"), int("  99  "), int("\t5\n"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("777", 8), int("0o777", 8))
print(int("1010", 2), int("0b1010", 2), int("z", 36), int("Zz", 36))
print(int("0x1A", 0), int("0o17", 0), int("0b11", 0), int("123", 0))
print(int("1_000"), int("1_0", 16))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
print(int("0"), int("-0"), int("000123"))
print(int("12", base=3), int("  -0x10 ", 16))
for bad, base in [("12a", 10), ("", 10), ("1.5", 10), ("0x10", 10), ("2", 2), ("_1", 10), ("09", 0)]:
    try:
        int(bad, base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("5", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
