# checks: ** and pow() with 2 and 3 arguments, negative exponents, modular inverse
print(2 ** 10, (-2) ** 3, -2 ** 2, 2 ** -1, 2 ** -2, 0 ** 0)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7))
print(pow(7, -1, 11), pow(3, -2, 7))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(10 ** 0, 10 ** 1, 1 ** 1000)
print(pow(2.0, 3), pow(2, 0.5), 4 ** 0.5, 8 ** (1 / 3))
print((-8) ** 2, (-1) ** 101, (-1) ** 100)
print(pow(123456789, 987654321, 1000000007))
print(type(2 ** 2).__name__, type(2 ** -2).__name__, type(2.0 ** 2).__name__)
x = 3
x **= 4
print(x)
print(pow(base=2, exp=5), pow(2, 5, mod=3))
