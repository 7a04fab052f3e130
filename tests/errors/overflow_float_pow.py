# checks: OverflowError from float exponentiation that leaves the float range
small = 10.0 ** 300
print(small > 1)
x = 10.0 ** 400
