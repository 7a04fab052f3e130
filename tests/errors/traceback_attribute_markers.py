# checks: markers for a failing method call on the result of another call, in the middle of a longer line
class Box:
    def __init__(self, content):
        self.content = content

    def get(self):
        return self.content

boxes = [Box("text"), Box(None)]
lengths = [len(boxes[0].get()), boxes[1].get().strip()]
