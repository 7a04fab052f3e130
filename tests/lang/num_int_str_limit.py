# checks: the 4300-digit limit of CPython 3.11 on decimal int<->str conversions, and that other bases are unlimited
n = 10 ** 4299
print(len(str(n)), len(repr(-n)), str(n)[:5], int("9" * 4300) % 1000)
for f in [lambda: str(10 ** 4300), lambda: repr(-(10 ** 5000)), lambda: int("1" * 4301), lambda: int("1" * 5000),
          lambda: int("1_" * 4300 + "1"), lambda: print(10 ** 10000)]:
    try:
        f()
        print("no error")
    except ValueError as e:
        print("ValueError:", e)
big = 2 ** 20000
print(len(hex(big)), len(bin(big)), len(oct(big)), int("1" * 20000, 2).bit_length(), int("f" * 6000, 16) % 1000)
print(big.bit_length(), (big - 1).bit_count(), big % (10 ** 9 + 7))
