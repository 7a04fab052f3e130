# checks: single inheritance, method overriding, super() calls, attribute lookup through the chain
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} the {self.kind} says {self.speak()}"

class Dog(Animal):
    kind = "dog"

    def speak(self):
        return "woof"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (squeaky)"

    def describe(self):
        return super().describe() + f", age {self.age}"

class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "meow"

for pet in [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]:
    print(pet.describe())
p = Puppy("max", 2)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), issubclass(Puppy, Animal))
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__bases__)
print(Puppy.__mro__[1].__name__, [c.__name__ for c in Puppy.__mro__])
print(Animal.speak(p), Dog.speak(p), p.speak())
class Base:
    def __init__(self):
        self.log = ["Base"]
class Middle(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Middle")
class Leaf(Middle):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
print(Leaf().log)
class NoInit(Middle):
    pass
print(NoInit().log)
