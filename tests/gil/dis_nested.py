# checks: dis.dis of a function shows nested functions' code objects after it (depth= limits that), of a class each method by name, and of a method, code object or classmethod the same listing as the function
import dis
from _dis_listing import dis_text, parse_listing, ops


def outer(a):
    z = a + 1

    def inner(b):
        return z * b

    return inner


text = dis_text(outer)
print(text, end="")
sections = parse_listing(text)
assert len(sections) == 2, [t for t, _ in sections]
title, inner_body = sections[1]
assert title.startswith("<code object inner at 0x"), title
line = outer.__code__.co_firstlineno + 3
assert title.endswith(', line ' + str(line) + '>'), title
assert 'file "' + outer.__code__.co_filename + '"' in title
# The outer listing loads that code object and makes a closure of it.
outer_body = sections[0][1]
consts = [i["argrepr"] for i in outer_body if i["opname"] == "LOAD_CONST"]
assert title in consts, (title, consts)
mf = [i for i in outer_body if i["opname"] == "MAKE_FUNCTION"]
assert len(mf) == 1 and mf[0]["argrepr"] == "closure", mf
assert ("STORE_DEREF", "z") in [(i["opname"], i["argrepr"]) for i in outer_body]
# The inner listing reads z from its cell.
assert ("LOAD_DEREF", "z") in [(i["opname"], i["argrepr"]) for i in inner_body]
assert inner_body[-1]["opname"] == "RETURN_VALUE"
assert dis_text(outer(1)) == dis_text(outer(1).__code__)
# depth=0: only the outer code.
assert len(parse_listing(dis_text(outer, depth=0))) == 1
assert dis_text(outer, depth=1) == text
# A code object disassembles like its function.
assert dis_text(outer.__code__) == text


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper(x):
        return x

    @property
    def value(self):
        return self.n

    limit = 10


text = dis_text(Counter)
print(text, end="")
sections = parse_listing(text)
# Methods in name order; the property and the plain attribute have no listing.
assert [t for t, _ in sections] == ["__init__", "bump", "helper", "make"], [t for t, _ in sections]
bump = dict(sections)["bump"]
# self.n += 1: read the attribute, add, write it back, in that order.
pairs = [(i["opname"], i["argrepr"]) for i in bump]
steps = [("LOAD_ATTR", "n"), ("BINARY_OP", "+="), ("STORE_ATTR", "n")]
assert all(s in pairs for s in steps), pairs
assert [pairs.index(s) for s in steps] == sorted(pairs.index(s) for s in steps), pairs
assert text.endswith("\n\n"), "each method's listing is followed by a blank line"
# A bound method, a function and a classmethod give their code's listing.
c = Counter()
assert dis_text(c.bump) == dis_text(Counter.bump) == dis_text(Counter.bump.__code__)
assert dis_text(Counter.make) == dis_text(Counter.__dict__["make"])
try:
    dis.dis(len)
    raise AssertionError("dis.dis(len) did not raise")
except TypeError as e:
    assert str(e) == "don't know how to disassemble builtin_function_or_method objects", e
print("ok")
