# checks: raising an exception class without arguments prints only the class name
def check(x):
    if x < 0:
        raise ValueError
    return x

check(-1)
