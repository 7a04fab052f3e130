# checks: SyntaxError suggesting '==' for an assignment used as an if condition
x = 1
if x = 1:
    print("one")
