# checks: nested comprehensions: multiple for clauses, matrix transpose and flatten, comprehension in comprehension
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row])
print([x for row in matrix if sum(row) > 10 for x in row if x % 2 == 0])
print([(a, b) for a in range(3) for b in range(a)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print({k: [c for c in v] for k, v in {"x": "ab", "y": "c"}.items()})
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], [[c for c in w if c in "aeiou"] for w in words])
triples = [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
grid = [[(r, c) for c in range(2)] for r in range(2)]
print(grid, [cell for row in grid for cell in row if cell[0] != cell[1]])
