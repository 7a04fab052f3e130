# checks: tutorial ch.3 first steps: Fibonacci with multiple assignment, a while loop, print() with end= and sep=
prev, cur = 0, 1
while prev < 40:
    print(prev)
    prev, cur = cur, prev + cur
prev, cur = 0, 1
while prev < 300:
    print(prev, end="; ")
    prev, cur = cur, prev + cur
print()
count = 2 ** 6
print("count is now", count)
print("glued", "together", sep="")
