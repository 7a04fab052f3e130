# checks: __bool__ and __len__ in truth tests, __bool__ wins over __len__, len() errors
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ called")
        return self.on
    def __len__(self):
        print("__len__ called")
        return 0

print(bool(Box([])), bool(Box([0])), len(Box("abc")), not Box([]))
if Switch(True):
    print("switch is on")
print(bool(Switch(False)))
while Box([1]):
    print("box loop runs once")
    break
print(Box([]) or "fallback", Box([1]) and "and-result")
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
