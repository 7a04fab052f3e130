# checks: subclassing built-in types (list, dict, str, float): inherited methods, __missing__, overrides
class Stack(list):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
class DefaultDict(dict):
    def __missing__(self, key):
        return f"<no {key}>"
d = DefaultDict(a=1)
print(d["a"], d["b"], d, len(d))
class UpperStr(str):
    def shout(self):
        return self.upper() + "!"
u = UpperStr("hey")
print(u, u.shout(), u + " there", len(u), isinstance(u, str))
class Celsius(float):
    def __repr__(self):
        return f"{float(self)}°C"
t = Celsius(21.5)
print(repr(t), t + 1, [t])
