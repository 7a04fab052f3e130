# checks: SyntaxError for a parenthesis that is never closed
print("this line is fine")
total = (1 + 2
print(total)
