# exit, quit and help typed without a call say how to use them (as the REPL echoes them)
print(repr(exit))
print(repr(quit))
print(repr(help))
print(str(exit))
print(callable(exit), callable(help))
try:
    quit(4)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code)
