# checks: dis.dis columns: line numbers only where a source line starts (and right), offsets, padded names, arguments and (argrepr) for constants, names and locals; agrees with get_instructions
import dis
from _dis_listing import Capture, dis_text, parse_listing


def sample(x, y):
    greeting = "hello"
    ratio = 2.5
    nothing = None
    big = 12345678901234567890
    pair = (1, "a")
    return len(greeting) + x * y, ratio, nothing, big, pair


text = dis_text(sample)
print(text, end="")
sections = parse_listing(text)
assert len(sections) == 1, "a function without nested code has one section"
body = sections[0][1]
first = sample.__code__.co_firstlineno

# Line numbers: one group per source line, in order, each starting with its number.
starts = [i["line"] for i in body if i["line"] is not None]
assert starts == [first + n for n in range(1, 7)], starts
assert body[0]["line"] == first + 1

# Offsets: 0, then steps of 2 per instruction word (4 after instructions with a cache word).
assert body[0]["offset"] == 0
for a, b in zip(body, body[1:]):
    assert b["offset"] - a["offset"] in (2, 4), (a["text"], b["text"])

# Constants show their repr, names and locals their name.
reprs = [(i["opname"], i["argrepr"]) for i in body if i["argrepr"] is not None]
for want in [("LOAD_CONST", "'hello'"), ("STORE_FAST", "greeting"), ("LOAD_CONST", "2.5"),
             ("LOAD_CONST", "None"), ("LOAD_CONST", "12345678901234567890"),
             ("LOAD_CONST", "(1, 'a')"), ("LOAD_GLOBAL", "NULL + len"),
             ("LOAD_FAST", "x"), ("LOAD_FAST", "y"), ("BINARY_OP", "*"), ("BINARY_OP", "+")]:
    assert want in reprs, (want, reprs)
# The argument column is the index into co_consts / co_varnames.
co = sample.__code__
for i in body:
    if i["opname"] == "LOAD_CONST":
        assert repr(co.co_consts[i["arg"]]) == i["argrepr"], i["text"]
    if i["opname"] in ("LOAD_FAST", "STORE_FAST"):
        assert co.co_varnames[i["arg"]] == i["argrepr"], i["text"]
# Instructions without an argument show none; RETURN_VALUE ends the function.
assert body[-1]["opname"] == "RETURN_VALUE" and body[-1]["arg"] is None
assert body[-1]["text"].endswith("RETURN_VALUE")

# get_instructions gives the same rows.
gi = list(dis.get_instructions(sample))
assert len(gi) == len(body)
for g, b in zip(gi, body):
    assert (g.opname, g.offset, g.arg, g.starts_line, g.is_jump_target) == \
        (b["opname"], b["offset"], b["arg"], b["line"], b["target"]), (g, b["text"])
    assert (g.argrepr or None) == b["argrepr"], (g, b["text"])
    assert dis.opname[g.opcode] == g.opname and dis.opmap[g.opname] == g.opcode
assert gi[0].positions.lineno == first + 1

# disassemble(code, lasti) marks the instruction at that offset with -->.
cap = Capture()
dis.disassemble(sample.__code__, body[3]["offset"], file=cap)
marked = [i for i in parse_listing(cap.text())[0][1] if i["current"]]
assert len(marked) == 1 and marked[0]["offset"] == body[3]["offset"], marked

# code_info describes the same code object.
info = dis.code_info(sample)
print(info)
assert info.startswith("Name:              sample\n")
assert "\nArgument count:    2\n" in info
assert "\nVariable names:\n   0: x\n   1: y\n   2: greeting\n" in info
assert "\nConstants:\n" in info and "'hello'" in info
assert "\nNames:\n   0: len\n" in info
print("ok")
