# checks: tutorial ch.8 predefined clean-up: with closes a resource even when the body raises
class Notebook:
    def __init__(self, title):
        self.title = title
        self.closed = False
        self.lines = []
    def __enter__(self):
        print("opening", self.title)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.closed = True
        print("closing", self.title, "(error: %s)" % (exc_type.__name__ if exc_type else "none"))
        return False
    def write(self, text):
        self.lines.append(text)

with Notebook("diary") as book:
    book.write("day one")
    book.write("day two")
print(book.closed, book.lines)
try:
    with Notebook("draft") as draft:
        draft.write("half a thought")
        raise ValueError("pen ran out")
except ValueError as e:
    print("error after with:", e, "| closed:", draft.closed)
