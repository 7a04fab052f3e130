# checks: tutorial ch.4 arbitrary argument lists: *args collected into a tuple, keyword-only parameter after *args
def shout_all(glue, *words):
    print(glue.join(words).upper())

shout_all(" + ", "red", "green", "blue")
shout_all(" ; ")
def path(*parts, sep="/"):
    return sep.join(parts)
print(path("usr", "local", "bin"), path("usr", "local", "bin", sep="\\"))
def stats(*values):
    if not values:
        return None
    return min(values), max(values), sum(values) / len(values)
print(stats(), stats(4), stats(3, 9, 6))
