# checks: tutorial ch.4 default arguments: a retry loop reading answers from stdin, def-time evaluation, shared mutable default
def confirm(question, attempts=3, hint="Answer with sure or nah."):
    while True:
        answer = input(question)
        if answer in ("s", "sure", "ok"):
            return True
        if answer in ("nah", "no", "n"):
            return False
        attempts -= 1
        if attempts < 0:
            raise ValueError("too many unclear answers")
        print(hint)

print(confirm("Delete everything? "))
print(confirm("Keep going? ", 2))
print(confirm("Keep going? ", 2, "Just say sure or nah!"))
try:
    confirm("Final answer? ", 0)
except ValueError as e:
    print("ValueError:", e)
level = 3
def report(value=level):
    print(value)
level = 4
report()
def gather(item, box=[]):
    box.append(item)
    return box
print(gather("a"))
print(gather("b"))
print(gather("c"))
def gather_fresh(item, box=None):
    if box is None:
        box = []
    box.append(item)
    return box
print(gather_fresh("a"), gather_fresh("b"))
