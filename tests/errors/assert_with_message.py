# checks: uncaught AssertionError with a formatted message from inside a function
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount

print(withdraw(100, 30))
print(withdraw(100, 130))
