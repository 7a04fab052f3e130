# checks: TypeError "unsupported operand type(s)" for int - None, raised in a function, markers under the operator
def remaining(budget, spent):
    return budget - spent

costs = {"rent": 900, "food": None}
print(remaining(1000, costs["rent"]))
print(remaining(1000, costs["food"]))
