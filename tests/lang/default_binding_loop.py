# checks: binding loop variables with default arguments vs late-binding closures
late = [lambda: i for i in range(4)]
early = [lambda i=i: i for i in range(4)]
print([f() for f in late], [f() for f in early])
handlers = {}
for name in ["open", "save", "quit"]:
    def handler(n=name):
        return "handling " + n
    handlers[name] = handler
print([handlers[k]() for k in ["quit", "open"]])
adders = []
for step in (1, 10, 100):
    adders.append(lambda x, step=step: x + step)
print([add(5) for add in adders], adders[0](5, step=2))
def make(n):
    return lambda: n
made = [make(i) for i in range(3)]
print([f() for f in made])
