# Helper for the dis_* tests: capture what dis prints and parse it strictly by the column
# layout of CPython 3.11's dis (docs/dis.md), so a misplaced column fails the test.
#
# An instruction line is: line number (3 wide, blank when the line does not start a source
# line), a space, "-->" or 3 blanks, a space, ">>" or 2 blanks, a space, the offset (4 wide),
# a space, the opcode name padded to 20, then if there is an argument: a space, the argument
# (5 wide) and, if it has a meaning, " (" argrepr ")". Trailing blanks are cut.
import dis


class Capture:
    """A file-like object: dis.dis(..., file=Capture())."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        assert type(s) is str, "dis wrote a " + type(s).__name__
        self.parts.append(s)
        return len(s)

    def text(self):
        return "".join(self.parts)


def dis_text(x, **kw):
    cap = Capture()
    dis.dis(x, file=cap, **kw)
    return cap.text()


def _number(field, what, line):
    s = field.strip()
    assert s.isdigit(), what + " column is not a number in " + repr(line)
    assert field == s.rjust(len(field)), what + " is not right-aligned in " + repr(line)
    return int(s)


def parse_instruction(line):
    """One listing line -> dict, or AssertionError if it breaks the layout."""
    assert line == line.rstrip(), "trailing blanks in " + repr(line)
    assert len(line) >= 17, "short line " + repr(line)
    lineno = None
    if line[0:3] != "   ":
        lineno = _number(line[0:3], "line number", line)
    assert line[3] == " " and line[7] == " " and line[10] == " " and line[15] == " ", \
        "column separators misplaced in " + repr(line)
    assert line[4:7] in ("   ", "-->"), "current-instruction column in " + repr(line)
    assert line[8:10] in ("  ", ">>"), "jump-target column in " + repr(line)
    offset = _number(line[11:15], "offset", line)
    rest = line[16:]
    name = rest[:20].rstrip()
    assert name and " " not in name and name.upper() == name, "opname in " + repr(line)
    arg = None
    argrepr = None
    if len(rest) > 20:
        assert len(rest[:20]) == 20 and rest[20] == " ", "opname not padded to 20 in " + repr(line)
        arg = _number(rest[21:26], "argument", line)
        if len(rest) > 26:
            assert rest[26:28] == " (" and rest.endswith(")"), "argrepr in " + repr(line)
            argrepr = rest[28:-1]
    return {"line": lineno, "current": line[4:7] == "-->", "target": line[8:10] == ">>",
            "offset": offset, "opname": name, "arg": arg, "argrepr": argrepr, "text": line}


def parse_listing(text):
    """The whole output -> list of (title, instructions). The first section has title None;
    each "Disassembly of ...:" header opens a new one. Checks the blank-line rules: a blank
    line comes only before an instruction that starts a source line (not the first one of a
    section), or before a header."""
    sections = [(None, [])]
    lines = text.split("\n")
    assert lines[-1] == "", "output does not end with a newline"
    lines = lines[:-1]
    blank_before = False
    for line in lines:
        if line == "":
            assert not blank_before, "two blank lines in a row"
            blank_before = True
            continue
        if line.startswith("Disassembly of ") and line.endswith(":"):
            sections.append((line[len("Disassembly of "):-1], []))
            blank_before = False
            continue
        ins = parse_instruction(line)
        body = sections[-1][1]
        if blank_before:
            assert body and ins["line"] is not None, "blank line inside a source line's group"
        elif body:
            assert ins["line"] is None, "no blank line before line " + str(ins["line"])
        if body:
            assert ins["offset"] > body[-1]["offset"], "offsets do not increase"
        body.append(ins)
        blank_before = False
    if sections[0][1] == [] and len(sections) > 1:
        sections = sections[1:]
    return sections


def instructions(x, **kw):
    """The instructions of the first section of dis.dis(x)."""
    return parse_listing(dis_text(x, **kw))[0][1]


def ops(body):
    return [i["opname"] for i in body]
