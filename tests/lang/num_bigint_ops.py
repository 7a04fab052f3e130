# checks: big ints: factorial-sized products, division, powers, str/repr, comparisons and mixing with small ints
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10 ** 150, f.bit_length())
g = f // (2 ** 97)
print(g, g * 2 ** 97 == f, f - g * 2 ** 97)
fib = [0, 1]
for i in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300], fib[299] * fib[301] - fib[300] ** 2)
print(3 ** 200, (-3) ** 201, 2 ** 64, (2 ** 64) ** 3, 7 ** 0, 0 ** 0, (-1) ** (10 ** 30), (-1) ** (10 ** 30 + 1))
print(10 ** 50 // 7, 10 ** 50 % 7, -(10 ** 50) // 7, -(10 ** 50) % 7, divmod(10 ** 50, -(10 ** 20)))
a, b = 2 ** 130 + 1, 2 ** 130 - 1
print(a > b, a < b, a == b + 2, a != b, a >= 2 ** 130, max(a, b, 5), min(a, -b, 5), sorted([a, -a, b, 0, -5]))
print(abs(-a), -a, +a, a - a, a * 0, (a * b) // a == b, hash(a) == hash(a + 0), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(int(str(f)) == f, repr(-(2 ** 70)), str(2 ** 70), int("-" + "9" * 40), int("1" * 30, 2))
n = 1
for k in range(50):
    n = n * 12345678901 + k
print(n, n % 97, n // (n // 3 + 1))
print(sum([2 ** i for i in range(100)]) == 2 ** 100 - 1, 2 ** 100 in {2 ** 100: 1}, {2 ** 100: "x"}[2 ** 100])
