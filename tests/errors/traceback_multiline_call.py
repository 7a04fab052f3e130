# checks: traceback for a call whose arguments span several lines, failing in the callee
def build(name, size, colour):
    return name.upper() + "-" + size * colour

item = build(
    "shirt",
    3,
    None,
)
