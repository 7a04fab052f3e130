# checks: without --timeline or --trace nothing is recorded: gil.timeline() says so instead of drawing
import gil


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


cap = Capture()
assert gil.timeline(file=cap) is None
text = "".join(cap.parts)
print(text.strip())
assert "no timeline" in text and "--timeline" in text, text
assert "|" not in text, text
print("ok")
