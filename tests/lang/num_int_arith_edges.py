# checks: int arithmetic at the int64 boundary: overflow promotion, floor division and modulo signs, negation of -2**63
big = 2 ** 63
small = -(2 ** 63)
print(big - 1, small, big - 1 + 1, small - 1, -small, abs(small), -(-small))
print((big - 1) * 2, small * small, small * -1, small // -1, small % -1, divmod(small, -1))
print(9223372036854775807 + 9223372036854775807, -9223372036854775807 - 9223372036854775807)
for a in [7, -7, 0, 13, -13, big, small, 10 ** 20, -(10 ** 20)]:
    row = []
    for b in [2, -2, 3, -3, 7, -7, big, small, 10 ** 19]:
        row.append((a // b, a % b))
    print(a, row)
for a in [1, -1, 5, -5, 2 ** 100, -(2 ** 100)]:
    print(a, divmod(a, 3), divmod(a, -3), divmod(a, 2 ** 70), divmod(a, -(2 ** 70)))
x = 1
for i in range(70):
    x *= 3
print(x, x // 3 ** 69, x % (3 ** 40 + 1), x - 3 ** 70, (x * x) // x == x)
acc = 0
for i in range(200):
    acc += i * 1000000007 ** 3
print(acc, acc % 1000000007, -acc // 123456789)
print(int.__add__(3, 4), int.__add__(3, 4.0), int.__radd__(3, 4), int.__sub__(10, 3), int.__rsub__(10, 3))
print(int.__mul__(2 ** 62, 4), int.__floordiv__(-7, 2), int.__mod__(-7, 2), int.__divmod__(-7, 2))
