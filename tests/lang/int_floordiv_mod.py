# checks: floor division and modulo with negative operands, divmod, for ints and floats
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(5 // 0.5, 5 % 0.75)
print(-0.0 % 5, 0.0 % -5)
print(13 % 1, -13 % 10, 13 % -10)
print(10 // 3 * 3 + 10 % 3)
print(-10 // 3 * 3 + -10 % 3)
print(type(7 // 2).__name__, type(7.0 // 2).__name__, type(7 / 7).__name__)
print(1 / 4, 10 / 5, -9 / 4)
print(True // 1, True % 2, 5 // True)
