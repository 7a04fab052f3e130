# checks: set comprehensions with conditions and duplicates, shown sorted or with small ints
print({x % 5 for x in range(12)})
print(sorted({w.lower() for w in ["A", "a", "B", "c", "C"]}))
print({len(w) for w in "one three five seven".split()})
print(sorted({(x, y) for x in range(3) for y in range(3) if x != y}))
evens = {n for n in range(10) if n % 2 == 0}
print(evens, 4 in evens, 5 in evens)
