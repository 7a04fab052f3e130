# checks: NameError for an instance attribute used without self. inside a method
class Counter:
    def __init__(self):
        self.count = 0

    def increment(self):
        count = self.count
        self.count = count + 1
        return total

c = Counter()
c.increment()
