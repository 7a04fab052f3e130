# checks: @property getters, setters with validation, read-only properties, computed attributes
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, t._celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 50
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temperature.celsius).__name__, isinstance(Temperature.fahrenheit, property))

class Circle:
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area)
c.r = 3
print(c.area)
class Account:
    def __init__(self):
        self._balance = 0
        self.history = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, amount):
        self.history.append(amount)
        self._balance = amount
acct = Account()
acct.balance = 10
acct.balance += 5
print(acct.balance, acct.history)
