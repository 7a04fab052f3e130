# checks: slice assignment (growing, shrinking, inserting), extended slice assignment and del
a = list(range(10))
a[2:4] = ["x", "y", "z"]
print(a)
a[1:6] = []
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [100, 101]
print(a)
a[::2] = ["e"] * len(a[::2])
print(a)
a[::-3] = [0, 0, 0, 0][:len(a[::-3])]
print(a)
b = list(range(10))
del b[::3]
print(b)
del b[1:3]
print(b)
del b[-1]
del b[0]
print(b)
c = [1, 2, 3, 4]
c[1:3] = "ab"
print(c)
c[:] = range(3)
print(c)
c[5:10] = [9]
print(c)
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    c[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
d = [0, 1, 2, 3, 4, 5]
del d[::-2]
print(d)
alias = d
d[:] = []
print(alias, alias is d)
e = [1, 2, 3]
e[1:2] = e
print(e)
