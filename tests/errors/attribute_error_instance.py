# checks: AttributeError on an instance suggests a close attribute name; accessed through a chain of attributes
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

class Bank:
    def __init__(self):
        self.main = Account("kim")

bank = Bank()
print(bank.main.owner)
print(bank.main.balanse)
