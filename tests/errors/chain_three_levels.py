# checks: three chained exceptions mixing implicit context and explicit cause, printed oldest first
def a():
    raise ValueError("bottom")

def b():
    try:
        a()
    except ValueError as e:
        raise KeyError("middle") from e

def c():
    try:
        b()
    except KeyError:
        raise RuntimeError("top")

c()
