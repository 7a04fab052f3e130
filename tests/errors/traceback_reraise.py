# checks: bare raise of an uncaught exception keeps the original traceback, plus the re-raise location
def risky(n):
    return 10 // n

def careful(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging the failure, then re-raising")
        raise

careful(0)
