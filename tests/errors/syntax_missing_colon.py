# checks: SyntaxError "expected ':'" for an if statement without a colon
x = 5
if x > 3
    print("big")
