# checks: uncaught custom exception whose __str__ is overridden; the last line uses __str__
class ParseError(Exception):
    def __init__(self, line, col):
        self.line = line
        self.col = col

    def __str__(self):
        return f"unexpected token at {self.line}:{self.col}"

raise ParseError(3, 14)
