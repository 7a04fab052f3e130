# checks: tutorial ch.5 more on conditions and comparing sequences: in/is, chains, or returning a value, lexicographic order
first, second, third = "", "Oslo", "Bergen"
chosen = first or second or third
print(chosen)
a, b, c = 1, 2, 3
print(a < b == c, a < b < c, 2 in [1, 2], None is None, [] is not [], (a < b) and not (b > c))
print((2, 4, 6) < (2, 4, 7))
print([2, 4, 6] < [2, 5])
print("Ada" < "Alan" < "Bjarne" < "Brian")
print((5, 6, 7, 8) < (5, 7))
print((5, 6) < (5, 6, 0))
print((1, 2, 3) == (1.0, 2.0, 3.0))
print((1, ("b", "c")) < (1, ("bb", "a"), 9))
