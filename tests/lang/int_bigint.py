# checks: arbitrary precision integers: factorial(100), powers of two, mixed big/small arithmetic
def fact(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f100 = fact(100)
print(f100)
print(len(str(f100)))
print(2 ** 200)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 63))
print(3 ** 100 // 7 ** 20)
print(3 ** 100 % 1000007)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print((10 ** 30) // -7, (10 ** 30) % -7)
a = 2 ** 100
b = a + 1
print(b - a, a * a, a // 3, a % 3)
print(a > 2 ** 99, a == 2 ** 100, a != b, a < -a)
print(abs(-(2 ** 70)), -(2 ** 70))
print(int("123456789012345678901234567890") + 1)
print(str(2 ** 90)[::-1])
x = 1
for i in range(70):
    x = x * 3 + 1
print(x)
# crossing the 64-bit boundary and coming back
m = 9223372036854775807
print(m + 1, (m + 1) - 1, m * 2 // 2, m * m)
print(fact(25) // fact(23))
print(divmod(10 ** 25, 12345), divmod(-(10 ** 25), 12345))
print(hex(2 ** 100), bin(2 ** 70 + 1), oct(8 ** 30))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]))
print((2 ** 128).bit_length(), (2 ** 128 - 1).bit_length())
print(2 ** 100 == 2.0 ** 100, float(2 ** 100))
