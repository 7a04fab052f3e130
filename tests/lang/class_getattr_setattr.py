# checks: getattr/setattr/hasattr/delattr builtins, AttributeError messages, __getattr__ fallback
class Config:
    debug = False
    def __init__(self):
        self.name = "app"

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "default"), hasattr(c, "missing"))
setattr(c, "level", 3)
print(c.level, hasattr(c, "level"))
delattr(c, "level")
print(hasattr(c, "level"))
try:
    getattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.undefined_thing
except AttributeError as e:
    print("AttributeError:", e)
for attr in ["name", "debug"]:
    print(attr, getattr(c, attr))
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(f"no {name} here")
d = Dynamic()
print(d.real, d.auto_thing, getattr(d, "auto_x"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".foo
except AttributeError as e:
    print("AttributeError:", e)
print(getattr("abc", "upper")(), getattr([], "append") is not None)
