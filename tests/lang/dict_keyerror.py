# checks: KeyError on missing keys: str() and repr() of the exception, tuple and int keys, .args
d = {"a": 1}
for key in ["missing", 42, (1, 2), "", "it's", None]:
    try:
        d[key]
    except KeyError as e:
        print(str(e), repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print("del:", e)
try:
    d["a"]["b"]
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyError("custom message")
except KeyError as e:
    print(e, repr(e))
try:
    raise KeyError()
except KeyError as e:
    print(repr(str(e)), repr(e))
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(e, repr(e))
print(isinstance(KeyError(), LookupError), issubclass(KeyError, Exception))
