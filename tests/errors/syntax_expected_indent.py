# checks: IndentationError "expected an indented block" after a def line
def broken():
return 42
