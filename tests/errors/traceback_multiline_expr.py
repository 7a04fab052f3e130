# checks: traceback for an error inside an expression that spans several lines
def scale(x):
    return 100 // x

total = (
    scale(5)
    + scale(4)
    + scale(0)
    + scale(2)
)
