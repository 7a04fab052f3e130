# checks: raise ... from ...: __cause__, __context__, from None, chained attributes
class ConfigError(Exception):
    pass

def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e

try:
    parse("abc")
except ConfigError as e:
    print(e, "| cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)
    print(e.__suppress_context__)
try:
    raise RuntimeError("explicit") from KeyError("origin")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
try:
    try:
        raise OSError("low level")
    except OSError:
        raise LookupError("high level") from None
except LookupError as e:
    print(e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
print(parse("42"))
