# checks: SyntaxError "Missing parentheses in call to 'print'" for Python 2 style print
name = "world"
print "hello", name
