# checks: raise ... from None suppresses the context in the printed traceback
def get(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no setting named {key}") from None

get({}, "colour")
