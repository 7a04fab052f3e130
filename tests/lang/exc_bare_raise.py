# checks: bare raise re-raises the current exception; raise in nested handler; re-raise after logging
def risky():
    raise ValueError("original")

def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise

try:
    wrapper()
except ValueError as e:
    print("outer caught:", e)
def reraise_specific():
    try:
        {}["k"]
    except KeyError as e:
        err = e
    raise err
try:
    reraise_specific()
except KeyError as e:
    print("re-raised stored exception:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def swap():
    try:
        raise TypeError("first")
    except TypeError:
        try:
            raise IndexError("second")
        except IndexError:
            pass
        raise
try:
    swap()
except Exception as e:
    print("bare raise after nested handler re-raises:", repr(e))
