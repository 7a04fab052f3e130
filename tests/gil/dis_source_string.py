# checks: dis.dis of source text (compiled as "<dis>": an expression, else a module with nested functions), printing to sys.stdout when no file is given, and syntax errors raised as SyntaxError
import dis
import sys
from _dis_listing import Capture, dis_text, parse_listing, ops

# A module: two statements on lines 1 and 2, names stored with STORE_NAME.
sections = parse_listing(dis_text("x = 1\ny = x + 2\n"))
assert len(sections) == 1
body = sections[0][1]
print("\n".join(i["text"] for i in body))
assert [i["line"] for i in body if i["line"] is not None] == [1, 2]
pairs = [(i["opname"], i["argrepr"]) for i in body]
for want in [("LOAD_CONST", "1"), ("STORE_NAME", "x"), ("LOAD_NAME", "x"), ("LOAD_CONST", "2"),
             ("BINARY_OP", "+"), ("STORE_NAME", "y")]:
    assert want in pairs, (want, pairs)
assert ops(body)[-2:] == ["LOAD_CONST", "RETURN_VALUE"] and body[-2]["argrepr"] == "None"

# An expression is compiled as one: its value is returned.
body = parse_listing(dis_text("a * b"))[0][1]
assert ops(body) == ["LOAD_NAME", "LOAD_NAME", "BINARY_OP", "RETURN_VALUE"], ops(body)
assert body[2]["argrepr"] == "*"

# A function defined in the text: its code object follows, from file "<dis>".
sections = parse_listing(dis_text("def f(n):\n    return n - 1\n"))
assert len(sections) == 2
assert sections[1][0].startswith("<code object f at ") and \
    sections[1][0].endswith(', file "<dis>", line 1>'), sections[1][0]
assert [(i["opname"], i["argrepr"]) for i in sections[1][1]][:3] == \
    [("LOAD_FAST", "n"), ("LOAD_CONST", "1"), ("BINARY_OP", "-")]
assert sections[1][1][0]["line"] == 2

# No file=: the listing goes to sys.stdout as it is at the call.
saved = sys.stdout
cap = Capture()
sys.stdout = cap
try:
    dis.dis("z = 3")
finally:
    sys.stdout = saved
assert cap.text() == dis_text("z = 3") and "STORE_NAME" in cap.text(), cap.text()

# get_instructions and code_info accept source text too.
listed = ops(parse_listing(dis_text("a * b"))[0][1])
assert [i.opname for i in dis.get_instructions("a * b")] == listed, listed
assert dis.code_info("q = 1").startswith("Name:              <module>\nFilename:          <dis>\n")

try:
    dis.dis("x = = 1")
    raise AssertionError("no SyntaxError")
except SyntaxError as e:
    assert e.filename == "<dis>" and e.lineno == 1, (e.filename, e.lineno)
print("ok")
