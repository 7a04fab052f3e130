# checks: integer literal forms (decimal, hex, octal, binary, underscores) and their values
print(0, 7, 42, -42, +5)
print(0x1F, 0XfF, 0o17, 0O777, 0b1010, 0B11111111)
print(1_000_000, 0x_FF_FF, 0b_1010_1010, 0o_7_7)
print(-0x10, -0b1, -0o10)
print(00, 0_0)
big = 123_456_789_012_345_678_901_234_567_890
print(big, type(big).__name__)
print(0xFFFFFFFFFFFFFFFFFFFF)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(9223372036854775807, 9223372036854775808, -9223372036854775808, -9223372036854775809)
print(type(0x10).__name__, type(10).__name__)
print(1 if 0x0 else 2)
print(repr(10), str(0o10), repr(-0b101))
