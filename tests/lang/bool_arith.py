# checks: bool is a subclass of int: arithmetic, sums, comparisons, repr and conversions
print(True + True, True * 10, False - 1, True / 2, -True, ~True)
print(sum([True, False, True, True]))
print(int(True), float(False), str(True), repr(False))
print(isinstance(True, int), issubclass(bool, int), type(True) is bool)
print(True == 1, False == 0, True == 1.0, 1 + True == 2)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None))
print(True and 3, 0 or False, not 5, not 0)
print([1, 2, 3][True], "ab"[False])
d = {1: "one", True: "true?", 0: "zero"}
print(d)
print(max(True, 2), min(False, -1), True < 2, abs(True), divmod(True, 2))
print(f"{True}", f"{True:d}", f"{False!r}", "%d" % True, "%s" % True)
count = 0
for x in [3, -1, 4, -1, 5]:
    count += x > 0
print(count)
