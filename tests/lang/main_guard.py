# checks: __name__ is "__main__" in the script and the module name in imports; the guard idiom
import _helper_mod

def main():
    print("main() called, __name__ =", __name__)
    print("helper sees", _helper_mod.module_name())
    return 0

print("top level runs first")
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported, not run")
