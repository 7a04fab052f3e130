# checks: tutorial ch.9 class and instance variables: shared class data, per-instance data, the shared mutable list mistake
class Cat:
    family = "felidae"
    def __init__(self, name):
        self.name = name

c1 = Cat("Misu")
c2 = Cat("Pirate")
print(c1.family, c2.family, c1.name, c2.name)
class BadCat:
    toys = []
    def __init__(self, name):
        self.name = name
    def add_toy(self, toy):
        self.toys.append(toy)
a, b = BadCat("Misu"), BadCat("Pirate")
a.add_toy("mouse")
b.add_toy("string")
print(a.toys)
class GoodCat:
    def __init__(self, name):
        self.name = name
        self.toys = []
    def add_toy(self, toy):
        self.toys.append(toy)
a, b = GoodCat("Misu"), GoodCat("Pirate")
a.add_toy("mouse")
b.add_toy("string")
print(a.toys, b.toys)
class Warehouse:
    label = "main"
    region = "north"
w1 = Warehouse()
w1.region = "south"
print(w1.label, w1.region, Warehouse.region)
