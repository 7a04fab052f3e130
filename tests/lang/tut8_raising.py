# checks: tutorial ch.8 raising exceptions: instances and classes, re-raising with bare raise after reporting
try:
    raise NameError("Greetings")
except NameError as e:
    print("caught:", repr(e))
try:
    raise ValueError
except ValueError as e:
    print("class instantiated implicitly:", repr(e))
def checker():
    try:
        raise LookupError("there it goes")
    except LookupError:
        print("Something flew past!")
        raise
try:
    checker()
except LookupError as e:
    print("outer level sees:", e)
