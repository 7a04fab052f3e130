# checks: SyntaxError for using a keyword as a variable name
class = "first"
