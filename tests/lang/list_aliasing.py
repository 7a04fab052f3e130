# checks: aliasing: [[0]*n]*m shares rows, copies vs references, mutation through aliases and function args
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[1])
good = [[0] * 3 for _ in range(3)]
good[0][0] = 1
print(good, good[0] is good[1])
a = [1, 2, 3]
b = a
b += [4]
print(a, b is a)
b = b + [5]
print(a, b, b is a)
outer = [[1, 2], [3, 4]]
shallow = outer[:]
shallow[0].append(99)
shallow[1] = ["new"]
print(outer, shallow)
deep = [row[:] for row in outer]
deep[0][0] = "changed"
print(outer, deep)

def mutate(lst):
    lst.append("added")
    lst = ["rebound"]
    return lst

orig = ["o"]
res = mutate(orig)
print(orig, res)
row = [0, 0]
table = [row, row]
table[1][1] = 7
print(table, row)
x = y = []
x.append(1)
print(x, y, x is y)
l = [1, 2]
l.append(l)
print(l, l[2] is l)
