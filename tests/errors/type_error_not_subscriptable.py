# checks: TypeError 'int' object is not subscriptable, from a subscript inside an expression
def first_digit(n):
    return n[0]

value = 4096
print("first:", first_digit(value))
