# checks: tutorial ch.4 defining functions: a printing function, one returning a list, function objects, None return
def show_squares(limit):
    """Print square numbers smaller than limit."""
    k = 1
    while k * k < limit:
        print(k * k, end=" ")
        k += 1
    print()

show_squares(200)
print(show_squares.__name__, show_squares.__doc__)
g = show_squares
g(30)
print(show_squares(0))
def squares_below(limit):
    """Return square numbers smaller than limit as a list."""
    found = []
    k = 1
    while k * k < limit:
        found.append(k * k)
        k += 1
    return found

print(squares_below(150))
def nothing():
    return
print(nothing(), nothing() is None)
