# checks: `from x import *` honours __all__, otherwise skips names starting with underscore
from _helper_star import *
from _helper_nostar import *

print(public_one(), PUBLIC_CONST, _listed_private())
for name in ["public_unlisted", "_hidden", "alpha", "beta", "gamma"]:
    try:
        value = None
        if name == "public_unlisted":
            value = public_unlisted
        elif name == "_hidden":
            value = _hidden
        elif name == "alpha":
            value = alpha
        elif name == "beta":
            value = beta
        else:
            value = gamma()
        print(name, "->", value)
    except NameError as e:
        print("NameError:", e)
