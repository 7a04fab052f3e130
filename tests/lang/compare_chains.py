# checks: chained comparisons evaluate each operand once and short-circuit left to right
def v(x):
    print("eval", x)
    return x

print(1 < 2 < 3, 3 > 2 > 1, 1 < 3 < 2, 1 == 1 == 1, 1 == 1 != 2)
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(5) > v(2) == v(2))
x = 5
print(0 <= x < 10, 0 <= x < 5, x is x is x, 1 < x != 5)
print("a" < "b" < "c", [1] < [1, 0] < [2], (1, 2) <= (1, 2) < (1, 3))
print(1 in [1, 2] in [[1, 2], 3], 2 not in [1] not in [[2]])
a = [3, 1, 2]
print(min(a) < max(a) == 3 > len(a) - 1)
