# checks: int() and float() conversions from str and other types, with CPython's error messages
goods = ["12", " 12 ", "+7", "-0", "1_000_000", "0x1F", "0o17", "0b101", "\t42\n", "٣٤", "0_0", "00"]
for s in goods:
    try:
        print(repr(s), int(s), int(s, 0))
    except ValueError as e:
        print(repr(s), "ValueError:", e)
print(int("ff", 16), int("0xff", 16), int("z", 36), int("Zz", 36), int("-0b_1010", 2), int("777", 8), int("10", base=3))
bad = [("abc", 10), ("", 10), ("1_", 10), ("_1", 10), ("1__0", 10), ("0x", 16), ("12", 2), ("1.5", 10), ("010", 0), ("- 1", 10), ("1e5", 10), ("x" * 250, 10)]
for s, b in bad:
    try:
        int(s, b)
    except ValueError as e:
        print("ValueError:", e)
for args in [(5, 2), ("5", 1), ("5", 37), (None,), ([1],), (3.5, 10)]:
    try:
        int(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(int(3.9), int(-3.9), int(1e20), int(True), int(-0.0), int(2.5e-5), int(1.5e300) == 15 * 10 ** 299)
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for s in ["1.5", " -2.5e3 ", "1_0.0_1", "inf", "-Infinity", "nan", "+1e-5", ".5", "5.", "1e500", "-0.0", "١.٥"]:
    print(repr(s), float(s))
for s in ["abc", "", "1__0", "1e", "0x10", "1.5.2", "_1", "infinit", " "]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
for v in [None, [1.0]]:
    try:
        float(v)
    except TypeError as e:
        print("TypeError:", e)
print(float(), int(), bool(), float(7), float(-2 ** 70), float(True), bool(0.0), bool(-0.0), bool(2 ** 100), bool(""))
try:
    int(x="5")
except TypeError as e:
    print("TypeError:", e)
try:
    int(base=2)
except TypeError as e:
    print("TypeError:", e)
