# checks: `import module` of a helper beside the script: attributes, functions, classes, __name__
import _helper_mod

print(_helper_mod.GREETING)
print(_helper_mod.add(2, 3), _helper_mod.greet("test"))
w = _helper_mod.Widget("knob")
print(w, _helper_mod.Widget.made, type(w).__name__)
print(_helper_mod.__name__, _helper_mod.module_name(), __name__)
print(type(_helper_mod).__name__, hasattr(_helper_mod, "add"), hasattr(_helper_mod, "nothing"))
print(_helper_mod._private_value, _helper_mod.loaded_count)
_helper_mod.new_attr = "set from importer"
print(_helper_mod.new_attr)
try:
    _helper_mod.missing_function()
except AttributeError as e:
    print("AttributeError:", e)
print(sorted([n for n in dir(_helper_mod) if not n.startswith("_")]))
