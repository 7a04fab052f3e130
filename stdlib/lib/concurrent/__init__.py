# The concurrent package: only a namespace for concurrent.futures (see futures/__init__.py).
