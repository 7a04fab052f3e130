# Helper module that itself imports another helper module.
import _helper_mod
from _helper_nostar import alpha

chained = _helper_mod.add(alpha, "-chained")


def deep_greet():
    return _helper_mod.greet("chain")
