# checks: instance __dict__ reflects attributes set in __init__ and later; vars(); class __dict__ keys
class Pet:
    legs = 4
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Pet("rex", 3)
print(p.__dict__)
p.color = "brown"
print(p.__dict__, vars(p) is p.__dict__)
del p.age
print(p.__dict__)
p.__dict__["injected"] = True
print(p.injected, sorted(p.__dict__))
print("legs" in p.__dict__, "legs" in Pet.__dict__, "__init__" in Pet.__dict__)
class Empty:
    pass
e = Empty()
print(e.__dict__, vars(e))
for key, value in Pet("fido", 1).__dict__.items():
    print(key, "=", value)
