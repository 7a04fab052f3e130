# checks: the `as` name of an except clause is deleted at the end of the handler; exceptions as values
e = "outer value"
try:
    raise ValueError("inside")
except ValueError as e:
    print("in handler:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
saved = None
try:
    1 / 0
except ZeroDivisionError as exc:
    saved = exc
print(type(saved).__name__, saved, saved.args)
errors = [ValueError("a"), TypeError("b"), KeyError("c")]
for err in errors:
    try:
        raise err
    except (ValueError, TypeError) as caught:
        print("caught", type(caught).__name__, caught is err)
    except KeyError:
        print("KeyError branch")
print(isinstance(errors[0], Exception), [type(x).__name__ for x in errors])
