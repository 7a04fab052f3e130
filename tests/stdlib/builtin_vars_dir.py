# checks: vars() of instances and modules, dir() of user objects (filtered to public names), sorted order
import math
class Gadget:
    kind = "tool"
    def __init__(self):
        self.size = 3
        self.colour = "red"
    def use(self):
        return "used"
g = Gadget()
print(vars(g), sorted(vars(g)))
print([n for n in dir(g) if not n.startswith("_")])
print([n for n in dir(Gadget) if not n.startswith("_")])
print("sqrt" in dir(math), "pi" in vars(math), vars(math)["pi"] == math.pi)
print(dir([]) == sorted(dir([])), "append" in dir([]), "keys" in dir({}), "upper" in dir(""))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
