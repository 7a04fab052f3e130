# checks: implicit exception chaining: __context__ set when raising in an except block, __suppress_context__
try:
    try:
        {}["missing"]
    except KeyError as first:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("no context shown") from None
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
def handler():
    try:
        raise IndexError("inner")
    except IndexError:
        try:
            raise KeyError("middle")
        except KeyError:
            raise RuntimeError("outer")
try:
    handler()
except RuntimeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__ + ":" + str(cur))
        cur = cur.__context__
    print(chain)
try:
    raise ValueError("no chain")
except ValueError as e:
    print(e.__context__, e.__cause__)
