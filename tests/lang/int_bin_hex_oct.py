# checks: bin/hex/oct of positive, negative and zero ints, and the matching format codes
for n in [0, 1, 5, 255, -1, -255, 4096, 2 ** 40]:
    print(n, bin(n), hex(n), oct(n))
print(format(255, "b"), format(255, "x"), format(255, "X"), format(255, "o"))
print(format(255, "#b"), format(255, "#x"), format(255, "#X"), format(255, "#o"))
print(format(-255, "#x"), format(5, "08b"), format(5, "#010b"), format(255, "_b"))
print(f"{3054:_x}", f"{1234567:,d}", f"{-42:#o}")
print(int(bin(37), 2), int(hex(-37), 16), int(oct(37), 8))
print(hex(0xDEADBEEF).upper(), hex(255)[2:].zfill(4))
