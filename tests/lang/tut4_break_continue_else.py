# checks: tutorial ch.4 break/continue and else on loops: factor search, skipping multiples with continue
for n in range(10, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "has the factor", d, "so it is", d, "times", n // d)
            break
    else:
        print(n, "has no factors: prime")
for k in range(1, 10):
    if k % 3 == 0:
        print(k, "is a multiple of three")
        continue
    print(k, "is not")
