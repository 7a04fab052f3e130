# checks: SyntaxError for assigning to a literal
10 = count
