# checks: tutorial ch.4 lambda expressions: returning a lambda that closes over an argument, lambda as sort key
def make_scaler(k):
    return lambda x: x * k

triple = make_scaler(3)
print(triple(0), triple(7), make_scaler(-2)(10))
colours = [(3, "green"), (1, "red"), (4, "indigo"), (2, "blue")]
colours.sort(key=lambda item: item[1])
print(colours)
colours.sort(key=lambda item: len(item[1]))
print(colours)
