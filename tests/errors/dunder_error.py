# checks: exception raised inside a user __add__ invoked by the + operator; __str__ used by print
class Money:
    def __init__(self, cents, currency):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if other.currency != self.currency:
            raise TypeError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.cents + other.cents, self.currency)

    def __str__(self):
        return f"{self.cents / 100:.2f} {self.currency}"

a = Money(150, "EUR")
b = Money(275, "EUR")
print(a + b)
c = Money(100, "USD")
print(a + c)
