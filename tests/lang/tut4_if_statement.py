# checks: tutorial ch.4 if/elif/else driven by int(input()) read from a .stdin file
for _ in range(4):
    n = int(input("Type a whole number: "))
    if n < 0:
        n = 0
        print("Below zero, clamped to 0")
    elif n == 0:
        print("Nothing")
    elif n == 1:
        print("Exactly one")
    else:
        print("Several")
print("finished with n =", n)
