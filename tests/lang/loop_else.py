# checks: else clauses on for and while run only when the loop was not broken
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 3:
    i += 1
else:
    print("while finished, i =", i)
while True:
    break
else:
    print("never printed")
k = 10
while k > 0:
    k -= 3
    if k == 4:
        continue
else:
    print("continue does not skip else", k)
for x in []:
    pass
else:
    print("empty for still runs else")
