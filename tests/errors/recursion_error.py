# checks: RecursionError from unbounded recursion: the traceback collapses repeats into "[Previous line repeated N more times]"
def countdown(n):
    return countdown(n - 1)

print("about to recurse")
countdown(10)
