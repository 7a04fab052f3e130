# checks: tutorial ch.9 inheritance: overriding, calling the base method directly, isinstance/issubclass with builtins
class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        return 0
    def describe(self):
        return f"{self.name} with area {self.area()}"

class Rectangle(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"
    def describe(self):
        return "a " + Rectangle.describe(self)

for s in [Shape("blob"), Rectangle(2, 3), Square(4)]:
    print(s.describe())
print(isinstance(Square(1), Rectangle), isinstance(Rectangle(1, 1), Square), issubclass(bool, int), issubclass(float, int))
