# checks: tutorial ch.7 old string formatting with the % operator
import math
print("Euler's number is about %6.4f." % math.e)
print("%s holds %d files using %.1f MB" % ("backup", 12, 3.456))
print("%-8s|%8s|" % ("start", "end"))
print("%(tool)s version %(major)02d" % {"tool": "builder", "major": 7})
