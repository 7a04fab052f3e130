# checks: class attributes vs instance attributes, shadowing, counting instances via the class
class Dog:
    species = "canis"
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1

a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species, Dog.count, a.count)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "canis familiaris"
print(a.species, b.species)
del a.species
print(a.species)
print(hasattr(a, "name"), hasattr(Dog, "name"), getattr(b, "name"))
b.count = 99
print(Dog.count, b.count, a.count)
Dog.legs = 4
print(a.legs, b.legs)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1)
s2.add(2)
print(s1.items, s2.items, Shared.items is s1.items)
class Fixed:
    def __init__(self):
        self.items = []
f1, f2 = Fixed(), Fixed()
f1.items.append(1)
print(f1.items, f2.items)
