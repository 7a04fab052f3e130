# checks: uncaught ZeroDivisionError from int division at module level; output before it still appears
print("computing ratios")
total = 10
count = 0
print("average:", total / count)
print("never printed")
