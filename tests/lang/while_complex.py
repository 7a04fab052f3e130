# checks: while loops with compound conditions, counters, and state changing inside the loop
a, b = 0, 1
fibs = []
while a < 100 and len(fibs) < 20:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
stack = [1, [2, [3, 4]], 5, [[6]]]
flat = []
while stack:
    item = stack.pop(0)
    if isinstance(item, list):
        stack = item + stack
    else:
        flat.append(item)
print(flat)
lo, hi = 0, 1000
target = 737
guesses = 0
while lo <= hi and not (guesses > 20):
    mid = (lo + hi) // 2
    guesses += 1
    if mid < target:
        lo = mid + 1
    elif mid > target:
        hi = mid - 1
    else:
        break
print("found", mid, "in", guesses, "guesses")
x = 10
while x:
    x -= 4 if x > 4 else x
print(x)
i = j = 0
while i < 5 or j < 3:
    i += 2
    j += 1
print(i, j)
