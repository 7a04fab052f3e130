# checks: UnboundLocalError when a function assigns to a global name it reads first
counter = 0

def increment():
    counter += 1
    return counter

print("start")
increment()
