# checks: a module's top-level code runs once however many times and ways it is imported; sys.modules
print("before first import")
import _helper_mod
print("after first import")
import _helper_mod
import _helper_mod as again
from _helper_mod import loaded_count
import sys
print(again is _helper_mod, loaded_count, "_helper_mod" in sys.modules, sys.modules["_helper_mod"] is again)

def lazy():
    import _helper_mod
    return _helper_mod.record("lazy")
print(lazy(), lazy())
import _helper_chain
print(_helper_chain.chained, _helper_chain.deep_greet(), _helper_chain._helper_mod is _helper_mod)
print(_helper_mod.shared_list)
