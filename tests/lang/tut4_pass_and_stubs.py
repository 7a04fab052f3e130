# checks: tutorial ch.4 pass: empty class and function bodies, placeholder branches, Ellipsis body
class Placeholder:
    pass

def todo_later(*args):
    pass

def also_stub():
    ...

print(Placeholder.__name__, todo_later(1, 2), also_stub())
for i in range(3):
    if i == 1:
        pass
    else:
        print("i is", i)
print(type(...).__name__, ... is Ellipsis)
