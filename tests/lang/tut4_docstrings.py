# checks: tutorial ch.4 documentation strings: summary line, blank line, indented body kept verbatim
def tidy():
    """Tidy up the workspace.

    Currently a no-op, kept for compatibility.
    """
    pass

print(tidy.__doc__)
print(tidy.__doc__.splitlines()[0])
def one_liner():
    """Only a summary."""
print(repr(one_liner.__doc__))
