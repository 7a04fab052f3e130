# Helper module for the import tests (not a test itself): top-level code prints once.
print("_helper_mod: top-level code running, __name__ =", __name__)

GREETING = "hello from _helper_mod"
loaded_count = 0
loaded_count += 1
shared_list = []
_private_value = "private"


def add(a, b):
    return a + b


def greet(name):
    return f"{GREETING}, {name}"


def record(item):
    shared_list.append(item)
    return len(shared_list)


class Widget:
    made = 0

    def __init__(self, label):
        self.label = label
        Widget.made += 1

    def __repr__(self):
        return f"Widget({self.label!r})"


def module_name():
    return __name__


if __name__ == "__main__":
    print("_helper_mod run as a script (never happens in the tests)")
