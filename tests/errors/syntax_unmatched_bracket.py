# checks: SyntaxError for a closing bracket that does not match the opening one
items = [1, 2, 3)
