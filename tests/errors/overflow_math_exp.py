# checks: OverflowError "math range error" from math.exp, called from a function
import math

def growth(rate, years):
    return math.exp(rate * years)

print(round(growth(0.05, 10), 6))
print(growth(5, 300))
