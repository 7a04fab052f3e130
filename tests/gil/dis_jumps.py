# checks: dis marks every jump target with >> and each "(to N)" names the offset of a marked instruction, forward and backward, in loops, ifs and try
import dis
from _dis_listing import instructions


def control(items):
    total = 0
    for x in items:
        if x % 2:
            continue
        total += x
    while total > 100:
        total -= 7
    try:
        total = total // len(items)
    except ZeroDivisionError:
        total = -1
    return total if total >= 0 else None


body = instructions(control)
print("\n".join(i["text"] for i in body))
by_offset = {i["offset"]: i for i in body}
targets = set()
forward = backward = 0
for i in body:
    r = i["argrepr"]
    if r is not None and r.startswith("to "):
        to = int(r[3:])
        assert to in by_offset, i["text"] + ": no instruction at offset " + str(to)
        assert by_offset[to]["target"], by_offset[to]["text"] + " is a jump target but has no >>"
        targets.add(to)
        if to > i["offset"]:
            forward += 1
        else:
            backward += 1
# Every >> is explained by some jump.
marked = set(i["offset"] for i in body if i["target"])
assert marked == targets, (sorted(marked), sorted(targets))
assert backward >= 2, "the for and while loops jump backward"
assert forward >= 3, "if, loop exits and the except handler are forward jumps"
names = [i["opname"] for i in body]
assert "FOR_ITER" in names and "JUMP_BACKWARD" in names
# get_instructions: argval of a jump is the target offset; is_jump_target matches.
for g in dis.get_instructions(control):
    if g.argrepr.startswith("to "):
        assert g.argval == int(g.argrepr[3:]) and g.argval in marked, g
    assert g.is_jump_target == (g.offset in marked), g
# The FOR_ITER itself is the target of the loop's backward jump.
for_iter = [i for i in body if i["opname"] == "FOR_ITER"][0]
assert for_iter["target"] and for_iter["offset"] in targets
print(control([1, 2, 3, 4]), control([]))
print("ok")
