# checks: a bug inside an except block produces a chained traceback with both errors
def report(errors):
    try:
        return 1 / len(errors)
    except ZeroDivisionError:
        print("no errors to report:", errors.count())

report([])
