# checks: tutorial ch.7 manual string formatting: rjust/ljust/center tables, zfill with signs and decimals
for k in range(1, 9):
    print(repr(k).rjust(2), repr(2 ** k).rjust(3), end=" ")
    print(repr(3 ** k).rjust(5))
print("42".zfill(6), "-2.5".zfill(6), "+7".zfill(4), "123456789".zfill(3))
print("|" + "west".ljust(10) + "|" + "mid".center(9) + "|" + "east".rjust(10) + "|")
print("overflow".ljust(3) + "|")
