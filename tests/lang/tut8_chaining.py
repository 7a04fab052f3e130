# checks: tutorial ch.8 exception chaining: automatic __context__, explicit from, and from None
def load_settings():
    raise ConnectionError("server unreachable")

try:
    try:
        load_settings()
    except ConnectionError as exc:
        raise RuntimeError("could not load settings") from exc
except RuntimeError as err:
    print(repr(err), "<- cause:", repr(err.__cause__))
try:
    try:
        open_it = {}["config"]
    except KeyError:
        raise RuntimeError("lookup failed while handling")
except RuntimeError as err:
    print(repr(err), "<- context:", repr(err.__context__), "| cause:", err.__cause__)
try:
    try:
        int("nope")
    except ValueError:
        raise RuntimeError("clean message") from None
except RuntimeError as err:
    print(repr(err), err.__cause__, err.__suppress_context__)
