# Helper module with __all__ for the star-import tests.
__all__ = ["public_one", "PUBLIC_CONST", "_listed_private"]

PUBLIC_CONST = 3


def public_one():
    return "public_one"


def public_unlisted():
    return "public_unlisted"


def _listed_private():
    return "_listed_private"
