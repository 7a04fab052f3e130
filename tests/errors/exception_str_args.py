# checks: the last traceback line for exceptions with several arguments and with a non-str argument
def fail():
    raise RuntimeError("code", 42, [1, 2])

try:
    fail()
except RuntimeError as e:
    print("caught once:", e)
raise KeyError(("compound", "key"))
