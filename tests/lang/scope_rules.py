# checks: LEGB name resolution, shadowing builtins, class bodies are not enclosing scopes for methods
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(outer(), x)

def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: "shadowed"
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("abcd"))

class C:
    y = "class y"
    def method(self):
        try:
            return y
        except NameError as e:
            return "NameError: " + str(e)
    def qualified(self):
        return C.y + " / " + self.y
print(C().method(), C().qualified())

def loop_scope():
    for i in range(3):
        pass
    return i
print(loop_scope())
if True:
    block_var = "visible after if"
print(block_var)
def param_shadow(x):
    x = x + " (param)"
    return x
print(param_shadow("arg"), x)
def reads_later_global():
    return later
later = "defined after function"
print(reads_later_global())
