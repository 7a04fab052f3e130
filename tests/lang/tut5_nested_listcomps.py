# checks: tutorial ch.5 nested list comprehensions: transposing a matrix three ways and with zip(*)
table = [
    [11, 12, 13],
    [21, 22, 23],
    [31, 32, 33],
    [41, 42, 43],
]
print([[row[c] for row in table] for c in range(3)])
flipped = []
for c in range(3):
    flipped.append([row[c] for row in table])
print(flipped)
flipped = []
for c in range(3):
    new_row = []
    for row in table:
        new_row.append(row[c])
    flipped.append(new_row)
print(flipped)
print(list(zip(*table)))
