# checks: NameError for a misspelled builtin gets a "Did you mean" suggestion
message = "hello"
pritn(message)
