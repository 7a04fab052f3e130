# checks: bitwise operators and shifts on negative and big ints (two's complement semantics), bit_length, bit_count
vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 64 - 1, -(2 ** 64), 2 ** 100 + 12345, -(2 ** 100) - 7]
for a in vals:
    print(a, [a & b for b in vals[:6]], [a | b for b in vals[:6]], [a ^ b for b in vals[:6]])
    print(~a, a.bit_length(), a.bit_count(), -a)
for a in [1, -1, 3, -3, 2 ** 62, -(2 ** 62), 2 ** 100, -(2 ** 100) + 1]:
    print(a << 1, a << 63, a << 64, a << 100, a >> 1, a >> 2, a >> 63, a >> 64, a >> 200)
print(1 << 0, -1 >> 0, 0 << 1000, 0 >> 1000, (-1) >> 10 ** 30, 7 >> 10 ** 30)
for bad in [-1, -(2 ** 70)]:
    for f in [lambda: 1 << bad, lambda: 1 >> bad]:
        try:
            f()
        except ValueError as e:
            print("ValueError:", e)
try:
    print(1 << 2 ** 100)
except OverflowError as e:
    print("OverflowError:", e)
print((2 ** 200 - 1) & -(2 ** 100), (2 ** 200) | -1, (2 ** 130) ^ (2 ** 130 - 1))
print(True & True, True & False, True | False, False ^ True, True ^ True, True & 3, 6 | True, ~True, ~False)
print(type(True & True).__name__, type(True & 1).__name__, type(True << 1).__name__)
print(int.bit_length(True), (0).bit_length(), (-(2 ** 63)).bit_length(), (2 ** 63).bit_length())
