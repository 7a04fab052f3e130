# checks: SyntaxError for an unterminated triple-quoted string, reported at its start
x = 1
doc = """this string
never ends
