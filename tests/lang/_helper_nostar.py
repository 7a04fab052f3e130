# Helper module without __all__: star-import takes every name not starting with "_".
alpha = "alpha"
beta = [1, 2]
_hidden = "hidden"


def gamma():
    return "gamma " + _hidden
