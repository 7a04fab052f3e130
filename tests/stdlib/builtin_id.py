# checks: id() identity comparisons: aliases share identity, copies do not, id equals iff `is`
a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), (id(a) == id(b)) == (a is b), (id(a) == id(c)) == (a is c))
def same(x):
    return x
print(id(same(a)) == id(a), id(a[0]) == id(a[0]), type(id(a)).__name__, id(a) == id(a))
class Node:
    pass
n1, n2 = Node(), Node()
print(id(n1) == id(n1), id(n1) == id(n2), id(None) == id(None), id(True) == id(True))
seen = {}
for obj in [a, b, c, a]:
    seen[id(obj)] = obj
print(len(seen))
