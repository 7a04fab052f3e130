# checks: a syntax error late in the file stops the whole program before any line runs
print("this is never printed because compilation fails first")
x = 1
y = 2
z = x +* y
