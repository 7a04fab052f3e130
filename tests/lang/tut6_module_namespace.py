# checks: tutorial ch.6 module namespaces: dir() of a module (public names), dir() of the script, the module's guard not running
import _series
import sys

print([name for name in dir(_series) if not name.startswith("__")])
values = [1, 2, 3]
show = _series.show
print([name for name in dir() if not name.startswith("__")])
print("argv length:", len(sys.argv), "module is", type(_series).__name__)
print(sorted([n for n in dir(sys) if n in ("argv", "exit", "path", "version", "modules")]))
