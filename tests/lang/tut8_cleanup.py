# checks: tutorial ch.8 clean-up actions: finally in every path, finally overriding return, divide() example
def ratio(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("cannot divide by zero!")
    else:
        print("ratio is", result)
    finally:
        print("running the finally clause")

ratio(9, 3)
ratio(9, 0)
try:
    ratio("9", "3")
except TypeError as e:
    print("TypeError escaped after finally:", e)
def which():
    try:
        return "from try"
    finally:
        return "from finally"
print(which())
try:
    try:
        raise KeyboardInterrupt
    finally:
        print("Goodbye, world!")
except KeyboardInterrupt:
    print("KeyboardInterrupt caught after finally ran")
