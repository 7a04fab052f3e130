# checks: `from x import a, b`: names are bound to the same objects; rebinding does not affect the module
from _helper_mod import add, greet, shared_list, loaded_count, Widget
import _helper_mod

print(add(10, 20), greet("from"), Widget("w"))
print(add is _helper_mod.add, shared_list is _helper_mod.shared_list)
_helper_mod.record("x")
print(shared_list, _helper_mod.shared_list)
loaded_count = 100
print(loaded_count, _helper_mod.loaded_count)
from _helper_mod import (
    GREETING,
    record,
)
print(GREETING, record("y"), shared_list)
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print("ImportError raised:", type(e).__name__, e.name)
try:
    import _no_such_helper_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
