# checks: ModuleNotFoundError for importing a module that does not exist
print("before import")
import _no_such_module_here
