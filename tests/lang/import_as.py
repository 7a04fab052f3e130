# checks: `import x as y` and `from x import a as b` bind only the alias names
import _helper_mod as hm
from _helper_mod import add as plus, GREETING as G
import math as m

print(hm.add(1, 1), plus(5, 5), G, m.sqrt(16), hm.__name__)
try:
    _helper_mod
except NameError as e:
    print("NameError:", e)
try:
    add
except NameError as e:
    print("NameError:", e)
print(plus is hm.add)
