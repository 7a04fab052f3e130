# checks: tutorial ch.9 private variables: __name mangling keeps a base-class helper intact when a subclass reuses the name
class Catalog:
    def __init__(self, items):
        self.entries = []
        self.__fill(items)

    def fill(self, items):
        for item in items:
            self.entries.append(item)

    __fill = fill

class PricedCatalog(Catalog):
    def fill(self, names, prices):
        for pair in zip(names, prices):
            self.entries.append(pair)

c = PricedCatalog(["a", "b"])
print(c.entries)
c.fill(["x", "y"], [1, 2])
print(c.entries)
print(hasattr(c, "__fill"), hasattr(c, "_Catalog__fill"), "_Catalog__fill" in Catalog.__dict__)
class Secretive:
    def __init__(self):
        self.__hidden = 42
        self._internal = "by convention"
    def reveal(self):
        return self.__hidden
s = Secretive()
print(s.reveal(), s._internal, s._Secretive__hidden, sorted(vars(s)))
try:
    s.__hidden
except AttributeError as e:
    print("AttributeError:", e)
