# checks: dis shows `counter += 1` on a global as four separate instructions (load, add, store) on one source line, the read-modify-write a thread switch can cut
import dis
from _dis_listing import instructions, ops

counter = 0


def increment():
    global counter
    counter += 1


def increment_local(total):
    total += 1
    return total


def find(body, seq):
    names = ops(body)
    for k in range(len(names) - len(seq) + 1):
        if names[k:k + len(seq)] == seq:
            return k
    raise AssertionError("sequence " + str(seq) + " not in " + str(names))


body = instructions(increment)
print("\n".join(i["text"] for i in body))
k = find(body, ["LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL"])
load, const, add, store = body[k:k + 4]
assert load["argrepr"] == "counter", load
assert const["argrepr"] == "1", const
assert add["argrepr"] == "+=", add
assert store["argrepr"] == "counter", store
# The four belong to one source line: the first starts it, the others leave the column blank.
line = increment.__code__.co_firstlineno + 2
assert load["line"] == line, (load["line"], line)
assert const["line"] is None and add["line"] is None and store["line"] is None
# LOAD_GLOBAL and STORE_GLOBAL name the same entry of co_names (LOAD_GLOBAL's argument holds
# it shifted left by one; the low bit, clear here, would push a NULL before a call).
assert load["arg"] >> 1 == store["arg"] == increment.__code__.co_names.index("counter")
assert load["arg"] & 1 == 0
# The listing and get_instructions agree.
gi = [i for i in dis.get_instructions(increment)]
assert [i.opname for i in gi] == ops(body)
assert [i.offset for i in gi] == [i["offset"] for i in body]
assert gi[k].argval == "counter" and gi[k + 1].argval == 1 and gi[k + 3].argval == "counter"
assert gi[k].starts_line == line

# A local variable: the same shape with LOAD_FAST / STORE_FAST.
body = instructions(increment_local)
k = find(body, ["LOAD_FAST", "LOAD_CONST", "BINARY_OP", "STORE_FAST"])
assert body[k]["argrepr"] == "total" and body[k + 3]["argrepr"] == "total"
assert body[k + 2]["argrepr"] == "+="
print("ok")
