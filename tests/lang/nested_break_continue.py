# checks: break and continue affect only the innermost loop; flags to leave nested loops
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print((i, j), end=" ")
    print("| end row", i)
found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    if found:
        break
print("found", found)
n = 0
while n < 10:
    n += 1
    if n % 3 == 0:
        continue
    m = 0
    while True:
        m += 1
        if m >= n:
            break
    if n > 7:
        break
    print(n, m)
results = []
for word in ["alpha", "skip", "beta", "stop", "gamma"]:
    if word == "skip":
        continue
    if word == "stop":
        break
    for ch in word:
        if ch in "aeiou":
            continue
        results.append(ch)
print("".join(results))
