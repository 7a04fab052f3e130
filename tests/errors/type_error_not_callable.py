# checks: TypeError calling a value that is not callable (a list shadowing a function name)
def total(xs):
    return sum(xs)

numbers = [1, 2, 3]
total = total(numbers)
print(total)
print(total(numbers))
