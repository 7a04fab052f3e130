# checks: del of names, list items, slices, dict keys and attributes; errors after deletion
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = ["a", "b", "c", "d", "e"]
del items[1]
del items[-1]
print(items)
del items[:]
print(items)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
class Obj:
    pass
o = Obj()
o.attr = 1
o.other = 2
del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c)
nums = list(range(10))
del nums[::2], nums[0]
print(nums)
def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(local_del())
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
matrix = [[1, 2], [3, 4]]
del matrix[0][1]
print(matrix)
