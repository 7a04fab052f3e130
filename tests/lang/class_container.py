# checks: container dunders: __len__, __getitem__ (index, slice, iteration fallback), __setitem__, __delitem__, __contains__
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("square index out of range")
        return i * i

sq = Squares(6)
print(len(sq), sq[2], sq[-1], sq[1:4], sq[::-2], list(sq), 16 in sq, 17 in sq)
for v in sq:
    print(v, end=" ")
print()
print(sorted(sq, reverse=True), sum(sq), max(sq), list(reversed(sq)))
try:
    sq[10]
except IndexError as e:
    print("IndexError:", e)

class Registry:
    def __init__(self):
        self.data = {}
    def __setitem__(self, key, value):
        print("set", key)
        self.data[key.lower()] = value
    def __getitem__(self, key):
        return self.data[key.lower()]
    def __delitem__(self, key):
        print("del", key)
        del self.data[key.lower()]
    def __contains__(self, key):
        return key.lower() in self.data
    def __len__(self):
        return len(self.data)

r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
print(r["alpha"], "beta" in r, "gamma" in r, len(r))
del r["Alpha"]
print(len(r), "alpha" not in r)
try:
    r["missing"]
except KeyError as e:
    print("KeyError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]
print(list(Seq()), "b" in Seq(), [c.upper() for c in Seq()])
