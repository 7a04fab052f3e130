# checks: with statements and exceptions: __exit__ runs on error, nested with unwinding order, re-raise
class Resource:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("open " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("close " + self.name + (" after " + et.__name__ if et else ""))
        return False

log = []
try:
    with Resource("db", log) as db, Resource("file", log):
        log.append("working with " + db.name)
        raise ConnectionError("lost")
except ConnectionError as e:
    log.append("handled " + str(e))
print(log)
log = []
def use():
    with Resource("outer", log):
        with Resource("inner", log):
            return "value"
print(use(), log)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
for exc in [KeyError("k"), ValueError("v"), None]:
    try:
        with Suppress(KeyError, IndexError) as nothing:
            print("as target:", nothing)
            if exc:
                raise exc
            print("no exception")
        print("continued after with")
    except Exception as e:
        print("escaped:", repr(e))
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with BadExit():
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    with 42:
        pass
except TypeError as e:
    print("TypeError:", e)
