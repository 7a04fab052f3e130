# checks: TypeError for too many positional arguments to a method (self counted)
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        self.x += dx
        self.y += dy

p = Point(1, 2)
p.move(1, 2, 3)
