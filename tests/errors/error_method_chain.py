# checks: exception in a method called from another method called from a function: four frames with markers
class Parser:
    def __init__(self, text):
        self.text = text

    def tokens(self):
        return self.text.split(",")

    def numbers(self):
        return [self.convert(t) for t in self.tokens()]

    def convert(self, token):
        return float(token.strip())

def run(text):
    p = Parser(text)
    return sum(p.numbers())

print(run("1.5, 2.5"))
print(run("1.5, oops, 3"))
