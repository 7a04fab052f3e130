# checks: slice objects: attributes, use in subscripts, indices(), repr, and slices of user classes
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1))
data = list(range(10))
print(data[s], "abcdefghij"[s], data[slice(-3, None)], data[slice(None, None, -3)], tuple(data)[slice(2, 4)])
print(s.indices(5), slice(None).indices(3), slice(-2, None, -1).indices(10))
class Echo:
    def __getitem__(self, key):
        return key
e = Echo()
print(e[1:2], e[::3], e[1:2, 3], e[...], e[:])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
