# checks: bitwise operators on positive and negative ints, shifts, bit_length
vals = [0, 1, 6, 12, -1, -6, -12, 255]
for a in vals:
    print(a, ~a, a & 10, a | 10, a ^ 10, a & -8, a | -8, a ^ -8)
print(1 << 10, 1 << 70, -1 << 5, 1024 >> 3, -1024 >> 3, -1 >> 10, -5 >> 1, 5 >> 1)
print((1 << 100) >> 98, (-(1 << 100)) >> 99)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0, ~-1, ~(2 ** 70))
print((2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, -(2 ** 70) & 0xFF)
for n in [0, 1, 2, 255, 256, -256, 2 ** 64]:
    print(n, n.bit_length())
x = 0b1111
x &= 0b0101
x |= 0b1000
x ^= 0b0001
x <<= 2
x >>= 1
print(x)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError:", e)
