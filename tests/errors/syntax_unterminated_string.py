# checks: SyntaxError for an unterminated string literal
greeting = "hello
print(greeting)
