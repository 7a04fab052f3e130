# Helper module for the tutorial chapter 6 tests: triangular numbers.
def show(limit):
    """Print the triangular numbers below limit."""
    n, total = 1, 1
    while total < limit:
        print(total, end=" ")
        n += 1
        total += n
    print()


def as_list(limit):
    """Return the triangular numbers below limit as a list."""
    found = []
    n, total = 1, 1
    while total < limit:
        found.append(total)
        n += 1
        total += n
    return found


if __name__ == "__main__":
    import sys
    show(int(sys.argv[1]))
